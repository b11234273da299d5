"""Settings for the benchmarks: the shared settings, run as in production but over plain HTTP.

`portal.settings.production` forces an HTTPS redirect, so the benchmarks start from
`portal.settings.base` and switch off DEBUG, keep persistent database connections and add the
bare baseline view (see `bench/urls.py`). Everything else (middleware, context processors,
templates, the app's own navigation caches) is exactly what production serves.
"""

import copy
import os
from pathlib import Path

from portal.settings.base import *  # noqa: F403
from portal.settings.base import DATABASES, TEMPLATES

BENCH_DIR = Path(__file__).resolve().parent

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY") or "bench-only-insecure-key-not-for-production"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.urls"

# Persistent connections, as in production (portal.settings.production defaults to 60 s).
CONN_MAX_AGE = int(os.environ.get("CONN_MAX_AGE", "60"))
DATABASES = copy.deepcopy(DATABASES)
DATABASES["default"]["CONN_MAX_AGE"] = CONN_MAX_AGE

TEMPLATES = copy.deepcopy(TEMPLATES)
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BENCH_DIR / "templates"]

# Quiet: only errors (a failing request is still logged, with its traceback).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "ERROR"},
}

# bench/intake.py posts thousands of manifestations from one IP: lift the per-IP limits (the
# check itself, one cache round trip, still runs). Emails are rendered and queued for the
# database task backend's db_worker, as in production; none is sent.
PRACA_PARTICIPATION = {
    "INTAKE_RATE_LIMIT": (1_000_000_000, 60),
    "LOOKUP_RATE_LIMIT": (1_000_000_000, 60),
}
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
# As in production (TASKS_BACKEND=database): emails are queued for `db_worker`, not sent in the
# request.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
