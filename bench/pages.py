"""Throughput of the portal's public pages, as a ratio to a bare Django view.

    .venv/bin/python bench/pages.py [--requests 2000] [--services 200] [--keep-db]

Creates a throwaway PostgreSQL database, migrates it, loads the demo (when `load_demo` exists)
and adds `--services` services, then serves the project with gunicorn (2 sync workers, persistent
database connections, no page cache) and loads, in this order: the bare view, the home page, the
catalog listing, one service page and the bare view again. Each page's requests per second are
divided by the mean of the two bare runs. Prints a table, writes bench/results/pages.json, and
drops the database. See docs/benchmarks.md.
"""

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402

BARE_PATH = "/bench/bare/"
PAGES = ["home", "catalog", "service"]
TARGET_RATIO = 0.07
DEMO_COMMAND = common.PROJECT_DIR / "portal" / "management" / "commands" / "load_demo.py"

CATEGORIES = [
    "Tributos",
    "Saúde",
    "Educação",
    "Assistência social",
    "Obras e urbanismo",
    "Meio ambiente",
    "Transporte e trânsito",
    "Cultura e lazer",
    "Empresas e empreendedores",
    "Documentos e certidões",
]
DEPARTMENTS = [
    ("Secretaria Municipal da Fazenda", "SMF"),
    ("Secretaria Municipal de Saúde", "SMS"),
    ("Secretaria Municipal de Educação", "SME"),
    ("Secretaria Municipal de Assistência Social", "SMAS"),
    ("Secretaria Municipal de Obras", "SMO"),
    ("Secretaria Municipal de Meio Ambiente", "SMMA"),
]
AUDIENCES = ["Cidadãos", "Empresas", "Órgãos públicos"]
FEATURED = 6


def build_catalog(extra_services):
    """Runs inside Django (bench.settings): complete the site and add `extra_services` services.

    On a fresh tree (no demo) it builds the site with tests.factories: ten categories, six
    departments, a fully filled-in reference service, featured services and contact settings.
    After `load_demo` it adds the services under the demo's catalog, spread over its categories.
    Then it checks each benchmarked URL once and counts its queries with a warm cache.
    """
    from decimal import Decimal

    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Site

    from portal.models import HomePageFeaturedService
    from praca.models import ContactSettings, Department
    from service_catalog.models import (
        Audience,
        Category,
        ChannelKind,
        Location,
        ServiceIndexPage,
        ServicePage,
    )
    from tests import factories

    index = ServiceIndexPage.objects.live().first()
    built_site = index is None
    if built_site:
        home, index = factories.make_site()
        categories = [
            factories.make_category(name, sort_order=number)
            for number, name in enumerate(CATEGORIES)
        ]
        departments = [factories.make_department(name, acronym=acr) for name, acr in DEPARTMENTS]
        audiences = [factories.make_audience(name) for name in AUDIENCES]
        location = factories.make_location()
        ContactSettings.objects.update_or_create(
            site=Site.objects.get(is_default_site=True),
            defaults={
                "phone": "(11) 3333-0000",
                "whatsapp": "5511999990000",
                "email": "atendimento@example.org",
                "address": "Praça da Matriz, 1 - Centro",
                "opening_hours": "Segunda a sexta, das 8h às 17h",
                "ombudsman_phone": "0800 000 0000",
                "ombudsman_email": "ouvidoria@example.org",
            },
        )
        factories.make_service(
            index,
            title="Emitir a segunda via do IPTU",
            slug="segunda-via-iptu",
            category=categories[0],
            department=departments[0],
            audiences=audiences[:2],
            other_names="boleto, 2ª via, imposto predial",
            is_free=False,
            cost_amount=Decimal("4.50"),
            waiting_time_minutes=20,
            channels=[
                {"kind": ChannelKind.ONLINE, "label": "Portal", "url": "https://example.org/"},
                {"kind": ChannelKind.PHONE, "phone": "156"},
                {"kind": ChannelKind.WHATSAPP, "phone": "5511999990000"},
                {"kind": ChannelKind.IN_PERSON, "location": location},
            ],
        )
    else:
        categories = list(Category.objects.all()) or [factories.make_category()]
        departments = list(Department.objects.all()) or [factories.make_department()]
        audiences = list(Audience.objects.all())
        location = Location.objects.first() or factories.make_location()

    for number, category in enumerate(categories):
        count = extra_services // len(categories) + (number < extra_services % len(categories))
        if count:
            department = departments[number % len(departments)]
            factories.make_many_services(index, count, category, department, audiences, location)

    if built_site:
        home.featured_services = [
            HomePageFeaturedService(service=service, sort_order=number)
            for number, service in enumerate(ServicePage.objects.live().order_by("pk")[:FEATURED])
        ]
        home.save_revision().publish()

    service = (
        ServicePage.objects.live()
        .annotate(channel_count=Count("channels"))
        .order_by("-channel_count", "pk")
        .first()
    )
    urls = {"bare": BARE_PATH, "home": "/", "catalog": index.url, "service": service.url}
    client = Client(HTTP_HOST="localhost")
    pages = {}
    for name, url in urls.items():
        client.get(url)  # warm the app's caches, as the warm-up does for gunicorn
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code} in the set-up")
        pages[name] = {"url": url, "queries": len(queries), "bytes": len(response.content)}
    common.emit_result(
        {
            "services": ServicePage.objects.live().count(),
            "categories": Category.objects.count(),
            "service_title": service.title,
            "pages": pages,
        }
    )


