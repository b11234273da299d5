"""The admin's manifestation queue and its CSV export, at 1,000 and at 1,000,000 manifestations.

    .venv/bin/python bench/admin_queue.py [--rows 1000000] [--requests 30] [--no-export] [--keep-db]

Creates a throwaway PostgreSQL database, migrates it, loads the demo (departments tied to staff
groups), creates a superuser and a department editor, and logs both in (session cookies made with
the test client's force_login). Then, at 1,000 rows and again at `--rows` rows (generated in SQL
with generate_series and ANALYZEd), it requests through gunicorn (2 sync workers) page 1 of
/admin/manifestations/, the queue filtered by status=in_analysis and a protocol search, as each
user, `--requests` times one after the other (median and p95), and counts each page's SQL
queries in-process. Last, it downloads the CSV export of every row as the superuser while
sampling the gunicorn workers' memory. Prints tables, writes bench/results/queue.json and drops
the database. See docs/benchmarks.md.
"""

import argparse
import os
import sys
import time
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path, and this module would shadow the
# standard library's `queue` (which psycopg and threading users import): take the folder out.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench import common  # noqa: E402

QUEUE = "/admin/manifestations/"
SMALL = 1000
TARGET_RATIO = 1.5
MAX_QUERIES = 15
MAX_EXPORT_MB = 200
STATUSES = [
    "received",
    "in_analysis",
    "awaiting_citizen",
    "in_progress",
    "answered",
    "closed",
    "rejected",
    "duplicate",
]

# Rows n = %(first)s … %(last)s: every NOT NULL column filled, spread over kinds, channels,
# statuses, the departments that have a staff group, some services, one assignee, and a year.
FILL_SQL = """
INSERT INTO praca_participation_manifestation (
  protocol, tracking_salt, kind, description, answers, address, channel, is_anonymous,
  requester_name, requester_email, requester_phone, privacy_consent_at, priority, status,
  received_at, due_at, paused_at, answered_at, closed_at, extension_reason, reopen_count,
  satisfaction_comment, version, updated_at, department_id, service_id, assignee_id)
SELECT
  '2026-' || lpad(n::text, 7, '0'),
  md5(n::text),
  (ARRAY['solicitation','complaint','report','suggestion','praise','simplify'])[1 + n %% 6],
  'Manifestação de teste ' || n || ': buraco na rua ' || (n %% 997) || ', perto do número '
    || (n %% 431) || '.',
  '[]'::jsonb,
  'Rua ' || (n %% 997) || ', ' || (n %% 431),
  (ARRAY['web','phone','email','in_person','api'])[1 + (n / 7) %% 5],
  false,
  'Cidadão ' || n,
  'cidadao' || n || '@example.org',
  '',
  r.at,
  1 + (n / 11) %% 4,
  s.status,
  r.at,
  r.at + interval '30 days',
  CASE WHEN s.status = 'awaiting_citizen' THEN r.at + interval '5 days' END,
  CASE WHEN s.status IN ('answered', 'closed') THEN r.at + interval '20 days' END,
  CASE WHEN s.status IN ('closed', 'rejected', 'duplicate') THEN r.at + interval '25 days' END,
  '',
  0,
  '',
  1,
  r.at,
  (%(departments)s::bigint[])[1 + n %% cardinality(%(departments)s::bigint[])],
  CASE WHEN n %% 3 = 0 THEN NULL
       ELSE (%(services)s::int[])[1 + (n / 3) %% cardinality(%(services)s::int[])] END,
  CASE WHEN n %% 4 = 0 THEN %(assignee)s::int END
FROM generate_series(%(first)s::bigint, %(last)s::bigint) AS n,
LATERAL (SELECT now() - ((n * 7919) %% 525600) * interval '1 minute' AS at) AS r,
LATERAL (SELECT (%(statuses)s::text[])[1 + (n / 3) %% 8] AS status) AS s
"""


def prepare_users():
    """Runs inside Django: a superuser and a department editor, logged in; what to fill with."""
    from service_catalog.models import ServicePage

    departments, _admin, editor, sessions = common.staff_sessions()
    common.emit_result(
        {
            "sessions": sessions,
            "departments": [department.pk for department in departments],
            "editor_department": departments[0].name,
            "editor_group": departments[0].group.name,
            "editor_id": editor.pk,
            "services": list(
                ServicePage.objects.live().order_by("pk").values_list("pk", flat=True)[:30]
            ),
        }
    )


