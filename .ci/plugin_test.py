#!/usr/bin/env python3
"""Install Praça into brand-new Wagtail sites, as a city would, and use them over HTTP.

    python3 .ci/plugin_test.py [--keep] [--only full|catalog|consultations]

Builds the repository's wheel once and checks what it ships (templates, compiled catalogs,
static files, migrations). Then, for each scenario (every capability, the catalog alone, the
consultations alone): a fresh virtualenv with Wagtail and the wheel from the package index,
`wagtail start hostsite`, the README's steps applied to the generated files (the host's example
search app removed, Praça's apps added to INSTALLED_APPS, `praca.urls` included before
Wagtail's pages, a marker in the host's base template), `migrate`, `load_demo --parent /` twice,
and a real `runserver` that the checks talk to with urllib: pages render inside the host's base
template, a service has its JSON-LD, a manifestation is filed and followed, a consultation is
answered, the search finds a service, and the capabilities left out answer 404.

Standard library only. Prints one `ok` or `FAIL` line per
check and `N passed, N failed` at the end; exits 1 on any failure; removes its temporary
directory unless --keep. Environment:

    PLUGIN_TEST_PIP_ARGS   extra arguments for every `pip wheel` and `pip install` (shlex-split)
    PLUGIN_TEST_WAGTAIL    the Wagtail requirement of the host (default "wagtail>=7.4,<7.5")
"""

import argparse
import datetime
import http.cookiejar
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WAGTAIL_REQUIREMENT = os.environ.get("PLUGIN_TEST_WAGTAIL", "wagtail>=7.4,<7.5")
PIP_ARGS = shlex.split(os.environ.get("PLUGIN_TEST_PIP_ARGS", ""))

MARKER_ID = "host-site-marker"
MARKER_HTML = f'<div id="{MARKER_ID}">Host site</div>'

# What each scenario appends to hostsite/settings/base.py.
SCENARIOS = {
    "full": [
        "from praca import PRACA_APPS",
        "INSTALLED_APPS += [a for a in PRACA_APPS if a not in INSTALLED_APPS]",
    ],
    "catalog": [
        "from praca import apps_for",
        'INSTALLED_APPS += [a for a in apps_for("catalog") if a not in INSTALLED_APPS]',
    ],
    "consultations": [
        "from praca import apps_for",
        'INSTALLED_APPS += [a for a in apps_for("consultations") if a not in INSTALLED_APPS]',
    ],
}

# Variables of this shell that would change how the host runs: it must see only its own setup.
SCRUBBED_ENV = (
    "DJANGO_SETTINGS_MODULE",
    "PYTHONPATH",
    "PYTHONHOME",
    "VIRTUAL_ENV",
    "DATABASE_URL",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "TASKS_BACKEND",
    "SECRET_KEY",
)

# Texts of the pages, in English (the host's LANGUAGE_CODE) and Brazilian Portuguese.
ANSWER_RECORDED = ("your answer was recorded", "sua resposta foi registrada")
CHECK_YOUR_EMAIL = ("check your email", "confira seu e-mail")
PROTOCOL_RE = re.compile(r"\b(\d{4}-\d{6})\b")

STEP_TIMEOUT = 900
HTTP_TIMEOUT = 60


# Reporting ----------------------------------------------------------------------------------


class Report:
    """Counts the checks and prints one line for each."""

    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.failures = []

    def emit(self, text):
        print(text, flush=True)

    def ok(self, name, note=""):
        self.passed += 1
        self.emit(f"ok    {name}" + (f"  ({note})" if note else ""))

    def fail(self, name, detail=""):
        self.failed += 1
        self.failures.append(name)
        self.emit(f"FAIL  {name}")
        for line in str(detail).strip().splitlines():
            self.emit(f"        {line}")

    def check(self, name, condition, detail="", note=""):
        if condition:
            self.ok(name, note)
        else:
            self.fail(name, detail)
        return bool(condition)

    def info(self, text):
        self.emit(f"..    {text}")

    def section(self, text):
        self.emit(f"\n== {text}")


class StepError(Exception):
    """A setup step failed: the scenario cannot go on."""


# pip's notes about this machine's unused local indexes: noise in a failure's excerpt.
NOISE = re.compile(r"^WARNING: Location '.*' is ignored: it is neither a file nor a directory")


def tail(text, lines=25):
    kept = [line for line in (text or "").rstrip().splitlines() if not NOISE.match(line)]
    kept = kept[-lines:]
    return "\n".join(kept)


# Commands -----------------------------------------------------------------------------------


def clean_env(extra=None):
    env = {key: value for key, value in os.environ.items() if key not in SCRUBBED_ENV}
    env["PYTHONUNBUFFERED"] = "1"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.update(extra or {})
    return env