SETUP_SCRIPT = """
import django
django.setup()
from bench.pages import build_catalog
build_catalog({services})
"""


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--requests", type=int, default=2000, help="measured requests per URL (2000)"
    )
    parser.add_argument(
        "--services",
        type=int,
        default=200,
        help="services added to the catalog, besides the demo's (200)",
    )
    parser.add_argument(
        "--keep-db", action="store_true", help="keep the database and print its URL"
    )
    parser.add_argument("--warmup", type=int, default=50, help="requests before each run (50)")
    parser.add_argument("--threads", type=int, default=4, help="client threads (4)")
    parser.add_argument(
        "--rounds", type=int, default=1, help="rounds of home, catalog, service, bare (1)"
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument(
        "--no-demo", action="store_true", help="do not run load_demo even if it exists"
    )
    args = parser.parse_args(argv)
    if min(args.requests, args.threads, args.rounds, args.workers) < 1:
        parser.error("--requests, --threads, --rounds and --workers must be positive")
    if min(args.services, args.warmup) < 0:
        parser.error("--services and --warmup cannot be negative")
    return args


def measure(server, pages, args):
    """Warm up and load each URL in turn: bare, then per round home, catalog, service, bare.

    Every page run is thus bracketed by two bare runs; its ratio uses their mean, which evens
    out a machine that gets slower or faster during the benchmark.
    """
    order = ["bare"] + (PAGES + ["bare"]) * args.rounds
    runs = []
    for position, name in enumerate(order):
        url = pages[name]["url"]
        if args.warmup:
            common.load(server, url, args.warmup, threads=args.threads)
        common.step(f"{name:8} {url} × {args.requests}")
        run = common.load(server, url, args.requests, threads=args.threads)
        round_number = max(0, position - 1) // (len(PAGES) + 1) + 1
        runs.append({"name": name, "round": round_number, **run})
    return runs


def _median(values, digits=2):
    values = [value for value in values if value is not None]
    return round(statistics.median(values), digits) if values else None


def _ms(value):
    return "-" if value is None else f"{value:.1f}"


def summarise(runs, catalog):
    """Each page's ratio per round (to the mean of the bare runs around it), then the median."""
    bare_runs = [run for run in runs if run["name"] == "bare"]
    bare_rps = [run["rps"] for run in bare_runs]
    if min(bare_rps) == 0:
        raise common.BenchError(f"the bare view never answered 200: {bare_runs}")
    baseline = statistics.fmean(bare_rps)
    rounds = len(bare_runs) - 1
    bare_cpu = _median([run["server_cpu_ms"] for run in bare_runs], 3)
    pages = []
    for name in PAGES:
        page_runs = [run for run in runs if run["name"] == name]
        ratios = [
            run["rps"] / statistics.fmean([bare_rps[run["round"] - 1], bare_rps[run["round"]]])
            for run in page_runs
        ]
        ratio = statistics.median(ratios)
        cpu = _median([run["server_cpu_ms"] for run in page_runs], 3)
        pages.append(
            {
                "name": name,
                "path": page_runs[0]["path"],
                "rps": _median([run["rps"] for run in page_runs], 1),
                "median_ms": _median([run["median_ms"] for run in page_runs]),
                "p95_ms": _median([run["p95_ms"] for run in page_runs]),
                "queries": catalog["pages"][name]["queries"],
                "bytes": catalog["pages"][name]["bytes"],
                "ratio": round(ratio, 3),
                "ratios_per_round": [round(value, 3) for value in ratios],
                "server_cpu_ms": cpu,
                "cpu_ratio": round(bare_cpu / cpu, 3) if bare_cpu and cpu else None,
                "target": TARGET_RATIO,
                "result": "PASS" if ratio >= TARGET_RATIO else "BELOW",
                "failures": sum(run["failures"] for run in page_runs),
            }
        )
    return {
        "rounds": rounds,
        "baseline_rps": round(baseline, 1),
        "baseline_server_cpu_ms": bare_cpu,
        "bare_spread": round((max(bare_rps) - min(bare_rps)) / baseline, 3),
        "pages": pages,
    }


def _cpu(value):
    return "-" if value is None else f"{value:.2f}"


def report(summary, runs, catalog):
    rows = []
    bare_runs = [run for run in runs if run["name"] == "bare"]
    bare_cpu = summary["baseline_server_cpu_ms"]
    for number, run in enumerate(bare_runs):
        rows.append(
            [
                f"bare view (run {number + 1})",
                run["path"],
                f"{run['rps']:.0f}",
                _ms(run["median_ms"]),
                _ms(run["p95_ms"]),
                catalog["pages"]["bare"]["queries"],
                f"{run['rps'] / summary['baseline_rps']:.3f}×",
                "",
                "baseline",
                _cpu(run["server_cpu_ms"]),
                f"{bare_cpu / run['server_cpu_ms']:.3f}×" if run["server_cpu_ms"] else "-",
            ]
        )
    for page in summary["pages"]:
        rows.append(
            [
                page["name"],
                page["path"],
                f"{page['rps']:.0f}",
                _ms(page["median_ms"]),
                _ms(page["p95_ms"]),
                page["queries"],
                f"{page['ratio']:.3f}×",
                f"≥ {TARGET_RATIO:.2f}×",
                page["result"],
                _cpu(page["server_cpu_ms"]),
                f"{page['cpu_ratio']:.3f}×" if page["cpu_ratio"] else "-",
            ]
        )
    headers = [
        "page",
        "URL",
        "req/s",
        "median ms",
        "p95 ms",
        "queries",
        "ratio",
        "target",
        "",
        "CPU ms/req",
        "CPU ratio",
    ]
    print()
    print(common.table(headers, rows))
    print()
    rounds = summary["rounds"]
    if rounds > 1:
        print(f"Pages: median of {rounds} rounds, each ratio to the two bare runs around it.")
    print(
        f"Baseline: {summary['baseline_rps']:.0f} req/s (mean of the bare runs, which were "
        f"{summary['bare_spread']:.0%} apart). Catalog: {catalog['services']} live services in "
        f"{catalog['categories']} categories; service page: {catalog['service_title']}."
    )
    busiest = max(run["client_cpu_share"] or 0 for run in runs)
    load = summary["load_average"]
    print(
        "Queries: per request, warm cache; no page cache. CPU ms/req: gunicorn workers' CPU time "
        "per request (PostgreSQL's not included), less sensitive to other load than req/s.\n"
        f"The load generator itself used up to {busiest:.0%} of one core. Load average "
        f"{load['start']:.1f} before set-up, {load['end']:.1f} after the runs "
        f"({os.cpu_count()} CPUs)."
    )
    if summary["bare_spread"] > 0.2:
        advice = "Run again, or with --rounds 3." if rounds == 1 else "Compare the CPU ratios."
        print(
            "Warning: the bare runs differ by more than 20%: the machine was busy with something "
            f"else. {advice}"
        )


def main(argv=None):
    args = parse_args(argv)
    common.exit_on_sigterm()
    benchmark = common.Benchmark("pages")
    demo = DEMO_COMMAND.exists() and not args.no_demo
    with common.demo_database("praca_bench", keep=args.keep_db, demo=demo) as (_, env):
        common.step(f"adding {args.services} services")
        output = common.run_django(
            ["-c", SETUP_SCRIPT.format(services=args.services)], env, "building the catalog"
        )
        catalog = common.read_result(output)
        catalog["demo"] = demo
        common.step(
            f"starting gunicorn ({args.workers} sync workers, CONN_MAX_AGE={env['CONN_MAX_AGE']})"
        )
        with common.gunicorn(env, BARE_PATH, workers=args.workers, threads=1) as server:
            runs = measure(server, catalog["pages"], args)
    benchmark.finished()

    summary = summarise(runs, catalog)
    summary["load_average"] = benchmark.load_average()
    report(summary, runs, catalog)
    benchmark.save(
        "pages.json",
        {
            "settings": {
                "requests": args.requests,
                "warmup": args.warmup,
                "client_threads": args.threads,
                "rounds": args.rounds,
                "gunicorn_workers": args.workers,
                "gunicorn_threads": 1,
                "conn_max_age": int(env["CONN_MAX_AGE"]),
                "page_cache": False,
            },
            "catalog": catalog,
            "target_ratio": TARGET_RATIO,
            "runs": runs,
            **summary,
        },
    )

    failed = [run for run in runs if run["failures"]]
    if failed:
        for run in failed:
            print(
                f"FAILED: {run['failures']} of {run['requests']} requests to {run['path']} "
                f"did not answer 200: {'; '.join(run['failure_examples'])}",
                file=sys.stderr,
            )
        return 1
    return 0


if __name__ == "__main__":
    common.run_main(main)
