"""Settings of the citizen service desk, with their defaults in one place.

Override any of them in Django settings as `PRACA_PARTICIPATION = {"MAX_ATTACHMENTS": 3, …}`.
"""

from praca.conf import AppSettings

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
    # "Was this page useful?" answers per client IP: (how many, per how many seconds).
    "FEEDBACK_RATE_LIMIT": (30, 10 * 60),
    # A service page shows its average rating, and the share of its requests answered within the
    # published maximum time, only once this many ratings (or answered requests) exist.
    "RATING_MIN_SAMPLE": 10,
}


participation_settings = AppSettings("PRACA_PARTICIPATION", DEFAULTS)
