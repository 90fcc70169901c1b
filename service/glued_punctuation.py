"""Colons and semicolons glued to the word before them, split between tokenizer and tagger.

French sets « : » and « ; » apart with a space, and so do the treebanks the tokenizer
learned from; copy written the English way (``Il sourit, puis lâche: "…"``, ``a prévenu:
il faudra payer``) leaves the tokenizer keeping ``lâche:`` as one token, which the
tagger then reads as a noun, and the engine loses the verb and the colon that introduce a
quotation. A word followed by one of these marks is always two tokens.
"""

from __future__ import annotations

import re

from stanza import Document
from stanza.models.common.doc import Token

from service.token_entries import Entry, rewritten, split

_GLUED = re.compile(r"-?[^\W\d_][\w'’-]*[:;]")  # also « -t-il: »


def is_glued(form: str) -> bool:
    """Whether a token is a word with a colon or semicolon glued to it (``lâche:``), not
    a time (``10:30``) nor the mark alone."""
    return _GLUED.fullmatch(form) is not None


def split_glued_punctuation(document: Document) -> Document:
    """``document`` (tokenized, not yet tagged) with each word and the colon or semicolon
    glued to it as two tokens; the same object when it needs no change."""
    glued = [{i for i, token in enumerate(sentence.tokens) if is_glued(token.text)}
             for sentence in document.sentences]
    return rewritten(document, glued, _split_mark)


def _split_mark(entries: list[Entry], kept: Entry, token: Token) -> None:
    entries.extend(split(kept, token.end_char - 1))
