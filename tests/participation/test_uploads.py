"""Attachments are judged by their content: real type, size, damage, metadata, pixel bombs."""

import io
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import ExifTags, Image

from participation.models import Attachment, Kind, Manifestation
from participation.pages import ServiceDeskPage
from praca.uploads import check_upload, safe_name

EN = {"HTTP_ACCEPT_LANGUAGE": "en"}
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _english():
    """Error messages are checked in English, the language of the code."""
    with translation.override("en"):
        yield


def image_bytes(image_format="PNG", size=(16, 12), mode="RGB", **save_options):
    output = io.BytesIO()
    Image.new(mode, size, "orange").save(output, image_format, **save_options)
    return output.getvalue()


def upload(content, name="arquivo.bin", content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def photo_with_gps():
    """A JPEG as phones take them: camera make, orientation and the GPS position."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Orientation] = 6  # taken sideways: rotate 90° to show it upright
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "S",
        ExifTags.GPS.GPSLatitude: (23.0, 33.0, 1.0),
        ExifTags.GPS.GPSLongitudeRef: "W",
        ExifTags.GPS.GPSLongitude: (46.0, 38.0, 2.0),
    }
    return image_bytes("JPEG", size=(40, 20), exif=exif.tobytes())


def test_photo_comes_out_upright_and_without_exif_or_gps():
    original = Image.open(io.BytesIO(photo_with_gps()))
    assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the test photo does carry GPS

    safe = check_upload(upload(photo_with_gps(), "IMG_2041.JPG", "image/jpeg"))

    cleaned = Image.open(io.BytesIO(safe.content))
    assert (safe.name, safe.content_type, cleaned.format) == ("img_2041.jpg", "image/jpeg", "JPEG")
    assert cleaned.size == (20, 40)
    assert not cleaned.getexif()
    assert "exif" not in cleaned.info
    assert b"PhoneMaker" not in safe.content


@pytest.mark.parametrize(
    ("image_format", "extension", "content_type"),
    [("PNG", "png", "image/png"), ("WEBP", "webp", "image/webp")],
)
def test_png_and_webp_are_reencoded_in_their_own_format_without_exif(
    image_format, extension, content_type
):
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    content = image_bytes(image_format, exif=exif.tobytes())
    safe = check_upload(upload(content, "Foto da Rua.png", "image/png"))
    cleaned = Image.open(io.BytesIO(safe.content))
    assert (safe.name, safe.content_type) == (f"foto-da-rua.{extension}", content_type)
    assert cleaned.format == image_format
    assert not cleaned.getexif()


def test_transparent_palette_png_keeps_its_transparency():
    content = image_bytes("PNG", mode="P", transparency=0)
    cleaned = Image.open(io.BytesIO(check_upload(upload(content, "logo.png")).content))
    assert cleaned.mode == "P" and "transparency" in cleaned.info


def test_pdf_named_as_a_photo_is_stored_as_a_pdf():
    safe = check_upload(upload(PDF, "foto.jpg", "image/jpeg"))
    assert (safe.name, safe.content_type, safe.content) == ("foto.pdf", "application/pdf", PDF)


def test_image_named_as_a_pdf_is_stored_as_the_image_it_is():
    safe = check_upload(upload(image_bytes("PNG"), "documento.pdf", "application/pdf"))
    assert (safe.name, safe.content_type) == ("documento.png", "image/png")


def test_pdf_without_its_end_of_file_marker_is_refused():
    with pytest.raises(ValidationError) as error:
        check_upload(upload(PDF.replace(b"%%EOF", b""), "laudo.pdf"))
    assert error.value.messages == [
        "“laudo.pdf” could not be read; the file seems damaged. Save it again or send another."
    ]


def test_corrupt_image_is_refused_with_its_name():
    truncated = image_bytes("JPEG", size=(200, 200))[:300]
    with pytest.raises(ValidationError) as error:
        check_upload(upload(truncated, "buraco.jpg", "image/jpeg"))
    assert error.value.code == "corrupt_file"
    assert "“buraco.jpg” could not be read" in error.value.messages[0]


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (image_bytes("GIF"), "animacao.gif"),
        (image_bytes("BMP"), "foto.bmp"),
        (b"MZ\x90\x00 executable", "foto.jpg"),
        (b"<html><script>alert(1)</script></html>", "pagina.png"),
    ],
)
def test_other_kinds_of_file_are_refused_whatever_their_name(content, name):
    with pytest.raises(ValidationError) as error:
        check_upload(upload(content, name, "image/png"))
    assert error.value.code == "unsupported_file"
    assert f"“{name}” is not a JPEG, PNG or WebP image or a PDF document" in error.value.messages[0]


def test_oversized_file_is_refused_before_it_is_read(settings):
    settings.PRACA = {"MAX_UPLOAD_BYTES": 1024}
    with pytest.raises(ValidationError) as error:
        check_upload(upload(b"%PDF-" + b"0" * 2000 + b"%%EOF", "processo.pdf"))
    assert error.value.code == "file_too_large"
    assert error.value.messages == [
        "“processo.pdf” is too large (2.0\xa0KB): each file can have at most 1.0\xa0KB."
    ]


def test_empty_file_is_refused():
    with pytest.raises(ValidationError) as error:
        check_upload(upload(b"", "vazio.pdf"))
    assert error.value.code == "empty_file"


def test_decompression_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)
    content = image_bytes("PNG", size=(20, 20))
    with pytest.raises(ValidationError) as error:
        check_upload(upload(content, "bomba.png"))
    assert error.value.code == "image_too_large"
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 50)  # over twice the limit: Pillow refuses
    with pytest.raises(ValidationError) as error:
        check_upload(upload(content, "bomba.png"))
    assert error.value.code == "image_too_large"


def test_safe_names_keep_only_a_slugified_stem_and_the_real_extension():
    assert safe_name("../../etc/passwd", "pdf") == "passwd.pdf"
    assert safe_name("Relatório Março 2026.JPG", "jpg") == "relatorio-marco-2026.jpg"
    assert safe_name("<script>.png", "png") == "script.png"
    assert safe_name("....", "png") == "anexo.png"


# Through the intake form ---------------------------------------------------------------------


@pytest.fixture
def desk(home):
    page = ServiceDeskPage(title="Atendimento", slug="atendimento")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def intake_data(files):
    return {
        "kind": Kind.COMPLAINT,
        "description": "Lixo acumulado na praça.",
        "requester_name": "João",
        "requester_email": "joao@example.org",
        "privacy_consent": "on",
        "idempotency_key": str(uuid.uuid4()),
        "attachments": files,
    }


def named(content, name):
    handle = io.BytesIO(content)
    handle.name = name
    return handle


def test_more_than_five_files_are_refused_and_nothing_is_saved(client, desk):
    files = [named(image_bytes("PNG"), f"foto-{number}.png") for number in range(6)]
    response = client.post(desk.url, intake_data(files), **EN)
    assert response.status_code == 200
    assert response.context["form"].errors["attachments"] == [
        "Attach at most 5 files; you chose 6."
    ]
    assert "choose them again" in response.content.decode()
    assert not Manifestation.objects.exists() and not Attachment.objects.exists()


def test_every_bad_file_is_named_in_the_errors(client, desk):
    files = [
        named(image_bytes("PNG"), "boa.png"),
        named(b"not an image", "ruim.jpg"),
        named(image_bytes("JPEG")[:50], "cortada.jpg"),
    ]
    errors = client.post(desk.url, intake_data(files), **EN).context["form"].errors
    assert len(errors["attachments"]) == 2
    assert "“ruim.jpg”" in errors["attachments"][0]
    assert "“cortada.jpg”" in errors["attachments"][1]
    assert not Manifestation.objects.exists()


def test_five_files_of_every_accepted_kind_are_stored_by_content(client, desk):
    files = [
        named(photo_with_gps(), "foto.jpg"),
        named(image_bytes("PNG"), "mapa.png"),
        named(image_bytes("WEBP"), "print.webp"),
        named(PDF, "protocolo.pdf"),
        named(PDF, "disfarce.jpg"),
    ]
    assert client.post(desk.url, intake_data(files)).status_code == 302
    stored = {item.original_name: item for item in Attachment.objects.all()}
    assert set(stored) == {"foto.jpg", "mapa.png", "print.webp", "protocolo.pdf", "disfarce.pdf"}
    assert stored["disfarce.pdf"].content_type == "application/pdf"
    assert stored["disfarce.pdf"].file.name.endswith("/disfarce.pdf")
    with stored["foto.jpg"].file.open("rb") as handle:
        assert not Image.open(handle).getexif()


def test_attachment_help_follows_the_configured_limits(client, desk, settings):
    settings.PRACA_PARTICIPATION = {"MAX_ATTACHMENTS": 3, "MAX_ATTACHMENT_BYTES": 2 * 1024 * 1024}
    html = client.get(desk.url, **EN).content.decode()
    assert "Up to 3 photos (JPEG, PNG or WebP) or PDF documents, 2 MB each." in html
