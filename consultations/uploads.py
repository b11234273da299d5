"""Files sent as answers: checked like manifestation attachments, kept in private storage."""

from praca.uploads import file_fields, store_files

from .models.pages import ConsultationUpload


def store_uploads(response, uploads):
    """Store [(question name, SafeUpload)] for `response` (call inside its transaction)."""
    return store_files(
        uploads,
        lambda item: ConsultationUpload.objects.create(
            response=response, question=item[0], **file_fields(item[1])
        ),
    )
