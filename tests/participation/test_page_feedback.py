""" "Was this page useful?" on every page: plain POSTs, JSON for the script, abuse, the admin."""

import pytest
from django.urls import reverse

from participation.models import FeedbackReason, PageFeedback
from tests import factories

pytestmark = pytest.mark.django_db


def feedback_url(page):
    return reverse("page_feedback", args=[page.pk])


def test_every_page_asks_whether_it_was_useful(client, catalog):
    service = factories.make_service(catalog)
    for url in ("/", "/servicos/", service.url):
        html = client.get(url).content.decode()
        assert 'id="page-feedback"' in html
        assert "Esta página foi útil?" in html


def test_yes_is_counted_and_thanked_without_javascript(client, catalog):
    response = client.post(feedback_url(catalog), {"useful": "yes"})
    assert response.status_code == 302
    assert response["Location"] == "/servicos/?feedback=thanks#page-feedback"
    assert PageFeedback.objects.get().useful is True
    page = client.get(response["Location"]).content.decode()
    assert "Obrigado pela sua resposta" in page


def test_no_asks_what_went_wrong_and_keeps_the_reason(client, catalog):
    response = client.post(feedback_url(catalog), {"useful": "no"})
    assert response["Location"] == "/servicos/?feedback=details#page-feedback"
    details = client.get(response["Location"]).content.decode()
    assert "O que deu errado?" in details
    response = client.post(
        feedback_url(catalog),
        {"useful": "no", "reason": FeedbackReason.OUT_OF_DATE, "comment": "O horário mudou."},
    )
    assert response["Location"].endswith("?feedback=thanks#page-feedback")
    feedback = PageFeedback.objects.get()
    assert (feedback.useful, feedback.reason, feedback.comment) == (
        False,
        FeedbackReason.OUT_OF_DATE,
        "O horário mudou.",
    )


def test_script_gets_json(client, catalog):
    response = client.post(feedback_url(catalog), {"useful": "no"}, HTTP_ACCEPT="application/json")
    assert response.json() == {"state": "details"}


def test_one_answer_per_page_per_session_is_counted(client, catalog, home):
    client.post(feedback_url(catalog), {"useful": "yes"})
    client.post(feedback_url(catalog), {"useful": "no"})
    client.post(feedback_url(home), {"useful": "no"})
    assert PageFeedback.objects.filter(page=catalog).count() == 1
    assert PageFeedback.objects.filter(page=home).count() == 1


def test_honeypot_records_nothing(client, catalog):
    response = client.post(feedback_url(catalog), {"useful": "yes", "website": "spam"})
    assert response.status_code == 302
    assert not PageFeedback.objects.exists()


def test_bad_input_never_breaks(client, catalog):
    assert client.post(feedback_url(catalog), {"useful": "talvez"}).status_code == 302
    long_comment = {"useful": "no", "comment": "x" * 1001}
    assert client.post(feedback_url(catalog), long_comment).status_code == 302
    assert client.post("/feedback/999999/", {"useful": "yes"}).status_code == 404
    assert client.get(feedback_url(catalog)).status_code == 404
    assert not PageFeedback.objects.exists()


def test_draft_pages_take_no_feedback(client, catalog):
    draft = factories.make_service(catalog, publish=False)
    assert client.post(feedback_url(draft), {"useful": "yes"}).status_code == 404


def test_flood_from_one_client_is_rate_limited(client, catalog, settings):
    settings.PRACA_PARTICIPATION = {"FEEDBACK_RATE_LIMIT": (3, 600)}
    for _ in range(3):
        client.post(feedback_url(catalog), {"useful": "yes"})
    response = client.post(feedback_url(catalog), {"useful": "yes"})
    assert response.status_code == 429


def test_script_tags_in_comments_are_escaped_in_the_admin(client, catalog, django_user_model):
    PageFeedback.objects.create(page=catalog, useful=False, comment="<script>alert(1)</script>")
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))
    html = client.get(reverse("participation_page_feedback:index")).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html


def test_admin_lists_filters_and_exports_feedback(client, catalog, home, django_user_model):
    PageFeedback.objects.create(page=catalog, useful=False, reason=FeedbackReason.BROKEN)
    PageFeedback.objects.create(page=home, useful=True)
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))
    index = reverse("participation_page_feedback:index")
    assert client.get(index).status_code == 200

    def exported(**filters):
        response = client.get(index, {"export": "csv", **filters})
        if response.streaming:
            return b"".join(response.streaming_content).decode()
        return response.content.decode()

    everything, not_useful = exported(), exported(useful="false")
    assert "Carta de Serviços" in everything and "Início" in everything
    assert "Carta de Serviços" in not_useful and "Início" not in not_useful