def run(command, cwd=None, env=None, timeout=STEP_TIMEOUT):
    """Run a command; its output; StepError with the output's tail when it fails."""
    started = time.monotonic()
    try:
        result = subprocess.run(
            [str(part) for part in command],
            cwd=cwd,
            env=env or clean_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as error:
        output = error.output.decode() if isinstance(error.output, bytes) else error.output
        raise StepError(
            f"timed out after {timeout} s: {shlex.join(map(str, command))}\n{tail(output)}"
        ) from error
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        raise StepError(
            f"exit {result.returncode} after {elapsed:.0f} s: {shlex.join(map(str, command))}\n"
            f"{tail(result.stdout, 40)}"
        )
    return result.stdout, elapsed


def step(report, name, function, *args, **kwargs):
    """A setup step as a check: ok with its time, or FAIL with the command's output."""
    started = time.monotonic()
    try:
        value = function(*args, **kwargs)
    except StepError as error:
        report.fail(name, str(error))
        raise
    except Exception as error:  # a bug in the host edits or similar: still one clear line
        report.fail(name, f"{type(error).__name__}: {error}")
        raise StepError(str(error)) from error
    report.ok(name, f"{time.monotonic() - started:.0f} s")
    return value


# The wheel ----------------------------------------------------------------------------------


# Never copied into the build tree: what is not the project's source.
NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "*.pyc",
    ".test-media",
    "media",
    "static_root",
    "db.sqlite3",
    ".pytest_cache",
    ".ruff_cache",
    "node_modules",
)


def source_files():
    """The repository's files as a clean checkout with the work in progress has them: tracked
    and untracked-but-not-ignored files (`git ls-files`), or None outside a git checkout."""
    try:
        listing = subprocess.run(
            [
                "git",
                "-C",
                str(REPO),
                "ls-files",
                "-z",
                "--cached",
                "--others",
                "--exclude-standard",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            check=True,
        ).stdout.decode()
    except (OSError, subprocess.CalledProcessError):
        return None
    return [name for name in dict.fromkeys(listing.split("\0")) if name and (REPO / name).is_file()]


def copy_source(destination):
    """Copy the repository to `destination`: pip builds a directory in place (build/, egg-info)
    and a stale build/lib would put moved modules back into the wheel."""
    files = source_files()
    if files is None:
        shutil.copytree(REPO, destination, ignore=NOT_SOURCE, symlinks=True)
        return
    for name in files:
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target, follow_symlinks=False)


def build_wheel(report, workdir):
    dist = workdir / "dist"
    source = workdir / "source"
    copy_source(source)
    step(
        report,
        "build the wheel (pip wheel --no-deps, from a copy of the repository)",
        run,
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            *PIP_ARGS,
            "-w",
            dist,
            source,
        ],
        cwd=workdir,
    )
    wheels = sorted(dist.glob("*.whl"))
    if len(wheels) != 1:
        report.fail("exactly one wheel built", f"found {[w.name for w in wheels]}")
        raise StepError("no wheel")
    wheel = wheels[0]
    archive = zipfile.ZipFile(wheel)
    names = archive.namelist()
    metadata = next((n for n in names if n.endswith(".dist-info/METADATA")), None)
    requires = []
    if metadata:
        for line in archive.read(metadata).decode().splitlines():
            if line.startswith("Requires-Dist:") and "extra ==" not in line:
                requires.append(line.split(":", 1)[1].strip())
    report.info(f"{wheel.name}: {len(names)} files; requires {', '.join(requires)}")

    def count(predicate):
        return sum(1 for name in names if predicate(name))

    kinds = [
        ("HTML templates", lambda n: n.endswith(".html") and "/templates/" in n),
        ("compiled message catalogs (.mo)", lambda n: n.endswith(".mo")),
        ("static CSS", lambda n: n.endswith(".css") and "/static/" in n),
        ("static JavaScript", lambda n: n.endswith(".js") and "/static/" in n),
        ("migrations", lambda n: re.search(r"/migrations/0001_\w+\.py$", n) is not None),
    ]
    for label, predicate in kinds:
        number = count(predicate)
        report.check(f"wheel contains {label}", number, f"none in {wheel.name}", f"{number}")
    report.check(
        "wheel contains praca/__init__.py",
        "praca/__init__.py" in names,
        "praca/__init__.py is not in the wheel; top-level entries: "
        + ", ".join(sorted({name.split("/")[0] for name in names})),
    )
    return wheel


# The host site ------------------------------------------------------------------------------


def replace_once(text, pattern, replacement, what, path, flags=re.MULTILINE):
    """Substitute the one match of `pattern`; fail loudly when there is none or several."""
    matches = list(re.finditer(pattern, text, flags))
    if len(matches) != 1:
        raise StepError(
            f"{path}: expected exactly one {what} (pattern {pattern!r}), found {len(matches)}"
        )
    return re.sub(pattern, replacement, text, count=1, flags=flags)


