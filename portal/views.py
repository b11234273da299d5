"""Error pages that keep the site's look and tell the citizen what to do next."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """Render with no context processors: the database may be the thing that failed."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"request": None}))
