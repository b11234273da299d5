"""A citizen answers a consultation: what is accepted, and what is refused with a message."""

import datetime
import io
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from consultations.models.pages import (
    Answer,
    ConsultationResponse,
    ConsultationUpload,
)

from .conftest import QUESTIONS, answer_data, make_consultation


def test_an_anonymous_answer_is_counted_and_confirmed_on_screen(client, consultation):
    response = client.post(consultation.url, answer_data())

    assert response.status_code == 302
    answer = ConsultationResponse.objects.get()
    assert answer.status == "confirmed"
    assert answer.email == ""
    assert sorted(Answer.objects.values_list("question", "value")) == [
        ("comentarios_sobre_o_projeto", "Mais sombra, por favor."),
        ("nota_para_a_proposta", "4"),
        ("o_que_a_praca_deve_ter", "Horta"),
        ("o_que_a_praca_deve_ter", "Parquinho"),
        ("qual_o_seu_bairro", "Centro"),
        ("voce_aprova_o_projeto", "yes"),
    ]
    receipt = client.get(response.url)
    assert receipt.status_code == 200
    assert receipt.context["pending"] is False


def test_the_open_page_shows_every_question_with_a_label(client, consultation):
    response = client.get(consultation.url)
    html = response.content.decode()
    for label, *_rest in QUESTIONS:
        assert label in html
    assert 'for="id_nota_para_a_proposta_0"' in html
    assert 'name="idempotency_key"' in html


def test_missing_required_answers_are_named_and_nothing_is_saved(client, consultation):
    response = client.post(
        consultation.url, answer_data(qual_o_seu_bairro=None, voce_aprova_o_projeto=None)
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"qual_o_seu_bairro", "voce_aprova_o_projeto"}
    assert 'id="answer-errors"' in response.content.decode()
    assert ConsultationResponse.objects.count() == 0


def test_a_choice_that_is_not_offered_is_refused(client, consultation):
    response = client.post(consultation.url, answer_data(qual_o_seu_bairro="Bairro Inventado"))

    assert response.status_code == 200
    assert "qual_o_seu_bairro" in response.context["form"].errors
    assert ConsultationResponse.objects.count() == 0


def test_a_scale_value_out_of_range_is_refused(client, consultation):
    response = client.post(consultation.url, answer_data(nota_para_a_proposta="9"))

    assert "nota_para_a_proposta" in response.context["form"].errors
    assert ConsultationResponse.objects.count() == 0


def test_a_double_submit_records_one_answer(client, consultation):
    data = answer_data(idempotency_key=str(uuid.uuid4()))

    first = client.post(consultation.url, data)
    second = client.post(consultation.url, data)

    assert first.status_code == second.status_code == 302
    # Both land on the receipt of the same answer (the links' timestamps may differ by a
    # second, so compare the answer each one names and what the participant reads).
    answer = ConsultationResponse.objects.get()
    receipt = f"/resposta/{answer.pk}/"
    assert receipt in first.url and receipt in second.url
    for url in (first.url, second.url):
        assert "Obrigado: sua resposta foi registrada" in client.get(url).content.decode()
    assert ConsultationResponse.objects.count() == 1


def test_a_closed_consultation_refuses_new_answers(client, consultations):
    page = make_consultation(
        consultations,
        opens_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        closes_at=datetime.datetime(2026, 2, 1, tzinfo=datetime.UTC),
    )

    response = client.post(page.url, answer_data())

    assert response.status_code == 409
    assert 'name="qual_o_seu_bairro"' not in response.content.decode()
    assert ConsultationResponse.objects.count() == 0


def test_a_form_opened_before_the_close_and_sent_after_it_is_refused(
    client, consultations, freezer_at
):
    closes_at = datetime.datetime(2026, 5, 4, 18, 0, tzinfo=datetime.UTC)
    freezer_at(closes_at - datetime.timedelta(minutes=5))
    page = make_consultation(
        consultations, opens_at=closes_at - datetime.timedelta(days=7), closes_at=closes_at
    )
    form_page = client.get(page.url)
    assert 'name="qual_o_seu_bairro"' in form_page.content.decode()

    freezer_at(closes_at + datetime.timedelta(seconds=1))
    response = client.post(page.url, answer_data())

    assert response.status_code == 409
    messages = [str(message) for message in response.context["messages"]]
    assert len(messages) == 1
    assert ConsultationResponse.objects.count() == 0


def test_an_upcoming_consultation_shows_no_form_and_refuses_answers(client, consultations):
    now = datetime.datetime.now(datetime.UTC)
    page = make_consultation(
        consultations,
        opens_at=now + datetime.timedelta(days=2),
        closes_at=now + datetime.timedelta(days=20),
    )

    assert 'name="qual_o_seu_bairro"' not in client.get(page.url).content.decode()
    assert client.post(page.url, answer_data()).status_code == 409
    assert ConsultationResponse.objects.count() == 0


