"""The admin dashboard and reports with a year of data, as a ratio to their bare aggregate SQL.

    .venv/bin/python bench/reports.py [--feedback 1000000] [--manifestations 200000]
        [--ratings 100000] [--requests 20] [--try-indexes] [--keep-db]

Creates a throwaway PostgreSQL database, migrates it, loads the demo, and generates in SQL
(generate_series, then VACUUM ANALYZE) `--feedback` "Was this page useful?" answers over the
demo's live pages, `--manifestations` manifestations over its services and departments (kinds,
channels and statuses spread; first responses, answers, extensions and satisfaction surveys for
a share of them) and `--ratings` service ratings (100,000 by default), all spread over the past
year. Then, as a superuser and as a department editor (the demo's `obras`), it requests through
gunicorn (2 sync workers) the Wagtail dashboard and each report for a one-year period,
`--requests` times one after the other (median and p95), and runs with psycopg, just before,
the bare aggregate SQL each page needs (the same GROUP BYs, written by hand, with the same
scope): each page is reported as its median time divided by that SQL's median time. Queries
per page are counted in-process, and the slowest queries are EXPLAINed. With `--try-indexes`,
candidate indexes are created by hand in the throwaway database and everything is measured
again. Prints tables, writes bench/results/reports.json and drops the database. See
docs/benchmarks.md.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path: take it out, so that nothing in
# bench/ shadows a module of the same name, and import `bench` from the project directory.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench import common  # noqa: E402

REPORTS = "/admin/praca-reports/"
PAGES = {
    "dashboard": "/admin/",
    "usefulness": f"{REPORTS}usefulness/",
    "services": f"{REPORTS}services/",
    "deadlines": f"{REPORTS}deadlines/",
    "satisfaction-survey": f"{REPORTS}satisfaction-survey/",
    "management-report": f"{REPORTS}management-report/",
}
USERS = ("superuser", "editor")
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
# Cases older than 45 days are mostly finished; a few stay open (and overdue).
OLD_STATUSES = [
    "closed",
    "answered",
    "closed",
    "rejected",
    "closed",
    "answered",
    "duplicate",
    "closed",
    "answered",
    "in_progress",
]
OPEN_STATUSES = ["received", "in_analysis", "awaiting_citizen", "in_progress"]
MINUTES_A_YEAR = 365 * 24 * 60

# Manifestations n = %(first)s … %(last)s, every NOT NULL column filled (the shape of
# bench/admin_queue.py's FILL_SQL). Two thirds name a service (and its department), the others a
# department. Received over the past year; first response for every case past `received`;
# answered (answered, closed) 1–40 days after receipt, so about a quarter after the 30-day
# deadline; one in ten of those extended by 30 days; four in ten answered cases rated 1–5.
MANIFESTATIONS_SQL = """
INSERT INTO praca_participation_manifestation (
  protocol, tracking_salt, kind, description, answers, address, channel, is_anonymous,
  requester_name, requester_email, requester_phone, privacy_consent_at, priority, status,
  received_at, due_at, paused_at, first_response_at, answered_at, closed_at, extended_at,
  extension_reason, reopen_count, satisfaction_score, satisfaction_solved, satisfaction_comment,
  satisfaction_at, version, updated_at, department_id, service_id)
SELECT
  '2026-' || lpad(n::text, 7, '0'),
  md5(n::text),
  (ARRAY['solicitation','complaint','report','suggestion','praise','simplify'])[1 + n %% 6],
  'Manifestação de teste ' || n || ': buraco na rua ' || (n %% 997) || '.',
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
  r.at + CASE WHEN x.extended THEN interval '60 days' ELSE interval '30 days' END,
  CASE WHEN s.status = 'awaiting_citizen' THEN LEAST(r.at + interval '5 days', now()) END,
  CASE WHEN s.status <> 'received' THEN LEAST(r.at + (1 + n %% 72) * interval '1 hour', now())
  END,
  a.answered_at,
  CASE WHEN s.status = 'closed' THEN LEAST(a.answered_at + interval '5 days', now())
       WHEN s.status IN ('rejected', 'duplicate') THEN LEAST(r.at + interval '3 days', now())
  END,
  CASE WHEN x.extended THEN LEAST(r.at + interval '25 days', now()) END,
  CASE WHEN x.extended THEN 'Vistoria necessária.' ELSE '' END,
  CASE WHEN n %% 50 = 0 THEN 1 ELSE 0 END,
  CASE WHEN v.rated THEN 1 + (CASE WHEN n %% 7 < 2 THEN n %% 3 ELSE 2 + n %% 3 END) END,
  CASE WHEN v.rated THEN n %% 3 <> 0 END,
  '',
  CASE WHEN v.rated THEN LEAST(a.answered_at + interval '2 days', now()) END,
  1,
  r.at,
  COALESCE(
    c.department,
    (%(departments)s::bigint[])[1 + n %% cardinality(%(departments)s::bigint[])]
  ),
  c.service
