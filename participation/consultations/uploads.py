"""Files sent as answers: checked like manifestation attachments, kept in private storage."""

from participation.models.consultations import ConsultationUpload


def store_uploads(response, uploads):
    """Store [(question name, SafeUpload)] for `response` (call inside its transaction).

    If one file cannot be written, those already written are removed before the error goes on,
    so a rolled-back answer leaves no orphan files.
    """
    stored = []
    try:
        for question, upload in uploads:
            stored.append(
                ConsultationUpload.objects.create(
                    response=response,
                    question=question,
                    file=upload.as_file(),
                    original_name=upload.name,
                    content_type=upload.content_type,
                    size=upload.size,
                )
            )
    except Exception:
        for item in stored:
            item.file.delete(save=False)
        raise
    return stored
