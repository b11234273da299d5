"""Admin registration for public consultations (imported by participation.wagtail_hooks)."""
