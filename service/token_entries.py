"""Rebuilding a tokenized Stanza document after a rule between tokenizer and tagger has
split a token or moved a sentence end: each rule lists its sentences as token entries (the
dictionaries Stanza's ``Document`` takes), and the ids are numbered here."""

from __future__ import annotations

from typing import Any

from stanza import Document
from stanza.models.common.doc import Token

Entry = dict[str, Any]


def entry(token: Token) -> Entry:
    """The entry of a token kept as the tokenizer made it."""
    return token.to_dict()[0]


def rebuilt(sentences: list[list[Entry]], text: str) -> Document:
    """A document of these sentences of ``text``, their tokens numbered from 1 in each."""
    return Document([[{**e, "id": (n,)} for n, e in enumerate(s, 1)] for s in sentences],
                    text=text)
