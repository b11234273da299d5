"""Settings of public consultations, with their defaults in one place.

Override any of them in Django settings as `PRACA_CONSULTATIONS = {"COMMENTS_PER_PAGE": 10, …}`.
"""

from praca.conf import AppSettings

DEFAULTS = {
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


consultations_settings = AppSettings("PRACA_CONSULTATIONS", DEFAULTS)
