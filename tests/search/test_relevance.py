"""Relevance on the demo catalog: the fixed query set (search/relevance.py), hit@3.

The database engine must reach 90% on PostgreSQL and 75% on SQLite; `bench/relevance.py`
prints the per-query table.
"""

import pytest
from django.core.management import call_command
from django.db import connection

from search.engines.database import DatabaseEngine
from search.relevance import RELEVANCE_QUERIES, evaluate, hit_at_3

pytestmark = pytest.mark.django_db


def test_the_relevance_set_is_large_enough_and_targets_demo_services():
    from praca_demo.demo.data import SERVICES

    slugs = {service["slug"] for service in SERVICES}
    assert len(RELEVANCE_QUERIES) >= 30
    assert {expected for _query, expected in RELEVANCE_QUERIES} <= slugs


def test_database_engine_finds_the_expected_service_in_the_top_3():
    call_command("load_demo", quiet=True)
    rows = evaluate(DatabaseEngine())
    misses = [(query, expected, top) for query, expected, top, found in rows if not found]
    required = 0.90 if connection.vendor == "postgresql" else 0.75
    assert hit_at_3(rows) >= required, misses
