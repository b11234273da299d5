"""The anonymous query log and the "what citizens cannot find" reports in the admin."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Permission

from search.models import SearchLogEntry
from tests import factories

pytestmark = pytest.mark.django_db


def click_links(html):
    return re.findall(r'class="service-card__title"><a href="(/busca/ir/[^"]+)"', html)


def test_each_search_is_logged_with_its_result_count_and_no_personal_data(client, search_catalog):
    client.get(
        "/busca/",
        {"q": "  IPTU  maria@example.org 123.456.789-09 "},
        REMOTE_ADDR="203.0.113.9",
        HTTP_USER_AGENT="Navegador/1.0",
    )
    entry = SearchLogEntry.objects.get()
    assert entry.query == "iptu [email] [número]"
    assert entry.result_count == 2
    assert entry.engine == "database"
    stored = " ".join(str(value) for value in SearchLogEntry.objects.values().get().values())
    assert "203.0.113.9" not in stored and "maria" not in stored and "Navegador" not in stored


def test_turning_pages_is_not_logged_as_a_new_search(client, search_catalog):
    client.get("/busca/", {"q": "solicitar"})
    client.get("/busca/", {"q": "solicitar", "page": "2"})
    assert SearchLogEntry.objects.count() == 1


def test_opening_a_result_records_the_click_and_goes_to_the_page(client, search_catalog):
    html = client.get("/busca/", {"q": "buraco"}).content.decode()
    response = client.get(click_links(html)[0])
    assert response.status_code == 302
    assert response["Location"] == "/servicos/tapa-buraco/"
    entry = SearchLogEntry.objects.get()
    assert entry.clicked_page_id == search_catalog["pothole"].pk
    assert entry.clicked_position == 1


def test_only_the_first_click_of_a_search_counts(client, search_catalog):
    html = client.get("/busca/", {"q": "solicitar"}).content.decode()
    first, second = click_links(html)[:2]
    client.get(second)
    client.get(first)
    assert SearchLogEntry.objects.get().clicked_position == 2


def test_a_forged_click_link_goes_back_to_the_search_page(client, search_catalog):
    html = client.get("/busca/", {"q": "buraco"}).content.decode()
    link = click_links(html)[0]
    response = client.get(link[:-3] + "xx/")
    assert response["Location"] == "/busca/"
    assert SearchLogEntry.objects.get().clicked_page is None


def test_a_click_on_a_page_since_unpublished_goes_back_to_the_search(client, search_catalog):
    html = client.get("/busca/", {"q": "buraco"}).content.decode()
    search_catalog["pothole"].unpublish()
    from search.indexing import sync_pages

    sync_pages([search_catalog["pothole"].pk])
    assert client.get(click_links(html)[0])["Location"] == "/busca/"


@pytest.fixture
def log(search_catalog, client):
    for query in ["iptu", "iptu", "iptu", "passaporte", "passaporte", "solicitar"]:
        client.get("/busca/", {"q": query})
    html = client.get("/busca/", {"q": "iptu"}).content.decode()
    client.get(click_links(html)[0])


def test_report_of_queries_with_no_results_lists_what_citizens_cannot_find(admin_client, log):
    html = admin_client.get("/admin/relatorios/busca/sem-resultado/").content.decode()
    assert "passaporte" in html
    assert "solicitar" not in html


def test_report_of_queries_with_no_click(admin_client, log):
    html = admin_client.get("/admin/relatorios/busca/sem-clique/").content.decode()
    assert "solicitar" in html
    assert "passaporte" not in html  # it had no results: the other report lists it


def test_top_queries_report_exports_csv(admin_client, log):
    response = admin_client.get("/admin/relatorios/busca/", {"export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode()
    # Columns: query, searches, average results, searches with a click, last searched.
    header, top, second = list(csv.reader(io.StringIO(content)))[:3]
    assert len(header) == 5
    assert (top[0], top[1], float(top[2]), top[3]) == ("iptu", "4", 2.0, "1")
    assert (second[0], second[1], second[3]) == ("passaporte", "2", "0")


def test_reports_can_be_limited_to_a_period(admin_client, log):
    SearchLogEntry.objects.filter(query="passaporte").update(searched_at="2020-01-01T00:00:00Z")
    html = admin_client.get("/admin/relatorios/busca/sem-resultado/", {"period": "30"}).content
    assert b"passaporte" not in html


def test_reports_need_the_view_permission(client, log):
    editor = factories.make_staff("editora")
    client.force_login(editor)
    assert client.get("/admin/relatorios/busca/").status_code in (302, 403)
    editor.user_permissions.add(Permission.objects.get(codename="view_searchlogentry"))
    assert client.get("/admin/relatorios/busca/").status_code == 200


def test_empty_results_suggest_the_services_citizens_open_most(client, search_catalog):
    for _ in range(2):
        html = client.get("/busca/", {"q": "iluminacao"}).content.decode()
        client.get(click_links(html)[0])
    html = client.get("/busca/", {"q": "passaporte"}).content.decode()
    suggested = html.split('class="plain-list search-suggested"', 1)[1].split("</ul>", 1)[0]
    assert re.findall(r'href="([^"]+)"', suggested)[0] == "/servicos/iluminacao-publica/"


def test_a_click_on_a_later_page_counts_for_the_same_search(client, search_catalog, settings):
    settings.PRACA_SEARCH = {"PAGE_SIZE": 2}
    html = client.get("/busca/", {"q": "solicitar"}).content.decode()
    next_page = re.search(r'href="\?([^"]+)" rel="next"', html).group(1).replace("&amp;", "&")
    html = client.get("/busca/?" + next_page).content.decode()
    client.get(click_links(html)[0])
    entry = SearchLogEntry.objects.get()
    assert entry.clicked_position == 3


def test_old_searches_are_purged_after_the_retention_period(client, search_catalog):
    from django.core.management import CommandError, call_command

    client.get("/busca/", {"q": "iptu"})
    client.get("/busca/", {"q": "buraco"})
    SearchLogEntry.objects.filter(query="iptu").update(searched_at="2020-01-01T00:00:00Z")
    call_command("search_purge_log", days=30)
    assert list(SearchLogEntry.objects.values_list("query", flat=True)) == ["buraco"]
    with pytest.raises(CommandError):
        call_command("search_purge_log", days=0)


@pytest.fixture
def log_limit_of_two(settings):
    settings.PRACA_SEARCH = {"LOG_RATE_LIMIT": (2, 600)}


def test_a_client_over_the_log_limit_still_searches_but_is_not_logged(
    client, search_catalog, log_limit_of_two
):
    for _ in range(3):
        response = client.get("/busca/", {"q": "buraco"}, REMOTE_ADDR="203.0.113.9")
        assert response.status_code == 200
        assert "Solicitar reparo de buraco na rua" in response.content.decode()
    assert SearchLogEntry.objects.count() == 2
    client.get("/busca/", {"q": "buraco"}, REMOTE_ADDR="198.51.100.7")
    assert SearchLogEntry.objects.count() == 3


def test_clicks_of_a_client_over_the_log_limit_are_not_counted(
    client, search_catalog, log_limit_of_two
):
    html = client.get("/busca/", {"q": "iluminacao"}, REMOTE_ADDR="203.0.113.9").content.decode()
    client.get("/busca/", {"q": "buraco"}, REMOTE_ADDR="203.0.113.9")  # the limit is reached
    response = client.get(click_links(html)[0], REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 302  # the citizen still gets to the page
    assert not SearchLogEntry.objects.filter(clicked_page__isnull=False).exists()
    html = client.get("/busca/", {"q": "passaporte"}, REMOTE_ADDR="198.51.100.7").content.decode()
    suggested = html.split('class="plain-list search-suggested"', 1)[1].split("</ul>", 1)[0]
    # Not the opened service first: the home page's featured services, then by name.
    assert re.findall(r'href="([^"]+)"', suggested)[0] != "/servicos/iluminacao-publica/"
