"""One reported statement as the rules find it, before its speaker is resolved."""

from __future__ import annotations

from dataclasses import dataclass

from .parse import Sentence
from .types import Cue


@dataclass
class Attribution:
    """One reported statement before its speaker is resolved."""

    kind: str  # incise, colon, que, infinitive, adjective, object, selon, continuation
    start: int
    end: int
    cue: Cue | None
    sentence: Sentence
    speaker: int | None  # head word of the speaker mention in ``sentence``
    direct_capable: bool = False  # may be a direct quote if the content is all quoted
    speaker_words: list[int] | None = None  # the mention's words, when read on the surface
    splits_quote: bool = False  # an incise inside the quotation it reports
