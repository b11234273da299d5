"""System checks a host meets when its configuration is wrong: errors with a hint, no crash."""

from types import SimpleNamespace

from django.apps import apps

from praca import checks


def ids(errors):
    return [error.id for error in errors]


def test_the_reference_configuration_passes_every_check():
    assert checks.missing_apps(None) == []
    assert checks.no_other_search_app(None) == []
    assert checks.private_files_not_public(None) == []
    assert checks.private_files_have_a_home(None) == []


def test_wagtail_starts_example_search_app_is_named(monkeypatch):
    hosts_search = SimpleNamespace(name="search", label="search")
    real = apps.get_app_configs()
    monkeypatch.setattr(apps, "get_app_configs", lambda: [*real, hosts_search])
    errors = checks.no_other_search_app(None)
    assert ids(errors) == ["praca.E003"]
    assert "wagtail start" in errors[0].hint


def test_private_files_inside_media_root_are_an_error(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private", "base_url": None},
        },
    }
    assert ids(checks.private_files_not_public(None)) == ["praca.E002"]


def test_without_a_private_storage_the_files_go_beside_media_root(settings, tmp_path):
    from praca.storage import private_location

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {k: v for k, v in settings.STORAGES.items() if k != "private"}
    assert private_location() == (tmp_path / "media-private").resolve()
    assert checks.private_files_not_public(None) == []


def test_no_media_root_and_no_private_storage_is_an_error(settings):
    settings.MEDIA_ROOT = ""
    settings.STORAGES = {k: v for k, v in settings.STORAGES.items() if k != "private"}
    assert ids(checks.private_files_have_a_home(None)) == ["praca.E004"]


def test_a_praca_app_without_an_app_it_needs_is_named(monkeypatch):
    real = apps.is_installed
    monkeypatch.setattr(
        apps, "is_installed", lambda name: False if name == "wagtail.contrib.forms" else real(name)
    )
    errors = checks.missing_apps(None)
    assert ids(errors) == ["praca.E001"]
    assert "'consultations' needs 'wagtail.contrib.forms'" in errors[0].msg
