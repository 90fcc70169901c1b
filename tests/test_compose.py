"""docker-compose.yml and the nginx front, checked without a Docker engine.

The compose file is validated against the compose specification (check-jsonschema's
bundled copy); the settings that must agree with gunicorn and the app are compared.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from service.api import DEFAULTS
from service.api.problems import TITLES

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
NGINX = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")


def seconds(duration: str) -> int:
    match = re.fullmatch(r"(\d+)([sm])", duration)
    assert match, duration
    return int(match[1]) * (60 if match[2] == "m" else 1)


def gunicorn_setting(name: str) -> int:
    config: dict = {}
    exec((ROOT / "gunicorn.conf.py").read_text(encoding="utf-8"), config)
    return config[name]


def test_compose_file_follows_the_compose_specification():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.compose-spec",
            str(ROOT / "docker-compose.yml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_api_health_and_shutdown_settings():
    api = COMPOSE["services"]["api"]
    assert "/readyz" in " ".join(api["healthcheck"]["test"])
    assert seconds(api["healthcheck"]["start_period"]) >= 60
    graceful = int(api["environment"]["QUOTES_GRACEFUL_TIMEOUT"])
    assert graceful == gunicorn_setting("graceful_timeout")
    assert seconds(api["stop_grace_period"]) > graceful
    assert api["deploy"]["replicas"] >= 2


def test_nginx_spreads_over_the_api_replicas_within_the_app_limits():
    nginx = COMPOSE["services"]["nginx"]
    assert "./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro" in nginx["volumes"]
    assert nginx["depends_on"]["api"]["condition"] == "service_healthy"
    assert re.search(r"server api:8000 resolve;", NGINX)
    body_mib = int(re.search(r"client_max_body_size (\d+)m;", NGINX)[1])
    assert body_mib * 1024 * 1024 > DEFAULTS["MAX_CONTENT_LENGTH"]
    read_timeout = int(re.search(r"proxy_read_timeout (\d+)s;", NGINX)[1])
    assert read_timeout > int(COMPOSE["services"]["api"]["environment"]["QUOTES_TIMEOUT"])
    assert "default_type application/problem+json;" in NGINX


def test_nginx_answers_its_own_errors_as_documented_problems():
    locations = dict(re.findall(r"location (@\w+) \{.*?return (\d{3}) '.*?';", NGINX, re.S))
    pages = {int(code): name for codes, name in re.findall(r"error_page ([\d ]+) (@\w+);", NGINX)
             for code in codes.split()}
    # nginx's own errors: unreadable request, body, URI, header too large, no replica
    assert set(pages) >= {400, 413, 414, 494, 502, 503, 504}
    assert set(pages.values()) == set(locations)
    for status, text in re.findall(r"return (\d{3}) '(.*)';", NGINX):
        body = json.loads(text)
        assert body["status"] == int(status)
        kind = body["type"].removeprefix("/problems/")
        assert body["title"] == TITLES[kind] and body["errors"] == []