FROM generate_series(%(first)s::bigint, %(last)s::bigint) AS n,
LATERAL (SELECT now() - ((n * 7919) %% {minutes}) * interval '1 minute' AS at) AS r,
LATERAL (
  SELECT CASE WHEN now() - r.at > interval '45 days'
    THEN (%(old_statuses)s::text[])[1 + (n / 3) %% cardinality(%(old_statuses)s::text[])]
    ELSE (%(statuses)s::text[])[1 + (n / 3) %% 8] END AS status
) AS s,
LATERAL (
  SELECT s.status IN ('answered', 'closed', 'in_progress') AND n %% 10 = 0 AS extended
) AS x,
LATERAL (
  SELECT CASE WHEN s.status IN ('answered', 'closed')
    THEN LEAST(r.at + (1 + n %% 40) * interval '1 day' - (n %% 24) * interval '1 hour', now())
  END AS answered_at
) AS a,
LATERAL (SELECT a.answered_at IS NOT NULL AND n %% 5 < 2 AS rated) AS v,
LATERAL (
  SELECT CASE WHEN n %% 3 = 0 THEN NULL
    ELSE (%(services)s::bigint[])[1 + (n / 3) %% cardinality(%(services)s::bigint[])]
  END AS service,
  CASE WHEN n %% 3 = 0 THEN NULL
    ELSE (%(service_departments)s::bigint[])[1 + (n / 3) %% cardinality(%(services)s::bigint[])]
  END AS department
) AS c
""".replace("{minutes}", str(MINUTES_A_YEAR))

# "Was this page useful?": over the live pages, skewed (u² of a pseudo-random u, so the first
# pages get most answers), 72% yes; a "no" gives one of the five reasons or none; one in ten has
# a comment; spread over the past year.
FEEDBACK_SQL = """
INSERT INTO praca_participation_pagefeedback (page_id, useful, reason, comment, created_at)
SELECT
  (%(pages)s::int[])[1 + floor(cardinality(%(pages)s::int[]) * u.u * u.u)::int],
  y.useful,
  CASE WHEN y.useful THEN ''
    ELSE (ARRAY['', 'not_found', 'hard_to_understand', 'out_of_date', 'broken', 'other'])
      [1 + n %% 6]
  END,
  CASE WHEN n %% 10 = 0 THEN 'Comentário de teste ' || n ELSE '' END,
  now() - ((n * 7919) %% {minutes}) * interval '1 minute'
FROM generate_series(1, %(count)s::bigint) AS n,
LATERAL (SELECT ((n * 104729) %% 1000003) / 1000003.0 AS u) AS u,
LATERAL (SELECT (n * 31) %% 100 < 72 AS useful) AS y
""".replace("{minutes}", str(MINUTES_A_YEAR))

# "Avalie este serviço": over the live services (skewed the same way), on the seven dimensions,
# scores leaning to 4 and 5.
RATINGS_SQL = """
INSERT INTO praca_participation_servicerating (service_id, score, dimension, comment, created_at)
SELECT
  (%(services)s::int[])[1 + floor(cardinality(%(services)s::int[]) * u.u * u.u)::int],
  (ARRAY[1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5])[1 + (n * 13) %% 11],
  (ARRAY['clarity', 'ease', 'channel', 'cost', 'availability', 'time', 'effectiveness'])
    [1 + n %% 7],
  CASE WHEN n %% 8 = 0 THEN 'Avaliação de teste ' || n ELSE '' END,
  now() - ((n * 7919) %% {minutes}) * interval '1 minute'
