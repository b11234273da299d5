"""Filing a manifestation on the service desk page: the form, its rules, abuse and the receipt."""

import io
import re
import uuid

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone, translation
from PIL import Image

from participation.models import Attachment, Kind, Manifestation, Status
from participation.pages import ServiceDeskPage
from service_catalog.models import QuestionType, ServiceQuestion
from tests import factories

pytestmark = pytest.mark.django_db

EN = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture(autouse=True)
def _keep_the_site_language():
    """Requests in English must not leave English active for the tests that follow."""
    language = translation.get_language()
    yield
    translation.activate(language)


@pytest.fixture
def desk(home):
    page = ServiceDeskPage(
        title="Atendimento",
        slug="atendimento",
        introduction="<p>Fale com a prefeitura.</p>",
        privacy_notice="<p>Seus dados são usados só para responder.</p>",
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def service(catalog):
    return factories.make_service(
        catalog,
        title="Poda de árvore",
        department=factories.make_department("Secretaria de Obras", email="obras@example.org"),
        max_delivery_time=10,
        max_delivery_time_unit="business_days",
    )


def form_data(**overrides):
    data = {
        "kind": Kind.COMPLAINT,
        "description": "Buraco na Rua das Flores, em frente ao número 100.",
        "address": "Rua das Flores, 100",
        "requester_name": "Maria da Silva",
        "requester_email": "maria@example.org",
        "privacy_consent": "on",
        "idempotency_key": str(uuid.uuid4()),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def png_file(name="foto.png"):
    output = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(output, "PNG")
    output.seek(0)
    output.name = name
    return output


def post(client, desk, data, path=""):
    return client.post(desk.url + path, data, **EN)


# The form -----------------------------------------------------------------------------------


def test_form_offers_the_six_kinds_each_with_an_explanation(client, desk):
    html = client.get(desk.url, **EN).content.decode()
    for kind in Kind.values:
        assert f'name="kind" value="{kind}"' in html
    assert html.count('class="hint" id="id_kind_') == 6
    assert html.count("<h1") == 1
    assert 'type="file" name="attachments"' in html and "multiple" in html
    assert 'autocomplete="street-address"' in html
    assert 'autocomplete="name"' in html and 'autocomplete="email"' in html
    assert 'autocomplete="tel"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_form_carries_a_fresh_idempotency_key(client, desk):
    keys = [
        re.search(r'name="idempotency_key" value="([^"]+)"', client.get(desk.url).content.decode())
        for _ in range(2)
    ]
    assert all(keys) and keys[0].group(1) != keys[1].group(1)
    uuid.UUID(keys[0].group(1))


def test_honeypot_is_hidden_from_people_and_assistive_technology(client, desk):
    html = client.get(desk.url, **EN).content.decode()
    trap = html[html.index('<div class="visually-hidden" aria-hidden="true">') :]
    trap = trap[: trap.index("</div>")]
    assert "Leave this field empty" in trap
    assert 'name="website"' in trap and 'tabindex="-1"' in trap


def test_service_and_kind_are_preselected_from_the_service_page(client, desk, service):
    html = client.get(f"{desk.url}?service={service.pk}&kind=solicitation", **EN).content.decode()
    assert f'<input type="hidden" name="service" value="{service.pk}"' in html
    assert "Poda de árvore" in html
    assert re.search(r'value="solicitation" id="id_kind_0"[^>]* checked', html)


@pytest.mark.parametrize("raw", ["999999", "abc", "1; drop table", "-1"])
def test_unknown_service_in_the_link_shows_the_form_and_says_so(client, desk, raw):
    response = client.get(desk.url, {"service": raw}, **EN)
    assert response.status_code == 200
    html = response.content.decode()
    assert "We could not find the service you chose" in html
    assert '<select name="service"' in html


def test_service_page_links_to_the_desk_with_the_service_preselected(client, desk, service):
    html = client.get(service.url, **EN).content.decode()
    assert f'href="{desk.url}?service={service.pk}&amp;kind=solicitation"' in html
    assert "Request this service" in html


def test_service_page_has_no_request_button_without_a_desk(client, service):
    assert 'id="request-service"' not in client.get(service.url).content.decode()


# A valid submission --------------------------------------------------------------------------


def test_submission_is_received_with_its_attachment_and_redirected_to_the_receipt(
    client, desk, service, django_capture_on_commit_callbacks
):
    data = form_data(kind=Kind.SOLICITATION, service=str(service.pk), attachments=[png_file()])
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, desk, data, f"?service={service.pk}&kind=solicitation")
    manifestation = Manifestation.objects.get()
    assert response.status_code == 302
    assert response["Location"] == (
        f"{desk.url}recebido/{manifestation.protocol}/{manifestation.tracking_token}/"
    )
    assert manifestation.kind == Kind.SOLICITATION
    assert manifestation.service_id == service.pk
    assert manifestation.department.name == "Secretaria de Obras"
    assert manifestation.channel == "web"
    assert manifestation.privacy_consent_at is not None
    assert manifestation.idempotency_key == uuid.UUID(data["idempotency_key"])
    attachment = Attachment.objects.get()
    assert attachment.manifestation == manifestation
    assert (attachment.original_name, attachment.content_type) == ("foto.png", "image/png")
    assert attachment.size == attachment.file.size
    receipt_email = next(email for email in mail.outbox if email.to == ["maria@example.org"])
    assert manifestation.protocol in receipt_email.subject
    assert f"/atendimento/acompanhar/{manifestation.protocol}/" in receipt_email.body
    assert manifestation.tracking_token in receipt_email.body


def test_receipt_shows_the_protocol_deadline_and_tracking_link(client, desk):
    response = post(client, desk, form_data())
    manifestation = Manifestation.objects.get()
    receipt = client.get(response["Location"], **EN)
    html = receipt.content.decode()
    assert receipt.status_code == 200
    assert f'<strong class="protocol" id="protocol">{manifestation.protocol}</strong>' in html
    due = timezone.localtime(manifestation.due_at)
    assert f'<dd id="due-date"><time datetime="{due.isoformat()}">' in html
    tracking = (
        f"http://testserver{desk.url}acompanhar/{manifestation.protocol}/"
        f"{manifestation.tracking_token}/"
    )
    assert f'href="{tracking}"' in html
    assert "We sent a receipt with this link to maria@example.org" in html
    assert receipt["Cache-Control"] == "private, no-store"
    assert receipt["Referrer-Policy"] == "same-origin"


def test_receipt_of_an_anonymous_case_says_that_no_email_was_sent(client, desk):
    response = post(client, desk, form_data(is_anonymous="on"))
    html = client.get(response["Location"], **EN).content.decode()
    assert "We sent a receipt" not in html
    assert "You sent this anonymously" in html


def test_receipt_with_a_wrong_token_is_not_found(client, desk):
    post(client, desk, form_data())
    manifestation = Manifestation.objects.get()
    assert client.get(f"{desk.url}recebido/{manifestation.protocol}/{'0' * 32}/").status_code == 404
    assert client.get(f"{desk.url}recebido/2099-000001/{'0' * 32}/").status_code == 404


def test_answers_to_the_service_questions_are_stored(client, desk, service):
    questions = make_questions(service)
    data = form_data(
        kind=Kind.SOLICITATION,
        service=str(service.pk),
        **{
            f"question_{questions['text'].pk}": "Ipê amarelo",
            f"question_{questions['number'].pk}": "2.5",
            f"question_{questions['date'].pk}": "2026-03-10",
            f"question_{questions['single'].pk}": "Na calçada",
            f"question_{questions['multiple'].pk}": ["Fios", "Telhado"],
            f"question_{questions['yes_no'].pk}": "no",
        },
    )
    response = post(client, desk, data)
    assert response.status_code == 302
    answers = {item["question_id"]: item for item in Manifestation.objects.get().answers}
    assert answers[questions["text"].pk] == {
        "question_id": questions["text"].pk,
        "label": "Qual a espécie?",
        "answer": "Ipê amarelo",
    }
    assert answers[questions["number"].pk]["answer"] == 2.5
    assert answers[questions["date"].pk]["answer"] == "2026-03-10"
    assert answers[questions["single"].pk]["answer"] == "Na calçada"
    assert answers[questions["multiple"].pk]["answer"] == ["Fios", "Telhado"]
    assert answers[questions["yes_no"].pk]["answer"] is False


def make_questions(service):
    specs = {
        "text": ("Qual a espécie?", QuestionType.TEXT, "", True),
        "number": ("Altura aproximada (m)", QuestionType.NUMBER, "", True),
        "date": ("Desde quando?", QuestionType.DATE, "", False),
        "single": ("Onde está?", QuestionType.SINGLE_CHOICE, "Na calçada\nNo quintal", True),
        "multiple": ("O que atinge?", QuestionType.MULTIPLE_CHOICE, "Fios\nTelhado\nMuro", False),
        "yes_no": ("Há risco de queda?", QuestionType.YES_NO, "", True),
    }
    return {
        key: ServiceQuestion.objects.create(
            page=service,
            label=label,
            field_type=field_type,
            choices=choices,
            required=required,
            help_text=f"Ajuda de {key}",
            sort_order=order,
        )
        for order, (key, (label, field_type, choices, required)) in enumerate(specs.items())
    }


def test_service_questions_are_rendered_as_fields_of_their_type(client, desk, service):
    questions = make_questions(service)
    html = client.get(f"{desk.url}?service={service.pk}", **EN).content.decode()

    def field(key):
        return f"question_{questions[key].pk}"

    assert f'<input type="text" name="{field("text")}"' in html
    assert f'<input type="number" name="{field("number")}" step="any"' in html
    assert f'<input type="date" name="{field("date")}"' in html
    assert html.count(f'type="radio" name="{field("single")}"') == 2
    assert html.count(f'type="checkbox" name="{field("multiple")}"') == 3
    assert html.count(f'type="radio" name="{field("yes_no")}"') == 2
    assert f'<fieldset class="field" id="id_{field("single")}"' in html
    assert "Ajuda de text" in html
    assert 'Qual a espécie? <span class="required">(required)</span>' in html


def test_service_questions_are_validated(client, desk, service):
    questions = make_questions(service)
    data = form_data(
        kind=Kind.SOLICITATION,
        service=str(service.pk),
        **{
            f"question_{questions['number'].pk}": "muito alta",
            f"question_{questions['single'].pk}": "No telhado do vizinho",
            f"question_{questions['yes_no'].pk}": "yes",
        },
    )
    response = post(client, desk, data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors[f"question_{questions['text'].pk}"] == ["This field is required."]
    assert errors[f"question_{questions['number'].pk}"] == ["Enter a number."]
    assert "Select a valid choice" in errors[f"question_{questions['single'].pk}"][0]
    assert f"question_{questions['yes_no'].pk}" not in errors
    assert not Manifestation.objects.exists()


def test_choosing_a_service_without_javascript_shows_its_questions(client, desk, service):
    questions = make_questions(service)
    response = post(
        client, desk, form_data(service=str(service.pk), description="Texto", refresh="1")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert f'name="question_{questions["text"].pk}"' in html
    assert "Texto</textarea>" in html
    assert 'role="alert"' not in html
    assert not Manifestation.objects.exists()


# Bad input and abuse -------------------------------------------------------------------------


def test_double_submission_with_the_same_key_creates_one_case(client, desk):
    data = form_data()
    first = post(client, desk, data)
    second = post(client, desk, data)
    assert Manifestation.objects.count() == 1
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]


def test_filled_honeypot_creates_nothing(client, desk):
    response = post(client, desk, form_data(website="http://spam.example"))
    assert response.status_code == 200
    assert "We could not accept this form" in response.content.decode()
    assert not Manifestation.objects.exists()


def test_too_many_submissions_from_one_address_get_a_429(client, desk, settings):
    settings.PRACA_PARTICIPATION = {"INTAKE_RATE_LIMIT": (2, 600)}
    assert post(client, desk, form_data()).status_code == 302
    assert post(client, desk, form_data()).status_code == 302
    response = post(client, desk, form_data())
    assert response.status_code == 429
    html = response.content.decode()
    assert "try again in a few minutes" in html
    assert response.has_header("Retry-After")
    assert Manifestation.objects.count() == 2
    other_client = client.post(desk.url, form_data(), REMOTE_ADDR="10.0.0.2")
    assert other_client.status_code == 302


def test_a_4001_character_description_gets_a_clear_error(client, desk):
    response = post(client, desk, form_data(description="a" * 4001))
    assert response.status_code == 200
    assert response.context["form"].errors["description"] == [
        "The description can have at most 4000 characters; yours has 4001. Shorten it, or "
        "attach a document with the details."
    ]
    assert not Manifestation.objects.exists()


def test_line_breaks_count_as_one_character(client, desk):
    description = ("a" * 99 + "\r\n") * 39 + "a" * 100  # 4,000 characters on the screen
    assert post(client, desk, form_data(description=description)).status_code == 302
    assert len(Manifestation.objects.get().description) == 4000


def test_unknown_service_in_the_form_is_a_form_error(client, desk, service):
    unpublished = factories.make_service(service.get_parent(), publish=False)
    for raw in ("999999", "abc", str(unpublished.pk)):
        response = post(client, desk, form_data(service=raw))
        assert response.status_code == 200
        assert "We could not find this service" in response.context["form"].errors["service"][0]
    assert not Manifestation.objects.exists()


def test_anonymous_complaint_is_received_without_identity(client, desk):
    data = form_data(is_anonymous="on", privacy_consent=None, requester_phone="11 98888-7777")
    assert post(client, desk, data).status_code == 302
    manifestation = Manifestation.objects.get()
    assert manifestation.is_anonymous
    assert (manifestation.requester_name, manifestation.requester_email) == ("", "")
    assert manifestation.requester_phone == ""
    assert manifestation.privacy_consent_at is None


def test_anonymous_request_for_a_service_is_refused(client, desk):
    response = post(client, desk, form_data(kind=Kind.SOLICITATION, is_anonymous="on"))
    assert response.status_code == 200
    assert "cannot be anonymous" in response.context["form"].errors["is_anonymous"][0]
    assert not Manifestation.objects.exists()


def test_identified_manifestation_needs_a_name_a_contact_and_consent(client, desk):
    data = form_data(requester_name="", requester_email="", privacy_consent=None)
    errors = post(client, desk, data).context["form"].errors
    assert set(errors) == {"requester_name", "requester_email"}
    data = form_data(requester_email="", requester_phone="(11) 91234-5678", privacy_consent=None)
    errors = post(client, desk, data).context["form"].errors
    assert set(errors) == {"privacy_consent"}
    assert not Manifestation.objects.exists()


def test_phone_is_enough_to_be_reached(client, desk):
    data = form_data(requester_email="", requester_phone="(11) 91234-5678")
    assert post(client, desk, data).status_code == 302
    assert Manifestation.objects.get().requester_phone == "(11) 91234-5678"


@pytest.mark.parametrize(
    ("latitude", "longitude", "field"),
    [("-91", "-46.6", "latitude"), ("-23.5", "181", "longitude"), ("-23.5", "", "longitude")],
)
def test_coordinates_are_checked(client, desk, latitude, longitude, field):
    data = form_data(latitude=latitude, longitude=longitude)
    assert field in post(client, desk, data).context["form"].errors
    assert not Manifestation.objects.exists()


def test_coordinates_accept_a_decimal_comma_and_any_precision(client, desk):
    assert (
        post(client, desk, form_data(latitude="-23,5505199", longitude="-46.6333081")).status_code
        == 302
    )
    manifestation = Manifestation.objects.get()
    assert str(manifestation.latitude) == "-23.550520"
    assert str(manifestation.longitude) == "-46.633308"


def test_errors_are_summarised_and_tied_to_their_fields(client, desk):
    html = post(client, desk, form_data(kind=None, description="")).content.decode()
    summary = html[html.index('<div class="form-errors') :]
    summary = summary[: summary.index("</div>")]
    assert 'role="alert"' in summary
    assert 'href="#id_kind"' in summary and 'href="#id_description"' in summary
    assert 'aria-invalid="true"' in html
    assert re.search(
        r'<textarea[^>]*aria-describedby="id_description_helptext id_description_error"', html
    )
    assert 'id="id_description_error"' in html
    assert (
        '<fieldset class="field field--error" id="id_kind" aria-describedby="id_kind_error"' in html
    )


def test_script_tags_are_escaped_when_the_form_is_shown_again(client, desk):
    script = "<script>alert(1)</script>"
    html = post(
        client, desk, form_data(description=script, requester_name=script, requester_email="x")
    ).content.decode()
    assert script not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_posting_without_the_csrf_token_is_refused(desk):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(desk.url, form_data()).status_code == 403
    assert not Manifestation.objects.exists()


# Query budget --------------------------------------------------------------------------------

# Wagtail's routing: the site, the home page, the desk page and its specific row, and the view
# restrictions (one query with ViewRestrictionsInOneQueryMixin).
ROUTING_QUERIES = 5
# In tests the whole request runs inside the test's transaction, so receive()'s own atomic block
# shows up as a SAVEPOINT and a RELEASE; in production it is BEGIN and COMMIT, which Django does
# not send as queries.
TEST_SAVEPOINTS = 2
# The issue's budget for a submission's own work: the protocol counter, the insert, the event,
# Wagtail's audit log (content type check + insert), the queued email.
VIEW_BUDGET = 8


def submit_twice(client, desk, django_assert_max_num_queries, budget):
    client.get(desk.url)  # warm the site and navigation caches, as any live site has
    post(client, desk, form_data())  # and this year's protocol counter
    with django_assert_max_num_queries(budget) as captured:
        response = post(client, desk, form_data())
    assert response.status_code == 302
    assert Manifestation.objects.filter(status=Status.RECEIVED).count() == 2
    return captured


def test_a_submission_without_attachments_stays_within_the_issue_budget(
    client, desk, django_assert_max_num_queries
):
    submit_twice(
        client, desk, django_assert_max_num_queries, ROUTING_QUERIES + TEST_SAVEPOINTS + VIEW_BUDGET
    )
