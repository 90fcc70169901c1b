"""openapi.yaml stays true: valid, and agreeing with the routes, schemas and limits of the app."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator
from marshmallow import validate
from openapi_spec_validator import validate as validate_spec

from service.api import DEFAULTS, create_app
from service.api.problems import TITLES
from service.api.schemas import (
    MAX_ID_CHARS,
    BatchRequestSchema,
    DocumentSchema,
    OptionsSchema,
    QuoteRequestSchema,
)
from service.documents import DEFAULT_MAX_TEXT_CHARS
from service.engine.types import Cue, Extraction, Quote, Span, Speaker
from service.serialize import serialize

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
SCHEMAS = SPEC["components"]["schemas"]
UNDOCUMENTED_ENDPOINTS = {"static", "swagger_ui.show"}


def spec_validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"#/components/schemas/{name}", "components": SPEC["components"]}
    )


def test_the_file_is_a_valid_openapi_document():
    validate_spec(SPEC)


def test_every_route_is_documented_and_every_documented_path_exists():
    app = create_app()
    routes = {
        (rule.rule, method.lower())
        for rule in app.url_map.iter_rules()
        if rule.endpoint not in UNDOCUMENTED_ENDPOINTS
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    documented = {(path, method) for path, item in SPEC["paths"].items() for method in item}
    assert routes == documented


@pytest.mark.parametrize(
    ("schema", "component"),
    [
        (QuoteRequestSchema, "QuoteRequest"),
        (OptionsSchema, "Options"),
        (DocumentSchema, "Document"),
        (BatchRequestSchema, "BatchRequest"),
    ],
)
def test_request_schemas_match_the_spec(schema, component):
    fields = schema().fields
    documented = SCHEMAS[component]
    assert set(fields) == set(documented["properties"])
    assert {n for n, f in fields.items() if f.required} == set(documented.get("required", []))
    assert documented["additionalProperties"] is False  # the schemas reject unknown fields
    for name, field in fields.items():
        for validator in field.validators:
            if isinstance(validator, validate.OneOf):
                assert list(validator.choices) == documented["properties"][name]["enum"]


def test_limits_match_the_spec():
    assert SCHEMAS["Text"]["maxLength"] == DEFAULT_MAX_TEXT_CHARS
    assert SCHEMAS["Document"]["properties"]["id"]["maxLength"] == MAX_ID_CHARS
    documents = SCHEMAS["BatchRequest"]["properties"]["documents"]
    assert documents["maxItems"] == DEFAULTS["QUOTES_MAX_BATCH_DOCUMENTS"]
    description = SPEC["info"]["description"]
    assert f"{DEFAULTS['MAX_CONTENT_LENGTH']} bytes" in description
    assert f"{DEFAULT_MAX_TEXT_CHARS} code points" in description
    assert f"Batch: {DEFAULTS['QUOTES_MAX_BATCH_DOCUMENTS']} documents" in description
    assert f"{DEFAULTS['QUOTES_MAX_BATCH_CHARS']} code points of text in all" in description


def test_every_problem_type_is_documented():
    description = SCHEMAS["Problem"]["description"]
    for kind in TITLES:
        assert f"`/problems/{kind}`" in description


def test_a_full_quote_serializes_to_the_documented_shape():
    text = "« Nous tiendrons », a-t-il ajouté. Selon Anne Martin, rien n'est joué."
    quote = Quote(
        type="mixed",
        text="Nous tiendrons",
        start=2,
        end=16,
        speaker=Speaker("Jean Dupont", Span("il", 24, 26), "person"),
        cue=Cue("a-t-il ajouté", "ajouter", 20, 33),
        fragments=[Span("Nous tiendrons", 2, 16)],
        confidence=0.8,
        sentence=0,
        paragraph=0,
    )
    body = serialize(text, Extraction([quote], 2), elapsed_ms=3.0, models={"stanza": "1"})
    spec_validator("QuoteResponse").validate(body)
    assert not spec_validator("QuoteResponse").is_valid({**body, "extra": 1})