FROM generate_series(1, %(count)s::bigint) AS n,
LATERAL (SELECT ((n * 104729) %% 1000003) / 1000003.0 AS u) AS u
""".replace("{minutes}", str(MINUTES_A_YEAR))

# Indexes that `--try-indexes` creates by hand (never in a migration: see docs/benchmarks.md).
CANDIDATE_INDEXES = [
    (
        "bench_feedback_created_page",
        "CREATE INDEX bench_feedback_created_page ON praca_participation_pagefeedback "
        "(created_at, page_id) INCLUDE (useful, reason)",
    ),
    (
        "bench_feedback_page_created",
        "CREATE INDEX bench_feedback_page_created ON praca_participation_pagefeedback "
        "(page_id, created_at) INCLUDE (useful, reason)",
    ),
    (
        "bench_manif_satisfaction",
        "CREATE INDEX bench_manif_satisfaction ON praca_participation_manifestation "
        "(satisfaction_at) INCLUDE (satisfaction_score) WHERE satisfaction_score IS NOT NULL",
    ),
    (
        "bench_manif_first_response",
        "CREATE INDEX bench_manif_first_response ON praca_participation_manifestation "
        "(first_response_at) INCLUDE (received_at)",
    ),
    (
        "bench_manif_answered",
        "CREATE INDEX bench_manif_answered ON praca_participation_manifestation "
        "(answered_at) INCLUDE (received_at)",
    ),
]


# --- inside Django ----------------------------------------------------------------------------


def prepare():
    """Runs inside Django: the users, their sessions and scopes, what to fill the tables with."""
    from django.utils import timezone
    from wagtail.models import Page

    from participation import reports
    from participation.models.feedback import pages_in_scope
    from praca.models import Department
    from service_catalog.models import ServicePage

    # The demo's Obras team when there is one: a department editor as the city has them.
    departments, _admin, editor, sessions = common.staff_sessions(editor_username="obras")

    grouped = {department.pk for department in departments}
    services = list(
        ServicePage.objects.live()
        .filter(department__in=grouped)
        .order_by("pk")
        .values_list("pk", "department_id")
    )
    all_services = list(ServicePage.objects.live().order_by("pk").values_list("pk", flat=True))
    pages = list(
        Page.objects.live().filter(depth__gt=1).order_by("pk").values_list("pk", flat=True)
    )
    editor_pages = sorted(
        Page.objects.filter(pages_in_scope(editor, field="pk")).values_list("pk", flat=True)
    )
    editor_departments = sorted(
        Department.objects.filter(group__in=editor.groups.all()).values_list("pk", flat=True)
    )
    today = timezone.localdate()
    period = reports.Period(today - datetime.timedelta(days=364), today)
    start, end = period.bounds()
    week0 = reports.week_starts(today=today)[0]
    week0_at = timezone.make_aware(datetime.datetime.combine(week0, datetime.time.min))
    common.emit_result(
        {
            "sessions": sessions,
            "editor": editor.username,
            "editor_groups": [group.name for group in editor.groups.all()],
            "departments": sorted(grouped),
            "services": [pk for pk, _department in services] or all_services,
            "service_departments": [department for _pk, department in services]
            or [departments[0].pk] * len(all_services),
            "all_services": all_services,
            "pages": pages,
            "scopes": {
                "superuser": None,
                "editor": {"pages": editor_pages, "departments": editor_departments},
            },
            "period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
            "bounds": {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "week0": week0_at.isoformat(),
            },
            "time_zone": timezone.get_current_timezone_name(),
        }
    )


def count_queries(urls, sessions_users):
    """Runs inside Django: the SQL queries of each (user, page), warm, as the test client sees
    them, with the full text of the slowest ones (to EXPLAIN them)."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    result = {}
    for user_key, username in sessions_users.items():
        client = Client(HTTP_HOST="localhost")
        client.force_login(get_user_model().objects.get(username=username))
        for name, url in urls.items():
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code} to {username}")
            captured = [(float(query["time"]) * 1000, query["sql"]) for query in queries]
            result[f"{user_key}:{name}"] = {
                "queries": len(captured),
                "sql_ms": round(sum(ms for ms, _sql in captured), 1),
                "slowest": [
                    {"ms": round(ms, 1), "sql": sql}
                    for ms, sql in sorted(captured, key=lambda item: item[0], reverse=True)[:3]
                ],
            }
    common.emit_result(result)


