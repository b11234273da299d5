"""What editors manage without code: synonyms (a snippet) and promoted results."""

import pytest

from search.engines.base import SearchRequest
from search.engines.database import DatabaseEngine
from search.models import Synonym

pytestmark = pytest.mark.django_db


def first_title(query):
    hits = DatabaseEngine().search(SearchRequest(query=query)).hits
    return hits[0].title if hits else None


def test_editor_adds_a_synonym_in_the_admin_and_the_next_search_uses_it(
    admin_client, search_catalog
):
    assert first_title("panela na pista") is None
    response = admin_client.post(
        "/admin/snippets/praca_search/synonym/add/", {"terms": "buraco, panela na pista"}
    )
    assert response.status_code == 302
    assert first_title("panela na pista") == "Solicitar reparo de buraco na rua"


def test_editing_a_synonym_takes_effect_at_once(admin_client, search_catalog):
    synonym = Synonym.objects.create(terms="buraco, panela")
    assert first_title("panela") == "Solicitar reparo de buraco na rua"
    admin_client.post(
        f"/admin/snippets/praca_search/synonym/edit/{synonym.pk}/", {"terms": "poste, panela"}
    )
    assert first_title("panela") == "Solicitar conserto da iluminação pública"


def test_synonym_list_is_in_the_admin(admin_client, search_catalog):
    Synonym.objects.create(terms="UBS, posto de saúde")
    response = admin_client.get("/admin/snippets/praca_search/synonym/")
    assert response.status_code == 200
    assert "UBS, posto de saúde" in response.content.decode()
