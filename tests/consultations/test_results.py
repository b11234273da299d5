"""Results: counted by the database against a known set of answers, public when chosen."""

import datetime

import pytest

from consultations.models.pages import (
    Answer,
    ConsultationPage,
    ConsultationResponse,
    ResultsVisibility,
)
from consultations.results import questionnaire_results

from .conftest import make_consultation

# Ten answers: (bairro, o que a praça deve ter, nota, aprova, comentário, confirmed)
FIXTURE = [
    ("Centro", ["Parquinho", "Horta"], 5, "yes", "Mais árvores", True),
    ("Centro", ["Parquinho"], 4, "yes", "", True),
    ("Centro", [], 4, "no", "", True),
    ("Vila Nova", ["Academia ao ar livre"], 3, "yes", "Bancos novos", True),
    ("Vila Nova", ["Parquinho", "Academia ao ar livre"], 2, "no", "", True),
    ("Jardim das Flores", ["Horta"], 5, "yes", "", True),
    ("Centro", ["Horta"], 1, "no", "", True),
    ("Vila Nova", ["Parquinho"], 5, "yes", "", True),
    # Pending answers (unconfirmed email) never count.
    ("Jardim das Flores", ["Horta"], 1, "no", "", False),
    ("Jardim das Flores", ["Horta"], 1, "no", "", False),
]


def answer_fixture(page):
    for number, (bairro, itens, nota, aprova, texto, confirmed) in enumerate(FIXTURE):
        answers = {
            "qual_o_seu_bairro": bairro,
            "o_que_a_praca_deve_ter": itens,
            "nota_para_a_proposta": nota,
            "voce_aprova_o_projeto": aprova,
            "comentarios_sobre_o_projeto": texto,
        }
        response, _ = page.record_answer(answers, email=f"p{number}@example.org")
        if confirmed:
            response.confirm()


@pytest.fixture
def answered(consultations):
    page = make_consultation(consultations, participation_mode="verified_email")
    answer_fixture(page)
    return page


def by_label(results):
    return {
        result.question.clean_name: {
            option.label: (option.count, option.percent) for option in result.options
        }
        for result in results
    }


def test_results_count_confirmed_answers_with_percentages(answered):
    participants, results = questionnaire_results(answered)
    counts = by_label(results)

    assert participants == 8
    assert counts["qual_o_seu_bairro"] == {
        "Centro": (4, 50.0),
        "Jardim das Flores": (1, 12.5),
        "Vila Nova": (3, 37.5),
    }
    # Multiple choice: shares of the 7 who chose anything; they add up to more than 100%.
    assert counts["o_que_a_praca_deve_ter"] == {
        "Parquinho": (4, 57.1),
        "Academia ao ar livre": (2, 28.6),
        "Horta": (3, 42.9),
    }
    assert counts["nota_para_a_proposta"] == {
        "1": (1, 12.5),
        "2": (1, 12.5),
        "3": (1, 12.5),
        "4": (2, 25.0),
        "5": (3, 37.5),
    }
    scale = next(r for r in results if r.question.clean_name == "nota_para_a_proposta")
    assert scale.average == 3.6
    assert counts["voce_aprova_o_projeto"] == {"Yes": (5, 62.5), "No": (3, 37.5)} or counts[
        "voce_aprova_o_projeto"
    ] == {"Sim": (5, 62.5), "Não": (3, 37.5)}  # msgid until the catalogs are compiled


def test_an_option_removed_after_answers_still_shows_its_answers(answered):
    question = answered.form_fields.get(clean_name="qual_o_seu_bairro")
    question.choices = "Centro\nVila Nova"
    question.save()
    page = ConsultationPage.objects.get(pk=answered.pk)

    _participants, results = questionnaire_results(page)
    options = results[0].options

    assert [(o.label, o.count, o.offered) for o in options] == [
        ("Centro", 4, True),
        ("Vila Nova", 3, True),
        ("Jardim das Flores", 1, False),
    ]


def test_free_text_answers_are_public_only_when_selected(client, answered):
    answered.results_visibility = ResultsVisibility.LIVE
    answered.save_revision().publish()
    html = client.get(answered.url).content.decode()
    assert "Mais árvores" not in html

    Answer.objects.filter(value="Mais árvores").update(is_featured=True)
    html = client.get(answered.url).content.decode()

    assert "Mais árvores" in html
    assert "Bancos novos" not in html


def test_hidden_results_are_not_shown(client, answered):
    answered.results_visibility = ResultsVisibility.HIDDEN
    answered.save_revision().publish()

    response = client.get(answered.url)

    assert 'id="results"' not in response.content.decode()


def test_results_after_close_appear_with_the_clock(client, answered, freezer_at):
    assert answered.results_visibility == ResultsVisibility.AFTER_CLOSE
    assert 'id="results"' not in client.get(answered.url).content.decode()

    freezer_at(answered.closes_at + datetime.timedelta(minutes=1))
    html = client.get(answered.url).content.decode()

    assert 'id="results"' in html
    assert "<svg" in html and 'role="img"' in html
    # The chart has its table, with every figure.
    assert "<table" in html
    assert "50,0%" in html or "50.0%" in html


def test_the_chart_geometry_is_not_localised(client, answered, freezer_at):
    freezer_at(answered.closes_at + datetime.timedelta(minutes=1))
    html = client.get(answered.url).content.decode()

    # 37.5% of 512 units: a point, never the decimal comma of pt-BR, inside SVG attributes.
    assert 'width="192.0"' in html


def test_personal_data_questions_never_appear_in_results(consultations):
    page = make_consultation(
        consultations,
        questions=[("Seu nome", "singleline", "", True), ("Você aprova?", "yesno", "", True)],
        results_visibility="live",
    )
    page.record_answer({"seu_nome": "Maria", "voce_aprova": "yes"})
    page.form_fields.filter(clean_name="seu_nome").update(is_personal_data=True)
    page = ConsultationPage.objects.get(pk=page.pk)

    _participants, results = questionnaire_results(page)

    assert [r.question.clean_name for r in results] == ["voce_aprova"]


def test_the_public_page_runs_a_fixed_number_of_queries(
    client, answered, freezer_at, django_assert_max_num_queries
):
    freezer_at(answered.closes_at + datetime.timedelta(minutes=1))
    client.get(answered.url)  # warm the caches (site, navigation, announcement)
    with django_assert_max_num_queries(14):
        response = client.get(answered.url)
    assert response.status_code == 200
    assert ConsultationResponse.objects.count() == 10