def test_an_unpublished_consultation_is_not_found(client, consultation):
    consultation.unpublish()

    assert client.get(consultation.url_path.replace("/inicio", "", 1)).status_code == 404
    assert client.post("/consultas/" + consultation.slug + "/", answer_data()).status_code == 404
    assert ConsultationResponse.objects.count() == 0


def test_the_honeypot_refuses_robots(client, consultation):
    response = client.post(consultation.url, answer_data(participant_website="http://spam"))

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert ConsultationResponse.objects.count() == 0


def test_script_tags_in_answers_are_stored_as_text_and_escaped(client, consultations):
    page = make_consultation(consultations, results_visibility="live")
    client.post(page.url, answer_data(comentarios_sobre_o_projeto="<script>alert(1)</script>"))
    answer = Answer.objects.get(question="comentarios_sobre_o_projeto")
    answer.is_featured = True
    answer.save()

    html = client.get(page.url).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.fixture
def with_upload(consultations):
    return make_consultation(
        consultations,
        questions=[
            ("Sua opinião", "multiline", "", True),
            ("Foto do local", "file", "", False),
        ],
    )


def jpeg_bytes():
    output = io.BytesIO()
    Image.new("RGB", (16, 12), "green").save(output, "JPEG")
    return output.getvalue()


def test_a_photo_is_kept_privately_with_the_answer(client, with_upload, private_files):
    photo = SimpleUploadedFile("Praça 1.JPG", jpeg_bytes(), content_type="image/jpeg")

    response = client.post(
        with_upload.url,
        {"sua_opiniao": "Falta iluminação.", "foto_do_local": photo, "participant_consent": "on"},
    )

    assert response.status_code == 302
    upload = ConsultationUpload.objects.get()
    assert upload.original_name == "praca-1.jpg"
    assert upload.content_type == "image/jpeg"
    answer = ConsultationResponse.objects.get()
    assert answer.form_data["foto_do_local"] == "praca-1.jpg"
    assert answer.privacy_consent_at is not None


def test_a_file_question_asks_for_consent_to_the_privacy_notice(client, consultations):
    page = make_consultation(
        consultations,
        questions=[("Foto do local", "file", "", False)],
        privacy_notice="<p>A foto é usada só nesta consulta.</p>",
    )

    response = client.get(page.url)

    assert response.context["form"].fields["participant_consent"].required
    html = response.content.decode()
    assert "Concordo com o aviso de privacidade desta consulta" in html
    assert "A foto é usada só nesta consulta." in html


def test_a_file_answer_without_consent_is_refused_beside_the_consent_box(
    client, with_upload, private_files
):
    photo = SimpleUploadedFile("praca.jpg", jpeg_bytes(), content_type="image/jpeg")

    response = client.post(with_upload.url, {"sua_opiniao": "Veja.", "foto_do_local": photo})

    assert response.status_code == 200
    html = response.content.decode()
    error = html[html.index('id="id_participant_consent_error"') :]
    error = error[: error.index("</ul>")]
    assert "Para responder, concorde com o aviso de privacidade" in error
    assert 'href="#id_participant_consent"' in html
    assert ConsultationResponse.objects.count() == 0
    assert ConsultationUpload.objects.count() == 0
    assert not any(path.is_file() for path in private_files.rglob("*"))


def test_a_fake_file_is_refused_with_its_name(client, with_upload):
    fake = SimpleUploadedFile("foto.jpg", b"MZ\x90\x00 not a picture", content_type="image/jpeg")

    response = client.post(with_upload.url, {"sua_opiniao": "Veja.", "foto_do_local": fake})

    assert response.status_code == 200
    assert "foto.jpg" in str(response.context["form"].errors["foto_do_local"])
    assert ConsultationResponse.objects.count() == 0


@override_settings(PRACA={"MAX_UPLOAD_BYTES": 100})
def test_an_oversize_file_is_refused(client, with_upload):
    big = SimpleUploadedFile("grande.jpg", jpeg_bytes() + b"\0" * 200, content_type="image/jpeg")

    response = client.post(with_upload.url, {"sua_opiniao": "Veja.", "foto_do_local": big})

    assert response.status_code == 200
    assert "foto_do_local" in response.context["form"].errors
    assert ConsultationResponse.objects.count() == 0


@override_settings(PRACA_CONSULTATIONS={"CONSULTATION_ANSWER_RATE_LIMIT": (2, 600)})
def test_a_flood_of_answers_from_one_client_is_rate_limited(client, consultation):
    statuses = [client.post(consultation.url, answer_data()).status_code for _ in range(3)]

    assert statuses == [302, 302, 429]
    assert ConsultationResponse.objects.count() == 2
