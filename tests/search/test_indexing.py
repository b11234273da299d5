"""The search follows the pages: publish, unpublish, restrict, move, delete, rename a category."""

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from search.engines.base import SearchRequest
from search.engines.database import DatabaseEngine
from search.models import SearchDocument
from tests import factories

pytestmark = pytest.mark.django_db


def found(query):
    return [hit.title for hit in DatabaseEngine().search(SearchRequest(query=query)).hits]


def test_publishing_a_service_makes_it_searchable(catalog, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        factories.make_service(catalog, title="Adotar um animal do canil municipal")
    assert found("animais do canil") == ["Adotar um animal do canil municipal"]


def test_unpublishing_removes_it(search_catalog, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        search_catalog["pothole"].unpublish()
    assert found("buraco") == []


def test_a_new_revision_is_searched_by_its_new_words(
    search_catalog, django_capture_on_commit_callbacks
):
    service = search_catalog["pothole"]
    service.other_names = "panela na pista"
    with django_capture_on_commit_callbacks(execute=True):
        service.save_revision().publish()
    assert found("panela na pista") == ["Solicitar reparo de buraco na rua"]


def test_deleting_a_page_removes_it(search_catalog, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        search_catalog["lamp"].delete()
    assert found("iluminacao") == []
    assert SearchDocument.objects.count() == 5


def test_pages_behind_a_view_restriction_are_not_searchable(
    search_catalog, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=search_catalog["licence"], restriction_type="login")
    assert "Solicitar licença ambiental" not in found("licenca ambiental")
    call_command("search_reindex", quiet=True)
    assert "Solicitar licença ambiental" not in found("licenca ambiental")


def test_moving_a_page_updates_its_address(
    search_catalog, home, django_capture_on_commit_callbacks
):
    from portal.models import StandardPage

    section = StandardPage(title="Institucional", slug="institucional")
    home.add_child(instance=section)
    section.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        search_catalog["about"].move(section, pos="last-child")
    hit = DatabaseEngine().search(SearchRequest(query="sobre prefeitura")).hits[0]
    assert hit.url == "/institucional/sobre/"


def test_renaming_a_category_updates_the_results(
    search_catalog, django_capture_on_commit_callbacks
):
    category = search_catalog["pothole"].category
    category.name = "Zeladoria urbana"
    with django_capture_on_commit_callbacks(execute=True):
        category.save()
    response = DatabaseEngine().search(SearchRequest(query="buraco"))
    assert response.hits[0].category_name == "Zeladoria urbana"


def test_reindex_command_rebuilds_everything_with_a_progress_line(search_catalog, capsys):
    SearchDocument.objects.all().delete()
    assert found("buraco") == []
    call_command("search_reindex")
    output = capsys.readouterr().out
    assert "6/6 pages" in output and "documents in database" in output
    assert found("buraco") == ["Solicitar reparo de buraco na rua"]


def test_public_consultations_are_searchable_as_their_own_content_type(
    search_catalog, home, django_capture_on_commit_callbacks
):
    from tests.consultations.conftest import make_consultation, make_index

    department = search_catalog["pothole"].department
    with django_capture_on_commit_callbacks(execute=True):
        consultation = make_consultation(
            make_index(home),
            title="Reforma da Praça Central",
            summary="Diga como a praça deve ficar depois da reforma.",
            department=department,
        )
    response = DatabaseEngine().search(SearchRequest(query="reforma da praca"))
    assert [hit.title for hit in response.hits] == ["Reforma da Praça Central"]
    assert response.hits[0].kind == "consultation"
    assert response.hits[0].url == consultation.url
    kinds = {option["value"]: option["count"] for option in response.facets["kind"]}
    assert kinds == {"consultation": 1}
    departments = {option["value"] for option in response.facets["department"]}
    assert departments == {department.slug}


def test_a_search_while_the_documents_are_rebuilt_still_finds_results(search_catalog):
    from search.indexing import rebuild_documents

    meanwhile = []

    def search_meanwhile():
        if not meanwhile:
            meanwhile.append(found("buraco"))

    rebuild_documents(progress=search_meanwhile)
    assert meanwhile == [["Solicitar reparo de buraco na rua"]]


def test_a_search_between_reindex_steps_still_finds_results(search_catalog, monkeypatch):
    """After the documents are rewritten and before the database index is rebuilt."""
    rebuild = DatabaseEngine.rebuild
    meanwhile = []

    def rebuild_after_a_search(self, documents, total, progress=None):
        meanwhile.append(found("buraco"))
        return rebuild(self, documents, total, progress)

    monkeypatch.setattr(DatabaseEngine, "rebuild", rebuild_after_a_search)
    call_command("search_reindex", quiet=True)
    assert meanwhile == [["Solicitar reparo de buraco na rua"]]
    assert found("buraco") == ["Solicitar reparo de buraco na rua"]


def test_reindex_keeps_documents_in_place_and_drops_pages_no_longer_searchable(search_catalog):
    before = dict(SearchDocument.objects.values_list("page_id", "pk"))
    pothole = search_catalog["pothole"]
    PageViewRestriction.objects.create(page=pothole, restriction_type="login")
    SearchDocument.objects.filter(page=search_catalog["lamp"]).update(title="Velho título")
    call_command("search_reindex", quiet=True)
    after = dict(SearchDocument.objects.values_list("page_id", "pk"))
    assert pothole.pk not in after
    assert after == {page: pk for page, pk in before.items() if page != pothole.pk}
    assert SearchDocument.objects.get(page=search_catalog["lamp"]).title == (
        "Solicitar conserto da iluminação pública"
    )
    assert found("buraco") == []


def test_a_sync_that_cannot_reach_elasticsearch_fails_the_task_after_updating_the_database(
    search_catalog, closed_port_url
):
    from django.test import override_settings

    from search.tasks import sync_search_documents

    pothole = search_catalog["pothole"]
    pothole.unpublish()
    with override_settings(ELASTICSEARCH_URL=closed_port_url):
        result = sync_search_documents.enqueue([pothole.pk])
    assert result.status == "FAILED"  # recorded by the worker, which can run it again
    assert not SearchDocument.objects.filter(page=pothole).exists()
    assert found("buraco") == []


def test_saving_a_document_writes_to_wagtails_index_once(search_catalog, monkeypatch):
    """`search_auto_update = False`: Wagtail's signal handlers leave SearchDocument alone and
    `search.indexing` indexes it explicitly, once."""
    import modelsearch.signal_handlers

    from search.engines.database import database_backend
    from search.indexing import sync_pages

    writes = []
    backend = type(database_backend())

    class SignalTask:
        def enqueue(self, *args):
            writes.append(("signal", args))

    monkeypatch.setattr(modelsearch.signal_handlers, "insert_or_update_object_task", SignalTask())
    monkeypatch.setattr(backend, "add", lambda self, obj: writes.append(("add", obj.pk)))
    monkeypatch.setattr(
        backend,
        "add_bulk",
        lambda self, model, objs: writes.append(("add_bulk", [obj.pk for obj in objs])),
    )
    document = SearchDocument.objects.get(page=search_catalog["pothole"])
    sync_pages([search_catalog["pothole"].pk])
    assert writes == [("add_bulk", [document.pk])]
