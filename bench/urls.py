"""The portal's own URLs, plus `bench/bare/`: the baseline that every page is compared with."""

from django.shortcuts import render
from django.urls import path

from portal.urls import handler404, handler500  # noqa: F401  (kept as in production)
from portal.urls import urlpatterns as portal_urls

BARE_ITEMS = ["Saúde", "Educação", "Tributos", "Transporte", "Meio ambiente"]


def bare(request):
    """A small template, no database: what Django plus the middleware cost on their own."""
    return render(request, "bench/bare.html", {"title": "Praça", "items": BARE_ITEMS})


urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *portal_urls]
