"""Quote-mark scanner: the spans of text between matching quote marks.

Handles « » (with any inner spacing), “ ” „ ‹ › and straight double quotes, nested
quotes (only the outermost span is reported), apostrophes (never quote marks), and the
French press convention for quotes running over several paragraphs: « is reopened at
the start of each paragraph and » closes only the last one. Marks that find no partner
are dropped, so an unbalanced mark never swallows more than its own paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from .paragraphs import Paragraph, split_paragraphs

#: Opening mark -> the marks that may close it.
PAIRS: dict[str, str] = {
    "«": "»",
    "“": "”“",  # “…” (English/French) and „…“ share “
    "„": "“”",
    "‹": "›",
    '"': '"',
    "”": "”",  # ”…” (Swedish style), only when no “ is open
}
CLOSERS = frozenset("»”›“\"")
#: Whitespace allowed between a mark and the quoted words (NBSP, narrow NBSP, thin spaces).
INNER_SPACE = " \t\u00a0\u202f\u2009\u2007\u2008\u200a\u2002\u2003"
_OPENING_CONTEXT = "([{/-–—«“„‹'’:"


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted content ``text[start:end]`` (marks and inner spaces excluded).

    ``open``/``close`` are the offsets of the marks; ``close`` is None when the quote
    goes on in the next paragraph (``continues``). ``continued`` marks a paragraph that
    reopens a quote begun in an earlier one.
    """

    start: int
    end: int
    open: int
    close: int | None
    paragraph: int
    continues: bool = False
    continued: bool = False


def _straight_role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for a straight double quote at ``i``."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    opens = (before.isspace() or before in _OPENING_CONTEXT) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _pair_marks(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[int]]:
    """Matched (open, close) pairs in ``text[lo:hi]`` and the openers left unclosed."""
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for i in range(lo, hi):
        c = text[i]
        if c not in PAIRS and c not in CLOSERS:
            continue
        if c == '"':
            role = _straight_role(text, i, lo, hi)
            open_straight = any(text[j] == '"' for j in stack)
            if role == "close" or (role == "either" and open_straight):
                if open_straight:
                    _close(text, stack, pairs, i, c)
                continue
            stack.append(i)
            continue
        if c in CLOSERS and any(c in PAIRS[text[j]] for j in stack):
            _close(text, stack, pairs, i, c)
        elif c in PAIRS and (c != "”" or _straight_role(text, i, lo, hi) == "open"):
            stack.append(i)
    return pairs, stack


def _close(text: str, stack: list[int], pairs: list[tuple[int, int]], i: int, c: str) -> None:
    """Close the innermost opener that ``c`` matches; openers above it stay unclosed."""
    for k in range(len(stack) - 1, -1, -1):
        if c in PAIRS[text[stack[k]]]:
            pairs.append((stack[k], i))
            del stack[k:]
            return


def shrink(text: str, start: int, end: int, lead: str, trail: str) -> tuple[int, int]:
    """``start``/``end`` moved inwards past characters of ``lead`` and ``trail``."""
    while start < end and text[start] in lead:
        start += 1
    while end > start and text[end - 1] in trail:
        end -= 1
    return start, end


def _reopens(text: str, paragraph: Paragraph | None, mark: str) -> bool:
    return paragraph is not None and text[paragraph.start] == mark


def scan_quotes(text: str, paragraphs: list[Paragraph] | None = None) -> list[QuoteSpan]:
    """Outermost quoted spans of ``text``, in order."""
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    spans: list[QuoteSpan] = []
    continued = False
    for n, para in enumerate(paragraphs):
        pairs, unclosed = _pair_marks(text, para.start, para.end)
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        runs_on: int | None = None
        if unclosed and _reopens(text, following, text[unclosed[0]]):
            runs_on = unclosed[0]
        outer = sorted(p for p in pairs if runs_on is None or p[0] < runs_on)
        last_end = -1
        for open_, close in outer:
            if open_ < last_end:
                continue  # nested inside an earlier pair
            last_end = close
            start, end = shrink(text, open_ + 1, close, INNER_SPACE, INNER_SPACE)
            if start < end:
                is_continued = continued and open_ == para.start
                spans.append(QuoteSpan(start, end, open_, close, para.index, False, is_continued))
        if runs_on is not None and runs_on > last_end:
            start, end = shrink(text, runs_on + 1, para.end, INNER_SPACE, INNER_SPACE)
            if start < end:
                is_continued = continued and runs_on == para.start
                spans.append(QuoteSpan(start, end, runs_on, None, para.index, True, is_continued))
        continued = runs_on is not None
    return spans
