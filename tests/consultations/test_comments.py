"""Comments and proposals: moderation before or after publication, supports, flags, auto-hide."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from consultations.models.pages import CommentStatus, ConsultationComment
from praca.models import OutgoingEmail
from tests import factories

from .conftest import confirmation_path, make_consultation


def comment_data(**overrides):
    data = {
        "kind": "proposal",
        "body": "Colocar bebedouros perto do parquinho.",
        "author_name": "Joana",
        "author_email": "joana@example.org",
        "privacy_consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def post_comment(client, page, **overrides):
    return client.post(page.url + "comentar/", comment_data(**overrides))


@pytest.fixture
def moderated_before(consultations, parks):
    return make_consultation(consultations, moderation="before", department=parks)


@pytest.fixture
def moderated_after(consultations, parks):
    return make_consultation(consultations, moderation="after", flags_to_hide=2, department=parks)


@pytest.fixture
def verified_comment(consultations):
    """A published comment on a consultation that takes answers by verified email."""
    page = make_consultation(
        consultations,
        participation_mode="verified_email",
        questions=[("Aprova?", "yesno", "", True)],
    )
    return ConsultationComment.objects.create(
        page=page, body="Mais ônibus à noite.", status=CommentStatus.PUBLISHED
    )


def confirm_an_answer(browser, page, email, capture_on_commit_callbacks):
    """Answer `page` as `email` from `browser`, then follow the link emailed to confirm it."""
    with capture_on_commit_callbacks(execute=True):
        browser.post(
            page.url, {"aprova": "yes", "participant_email": email, "participant_consent": "on"}
        )
    browser.post(confirmation_path(mail.outbox[-1].body))


def moderator(parks, username="moderadora"):
    parks.group.permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "view_consultationcomment", "change_consultationcomment"]
        )
    )
    return factories.make_staff(username, groups=[parks.group])


def test_after_moderation_a_comment_is_published_at_once(client, moderated_after):
    response = post_comment(client, moderated_after)

    comment = ConsultationComment.objects.get()
    assert comment.status == CommentStatus.PUBLISHED
    assert response.status_code == 302
    assert response.url.endswith(f"#comment-{comment.pk}")
    assert "Colocar bebedouros" in client.get(moderated_after.url).content.decode()


def test_before_moderation_a_comment_waits_for_a_moderator(client, moderated_before, parks):
    post_comment(client, moderated_before)
    comment = ConsultationComment.objects.get()
    assert comment.status == CommentStatus.PENDING
    assert "Colocar bebedouros" not in client.get(moderated_before.url).content.decode()

    client.force_login(moderator(parks))
    response = client.post(
        reverse("participation_consultation_comments:edit", args=[comment.pk]),
        {"status": "published", "moderation_reason": ""},
    )

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED
    client.logout()
    assert "Colocar bebedouros" in client.get(moderated_before.url).content.decode()
    assert list(OutgoingEmail.objects.values_list("to", flat=True)) == ["joana@example.org"]


def test_hiding_needs_a_reason_which_the_author_is_told(client, moderated_after, parks):
    post_comment(client, moderated_after)
    comment = ConsultationComment.objects.get()
    client.force_login(moderator(parks))
    url = reverse("participation_consultation_comments:edit", args=[comment.pk])

    refused = client.post(url, {"status": "hidden", "moderation_reason": ""})
    assert refused.status_code == 200
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED

    client.post(url, {"status": "hidden", "moderation_reason": "Expõe dados de um vizinho."})
    comment.refresh_from_db()
    assert comment.status == CommentStatus.HIDDEN
    assert "Expõe dados de um vizinho." in OutgoingEmail.objects.latest("pk").body
    client.logout()
    assert "Colocar bebedouros" not in client.get(moderated_after.url).content.decode()

    # And shown again.
    client.force_login(factories.make_staff("chefe", superuser=True))
    client.post(url, {"status": "published", "moderation_reason": "Revisto."})
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED


def test_moderators_see_only_their_departments_comments(
    client, moderated_after, consultations, parks
):
    post_comment(client, moderated_after)
    other = make_consultation(consultations)
    post_comment(client, other, body="Em outra secretaria.")
    foreign = ConsultationComment.objects.get(page=other)

    client.force_login(moderator(parks))
    queue = client.get(reverse("participation_consultation_comments:index"))
    edit = client.get(reverse("participation_consultation_comments:edit", args=[foreign.pk]))

    assert queue.status_code == 200
    assert "Colocar bebedouros" in queue.content.decode()
    assert "Em outra secretaria." not in queue.content.decode()
    assert edit.status_code == 404


def test_a_comment_is_hidden_automatically_after_enough_flags(client, moderated_after):
    post_comment(client, moderated_after)
    comment = ConsultationComment.objects.get()
    flag_url = f"{moderated_after.url}comentarios/{comment.pk}/denunciar/"

    client.post(flag_url, {"reason": "offensive"})
    client.post(flag_url, {"reason": "offensive"})  # the same browser counts once
    comment.refresh_from_db()
    assert (comment.status, comment.flag_count) == (CommentStatus.PUBLISHED, 1)

    other_browser = type(client)()
    other_browser.post(flag_url, {"reason": "spam"})

    comment.refresh_from_db()
    assert comment.status == CommentStatus.HIDDEN
    assert comment.moderated_by is None
    assert OutgoingEmail.objects.get().to == "joana@example.org"
    assert "Colocar bebedouros" not in client.get(moderated_after.url).content.decode()


def test_a_support_counts_once_per_browser_session(client, moderated_after):
    post_comment(client, moderated_after)
    comment = ConsultationComment.objects.get()
    support_url = f"{moderated_after.url}comentarios/{comment.pk}/apoiar/"

    client.post(support_url)
    client.post(support_url)
    type(client)().post(support_url)

    comment.refresh_from_db()
    assert comment.support_count == 2


def test_supporting_a_hidden_or_unknown_comment_is_not_found(client, moderated_after):
    post_comment(client, moderated_after)
    comment = ConsultationComment.objects.get()
    comment.status = CommentStatus.HIDDEN
    comment.save()

    assert client.post(f"{moderated_after.url}comentarios/{comment.pk}/apoiar/").status_code == 404
    assert client.post(f"{moderated_after.url}comentarios/999999/apoiar/").status_code == 404


@override_settings(PRACA_CONSULTATIONS={"CONSULTATION_SUPPORT_RATE_LIMIT": (3, 600)})
def test_a_flood_of_supports_from_one_client_is_rate_limited(client, moderated_after):
    post_comment(client, moderated_after)
    comment = ConsultationComment.objects.get()
    url = f"{moderated_after.url}comentarios/{comment.pk}/apoiar/"

    # A script that drops its cookies gets a new session each time: the IP limit stops it.
    statuses = [type(client)().post(url).status_code for _ in range(5)]

    assert statuses == [302, 302, 302, 429, 429]
    comment.refresh_from_db()
    assert comment.support_count == 3


@override_settings(PRACA_CONSULTATIONS={"CONSULTATION_FLAG_RATE_LIMIT": (1, 600)})
def test_a_flood_of_flags_is_rate_limited(client, moderated_after):
    post_comment(client, moderated_after)
    comment = ConsultationComment.objects.get()
    url = f"{moderated_after.url}comentarios/{comment.pk}/denunciar/"

    assert [type(client)().post(url).status_code for _ in range(2)] == [302, 429]


def test_script_tags_in_comments_are_escaped(client, moderated_after):
    post_comment(
        client, moderated_after, body="<script>alert('x')</script>", author_name="<b>Eu</b>"
    )

    html = client.get(moderated_after.url).content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Eu&lt;/b&gt;" in html


def test_an_empty_comment_is_refused_with_a_message(client, moderated_after):
    response = post_comment(client, moderated_after, body="   ")

    assert response.status_code == 200
    assert "body" in response.context["comment_form"].errors
    assert 'id="comment-errors"' in response.content.decode()
    assert ConsultationComment.objects.count() == 0


def test_a_name_without_consent_is_refused(client, moderated_after):
    response = post_comment(client, moderated_after, privacy_consent=None)

    assert "privacy_consent" in response.context["comment_form"].errors
    assert ConsultationComment.objects.count() == 0


def test_a_filled_honeypot_keeps_no_comment(client, moderated_after):
    response = post_comment(client, moderated_after, website="http://spam.example")

    assert response.status_code == 200
    assert "Não foi possível aceitar este formulário" in response.content.decode()
    assert ConsultationComment.objects.count() == 0


def test_a_double_submitted_comment_is_saved_once(client, moderated_after):
    key = "0b5d6a4e-8a53-4e0a-9c1f-0b8f6a1c9e11"
    post_comment(client, moderated_after, idempotency_key=key)
    post_comment(client, moderated_after, idempotency_key=key)

    assert ConsultationComment.objects.count() == 1


def test_a_closed_consultation_takes_no_comments(client, consultations):
    import datetime

    page = make_consultation(
        consultations,
        opens_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        closes_at=datetime.datetime(2026, 2, 1, tzinfo=datetime.UTC),
    )

    response = post_comment(client, page)

    assert response.status_code == 302
    assert ConsultationComment.objects.count() == 0


def test_a_verified_email_supports_once_whatever_the_browser(
    client, verified_comment, django_capture_on_commit_callbacks
):
    comment = verified_comment
    support_url = f"{comment.page.url}comentarios/{comment.pk}/apoiar/"
    for browser in [type(client)(), type(client)()]:
        confirm_an_answer(
            browser, comment.page, "bia@example.org", django_capture_on_commit_callbacks
        )
        browser.post(support_url)

    comment.refresh_from_db()
    assert comment.support_count == 1


def test_comments_of_a_closed_consultation_can_still_be_reported(client, consultations):
    import datetime

    page = make_consultation(
        consultations,
        opens_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        closes_at=datetime.datetime(2026, 2, 1, tzinfo=datetime.UTC),
    )
    comment = ConsultationComment.objects.create(
        page=page, body="Texto ofensivo.", status=CommentStatus.PUBLISHED
    )
    html = client.get(page.url).content.decode()

    assert 'value="offensive"' in html
    assert f"comentarios/{comment.pk}/apoiar/" not in html
    client.post(f"{page.url}comentarios/{comment.pk}/denunciar/", {"reason": "offensive"})
    comment.refresh_from_db()
    assert comment.flag_count == 1


def test_comments_sent_without_a_form_key_are_each_kept(client, moderated_after):
    post_comment(client, moderated_after, body="Primeiro.")
    post_comment(client, moderated_after, body="Segundo.")

    assert sorted(ConsultationComment.objects.values_list("body", flat=True)) == [
        "Primeiro.",
        "Segundo.",
    ]


def test_the_queue_and_the_dashboard_put_what_waits_first(client, consultations, parks):
    page = make_consultation(consultations, moderation="before", department=parks)
    published = ConsultationComment.objects.create(
        page=page, body="Já publicado.", status=CommentStatus.PUBLISHED
    )
    flagged = ConsultationComment.objects.create(
        page=page, body="Ocultado por denúncias.", status=CommentStatus.HIDDEN
    )
    waiting = ConsultationComment.objects.create(
        page=page, body="Aguardando.", status=CommentStatus.PENDING
    )
    client.force_login(moderator(parks))

    queue = client.get(reverse("participation_consultation_comments:index"))
    dashboard = client.get(reverse("wagtailadmin_home"))

    assert [comment.pk for comment in queue.context["object_list"]] == [
        waiting.pk,
        flagged.pk,
        published.pk,
    ]
    assert 'id="consultation-moderation-title"' in dashboard.content.decode()
    assert "?status=pending" in dashboard.content.decode()


def test_moderation_emails_leave_out_what_the_commenter_wrote(client, moderated_after, parks):
    post_comment(client, moderated_after, body="Compre já em http://golpe.example, promoção!")
    comment = ConsultationComment.objects.get()

    comment.moderate(CommentStatus.HIDDEN, "Propaganda.", moderator(parks))

    email = OutgoingEmail.objects.get()
    assert email.to == "joana@example.org"
    assert "golpe.example" not in email.subject + email.body
    assert "promoção" not in email.body
    assert moderated_after.title in email.subject
    assert "Propaganda." in email.body
    assert moderated_after.url in email.body


def test_an_author_is_told_of_each_decision_at_most_once(client, moderated_before, parks):
    post_comment(client, moderated_before)
    comment = ConsultationComment.objects.get()
    user = moderator(parks)

    comment.moderate(CommentStatus.PUBLISHED, "", user)
    comment.moderate(CommentStatus.HIDDEN, "Fora do tema.", user)
    comment.moderate(CommentStatus.PUBLISHED, "Revisto.", user)
    comment.moderate(CommentStatus.HIDDEN, "Fora do tema.", user)

    assert OutgoingEmail.objects.count() == 2


def test_moderating_keeps_the_supports_and_flags_that_arrived_meanwhile(
    client, moderated_after, parks
):
    post_comment(client, moderated_after)
    loaded_by_the_moderator = ConsultationComment.objects.get()
    ConsultationComment.objects.get().add_support("sessao-1")
    ConsultationComment.objects.get().add_support("sessao-2")
    ConsultationComment.objects.get().add_flag("sessao-3", reason="spam")

    loaded_by_the_moderator.moderate(CommentStatus.HIDDEN, "Fora do tema.", moderator(parks))

    comment = ConsultationComment.objects.get()
    assert comment.status == CommentStatus.HIDDEN
    assert (comment.support_count, comment.flag_count) == (2, 1)


def test_a_browser_supports_once_before_and_after_confirming_an_email(
    client, verified_comment, django_capture_on_commit_callbacks
):
    comment = verified_comment
    support_url = f"{comment.page.url}comentarios/{comment.pk}/apoiar/"
    flag_url = f"{comment.page.url}comentarios/{comment.pk}/denunciar/"
    client.post(support_url)  # by this browser's session
    client.post(flag_url, {"reason": "spam"})
    confirm_an_answer(client, comment.page, "bia@example.org", django_capture_on_commit_callbacks)

    client.post(support_url)  # now known by its email too
    client.post(flag_url, {"reason": "spam"})

    comment.refresh_from_db()
    assert (comment.support_count, comment.flag_count) == (1, 1)
    assert client.get(comment.page.url).context["supported"] == {comment.pk}
