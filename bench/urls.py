"""The portal's own URLs, plus the baselines that the benchmarks compare pages with.

- `bench/bare/`: a small template, no database (bench/pages.py).
- `bench/bare-insert/`: a form posted through the same middleware (CSRF included) that inserts
  one row with raw SQL into `bench_row`, a table bench/intake.py creates in its throwaway
  database, and redirects (bench/intake.py).
"""

from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.urls import path
from django.utils.html import escape

from portal.urls import handler404, handler500  # noqa: F401  (kept as in production)
from portal.urls import urlpatterns as portal_urls

BARE_ITEMS = ["Saúde", "Educação", "Tributos", "Transporte", "Meio ambiente"]


def bare(request):
    """A small template, no database: what Django plus the middleware cost on their own."""
    return render(request, "bench/bare.html", {"title": "Praça", "items": BARE_ITEMS})


def bare_insert(request):
    """GET: a one-field form. POST: one INSERT of the posted text, then a 302 to its receipt."""
    if request.method == "POST":
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO bench_row (body) VALUES (%s) RETURNING id",
                [request.POST.get("description", "")],
            )
            row_id = cursor.fetchone()[0]
        return HttpResponseRedirect(f"/bench/bare-insert/done/{row_id}/")
    token = escape(get_token(request))
    return HttpResponse(
        '<form method="post"><input type="hidden" name="csrfmiddlewaretoken" '
        f'value="{token}"><textarea name="description"></textarea></form>'
    )


def bare_insert_done(request, row_id):
    return HttpResponse(f"Row {row_id}")


urlpatterns = [
    path("bench/bare/", bare, name="bench_bare"),
    path("bench/bare-insert/", bare_insert, name="bench_bare_insert"),
    path("bench/bare-insert/done/<int:row_id>/", bare_insert_done, name="bench_bare_insert_done"),
    *portal_urls,
]
