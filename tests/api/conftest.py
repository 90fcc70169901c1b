"""API test fixtures: an app with a stub engine (fast, no models) and one with the real one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from service.api import create_app
from service.engine.types import Extraction
from service.runtime import Runtime

STUB_MODELS = {"name": "stub", "version": "0"}


def stub_runtime(extract: Callable[[str], Extraction] | None = None) -> Runtime:
    """A runtime that needs no model: by default it finds no quote in any text."""
    return Runtime(
        extract=extract or (lambda text: Extraction(quotes=[], sentences=1)),
        load=lambda: None,
        models=lambda: dict(STUB_MODELS),
    )


@pytest.fixture
def make_runtime() -> Callable[..., Runtime]:
    return stub_runtime


@pytest.fixture
def app_config() -> dict[str, Any]:
    return {}


@pytest.fixture
def app(app_config):
    """The app pytest-flask's ``client`` talks to: real HTTP handling, stub engine."""
    return create_app(app_config, runtime=stub_runtime())


@pytest.fixture(scope="session")
def real_app(nlp):
    """The app with the real engine and the models loaded (``nlp`` comes from tests/conftest.py)."""
    app = create_app()
    app.extensions["quotes.runtime"].warm_up()
    return app


@pytest.fixture(scope="session")
def real_client(real_app):
    return real_app.test_client()
