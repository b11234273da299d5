"""Submissions per second through the citizen intake view, as a ratio to a bare inserting view.

    .venv/bin/python bench/intake.py [--requests 2000] [--rounds 1] [--keep-db]

Creates a throwaway PostgreSQL database, migrates it, loads the demo (for its service desk page
at /atendimento/) and creates `bench_row`, the table of the baseline view. Counts the SQL queries
of one submission in-process, then serves the project with gunicorn (2 sync workers, persistent
database connections) and, from 4 client threads, posts: the bare form (`/bench/bare-insert/`:
CSRF check, one raw INSERT, a 302), the real intake form, the bare form again. Each client thread
first GETs the form for its CSRF cookie and token; every POST has a fresh uuid4 idempotency key
and must answer 302 to the receipt. Prints a table, writes bench/results/intake.json and drops the
database. See docs/benchmarks.md.
"""

import argparse
import os
import statistics
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402

BARE_PATH = "/bench/bare-insert/"
TARGET_RATIO = 0.5
MAX_QUERIES = 8  # the limit, per submission without attachments
DESCRIPTION = (
    "Buraco grande na Rua das Acácias, altura do número 250, perto da escola. "
    "Já causou dois acidentes com motos nesta semana."
)


def submission_fields():
    """What a citizen posts: a complaint with name, email and consent, no service, no file."""
    return {
        "kind": "complaint",
        "description": DESCRIPTION,
        "requester_name": "Ana Souza",
        "requester_email": "ana.souza@example.org",
        "privacy_consent": "on",
        "idempotency_key": str(uuid.uuid4()),
    }


def bare_fields():
    return {"description": DESCRIPTION}