SETUP_SCRIPT = """
import django
django.setup()
from bench.reports import prepare
prepare()
"""

COUNT_SCRIPT = """
import django
django.setup()
from bench.reports import count_queries
count_queries({urls!r}, {users!r})
"""


# --- the bare aggregate SQL --------------------------------------------------------------------

# One page's essential GROUP BYs, written by hand. {m}, {f} and {r} are the scope conditions on
# manifestations, page feedback and ratings (TRUE for the superuser); %(start)s and %(end)s the
# one-year period, %(week0)s the first of the dashboard's twelve weeks.
M_PERIOD = "received_at >= %(start)s AND received_at < %(end)s"
F_PERIOD = "created_at >= %(start)s AND created_at < %(end)s"
WEEK = "date_trunc('week', {field} AT TIME ZONE %(tz)s)"
SERVICE_TITLE = "LEFT JOIN wagtailcore_page p ON p.id = {table}.service_id"
OPEN = "status IN ('received', 'in_analysis', 'awaiting_citizen', 'in_progress')"

RATINGS_BY_SERVICE = (
    "ratings by service",
    f"SELECT service_id, p.title, count(*), avg(score) FROM praca_participation_servicerating r "
    f"{SERVICE_TITLE.format(table='r')} WHERE {{r}} AND {F_PERIOD} GROUP BY service_id, p.title",
)
CASES_BY_SERVICE = (
    "cases by service",
    "SELECT service_id, p.title, count(*), count(*) FILTER (WHERE kind = 'complaint'), "
    "count(satisfaction_score), avg(satisfaction_score) FROM praca_participation_manifestation m "
    f"{SERVICE_TITLE.format(table='m')} WHERE {{m}} AND {M_PERIOD} AND service_id IS NOT NULL "
    "GROUP BY service_id, p.title",
)


def deadlines_by(column, join, title):
    return (
        f"deadlines by {column.split('_')[0]}",
        f"SELECT m.{column}, {title}, count(*), count(*) FILTER (WHERE answered_at IS NOT NULL), "
        "count(*) FILTER (WHERE answered_at <= due_at), "
        "count(*) FILTER (WHERE answered_at <= due_at AND extended_at IS NULL), "
        "count(*) FILTER (WHERE extended_at IS NOT NULL), "
        f"count(*) FILTER (WHERE {OPEN} AND paused_at IS NULL AND due_at < now()) "
        f"FROM praca_participation_manifestation m {join} WHERE {{m}} AND {M_PERIOD} "
        f"GROUP BY m.{column}, {title}",
    )


DEADLINES_BY_DEPARTMENT = deadlines_by(
    "department_id", "LEFT JOIN praca_department d ON d.id = m.department_id", "d.name"
)
DEADLINES_BY_SERVICE = deadlines_by("service_id", SERVICE_TITLE.format(table="m"), "p.title")
REASONS = (
    "feedback reasons",
    "SELECT reason, count(*) FROM praca_participation_pagefeedback "
    f"WHERE {{f}} AND {F_PERIOD} AND NOT useful AND reason <> '' GROUP BY reason",
)


def cases_by(column, join="", title=None):
    columns = f"m.{column}, {title}" if title else f"m.{column}"
    return (
        f"cases by {column}",
        f"SELECT {columns}, count(*) FROM praca_participation_manifestation m {join} "
        f"WHERE {{m}} AND {M_PERIOD} GROUP BY {columns}",
    )


