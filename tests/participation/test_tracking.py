"""Following a manifestation by its secret link: journey, complement, survey, reopening, files."""

import datetime
import io
import re
import uuid
import zoneinfo

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation
from PIL import Image

from participation.models import Attachment, Event, Kind, Manifestation, Status
from participation.pages import ServiceDeskPage
from participation.uploads import attach, check_upload
from tests import factories

pytestmark = pytest.mark.django_db

EN = {"HTTP_ACCEPT_LANGUAGE": "en"}
SAO_PAULO = zoneinfo.ZoneInfo("America/Sao_Paulo")
SCRIPT = "<script>alert('x')</script>"
ESCAPED = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"


@pytest.fixture(autouse=True)
def _keep_the_site_language():
    """Requests in English must not leave English active for the tests that follow."""
    language = translation.get_language()
    yield
    translation.activate(language)


@pytest.fixture
def desk(home):
    page = ServiceDeskPage(title="Atendimento", slug="atendimento")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def staff(db):
    return factories.make_staff("ouvidoria", superuser=True)


def png_file(name="foto.png"):
    output = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(output, "PNG")
    output.seek(0)
    output.name = name
    return output


def track_url(desk, manifestation, token=None):
    token = manifestation.tracking_token if token is None else token
    return f"{desk.url}acompanhar/{manifestation.protocol}/{token}/"


def attachment_url(desk, manifestation, attachment, token=None):
    token = manifestation.tracking_token if token is None else token
    return f"{desk.url}anexo/{manifestation.protocol}/{token}/{attachment.pk}/"


def fresh(manifestation):
    return Manifestation.objects.get(pk=manifestation.pk)


