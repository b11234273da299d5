"""System checks: a host's configuration mistakes reported by `manage.py check`, with a hint,
instead of a crash at the first request."""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.checks import Error
from django.core.checks import register as register_check

from . import REQUIRED_APPS
from .conf import praca_settings


def missing_apps(app_configs, **kwargs):
    """Each installed Praça app names the apps it needs; a missing one is an error."""
    errors = []
    for app, required in REQUIRED_APPS.items():
        if not apps.is_installed(app):
            continue
        for dependency in required:
            if not apps.is_installed(dependency):
                errors.append(
                    Error(
                        f"The Praça app '{app}' needs '{dependency}' in INSTALLED_APPS.",
                        hint="Add the apps of `praca.PRACA_APPS` (or `praca.apps_for(...)`) "
                        "that INSTALLED_APPS does not have yet.",
                        id="praca.E001",
                    )
                )
    return errors


def private_files_not_public(app_configs, **kwargs):
    """Citizens' attachments must never be reachable as public media."""
    from .storage import private_location

    location = private_location()
    media_root = settings.MEDIA_ROOT
    if location is None or not media_root:
        return []
    media = Path(media_root).resolve()
    if location == media or media in location.parents:
        return [
            Error(
                f"Praça's private files ({location}) are inside MEDIA_ROOT ({media}), where "
                "anyone could download them.",
                hint='Point STORAGES["private"] (or PRACA["PRIVATE_MEDIA_ROOT"]) at a folder '
                "outside MEDIA_ROOT.",
                id="praca.E002",
            )
        ]
    return []


def no_other_search_app(app_configs, **kwargs):
    """`wagtail start` makes an example app named `search`, which Praça's search replaces."""
    return [
        Error(
            f"The app '{config.name}' (label '{config.label}') is installed where Praça's search "
            "(label 'praca_search') belongs.",
            hint="Remove the example search app that `wagtail start` made: its folder, its "
            "INSTALLED_APPS entry and its URL (README, 'Add Praça to your Wagtail site', step 1).",
            id="praca.E003",
        )
        for config in apps.get_app_configs()
        if config.name == "search" and config.label != "praca_search"
    ]


def private_files_have_a_home(app_configs, **kwargs):
    """Without STORAGES["private"], the private folder is derived from MEDIA_ROOT: it needs one."""
    if "private" in settings.STORAGES or praca_settings.PRIVATE_MEDIA_ROOT or settings.MEDIA_ROOT:
        return []
    return [
        Error(
            "Praça has nowhere to keep private files: MEDIA_ROOT is not set and neither is "
            'STORAGES["private"] nor PRACA["PRIVATE_MEDIA_ROOT"].',
            hint='Set MEDIA_ROOT, or PRACA = {"PRIVATE_MEDIA_ROOT": "/srv/praca/private"}.',
            id="praca.E004",
        )
    ]


def register():
    register_check(missing_apps)
    register_check(no_other_search_app)
    register_check(private_files_not_public)
    register_check(private_files_have_a_home)
