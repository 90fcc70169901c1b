"""Inverted subject pronouns split from their verb between tokenizer and tagger.

Incises put the subject after the verb: ``« … », dit-elle``, ``ajoute-t-il``. UD
tokenizes them as the verb and the pronoun (``dit`` + ``-elle``, ``ajoute`` + ``-t-il``),
and the engine needs the pronoun as a word of its own to find the speaker. The
tokenizer learns the split from a few dozen treebank examples, almost all ``-il``, and
leaves about one news incise in six glued (``conclut-il``, ``répond-elle``,
``note-t-on``), which the tagger then reads as a noun. French spelling makes the rule
exact: the pronoun follows a hyphen, after ``-t-`` when the verb ends in a vowel, and
directly after a verb ending in ``t`` or ``d`` otherwise (``dit-on``, ``prend-il``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from stanza import Document
from stanza.models.common.doc import Token

from service.token_entries import Entry, entry, rebuilt, split

_PRONOUN = r"(?:il|elle|on|ils|elles)"
# No French verb ends in ``dd``: ``add-on`` is English.
_GLUED = re.compile(r"^([^\W\d_]+?)(-t-" + _PRONOUN + r"|(?<=[td])(?<!dd)-" + _PRONOUN + r")$",
                    re.IGNORECASE)


def glued_subject(token: str) -> re.Match[str] | None:
    """The verb (group 1) and the pronoun (group 2) of ``dit-elle``, ``A-T-IL``; None
    for other tokens, and for a capitalised ending (``Saint-Elle`` is a name)."""
    match = _GLUED.match(token)
    if match is None or not (match.group(2).islower() or match.group(2).isupper()):
        return None
    return match


def split_inverted_subjects(document: Document) -> Document:
    """``document`` (tokenized, not yet tagged) with every verb and inverted pronoun
    tokenized as UD does; the same object when it needs no change."""
    runs = [_misjoined(sentence.tokens) for sentence in document.sentences]
    if not any(runs):
        return document
    sentences = [_respelled(sentence.tokens, found)
                 for sentence, found in zip(document.sentences, runs, strict=True)]
    return rebuilt(sentences, document.text)


Run = tuple[int, int, re.Match[str]]


def _misjoined(tokens: list[Token]) -> list[Run]:
    """(first token, number of tokens, match) for each verb and pronoun written with
    hyphens only (``conclut-il``, ``note`` ``-t`` ``-on``) and tokenized otherwise than
    as the verb and the pronoun."""
    runs: list[Run] = []
    i = 0
    while i < len(tokens):
        for length in (3, 2, 1):
            run = tokens[i : i + length]
            if len(run) < length or any(a.end_char != b.start_char for a, b in pairwise(run)):
                continue
            match = glued_subject("".join(token.text for token in run))
            if match is None:
                continue
            if [token.text for token in run] != list(match.groups()):
                runs.append((i, length, match))
                i += length - 1
            break
        i += 1
    return runs


def _respelled(tokens: list[Token], runs: list[Run]) -> list[Entry]:
    """The sentence's token entries, each run replaced by its verb and its pronoun."""
    starts = {first: (length, match) for first, length, match in runs}
    entries: list[Entry] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if i not in starts:
            entries.append(entry(token))
            i += 1
            continue
        length, match = starts[i]
        last = tokens[i + length - 1]
        run = {"text": match.group(0), "start_char": token.start_char,
               "end_char": last.end_char, **({"misc": last.misc} if last.misc else {})}
        entries += split(run, token.start_char + len(match.group(1)))
        i += length
    return entries
