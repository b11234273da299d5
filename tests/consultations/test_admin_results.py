"""Answers and results in the admin: export permissions, personal data, choosing quotes."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import GroupPagePermission

from consultations.models.pages import Answer, ConsultationPage
from tests import factories

from .conftest import make_consultation, photo

QUESTIONS = [
    ("Seu nome", "singleline", "", False),
    ("Você aprova?", "yesno", "", True),
    ("Sugestões", "multiline", "", False),
]


@pytest.fixture
def answered(consultations, parks):
    page = make_consultation(
        consultations,
        questions=QUESTIONS,
        participation_mode="verified_email",
        department=parks,
        slug="orcamento",
    )
    page.form_fields.filter(clean_name="seu_nome").update(is_personal_data=True)
    page = ConsultationPage.objects.get(pk=page.pk)
    response, _ = page.record_answer(
        {"seu_nome": "Maria", "voce_aprova": "yes", "sugestoes": '=HYPERLINK("x")'},
        email="maria@example.org",
        privacy_consent=True,
    )
    response.confirm()
    return page


def staff(parks, *codenames, username="analista"):
    user = factories.make_staff(username, groups=[parks.group])
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return user


def export(client, page, export_format="csv"):
    return client.get(reverse("participation_consultations:export", args=[page.pk, export_format]))


def csv_rows(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_export_leaves_out_personal_data_without_the_permission(client, answered, parks):
    client.force_login(staff(parks, "view_consultationresponse"))

    rows = csv_rows(export(client, answered))

    assert len(rows) == 2
    flat = " ".join(rows[0] + rows[1])
    assert "maria@example.org" not in flat
    assert "Maria" not in flat
    assert "Seu nome" not in rows[0]
    assert "Você aprova?" in rows[0]
    # Citizen text is never run as a spreadsheet formula.
    assert '\'=HYPERLINK("x")' in rows[1]


def test_export_has_personal_data_with_the_permission(client, answered, parks):
    client.force_login(staff(parks, "view_consultationresponse", "view_consultation_personal_data"))

    rows = csv_rows(export(client, answered))

    assert "maria@example.org" in rows[1]
    assert "Maria" in rows[1]


def test_xlsx_export_opens_in_a_spreadsheet(client, answered, parks):
    client.force_login(staff(parks, "view_consultationresponse"))

    response = export(client, answered, "xlsx")

    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.worksheets[0]
    assert sheet.max_row == 2
    assert "Você aprova?" in [cell.value for cell in sheet[1]]


def test_export_needs_the_permission(client, answered, parks):
    client.force_login(staff(parks))

    response = export(client, answered)
    assert response.status_code in (302, 403)
    assert not response.has_header("Content-Disposition")


def test_another_departments_consultation_cannot_be_exported(client, answered):
    from django.contrib.auth.models import Group

    other = factories.make_department(group=Group.objects.create(name="Saúde"))
    client.force_login(staff(other, "view_consultationresponse"))

    assert export(client, answered).status_code == 404


def test_managers_of_every_department_export_any(client, answered):
    client.force_login(
        factories.make_staff(
            "ouvidoria", permissions=["view_consultationresponse", "manage_all_consultations"]
        )
    )

    assert export(client, answered).status_code == 200


def test_an_unknown_export_format_is_not_found(client, answered, parks):
    client.force_login(staff(parks, "view_consultationresponse"))

    assert export(client, answered, "pdf").status_code == 404


def test_an_editor_chooses_which_free_text_answers_are_public(client, answered, parks):
    client.force_login(staff(parks, "view_consultationresponse", "change_consultationresponse"))
    answer = Answer.objects.get(question="sugestoes")
    answered.record_answer({"voce_aprova": "no"}, email="pendente@example.org")
    results = client.get(reverse("participation_consultations:results", args=[answered.pk]))
    assert results.status_code == 200
    assert results.context["participants"] == 1
    assert results.context["pending"] == 1
    assert "Maria" not in results.content.decode()  # personal data question left out

    client.post(
        reverse("participation_consultations:feature", args=[answered.pk, answer.pk]),
        {"featured": "1"},
    )

    answer.refresh_from_db()
    assert answer.is_featured


def test_choosing_quotes_needs_the_change_permission(client, answered, parks):
    client.force_login(staff(parks, "view_consultationresponse"))
    answer = Answer.objects.get(question="sugestoes")

    response = client.post(
        reverse("participation_consultations:feature", args=[answered.pk, answer.pk]),
        {"featured": "1"},
    )

    assert response.status_code in (302, 403)  # Wagtail turns a refusal into a redirect home
    assert response.get("Location", "/admin/") == "/admin/"
    answer.refresh_from_db()
    assert not answer.is_featured


def test_wagtail_form_submissions_listing_does_not_offer_consultations(client, answered):
    client.force_login(factories.make_staff("chefe", superuser=True))

    response = client.get(reverse("wagtailforms:index"))

    assert answered.title not in response.content.decode()
    listing = client.get(reverse("wagtailforms:list_submissions", args=[answered.pk]))
    assert listing.status_code in (302, 403)
    assert "maria@example.org" not in listing.content.decode()


def test_the_consultation_list_counts_answers(client, answered, parks):
    client.force_login(staff(parks, "view_consultationresponse"))

    response = client.get(reverse("participation_consultations:index"))

    consultation = response.context["consultations"][0]
    assert (consultation.confirmed, consultation.pending) == (1, 0)


def test_the_results_buttons_of_the_page_listing_cost_one_query_for_any_number_of_rows(
    client, consultations, parks, monkeypatch, django_assert_max_num_queries
):
    from consultations import wagtail_hooks

    GroupPagePermission.objects.create(
        group=parks.group,
        page=consultations,
        permission=Permission.objects.get(codename="change_page"),
    )
    client.force_login(staff(parks, "view_consultationresponse"))
    elsewhere = make_consultation(consultations)  # another department's: listed, no button
    listing_url = reverse("wagtailadmin_explore", args=[consultations.pk])

    for count in (2, 10):
        while ConsultationPage.objects.filter(department=parks).count() < count:
            make_consultation(consultations, department=parks)
        client.get(listing_url)  # caches of the first request (content types, sites) filled
        with monkeypatch.context() as no_buttons:
            no_buttons.setattr(wagtail_hooks, "results_button", lambda *args, **kwargs: [])
            with CaptureQueriesContext(connection) as without_buttons:
                client.get(listing_url)

        with django_assert_max_num_queries(len(without_buttons) + 1):
            html = client.get(listing_url).content.decode()

        def results_url(page):
            return reverse("participation_consultations:results", args=[page.pk])

        ours = ConsultationPage.objects.filter(department=parks)
        assert all(results_url(page) in html for page in ours)
        assert results_url(elsewhere) not in html


@pytest.fixture
def with_photo(consultations, parks, private_files):
    page = make_consultation(
        consultations, questions=[("Foto", "file", "", True)], department=parks
    )
    picture = photo()
    page.record_answer({"foto": picture}, uploads=[("foto", picture)])
    return page


def test_files_sent_with_answers_need_the_personal_data_permission(client, with_photo, parks):
    from consultations.models.pages import ConsultationUpload

    upload = ConsultationUpload.objects.get()
    url = reverse("participation_consultations:upload", args=[with_photo.pk, upload.pk])

    client.force_login(staff(parks, "view_consultationresponse"))
    refused = client.get(url)
    assert refused.status_code in (302, 403)
    assert not refused.has_header("Content-Disposition")

    client.force_login(
        staff(
            parks,
            "view_consultationresponse",
            "view_consultation_personal_data",
            username="encarregada",
        )
    )
    results = client.get(reverse("participation_consultations:results", args=[with_photo.pk]))
    assert url in results.content.decode()
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="minha-rua.png"')
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_too_many_answers_for_a_spreadsheet_send_the_editor_to_csv(
    client, answered, parks, monkeypatch
):
    from consultations import admin_views
    from praca import exports

    # The cap lives in praca.exports (fits_in_a_worksheet); the view names it too.
    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 0)
    monkeypatch.setattr(admin_views, "XLSX_MAX_ROWS", 0)
    client.force_login(staff(parks, "view_consultationresponse"))

    response = export(client, answered, "xlsx")

    assert response.status_code == 302
    assert response.url == reverse("participation_consultations:results", args=[answered.pk])
    assert export(client, answered, "csv").status_code == 200


def test_file_names_are_personal_data_in_exports_and_results(client, with_photo, parks):
    from consultations.results import questionnaire_results

    client.force_login(staff(parks, "view_consultationresponse"))
    rows = csv_rows(export(client, with_photo))
    assert "Foto" not in rows[0]
    assert "minha-rua.png" not in " ".join(rows[1])

    client.force_login(
        staff(
            parks,
            "view_consultationresponse",
            "view_consultation_personal_data",
            username="encarregada",
        )
    )
    rows = csv_rows(export(client, with_photo))
    assert "Foto" in rows[0]
    assert "minha-rua.png" in rows[1]

    _participants, results = questionnaire_results(with_photo)
    assert [result.question.clean_name for result in results] == []
