"""Text with decomposed accents read in composed form, offsets mapped back.

Text pasted from macOS or from PDFs often writes ``é`` as ``e`` and a combining acute
(U+0301). The models and the verb lexicon know only composed (NFC) words, so the engine
reads the NFC form of the text, and every span it finds is mapped back to the input:
``input[start:end]`` stays exact, a span never ends inside an accented letter.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, replace

from .types import Cue, Extraction, Quote, Span


@dataclass(frozen=True)
class ComposedView:
    """``text`` in NFC, with the input offset of each of its letter groups: a base
    character and the combining marks after it, which NFC composes together."""

    original: str
    text: str
    composed_starts: list[int]  # start of each group in ``text``
    original_starts: list[int]  # start of the same group in ``original``

    def start_in_original(self, offset: int) -> int:
        group = bisect.bisect_right(self.composed_starts, offset) - 1
        return self.original_starts[group] if group >= 0 else 0

    def end_in_original(self, offset: int) -> int:
        """The end of the group holding the character before ``offset``."""
        group = bisect.bisect_left(self.composed_starts, offset)
        ends = self.original_starts
        return ends[group] if group < len(ends) else len(self.original)

    def in_original(self, start: int, end: int) -> Span:
        """The input's span for ``text[start:end]``, whole letters included."""
        start, end = self.start_in_original(start), self.end_in_original(end)
        return Span(self.original[start:end], start, end)


def composed_view(text: str) -> ComposedView | None:
    """The NFC view of ``text``; None when ``text`` is already NFC, or when composing
    it group by group does not give its NFC form (Hangul jamo), so it is read as is."""
    if unicodedata.is_normalized("NFC", text):
        return None
    original_starts = [i for i, char in enumerate(text)
                       if i == 0 or not unicodedata.combining(char)]
    pieces = [unicodedata.normalize("NFC", text[start:end]) for start, end
              in zip(original_starts, [*original_starts[1:], len(text)], strict=True)]
    composed = "".join(pieces)
    if composed != unicodedata.normalize("NFC", text):
        return None
    composed_starts, offset = [], 0
    for piece in pieces:
        composed_starts.append(offset)
        offset += len(piece)
    return ComposedView(text, composed, composed_starts, original_starts)


def to_original(view: ComposedView, extraction: Extraction) -> Extraction:
    """``extraction`` of ``view.text`` with every offset and span text of the input."""

    def span(s: Span) -> Span:
        return view.in_original(s.start, s.end)

    def cue(c: Cue) -> Cue:
        found = span(Span(c.text, c.start, c.end))
        return replace(c, text=found.text, start=found.start, end=found.end)

    def quote(q: Quote) -> Quote:
        found = span(Span(q.text, q.start, q.end))
        speaker = q.speaker
        if speaker is not None and speaker.mention is not None:
            speaker = replace(speaker, mention=span(speaker.mention))
        return replace(q, text=found.text, start=found.start, end=found.end,
                       speaker=speaker, cue=cue(q.cue) if q.cue else None,
                       fragments=[span(f) for f in q.fragments])

    return replace(extraction, quotes=[quote(q) for q in extraction.quotes])
