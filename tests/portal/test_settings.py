"""Production settings refuse to start without a secret and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_overrides):
    # A clean deployment environment: no secret unless given, no test-only switches.
    unwanted = {"SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE", "DEBUG", "DATABASE_URL"}
    env = {key: value for key, value in os.environ.items() if key not in unwanted}
    env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.production", **env_overrides})
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", env_overrides={})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_passes_deploy_checks_with_documented_variables():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={
            "SECRET_KEY": "x" * 20 + "a-long-random-production-secret-for-the-test-0123456789",
            "ALLOWED_HOSTS": "servicos.example.gov.br",
            "WAGTAILADMIN_BASE_URL": "https://servicos.example.gov.br",
        },
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout
