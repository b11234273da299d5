"""The service desk's attachments: Praça's checked uploads, stored as a case's files."""

from praca.uploads import check_upload, file_fields, store_files

from .conf import participation_settings
from .models import Attachment


def check_attachment(uploaded):
    """`praca.uploads.check_upload` with the desk's size limit."""
    return check_upload(uploaded, participation_settings.MAX_ATTACHMENT_BYTES)


def attach(manifestation, uploads, event=None):
    """Store checked uploads as the manifestation's attachments (call inside its transaction)."""
    return store_files(
        uploads,
        lambda upload: Attachment.objects.create(
            manifestation=manifestation, event=event, **file_fields(upload)
        ),
    )
