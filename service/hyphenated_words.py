"""Hyphenated words cut by the tokenizer, joined again between tokenizer and tagger.

UD writes compound nouns as one token (``porte-parole``, ``sapeur-pompier``,
``présidente-directrice``), and cuts a hyphen only before a clitic (``dit-il``,
``donnez-nous``) or a demonstrative particle (``ce jour-là``, ``est-ce``). The tokenizer,
whose window sees a whole paragraph, sometimes cuts a compound as well
(``porte`` + ``-parole``); the tagger then reads a door, and the engine loses the role of
the spokeswoman. A token that is a hyphen and a lowercase word, glued to the word before
it, is part of that word unless it is a clitic or a particle.
"""

from __future__ import annotations

import re

from stanza import Document
from stanza.models.common.doc import Token

from service.token_entries import Entry, rewritten

_TAIL = re.compile(r"-[a-zà-ÿœæ]+(?:-[a-zà-ÿœæ]+)*")
_WORD = re.compile(r"[^\W\d_][\w-]*")
#: What follows a hyphen as a word of its own: clitic pronouns (``-t-il`` starts with t),
#: ``-ce``, the particles ``-là`` and ``-ci``, ``-même``, and ``-pas``, a misspelling.
_SEPARATE = frozenset({"il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous", "le",
                       "la", "les", "lui", "leur", "moi", "toi", "y", "en", "ce", "t", "là",
                       "ci", "même", "pas"})


def is_compound_end(word: str, tail: str) -> bool:
    """Whether ``tail``, glued to ``word``, ends it as one compound (``porte`` and
    ``-parole``), rather than being a clitic or a particle (``dit`` and ``-il``)."""
    return _WORD.fullmatch(word) is not None and _TAIL.fullmatch(tail) is not None \
        and tail[1:].split("-")[0] not in _SEPARATE


def _cut(before: Token, token: Token) -> bool:
    return before.end_char == token.start_char and "MWT=Yes" not in (before.misc or "") \
        and is_compound_end(before.text, token.text)


def join_hyphenated_words(document: Document) -> Document:
    """``document`` (tokenized, not yet tagged) with each compound the tokenizer cut at a
    hyphen as one token; the same object when it needs no change."""
    cuts = [{i for i in range(1, len(s.tokens)) if _cut(s.tokens[i - 1], s.tokens[i])}
            for s in document.sentences]
    return rewritten(document, cuts, _join_to_last)


def _join_to_last(entries: list[Entry], second: Entry, token: Token) -> None:
    """The last entry and this glued one as one token, with the second's notes (its space
    after)."""
    first = entries.pop()
    joined = {k: v for k, v in second.items() if k != "misc"}
    joined.update(text=first["text"] + second["text"], start_char=first["start_char"])
    if second.get("misc"):
        joined["misc"] = second["misc"]
    entries.append(joined)
