"""The data the attribution engine produces: quotes with spans, speakers and cues.

All offsets are code-point indices into the input text: ``text[start:end]`` is the span.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuoteType = Literal["direct", "mixed", "indirect"]
SpeakerKind = Literal["person", "organization", "unknown"]


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Speaker:
    name: str
    mention: Span | None
    kind: SpeakerKind = "unknown"


@dataclass(frozen=True)
class Cue:
    """The reporting verb as written (``a-t-il ajouté``), its lemma and span."""

    text: str
    lemma: str
    start: int
    end: int


@dataclass
class Quote:
    type: QuoteType
    text: str
    start: int
    end: int
    speaker: Speaker | None
    cue: Cue | None
    fragments: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    sentence: int = 0
    paragraph: int = 0


@dataclass
class Extraction:
    """What the engine returns for one document."""

    quotes: list[Quote]
    sentences: int
