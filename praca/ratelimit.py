"""Per-IP rate limits for the citizen forms: a fixed window counted in the Django cache.

A fixed window is coarse (a client may send up to twice the limit across a window's edge) but
needs one cache round trip per request and no clean-up, which is what a public form needs
against scripts and floods. Each app names its buckets and their rates.
"""

import time

from django.core.cache import cache
from django.shortcuts import render

from .page_mixins import base_template_context


def client_ip(request):
    """The address the request came from.

    REMOTE_ADDR only: a forwarded-for header is whatever the client wants it to be. Behind a
    reverse proxy, the proxy (or a middleware trusted to do so) must set REMOTE_ADDR.
    """
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def limit_exceeded(request, bucket, rate):
    """Count this request against `bucket` for its IP.

    `rate` is (how many requests, per how many seconds). Returns 0 while within the limit, else
    the seconds until the window ends (the 429's Retry-After).
    """
    limit, window = rate
    now = int(time.time())
    key = f"praca:ratelimit:{bucket}:{client_ip(request)}:{now // window}"
    # add() is atomic and leaves an existing counter alone; incr() is atomic on every backend
    # Django ships except the database and file caches, where it is close enough.
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add() and incr()
        cache.set(key, 1, window)
        count = 1
    return window - now % window if count > limit else 0


def too_many_requests(request, retry_after):
    """The translated 429 page, with the city hall's other contact channels."""
    response = render(request, "praca/429.html", base_template_context(), status=429)
    response["Retry-After"] = str(retry_after)
    return response
