"""Relevance of the search: hit@3 of the fixed query set (search/relevance.py) per engine.

    .venv/bin/python bench/relevance.py [--no-sqlite] [--no-postgres] [--verbose]

Loads the demo catalog into a throwaway SQLite file and a throwaway PostgreSQL database and
asks each engine available (the database engine on each database; Elasticsearch too when
ELASTICSEARCH_URL is set) every query of the set. Prints hit@3 per engine and, with --verbose or
for the misses, the top 3 of each query. Writes bench/results/relevance.json.
"""

import argparse
import datetime
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402


def evaluate_engines():
    """Runs inside Django: evaluate every engine available on the loaded demo."""
    from django.db import connection

    from search import engines
    from search.relevance import evaluate, hit_at_3

    available = [(f"database ({connection.vendor})", engines.database_engine())]
    if engines.elasticsearch_configured():
        available.append(("elasticsearch", engines.elasticsearch_engine()))
    results = {}
    for name, engine in available:
        rows = evaluate(engine)
        results[name] = {
            "hit_at_3": hit_at_3(rows),
            "queries": [
                {"query": query, "expected": expected, "top3": top, "found": found}
                for query, expected, top, found in rows
            ],
        }
    common.emit_result(results)


SCRIPT = """
import django
django.setup()
from bench.relevance import evaluate_engines
evaluate_engines()
"""


def run_on(database_url, extra):
    env = common.django_env(database_url, **extra)
    common.manage(["migrate", "--no-input"], env)
    common.manage(["load_demo", "--quiet"], env)
    return common.read_result(common.run_django(["-c", SCRIPT], env, "the relevance set"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-sqlite", action="store_true", help="skip SQLite")
    parser.add_argument("--no-postgres", action="store_true", help="skip PostgreSQL")
    parser.add_argument("--verbose", action="store_true", help="print every query's top 3")
    args = parser.parse_args(argv)
    common.exit_on_sigterm()
    started = datetime.datetime.now(datetime.UTC)
    extra = {}
    if os.environ.get("ELASTICSEARCH_URL"):
        extra["ELASTICSEARCH_URL"] = os.environ["ELASTICSEARCH_URL"]
        extra["ELASTICSEARCH_SEARCH_INDEX"] = f"praca-relevance-{os.getpid()}"
    results = {}
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as folder:
            print("· SQLite: migrating, loading the demo, searching", flush=True)
            results.update(run_on(f"sqlite:///{folder}/relevance.sqlite3", extra))
    if not args.no_postgres:
        with common.throwaway_database(f"praca_bench_relevance_{os.getpid()}") as url:
            print("· PostgreSQL: migrating, loading the demo, searching", flush=True)
            results.update(run_on(url, extra))
    rows = []
    for name, result in results.items():
        for item in result["queries"]:
            if args.verbose or not item["found"]:
                mark = "ok" if item["found"] else "MISS"
                print(
                    f"{name:24} {mark:4} {item['query']!r} -> {item['expected']}: "
                    f"{', '.join(item['top3']) or '(nothing)'}"
                )
        found = sum(item["found"] for item in result["queries"])
        rows.append([name, f"{found}/{len(result['queries'])}", f"{result['hit_at_3']:.1%}"])
    print()
    print(common.table(["engine", "found", "hit@3"], rows))
    path = common.write_json(
        "relevance.json",
        {"benchmark": "relevance", "date": started.isoformat(timespec="seconds"), **results},
    )
    print(f"Written to {path.relative_to(common.PROJECT_DIR)}")


if __name__ == "__main__":
    common.run_main(main)
