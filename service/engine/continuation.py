"""Quotations with no cue of their own: a paragraph that goes on with a quotation
(French press reopens « at each paragraph), or a quoted sentence that continues the
speaker of the text before it."""

from __future__ import annotations

import re

from .attribution import Attribution
from .lexicon import PERSON_NOUNS
from .paragraphs import Paragraph
from .parse import Sentence
from .quotemarks import QuoteSpan

_DIRECT_KINDS = frozenset({"incise", "colon", "continuation"})


_STOPS = ".!?…"
#: Words a closed quotation needs to stand as speech (« Plus jamais ça. » is a slogan).
_SAID = 5


def _standalone(text: str, q: QuoteSpan, para: Paragraph) -> bool:
    """A quote that forms its own sentence(s): nothing but punctuation around it, or a
    stop inside its closing mark before the next sentence (« … tout le continent. » Selon
    elle), when it is long enough to be speech rather than a slogan."""
    before = text[para.start : q.open]
    after = text[(q.close + 1) if q.close is not None else para.end : para.end]
    lead = re.split(r"[.!?…][\s\"»”]*\s", before)[-1].strip()
    trail = after.strip()
    inner = text[q.open + 1 : q.close].strip() if q.close is not None else ""
    closed = inner[-1:] in _STOPS and trail[:1].isupper() and len(inner.split()) >= _SAID
    return not lead and (not trail or trail[0] in _STOPS or closed)


def add_continuations(text: str, spans: list[QuoteSpan], found: list[Attribution],
                      paragraphs: dict[int, Paragraph], sentences: list[Sentence]) -> None:
    """Quotes with no cue of their own that continue the previous speaker's words, or,
    with none before, the person the narration is about."""
    for q in spans:
        if q.paragraph not in paragraphs or any(a.start < q.end and q.start < a.end
                                                 for a in found):
            continue
        if not (q.continued or q.continues or _standalone(text, q, paragraphs[q.paragraph])):
            continue
        previous = [a for a in found if a.end <= q.start and q.paragraph - 1 <=
                    a.sentence.paragraph and a.kind != "selon"]
        chained = _chain_item(q, spans, found) if q.continues else None
        source = chained or (previous[-1] if previous else None)
        sentence = next((s for s in sentences if s.start <= q.start < s.end + 1),
                        source.sentence if source else None)
        if sentence is None:
            continue
        if source is None:
            subject = _narration_subject(q, spans, sentences)
            if subject is None:
                found.append(Attribution("continuation", q.start, q.end, None, sentence, None,
                                         True))
            else:
                found.append(Attribution("context", q.start, q.end, None, subject[0],
                                         subject[1], True))
            continue
        # the words go on under the cue that introduced them (« A », a reconnu X. « B. »)
        cont = Attribution("continuation", q.start, q.end, source.cue, source.sentence,
                           source.speaker, True, source.speaker_words)
        found.append(cont)
    found.sort(key=lambda a: (a.start, a.end))


def _narration_subject(q: QuoteSpan, spans: list[QuoteSpan],
                       sentences: list[Sentence]) -> tuple[Sentence, int] | None:
    """« Le ministre a été clair. "Nous ne céderons pas." »: the last person named as a
    subject of the narration before the quotation, in its paragraph or the one before."""
    for s in reversed(sentences):
        if s.start >= q.open:
            continue
        if s.paragraph < q.paragraph - 1:
            return None
        for w in reversed(s.words):
            quoted = any(p.open <= w.start < p.end for p in spans)
            if w.rel == "nsubj" and not quoted and (
                    w.upos == "PROPN" or w.lemma.lower() in PERSON_NOUNS):
                return s, w.index
    return None


def _chain_item(q: QuoteSpan, spans: list[QuoteSpan],
                found: list[Attribution]) -> Attribution | None:
    """The item attributing a later paragraph of the quotation that ``q`` opens."""
    for later in spans[spans.index(q) + 1 :]:
        if not later.continued:
            return None
        for a in found:
            if a.start < later.end and later.start < a.end and a.kind in _DIRECT_KINDS:
                return a
        if not later.continues:
            return None
    return None


def merge_paragraph_chains(spans: list[QuoteSpan], found: list[Attribution]) -> list[Attribution]:
    """A quotation over several paragraphs (« reopened at each one, » only at the end) is
    one statement: the items of its paragraphs become one, with the cue and speaker of
    the item that has a cue."""
    out: list[Attribution] = []
    for a in found:
        prev = out[-1] if out else None
        if prev is not None and _runs_on(spans, prev, a):
            lead = prev if prev.cue is not None or a.cue is None else a
            lead.start, lead.end = prev.start, a.end
            out[-1] = lead
        else:
            out.append(a)
    return out


def _runs_on(spans: list[QuoteSpan], a: Attribution, b: Attribution) -> bool:
    """``b`` takes up, at the start of the next paragraph, the quotation ``a`` ends with."""
    for n, q in enumerate(spans[:-1]):
        nxt = spans[n + 1]
        if q.continues and nxt.continued and a.end == q.end and b.start == nxt.start:
            return a.start >= q.start or b.end <= nxt.end
    return False
