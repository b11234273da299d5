"""The service desk's rate limits: its buckets and rates on Praça's per-client limiter."""

from praca.ratelimit import limit_exceeded, too_many_requests  # noqa: F401 - re-exported

from .conf import participation_settings


def intake_limit_exceeded(request):
    return limit_exceeded(request, "intake", participation_settings.INTAKE_RATE_LIMIT)


def lookup_limit_exceeded(request):
    return limit_exceeded(request, "lookup", participation_settings.LOOKUP_RATE_LIMIT)


def feedback_limit_exceeded(request):
    return limit_exceeded(request, "feedback", participation_settings.FEEDBACK_RATE_LIMIT)