def apply_readme_contract(site, scenario):
    """The README's steps, applied to what `wagtail start` generated."""
    project = site / "hostsite"

    # 1. Drop the host's example search app: Praça brings its own search at /busca/.
    search_app = site / "search"
    if not search_app.is_dir():
        raise StepError(f"{search_app} does not exist: not what `wagtail start` generates")
    shutil.rmtree(search_app)

    settings = project / "settings" / "base.py"
    text = settings.read_text()
    text = replace_once(
        text, r'^[ \t]*"search",[ \t]*\n', "", '"search" in INSTALLED_APPS', settings
    )
    if "INSTALLED_APPS = [" not in text:
        raise StepError(f"{settings}: no INSTALLED_APPS list")
    text = text.rstrip("\n") + "\n\n# Praça (README)\n" + "\n".join(SCENARIOS[scenario]) + "\n"
    settings.write_text(text)

    urls = project / "urls.py"
    text = urls.read_text()
    text = replace_once(
        text,
        r"^[ \t]*from search import views as search_views[ \t]*\n",
        "",
        "import of search_views",
        urls,
    )
    text = replace_once(
        text,
        r'^[ \t]*path\("search/", search_views\.search, name="search"\),[ \t]*\n',
        "",
        "search/ route",
        urls,
    )
    if not re.search(r"^from django\.urls import .*\binclude\b", text, re.MULTILINE):
        raise StepError(f"{urls}: `include` is not imported from django.urls")
    text = replace_once(
        text,
        r'^([ \t]*)(path\("", include\(wagtail_urls\)\),)',
        r'\1path("", include("praca.urls")),\n\1\2',
        'path("", include(wagtail_urls)) line',
        urls,
    )
    if "search_views" in text:
        raise StepError(f"{urls}: search_views is still used after removing the search app")
    urls.write_text(text)

    base = project / "templates" / "base.html"
    text = base.read_text()
    text = replace_once(
        text, r"(<body\b[^>]*>)", lambda m: m.group(1) + "\n" + MARKER_HTML, "<body> tag", base
    )
    base.write_text(text)


def manage(site, python, *arguments, timeout=STEP_TIMEOUT):
    env = clean_env({"DJANGO_SETTINGS_MODULE": "hostsite.settings.dev"})
    return run([python, "manage.py", *arguments], cwd=site, env=env, timeout=timeout)


def set_up_host(report, scenario, wheel, workdir):
    """Virtualenv, install, wagtail start, README steps, migrate and the demo: (site, python)."""
    venv = workdir / "venv"
    site = workdir / "site"
    python = venv / "bin" / "python"
    step(report, f"[{scenario}] python3 -m venv", run, [sys.executable, "-m", "venv", venv])
    step(
        report,
        f"[{scenario}] pip install {WAGTAIL_REQUIREMENT!r} {wheel.name}",
        run,
        # --no-compile: the host imports (and so compiles) what it uses; byte-compiling all of
        # Wagtail and its dependencies up front is a good part of an install's time.
        [
            python,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-compile",
            *PIP_ARGS,
            WAGTAIL_REQUIREMENT,
            wheel,
        ],
    )
    versions, _ = run(
        [
            python,
            "-c",
            "import django, wagtail; "
            "print('Django', django.get_version(), '/ Wagtail', wagtail.__version__)",
        ]
    )
    report.info(versions.strip())
    site.mkdir()
    step(
        report,
        f"[{scenario}] wagtail start hostsite",
        run,
        [venv / "bin" / "wagtail", "start", "hostsite", site],
    )
    step(
        report,
        f"[{scenario}] apply the README to the host (search app, settings, urls, base template)",
        apply_readme_contract,
        site,
        scenario,
    )
    step(
        report,
        f"[{scenario}] manage.py migrate --no-input",
        manage,
        site,
        python,
        "migrate",
        "--no-input",
    )
    step(
        report,
        f"[{scenario}] manage.py load_demo --parent /",
        manage,
        site,
        python,
        "load_demo",
        "--parent",
        "/",
    )
    step(
        report,
        f"[{scenario}] manage.py load_demo --parent / again (idempotent)",
        manage,
        site,
        python,
        "load_demo",
        "--parent",
        "/",
    )
    return site, python


# The server ---------------------------------------------------------------------------------


RUNNING_SERVERS = set()  # stopped by main() too, should an interruption skip a scenario's own stop


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`manage.py runserver` in its own process group; stop() ends the whole group."""

    def __init__(self, site, python, log_path):
        self.site = site
        self.python = python
        self.log_path = log_path
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self, timeout=90):
        self.log = open(self.log_path, "w")  # noqa: SIM115 (closed in stop())
        env = clean_env({"DJANGO_SETTINGS_MODULE": "hostsite.settings.dev"})
        self.process = subprocess.Popen(
            [str(self.python), "manage.py", "runserver", f"127.0.0.1:{self.port}", "--noreload"],
            cwd=self.site,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        RUNNING_SERVERS.add(self)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise StepError(
                    f"runserver exited with {self.process.returncode}\n{self.log_tail()}"
                )
            try:
                urllib.request.urlopen(self.base + "/", timeout=5).close()  # noqa: S310
                return
            except urllib.error.HTTPError:
                return  # it answers, even if not 200
            except (TimeoutError, urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        raise StepError(f"runserver did not answer within {timeout} s\n{self.log_tail()}")

    def log_tail(self, lines=30):
        try:
            return tail(Path(self.log_path).read_text(errors="replace"), lines)
        except OSError:
            return ""

    def stop(self):
        RUNNING_SERVERS.discard(self)
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=10)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.log.close()


# HTML ---------------------------------------------------------------------------------------

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}


class Node:
    def __init__(self, tag, attrs, parent=None):
        self.tag = tag
        self.attrs = {name: ("" if value is None else value) for name, value in attrs}
        self.parent = parent
        self.children = []  # Nodes and strings

    @property
    def classes(self):
        return self.attrs.get("class", "").split()

    def has_class(self, name):
        return name in self.classes

    def iter(self):
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.iter()

    def find_all(self, tag=None, cls=None, **attrs):
        return [
            node
            for node in self.iter()
            if (tag is None or node.tag == tag)
            and (cls is None or node.has_class(cls))
            and all(node.attrs.get(key.rstrip("_")) == value for key, value in attrs.items())
        ]

    def find(self, tag=None, cls=None, **attrs):
        found = self.find_all(tag, cls, **attrs)
        return found[0] if found else None

    def text(self):
        parts = []
        for child in self.children:
            parts.append(child.text() if isinstance(child, Node) else child)
        return " ".join(" ".join(parts).split())

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class TreeBuilder(HTMLParser):
    """A forgiving DOM from html.parser: enough for links, forms and texts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [])
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        if tag in ("option", "li", "p") and self.stack[-1].tag == tag:
            self.stack.pop()  # implied end tags of the kinds pages rely on
        node = Node(tag, attrs, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, attrs, self.stack[-1])
        self.stack[-1].children.append(node)

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(body):
    builder = TreeBuilder()
    builder.feed(body)
    builder.close()
    return builder.root


