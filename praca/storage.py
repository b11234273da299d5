"""Private files: citizens' attachments and consultation uploads, kept out of public media.

A host may define `STORAGES["private"]` (object storage, another folder); without it the files go
to a folder beside MEDIA_ROOT (`PRACA["PRIVATE_MEDIA_ROOT"]` names another). Either way they have
no URL: only Praça's permission-checked views send them.
"""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages

from .conf import praca_settings


def default_private_root():
    configured = praca_settings.PRIVATE_MEDIA_ROOT
    if configured:
        return Path(configured)
    media_root = Path(settings.MEDIA_ROOT or ".").resolve()
    return media_root.parent / f"{media_root.name}-private"


def _fallback_storage():
    return FileSystemStorage(location=default_private_root(), base_url=None)


def private_storage():
    """The storage of private files (a callable, so models do not freeze it into migrations)."""
    if "private" in settings.STORAGES:
        return storages["private"]
    return _fallback_storage()


def private_location():
    """The private storage's folder on this machine, or None when it is not a local folder."""
    storage = private_storage()
    location = getattr(storage, "location", None)
    return Path(location).resolve() if location else None
