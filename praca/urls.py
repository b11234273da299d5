"""Every route of Praça that is not a page: include it before Wagtail's catch-all.

    path("", include("praca.urls")),
    path("", include(wagtail_urls)),

Only the routes of the Praça apps that the host installed are added.
"""

from django.apps import apps
from django.urls import include, path

urlpatterns = []

if apps.is_installed("participation"):
    urlpatterns += [path("", include("participation.urls"))]

if apps.is_installed("search"):
    urlpatterns += [path("busca/", include("search.urls"))]