BASELINES = {
    "dashboard": [
        (
            "status counts",
            "SELECT status, count(*) FROM praca_participation_manifestation "
            "WHERE {m} GROUP BY status",
        ),
        (
            "overdue count",
            f"SELECT count(*) FROM praca_participation_manifestation WHERE {{m}} AND {OPEN} "
            "AND due_at < now() AND paused_at IS NULL",
        ),
        (
            "median first response, 30 days",
            "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_at - received_at) "
            "FROM praca_participation_manifestation WHERE {m} "
            "AND first_response_at >= now() - interval '30 days' AND first_response_at <= now()",
        ),
        (
            "median answer, 30 days",
            "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY answered_at - received_at) "
            "FROM praca_participation_manifestation WHERE {m} "
            "AND answered_at >= now() - interval '30 days' AND answered_at <= now()",
        ),
        (
            "weekly ratings, 12 weeks",
            f"SELECT {WEEK.format(field='created_at')}, avg(score), count(*) "
            "FROM praca_participation_servicerating "
            "WHERE {r} AND created_at >= %(week0)s GROUP BY 1",
        ),
        (
            "weekly surveys, 12 weeks",
            f"SELECT {WEEK.format(field='satisfaction_at')}, avg(satisfaction_score), count(*) "
            "FROM praca_participation_manifestation WHERE {m} AND satisfaction_score IS NOT NULL "
            "AND satisfaction_at >= %(week0)s GROUP BY 1",
        ),
        (
            "weekly feedback, 12 weeks",
            f"SELECT {WEEK.format(field='created_at')}, count(*) FILTER (WHERE useful), "
            "count(*) FILTER (WHERE NOT useful) FROM praca_participation_pagefeedback "
            "WHERE {f} AND created_at >= %(week0)s GROUP BY 1",
        ),
    ],
    "usefulness": [
        (
            "usefulness by page, 1 year",
            "SELECT page_id, p.title, count(*) FILTER (WHERE useful), "
            "count(*) FILTER (WHERE NOT useful), count(*) FROM praca_participation_pagefeedback f "
            f"JOIN wagtailcore_page p ON p.id = f.page_id WHERE {{f}} AND {F_PERIOD} "
            "GROUP BY page_id, p.title",
        )
    ],
    "services": [RATINGS_BY_SERVICE, CASES_BY_SERVICE],
    "deadlines": [DEADLINES_BY_DEPARTMENT, DEADLINES_BY_SERVICE],
    "satisfaction-survey": [
        (
            "ratings by dimension",
            "SELECT dimension, count(*), avg(score) FROM praca_participation_servicerating "
            f"WHERE {{r}} AND {F_PERIOD} GROUP BY dimension",
        ),
        (
            "ratings by score",
            "SELECT score, count(*) FROM praca_participation_servicerating "
            f"WHERE {{r}} AND {F_PERIOD} GROUP BY score",
        ),
        (
            "surveys by score",
            "SELECT satisfaction_score, count(*), count(*) FILTER (WHERE satisfaction_solved), "
            "count(satisfaction_solved) FROM praca_participation_manifestation WHERE {m} "
            "AND satisfaction_at >= %(start)s AND satisfaction_at < %(end)s "
            "AND satisfaction_score IS NOT NULL GROUP BY satisfaction_score",
        ),
        (
            "feedback totals",
            "SELECT count(*), count(*) FILTER (WHERE useful) FROM praca_participation_pagefeedback "
            f"WHERE {{f}} AND {F_PERIOD}",
        ),
        REASONS,
        RATINGS_BY_SERVICE,
        CASES_BY_SERVICE,
    ],
    "management-report": [
        (
            "totals",
            "SELECT count(*), count(answered_at), count(*) FILTER (WHERE answered_at <= due_at), "
            f"count(extended_at), count(*) FILTER (WHERE {OPEN}), "
            "count(*) FILTER (WHERE reopen_count > 0) FROM praca_participation_manifestation "
            f"WHERE {{m}} AND {M_PERIOD}",
        ),
        cases_by("kind"),
        cases_by("channel"),
        cases_by("status"),
        cases_by("service_id", SERVICE_TITLE.format(table="m"), "p.title"),
        cases_by(
            "department_id",
            "LEFT JOIN praca_department d ON d.id = m.department_id",
            "d.name",
        ),
        RATINGS_BY_SERVICE,
        CASES_BY_SERVICE,
        DEADLINES_BY_DEPARTMENT,
        REASONS,
    ],
}


def scope_conditions(scope):
    """The {m}, {f}, {r} conditions for a user: everything, or their departments and pages."""
    if scope is None:
        return {"m": "TRUE", "f": "TRUE", "r": "TRUE"}
    return {
        "m": "department_id = ANY(%(departments)s)",
        "f": "page_id = ANY(%(pages)s)",
        "r": "service_id = ANY(%(pages)s)",
    }


