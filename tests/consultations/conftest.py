"""Builders and fixtures of the consultation tests: real pages, questions and answers."""

import datetime
import io
import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from consultations.models.pages import (
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationQuestion,
)
from tests import factories
from tests.participation.test_smtp import smtp_server  # noqa: F401 - a real SMTP server fixture

NOW = datetime.datetime(2026, 5, 4, 12, 0, tzinfo=datetime.UTC)

# (label, type, choices, required): the questionnaire most tests answer.
QUESTIONS = [
    ("Qual o seu bairro?", "radio", "Centro\nJardim das Flores\nVila Nova", True),
    ("O que a praça deve ter?", "checkboxes", "Parquinho\nAcademia ao ar livre\nHorta", False),
    ("Nota para a proposta", "scale5", "", True),
    ("Você aprova o projeto?", "yesno", "", True),
    ("Comentários sobre o projeto", "multiline", "", False),
]


@pytest.fixture
def private_files(settings, tmp_path):
    """The private storage in a folder of the test's own, to see what was written there."""
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path, "base_url": None},
        },
    }
    return tmp_path


def photo(name="minha rua.png"):
    """A small PNG, checked as a file question's answer is."""
    from consultations.forms import UploadField

    output = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(output, "PNG")
    return UploadField().clean(SimpleUploadedFile(name, output.getvalue()))


def confirmation_path(body):
    """The path of the confirmation link in an email's body."""
    return re.search(r"https?://[^/\s]+(/\S+/confirmar/\S+/)", body).group(1)


def make_index(home, **fields):
    index = ConsultationIndexPage(title="Consultas públicas", slug="consultas", **fields)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_consultation(index, questions=QUESTIONS, opens_at=None, closes_at=None, **fields):
    """A published consultation under `index`, open now by default."""
    number = factories.next_number()
    now = timezone.now()
    page = ConsultationPage(
        title=fields.pop("title", f"Consulta {number}"),
        slug=fields.pop("slug", f"consulta-{number}"),
        summary=fields.pop("summary", "Ajude a decidir o futuro da praça."),
        body="<p>Proposta de reforma da Praça Central.</p>",
        department=fields.pop("department", None) or factories.make_department(),
        opens_at=opens_at or now - datetime.timedelta(days=1),
        closes_at=closes_at or now + datetime.timedelta(days=10),
        **fields,
    )
    page.form_fields = [
        ConsultationQuestion(label=label, field_type=kind, choices=choices, required=required)
        for label, kind, choices, required in questions
    ]
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def answer_data(**overrides):
    """A complete, valid POST of the standard questionnaire."""
    data = {
        "qual_o_seu_bairro": "Centro",
        "o_que_a_praca_deve_ter": ["Parquinho", "Horta"],
        "nota_para_a_proposta": "4",
        "voce_aprova_o_projeto": "yes",
        "comentarios_sobre_o_projeto": "Mais sombra, por favor.",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def consultations(home):
    return make_index(home)


@pytest.fixture
def consultation(consultations):
    return make_consultation(consultations, title="Reforma da Praça Central")


@pytest.fixture
def parks(db):
    return factories.make_department(
        "Secretaria de Parques", slug="parques", group=Group.objects.create(name="Parques")
    )