# HTTP ---------------------------------------------------------------------------------------


class Response:
    def __init__(self, status, url, body, headers):
        self.status = status
        self.url = url
        self.body = body
        self.headers = headers
        self._dom = None

    @property
    def dom(self):
        if self._dom is None:
            self._dom = parse(self.body)
        return self._dom

    @property
    def path(self):
        return urllib.parse.urlsplit(self.url).path

    def has_marker(self):
        return self.dom.find(id=MARKER_ID) is not None

    def excerpt(self, length=600):
        """What went wrong, shortly: Django's debug page summary, form errors, or the text."""
        dom = self.dom
        if "exception_value" in self.body:
            title = dom.find("title")
            value = dom.find("pre", cls="exception_value")
            where = dom.find("table", cls="meta")
            parts = [title.text() if title else "", value.text() if value else ""]
            if where is not None:
                for row in where.find_all("tr"):
                    cells = row.text()
                    if cells.startswith(("Exception Location", "Raised during")):
                        parts.append(cells)
            return " | ".join(part for part in parts if part)[: length * 2]
        errors = dom.find(cls="form-errors")
        if errors is not None:
            return "form errors: " + errors.text()[:length]
        main = dom.find("main") or dom.find("body") or dom
        return main.text()[:length]


class Browser:
    """urllib with a cookie jar, CSRF from forms and cookies, and a Referer on every post."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.opener.addheaders = [("User-Agent", "praca-plugin-test/1"), ("Accept-Language", "en")]

    def absolute(self, url):
        return urllib.parse.urljoin(self.base + "/", url)

    def request(self, url, data=None, headers=None):
        request = urllib.request.Request(self.absolute(url), data=data, headers=headers or {})
        try:
            with self.opener.open(request, timeout=HTTP_TIMEOUT) as answer:
                body = answer.read().decode("utf-8", errors="replace")
                return Response(answer.status, answer.geturl(), body, answer.headers)
        except urllib.error.HTTPError as error:
            body = error.read().decode("utf-8", errors="replace")
            return Response(error.code, error.geturl() or request.full_url, body, error.headers)
        except (TimeoutError, urllib.error.URLError, ConnectionError) as error:
            return Response(0, request.full_url, f"no answer: {error}", {})

    def get(self, url):
        return self.request(url)

    def csrf_cookie(self):
        for cookie in self.jar:
            if cookie.name == "csrftoken":
                return cookie.value
        return ""

    def submit(self, page, form, fields, button=None):
        """Post `fields` ([(name, value)], file inputs as (name, None)) as the browser would."""
        action = self.absolute(urllib.parse.urljoin(page.url, form.attrs.get("action") or page.url))
        action = urllib.parse.urldefrag(action)[0]
        if button is not None and button.attrs.get("name"):
            fields = fields + [(button.attrs["name"], button.attrs.get("value", ""))]
        # As a browser: the form's csrfmiddlewaretoken among the fields, the csrftoken cookie
        # from the jar, and the page as the Referer (Django checks it on HTTPS).
        headers = {"Referer": page.url}
        if form.attrs.get("enctype", "").lower() == "multipart/form-data":
            boundary = "----praca" + uuid.uuid4().hex
            chunks = []
            for name, value in fields:
                if value is None:  # an empty file input
                    chunks.append(
                        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                        f'filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n'
                    )
                else:
                    chunks.append(
                        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"'
                        f"\r\n\r\n{value}\r\n"
                    )
            chunks.append(f"--{boundary}--\r\n")
            data = "".join(chunks).encode()
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        else:
            data = urllib.parse.urlencode(
                [(name, value) for name, value in fields if value is not None]
            ).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        return self.request(action, data=data, headers=headers)


# Forms --------------------------------------------------------------------------------------

TEXT_TYPES = {
    "text",
    "search",
    "email",
    "tel",
    "url",
    "number",
    "date",
    "password",
    "datetime-local",
    "time",
    "",
}


def is_honeypot(control):
    if control.attrs.get("tabindex") == "-1" and control.attrs.get("autocomplete") == "off":
        return True
    for ancestor in control.ancestors():
        if ancestor.attrs.get("aria-hidden") == "true" or ancestor.has_class("visually-hidden"):
            return True
        if ancestor.tag == "form":
            break
    return False


def is_required(form, control, labels):
    """The `required` attribute, or "(required)" by its label or its fieldset's legend."""
    if "required" in control.attrs:
        return True
    label = labels.get(control.attrs.get("id", ""))
    if label is not None and label.find("span", cls="required") is not None:
        if "consent" not in control.attrs.get("name", ""):
            return True
    for ancestor in control.ancestors():
        if ancestor is form:
            break
        if ancestor.tag == "fieldset":
            legend = ancestor.find("legend")
            return legend is not None and legend.find("span", cls="required") is not None
    return False