def baseline_queries(page, setup, user):
    scope = setup["scopes"][user]
    conditions = scope_conditions(scope)
    params = {
        "start": setup["bounds"]["start"],
        "end": setup["bounds"]["end"],
        "week0": setup["bounds"]["week0"],
        "tz": setup["time_zone"],
        "departments": (scope or {}).get("departments", []),
        "pages": (scope or {}).get("pages", []),
    }
    # Only the scope conditions are substituted: {m}, {f} and {r} are the only braces left.
    queries = []
    for label, sql in BASELINES[page]:
        for key, condition in conditions.items():
            sql = sql.replace("{" + key + "}", condition)
        queries.append((label, sql, params))
    return queries


def time_baseline(database_url, queries, count, warmup=3):
    """Run a page's bare queries one after the other `count` times over one connection (as a
    persistent Django connection would); each query's rows fetched. Median and p95 of the total.

    Parameters are bound on the client and nothing is prepared, as Django's PostgreSQL backend
    does: with psycopg's default (server-side binding, statements prepared after five runs),
    PostgreSQL may switch to a generic plan that scans a one-year range by index, which made the
    "bare" SQL slower than the page.
    """
    import psycopg

    totals = []
    per_query = {label: [] for label, _sql, _params in queries}
    rows = {}
    with psycopg.connect(
        database_url, autocommit=True, cursor_factory=psycopg.ClientCursor, prepare_threshold=None
    ) as connection:
        for number in range(warmup + count):
            total = 0.0
            for label, sql, params in queries:
                started = time.perf_counter()
                fetched = connection.execute(sql, params).fetchall()
                elapsed = time.perf_counter() - started
                total += elapsed
                if number >= warmup:
                    per_query[label].append(elapsed)
                rows[label] = len(fetched)
            if number >= warmup:
                totals.append(total)
    totals.sort()
    return {
        "median_ms": round(statistics.median(totals) * 1000, 1),
        "p95_ms": round(common._percentile(totals, 0.95) * 1000, 1),
        "queries": len(queries),
        "per_query_median_ms": {
            label: round(statistics.median(values) * 1000, 2) for label, values in per_query.items()
        },
        "rows": rows,
    }


# --- EXPLAIN ---------------------------------------------------------------------------------

PLAN_MARKERS = ("Scan", "Sort Method", "Hash Join", "Nested Loop", "Execution Time", "SubPlan")


