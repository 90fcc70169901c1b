"""Probes, the OpenAPI document and the offline Swagger UI."""

from __future__ import annotations

import re
from pathlib import Path

from service.api import create_app
from service.runtime import Runtime

ROOT = Path(__file__).resolve().parents[2]


def _never_called(*args):
    raise AssertionError("the probe must not call the engine")


def test_livez_answers_without_touching_the_engine():
    runtime = Runtime(extract=_never_called, load=_never_called, models=_never_called)
    response = create_app(runtime=runtime).test_client().get("/livez")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_readyz_is_503_until_warmed_up(make_runtime):
    runtime = make_runtime()
    client = create_app(runtime=runtime).test_client()
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["type"] == "/problems/not-ready"
    assert int(response.headers["Retry-After"]) > 0
    runtime.warm_up()
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ready", "models": {"name": "stub", "version": "0"}}


def test_the_default_app_loads_nothing_and_is_not_ready():
    """``create_app()`` with the real runtime: nothing is loaded until the first extraction."""
    response = create_app().test_client().get("/readyz")
    assert response.status_code == 503


def test_openapi_yaml_is_the_checked_in_file(client):
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.mimetype == "application/yaml"
    assert response.data == (ROOT / "openapi.yaml").read_bytes()


def test_docs_page_uses_only_local_assets(client):
    response = client.get("/docs", follow_redirects=True)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "SwaggerUIBundle" in page
    assert not re.search(r"https?:", page), "absolute URL in /docs"
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert len(assets) >= 4
    for asset in assets:
        assert asset.startswith("/docs/"), asset
        assert client.get(asset).status_code == 200, asset
    assert '"url": "/openapi.yaml"' in page
    assert '"validatorUrl": null' in page
