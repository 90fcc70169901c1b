"""Paragraphs: the runs of text between line breaks, with their offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x85]+")
#: A dateline before the first sentence (« date 2020-01 », « PARIS (AFP) - »): no part of
#: it, or the parser hangs the sentence's subject on it. The date opens the text.
_DATE = re.compile(r"\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+(?=\S)")
#: An agency's dateline, which opens the first paragraph of the body, after a title too.
_AGENCY_DATELINE = re.compile(r"\s*[A-ZÀ-Ý][^\W\d_]*(?:[ '-][^\W\d_]+)*(?:,[^().\n]{1,40})?"
                              r"\s+\((?:AFP|Reuters|AP|ATS|Belga|dpa)\)\s*[-–—]\s+(?=\S)")


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int


def split_paragraphs(text: str) -> list[Paragraph]:
    """Every non-blank line is a paragraph, trimmed of surrounding whitespace.

    News text puts one paragraph per line; blank lines between them are optional. A
    dateline (a date opening the text, an agency's « PARIS (AFP) - » opening a paragraph)
    belongs to no paragraph: nothing in it is parsed or quoted.
    """
    paragraphs: list[Paragraph] = []
    for match in _LINE.finditer(text):
        start, end = match.start(), match.end()
        dateline = (_DATE.match(text, start, end) if not paragraphs else None) \
            or _AGENCY_DATELINE.match(text, start, end)
        if dateline:
            start = dateline.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            paragraphs.append(Paragraph(len(paragraphs), start, end))
    return paragraphs

