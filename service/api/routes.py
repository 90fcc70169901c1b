"""The HTTP endpoints: quotes, batch, health probes and the OpenAPI document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, send_file

from service.api.bodies import JSON, TEXT, body_text, json_body, media_type
from service.api.problems import FieldError, Problem, marshmallow_errors, pointer, text_problem
from service.api.schemas import BatchRequestSchema, DocumentSchema, QuoteRequestSchema
from service.documents import TextError, check_text, process
from service.runtime import ModelsUnavailableError, Runtime
from service.serialize import OffsetUnit

# A link to the top-level openapi.yaml in a checkout, a copy of it in an installed wheel.
OPENAPI_PATH = Path(__file__).with_name("openapi.yaml")
RETRY_AFTER_SECONDS = "10"

blueprint = Blueprint("quotes", __name__)


def runtime() -> Runtime:
    return current_app.extensions["quotes.runtime"]


def _analyse(text: str, offsets: OffsetUnit, text_pointer: str) -> dict[str, Any]:
    try:
        return process(
            text, runtime(), offsets=offsets, max_chars=current_app.config["QUOTES_MAX_TEXT_CHARS"]
        )
    except TextError as error:
        raise text_problem(error, text_pointer) from None
    except ModelsUnavailableError as error:
        current_app.logger.error("models unavailable: %s", error)
        raise Problem(
            503,
            "models-unavailable",
            "the models could not be loaded; see the service log",
            headers={"Retry-After": RETRY_AFTER_SECONDS},
        ) from None


def _text_errors(body: Any, *path: str | int) -> list[FieldError]:
    """What ``check_text`` finds wrong with the text of ``body`` (an object), if a string."""
    text = body.get("text") if isinstance(body, dict) else None
    if not isinstance(text, str):
        return []  # missing or not a string: the schema reports it
    try:
        check_text(text, current_app.config["QUOTES_MAX_TEXT_CHARS"])
    except TextError as error:
        return [FieldError(pointer(*path, "text"), error.detail)]
    return []


@blueprint.post("/v1/quotes")
def quotes() -> Response:
    if media_type((JSON, TEXT)) == TEXT:
        return jsonify(_analyse(body_text(), "codepoint", ""))
    request = json_body(QuoteRequestSchema(), _text_errors)
    offsets = request.get("options", {}).get("offsets", "codepoint")
    return jsonify(_analyse(request["text"], offsets, pointer("text")))


def _document_errors(index: int, document: Any) -> list[FieldError]:
    if not isinstance(document, dict):
        return [FieldError(pointer("documents", index), "Not an object.")]
    errors = marshmallow_errors(DocumentSchema().validate(document), pointer("documents", index))
    return errors + _text_errors(document, "documents", index) if errors else []


def _batch_item(index: int, document: Any, offsets: OffsetUnit) -> dict[str, Any]:
    """One batch result: quotes and meta, or the problem with this document alone. The
    id is echoed only when valid (null otherwise, as openapi.yaml says)."""
    errors = _document_errors(index, document)
    id_pointer = pointer("documents", index, "id")
    valid_id = isinstance(document, dict) and not any(e.pointer == id_pointer for e in errors)
    result_id = document["id"] if valid_id else None
    if errors:
        problem = Problem(422, "invalid-request", "the document has invalid fields", errors)
        return {"id": result_id, "error": problem.to_dict()}
    try:
        text_pointer = pointer("documents", index, "text")
        return {"id": result_id, **_analyse(document["text"], offsets, text_pointer)}
    except Problem as problem:
        if problem.status == 503:
            raise  # no document can be processed: the whole request is unavailable
        return {"id": result_id, "error": problem.to_dict()}
    except Exception as error:  # one document's engine failure must not sink the others
        current_app.logger.exception(
            "extraction failed for batch document %d", index, exc_info=error
        )
        failed = Problem(
            500, "internal-error", "the service failed on this document; it has been logged"
        )
        return {"id": result_id, "error": failed.to_dict()}


def _check_batch_size(documents: list[Any]) -> None:
    """Refuse a batch too big to finish inside the worker's timeout, before any work."""
    max_documents = current_app.config["QUOTES_MAX_BATCH_DOCUMENTS"]
    if len(documents) > max_documents:
        detail = f"{len(documents)} documents sent, at most {max_documents} per request"
        raise Problem(422, "too-many-documents", detail, [FieldError(pointer("documents"), detail)])
    chars = sum(len(d["text"]) for d in documents
                if isinstance(d, dict) and isinstance(d.get("text"), str))
    max_chars = current_app.config["QUOTES_MAX_BATCH_CHARS"]
    if chars > max_chars:
        detail = (f"the texts hold {chars} code points together, at most {max_chars} per "
                  "request; send them in several batches")
        raise Problem(422, "batch-too-long", detail, [FieldError(pointer("documents"), detail)])


@blueprint.post("/v1/quotes/batch")
def batch() -> Response:
    media_type((JSON,))
    request = json_body(BatchRequestSchema())
    documents = request["documents"]
    _check_batch_size(documents)
    offsets = request.get("options", {}).get("offsets", "codepoint")
    return jsonify({"results": [_batch_item(i, d, offsets) for i, d in enumerate(documents)]})


@blueprint.get("/livez")
def livez() -> Response:
    return jsonify({"status": "ok"})


@blueprint.get("/readyz")
def readyz() -> Response:
    if not runtime().is_ready():
        raise Problem(
            503,
            "not-ready",
            "the models are still loading or warming up",
            headers={"Retry-After": RETRY_AFTER_SECONDS},
        )
    return jsonify({"status": "ready", "models": runtime().models_info()})


@blueprint.get("/openapi.yaml")
def openapi() -> Response:
    return send_file(OPENAPI_PATH, mimetype="application/yaml", max_age=0)
