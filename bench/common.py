"""Shared machinery of the benchmarks: a throwaway PostgreSQL database, gunicorn, a load generator.

Standard library plus psycopg only; nothing here imports Django, so a benchmark script can use it
before (and without) setting Django up in its own process.
"""

import contextlib
import datetime
import http.client
import json
import math
import os
import platform
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

# A script run as `python bench/<name>.py` has bench/ first on sys.path: keep it from shadowing
# any standard-library module by taking it out before anything else is imported (the admin
# queue's benchmark is called admin_queue.py, not queue.py, for the same reason).
_BENCH_DIR = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _BENCH_DIR]

PROJECT_DIR = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RESULTS_DIR = PROJECT_DIR / "bench" / "results"
SETTINGS_MODULE = "bench.settings"

# Where to create the throwaway database: any database of the server, used only to CREATE/DROP.
ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")

# Variables that would change what is measured (a shared cache, another search or task backend):
# the benchmarks run on the embedded defaults plus PostgreSQL, whatever the shell has set.
_STRIPPED_ENV = ("REDIS_URL", "ELASTICSEARCH_URL", "TASKS_BACKEND", "AWS_STORAGE_BUCKET_NAME")


class BenchError(RuntimeError):
    """Something made the measurement impossible or untrustworthy."""


def exit_on_sigterm():
    """Turn SIGTERM into SystemExit so that `finally` blocks stop gunicorn and drop the database."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


# --- Django processes ----------------------------------------------------------------------


def django_env(database_url, **extra):
    env = {key: value for key, value in os.environ.items() if key not in _STRIPPED_ENV}
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        DATABASE_URL=database_url,
        CONN_MAX_AGE="60",
        PYTHONPATH=os.pathsep.join(filter(None, [str(PROJECT_DIR), env.get("PYTHONPATH")])),
    )
    env.update(extra)
    return env


def run_django(args, env, what):
    """Run `python <args>` in the project directory; raise with its output if it fails."""
    completed = subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise BenchError(
            f"{what} failed (exit {completed.returncode}):\n{completed.stdout}\n{completed.stderr}"
        )
    return completed.stdout


def manage(args, env, what=None):
    return run_django(["manage.py", *args], env, what or f"manage.py {' '.join(args)}")


RESULT_MARKER = "BENCH-RESULT "


def emit_result(data):
    """Print `data` for the parent process (see `read_result`), on a line of its own."""
    print(RESULT_MARKER + json.dumps(data), flush=True)


def read_result(stdout):
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_MARKER):
            return json.loads(line[len(RESULT_MARKER) :])
    raise BenchError(f"no result in the output of the set-up:\n{stdout}")


# --- PostgreSQL ----------------------------------------------------------------------------


def _with_dbname(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _admin_connection():
    import psycopg

    try:
        return psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        raise BenchError(
            f"cannot reach PostgreSQL at {ADMIN_URL} (set BENCH_POSTGRES_URL): {error}"
        ) from error


def postgres_version():
    with _admin_connection() as connection:
        return connection.execute("SHOW server_version").fetchone()[0]


@contextlib.contextmanager
def throwaway_database(name, keep=False):
    """Create database `name`, yield its URL, then drop it (terminating its connections)."""
    from psycopg import sql

    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise BenchError(f"unsafe database name: {name!r}")
    with _admin_connection() as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = _with_dbname(ADMIN_URL, name)
    try:
        yield url
    finally:
        if keep:
            print(f"Kept the database: DATABASE_URL={url}")
        else:
            with _admin_connection() as connection:
                connection.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()",
                    [name],
                )
                connection.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )


@contextlib.contextmanager
def demo_database(prefix, keep=False, demo=True, **extra_env):
    """A throwaway database named `prefix_<pid>`, migrated and (with `demo`) holding the demo.

    Yields (database URL, the environment of a Django process using it).
    """
    name = f"{prefix}_{os.getpid()}"
    with throwaway_database(name, keep=keep) as database_url:
        env = django_env(database_url, **extra_env)
        step(f"database {name}: migrating")
        manage(["migrate", "--no-input"], env)
        if demo:
            step("loading the demo (manage.py load_demo --quiet)")
            manage(["load_demo", "--quiet"], env)
        yield database_url, env


# --- gunicorn ------------------------------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port, path, timeout=10):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def _cpu_seconds(pid):
    """User plus system CPU time of a process, from /proc (Linux); None if unavailable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children(pid):
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return sorted(children)