def test_the_whole_journey_from_intake_to_reopening(
    client, desk, staff, django_capture_on_commit_callbacks
):
    # The citizen files a complaint with a photo.
    data = {
        "kind": Kind.COMPLAINT,
        "description": "Poste apagado há uma semana.",
        "requester_name": "Ana",
        "requester_email": "ana@example.org",
        "privacy_consent": "on",
        "idempotency_key": str(uuid.uuid4()),
        "attachments": [png_file()],
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(desk.url, data, **EN)
    receipt = client.get(response["Location"], **EN)
    manifestation = Manifestation.objects.get()
    assert manifestation.protocol in receipt.content.decode()

    # The receipt email carries the tracking link, which opens the case.
    email = next(email for email in mail.outbox if email.to == ["ana@example.org"])
    link = re.search(r"https?://\S+/acompanhar/\S+/", email.body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    page = client.get("/" + path, **EN)
    assert page.status_code == 200
    assert "Poste apagado há uma semana." in page.content.decode()
    assert "foto.png" in page.content.decode()

    # Staff ask for a complement; the citizen sends it with another file.
    manifestation.request_complement("Qual o número do poste?", by=staff)
    html = client.get(track_url(desk, manifestation), **EN).content.decode()
    assert "Qual o número do poste?" in html
    assert 'name="action" value="complement"' in html
    response = client.post(
        track_url(desk, manifestation),
        {"action": "complement", "message": "Poste 4512.", "attachments": [png_file("poste.png")]},
        **EN,
    )
    assert response.status_code == 302
    assert response["Location"] == track_url(desk, manifestation)
    manifestation = fresh(manifestation)
    assert manifestation.status == Status.IN_ANALYSIS
    complement = manifestation.events.get(kind=Event.Kind.COMPLEMENT)
    assert complement.message == "Poste 4512."
    assert Attachment.objects.get(original_name="poste.png").event == complement
    followed = client.get(response["Location"], **EN).content.decode()
    assert "we received your complement" in followed

    # Staff answer; the citizen rates the answer, then reopens the case.
    manifestation.answer("A lâmpada foi trocada.", by=staff)
    html = client.get(track_url(desk, manifestation), **EN).content.decode()
    assert "A lâmpada foi trocada." in html
    assert html.count('type="radio" name="score"') == 5
    response = client.post(
        track_url(desk, manifestation),
        {"action": "rate", "score": "2", "solved": "no", "comment": "Apagou de novo."},
        **EN,
    )
    assert response.status_code == 302
    manifestation = fresh(manifestation)
    assert (manifestation.satisfaction_score, manifestation.satisfaction_solved) == (2, False)
    assert manifestation.satisfaction_comment == "Apagou de novo."
    response = client.post(
        track_url(desk, manifestation),
        {"action": "reopen", "reason": "A lâmpada queimou no dia seguinte."},
        **EN,
    )
    assert response.status_code == 302
    manifestation = fresh(manifestation)
    assert manifestation.status == Status.IN_ANALYSIS
    assert manifestation.reopen_count == 1

    # The staff side closes the case as the model allows.
    manifestation.answer("Trocamos o reator também.", by=staff)
    manifestation.change_status(Status.CLOSED, by=staff)
    assert fresh(manifestation).status == Status.CLOSED


def test_tracking_shows_status_deadline_and_only_public_events(client, desk, staff):
    manifestation = factories.make_manifestation()
    manifestation.add_note("Nota interna: reclamante recorrente.", by=staff)
    manifestation.reply("Recebemos e vamos vistoriar.", by=staff)
    other = factories.make_manifestation(description="Outro caso, de outra pessoa.")
    other.reply("Resposta de outro caso.", by=staff)

    html = client.get(track_url(desk, manifestation), **EN).content.decode()
    assert 'data-status="received"' in html
    assert "Due in" in html
    assert "Recebemos e vamos vistoriar." in html
    assert "Nota interna" not in html
    assert "Outro caso" not in html and "Resposta de outro caso." not in html
    assert "by the city hall" in html
    assert "ouvidoria" not in html
    assert 'name="action"' not in html  # nothing to do while the city hall works on it


def test_deadline_is_shown_as_paused_while_awaiting_the_citizen(client, desk, staff):
    manifestation = factories.make_manifestation()
    manifestation.request_complement("Envie uma foto.", by=staff)
    html = client.get(track_url(desk, manifestation), **EN).content.decode()
    assert "Clock paused while awaiting the citizen" in html


@pytest.mark.parametrize("route", ["acompanhar", "recebido"])
def test_wrong_token_or_unknown_protocol_gives_the_same_404(client, desk, route):
    manifestation = factories.make_manifestation()
    other = factories.make_manifestation()
    wrong_token = client.get(f"{desk.url}{route}/{manifestation.protocol}/{'a' * 32}/")
    others_token = client.get(f"{desk.url}{route}/{manifestation.protocol}/{other.tracking_token}/")
    unknown = client.get(f"{desk.url}{route}/2099-999999/{manifestation.tracking_token}/")
    assert wrong_token.status_code == others_token.status_code == unknown.status_code == 404
    assert without_csrf_token(wrong_token) == without_csrf_token(unknown)


def without_csrf_token(response):
    """The page without what its language switch form carries: a masked token and the path."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())
    return re.sub(r'name="next" type="hidden" value="[^"]+"', "", html)


def test_attachment_is_served_only_as_a_private_download(client, desk):
    manifestation = factories.make_manifestation()
    response = client.post(
        track_url(desk, manifestation),
        {"action": "complement", "message": "x"},
    )
    assert response.status_code == 400  # not awaiting a complement: nothing is attached
    attachment = attach_png(manifestation)
    response = client.get(attachment_url(desk, manifestation, attachment))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="foto.png"'
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def attach_png(manifestation, event=None):
    upload = check_upload(SimpleUploadedFile("foto.png", png_file().getvalue()))
    return attach(manifestation, [upload], event=event)[0]


def test_attachment_with_a_wrong_token_is_not_found(client, desk):
    manifestation = factories.make_manifestation()
    attachment = attach_png(manifestation)
    url = attachment_url(desk, manifestation, attachment, token="b" * 32)
    assert client.get(url).status_code == 404


def test_attachment_of_another_case_is_not_found(client, desk):
    mine = factories.make_manifestation()
    theirs = factories.make_manifestation()
    their_file = attach_png(theirs)
    assert client.get(attachment_url(desk, mine, their_file)).status_code == 404
    assert client.get(attachment_url(desk, theirs, their_file)).status_code == 200


def test_attachment_of_an_internal_note_is_never_served_to_the_citizen(client, desk, staff):
    manifestation = factories.make_manifestation()
    note = manifestation.add_note("Laudo interno.", by=staff)
    internal = attach_png(manifestation, event=note)
    assert client.get(attachment_url(desk, manifestation, internal)).status_code == 404
    page = client.get(track_url(desk, manifestation)).content.decode()
    assert attachment_url(desk, manifestation, internal) not in page


def test_script_tags_are_escaped_on_the_receipt_and_tracking_pages(client, desk, staff):
    manifestation = factories.make_manifestation(
        description=SCRIPT,
        address=SCRIPT,
        requester_name=SCRIPT,
        answers=[{"question_id": 1, "label": SCRIPT, "answer": SCRIPT}],
    )
    manifestation.request_complement(SCRIPT, by=staff)
    manifestation.add_complement(SCRIPT)
    manifestation.answer(SCRIPT, by=staff)
    receipt = client.get(
        f"{desk.url}recebido/{manifestation.protocol}/{manifestation.tracking_token}/"
    ).content.decode()
    assert SCRIPT not in receipt
    html = client.get(track_url(desk, manifestation)).content.decode()
    assert SCRIPT not in html
    # Description, address, question label and answer, complement request, complement, answer
    # (shown in the answer box and in the history).
    assert html.count(ESCAPED) == 8


def test_complement_with_script_tags_is_stored_as_typed_and_shown_escaped(client, desk, staff):
    manifestation = factories.make_manifestation()
    manifestation.request_complement("Detalhe, por favor.", by=staff)
    client.post(track_url(desk, manifestation), {"action": "complement", "message": SCRIPT})
    assert fresh(manifestation).events.get(kind=Event.Kind.COMPLEMENT).message == SCRIPT
    html = client.get(track_url(desk, manifestation)).content.decode()
    assert SCRIPT not in html and "&lt;script&gt;" in html


def test_refused_action_shows_the_rule_with_a_400(client, desk, staff):
    manifestation = factories.make_manifestation()
    manifestation.answer("Resolvido.", by=staff)
    url = track_url(desk, manifestation)
    assert client.post(url, {"action": "rate", "score": "5", "solved": "yes"}).status_code == 302
    response = client.post(url, {"action": "rate", "score": "4", "solved": "yes"}, **EN)
    assert response.status_code == 400
    assert "This case cannot be rated now." in response.content.decode()
    assert 'role="alert"' in response.content.decode()
    assert fresh(manifestation).satisfaction_score == 5


def test_reopening_after_thirty_days_is_refused(client, desk, staff, freezer_at):
    freezer_at(datetime.datetime(2026, 3, 2, 10, tzinfo=SAO_PAULO))
    manifestation = factories.make_manifestation()
    manifestation.answer("Resolvido.", by=staff)
    freezer_at(datetime.datetime(2026, 4, 10, 10, tzinfo=SAO_PAULO))
    url = track_url(desk, manifestation)
    assert 'value="reopen"' not in client.get(url).content.decode()
    response = client.post(url, {"action": "reopen", "reason": "Não resolveu."}, **EN)
    assert response.status_code == 400
    assert "can no longer be reopened" in response.content.decode()
    assert fresh(manifestation).status == Status.ANSWERED


def test_invalid_survey_shows_field_errors(client, desk, staff):
    manifestation = factories.make_manifestation()
    manifestation.answer("Resolvido.", by=staff)
    response = client.post(
        track_url(desk, manifestation),
        {"action": "rate", "score": "9", "comment": "x" * 2001},
        **EN,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="#id_score"' in html and 'href="#id_solved"' in html
    assert 'href="#id_comment"' in html
    assert fresh(manifestation).satisfaction_score is None


def test_unknown_action_is_a_400(client, desk):
    manifestation = factories.make_manifestation()
    response = client.post(track_url(desk, manifestation), {"action": "delete"})
    assert response.status_code == 400


# Lost links ---------------------------------------------------------------------------------


def test_lookup_with_protocol_and_code_opens_the_case(client, desk):
    manifestation = factories.make_manifestation()
    number = manifestation.protocol.split("-")[1].lstrip("0")
    for code in (
        manifestation.tracking_token,
        f"https://praca.example/atendimento/acompanhar/{manifestation.protocol}/"
        f"{manifestation.tracking_token}/",
    ):
        response = client.post(
            f"{desk.url}acompanhar/",
            {"protocol": f"{manifestation.protocol[:4]}-{number}", "code": code},
        )
        assert response.status_code == 302
        assert response["Location"] == track_url(desk, manifestation)


def test_lookup_that_does_not_match_gives_one_generic_error(client, desk):
    manifestation = factories.make_manifestation()
    wrong_code = client.post(
        f"{desk.url}acompanhar/", {"protocol": manifestation.protocol, "code": "c" * 32}, **EN
    )
    unknown = client.post(
        f"{desk.url}acompanhar/",
        {"protocol": "2099-000001", "code": manifestation.tracking_token},
        **EN,
    )
    assert wrong_code.status_code == unknown.status_code == 200
    message = "We could not find a case with this protocol and tracking code."
    assert message in wrong_code.content.decode() and message in unknown.content.decode()


def shown_messages(response):
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.http import HttpRequest

    decoded = CookieStorage(HttpRequest())._decode(response.cookies["messages"].value)
    return tuple((message.level, str(message.message)) for message in decoded)


def test_resend_answers_the_same_and_emails_only_the_owner(
    desk, django_capture_on_commit_callbacks
):
    manifestation = factories.make_manifestation(requester_email="Maria@Example.org")
    anonymous = factories.make_manifestation(
        is_anonymous=True, requester_email="", requester_name=""
    )
    mail.outbox.clear()
    url = f"{desk.url}acompanhar/reenviar/"
    attempts = [
        {"protocol": manifestation.protocol, "email": "maria@example.ORG"},
        {"protocol": manifestation.protocol, "email": "intruso@example.org"},
        {"protocol": "2099-000001", "email": "maria@example.org"},
        {"protocol": anonymous.protocol, "email": "maria@example.org"},
    ]
    responses = []
    for data in attempts:
        citizen = Client()
        with django_capture_on_commit_callbacks(execute=True):
            responses.append(citizen.post(url, data, **EN))
    assert {response.status_code for response in responses} == {302}
    assert {response["Location"] for response in responses} == {url}
    # The same message for all four (compared decoded: the cookie is signed with a timestamp).
    assert len({shown_messages(response) for response in responses}) == 1
    assert [email.to for email in mail.outbox] == [["Maria@Example.org"]]
    assert track_url(desk, manifestation) in mail.outbox[0].body
    assert "If this protocol and email belong to a case" in citizen.get(url, **EN).content.decode()


def test_lookups_are_rate_limited(client, desk, settings):
    settings.PRACA_PARTICIPATION = {"LOOKUP_RATE_LIMIT": (3, 600)}
    data = {"protocol": "2026-000001", "code": "x" * 32}
    statuses = [client.post(f"{desk.url}acompanhar/", data).status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    assert client.post(f"{desk.url}acompanhar/reenviar/", data).status_code == 429
    response = client.post(f"{desk.url}acompanhar/", data, **EN)
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
