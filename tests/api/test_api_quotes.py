"""The real engine through the API: seed articles, awkward characters, UTF-16, batch and CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.__main__ import main as cli

TEXT = "text/plain; charset=utf-8"
SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"


def _spans(quote: dict) -> list[dict]:
    spans = [quote, *quote["fragments"]]
    if quote["cue"] is not None:
        spans.append(quote["cue"])
    if quote["speaker"] is not None and quote["speaker"]["mention"] is not None:
        spans.append(quote["speaker"]["mention"])
    return spans


def assert_slices(text: str, body: dict) -> None:
    assert body["meta"]["chars"] == len(text)
    for quote in body["quotes"]:
        for span in _spans(quote):
            assert 0 <= span["start"] <= span["end"] <= len(text)
            assert text[span["start"] : span["end"]] == span["text"]


def _without_timing(body: dict) -> dict:
    return {**body, "meta": {k: v for k, v in body["meta"].items() if k != "elapsed_ms"}}


def test_seed_articles_by_json_and_by_plain_text(real_client, seed_texts):
    found = 0
    for name, text in seed_texts.items():
        by_json = real_client.post("/v1/quotes", json={"text": text})
        by_text = real_client.post("/v1/quotes", data=text.encode(), content_type=TEXT)
        assert by_json.status_code == by_text.status_code == 200, name
        assert_slices(text, by_json.get_json())
        assert _without_timing(by_json.get_json()) == _without_timing(by_text.get_json()), name
        found += len(by_json.get_json()["quotes"])
    assert found >= len(seed_texts), "the seed articles are full of quotes"


@pytest.mark.parametrize(
    "transform",
    [
        lambda t: t.replace("\n", "\r\n"),
        lambda t: "🎉🇫🇷 " + t.replace(" :", "\u00a0:").replace("« ", "«\u202f"),
        lambda t: t.replace("é", "e\u0301").replace("è", "e\u0300"),
        lambda t: "\ufeff" + t.replace("\n\n", "\n\u2028\n"),
    ],
    ids=["crlf", "emoji-nbsp", "combining-accents", "bom-line-separator"],
)
def test_offsets_slice_exactly_whatever_the_characters(real_client, seed_texts, transform):
    for text in map(transform, seed_texts.values()):
        response = real_client.post("/v1/quotes", data=text.encode(), content_type=TEXT)
        assert response.status_code == 200
        body = response.get_json()
        assert body["quotes"]
        assert_slices(text, body)


def test_utf16_offsets_after_an_emoji(real_client):
    text = "😀 « Nous ne céderons pas », a déclaré jeudi la ministre. 🎉"
    codepoint = real_client.post("/v1/quotes", json={"text": text}).get_json()
    utf16 = real_client.post(
        "/v1/quotes", json={"text": text, "options": {"offsets": "utf16"}}
    ).get_json()
    assert utf16["meta"]["offsets"] == "utf16"
    assert utf16["meta"]["chars"] == len(text) + 2
    found = [span["text"] for quote in utf16["quotes"] for span in _spans(quote)]
    assert "Nous ne céderons pas" in found
    units = text.encode("utf-16-le")
    for cp_quote, quote in zip(codepoint["quotes"], utf16["quotes"], strict=True):
        for cp_span, span in zip(_spans(cp_quote), _spans(quote), strict=True):
            astral_before = sum(ord(ch) > 0xFFFF for ch in text[: cp_span["start"]])
            assert span["start"] == cp_span["start"] + astral_before
            # What JavaScript's text.slice(start, end) returns.
            assert units[2 * span["start"] : 2 * span["end"]].decode("utf-16-le") == span["text"]


def test_batch_with_one_bad_document(real_client, seed_texts):
    names = sorted(seed_texts)[:2]
    documents = [
        {"id": names[0], "text": seed_texts[names[0]]},
        {"id": "empty", "text": "  "},
        {"id": names[1], "text": seed_texts[names[1]]},
        {"text": "Sans identifiant."},
    ]
    response = real_client.post("/v1/quotes/batch", json={"documents": documents})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["id"] for r in results] == [names[0], "empty", names[1], None]
    assert results[1]["error"]["errors"][0]["pointer"] == "/documents/1/text"
    assert results[3]["error"]["errors"][0]["pointer"] == "/documents/3/id"
    for result in (results[0], results[2]):
        single = real_client.post("/v1/quotes", json={"text": seed_texts[result["id"]]})
        assert result["quotes"] == single.get_json()["quotes"]
        assert_slices(seed_texts[result["id"]], result)


def test_cli_prints_the_same_json_as_the_api(real_client, seed_texts, capsys):
    name = sorted(seed_texts)[0]
    assert cli(["extract", str(SEEDS_DIR / name)]) == 0
    printed = json.loads(capsys.readouterr().out)
    api = real_client.post("/v1/quotes", json={"text": seed_texts[name]}).get_json()
    assert _without_timing(printed) == _without_timing(api)


def test_cli_batch_reports_a_bad_file_and_fails(real_client, seed_texts, tmp_path, capsys):
    name = sorted(seed_texts)[0]
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("« Déjà », dit-il.".encode("latin-1"))
    assert cli(["extract", str(SEEDS_DIR / name), str(bad), "--offsets", "utf16"]) == 1
    results = json.loads(capsys.readouterr().out)["results"]
    assert [r["id"] for r in results] == [str(SEEDS_DIR / name), str(bad)]
    assert results[1]["error"]["type"] == "/problems/invalid-utf8"
    api = real_client.post(
        "/v1/quotes", json={"text": seed_texts[name], "options": {"offsets": "utf16"}}
    )
    assert results[0]["quotes"] == api.get_json()["quotes"]


def test_cli_reports_an_engine_failure_and_goes_on(make_runtime, tmp_path, monkeypatch, capsys):
    from service import __main__ as cli_module
    from service.engine.types import Extraction

    def extract(text: str) -> Extraction:
        if "piège" in text:
            raise RuntimeError("engine bug")
        return Extraction(quotes=[], sentences=1)

    monkeypatch.setattr(cli_module, "Runtime", lambda: make_runtime(extract))
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("« Bonjour », a-t-il dit.", encoding="utf-8")
    bad.write_text("Un texte piège.", encoding="utf-8")
    assert cli(["extract", str(bad), str(good)]) == 1
    captured = capsys.readouterr()
    results = json.loads(captured.out)["results"]
    assert results[0]["error"]["type"] == "/problems/internal-error"
    assert results[0]["error"]["status"] == 500
    assert results[1]["quotes"] == []
    assert "engine bug" in captured.err
