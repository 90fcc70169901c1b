"""The serializer on hand-built extractions: offset units and the slicing guarantee."""

from __future__ import annotations

import pytest

from service.engine.types import Cue, Extraction, Quote, Span, Speaker
from service.serialize import OffsetMismatchError, serialize, utf16_converter

TEXT = "🎉 Bilan\r\n« Nous resterons vigilants 👀 », a-t-il ajouté, Jean Dupont."


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(needle, start, start + len(needle))


def _extraction(text: str) -> Extraction:
    content = _span(text, "Nous resterons vigilants 👀")
    cue = _span(text, "a-t-il ajouté")
    return Extraction(
        quotes=[
            Quote(
                type="direct",
                text=content.text,
                start=content.start,
                end=content.end,
                speaker=Speaker("Jean Dupont", _span(text, "Jean Dupont"), "person"),
                cue=Cue(cue.text, "ajouter", cue.start, cue.end),
                fragments=[_span(text, "vigilants")],
            )
        ],
        sentences=2,
    )


def _spans(quote: dict) -> list[dict]:
    return [quote, quote["cue"], quote["speaker"]["mention"], *quote["fragments"]]


def test_codepoint_offsets_slice_the_python_string():
    body = serialize(TEXT, _extraction(TEXT), elapsed_ms=1.0, models={})
    for span in _spans(body["quotes"][0]):
        assert TEXT[span["start"] : span["end"]] == span["text"]
    assert body["meta"]["chars"] == len(TEXT)


def test_utf16_offsets_slice_the_utf16_code_units():
    body = serialize(TEXT, _extraction(TEXT), offsets="utf16", elapsed_ms=1.0, models={})
    units = TEXT.encode("utf-16-le")
    for span in _spans(body["quotes"][0]):
        sliced = units[2 * span["start"] : 2 * span["end"]].decode("utf-16-le")
        assert sliced == span["text"]
    # The emoji before the quote takes two code units: UTF-16 offsets are one further.
    assert body["quotes"][0]["start"] == TEXT.index("Nous") + 1
    assert body["meta"]["chars"] == len(units) // 2


def test_utf16_converter_counts_astral_characters_before_an_index():
    convert = utf16_converter("a😀b😀c")
    assert [convert(i) for i in range(6)] == [0, 1, 3, 4, 6, 7]


@pytest.mark.parametrize("field", ["quote", "cue", "mention"])
def test_a_span_that_does_not_slice_its_text_is_refused(field):
    extraction = _extraction(TEXT)
    quote = extraction.quotes[0]
    if field == "quote":
        quote.start += 1
    elif field == "cue":
        quote.cue = Cue("ajouté", "ajouter", quote.cue.start, quote.cue.end)
    else:
        mention = Span("Jean", quote.speaker.mention.start + 1, quote.speaker.mention.end)
        quote.speaker = Speaker("Jean Dupont", mention, "person")
    with pytest.raises(OffsetMismatchError):
        serialize(TEXT, extraction, elapsed_ms=1.0, models={})