def prepare(samples):
    """Runs inside Django: create bench_row, find the desk page, count queries per submission."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from participation.pages import ServiceDeskPage
    from praca.models import OutgoingEmail

    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS bench_row "
            "(id bigserial PRIMARY KEY, body text, created timestamptz DEFAULT now())"
        )
    desk = ServiceDeskPage.objects.live().first()
    if desk is None:
        raise SystemExit("no live ServiceDeskPage: does load_demo create /atendimento/?")
    desk_url = desk.url
    client = Client(HTTP_HOST="localhost")

    def count(url, fields, expect):
        client.get(url)
        client.post(url, fields())  # warm caches (site, desk path, templates)
        counts, statements = [], None
        for _ in range(samples):
            with CaptureQueriesContext(connection) as queries:
                response = client.post(url, fields())
            if response.status_code != 302 or expect not in response["Location"]:
                raise SystemExit(
                    f"POST {url} answered {response.status_code} "
                    f"{response.get('Location', '')}: {response.content[:2000]!r}"
                )
            counts.append(len(queries))
            statements = [query["sql"][:160] for query in queries.captured_queries]
        return counts, statements

    emails_before = OutgoingEmail.objects.count()
    intake_counts, intake_sql = count(desk_url, submission_fields, "/recebido/")
    emails = (OutgoingEmail.objects.count() - emails_before) / (samples + 1)
    bare_counts, bare_sql = count(BARE_PATH, bare_fields, "/bench/bare-insert/done/")
    common.emit_result(
        {
            "desk_url": desk_url,
            "intake_queries": intake_counts,
            "intake_sql": intake_sql,
            "bare_queries": bare_counts,
            "bare_sql": bare_sql,
            "emails_per_submission": round(emails, 2),
        }
    )


SETUP_SCRIPT = """
import django
django.setup()
from bench.intake import prepare
prepare({samples})
"""


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000, help="measured POSTs per run (2000)")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of intake, bare (1)")
    parser.add_argument("--warmup", type=int, default=50, help="POSTs before each run (50)")
    parser.add_argument("--threads", type=int, default=4, help="client threads (4)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--keep-db", action="store_true", help="keep the database, print its URL")
    args = parser.parse_args(argv)
    if min(args.requests, args.threads, args.rounds, args.workers) < 1:
        parser.error("--requests, --threads, --rounds and --workers must be positive")
    return args


def main(argv=None):
    args = parse_args(argv)
    common.exit_on_sigterm()
    benchmark = common.Benchmark("intake")
    with common.demo_database("praca_bench_intake", keep=args.keep_db) as (_, env):
        common.step("creating bench_row; counting queries per submission in-process")
        setup = common.read_result(
            common.run_django(["-c", SETUP_SCRIPT.format(samples=5)], env, "the set-up")
        )
        desk = setup["desk_url"]
        targets = {
            "bare": (BARE_PATH, bare_fields, lambda location: "/done/" in location),
            "intake": (desk, submission_fields, lambda location: "/recebido/" in location),
        }
        order = ["bare"] + ["intake", "bare"] * args.rounds
        runs = []
        common.step(
            f"starting gunicorn ({args.workers} sync workers, CONN_MAX_AGE={env['CONN_MAX_AGE']})"
        )
        with common.gunicorn(env, BARE_PATH, workers=args.workers, threads=1) as server:
            for position, name in enumerate(order):
                path, fields, expect = targets[name]
                if args.warmup:
                    common.post_load(server, path, path, fields, args.warmup, args.threads, expect)
                common.step(f"{name:6} POST {path} × {args.requests}")
                run = common.post_load(
                    server, path, path, fields, args.requests, args.threads, expect
                )
                runs.append({"name": name, "round": max(0, position - 1) // 2 + 1, **run})
    benchmark.finished()

    bare_runs = [run for run in runs if run["name"] == "bare"]
    intake_runs = [run for run in runs if run["name"] == "intake"]
    bare_rps = [run["rps"] for run in bare_runs]
    if min(bare_rps) == 0:
        raise common.BenchError(f"the bare view never answered 302: {bare_runs}")
    ratios = [
        run["rps"] / statistics.fmean([bare_rps[run["round"] - 1], bare_rps[run["round"]]])
        for run in intake_runs
    ]
    ratio = statistics.median(ratios)
    bare_cpu = statistics.median([run["server_cpu_ms"] or 0 for run in bare_runs])
    intake_cpu = statistics.median([run["server_cpu_ms"] or 0 for run in intake_runs])
    cpu_ratio = bare_cpu / intake_cpu if bare_cpu and intake_cpu else None
    queries = statistics.median(setup["intake_queries"])

    table_rows = []
    for run in runs:
        is_bare = run["name"] == "bare"
        run_ratio = (
            run["rps"] / statistics.fmean(bare_rps) if is_bare else ratios[intake_runs.index(run)]
        )
        table_rows.append(
            [
                "bare insert" if is_bare else "intake",
                run["path"],
                f"{run['rps']:.0f}",
                f"{run['median_ms']:.1f}" if run["median_ms"] else "-",
                f"{run['p95_ms']:.1f}" if run["p95_ms"] else "-",
                statistics.median(setup["bare_queries" if is_bare else "intake_queries"]),
                f"{run_ratio:.3f}×",
                "" if is_bare else f"≥ {TARGET_RATIO:.2f}×",
                "baseline" if is_bare else ("PASS" if run_ratio >= TARGET_RATIO else "BELOW"),
                f"{run['server_cpu_ms']:.2f}" if run["server_cpu_ms"] else "-",
                run["failures"],
            ]
        )
    print()
    print(
        common.table(
            [
                "view",
                "URL",
                "req/s",
                "median ms",
                "p95 ms",
                "queries",
                "ratio",
                "target",
                "",
                "CPU ms/req",
                "failures",
            ],
            table_rows,
        )
    )
    print()
    print(
        f"Intake: {ratio:.3f}× the bare inserting view (CPU ratio {cpu_ratio:.3f}×)."
        if cpu_ratio
        else f"Intake: {ratio:.3f}× the bare inserting view."
    )
    print(
        f"Queries per submission (in-process, warm): {queries} "
        f"({'within' if queries <= MAX_QUERIES else 'ABOVE'} the limit of {MAX_QUERIES}); "
        f"emails queued per submission: {setup['emails_per_submission']}."
    )
    for number, sql in enumerate(setup["intake_sql"], 1):
        print(f"  {number:2}. {sql}")
    busiest = max(run["client_cpu_share"] or 0 for run in runs)
    print(
        f"The load generator used up to {busiest:.0%} of one core. Load average "
        f"{benchmark.load_before:.1f} before set-up, {benchmark.load_after:.1f} after the runs "
        f"({os.cpu_count()} CPUs)."
    )
    benchmark.save(
        "intake.json",
        {
            "settings": {
                "requests": args.requests,
                "warmup": args.warmup,
                "client_threads": args.threads,
                "rounds": args.rounds,
                "gunicorn_workers": args.workers,
                "conn_max_age": int(env["CONN_MAX_AGE"]),
            },
            "setup": setup,
            "runs": runs,
            "ratio": round(ratio, 3),
            "ratios_per_round": [round(value, 3) for value in ratios],
            "cpu_ratio": round(cpu_ratio, 3) if cpu_ratio else None,
            "queries_per_submission": queries,
            "target_ratio": TARGET_RATIO,
            "max_queries": MAX_QUERIES,
        },
    )
    failed = [run for run in runs if run["failures"]]
    for run in failed:
        print(
            f"FAILED: {run['failures']} of {run['requests']} POSTs to {run['path']} did not "
            f"answer 302 to the receipt: {'; '.join(run['failure_examples'])}",
            file=sys.stderr,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    common.run_main(main)
