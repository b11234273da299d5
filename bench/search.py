"""Latency of search and autocomplete on a 10,000-service catalog, as ratios to a plain lookup.

    .venv/bin/python bench/search.py [--services 10000] [--repeat 5] [--keep-db]

Creates a throwaway PostgreSQL database, migrates it, loads the demo and adds `--services`
services made from the demo's 49 (same words, numbered titles), then reindexes. In one Django
process it times, for each engine available (the database engine always; Elasticsearch when
ELASTICSEARCH_URL is set): the search of every query of the relevance set (search/relevance.py),
a search with filters and no words (a category, on-line every other time), the whole search
page for the same queries (Django test client: form, engine, log, template), autocomplete of
their first letters, and a plain indexed lookup of a document by its title (the baseline),
interleaved so that a machine getting slower affects all alike. Prints median and p95 of each
and their ratios to the baseline's, writes bench/results/search.json, drops the database. See
docs/search.md.
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402


def build_and_measure(services, repeat):
    """Runs inside Django (bench.settings): add the services, reindex, time every operation."""
    import random
    import statistics
    import time

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.rich_text import RichText

    from praca.models import Department
    from praca_demo.demo.data import SERVICES
    from search import engines
    from search.engines.base import SearchRequest
    from search.models import SearchDocument
    from search.relevance import RELEVANCE_QUERIES
    from service_catalog.models import Category, ServiceIndexPage, ServicePage

    index = ServiceIndexPage.objects.live().first()
    categories = {category.slug: category for category in Category.objects.all()}
    departments = list(Department.objects.all())
    started = time.perf_counter()
    for number in range(services):
        template = SERVICES[number % len(SERVICES)]
        page = ServicePage(
            title=f"{template['title']} ({number + 1})",
            slug=f"{template['slug']}-{number + 1}",
            summary=template["summary"],
            other_names=template.get("other_names", ""),
            description=template.get("description", "<p>Serviço.</p>"),
            steps=[("step", {"title": "Solicite", "description": RichText("")})],
            max_delivery_time=5,
            category=categories.get(template["category"]),
            department=departments[number % len(departments)],
            live=True,
        )
        index.add_child(instance=page)
    build_seconds = time.perf_counter() - started
    started = time.perf_counter()
    call_command("search_reindex", quiet=True)
    reindex_seconds = time.perf_counter() - started

    queries = [query for query, _expected in RELEVANCE_QUERIES]
    prefixes = [query[: max(3, len(query) // 2)] for query in queries]
    titles = list(SearchDocument.objects.values_list("title", flat=True)[:500])
    category_slugs = sorted(categories)
    rng = random.Random(6)
    client = Client(HTTP_HOST="localhost")

    available = [("database", engines.database_engine())]
    if engines.elasticsearch_configured():
        available.append(("elasticsearch", engines.elasticsearch_engine()))

    def timed(function, argument):
        start = time.perf_counter()
        function(argument)
        return time.perf_counter() - start

    def baseline(title):
        SearchDocument.objects.filter(kind="service", title=title).first()

    timings = {"baseline": []}
    query_counts = {}
    for name, engine in available:
        timings[f"{name}: search"] = []
        timings[f"{name}: autocomplete"] = []
        timings[f"{name}: filters only"] = []
        engine.search(SearchRequest(query="iptu"))  # warm caches
    timings["search page"] = []
    client.get("/busca/", {"q": "iptu"})
    with CaptureQueriesContext(connection) as captured:
        client.get("/busca/", {"q": "segunda via iptu"})
    query_counts["search page"] = len(captured)

    for _round in range(repeat):
        order = list(range(len(queries)))
        rng.shuffle(order)
        for position in order:
            timings["baseline"].append(timed(baseline, rng.choice(titles)))
            for name, engine in available:
                timings[f"{name}: search"].append(
                    timed(engine.search, SearchRequest(query=queries[position]))
                )
                timings[f"{name}: autocomplete"].append(
                    timed(
                        lambda text, engine=engine: engine.autocomplete(text, 8), prefixes[position]
                    )
                )
            # Filters without words: a category, on-line every other time, a page of 10.
            for name, engine in available:
                request = SearchRequest(
                    categories=(category_slugs[position % len(category_slugs)],),
                    online=position % 2 == 0,
                )
                timings[f"{name}: filters only"].append(timed(engine.search, request))
            timings["search page"].append(
                timed(lambda text: client.get("/busca/", {"q": text}), queries[position])
            )

    def summary(values):
        values = sorted(values)
        p95 = values[min(len(values) - 1, int(0.95 * len(values)))]
        return {
            "n": len(values),
            "median_ms": statistics.median(values) * 1000,
            "p95_ms": p95 * 1000,
        }

    common.emit_result(
        {
            "services": ServicePage.objects.live().count(),
            "documents": SearchDocument.objects.count(),
            "build_seconds": round(build_seconds, 1),
            "reindex_seconds": round(reindex_seconds, 1),
            "engines": [name for name, _engine in available],
            "query_counts": query_counts,
            "timings": {name: summary(values) for name, values in timings.items()},
        }
    )


SETUP_SCRIPT = """
import django
django.setup()
from bench.search import build_and_measure
build_and_measure({services}, {repeat})
"""


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--services", type=int, default=10_000, help="services added (10000)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds over the query set (5)")
    parser.add_argument("--keep-db", action="store_true", help="keep the database")
    args = parser.parse_args(argv)
    if args.services < 0 or args.repeat < 1:
        parser.error("--services cannot be negative and --repeat must be positive")
    return args


def report(result):
    timings = result["timings"]
    base = timings["baseline"]
    rows = []
    for name, figures in timings.items():
        rows.append(
            [
                name,
                figures["n"],
                f"{figures['median_ms']:.2f}",
                f"{figures['p95_ms']:.2f}",
                f"{figures['median_ms'] / base['median_ms']:.1f}",
                f"{figures['p95_ms'] / base['p95_ms']:.1f}",
            ]
        )
    print()
    print(
        f"{result['services']} live services, {result['documents']} search documents "
        f"(built in {result['build_seconds']} s, reindexed in {result['reindex_seconds']} s)"
    )
    print(
        common.table(
            ["operation", "n", "median ms", "p95 ms", "median ×", "p95 ×"],
            rows,
        )
    )
    print("× = ratio to the baseline (a plain indexed lookup of a document by title).")
    print(f"Search page queries (warm cache): {result['query_counts']['search page']}")


def main(argv=None):
    args = parse_args(argv)
    common.exit_on_sigterm()
    benchmark = common.Benchmark("search")
    extra = {}
    if os.environ.get("ELASTICSEARCH_URL"):
        extra["ELASTICSEARCH_URL"] = os.environ["ELASTICSEARCH_URL"]
        extra["ELASTICSEARCH_SEARCH_INDEX"] = f"praca-bench-{os.getpid()}"
    with common.demo_database("praca_bench_search", keep=args.keep_db, **extra) as (_, env):
        common.step(f"adding {args.services} services, reindexing, measuring")
        output = common.run_django(
            ["-c", SETUP_SCRIPT.format(services=args.services, repeat=args.repeat)],
            env,
            "the search benchmark",
        )
        result = common.read_result(output)
    report(result)
    benchmark.save(
        "search.json", {"settings": {"services": args.services, "repeat": args.repeat}, **result}
    )


if __name__ == "__main__":
    common.run_main(main)