def default_text(control, name):
    kind = control.attrs.get("type", "text").lower() if control.tag == "input" else "textarea"
    lowered = name.lower()
    if kind == "email" or "email" in lowered:
        return "maria.teste@example.com"
    if kind == "number":
        low = control.attrs.get("min")
        high = control.attrs.get("max")
        value = float(low) if low not in (None, "") else 1
        if high not in (None, "") and value > float(high):
            value = float(high)
        return str(int(value)) if float(value).is_integer() else str(value)
    if kind == "date":
        return datetime.date.today().isoformat()
    if kind == "tel" or "phone" in lowered:
        return "(11) 91234-5678"
    if kind == "url":
        return "https://example.com/"
    if "name" in lowered:
        return "Maria Teste"
    if kind == "textarea":
        return "Teste de instalação do Praça num site Wagtail novo: tudo certo por aqui."
    return "Teste"


def fill_form(form, overrides=None, fill_optional=False):
    """The values a person would send: required fields filled by type, consent ticked,
    honeypots empty, hidden fields kept. Returns (fields, notes)."""
    overrides = overrides or {}
    labels = {label.attrs.get("for", ""): label for label in form.find_all("label")}
    controls = [node for node in form.iter() if node.tag in ("input", "select", "textarea")]
    fields, notes = [], []
    radios_done, checkbox_groups = set(), {}
    for control in controls:
        if control.attrs.get("type", "").lower() == "checkbox":
            checkbox_groups.setdefault(control.attrs.get("name", ""), []).append(control)

    for control in controls:
        name = control.attrs.get("name")
        if not name or "disabled" in control.attrs:
            continue
        kind = control.attrs.get("type", "text").lower() if control.tag == "input" else control.tag
        required = is_required(form, control, labels)
        wanted = required or fill_optional or name in overrides

        if kind in ("submit", "button", "reset", "image"):
            continue
        if kind == "hidden":
            fields.append((name, control.attrs.get("value", "")))
        elif kind == "file":
            fields.append((name, None))
            if required:
                notes.append(f"file field {name} is required: sent empty")
        elif kind == "radio":
            if name in radios_done:
                continue
            radios_done.add(name)
            group = [
                c
                for c in controls
                if c.attrs.get("type", "").lower() == "radio" and c.attrs.get("name") == name
            ]
            values = [c.attrs.get("value", "on") for c in group]
            checked = [c.attrs.get("value", "on") for c in group if "checked" in c.attrs]
            if name in overrides and overrides[name] in values:
                fields.append((name, overrides[name]))
            elif checked:
                fields.append((name, checked[0]))
            elif wanted and values:
                fields.append((name, values[0]))
        elif kind == "checkbox":
            group = checkbox_groups.get(name, [])
            value = control.attrs.get("value", "on")
            if "consent" in name.lower() or "checked" in control.attrs:
                fields.append((name, value))
            elif len(group) > 1:  # a multiple choice: its first option when it is answered
                if control is group[0] and (
                    fill_optional
                    or name in overrides
                    or any(is_required(form, c, labels) for c in group)
                ):
                    fields.append((name, value))
            elif required:  # a lone box the form insists on
                fields.append((name, value))
        elif control.tag == "select":
            options = control.find_all("option")
            selected = [o.attrs.get("value", o.text()) for o in options if "selected" in o.attrs]
            if name in overrides:
                fields.append((name, overrides[name]))
            elif selected:
                fields.extend((name, value) for value in selected)
            elif "multiple" not in control.attrs and options:
                non_empty = [
                    o.attrs.get("value", o.text())
                    for o in options
                    if o.attrs.get("value", o.text())
                ]
                if wanted and non_empty:
                    fields.append((name, non_empty[0]))
                else:
                    fields.append((name, options[0].attrs.get("value", options[0].text())))
        elif kind in TEXT_TYPES or control.tag == "textarea":
            current = (
                control.text() if control.tag == "textarea" else control.attrs.get("value", "")
            )
            if is_honeypot(control):
                fields.append((name, ""))
            elif name in overrides:
                fields.append((name, overrides[name]))
            elif current:
                fields.append((name, current))
            elif wanted:
                fields.append((name, default_text(control, name)))
            else:
                fields.append((name, ""))
        else:
            fields.append((name, control.attrs.get("value", "")))
    return fields, notes