class Server:
    """A running gunicorn: its port, and the CPU time its workers have used so far."""

    def __init__(self, port, process):
        self.port = port
        self.process = process
        self.workers = []

    def find_workers(self, expected):
        deadline = time.monotonic() + 10
        while len(self.workers) < expected and time.monotonic() < deadline:
            self.workers = _children(self.process.pid)
            time.sleep(0.1)

    def cpu_seconds(self):
        """CPU used by the workers, or None when it cannot be read (not Linux, a worker died)."""
        if not self.workers:
            return None
        times = [_cpu_seconds(pid) for pid in self.workers]
        return None if None in times else sum(times)


@contextlib.contextmanager
def gunicorn(env, ready_path, workers=2, threads=1, timeout=60):
    """Serve `portal.wsgi:application` on a free local port; yield a Server once it answers 200.

    No access log. gunicorn's own log (and any traceback) goes to a temporary file that is
    printed if the server fails to start or dies.
    """
    port = free_port()
    log = tempfile.NamedTemporaryFile(prefix="bench-gunicorn-", suffix=".log", delete=False)
    command = [
        str(BIN / "gunicorn"),
        "portal.wsgi:application",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--bind",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
        "--error-logfile",
        "-",
    ]
    process = subprocess.Popen(
        command, cwd=PROJECT_DIR, env=env, stdout=log, stderr=subprocess.STDOUT
    )

    def server_log():
        log.flush()
        return Path(log.name).read_text(errors="replace")

    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise BenchError(f"gunicorn exited with {process.returncode}:\n{server_log()}")
            try:
                status, body = fetch(port, ready_path, timeout=5)
            except OSError:
                status = None
            if status == 200:
                break
            if time.monotonic() > deadline:
                raise BenchError(
                    f"gunicorn did not answer 200 on {ready_path} in {timeout} s "
                    f"(last status {status}):\n{server_log()}"
                )
            time.sleep(0.2)
        server = Server(port, process)
        server.find_workers(workers)
        yield server
        if process.poll() is not None:
            raise BenchError(f"gunicorn died during the run:\n{server_log()}")
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()
        os.unlink(log.name)


# --- load ----------------------------------------------------------------------------------


