"""Every bad request gets a 4xx application/problem+json body, never HTML, never a 500."""

from __future__ import annotations

import json

import pytest

from service.api import create_app
from service.runtime import ModelsUnavailableError

JSON = "application/json"
TEXT = "text/plain; charset=utf-8"


def assert_problem(response, status: int, kind: str, pointers: set[str] | None = None) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert set(body) == {"type", "title", "status", "detail", "errors"}
    assert body["status"] == status
    assert body["type"] == f"/problems/{kind}"
    assert body["title"] and body["detail"]
    if pointers is not None:
        assert {error["pointer"] for error in body["errors"]} == pointers
    return body


@pytest.mark.parametrize(
    ("body", "status", "kind", "pointers"),
    [
        ('{"text": "Bonjour"', 400, "malformed-json", set()),
        ("", 400, "malformed-json", set()),
        ('{"text": NaN}', 400, "malformed-json", set()),
        ("[" * 100_000 + "]" * 100_000, 400, "malformed-json", set()),
        ("{}", 422, "invalid-request", {"/text"}),
        ('{"text": ""}', 422, "invalid-request", {"/text"}),
        ('{"text": " \\n\\u00a0\\t"}', 422, "invalid-request", {"/text"}),
        ('{"text": "\\ufeff\\u202f\\u3000"}', 422, "invalid-request", {"/text"}),
        ('{"text": 42}', 422, "invalid-request", {"/text"}),
        ('{"text": null}', 422, "invalid-request", {"/text"}),
        ('{"text": ["a"]}', 422, "invalid-request", {"/text"}),
        ('{"text": "a", "lang": "fr"}', 422, "invalid-request", {"/lang"}),
        (
            '{"text": "a", "options": {"offset": "utf16"}}',
            422,
            "invalid-request",
            {"/options/offset"},
        ),
        (
            '{"text": "a", "options": {"offsets": "bytes"}}',
            422,
            "invalid-request",
            {"/options/offsets"},
        ),
        ('{"text": "a", "options": []}', 422, "invalid-request", {"/options"}),
        ('["a"]', 422, "invalid-request", {""}),
        ('"a"', 422, "invalid-request", {""}),
        ('{"text": "a\\ud800b"}', 422, "invalid-request", {"/text"}),
        ('{"a/b~": 1, "text": "a"}', 422, "invalid-request", {"/a~1b~0"}),
        # Every invalid field at once, the text's own checks included.
        ('{"text": " ", "foo": 1}', 422, "invalid-request", {"/text", "/foo"}),
        ('{"text": "", "options": {"offsets": "x"}}', 422, "invalid-request",
         {"/text", "/options/offsets"}),
    ],
)
def test_bad_json_bodies(client, body, status, kind, pointers):
    response = client.post("/v1/quotes", data=body.encode(), content_type=JSON)
    assert_problem(response, status, kind, pointers)


@pytest.mark.parametrize("content_type", [JSON, TEXT])
def test_invalid_utf8(client, content_type):
    body = '{"text": "café"}'.encode("latin-1") if content_type == JSON else b"caf\xe9"
    problem = assert_problem(
        client.post("/v1/quotes", data=body, content_type=content_type), 400, "invalid-utf8"
    )
    assert "byte" in problem["detail"]


@pytest.mark.parametrize("body", [b"", b"   \r\n"])
def test_empty_plain_text(client, body):
    response = client.post("/v1/quotes", data=body, content_type=TEXT)
    assert_problem(response, 422, "invalid-request", {""})


