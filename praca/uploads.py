"""Citizens' attachments: what a file really is, judged by its content, and a safe copy of it.

Only JPEG, PNG and WebP images and PDF documents are accepted, whatever the file's name or the
content type the browser claims. Images are decoded and encoded again, upright, without their
metadata: a phone photo's EXIF carries the GPS position of the citizen's home and the camera's
serial number, which nobody handling the case needs.
"""

import io
import os
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.http import FileResponse, Http404
from django.template.defaultfilters import filesizeformat
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

from .conf import praca_settings

# Pillow format -> (content type, extension, encoder options). MPO is how Pillow names the
# JPEG files with several pictures that many phones take; the first picture is kept.
IMAGE_FORMATS = {
    "JPEG": ("image/jpeg", "jpg", "JPEG", {"quality": 90}),
    "MPO": ("image/jpeg", "jpg", "JPEG", {"quality": 90}),
    "PNG": ("image/png", "png", "PNG", {}),
    "WEBP": ("image/webp", "webp", "WEBP", {"quality": 90}),
}
PDF_CONTENT_TYPE = "application/pdf"
# Where a PDF's end-of-file marker may sit: writers leave whitespace, some a little junk, after.
PDF_TAIL_BYTES = 2048
# What the file input offers to pick; the server decides by content all the same.
ACCEPT = "image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf"
# Image information kept when re-encoding: how to show the colours, nothing about the author.
KEPT_IMAGE_INFO = ("icc_profile", "transparency")


@dataclass(frozen=True)
class SafeUpload:
    """A checked file, ready to be stored: a clean name, its real type and its content."""

    name: str
    content_type: str
    content: bytes

    @property
    def size(self):
        return len(self.content)

    def as_file(self):
        return ContentFile(self.content, name=self.name)


def display_name(uploaded):
    """The name the citizen knows the file by, short enough for an error message."""
    return Truncator(os.path.basename(uploaded.name or "")).chars(80) or _("(no name)")


def safe_name(original, extension):
    """A slugified stem and the extension of the file's real type: `Foto 1.JPG` -> `foto-1.jpg`."""
    stem = slugify(os.path.splitext(os.path.basename(original or ""))[0])[:80].strip("-")
    return f"{stem or 'anexo'}.{extension}"


def check_upload(uploaded, max_bytes=None):
    """Return a SafeUpload for `uploaded`, or raise ValidationError naming the file.

    `max_bytes` is the caller's size limit (`PRACA["MAX_UPLOAD_BYTES"]` by default)."""
    name = display_name(uploaded)
    limit = max_bytes or praca_settings.MAX_UPLOAD_BYTES
    if uploaded.size > limit:
        raise ValidationError(
            _("“%(name)s” is too large (%(size)s): each file can have at most %(limit)s.")
            % {"name": name, "size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )
    uploaded.seek(0)
    content = uploaded.read(limit + 1)
    if not content:
        raise ValidationError(_("“%(name)s” is empty.") % {"name": name}, code="empty_file")
    if content.startswith(b"%PDF-"):
        if b"%%EOF" not in content[-PDF_TAIL_BYTES:]:
            raise corrupt_file_error(name)
        return SafeUpload(safe_name(uploaded.name, "pdf"), PDF_CONTENT_TYPE, content)
    return reencode_image(content, uploaded.name, name)


def reencode_image(content, original_name, name):
    """Decode an image and encode it again: upright, same format, without EXIF, GPS or XMP."""
    try:
        with Image.open(io.BytesIO(content)) as probe:
            image_format = probe.format
            if image_format not in IMAGE_FORMATS:
                raise unsupported_file_error(name)
            check_pixels(probe, name)
            probe.verify()
        with Image.open(io.BytesIO(content)) as image:
            upright = ImageOps.exif_transpose(image)
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise image_too_large_error(name) from None
    except Image.UnidentifiedImageError:
        raise unsupported_file_error(name) from None
    except Exception:
        # Broken files make decoders fail in many ways (OSError, SyntaxError, struct.error,
        # IndexError, …): whichever it is, the citizen's file is damaged, not our server.
        raise corrupt_file_error(name) from None
    content_type, extension, encoder, options = IMAGE_FORMATS[image_format]
    kept = {key: upright.info[key] for key in KEPT_IMAGE_INFO if key in upright.info}
    upright.info = {}
    output = io.BytesIO()
    try:
        upright.save(output, format=encoder, **kept, **options)
    except Exception:
        raise corrupt_file_error(name) from None
    return SafeUpload(safe_name(original_name, extension), content_type, output.getvalue())


def check_pixels(image, name):
    """Refuse images whose decoding would take more memory than Pillow's limit allows."""
    width, height = image.size
    if Image.MAX_IMAGE_PIXELS and width * height > Image.MAX_IMAGE_PIXELS:
        raise image_too_large_error(name)


def unsupported_file_error(name):
    return ValidationError(
        _("“%(name)s” is not a JPEG, PNG or WebP image or a PDF document. Send only photos or PDF.")
        % {"name": name},
        code="unsupported_file",
    )


def corrupt_file_error(name):
    return ValidationError(
        _("“%(name)s” could not be read; the file seems damaged. Save it again or send another.")
        % {"name": name},
        code="corrupt_file",
    )


def image_too_large_error(name):
    return ValidationError(
        _("“%(name)s” has too many pixels to be processed. Send a smaller picture.")
        % {"name": name},
        code="image_too_large",
    )


def file_fields(upload):
    """The model fields of a stored checked upload (Attachment, ConsultationUpload)."""
    return {
        "file": upload.as_file(),
        "original_name": upload.name,
        "content_type": upload.content_type,
        "size": upload.size,
    }


def store_files(items, create):
    """`create(item)` for each item, inside the caller's transaction, returning the rows.

    If one cannot be stored, the files already written are removed before the error goes on,
    so a rolled-back transaction leaves no orphan files behind.
    """
    stored = []
    try:
        for item in items:
            stored.append(create(item))
    except Exception:
        for row in stored:
            row.file.delete(save=False)
        raise
    return stored


# Types intake accepts; a stored file of any other type is sent as opaque bytes.
SAFE_DOWNLOAD_TYPES = {"image/jpeg", "image/png", "image/webp", "application/pdf"}


def staff_download(row):
    """A stored file (an Attachment, a ConsultationUpload) as a download for staff: never shown
    inline, never cached, sandboxed if a browser opens it all the same; 404 when it is gone."""
    try:
        file = row.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    content_type = row.content_type
    if content_type not in SAFE_DOWNLOAD_TYPES:
        content_type = "application/octet-stream"
    response = FileResponse(
        file, as_attachment=True, filename=row.original_name, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
