"""Fixtures shared by the whole suite."""

import pytest
from django.core.cache import cache

from tests import factories


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's language: a request with Accept-Language: en leaves
    English active in the thread (LocaleMiddleware does not switch it back)."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache, so cached navigation never leaks between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_tree(db):
    """(home, catalog index) as the default site."""
    return factories.make_site()


@pytest.fixture
def home(site_tree):
    return site_tree[0]


@pytest.fixture
def catalog(site_tree):
    return site_tree[1]


@pytest.fixture
def freezer_at():
    """Call with an aware datetime to stop the clock there (again to move it)."""
    import time_machine

    travellers = []

    def freeze(moment):
        if travellers:
            travellers.pop().stop()
        traveller = time_machine.travel(moment, tick=False)
        traveller.start()
        travellers.append(traveller)

    yield freeze
    for traveller in travellers:
        traveller.stop()
