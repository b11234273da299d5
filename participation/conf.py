"""Settings of the citizen service desk, with their defaults in one place.

Override any of them in Django settings as `PRACA_PARTICIPATION = {"MAX_ATTACHMENTS": 3, …}`.
"""

from portal.conf import AppSettings

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
    # Public consultations: answers, comments, supports and flags per client IP,
    # (how many, per how many seconds).
    "CONSULTATION_ANSWER_RATE_LIMIT": (10, 10 * 60),
    "CONSULTATION_COMMENT_RATE_LIMIT": (10, 10 * 60),
    "CONSULTATION_SUPPORT_RATE_LIMIT": (60, 10 * 60),
    "CONSULTATION_FLAG_RATE_LIMIT": (20, 10 * 60),
    # How long the link that confirms an answer by email stays valid, in seconds (3 days).
    "CONSULTATION_CONFIRMATION_MAX_AGE": 3 * 24 * 60 * 60,
    # Consultations and comments per page of their listings.
    "CONSULTATIONS_PER_PAGE": 12,
    "COMMENTS_PER_PAGE": 20,
}


participation_settings = AppSettings("PRACA_PARTICIPATION", DEFAULTS)
