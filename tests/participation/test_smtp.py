"""Citizen emails through a real SMTP server (aiosmtpd on loopback), not an in-memory backend."""

import socket

import pytest
from aiosmtpd.controller import Controller

from participation.pages import ServiceDeskPage
from praca.outbox import deliver_pending
from tests import factories

pytestmark = pytest.mark.django_db


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = controller.hostname, controller.port
    settings.EMAIL_USE_TLS, settings.EMAIL_TIMEOUT = False, 5
    yield inbox
    controller.stop()


def test_receipt_reaches_the_smtp_server_with_the_tracking_link(
    smtp_server, home, django_capture_on_commit_callbacks
):
    desk = ServiceDeskPage(title="Atendimento", slug="atendimento")
    home.add_child(instance=desk)
    desk.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        manifestation = factories.make_manifestation(requester_email="joana@example.org")
    assert len(smtp_server.messages) == 1
    envelope = smtp_server.messages[0]
    assert envelope.rcpt_tos == ["joana@example.org"]
    body = envelope.content.decode("utf-8", "replace")
    assert manifestation.protocol in body
    assert f"/atendimento/acompanhar/{manifestation.protocol}/" in body


def test_email_waits_while_the_server_is_down_and_goes_when_it_is_back(
    smtp_server, settings, django_capture_on_commit_callbacks, freezer_at
):
    import datetime
    import zoneinfo

    moment = datetime.datetime(2026, 6, 1, 9, tzinfo=zoneinfo.ZoneInfo("America/Sao_Paulo"))
    freezer_at(moment)
    working_port = settings.EMAIL_PORT
    settings.EMAIL_PORT = free_port()  # nothing listens there: the server is "down"
    with django_capture_on_commit_callbacks(execute=True):
        manifestation = factories.make_manifestation()
    assert smtp_server.messages == []
    assert manifestation.events.count() == 1  # the case itself is safe
    settings.EMAIL_PORT = working_port
    freezer_at(moment + datetime.timedelta(minutes=10))
    assert deliver_pending() == (1, 0)
    assert manifestation.protocol in smtp_server.messages[0].content.decode()