def _percentile(sorted_values, fraction):
    """Nearest-rank percentile of an already sorted list."""
    index = max(0, min(len(sorted_values) - 1, math.ceil(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


def load(server, path, requests, threads=4):
    """GET `path` `requests` times from `threads` threads, each with its own HTTPConnection.

    A connection is kept alive when the server allows it; gunicorn's sync workers close it after
    each response, and http.client reconnects on the next request (as a browser would). Returns
    throughput, latency percentiles, failures, the CPU time the server's workers spent per
    request, and the share of a core the load generator itself used.
    """
    port = server.port
    lock = threading.Lock()
    remaining = [requests]
    latencies = []
    failures = []
    start_barrier = threading.Barrier(threads + 1)

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        own = []
        start_barrier.wait()
        while True:
            with lock:
                if remaining[0] == 0:
                    break
                remaining[0] -= 1
            started = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    failures.append(f"HTTP {response.status}")
            except (OSError, http.client.HTTPException) as error:
                failures.append(f"{type(error).__name__}: {error}")
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            own.append(time.perf_counter() - started)
        connection.close()
        with lock:
            latencies.extend(own)

    timing = _run_workers(worker, threads, start_barrier, server)
    return run_summary(path, requests, latencies, failures, *timing, server)


def _run_workers(worker, threads, start_barrier, server):
    """Start `threads` threads of `worker`, release them together at `start_barrier` and wait.

    Returns (elapsed seconds, this process's CPU time before, the server's CPU time before).
    """
    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for thread in pool:
        thread.start()
    cpu_before = time.process_time()
    server_cpu_before = server.cpu_seconds()
    start_barrier.wait()
    started = time.perf_counter()
    for thread in pool:
        thread.join()
    return time.perf_counter() - started, cpu_before, server_cpu_before


def run_summary(
    path, requests, latencies, failures, elapsed, cpu_before, server_cpu_before, server
):
    """One run's figures, as every load generator reports them."""
    cpu = time.process_time() - cpu_before
    server_cpu_after = server.cpu_seconds()
    server_cpu = None
    if latencies and server_cpu_before is not None and server_cpu_after is not None:
        server_cpu = (server_cpu_after - server_cpu_before) / len(latencies)
    latencies.sort()
    return {
        "path": path,
        "requests": requests,
        "ok": len(latencies),
        "failures": len(failures),
        "failure_examples": sorted(set(failures))[:5],
        "seconds": round(elapsed, 3),
        "rps": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        "median_ms": round(statistics.median(latencies) * 1000, 2) if latencies else None,
        "p95_ms": round(_percentile(latencies, 0.95) * 1000, 2) if latencies else None,
        "server_cpu_ms": round(server_cpu * 1000, 3) if server_cpu is not None else None,
        "client_cpu_share": round(cpu / elapsed, 2) if elapsed else None,
    }


# --- reporting -----------------------------------------------------------------------------


def step(message):
    """One line of progress, printed at once."""
    print(f"· {message}", flush=True)


class Benchmark:
    """When a benchmark started, on which machine, and how busy the machine was around it."""

    def __init__(self, name):
        self.name = name
        self.started = datetime.datetime.now(datetime.UTC)
        self.machine = environment()
        self.load_before = os.getloadavg()[0]
        self.load_after = None

    def finished(self):
        self.load_after = os.getloadavg()[0]

    def load_average(self):
        return {"start": round(self.load_before, 2), "end": round(self.load_after, 2)}

    def save(self, filename, data):
        """Write this run's record to bench/results/`filename`: when, where, how busy, `data`."""
        record = {
            "benchmark": self.name,
            "date": self.started.isoformat(timespec="seconds"),
            "machine": self.machine,
        }
        if self.load_after is not None:
            record["load_average"] = self.load_average()
        path = write_json(filename, {**record, **data})
        print(f"Results written to {path.relative_to(PROJECT_DIR)}")
        return path


def run_main(main):
    """Run a benchmark's `main()` as a script: its exit code; 2 when it could not measure."""
    script = f"bench/{Path(sys.argv[0]).name}"
    try:
        sys.exit(main())
    except BenchError as error:
        print(f"{script}: {error}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print(f"{script}: interrupted", file=sys.stderr)
        sys.exit(130)


def environment():
    """What the figures depend on besides the code: the machine and the versions."""
    versions = {}
    for package in ("django", "wagtail", "gunicorn", "psycopg"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "postgresql": postgres_version(),
        **versions,
    }


def table(headers, rows):
    """Plain-text table: the first two columns left-aligned, the others right-aligned."""
    cells = [[str(cell) for cell in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row):
        return "  ".join(
            cell.ljust(widths[i]) if i < 2 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        )

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(cells[0]), rule, *(line(row) for row in cells[1:])])


def write_json(name, data):
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / name
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return path


# --- forms, sessions and memory (bench/intake.py, bench/admin_queue.py) ---------------------------

_CSRF_INPUT = re.compile(
    r'name="csrfmiddlewaretoken"\s+value="([^"]+)"|value="([^"]+)"\s+name="csrfmiddlewaretoken"'
)


class Browser:
    """One keep-alive HTTP connection with a cookie jar: enough of a browser to fill in forms."""

    def __init__(self, port, timeout=30, cookies=None):
        self.port = port
        self.timeout = timeout
        self.cookies = dict(cookies or {})
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)

    def close(self):
        self.connection.close()

    def request(self, method, path, fields=None, read=True):
        """Send a request (fields are form-encoded); returns the response, its body read or not."""
        from http.cookies import SimpleCookie
        from urllib.parse import urlencode

        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = http.client.HTTPConnection(
                "127.0.0.1", self.port, timeout=self.timeout
            )
            raise
        for header in response.msg.get_all("Set-Cookie") or []:
            for key, morsel in SimpleCookie(header).items():
                self.cookies[key] = morsel.value
        response.body = response.read() if read else None
        return response

    def csrf_token(self, path):
        """GET a page with a form; returns its csrfmiddlewaretoken (the cookie is kept)."""
        response = self.request("GET", path)
        if response.status != 200:
            raise BenchError(f"GET {path} answered {response.status}")
        match = _CSRF_INPUT.search(response.body.decode("utf-8", "replace"))
        if not match:
            raise BenchError(f"no csrfmiddlewaretoken in {path}")
        return match.group(1) or match.group(2)


def staff_sessions(editor_username=None):
    """Runs inside Django: a superuser and a department editor, logged in.

    The editor is the existing user `editor_username` when there is one, else a new
    `bench_editor` in the first department that has a staff group. Returns the departments with
    a staff group, the two users and their session cookies: {"superuser": …, "editor": …}.
    """
    from django.contrib.auth import get_user_model
    from django.test import Client

    from praca.models import Department

    departments = list(Department.objects.filter(group__isnull=False).order_by("pk"))
    if not departments:
        raise SystemExit("no department has a staff group: did load_demo run?")
    users = get_user_model().objects
    admin = users.create_superuser("bench_admin", "bench_admin@example.org", "bench-admin-pw")
    editor = users.filter(username=editor_username).first() if editor_username else None
    if editor is None:
        editor = users.create_user("bench_editor", "bench_editor@example.org", "bench-editor-pw")
        editor.groups.add(departments[0].group)
    sessions = {}
    for name, user in (("superuser", admin), ("editor", editor)):
        client = Client(HTTP_HOST="localhost")
        client.force_login(user)
        sessions[name] = client.cookies["sessionid"].value
    return departments, admin, editor, sessions


def post_load(server, form_path, post_path, make_fields, requests, threads=4, expect=None):
    """POST a form `requests` times from `threads` threads, each a `Browser` of its own.

    Each thread first GETs `form_path` (not timed) for the CSRF cookie and token, then POSTs
    `make_fields()` plus the token to `post_path`. A response counts as good only if it is a 302
    whose Location satisfies `expect(location)`. Returns the same figures as `load()`.
    """
    lock = threading.Lock()
    remaining = [requests]
    latencies = []
    failures = []
    start_barrier = threading.Barrier(threads + 1)
    setup_errors = []

    def worker():
        browser = Browser(server.port)
        try:
            token = browser.csrf_token(form_path)
        except (BenchError, OSError, http.client.HTTPException) as error:
            setup_errors.append(str(error))
            token = None
        own = []
        start_barrier.wait()
        while token is not None:
            with lock:
                if remaining[0] == 0:
                    break
                remaining[0] -= 1
            fields = {**make_fields(), "csrfmiddlewaretoken": token}
            started = time.perf_counter()
            try:
                response = browser.request("POST", post_path, fields)
            except (OSError, http.client.HTTPException) as error:
                failures.append(f"{type(error).__name__}: {error}")
                continue
            elapsed = time.perf_counter() - started
            location = response.getheader("Location") or ""
            if response.status != 302 or (expect and not expect(location)):
                failures.append(f"HTTP {response.status} {location[:80]}")
                continue
            own.append(elapsed)
        browser.close()
        with lock:
            latencies.extend(own)

    timing = _run_workers(worker, threads, start_barrier, server)
    if setup_errors:
        raise BenchError(f"could not get a CSRF token: {setup_errors[0]}")
    return run_summary(post_path, requests, latencies, failures, *timing, server)


def timed_gets(port, path, count, cookies=None, warmup=3):
    """GET `path` `count` times one after the other (after `warmup` unmeasured ones).

    Latency of one request on an otherwise idle server: median, p95, min, max in ms; every
    response must be a 200.
    """
    browser = Browser(port, cookies=cookies)
    latencies, failures, size = [], [], 0
    try:
        for number in range(warmup + count):
            started = time.perf_counter()
            response = browser.request("GET", path)
            elapsed = time.perf_counter() - started
            if response.status != 200:
                failures.append(f"HTTP {response.status} {response.getheader('Location') or ''}")
            elif number >= warmup:
                latencies.append(elapsed)
                size = len(response.body)
    finally:
        browser.close()
    if not latencies:
        raise BenchError(f"GET {path} never answered 200: {failures[:3]}")
    latencies.sort()
    return {
        "path": path,
        "requests": count,
        "failures": len(failures),
        "median_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(_percentile(latencies, 0.95) * 1000, 1),
        "min_ms": round(latencies[0] * 1000, 1),
        "max_ms": round(latencies[-1] * 1000, 1),
        "bytes": size,
    }


def _status_kb(pid, field):
    """A `VmRSS:`/`VmHWM:` line of /proc/<pid>/status, in kB; None if unreadable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


class MemorySampler:
    """Samples the resident memory of some processes every `interval` seconds, in a thread.

    `peak_mb()` is the largest VmRSS seen per process; `hwm_mb()` reads the kernel's own peak
    (VmHWM), which also catches what happens between two samples.
    """

    def __init__(self, pids, interval=0.2):
        self.pids = list(pids)
        self.interval = interval
        self.peaks = {pid: 0 for pid in self.pids}
        self.start_rss = {pid: _status_kb(pid, "VmRSS") for pid in self.pids}
        self.start_hwm = {pid: _status_kb(pid, "VmHWM") for pid in self.pids}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            for pid in self.pids:
                rss = _status_kb(pid, "VmRSS")
                if rss is not None:
                    self.peaks[pid] = max(self.peaks[pid], rss)
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.end_hwm = {pid: _status_kb(pid, "VmHWM") for pid in self.pids}

    def report(self):
        """Per process: RSS before, peak sampled RSS and VmHWM before/after, in MB."""
        mb = lambda kb: None if kb is None else round(kb / 1024, 1)  # noqa: E731
        return {
            str(pid): {
                "rss_before_mb": mb(self.start_rss[pid]),
                "rss_peak_sampled_mb": mb(self.peaks[pid]),
                "hwm_before_mb": mb(self.start_hwm[pid]),
                "hwm_after_mb": mb(getattr(self, "end_hwm", {}).get(pid)),
            }
            for pid in self.pids
        }


def execute_sql(database_url, statements):
    """Run SQL statements (strings or (sql, params)) in autocommit; returns each one's seconds."""
    import psycopg

    timings = []
    with psycopg.connect(database_url, autocommit=True) as connection:
        for statement in statements:
            sql, params = statement if isinstance(statement, tuple) else (statement, None)
            started = time.perf_counter()
            connection.execute(sql, params)
            timings.append(time.perf_counter() - started)
    return timings


def bulk_insert(database_url, table, insert_sql, params=None, rebuild_indexes=True):
    """Run one big INSERT … SELECT into `table`, then VACUUM ANALYZE it.

    With `rebuild_indexes`, the table's indexes that back no constraint are dropped before the
    insert and created again after it, from their own definitions (as bulk loads are done):
    building an index once is several times faster than updating it a million times. The
    schema ends exactly as it was. Returns the seconds of each step.
    """
    import psycopg

    if not re.fullmatch(r"[a-z_][a-z0-9_]*", table):
        raise BenchError(f"unsafe table name: {table!r}")
    timings = {}
    with psycopg.connect(database_url, autocommit=True) as connection:
        definitions = []
        if rebuild_indexes:
            definitions = connection.execute(
                "SELECT indexname, indexdef FROM pg_indexes i WHERE schemaname = 'public' "
                "AND tablename = %s AND NOT EXISTS "
                "(SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
                [table],
            ).fetchall()
            for name, _definition in definitions:
                connection.execute(f'DROP INDEX "{name}"')
        started = time.perf_counter()
        connection.execute(insert_sql, params)
        timings["insert_s"] = round(time.perf_counter() - started, 1)
        if definitions:
            started = time.perf_counter()
            connection.execute("SET maintenance_work_mem = '256MB'")
            for _name, definition in definitions:
                connection.execute(definition)
            timings["indexes_s"] = round(time.perf_counter() - started, 1)
        started = time.perf_counter()
        connection.execute(f"VACUUM (ANALYZE) {table}")
        timings["vacuum_analyze_s"] = round(time.perf_counter() - started, 1)
    return timings
