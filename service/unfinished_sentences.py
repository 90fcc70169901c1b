"""Sentences cut after a bare word inside a line, joined again between tokenizer and tagger.

The tokenizer learned from the treebanks' headings, which have no stop (``DATE DE
PEREMPTION``, ``Références``), that a sentence may end on a word before a capital. In news
text that cuts a sentence before a name or a quotation: ``Sylvie Marchetti, présidente de
l'association | Cœur de Valmorin, s'est dite…`` makes the association the subject, and
``une banderole | « Direction démission »`` parts a slogan from its sign. The engine parses
an article line by line, and a heading stands on a line of its own, so inside a line a
sentence that ends on a letter, a digit or a closing bracket runs on into the next one.
"""

from __future__ import annotations

from stanza import Document
from stanza.models.common.doc import Token

from service.token_entries import Entry, entry, rebuilt


def _unfinished(tokens: list[Token]) -> bool:
    """Ends on a word or on an aside in brackets (« La maire (divers gauche) | Hélène
    Castagnier a défendu »)."""
    last = tokens[-1].text
    return last[-1].isalnum() or last in (")", "]")


def join_unfinished_sentences(document: Document) -> Document:
    """``document`` (one line, tokenized, not yet tagged) with each sentence that ends on a
    word joined to the sentence after it; the same object when it needs no change."""
    sentences = document.sentences
    if not any(_unfinished(s.tokens) for s in sentences[:-1]):
        return document
    joined: list[list[Entry]] = []
    run_on = False
    for sentence in sentences:
        if not run_on:
            joined.append([])
        joined[-1] += [entry(token) for token in sentence.tokens]
        run_on = _unfinished(sentence.tokens)
    return rebuilt(joined, document.text)
