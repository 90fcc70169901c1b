"""RFC 9457 problem details: every error the service returns, in one format.

A body is ``{"type", "title", "status", "detail", "errors": [{"pointer", "detail"}]}``;
``errors`` is empty unless specific request fields are at fault, each named by a JSON
pointer (RFC 6901) into the request body.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import HTTPException

from service.documents import TextError

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "/problems/"

TITLES = {
    "malformed-json": "Malformed JSON",
    "invalid-utf8": "Invalid UTF-8",
    "invalid-request": "Invalid request",
    "text-too-long": "Text too long",
    "too-many-documents": "Too many documents",
    "batch-too-long": "Batch too long",
    "body-too-large": "Request body too large",
    "unsupported-media-type": "Unsupported media type",
    "not-found": "Not found",
    "method-not-allowed": "Method not allowed",
    "not-ready": "Models not ready",
    "models-unavailable": "Models unavailable",
    "internal-error": "Internal error",
    # answered by gunicorn before the app sees the request (server_errors.py)
    "bad-request": "Bad request",
    "uri-too-long": "URI too long",
    "headers-too-large": "Request header fields too large",
    "forbidden": "Forbidden",
    "expectation-failed": "Expectation failed",
    "not-implemented": "Not implemented",
}

# Werkzeug errors that have a problem type of their own; any other gets "about:blank".
HTTP_KINDS = {
    404: "not-found",
    405: "method-not-allowed",
    413: "body-too-large",
    415: "unsupported-media-type",
}


@dataclass(frozen=True)
class FieldError:
    pointer: str
    detail: str


@dataclass
class Problem(Exception):
    status: int
    kind: str
    detail: str
    errors: list[FieldError] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": TYPE_PREFIX + self.kind,
            "title": TITLES[self.kind],
            "status": self.status,
            "detail": self.detail,
            "errors": [{"pointer": e.pointer, "detail": e.detail} for e in self.errors],
        }


def escape_pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    """A JSON pointer from tokens: ``pointer("documents", 2)`` is ``"/documents/2"``."""
    return "".join("/" + escape_pointer_token(t) for t in tokens)


def marshmallow_errors(messages: Any, base: str = "") -> list[FieldError]:
    """Flattens marshmallow's nested error messages into one ``FieldError`` per message."""
    if isinstance(messages, Mapping):
        found: list[FieldError] = []
        for key, value in messages.items():
            # "_schema" is marshmallow's key for errors about the object itself.
            child = base if key == "_schema" else base + pointer(key)
            found.extend(marshmallow_errors(value, child))
        return found
    if isinstance(messages, Iterable) and not isinstance(messages, str):
        return [e for message in messages for e in marshmallow_errors(message, base)]
    return [FieldError(base, str(messages))]


def text_problem(error: TextError, at: str) -> Problem:
    """The problem for a text ``check_text`` rejected; ``at`` points at the text."""
    kind = "text-too-long" if error.too_long else "invalid-request"
    return Problem(422, kind, error.detail, [FieldError(at, error.detail)])


def decode_utf8(raw: bytes, what: str = "the body") -> str:
    """``raw`` as UTF-8, strictly: a 400 problem names the first bad byte, nothing is replaced."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = raw[error.start]
        detail = f"{what} is not valid UTF-8: byte {error.start} (0x{bad:02x}) cannot be decoded"
        raise Problem(400, "invalid-utf8", detail) from None


def problem_response(problem: Problem) -> Response:
    # ASCII escapes: a pointer or detail may quote a client's lone surrogate, which UTF-8
    # cannot encode; an error response must never fail itself.
    body = json.dumps(problem.to_dict(), ensure_ascii=True)
    response = current_app.response_class(body, status=problem.status, mimetype=PROBLEM_MEDIA_TYPE)
    response.headers.update(problem.headers)
    return response


def _from_http_exception(error: HTTPException) -> Response | HTTPException:
    if error.code is None or error.code < 400:
        return error  # redirects raised by routing (e.g. /docs -> /docs/) pass through
    kind = HTTP_KINDS.get(error.code)
    detail = _detail(error)
    if kind is None:
        body = {
            "type": "about:blank",
            "title": error.name,
            "status": error.code,
            "detail": detail,
            "errors": [],
        }
        response = current_app.response_class(
            json.dumps(body), status=error.code, mimetype=PROBLEM_MEDIA_TYPE
        )
    else:
        response = problem_response(Problem(error.code, kind, detail))
    # Keep the headers werkzeug sets on the error (Allow on 405).
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def _detail(error: HTTPException) -> str:
    if error.code == 404:
        return f"no endpoint at {request.path}"
    if error.code == 405:
        allowed = ", ".join(sorted(getattr(error, "valid_methods", None) or []))
        return f"{request.method} is not allowed on {request.path} (allowed: {allowed})"
    if error.code == 413:
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        return f"the request body is larger than the limit of {limit} bytes"
    return error.description or ""


def _internal_error(error: Exception) -> Response:
    current_app.logger.exception("unhandled error while serving a request", exc_info=error)
    return problem_response(
        Problem(500, "internal-error", "the service failed on this request; it has been logged")
    )


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(Problem, problem_response)
    app.register_error_handler(HTTPException, _from_http_exception)
    app.register_error_handler(Exception, _internal_error)
