"""Rebuilding a tokenized Stanza document after a rule between tokenizer and tagger has
split a token or moved a sentence end: each rule lists its sentences as token entries (the
dictionaries Stanza's ``Document`` takes), splits a token here, and the ids are numbered
here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from stanza import Document
from stanza.models.common.doc import Token

Entry = dict[str, Any]
#: How a rule rewrites a token it marked: given the entries of its sentence so far and the
#: token's own entry and token, it adds what replaces the token (or joins it to the last).
Rewrite = Callable[[list[Entry], Entry, Token], None]


def entry(token: Token) -> Entry:
    """The entry of a token kept as the tokenizer made it."""
    return token.to_dict()[0]


def rebuilt(sentences: list[list[Entry]], text: str) -> Document:
    """A document of these sentences of ``text``, their tokens numbered from 1 in each."""
    return Document([[{**e, "id": (n,)} for n, e in enumerate(s, 1)] for s in sentences],
                    text=text)


def rewritten(document: Document, marked: list[set[int]], rewrite: Rewrite) -> Document:
    """``document`` with the tokens ``marked`` in each sentence (by index) rewritten, the
    others kept; the same object when none is marked."""
    if not any(marked):
        return document
    sentences: list[list[Entry]] = []
    for sentence, found in zip(document.sentences, marked, strict=True):
        entries: list[Entry] = []
        for i, token in enumerate(sentence.tokens):
            if i in found:
                rewrite(entries, entry(token), token)
            else:
                entries.append(entry(token))
        sentences.append(entries)
    return rebuilt(sentences, document.text)


def split(kept: Entry, at: int) -> tuple[Entry, Entry]:
    """Token entry ``kept`` cut at text offset ``at`` into two tokens with no space between
    them (« lâche: », « X. », « conclut-il »): the first keeps the multi-word flag (« au: » is
    still « à le »), the second the rest of the token's notes (its space after)."""
    flags = [f for f in (kept.get("misc") or "").split("|") if f]
    words = [f for f in flags if f.startswith("MWT=")]
    rest = "|".join(f for f in flags if not f.startswith("MWT="))
    cut = at - kept["start_char"]
    first = {"text": kept["text"][:cut], "start_char": kept["start_char"], "end_char": at,
             "misc": "|".join([*words, "SpaceAfter=No"])}
    second = {k: v for k, v in kept.items() if k != "misc"}
    second.update(text=kept["text"][cut:], start_char=at, **({"misc": rest} if rest else {}))
    return first, second
