"""Where reported content begins and ends: quotation regions, sentence ends outside
quotations and abbreviations, and the narration that follows a report."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from .initials import letter_ends_sentence
from .quotemarks import INNER_SPACE, QuoteSpan, shrink

OPEN_MARKS = "«“„‹\"”"
CLOSE_MARKS = "»”“›\""
_SENTENCE_END = re.compile(r"[.!?…]+[\s\"»”]*\s")
#: Words whose period ends an abbreviation, not a sentence (``M. Dupont``).
_ABBREVIATIONS = frozenset({"M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "St",
                            "Ste", "av", "cf", "etc", "p"})


def abbreviation(text: str, period: int) -> bool:
    """Whether the period at ``period`` ends an abbreviation or an initial (« M. Dupont »,
    « J. Doe »), not a sentence (« sur X. « … » »)."""
    k = period
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:period]
    if len(word) == 1 and word.isupper():
        return not letter_ends_sentence(text, k)
    return word in _ABBREVIATIONS


def sentence_ends(text: str, quotes: Quotes, start: int, end: int) -> Iterator[re.Match[str]]:
    """Sentence ends in ``text[start:end]`` outside quotations and abbreviations."""
    for m in _SENTENCE_END.finditer(text, start, end):
        if quotes.inside(m.start()) is None and not (
                text[m.start()] == "." and abbreviation(text, m.start())):
            yield m


_TRAIL = set(INNER_SPACE + "\n\r,;:.–—-" + CLOSE_MARKS)
_LEAD = set(INNER_SPACE + "\n\r,;:–—-" + OPEN_MARKS)


class Quotes:
    """Quote spans of a document with the lookups the rules need."""

    def __init__(self, text: str, spans: list[QuoteSpan], paragraph_ends: dict[int, int]):
        self.text = text
        self.spans = spans
        self.regions = [
            (s.open, s.close if s.close is not None else paragraph_ends[s.paragraph])
            for s in spans
        ]

    def inside(self, offset: int) -> int | None:
        """Index of the quote whose marks enclose ``offset``."""
        for k, (lo, hi) in enumerate(self.regions):
            if lo < offset < hi:
                return k
        return None

    def ending_at(self, offset: int) -> int | None:
        """Index of the quote whose closing mark is the last non-space before ``offset``."""
        while offset > 0 and self.text[offset - 1] in INNER_SPACE:
            offset -= 1
        for k, (_, hi) in enumerate(self.regions):
            if hi == offset - 1:
                return k
        return None

    def starting_at(self, offset: int) -> int | None:
        for k, (lo, _) in enumerate(self.regions):
            if lo == offset:
                return k
        return None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Content bounds without surrounding spaces, punctuation and quote marks, nor the
    emoji, symbols and format characters (a BOM) that may open a line."""
    start, end = shrink(text, start, end, _LEAD, _TRAIL)
    while start < end and unicodedata.category(text[start]) in _DECORATION:
        start, end = shrink(text, start + 1, end, _LEAD, _TRAIL)
    return start, end


#: Unicode categories of emoji and their modifiers, joiners and selectors, and of a BOM.
_DECORATION = frozenset({"So", "Sk", "Cf", "Me", "Mn"})


_CUTS = re.compile(
    r",\s*(?:selon|d['’]après|comme|alors que|tandis que|pendant que|au moment où)\b"
    r"|,\s*après qu(?:e\b|['’])"
    r"|,\s*(?:au lendemain|à la veille)\s+d(?:e\b|u\b|es\b|['’])"  # « , au lendemain de »
    r"|,\s*(?:(?:moins|plus|près) d['’]une?|quelques|plusieurs|une?|deux|trois|quatre|cinq"
    r"|six|sept|huit|neuf|dix|\d+)\s+(?:minutes?|heures?|jours?|semaines?|mois|ans?|années?)"
    r"\s+(?:après|avant|plus tard)\b"  # « , quelques mois après une élimination »
    r"|,\s*contrairement à ce qu[^,;]*$|;"
    r"|(?<=[»”\"])[\s\u00a0\u202f]*:",  # « a appelé à « ne pas crier victoire » : la… »
    re.IGNORECASE,
)


#: A concession after reported content (« , même s'il a reconnu que »).
CONCESSION = re.compile(r",\s*même s['’i]", re.IGNORECASE)


#: A comma opening narration after an infinitive's content (``..., au lendemain de``); not
#: a contrast or a detail that goes on with it (``, et non par l'équipage``, ``, dont une
#: fois``).
_NARRATION_AFTER_COMMA = re.compile(
    r",\s*(?:à|au|aux|après|avant|lors|dans|en|où|alors|tandis|pendant|depuis|sans|pour|"
    r"afin|puis|mais(?!\s+pas\b)|et(?!\s+(?:non|pas)\b)|selon|comme|face|malgré|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|qui|ce|cette|ces|le|la|les|l['’]|un|une|des|il|"
    r"elle|ils|elles|ne|n['’])\b",
    re.IGNORECASE,
)


def content_end(text: str, quotes: Quotes, start: int, limit: int, at_comma: bool) -> int:
    """Where reported content that begins at ``start`` ends: the end of its sentence, or
    before narration that follows it (``, selon X``, ``et a ajouté``; with ``at_comma``,
    any comma), never inside a quote."""
    end = limit
    first = next(sentence_ends(text, quotes, start, limit), None)
    if first is not None:
        end = first.start()
    for m in _CUTS.finditer(text, start, end):  # « , contrairement à ce que… » when it ends
        if quotes.inside(m.start()) is None:
            end = m.start()
            break
    for m in CONCESSION.finditer(text, start, end):  # « , même si … », the narrator's
        if quotes.inside(m.start()) is None and not any(
                m.start() < lo < end for lo, _ in quotes.regions):  # not « même s'il faut "…" »
            end = m.start()
            break
    if at_comma:
        for m in _NARRATION_AFTER_COMMA.finditer(text, start, end):
            if quotes.inside(m.start()) is None and not _quoting_relative(text, quotes, m):
                return m.start()
    return end


def _quoting_relative(text: str, quotes: Quotes, m: re.Match[str]) -> bool:
    """« un projet « équilibré », qui « ne sacrifie ni les propriétaires… » »: a relative
    clause that quotes the speaker at once is part of what was said."""
    if not m.group(0).lower().endswith("qui"):
        return False
    at = m.end()
    while at < len(text) and text[at] in INNER_SPACE:
        at += 1
    k = quotes.starting_at(at)
    if k is None:
        return False
    after = text[quotes.regions[k][1] + 1 : quotes.regions[k][1] + 16].lstrip(INNER_SPACE + ",")
    return not after.lower().startswith(("selon", "d'après", "d’après"))  # someone else's


def clause_start(text: str, quotes: Quotes, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` begins: after the last sentence end outside
    quotes, never before ``lo``."""
    start = lo
    for m in sentence_ends(text, quotes, lo, at):
        start = m.end()
    return start


def ends_sentence(text: str, at: int) -> bool:
    rest = text[at : at + 3].lstrip(INNER_SPACE)
    return not rest or rest[0] in ".!?…\n\r"
