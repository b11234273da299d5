"""A citizen takes part in an open consultation in a real browser, on a phone: answers it, sees
the confirmation, comments and supports someone else's proposal."""

import re

import pytest
from playwright.sync_api import expect

from consultations.models.pages import (
    Answer,
    CommentStatus,
    ConsultationComment,
    ConsultationResponse,
)
from tests import factories
from tests.consultations.conftest import make_consultation, make_index

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def open_consultation(transactional_db):
    home, _catalog = factories.make_site()
    page = make_consultation(make_index(home), title="Reforma da Praça Central")
    ConsultationComment.objects.create(
        page=page,
        kind="proposal",
        body="Plantar árvores grandes perto dos bancos.",
        author_name="Marcos",
        status=CommentStatus.PUBLISHED,
    )
    return page


def test_citizen_answers_comments_and_supports(live_server, page, open_consultation):
    page.goto(live_server.url + open_consultation.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Reforma da Praça Central")

    # A first attempt without the required answers is refused, with the errors announced.
    page.locator("#questionnaire button[type=submit]").click()
    expect(page.locator("#answer-errors")).to_be_visible()
    expect(page.locator("#answer-errors a[href='#id_qual_o_seu_bairro']")).to_be_visible()

    form = page.locator("#questionnaire form")
    form.get_by_label("Centro").check()
    form.get_by_label("Parquinho").check()
    form.get_by_label("Horta").check()
    form.locator("#id_nota_para_a_proposta_3").check()  # 4
    form.locator("input[name=voce_aprova_o_projeto][value=yes]").check()
    form.get_by_label(re.compile("Comentários sobre o projeto")).fill(
        "Mais sombra, por favor. <script>alert(1)</script>"
    )
    form.locator("button[type=submit]").click()

    # The confirmation.
    expect(page).to_have_url(re.compile(r"/resposta/\d+/"))
    expect(page.get_by_role("status").last).to_be_visible()
    response = ConsultationResponse.objects.get()
    assert response.status == "confirmed"
    assert sorted(
        Answer.objects.filter(question="o_que_a_praca_deve_ter").values_list("value", flat=True)
    ) == ["Horta", "Parquinho"]

    # Back on the consultation: a proposal of one's own, published at once.
    page.goto(live_server.url + open_consultation.url + "#comments")
    comments = page.locator("#comments")
    comments.locator("#comment_kind_1").check()  # a proposal
    comments.locator("#comment_body").fill("Bebedouro perto do parquinho.")
    comments.locator("form.desk-form button[type=submit]").click()
    expect(page.locator(".comment", has_text="Bebedouro perto do parquinho.")).to_be_visible()

    # Supporting Marcos's proposal: counted once, the button gives way to a note.
    marcos = page.locator(".comment", has_text="Plantar árvores grandes")
    marcos.locator("form[action$='/apoiar/'] button").click()
    marcos = page.locator(".comment", has_text="Plantar árvores grandes")
    expect(marcos.locator(".comment__supports")).to_contain_text("1")
    expect(marcos.locator("form[action$='/apoiar/']")).to_have_count(0)
    supported = ConsultationComment.objects.get(author_name="Marcos")
    assert supported.support_count == 1
    assert ConsultationComment.objects.filter(status=CommentStatus.PUBLISHED).count() == 2
