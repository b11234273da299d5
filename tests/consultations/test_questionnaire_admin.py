"""Editors build a questionnaire in Wagtail's admin, without code, and may rename questions."""

import datetime

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from consultations.models.pages import Answer, ConsultationPage, ConsultationQuestion
from tests import factories

from .conftest import answer_data, make_consultation


def question(label, field_type, choices="", required=True, **extra):
    return {
        "label": label,
        "help_text": extra.pop("help_text", ""),
        "required": "on" if required else "",
        "field_type": field_type,
        "choices": choices,
        "is_personal_data": "on" if extra.pop("is_personal_data", False) else "",
    }


def consultation_form_data(department, questions, **overrides):
    data = {
        "title": "Plano de mobilidade",
        "slug": "plano-de-mobilidade",
        "summary": "Diga como você quer se deslocar pela cidade.",
        "body": rich_text("<p>Proposta do plano.</p>"),
        "department": department.pk,
        "opens_at": "2026-05-01 08:00",
        "closes_at": "2026-06-01 18:00",
        "documents": inline_formset([]),
        "participation_mode": "anonymous",
        "privacy_notice": rich_text(""),
        "form_fields": inline_formset(
            questions, initial=sum(1 for item in questions if item.get("id"))
        ),
        "comments_enabled": "on",
        "moderation": "after",
        "flags_to_hide": "3",
        "results_visibility": "after_close",
        "what_we_heard": rich_text(""),
        "decisions": inline_formset([]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_editor_builds_a_questionnaire_with_every_question_type(client, consultations):
    client.force_login(factories.make_staff("editora", superuser=True))
    department = factories.make_department()
    questions = [
        question("Como você vai ao trabalho?", "radio", "A pé\nÔnibus\nCarro\nBicicleta"),
        question("O que falta no seu bairro?", "checkboxes", "Ciclovia\nCalçadas\nÔnibus"),
        question("Nota do transporte hoje", "scale10"),
        question("Quão seguro você se sente?", "scale5", required=False),
        question("Você usaria bicicleta compartilhada?", "yesno"),
        question("Desde quando mora na cidade?", "date", required=False),
        question("Sua sugestão", "multiline", required=False, help_text="Seja breve."),
        question("Sua rua", "singleline", required=False, is_personal_data=True),
        question("Foto do problema", "file", required=False),
    ]
    response = client.post(
        reverse(
            "wagtailadmin_pages:add",
            args=["praca_consultations", "consultationpage", consultations.pk],
        ),
        consultation_form_data(department, questions),
    )
    assert response.status_code == 302, response.context["form"].errors

    page = ConsultationPage.objects.get(slug="plano-de-mobilidade")
    assert page.live
    assert [(q.field_type, q.required) for q in page.form_fields.all()] == [
        ("radio", True),
        ("checkboxes", True),
        ("scale10", True),
        ("scale5", False),
        ("yesno", True),
        ("date", False),
        ("multiline", False),
        ("singleline", False),
        ("file", False),
    ]
    form = page.get_form(page=page)
    assert list(form.fields["como_voce_vai_ao_trabalho"].choices) == [
        ("A pé", "A pé"),
        ("Ônibus", "Ônibus"),
        ("Carro", "Carro"),
        ("Bicicleta", "Bicicleta"),
    ]
    assert [value for value, _ in form.fields["nota_do_transporte_hoje"].choices] == [
        str(n) for n in range(0, 11)
    ]
    # A question asking for personal data brings the consent box with it.
    assert form.fields["participant_consent"].required


def test_a_choice_question_without_options_is_refused(client, consultations):
    client.force_login(factories.make_staff("editora", superuser=True))
    response = client.post(
        reverse(
            "wagtailadmin_pages:add",
            args=["praca_consultations", "consultationpage", consultations.pk],
        ),
        consultation_form_data(
            factories.make_department(), [question("Qual linha de ônibus?", "radio", "")]
        ),
    )
    assert response.status_code == 200
    assert not ConsultationPage.objects.filter(slug="plano-de-mobilidade").exists()


def test_a_question_may_not_take_the_name_of_the_email_field(client, consultations):
    client.force_login(factories.make_staff("editora", superuser=True))
    response = client.post(
        reverse(
            "wagtailadmin_pages:add",
            args=["praca_consultations", "consultationpage", consultations.pk],
        ),
        consultation_form_data(
            factories.make_department(), [question("Participant email", "singleline")]
        ),
    )
    assert response.status_code == 200
    assert not ConsultationPage.objects.filter(slug="plano-de-mobilidade").exists()


def test_closing_before_opening_is_refused(client, consultations):
    client.force_login(factories.make_staff("editora", superuser=True))
    response = client.post(
        reverse(
            "wagtailadmin_pages:add",
            args=["praca_consultations", "consultationpage", consultations.pk],
        ),
        consultation_form_data(
            factories.make_department(),
            [],
            opens_at="2026-06-01 08:00",
            closes_at="2026-05-01 08:00",
        ),
    )
    assert response.status_code == 200
    assert "closes_at" in response.context["form"].errors


def test_renaming_a_question_keeps_its_answers_together(client, consultations):
    page = make_consultation(consultations)
    client.post(page.url, answer_data(qual_o_seu_bairro="Vila Nova"))
    first = page.form_fields.get(label="Qual o seu bairro?")

    client.force_login(factories.make_staff("editora", superuser=True))
    questions = []
    for item in page.form_fields.all():
        data = question(item.label, item.field_type, item.choices, item.required)
        data["id"] = item.pk
        if item.pk == first.pk:
            data["label"] = "Em que bairro você mora?"
        questions.append(data)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        consultation_form_data(
            page.department,
            questions,
            title=page.title,
            slug=page.slug,
            opens_at=(page.opens_at).strftime("%Y-%m-%d %H:%M"),
            closes_at=(page.closes_at + datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M"),
        ),
    )
    assert response.status_code == 302, response.context["form"].errors

    renamed = ConsultationQuestion.objects.get(pk=first.pk)
    assert renamed.label == "Em que bairro você mora?"
    assert renamed.clean_name == "qual_o_seu_bairro"
    # A second answer after the rename lands on the same question.
    client.logout()
    page = ConsultationPage.objects.get(pk=page.pk)
    client.post(page.url, answer_data(qual_o_seu_bairro="Vila Nova"))
    assert Answer.objects.filter(question="qual_o_seu_bairro", value="Vila Nova").count() == 2


def test_the_editor_and_the_page_listing_open_for_a_consultation(client, consultation):
    client.force_login(factories.make_staff("editora", superuser=True))

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[consultation.pk]))
    listing = client.get(reverse("wagtailadmin_explore", args=[consultation.get_parent().pk]))

    assert editor.status_code == 200
    assert reverse("participation_consultations:results", args=[consultation.pk]) in (
        editor.content.decode() + listing.content.decode()
    )


def test_a_draft_preview_shows_the_questionnaire(client, consultation):
    client.force_login(factories.make_staff("editora", superuser=True))
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[consultation.pk]))

    assert preview.status_code == 200
    assert 'name="qual_o_seu_bairro"' in preview.content.decode()