def main_submit_button(form):
    """The button a person presses to send: not a secondary `formnovalidate` one."""
    buttons = [
        node
        for node in form.iter()
        if (node.tag == "button" and node.attrs.get("type", "submit").lower() == "submit")
        or (node.tag == "input" and node.attrs.get("type", "").lower() in ("submit", "image"))
    ]
    primary = [b for b in buttons if "formnovalidate" not in b.attrs and not b.attrs.get("name")]
    if primary:
        return primary[-1]
    primary = [b for b in buttons if "formnovalidate" not in b.attrs]
    return (primary or buttons or [None])[-1]


def post_forms(dom):
    return [form for form in dom.find_all("form") if form.attrs.get("method", "").lower() == "post"]


# Checks -------------------------------------------------------------------------------------


def describe(response, extra=""):
    text = f"{response.url} -> HTTP {response.status}"
    if extra:
        text += f"; {extra}"
    return f"{text}\n{response.excerpt()}"


def check_page(report, browser, name, url, expected=200, marker=True):
    """GET `url`; one check of its status (and the host's marker). Returns the response."""
    response = browser.get(url)
    good = response.status == expected
    problems = [] if good else [f"expected HTTP {expected}"]
    if good and marker and expected == 200 and not response.has_marker():
        good = False
        problems.append(
            f'the host\'s marker (id="{MARKER_ID}") is missing: not rendered '
            "inside the host's base template"
        )
    report.check(
        f"{name}: GET {url} -> {expected}"
        + (" with the host's marker" if marker and expected == 200 else ""),
        good,
        describe(response, "; ".join(problems)),
    )
    return response if good else None


def links(response, predicate):
    found = []
    for anchor in response.dom.find_all("a"):
        href = anchor.attrs.get("href", "")
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        url = urllib.parse.urljoin(response.url, href)
        path = urllib.parse.urlsplit(url).path
        if predicate(path, anchor):
            found.append((url, anchor))
    return found


def child_of(prefix):
    """Paths one level below `prefix` (e.g. /servicos/<slug>/), not the prefix itself."""
    return re.compile(rf"^{re.escape(prefix)}[^/]+/$")


def check_catalog(report, browser, scenario):
    index = check_page(report, browser, f"[{scenario}] service catalog", "/servicos/")
    if index is None:
        return
    pattern = child_of("/servicos/")
    services = links(
        index,
        lambda path, a: (
            pattern.match(path)
            and any(ancestor.has_class("service-card") for ancestor in a.ancestors())
        ),
    )
    services = services or links(index, lambda path, a: pattern.match(path))
    if not report.check(
        f"[{scenario}] the catalog links to a service page",
        services,
        describe(index, "no link to /servicos/<slug>/"),
    ):
        return
    url = urllib.parse.urlsplit(services[0][0]).path
    page = check_page(report, browser, f"[{scenario}] a service page", url)
    if page is None:
        return
    scripts = [s.text() for s in page.dom.find_all("script", type="application/ld+json")]
    report.check(
        f'[{scenario}] {url} has <script type="application/ld+json"> with GovernmentService',
        any("GovernmentService" in script for script in scripts),
        describe(
            page,
            f"{len(scripts)} ld+json script(s) found"
            + (
                ""
                if scripts
                else "; the template may put it in a block the host's "
                "base.html does not have (the host has extra_css/extra_js, not "
                "extra_head)"
            ),
        ),
    )


def check_desk(report, browser, scenario):
    desk = check_page(report, browser, f"[{scenario}] service desk", "/atendimento/")
    if desk is None:
        return
    candidates = [
        form
        for form in post_forms(desk.dom)
        if form.find("textarea") is not None or form.has_class("desk-form")
    ]
    if not report.check(
        f"[{scenario}] the service desk has its intake form",
        candidates,
        describe(desk, "no post form with a textarea"),
    ):
        return
    form = candidates[0]
    kinds = [
        c.attrs.get("value")
        for c in form.find_all("input", type="radio")
        if c.attrs.get("name") == "kind"
    ]
    overrides = {}
    if kinds:
        overrides["kind"] = "suggestion" if "suggestion" in kinds else kinds[0]
    names = {c.attrs.get("name", "") for c in form.iter() if c.tag in ("input", "textarea")}
    for name in names:
        lowered = name.lower()
        if lowered.endswith("name") and "user" not in lowered:
            overrides[name] = "Maria Teste"
        elif "email" in lowered:
            overrides[name] = "maria.teste@example.com"
    fields, notes = fill_form(form, overrides)
    filled = ", ".join(
        sorted({name for name, value in fields if value and name != "csrfmiddlewaretoken"})
    )
    report.info(
        f"[{scenario}] intake form filled: {filled}" + (f" ({'; '.join(notes)})" if notes else "")
    )
    answer = browser.submit(desk, form, fields, main_submit_button(form))
    match = None
    protocol_node = answer.dom.find(id="protocol")
    if protocol_node is not None:
        match = PROTOCOL_RE.search(protocol_node.text())
    match = match or PROTOCOL_RE.search(answer.dom.text())
    good = answer.status == 200 and match is not None and answer.path != desk.path
    if not report.check(
        f"[{scenario}] filing a manifestation leads to a receipt with a protocol",
        good,
        describe(answer, "no receipt page with a protocol like 2026-000001"),
        note=f"{match.group(1) if match else ''} at {answer.path}",
    ):
        return
    protocol = match.group(1)
    report.check(
        f"[{scenario}] the receipt has the host's marker", answer.has_marker(), describe(answer)
    )
    link = answer.dom.find("a", id="tracking-link")
    tracking = urllib.parse.urljoin(answer.url, link.attrs["href"]) if link is not None else None
    if tracking is None:
        found = links(answer, lambda path, a: "/acompanhar/" in path and protocol in path)
        tracking = found[0][0] if found else None
    if not report.check(
        f"[{scenario}] the receipt shows a tracking link",
        tracking,
        describe(answer, "no #tracking-link nor a link with /acompanhar/"),
    ):
        return
    parts = urllib.parse.urlsplit(tracking)
    server = urllib.parse.urlsplit(browser.base)
    report.check(
        f"[{scenario}] the tracking link points at this site",
        parts.netloc == server.netloc,
        f"{tracking} is not on {server.netloc} (built from a configured base URL "
        "rather than the request?)",
    )
    track = browser.get(parts.path + (f"?{parts.query}" if parts.query else ""))
    report.check(
        f"[{scenario}] the tracking page shows protocol {protocol} inside the host's site",
        track.status == 200 and protocol in track.dom.text() and track.has_marker(),
        describe(track),
        note=parts.path,
    )


