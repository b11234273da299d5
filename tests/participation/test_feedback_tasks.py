"""A "No" with a comment becomes a suggestion for the page's department; feedback and ratings
are listed to the staff of the pages and departments they belong to."""

import pytest
from django.urls import reverse

from participation.models import (
    FeedbackReason,
    Kind,
    Manifestation,
    PageFeedback,
    RatingDimension,
    ServiceRating,
    Status,
)
from tests import factories

pytestmark = pytest.mark.django_db

FEEDBACK_STAFF = (
    *factories.EDITOR_PERMISSIONS,
    "view_pagefeedback",
    "change_pagefeedback",
    "view_servicerating",
)


@pytest.fixture
def pruning(catalog, works):
    return factories.make_service(catalog, title="Poda de árvores", department=works)


@pytest.fixture
def complaint(pruning):
    return PageFeedback.objects.create(
        page=pruning,
        useful=False,
        reason=FeedbackReason.OUT_OF_DATE,
        comment="O telefone da página não atende mais.",
    )


@pytest.fixture
def works_editor(works):
    return factories.make_staff("obras", groups=[works.group], permissions=FEEDBACK_STAFF)


@pytest.fixture
def health_editor(health):
    return factories.make_staff("saude", groups=[health.group], permissions=FEEDBACK_STAFF)


def task_url(feedback):
    return reverse("participation_page_feedback:turn_into_manifestation", args=[feedback.pk])


def test_editor_turns_a_no_with_a_comment_into_a_suggestion_for_the_department(
    client, complaint, works, works_editor, mailoutbox
):
    client.force_login(works_editor)
    confirm = client.get(task_url(complaint)).content.decode()
    assert "Secretaria de Obras" in confirm
    response = client.post(task_url(complaint))
    manifestation = Manifestation.objects.get()
    assert response["Location"] == reverse(
        "participation_manifestation:case", args=[manifestation.pk]
    )
    assert (manifestation.kind, manifestation.department, manifestation.status) == (
        Kind.SUGGESTION,
        works,
        Status.RECEIVED,
    )
    assert manifestation.service.title == "Poda de árvores"
    assert "O telefone da página não atende mais." in manifestation.description
    assert "Poda de árvores" in manifestation.description
    assert "A informação está errada ou desatualizada" in manifestation.description
    complaint.refresh_from_db()
    assert complaint.manifestation == manifestation
    listing = client.get(reverse("participation_page_feedback:index")).content.decode()
    assert "Ver a manifestação" in listing


def test_turning_the_same_feedback_twice_registers_one_suggestion(client, complaint, works_editor):
    client.force_login(works_editor)
    client.post(task_url(complaint))
    client.post(task_url(complaint))
    assert Manifestation.objects.count() == 1


def test_a_page_without_department_goes_to_the_ombudsman(client, catalog, django_user_model):
    feedback = PageFeedback.objects.create(page=catalog, useful=False, comment="Não achei o IPTU.")
    client.force_login(django_user_model.objects.create_superuser("chefe", "c@example.org", "x"))
    client.post(task_url(feedback))
    manifestation = Manifestation.objects.get()
    assert manifestation.department is None and manifestation.service is None


@pytest.mark.parametrize("useful, comment", [(True, "Ótimo"), (False, ""), (False, "   ")])
def test_only_a_no_with_a_comment_becomes_a_task(client, pruning, works_editor, useful, comment):
    feedback = PageFeedback.objects.create(page=pruning, useful=useful, comment=comment)
    client.force_login(works_editor)
    response = client.post(task_url(feedback), follow=True)
    assert response.status_code == 200
    assert "Somente um “Não” com comentário pode virar manifestação." in response.content.decode()
    assert not Manifestation.objects.exists()


def test_other_departments_cannot_see_or_turn_the_feedback(client, complaint, health_editor):
    client.force_login(health_editor)
    assert client.get(task_url(complaint)).status_code == 404
    assert client.post(task_url(complaint)).status_code == 404
    listing = client.get(reverse("participation_page_feedback:index")).content.decode()
    assert "O telefone da página não atende mais." not in listing
    inspect = reverse("participation_page_feedback:inspect", args=[complaint.pk])
    assert client.get(inspect).status_code == 404
    edit = reverse("participation_page_feedback:edit", args=[complaint.pk])
    assert client.get(edit).status_code == 404
    assert not Manifestation.objects.exists()


def test_staff_without_permission_to_register_cases_cannot_turn_feedback(client, complaint, works):
    reader = factories.make_staff("leitor", groups=[works.group], permissions=["view_pagefeedback"])
    client.force_login(reader)
    assert client.post(task_url(complaint)).status_code in (302, 403)
    assert not Manifestation.objects.exists()


def test_department_staff_list_their_services_feedback_and_ratings(
    client, complaint, pruning, catalog, health, works_editor
):
    vaccines = factories.make_service(catalog, title="Vacinação", department=health)
    PageFeedback.objects.create(page=vaccines, useful=False, comment="Comentário da saúde")
    ServiceRating.objects.create(
        service=pruning, score=2, dimension=RatingDimension.TIME, comment="Demorou muito"
    )
    ServiceRating.objects.create(
        service=vaccines, score=5, dimension=RatingDimension.EASE, comment="Rápida a vacina"
    )
    client.force_login(works_editor)
    feedback = client.get(reverse("participation_page_feedback:index")).content.decode()
    assert "O telefone da página não atende mais." in feedback
    assert "Comentário da saúde" not in feedback
    ratings = client.get(reverse("participation_service_rating:index")).content.decode()
    assert "Demorou muito" in ratings and "Rápida a vacina" not in ratings
    exported = client.get(reverse("participation_service_rating:index"), {"export": "csv"})
    body = b"".join(exported.streaming_content) if exported.streaming else exported.content
    assert "Demorou muito" in body.decode() and "Rápida a vacina" not in body.decode()


def test_feedback_and_ratings_filter_by_page_and_service(client, complaint, pruning, catalog):
    other = PageFeedback.objects.create(page=catalog, useful=False, comment="Sobre o catálogo")
    ServiceRating.objects.create(service=pruning, score=3, dimension=RatingDimension.COST)
    client.force_login(factories.make_staff("chefe", superuser=True))
    index = reverse("participation_page_feedback:index")
    html = client.get(index, {"page": pruning.pk}).content.decode()
    assert "O telefone da página não atende mais." in html and other.comment not in html
    assert client.get(index, {"page": "999999"}).status_code == 200
    ratings = reverse("participation_service_rating:index")
    assert client.get(ratings, {"service": pruning.pk, "score": "3"}).status_code == 200
    assert client.get(ratings, {"score": "nove"}).status_code == 200
