"""Reads request bodies strictly: media type, UTF-8, JSON syntax, then a marshmallow schema."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from flask import request
from marshmallow import Schema, ValidationError

from service.api.problems import FieldError, Problem, decode_utf8, marshmallow_errors

JSON = "application/json"
TEXT = "text/plain"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def media_type(accepted: tuple[str, ...]) -> str:
    """The request's media type if accepted, and only with a UTF-8 charset (or none)."""
    mimetype = request.mimetype
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if mimetype not in accepted or charset not in ("utf-8", "utf8"):
        sent = request.headers.get("Content-Type") or "no Content-Type"
        wanted = " or ".join(f"{m}; charset=utf-8" for m in accepted)
        raise Problem(415, "unsupported-media-type", f"send {wanted}, not {sent}")
    return mimetype


def body_text() -> str:
    """The body decoded as UTF-8, without replacing anything (413 past MAX_CONTENT_LENGTH)."""
    return decode_utf8(request.get_data(cache=False))


def json_body(
    schema: Schema, more_errors: Callable[[Any], list[FieldError]] = lambda body: []
) -> dict[str, Any]:
    """The JSON body loaded through ``schema``; 400 for bad syntax, 422 for bad fields.
    ``more_errors`` finds what the schema does not check (the text itself), so that a
    422 lists every invalid field at once."""
    try:
        document = json.loads(body_text(), parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise Problem(
            400,
            "malformed-json",
            f"the body is not valid JSON: {error.msg} at line {error.lineno} column {error.colno}",
        ) from None
    except (ValueError, RecursionError) as error:
        raise Problem(400, "malformed-json", f"the body is not valid JSON: {error}") from None
    try:
        return schema.load(document)
    except ValidationError as error:
        errors = marshmallow_errors(error.messages) + more_errors(document)
        raise Problem(422, "invalid-request", _summary(errors), errors) from None


def _summary(errors: list[FieldError]) -> str:
    fields = ", ".join(sorted({e.pointer or "(body)" for e in errors}))
    return f"the request has invalid fields: {fields}"
