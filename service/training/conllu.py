"""Line-level editing of CoNLL-U sentences (lists of lines), for the training data."""

from __future__ import annotations

import re
from collections.abc import Iterable

Sentence = list[str]

RANGE_RE = re.compile(r"^(\d+)-(\d+)\t")


def is_token_line(line: str) -> bool:
    return bool(line) and line[0].isdigit() and "." not in line.split("\t", 1)[0]


def surface_tokens(sentence: Sentence) -> list[int]:
    """Indices of the lines that carry surface tokens (MWT ranges, not their words)."""
    indices, covered_until = [], 0
    for index, line in enumerate(sentence):
        if not is_token_line(line):
            continue
        match = RANGE_RE.match(line)
        if match:
            indices.append(index)
            covered_until = int(match.group(2))
            continue
        if int(line.split("\t", 1)[0]) > covered_until:
            indices.append(index)
    return indices


def columns(line: str) -> list[str]:
    return line.split("\t")


def word_lines(sentence: Sentence) -> list[str]:
    """The lines of the syntactic words (not the ranges of multi-word tokens)."""
    return [line for line in sentence if is_token_line(line) and not RANGE_RE.match(line)]


def set_space_after(sentence: Sentence, index: int, space: bool) -> None:
    """Clears (``space``) or sets SpaceAfter=No in the MISC column of line ``index``, in place."""
    fields = columns(sentence[index])
    kept = [item for item in fields[9].split("|") if item not in ("SpaceAfter=No", "_")]
    fields[9] = ("|".join(kept) or "_") if space else "|".join([*kept, "SpaceAfter=No"])
    sentence[index] = "\t".join(fields)


def sentence_text(sentence: Sentence) -> str:
    pieces = []
    for index in surface_tokens(sentence):
        fields = columns(sentence[index])
        pieces.append(fields[1] + ("" if "SpaceAfter=No" in fields[9] else " "))
    return "".join(pieces).rstrip()


def with_text_comment(sentence: Sentence) -> Sentence:
    text = sentence_text(sentence)
    return [f"# text = {text}" if line.startswith("# text") else line for line in sentence]


def _shifted(line: str, after: int) -> str:
    """A token line renumbered for one token inserted after word ``after``."""
    fields = columns(line)
    match = RANGE_RE.match(line)
    if match:
        first, last = int(match.group(1)), int(match.group(2))
        shift = 1 if first > after else 0
        fields[0] = f"{first + shift}-{last + shift}"
        return "\t".join(fields)
    if int(fields[0]) > after:
        fields[0] = str(int(fields[0]) + 1)
    if fields[6].isdigit() and int(fields[6]) > after:
        fields[6] = str(int(fields[6]) + 1)
    fields[8] = "_"
    return "\t".join(fields)


def insert_punct(sentence: Sentence, after: int, form: str, misc: str) -> Sentence:
    """Inserts a punctuation word after word ``after`` (0: first), attached to the root."""
    root = next(columns(line)[0] for line in word_lines(sentence) if columns(line)[6] == "0")
    root_id = int(root) + (1 if int(root) > after else 0)
    new_line = "\t".join([str(after + 1), form, form, "PUNCT", "_", "_", str(root_id), "punct",
                          "_", misc])
    lines: Sentence = []
    inserted = False
    for line in sentence:
        if is_token_line(line):
            number = int(RANGE_RE.match(line).group(1)) if RANGE_RE.match(line) else int(
                columns(line)[0])
            if not inserted and number > after:
                lines.append(new_line)
                inserted = True
            line = _shifted(line, after)
        lines.append(line)
    if not inserted:
        lines.append(new_line)
    return lines


def blank_xpos(sentences: Iterable[Sentence]) -> list[Sentence]:
    blanked = []
    for sentence in sentences:
        lines = []
        for line in sentence:
            if is_token_line(line) and not RANGE_RE.match(line):
                fields = columns(line)
                fields[4] = "_"
                line = "\t".join(fields)
            lines.append(line)
        blanked.append(lines)
    return blanked
