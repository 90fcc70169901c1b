"""The Flask application: ``create_app`` builds it; nothing here loads a model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask
from flask_swagger_ui import get_swaggerui_blueprint

from service.api.problems import register_error_handlers
from service.api.routes import blueprint
from service.documents import DEFAULT_MAX_TEXT_CHARS
from service.runtime import Runtime

DEFAULTS: dict[str, Any] = {
    # Bytes of request body; a full batch of long articles fits, JSON escapes included.
    "MAX_CONTENT_LENGTH": 4 * 1024 * 1024,
    # Characters (code points) of one document's text.
    "QUOTES_MAX_TEXT_CHARS": DEFAULT_MAX_TEXT_CHARS,
    "QUOTES_MAX_BATCH_DOCUMENTS": 32,
    # Code points of a batch's texts together: about 30 s of work on one core, well
    # inside the worker and proxy timeouts (120 s, 130 s); 32 articles of 6000 fit.
    "QUOTES_MAX_BATCH_CHARS": 200_000,
}


def create_app(config: Mapping[str, Any] | None = None, runtime: Runtime | None = None) -> Flask:
    """The service app. ``runtime`` defaults to the real engine, loaded on first use."""
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_mapping(config or {})
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.extensions["quotes.runtime"] = runtime or Runtime()
    app.register_blueprint(blueprint)
    app.register_blueprint(
        get_swaggerui_blueprint(
            "/docs",
            "/openapi.yaml",
            config={
                "app_name": "Quotes FR API",
                # Swagger UI would otherwise send the spec to an online validator.
                "validatorUrl": None,
                "oauth2RedirectUrl": "/docs/oauth2-redirect.html",
            },
        )
    )
    register_error_handlers(app)
    return app