def questionnaire_of(response):
    """The consultation's questionnaire: the post form in #questionnaire (not a comment's)."""
    section = response.dom.find(id="questionnaire")
    for scope in ([section] if section is not None else []) + [response.dom]:
        for form in post_forms(scope):
            inputs = {
                c.attrs.get("name", "")
                for c in form.iter()
                if c.tag in ("input", "textarea", "select")
            }
            if {"body", "author_name"} & inputs:  # the comment or proposal form
                continue
            if inputs - {"csrfmiddlewaretoken", "idempotency_key", ""}:
                return form
    return None


def check_consultations(report, browser, scenario):
    index = check_page(report, browser, f"[{scenario}] consultations", "/consultas/")
    if index is None:
        return
    pattern = child_of("/consultas/")
    open_links, other_links = [], []
    for card in index.dom.find_all(cls="consultation-card"):
        anchors = [
            a
            for a in card.find_all("a")
            if pattern.match(
                urllib.parse.urlsplit(urllib.parse.urljoin(index.url, a.attrs.get("href", ""))).path
            )
        ]
        if not anchors:
            continue
        url = urllib.parse.urlsplit(urllib.parse.urljoin(index.url, anchors[0].attrs["href"]))
        is_open = card.find(cls="status-badge--open") is not None
        (open_links if is_open else other_links).append(url.path)
    if not open_links and not other_links:  # no cards: any consultation link, in order
        other_links = [
            urllib.parse.urlsplit(u).path
            for u, _ in links(index, lambda path, a: pattern.match(path))
        ]
    if not report.check(
        f"[{scenario}] the listing links to an open consultation",
        open_links or other_links,
        describe(index, "no link to /consultas/<slug>/"),
    ):
        return
    if not open_links:
        report.info(f"[{scenario}] no card is marked open; trying every consultation linked")

    chosen = None
    fallback = None
    for url in dict.fromkeys(open_links + other_links):
        page = browser.get(url)
        if page.status != 200:
            continue
        form = questionnaire_of(page)
        if form is None:
            continue
        emails = [
            c
            for c in form.iter()
            if c.tag == "input"
            and (c.attrs.get("type") == "email" or "email" in c.attrs.get("name", ""))
        ]
        if emails:
            fallback = fallback or (url, page, form)
            continue
        chosen = (url, page, form)
        break
    chosen = chosen or fallback
    if not report.check(
        f"[{scenario}] an open consultation with a questionnaire",
        chosen,
        "no consultation page linked from /consultas/ shows a "
        "questionnaire form (checked: " + ", ".join(dict.fromkeys(open_links + other_links)) + ")",
    ):
        return
    url, page, form = chosen
    report.check(
        f"[{scenario}] consultation page: GET {url} -> 200 with the host's marker",
        page.has_marker(),
        describe(page, "marker missing"),
    )
    fields, notes = fill_form(form, fill_optional=True)
    questions = sorted(
        {
            name
            for name, value in fields
            if value and name not in ("csrfmiddlewaretoken", "idempotency_key")
        }
    )
    report.info(
        f"[{scenario}] questionnaire of {url} filled: {', '.join(questions)}"
        + (f" ({'; '.join(notes)})" if notes else "")
    )
    answer = browser.submit(page, form, fields, main_submit_button(form))
    text = answer.dom.text().lower()
    recorded = any(phrase in text for phrase in ANSWER_RECORDED)
    pending = any(phrase in text for phrase in CHECK_YOUR_EMAIL)
    note = f"at {answer.path}"
    if pending and not recorded:
        note += (
            "; this consultation asks for a verified email: the 'check your email' page "
            "is taken as success"
        )
    report.check(
        f"[{scenario}] answering the questionnaire shows the confirmation",
        answer.status == 200 and (recorded or pending) and answer.has_marker(),
        describe(answer, "no 'your answer was recorded' text (or marker missing)"),
        note=note,
    )