def count_queries(urls):
    """Runs inside Django: SQL queries of each (user, URL), warm, as the test client sees them."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    users = {"superuser": "bench_admin", "editor": "bench_editor"}
    result = {}
    for user_key, username in users.items():
        client = Client(HTTP_HOST="localhost")
        client.force_login(get_user_model().objects.get(username=username))
        for name, url in urls.items():
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code} to {username}")
            result[f"{user_key}:{name}"] = {
                "queries": len(queries),
                "sql_ms": round(
                    sum(float(query["time"]) for query in queries.captured_queries) * 1000, 1
                ),
                "slowest": sorted(
                    (
                        (float(query["time"]) * 1000, query["sql"][:200])
                        for query in queries.captured_queries
                    ),
                    reverse=True,
                )[:2],
            }
    common.emit_result(result)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rows", type=int, default=1_000_000, help="manifestations in the large run (1000000)"
    )
    parser.add_argument(
        "--requests", type=int, default=30, help="measured requests per URL and user (30)"
    )
    parser.add_argument("--no-export", action="store_true", help="skip the CSV export")
    parser.add_argument("--keep-db", action="store_true", help="keep the database, print its URL")
    args = parser.parse_args(argv)
    if args.rows <= SMALL:
        parser.error(f"--rows must be more than {SMALL}")
    if args.requests < 1:
        parser.error("--requests must be positive")
    return args


def urls_for(rows):
    protocol = f"2026-{rows // 2:07d}"
    return {
        "page 1": QUEUE,
        "status=in_analysis": f"{QUEUE}?status=in_analysis",
        f"search {protocol}": f"{QUEUE}?q={protocol}",
    }


def fill(database_url, setup, first, last):
    params = {
        "first": first,
        "last": last,
        "departments": setup["departments"],
        "services": setup["services"] or [None],
        "assignee": setup["editor_id"],
        "statuses": STATUSES,
    }
    # A few thousand rows: no need to rebuild the indexes around the insert.
    return common.bulk_insert(
        database_url,
        "praca_participation_manifestation",
        FILL_SQL,
        params,
        rebuild_indexes=last - first > 50_000,
    )


def measure_stage(server, env, setup, rows, args):
    urls = urls_for(rows)
    queries = common.read_result(
        common.run_django(
            ["-c", COUNT_SCRIPT.format(urls=urls)], env, f"counting queries at {rows} rows"
        )
    )
    results = []
    for user in ("superuser", "editor"):
        cookies = {"sessionid": setup["sessions"][user]}
        for name, url in urls.items():
            run = common.timed_gets(server.port, url, args.requests, cookies=cookies)
            key = f"{user}:{name}"
            results.append(
                {
                    "rows": rows,
                    "user": user,
                    "name": name.split(" ")[0] if name.startswith("search") else name,
                    "label": name,
                    **run,
                    **queries[key],
                }
            )
            common.step(
                f"{rows:>9,} rows  {user:9} {name:28} median {run['median_ms']:7.1f} ms  "
                f"p95 {run['p95_ms']:7.1f} ms  {queries[key]['queries']} queries"
            )
    return results


SETUP_SCRIPT = """
import django
django.setup()
from bench.admin_queue import prepare_users
prepare_users()
"""

COUNT_SCRIPT = """
import django
django.setup()
from bench.admin_queue import count_queries
count_queries({urls!r})
"""


def export(server, session, rows):
    """Download the CSV export of the whole queue, sampling the workers' memory every 0.2 s."""
    browser = common.Browser(server.port, timeout=900, cookies={"sessionid": session})
    size = 0
    lines = 0
    with common.MemorySampler(server.workers, interval=0.2) as sampler:
        started = time.perf_counter()
        response = browser.request("GET", f"{QUEUE}?export=csv", read=False)
        first_byte = time.perf_counter() - started
        if response.status != 200:
            raise common.BenchError(f"the CSV export answered {response.status}")
        while chunk := response.read(1 << 16):
            size += len(chunk)
            lines += chunk.count(b"\n")
        seconds = time.perf_counter() - started
    browser.close()
    memory = sampler.report()
    peak = max(
        max(values["rss_peak_sampled_mb"] or 0, values["hwm_after_mb"] or 0)
        for values in memory.values()
    )
    return {
        "rows": rows,
        "seconds": round(seconds, 1),
        "first_byte_s": round(first_byte, 2),
        "bytes": size,
        "lines": lines,
        "content_type": response.getheader("Content-Type"),
        "peak_rss_mb": peak,
        "workers": memory,
        "target_mb": MAX_EXPORT_MB,
        "result": "PASS" if peak <= MAX_EXPORT_MB else "ABOVE",
    }