def explain(database_url, sql):
    """EXPLAIN (ANALYZE, BUFFERS) of one query the page ran: the plan, and its notable lines."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as connection:
        plan = [
            row[0]
            for row in connection.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}").fetchall()  # noqa: S608
        ]
    notable = [line.strip() for line in plan if any(marker in line for marker in PLAN_MARKERS)]
    return {"plan": plan, "notable": notable}


def explain_slowest(database_url, queries, limit_ms=20):
    """EXPLAIN the queries slower than `limit_ms` (at most three per page and user)."""
    findings = {}
    for key, value in queries.items():
        plans = []
        for query in value["slowest"]:
            if query["ms"] < limit_ms:
                continue
            try:
                plan = explain(database_url, query["sql"])
            except Exception as error:  # noqa: BLE001 - an unexplainable query is reported, not fatal
                plan = {"error": str(error)}
            plans.append({"ms": query["ms"], "sql": query["sql"], **plan})
        if plans:
            findings[key] = plans
    return findings


# --- the run ---------------------------------------------------------------------------------


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--feedback", type=int, default=1_000_000, help="page feedback rows (1000000)"
    )
    parser.add_argument(
        "--manifestations", type=int, default=200_000, help="manifestations (200000)"
    )
    parser.add_argument("--ratings", type=int, default=100_000, help="service ratings (100000)")
    parser.add_argument(
        "--requests", type=int, default=20, help="measured requests per page and user (20)"
    )
    parser.add_argument(
        "--try-indexes",
        action="store_true",
        help="create candidate indexes by hand and measure again",
    )
    parser.add_argument("--keep-db", action="store_true", help="keep the database, print its URL")
    args = parser.parse_args(argv)
    for name in ("feedback", "manifestations", "ratings", "requests"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be positive")
    return args


def fill(database_url, setup, args):
    timings = {}
    timings["manifestations"] = common.bulk_insert(
        database_url,
        "praca_participation_manifestation",
        MANIFESTATIONS_SQL,
        {
            "first": 1,
            "last": args.manifestations,
            "departments": setup["departments"],
            "services": setup["services"],
            "service_departments": setup["service_departments"],
            "statuses": STATUSES,
            "old_statuses": OLD_STATUSES,
        },
    )
    common.step(f"  manifestations: {timings['manifestations']}")
    timings["feedback"] = common.bulk_insert(
        database_url,
        "praca_participation_pagefeedback",
        FEEDBACK_SQL,
        {"count": args.feedback, "pages": setup["pages"]},
    )
    common.step(f"  page feedback: {timings['feedback']}")
    timings["ratings"] = common.bulk_insert(
        database_url,
        "praca_participation_servicerating",
        RATINGS_SQL,
        {"count": args.ratings, "services": setup["all_services"]},
    )
    common.step(f"  service ratings: {timings['ratings']}")
    return timings


def table_sizes(database_url):
    import psycopg

    sizes = {}
    with psycopg.connect(database_url, autocommit=True) as connection:
        for table in (
            "praca_participation_manifestation",
            "praca_participation_pagefeedback",
            "praca_participation_servicerating",
        ):
            count, size = connection.execute(
                f"SELECT count(*), pg_total_relation_size('{table}') FROM {table}"  # noqa: S608
            ).fetchone()
            sizes[table] = {"rows": count, "mb": round(size / 1e6, 1)}
    return sizes


def urls_for(setup):
    period = f"?start={setup['period']['start']}&end={setup['period']['end']}"
    return {name: url if name == "dashboard" else url + period for name, url in PAGES.items()}


def measure(server, database_url, setup, urls, args, stage):
    """For each user and page: its bare SQL `--requests` times, then the page as many times."""
    results = []
    for user in USERS:
        cookies = {"sessionid": setup["sessions"][user]}
        for name, url in urls.items():
            baseline = time_baseline(
                database_url, baseline_queries(name, setup, user), args.requests
            )
            run = common.timed_gets(server.port, url, args.requests, cookies=cookies)
            ratio = run["median_ms"] / baseline["median_ms"] if baseline["median_ms"] else None
            results.append(
                {
                    "stage": stage,
                    "user": user,
                    "page": name,
                    **run,
                    "baseline": baseline,
                    "ratio": round(ratio, 1) if ratio else None,
                }
            )
            common.step(
                f"{stage:8} {user:9} {name:20} median {run['median_ms']:8.1f} ms  "
                f"p95 {run['p95_ms']:8.1f} ms  bare SQL {baseline['median_ms']:7.1f} ms  "
                f"ratio {ratio:5.1f}×"
            )
    return results


def count_stage(env, setup, urls, stage):
    users = {"superuser": "bench_admin", "editor": setup["editor"]}
    return common.read_result(
        common.run_django(
            ["-c", COUNT_SCRIPT.format(urls=urls, users=users)],
            env,
            f"counting queries ({stage})",
        )
    )


def print_table(results, queries):
    rows = []
    for result in results:
        counted = queries[f"{result['user']}:{result['page']}"]
        rows.append(
            [
                result["user"],
                result["page"],
                f"{result['median_ms']:.1f}",
                f"{result['p95_ms']:.1f}",
                f"{result['baseline']['median_ms']:.1f}",
                f"{result['ratio']:.1f}×" if result["ratio"] else "—",
                counted["queries"],
                result["baseline"]["queries"],
                f"{counted['sql_ms']:.0f}",
            ]
        )
    print(
        common.table(
            [
                "user",
                "page",
                "median ms",
                "p95 ms",
                "bare SQL ms",
                "ratio",
                "queries",
                "bare queries",
                "page SQL ms",
            ],
            rows,
        )
    )


def print_explains(findings):
    for key, plans in findings.items():
        for plan in plans:
            print(f"\n{key}: {plan['ms']:.0f} ms in-process  {plan['sql'][:160]}…")
            for line in plan.get("notable", [])[:12]:
                print(f"    {line[:150]}")
            if "error" in plan:
                print(f"    EXPLAIN failed: {plan['error'][:200]}")


def create_indexes(database_url):
    timings = {}
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute("SET maintenance_work_mem = '256MB'")
        for name, sql in CANDIDATE_INDEXES:
            started = time.perf_counter()
            connection.execute(sql)
            timings[name] = round(time.perf_counter() - started, 1)
        for table in ("praca_participation_manifestation", "praca_participation_pagefeedback"):
            connection.execute(f"VACUUM (ANALYZE) {table}")
    return timings


def main(argv=None):
    args = parse_args(argv)
    common.exit_on_sigterm()
    benchmark = common.Benchmark("reports")
    with common.demo_database("praca_bench_reports", keep=args.keep_db) as (database_url, env):
        common.step("creating and logging in a superuser; logging in the department editor")
        setup = common.read_result(common.run_django(["-c", SETUP_SCRIPT], env, "the set-up"))
        common.step(
            f"editor {setup['editor']!r} ({', '.join(setup['editor_groups'])}): "
            f"{len(setup['scopes']['editor']['pages'])} pages, departments "
            f"{setup['scopes']['editor']['departments']}; {len(setup['pages'])} live pages, "
            f"{len(setup['all_services'])} live services"
        )
        common.step(
            f"generating {args.manifestations:,} manifestations, {args.feedback:,} page feedback "
            f"answers and {args.ratings:,} service ratings (indexes rebuilt after each insert)"
        )
        fill_started = time.perf_counter()
        fills = fill(database_url, setup, args)
        fill_seconds = round(time.perf_counter() - fill_started, 1)
        sizes = table_sizes(database_url)
        common.step(f"  {fill_seconds} s in all; {sizes}")
        urls = urls_for(setup)
        common.step("counting queries in-process")
        queries = {"plain": count_stage(env, setup, urls, "plain")}
        common.step("EXPLAIN (ANALYZE, BUFFERS) of the slowest queries")
        findings = {"plain": explain_slowest(database_url, queries["plain"])}
        # A report over a million rows must not be taken for a hung worker.
        server_env = {**env, "GUNICORN_CMD_ARGS": "--timeout 300"}
        results = []
        index_timings = None
        common.step("starting gunicorn (2 sync workers)")
        with common.gunicorn(server_env, "/bench/bare/", workers=2, threads=1) as server:
            results += measure(server, database_url, setup, urls, args, "plain")
            if args.try_indexes:
                common.step(f"creating {len(CANDIDATE_INDEXES)} candidate indexes by hand")
                index_timings = create_indexes(database_url)
                common.step(f"  {index_timings}")
                queries["indexes"] = count_stage(env, setup, urls, "indexes")
                findings["indexes"] = explain_slowest(database_url, queries["indexes"])
                results += measure(server, database_url, setup, urls, args, "indexes")
    benchmark.finished()

    for stage in queries:
        print(f"\n{stage.upper()}: {args.requests} sequential requests per line after 3 unmeasured")
        print_table([r for r in results if r["stage"] == stage], queries[stage])
    print(
        "\nratio = the page's median ÷ the median of its bare SQL (the same GROUP BYs by hand, "
        "psycopg, one connection, rows fetched), measured just before it. queries: in-process, "
        "warm, Django's count."
    )
    for stage, stage_findings in findings.items():
        if stage_findings:
            print(f"\nSlowest queries ({stage}), EXPLAIN (ANALYZE, BUFFERS), notable lines:")
            print_explains(stage_findings)
    print(
        f"\nData: {sizes}. Generated in {fill_seconds} s: {fills}. "
        f"Load average {benchmark.load_before:.1f} before set-up, {benchmark.load_after:.1f} after "
        f"({os.cpu_count()} CPUs)."
    )
    benchmark.save(
        "reports.json",
        {
            "settings": {
                "feedback": args.feedback,
                "manifestations": args.manifestations,
                "ratings": args.ratings,
                "requests": args.requests,
                "try_indexes": args.try_indexes,
            },
            "setup": {key: value for key, value in setup.items() if key != "sessions"},
            "urls": urls,
            "sizes": sizes,
            "fill_seconds": fill_seconds,
            "fills": fills,
            "candidate_indexes": dict(CANDIDATE_INDEXES) if args.try_indexes else None,
            "index_build_seconds": index_timings,
            "queries": queries,
            "results": results,
            "explain": findings,
        },
    )
    return 1 if any(r["failures"] for r in results) else 0


if __name__ == "__main__":
    common.run_main(main)
