"""Paragraphs: the runs of text between line breaks, with their offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x85]+")


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int


def split_paragraphs(text: str) -> list[Paragraph]:
    """Every non-blank line is a paragraph, trimmed of surrounding whitespace.

    News text puts one paragraph per line; blank lines between them are optional.
    """
    paragraphs: list[Paragraph] = []
    for match in _LINE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            paragraphs.append(Paragraph(len(paragraphs), start, end))
    return paragraphs

