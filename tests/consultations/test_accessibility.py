"""The consultation page for people using assistive technology: labels, one h1, announced
errors, no JavaScript needed."""

from html.parser import HTMLParser

from consultations.models.pages import CommentStatus, ConsultationComment

from .conftest import answer_data


class FormAudit(HTMLParser):
    """Collects the form controls, the labels' targets and the h1 count of a page."""

    def __init__(self):
        super().__init__()
        self.controls, self.labelled, self.h1 = [], set(), 0
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "h1":
            self.h1 += 1
        if tag == "script":
            self.scripts += 1
        if tag == "label" and attrs.get("for"):
            self.labelled.add(attrs["for"])
        if tag in ("input", "select", "textarea") and attrs.get("type") not in ("hidden", "submit"):
            self.controls.append(attrs)


def audit(html):
    parser = FormAudit()
    parser.feed(html)
    return parser


def test_every_control_has_a_label_and_the_page_one_h1(client, consultation):
    ConsultationComment.objects.create(
        page=consultation, body="Mais bancos.", status=CommentStatus.PUBLISHED
    )
    page = audit(client.get(consultation.url).content.decode())

    assert page.h1 == 1
    unlabelled = [
        control
        for control in page.controls
        if control.get("id") not in page.labelled and control.get("name") != "language"
    ]
    assert unlabelled == []


def test_both_honeypots_are_hidden_from_people_and_assistive_technology(client, consultation):
    html = client.get(consultation.url).content.decode()
    traps = html.split('<div class="visually-hidden" aria-hidden="true">')[1:]
    traps = [trap[: trap.index("</div>")] for trap in traps]

    for name in ("participant_website", "website"):
        trap = next(trap for trap in traps if f'name="{name}"' in trap)
        assert "Deixe este campo em branco" in trap
        assert 'tabindex="-1"' in trap and 'autocomplete="off"' in trap


def test_errors_are_announced_and_linked_to_their_fields(client, consultation):
    response = client.post(consultation.url, answer_data(nota_para_a_proposta=None))
    html = response.content.decode()

    assert 'role="alert"' in html
    assert 'href="#id_nota_para_a_proposta"' in html
    assert 'id="id_nota_para_a_proposta_error"' in html


def test_the_page_needs_no_script_of_its_own(client, consultation):
    html = client.get(consultation.url).content.decode()
    questionnaire = html[html.index('id="questionnaire"') : html.index('id="comments"')]

    assert "<script" not in questionnaire
    assert 'method="post"' in questionnaire


def test_an_open_page_with_comments_keeps_its_query_budget(
    client, consultation, django_assert_max_num_queries
):
    for number in range(30):
        ConsultationComment.objects.create(
            page=consultation, body=f"Comentário {number}", status=CommentStatus.PUBLISHED
        )
    comment = ConsultationComment.objects.first()
    client.post(f"{consultation.url}comentarios/{comment.pk}/apoiar/")  # a session that supports
    client.get(consultation.url)
    # Routing and restrictions (5), questions, decisions, documents, department, the session,
    # comments counted and listed, and which of them this session supports: 13.
    with django_assert_max_num_queries(13):
        response = client.get(consultation.url)
    assert len(response.context["comments"]) == 20
