"""Hostile or broken requests get a clear answer, never a server error."""

import pytest

from consultations.models.pages import ConsultationComment, ConsultationResponse

from .conftest import answer_data, make_consultation

HUGE = "9" * 30


@pytest.mark.parametrize(
    "path",
    [
        f"comentarios/{HUGE}/apoiar/",
        f"comentarios/{HUGE}/denunciar/",
        f"confirmar/{HUGE}/abc/def/",
        f"resposta/{HUGE}/abc/def/",
        "confirmar/1/abc/def/",
        "resposta/1/abc/def/",
    ],
)
def test_unknown_or_forged_links_are_not_found(client, consultation, path):
    assert client.post(consultation.url + path).status_code == 404
    assert client.get(consultation.url + path).status_code in (302, 404)


def test_absurd_page_numbers_show_the_nearest_page(client, consultation, consultations):
    assert client.get(consultations.url, {"page": HUGE}).status_code == 200
    assert client.get(consultation.url, {"comentarios": "-1"}).status_code == 200


def test_a_comment_too_long_is_refused_with_a_message(client, consultation):
    response = client.post(consultation.url + "comentar/", {"kind": "comment", "body": "a" * 3001})

    assert response.status_code == 200
    assert "body" in response.context["comment_form"].errors
    assert ConsultationComment.objects.count() == 0


def test_an_unknown_comment_kind_is_refused(client, consultation):
    response = client.post(consultation.url + "comentar/", {"kind": "<script>", "body": "Oi"})

    assert "kind" in response.context["comment_form"].errors
    assert "<script>" not in response.content.decode()


def test_a_get_to_an_action_route_goes_back_to_the_page(client, consultation):
    response = client.get(consultation.url + "comentar/")

    assert response.status_code == 302
    assert response.url.startswith(consultation.url)


def test_a_broken_idempotency_key_is_refused_not_crashed(client, consultation):
    response = client.post(consultation.url, answer_data(idempotency_key="not-a-uuid"))

    assert response.status_code == 200
    assert "idempotency_key" in response.context["form"].errors
    assert ConsultationResponse.objects.count() == 0


def test_a_list_sent_for_a_single_choice_keeps_one_value(client, consultation):
    response = client.post(consultation.url, answer_data(qual_o_seu_bairro=["Centro", "Vila Nova"]))

    assert response.status_code == 302
    assert ConsultationResponse.objects.get().form_data["qual_o_seu_bairro"] == "Vila Nova"


def test_admin_routes_with_absurd_ids_are_not_found(admin_client, consultation):
    assert admin_client.get(f"/admin/consultations/{HUGE}/").status_code == 404
    assert admin_client.get(f"/admin/consultations/{HUGE}/export/csv/").status_code == 404


def test_answers_to_a_consultation_without_questions_are_refused(client, consultations):
    page = make_consultation(consultations, questions=[])

    response = client.post(page.url, {"anything": "x"})

    assert response.status_code == 409
    assert ConsultationResponse.objects.count() == 0