def summarise(results, rows):
    """page 1 at `rows` ÷ page 1 at SMALL, by median latency, per user and URL."""
    summary = []
    for user in ("superuser", "editor"):
        for name in ("page 1", "status=in_analysis", "search"):
            small = next(
                r for r in results if (r["rows"], r["user"], r["name"]) == (SMALL, user, name)
            )
            large = next(
                r for r in results if (r["rows"], r["user"], r["name"]) == (rows, user, name)
            )
            ratio = large["median_ms"] / small["median_ms"]
            summary.append(
                {
                    "user": user,
                    "name": name,
                    "small": small,
                    "large": large,
                    "ratio": round(ratio, 2),
                    "result": "PASS" if ratio <= TARGET_RATIO else "ABOVE",
                }
            )
    return summary


def main(argv=None):
    args = parse_args(argv)
    common.exit_on_sigterm()
    benchmark = common.Benchmark("queue")
    with common.demo_database("praca_bench_queue", keep=args.keep_db) as (database_url, env):
        common.step("creating and logging in a superuser and a department editor")
        setup = common.read_result(common.run_django(["-c", SETUP_SCRIPT], env, "the set-up"))
        fills = {}
        common.step(f"generating {SMALL:,} manifestations")
        fills[SMALL] = fill(database_url, setup, 1, SMALL)
        # A long export must not be taken for a hung worker (gunicorn's default is 30 s).
        server_env = {**env, "GUNICORN_CMD_ARGS": "--timeout 900"}
        results = []
        common.step("starting gunicorn (2 sync workers)")
        with common.gunicorn(server_env, "/bench/bare/", workers=2, threads=1) as server:
            results += measure_stage(server, env, setup, SMALL, args)
            common.step(
                f"generating {args.rows - SMALL:,} more manifestations (indexes rebuilt after)"
            )
            fills[args.rows] = fill(database_url, setup, SMALL + 1, args.rows)
            common.step(f"  {fills[args.rows]}")
            results += measure_stage(server, env, setup, args.rows, args)
            export_result = None
            if not args.no_export:
                common.step(f"exporting {args.rows:,} manifestations as CSV (superuser)")
                export_result = export(server, setup["sessions"]["superuser"], args.rows)
    benchmark.finished()

    summary = summarise(results, args.rows)
    print()
    rows_out = []
    for item in summary:
        small, large = item["small"], item["large"]
        rows_out.append(
            [
                item["user"],
                large["label"] if item["name"] == "search" else item["name"],
                f"{small['median_ms']:.1f} / {small['p95_ms']:.1f}",
                f"{large['median_ms']:.1f} / {large['p95_ms']:.1f}",
                f"{small['queries']} / {large['queries']}",
                f"{item['ratio']:.2f}×",
                f"≤ {TARGET_RATIO}×",
                item["result"],
            ]
        )
    print(
        common.table(
            [
                "user",
                "queue",
                f"{SMALL:,} rows ms (median / p95)",
                f"{args.rows:,} rows ms (median / p95)",
                "queries",
                "ratio",
                "target",
                "",
            ],
            rows_out,
        )
    )
    print(
        f"\n{args.requests} sequential requests per line after 3 unmeasured ones. Editor: member "
        f"of {setup['editor_group']!r} ({setup['editor_department']}), one of "
        f"{len(setup['departments'])} departments the rows are spread over. Queries: in-process, "
        f"warm; at most {MAX_QUERIES} per page asked."
    )
    over = [r for r in results if r["queries"] > MAX_QUERIES]
    for result in over:
        print(
            f"  ABOVE {MAX_QUERIES} queries: {result['user']} {result['label']} at "
            f"{result['rows']} rows: {result['queries']}"
        )
    print(f"Row generation: {fills}")
    if export_result:
        print(
            f"\nCSV export of {args.rows:,} rows: {export_result['seconds']:.1f} s "
            f"(first byte after {export_result['first_byte_s']:.2f} s), "
            f"{export_result['bytes'] / 1e6:.1f} MB, {export_result['lines']:,} lines; peak RSS "
            f"of a gunicorn worker {export_result['peak_rss_mb']:.0f} MB "
            f"(target ≤ {MAX_EXPORT_MB} MB: {export_result['result']})."
        )
        for pid, values in export_result["workers"].items():
            print(f"  worker {pid}: {values}")
    print(
        f"Load average {benchmark.load_before:.1f} before set-up, {benchmark.load_after:.1f} after "
        f"({os.cpu_count()} CPUs)."
    )
    benchmark.save(
        "queue.json",
        {
            "settings": {"rows": args.rows, "small": SMALL, "requests": args.requests},
            "setup": {key: value for key, value in setup.items() if key != "sessions"},
            "fill_seconds": {str(key): value for key, value in fills.items()},
            "results": results,
            "summary": [
                {key: value for key, value in item.items() if key not in ("small", "large")}
                for item in summary
            ],
            "export": export_result,
        },
    )
    return 1 if any(r["failures"] for r in results) else 0


if __name__ == "__main__":
    common.run_main(main)
