"""Settings of the citizen service desk, with their defaults in one place.

Override any of them in Django settings as `PRACA_PARTICIPATION = {"MAX_ATTACHMENTS": 3, …}`.
"""

from django.conf import settings

DEFAULTS = {
    # Files a citizen may attach to a manifestation or to a complement.
    "MAX_ATTACHMENTS": 5,
    # Largest file accepted, in bytes (10 MiB).
    "MAX_ATTACHMENT_BYTES": 10 * 1024 * 1024,
    # Submissions (new manifestations, complements, ratings, reopenings) per client IP:
    # (how many, per how many seconds).
    "INTAKE_RATE_LIMIT": (10, 10 * 60),
    # Tracking look-ups and "resend my link" requests per client IP: (how many, per seconds).
    "LOOKUP_RATE_LIMIT": (20, 10 * 60),
    # How long the service desk's URL is cached for the "Request this service" buttons (seconds).
    "DESK_URL_CACHE_SECONDS": 5 * 60,
}


class ParticipationSettings:
    def __getattr__(self, name):
        if name not in DEFAULTS:
            raise AttributeError(name)
        return getattr(settings, "PRACA_PARTICIPATION", {}).get(name, DEFAULTS[name])


participation_settings = ParticipationSettings()
