"""Turns an engine ``Extraction`` into the JSON the API and the CLI return.

This is the one place that decides the response shape and the offset unit, so
``python -m service extract`` and ``POST /v1/quotes`` print the same JSON.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any, Literal

from service.engine.types import Cue, Extraction, Quote, Span, Speaker

OffsetUnit = Literal["codepoint", "utf16"]
OFFSET_UNITS: tuple[OffsetUnit, ...] = ("codepoint", "utf16")


class OffsetMismatchError(RuntimeError):
    """The engine produced a span whose offsets do not slice its own text out of the input."""


def utf16_converter(text: str) -> Callable[[int], int]:
    """Maps a code-point index of ``text`` to its UTF-16 code-unit index.

    Every code point above U+FFFF (emoji, rare CJK) takes two UTF-16 units, so the
    UTF-16 index is the code-point index plus the number of such code points before it.
    """
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    if not astral:
        return lambda index: index
    return lambda index: index + bisect_left(astral, index)


def _checked(source: str, what: str, text: str, start: int, end: int) -> None:
    if not (0 <= start <= end <= len(source)) or source[start:end] != text:
        raise OffsetMismatchError(
            f"{what} [{start}:{end}] does not slice {text!r} out of the input "
            f"(it slices {source[start:end]!r})"
        )


class _Serializer:
    def __init__(self, source: str, offsets: OffsetUnit) -> None:
        self.source = source
        self.convert = utf16_converter(source) if offsets == "utf16" else (lambda index: index)

    def span(self, what: str, span: Span) -> dict[str, Any]:
        _checked(self.source, what, span.text, span.start, span.end)
        return {"text": span.text, "start": self.convert(span.start), "end": self.convert(span.end)}

    def speaker(self, speaker: Speaker | None) -> dict[str, Any] | None:
        if speaker is None:
            return None
        mention = None if speaker.mention is None else self.span("speaker.mention", speaker.mention)
        return {"name": speaker.name, "mention": mention, "kind": speaker.kind}

    def cue(self, cue: Cue | None) -> dict[str, Any] | None:
        if cue is None:
            return None
        _checked(self.source, "cue", cue.text, cue.start, cue.end)
        return {
            "text": cue.text,
            "lemma": cue.lemma,
            "start": self.convert(cue.start),
            "end": self.convert(cue.end),
        }

    def quote(self, quote: Quote) -> dict[str, Any]:
        _checked(self.source, "quote", quote.text, quote.start, quote.end)
        return {
            "type": quote.type,
            "text": quote.text,
            "start": self.convert(quote.start),
            "end": self.convert(quote.end),
            "speaker": self.speaker(quote.speaker),
            "cue": self.cue(quote.cue),
            "fragments": [self.span("fragment", fragment) for fragment in quote.fragments],
            "confidence": round(float(quote.confidence), 4),
            "sentence": quote.sentence,
            "paragraph": quote.paragraph,
        }


def text_length(text: str, offsets: OffsetUnit) -> int:
    """Length of ``text`` in the given unit: every offset in a response is at most this."""
    if offsets == "utf16":
        return len(text.encode("utf-16-le")) // 2
    return len(text)


def serialize(
    text: str,
    extraction: Extraction,
    *,
    offsets: OffsetUnit = "codepoint",
    elapsed_ms: float,
    models: dict[str, Any],
) -> dict[str, Any]:
    """The response body for one document: ``{"quotes": [...], "meta": {...}}``.

    Raises ``OffsetMismatchError`` rather than return a span that does not slice exactly.
    """
    serializer = _Serializer(text, offsets)
    return {
        "quotes": [serializer.quote(quote) for quote in extraction.quotes],
        "meta": {
            "chars": text_length(text, offsets),
            "offsets": offsets,
            "sentences": extraction.sentences,
            "elapsed_ms": round(elapsed_ms, 1),
            "models": models,
        },
    }
