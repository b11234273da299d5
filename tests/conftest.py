"""Fixtures shared by the whole suite."""

import pytest
from django.core.cache import cache

from tests import factories


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
