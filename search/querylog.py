"""The anonymous query log: what citizens searched for, how many results they got and which
result (if any) they opened. No user, IP address or session is stored, and e-mail addresses and
long numbers typed into the box are masked before saving.
"""

from django.core import signing
from django.utils import timezone

from .conf import search_settings
from .models import SearchLogEntry
from .text import normalise_for_log

CLICK_SALT = "praca.search.click"


def record_search(query, result_count, engine, filtered):
    query = normalise_for_log(query, search_settings.MAX_QUERY_LENGTH)
    if not query:
        return None
    return SearchLogEntry.objects.create(
        query=query,
        result_count=result_count,
        engine=engine,
        filtered=filtered,
        searched_at=timezone.now(),
    )


def search_token(entry_id):
    """Carried by the pagination links, so clicks on later pages count for the same search."""
    return signing.dumps(entry_id, salt=CLICK_SALT)


def read_search_token(token):
    try:
        return int(signing.loads(token, salt=CLICK_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def click_token(entry_id, page_id, position):
    return signing.dumps([entry_id, page_id, position], salt=CLICK_SALT, compress=True)


def read_click_token(token):
    """(entry id, page id, position), or None for a forged or damaged token."""
    try:
        entry_id, page_id, position = signing.loads(token, salt=CLICK_SALT)
        return int(entry_id), int(page_id), int(position)
    except (signing.BadSignature, TypeError, ValueError):
        return None


def record_click(entry_id, page_id, position):
    """Remember the first result opened after a search."""
    SearchLogEntry.objects.filter(pk=entry_id, clicked_page__isnull=True).update(
        clicked_page_id=page_id,
        clicked_position=min(position, 32767),
        clicked_at=timezone.now(),
    )