@pytest.mark.parametrize(
    "content_type",
    [
        None,
        "text/html",
        "application/x-www-form-urlencoded",
        "text/plain; charset=latin-1",
        "application/json; charset=utf-16",
    ],
)
def test_unsupported_media_types(client, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/v1/quotes", data=b"Bonjour", headers=headers)
    assert_problem(response, 415, "unsupported-media-type")


@pytest.mark.parametrize(
    "content_type", ["text/plain", "text/plain; charset=UTF-8", "application/json; charset=utf-8"]
)
def test_utf8_or_no_charset_is_accepted(client, content_type):
    body = '{"text": "Déjà."}' if content_type.startswith("application/json") else "Déjà."
    response = client.post("/v1/quotes", data=body.encode(), content_type=content_type)
    assert response.status_code == 200
    assert response.get_json()["meta"]["chars"] == 5


def test_batch_accepts_json_only(client):
    response = client.post("/v1/quotes/batch", data=b"Bonjour", content_type=TEXT)
    assert_problem(response, 415, "unsupported-media-type")


@pytest.mark.parametrize("app_config", [{"MAX_CONTENT_LENGTH": 1000}])
@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/quotes/batch"])
def test_body_over_the_limit(client, path):
    response = client.post(path, data=json.dumps({"text": "é" * 1000}), content_type=JSON)
    problem = assert_problem(response, 413, "body-too-large")
    assert "1000 bytes" in problem["detail"]


@pytest.mark.parametrize("app_config", [{"QUOTES_MAX_TEXT_CHARS": 50}])
def test_text_over_the_limit_is_refused_not_cut(client):
    text = "« Oui », a-t-il dit. " * 3  # 63 characters
    for response, pointer in [
        (client.post("/v1/quotes", json={"text": text}), "/text"),
        (client.post("/v1/quotes", data=text.encode(), content_type=TEXT), ""),
    ]:
        problem = assert_problem(response, 422, "text-too-long", {pointer})
        assert "63" in problem["detail"] and "50" in problem["detail"]


@pytest.mark.parametrize("app_config", [{"QUOTES_MAX_BATCH_DOCUMENTS": 3}])
def test_too_many_batch_documents(client):
    documents = [{"id": str(i), "text": "Bonjour."} for i in range(4)]
    response = client.post("/v1/quotes/batch", json={"documents": documents})
    assert_problem(response, 422, "too-many-documents", {"/documents"})
    response = client.post("/v1/quotes/batch", json={"documents": documents[:3]})
    assert response.status_code == 200


@pytest.mark.parametrize("app_config", [{"QUOTES_MAX_BATCH_CHARS": 20}])
def test_a_batch_too_long_in_all_is_refused_before_any_work(client):
    documents = [{"id": str(i), "text": "« Oui », dit-il."} for i in range(2)]  # 16 each
    response = client.post("/v1/quotes/batch", json={"documents": documents})
    problem = assert_problem(response, 422, "batch-too-long", {"/documents"})
    assert "32" in problem["detail"] and "20" in problem["detail"]
    response = client.post("/v1/quotes/batch", json={"documents": documents[:1]})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("body", "pointers"),
    [
        ({}, {"/documents"}),
        ({"documents": []}, {"/documents"}),
        ({"documents": "a"}, {"/documents"}),
        ({"documents": [{"id": "a", "text": "b"}], "limit": 3}, {"/limit"}),
    ],
)
def test_bad_batch_requests(client, body, pointers):
    response = client.post("/v1/quotes/batch", json=body)
    assert_problem(response, 422, "invalid-request", pointers)


def test_lone_surrogates_in_ids_and_field_names_are_client_errors(client):
    """JSON can escape a lone surrogate that UTF-8 cannot encode: a 4xx, never a 500."""
    body = '{"documents": [{"id": "\\ud800", "text": "Bonjour."}, {"id": "b", "text": "Bonjour."}]}'
    response = client.post("/v1/quotes/batch", data=body, content_type=JSON)
    assert response.status_code == 200
    bad, good = response.get_json()["results"]
    assert bad["id"] is None and bad["error"]["status"] == 422
    assert bad["error"]["errors"][0]["pointer"] == "/documents/0/id"
    assert good["id"] == "b" and "quotes" in good
    response = client.post("/v1/quotes", data='{"text": "Bonjour.", "\\udc00": 1}',
                           content_type=JSON)
    assert_problem(response, 422, "invalid-request")


def test_a_batch_document_lists_all_its_errors_and_echoes_only_a_valid_id(client):
    documents = [{"id": 5, "text": ""}, {"id": "", "text": "Bonjour."},
                 {"id": "x" * 257, "text": "Bonjour."}, {"id": "ok", "text": " ", "lang": "fr"}]
    response = client.post("/v1/quotes/batch", json={"documents": documents})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["id"] for r in results] == [None, None, None, "ok"]
    pointers = [{e["pointer"] for e in r["error"]["errors"]} for r in results]
    assert pointers == [{"/documents/0/id", "/documents/0/text"}, {"/documents/1/id"},
                        {"/documents/2/id"}, {"/documents/3/text", "/documents/3/lang"}]


def test_unknown_path_is_a_problem(client):
    assert_problem(client.get("/v2/quotes"), 404, "not-found")


def test_wrong_method_is_a_problem_with_allow(client):
    response = client.get("/v1/quotes")
    assert_problem(response, 405, "method-not-allowed")
    assert "POST" in response.headers["Allow"]
    assert_problem(client.post("/livez"), 405, "method-not-allowed")


def test_engine_failure_is_a_logged_500_problem_and_the_app_stays_up(make_runtime):
    def broken(text):
        raise RuntimeError("engine bug")

    client = create_app(runtime=make_runtime(broken)).test_client()
    assert_problem(client.post("/v1/quotes", json={"text": "Bonjour."}), 500, "internal-error")
    assert client.get("/livez").status_code == 200


def test_missing_models_are_a_503_with_retry_after(make_runtime):
    def missing(text):
        raise ModelsUnavailableError("missing model manifest")

    client = create_app(runtime=make_runtime(missing)).test_client()
    response = client.post("/v1/quotes", json={"text": "Bonjour."})
    assert_problem(response, 503, "models-unavailable")
    assert int(response.headers["Retry-After"]) > 0
