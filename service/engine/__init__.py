"""French quotation attribution: ``extract(text)`` returns every reported statement."""

from __future__ import annotations

from typing import Any

from .paragraphs import split_paragraphs
from .quotemarks import scan_quotes
from .types import Cue, Extraction, Quote, Span, Speaker

__all__ = ["Cue", "Extraction", "Quote", "Span", "Speaker", "extract"]


def extract(text: str, pipeline: Any = None) -> Extraction:
    """Quotes of ``text``. Interim engine: quote-mark spans only, no parse."""
    paragraphs = split_paragraphs(text)
    quotes = [
        Quote(
            type="direct",
            text=text[span.start : span.end],
            start=span.start,
            end=span.end,
            speaker=None,
            cue=None,
            confidence=0.3,
            paragraph=span.paragraph,
        )
        for span in scan_quotes(text, paragraphs)
    ]
    return Extraction(quotes=quotes, sentences=0)
