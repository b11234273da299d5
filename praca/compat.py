"""What differs between the Wagtail and Django versions Praça supports (Wagtail 7.4 and 8.x,
Django 5.2 and 6.0)."""

from django.conf import settings

# Wagtail 8 lets a site swap the Page model (WAGTAIL_PAGE_MODEL); Wagtail 7.4 has no such setting.
PAGE_MODEL = getattr(settings, "WAGTAIL_PAGE_MODEL", "wagtailcore.Page")
