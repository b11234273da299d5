"""The whole life of a manifestation in a real browser: a citizen on a phone, an editor."""

import io
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from PIL import Image
from playwright.sync_api import expect

from participation.models import Manifestation, Status
from participation.pages import ServiceDeskPage
from tests import factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def desk_site(transactional_db):
    home, catalog = factories.make_site()
    team = Group.objects.create(name="Equipe de Obras")
    team.permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "view_manifestation", "change_manifestation"]
        )
    )
    works = factories.make_department("Secretaria de Obras", slug="obras", group=team)
    service = factories.make_service(catalog, title="Tapa-buraco", department=works)
    desk = ServiceDeskPage(title="Atendimento", slug="atendimento")
    home.add_child(instance=desk)
    desk.save_revision().publish()
    editor = factories.make_staff("obras", groups=[team])
    editor.set_password("senha-da-equipe")
    editor.save()
    return service


def photo_bytes():
    output = io.BytesIO()
    Image.new("RGB", (32, 24), "gray").save(output, "JPEG")
    return output.getvalue()


def editor_acts(browser, live_server, manifestation, action, message):
    """The department's editor opens the case and performs one action with `message`."""
    context = browser.new_context(locale="pt-BR")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("obras")
    page.locator("#id_password").fill("senha-da-equipe")
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto(f"{live_server.url}/admin/manifestations/{manifestation.pk}/case/")
    form = page.locator(f"form[action$='/{action}/']")
    if not form.is_visible():
        form.locator("xpath=ancestor::details").locator("summary").click()
    form.locator("textarea").first.fill(message)
    form.locator("button[type=submit]").click()
    expect(page.locator(".messages")).to_be_visible()
    context.close()


def test_citizen_and_editor_carry_a_case_to_its_end(live_server, browser, page, desk_site):
    # The citizen files a complaint about a service with a photo, on a phone.
    page.goto(f"{live_server.url}/atendimento/?service={desk_site.pk}&kind=complaint")
    page.locator("input[name=kind][value=complaint]").check()
    page.locator("#id_description").fill("Buraco fundo na Rua das Acácias, 250, perto da escola.")
    page.locator("#id_requester_name").fill("Ana Souza")
    page.locator("#id_requester_email").fill("ana@example.org")
    page.locator("#id_privacy_consent").check()
    page.locator("input[type=file]").first.set_input_files(
        files=[{"name": "buraco.jpg", "mimeType": "image/jpeg", "buffer": photo_bytes()}]
    )
    page.locator("form:has(#id_description) button[type=submit]").last.click()

    manifestation = Manifestation.objects.get()
    expect(page.get_by_text(manifestation.protocol).first).to_be_visible()
    tracking_link = page.locator("a[href*='/acompanhar/']").first.get_attribute("href")
    assert manifestation.tracking_token in tracking_link
    assert manifestation.attachments.count() == 1
    assert any(manifestation.protocol in email.subject for email in mail.outbox)
    assert any(manifestation.tracking_token in email.body for email in mail.outbox)

    # The department's editor asks for a complement; the citizen sends it.
    editor_acts(browser, live_server, manifestation, "complement", "Envie o ponto de referência.")
    page.goto(
        tracking_link if tracking_link.startswith("http") else live_server.url + tracking_link
    )
    expect(page.get_by_text("Envie o ponto de referência.").first).to_be_visible()
    complement = page.locator("form:has(input[name=action][value=complement])")
    complement.locator("textarea").fill("Em frente à Escola Municipal Aurora.")
    complement.locator("button[type=submit]").click()
    expect(page.get_by_text("Em frente à Escola Municipal Aurora.").first).to_be_visible()
    assert Manifestation.objects.get().status == Status.IN_ANALYSIS

    # The editor answers; the citizen rates the answer and reopens the case.
    editor_acts(browser, live_server, manifestation, "answer", "Buraco tapado em 02/12.")
    page.reload()
    expect(page.get_by_text("Buraco tapado em 02/12.").first).to_be_visible()
    rating = page.locator("form:has(input[name=action][value=rate])")
    rating.locator("input[name=score][value='2']").check()
    rating.locator("input[name=solved]").last.check()
    rating.locator("button[type=submit]").click()
    reopen = page.locator("form:has(input[name=action][value=reopen])")
    reopen.locator("textarea").fill("O buraco voltou depois da chuva.")
    reopen.locator("button[type=submit]").click()
    case = Manifestation.objects.get()
    assert case.status == Status.IN_ANALYSIS
    assert case.satisfaction_score == 2
    assert case.reopen_count == 1

    # The editor answers again and closes the case.
    editor_acts(browser, live_server, manifestation, "answer", "Refeito com asfalto novo.")
    case = Manifestation.objects.get()
    case.change_status(Status.CLOSED)
    page.reload()
    expect(page.get_by_text("Refeito com asfalto novo.").first).to_be_visible()
    assert Manifestation.objects.get().status == Status.CLOSED
