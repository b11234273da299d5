"""The honeypot that the citizen's forms share (participation.spam)."""

import pytest
from django.core.exceptions import NON_FIELD_ERRORS

from consultations.forms import CommentForm, QuestionnaireForm
from participation.forms import IntakeForm

# (form class, its honeypot field): each form keeps the name its template and its tests use.
FORMS_WITH_A_HONEYPOT = [
    (IntakeForm, "website"),
    (QuestionnaireForm, "participant_website"),
    (CommentForm, "website"),
]


@pytest.mark.parametrize(("form_class", "name"), FORMS_WITH_A_HONEYPOT)
def test_a_filled_honeypot_refuses_the_whole_form(form_class, name):
    form = form_class(data={name: "http://spam.example"})

    assert not form.is_valid()
    assert form.has_error(NON_FIELD_ERRORS, "honeypot")
    assert form.non_field_errors() == [
        "Não foi possível aceitar este formulário. Confira os dados e envie de novo."
    ]


@pytest.mark.parametrize(("form_class", "name"), FORMS_WITH_A_HONEYPOT)
def test_an_empty_honeypot_is_no_error(form_class, name):
    form = form_class(data={name: ""})

    form.is_valid()

    assert not form.has_error(NON_FIELD_ERRORS, "honeypot")


@pytest.mark.parametrize(("form_class", "name"), FORMS_WITH_A_HONEYPOT)
def test_the_honeypot_is_neither_focusable_nor_autofilled(form_class, name):
    html = str(form_class()[name])

    assert 'tabindex="-1"' in html and 'autocomplete="off"' in html
    assert form_class().fields[name].label == "Deixe este campo em branco"