def check_search(report, browser, scenario):
    url = "/busca/?q=iptu"
    response = check_page(report, browser, f"[{scenario}] search", url)
    if response is None:
        return
    results = links(
        response,
        lambda path, a: any(ancestor.has_class("search-result") for ancestor in a.ancestors()),
    )
    if not report.check(
        f"[{scenario}] the search for 'iptu' lists results",
        results,
        describe(response, "no link inside a .search-result item"),
    ):
        return
    # A result's link may go through the search's click log (/busca/ir/...) before the page.
    target = urllib.parse.urlsplit(results[0][0])
    server = urllib.parse.urlsplit(browser.base)
    if target.netloc != server.netloc:
        report.fail(
            f"[{scenario}] the first result links to this site",
            f"{results[0][0]} is not on {server.netloc}",
        )
        return
    followed = browser.get(target.path + (f"?{target.query}" if target.query else ""))
    landed = urllib.parse.urlsplit(followed.url)
    report.check(
        f"[{scenario}] the first result for 'iptu' leads to a service page",
        followed.status == 200
        and child_of("/servicos/").match(landed.path)
        and landed.netloc == server.netloc
        and followed.has_marker(),
        describe(
            followed,
            f"followed {target.path}; expected a /servicos/<slug>/ page on "
            f"{server.netloc} with the host's marker",
        ),
        note=f"{target.path} -> {landed.path}",
    )


def run_checks(report, browser, scenario):
    home = browser.get("/")
    report.check(
        f"[{scenario}] the host's home page answers 200", home.status == 200, describe(home)
    )
    if scenario == "full":
        check_catalog(report, browser, scenario)
        check_desk(report, browser, scenario)
        check_consultations(report, browser, scenario)
        check_search(report, browser, scenario)
    elif scenario == "catalog":
        check_catalog(report, browser, scenario)
        check_page(report, browser, f"[{scenario}] no service desk", "/atendimento/", 404)
        check_page(report, browser, f"[{scenario}] no consultations", "/consultas/", 404)
    elif scenario == "consultations":
        check_consultations(report, browser, scenario)
        check_page(report, browser, f"[{scenario}] no service catalog", "/servicos/", 404)


# Main ---------------------------------------------------------------------------------------


CLEANERS = []  # threads removing finished scenarios' directories, joined by main()


def discard(path):
    """Remove `path` while the next scenario runs: a virtualenv takes a while to delete."""
    thread = threading.Thread(target=shutil.rmtree, args=(path, True), daemon=True)
    thread.start()
    CLEANERS.append(thread)


def run_scenario(report, scenario, wheel, root, keep=False):
    report.section(f"scenario: {scenario}")
    started = time.monotonic()
    workdir = root / scenario
    workdir.mkdir()
    try:
        site, python = set_up_host(report, scenario, wheel, workdir)
    except StepError:
        report.info(f"[{scenario}] stopped: the host could not be set up")
        if not keep:
            discard(workdir)
        return
    server = Server(site, python, workdir / "runserver.log")
    try:
        step(report, f"[{scenario}] runserver answers", server.start)
        report.info(f"[{scenario}] serving {server.base}")
        failed_before = report.failed
        run_checks(report, Browser(server.base), scenario)
        if report.failed > failed_before:
            log = server.log_tail(40)
            if "Traceback" in log or "Error" in log:
                report.info(f"[{scenario}] the end of runserver's log:\n{log}")
    except StepError:
        pass
    finally:
        server.stop()
        if not keep:
            discard(workdir)
    report.info(f"[{scenario}] {time.monotonic() - started:.0f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary directories")
    parser.add_argument("--only", choices=list(SCENARIOS), help="run one scenario")
    arguments = parser.parse_args()

    started = time.monotonic()
    report = Report()
    root = Path(tempfile.mkdtemp(prefix="plugin-test-"))
    print(
        f"Praça as a plugin: {REPO} into new Wagtail sites ({WAGTAIL_REQUIREMENT}); work in {root}",
        flush=True,
    )
    try:
        report.section("wheel")
        try:
            wheel = build_wheel(report, root)
        except StepError:
            wheel = None
        if wheel is not None:
            scenarios = [arguments.only] if arguments.only else list(SCENARIOS)
            for scenario in scenarios:
                run_scenario(report, scenario, wheel, root, arguments.keep)
    except KeyboardInterrupt:
        report.fail("interrupted", "Ctrl-C")
    finally:
        for server in list(RUNNING_SERVERS):
            server.stop()
        if arguments.keep:
            print(f"\nkept {root}", flush=True)
        else:
            for thread in CLEANERS:
                thread.join()
            shutil.rmtree(root, ignore_errors=True)
    print(f"\nplugin test took {time.monotonic() - started:.0f} s", flush=True)
    if report.failures:
        print("failed: " + "; ".join(report.failures), flush=True)
    print(f"{report.passed} passed, {report.failed} failed", flush=True)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
