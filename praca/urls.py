"""Every route of Praça that is not a page: include it before Wagtail's catch-all.

    path("", include("praca.urls")),
    path("", include(wagtail_urls)),

Only the routes of the Praça apps that the host installed are added.
"""

from django.urls import include, path

from .conf import is_installed

urlpatterns = []

if is_installed("participation"):
    urlpatterns += [path("", include("participation.urls"))]

if is_installed("search"):
    urlpatterns += [path("busca/", include("search.urls"))]
