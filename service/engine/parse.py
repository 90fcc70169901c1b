"""Runs the Stanza pipeline paragraph by paragraph and keeps what the rules need.

The parser sees a copy of the text in which typographic apostrophes and unusual spaces
are replaced one for one by the forms its training data is full of (``'``, a plain space,
``À`` for a sentence-initial ``A``), so offsets stay those of the input text. Quote
marks are left as written: the bundled tokenizer is trained on « », “ ” and straight
quotes, and keeps a quotation and its incise in one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import stanza

from .paragraphs import Paragraph

_PARSER_FORMS = str.maketrans(
    {
        "’": "'", "‘": "'", "ʼ": "'",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200a": " ",
        "\u2002": " ", "\u2003": " ", "\t": " ", "\r": " ",
    }
)


@dataclass
class Word:
    index: int  # position in the sentence, from 0
    text: str
    lemma: str
    upos: str
    feats: dict[str, str]
    head: int  # index of the head word, -1 for the root
    deprel: str
    start: int  # offsets in the input text (a contraction's words share its span)
    end: int
    children: list[int] = field(default_factory=list)

    @property
    def rel(self) -> str:
        """The deprel without its subtype (``nsubj:pass`` -> ``nsubj``)."""
        return self.deprel.split(":")[0]


@dataclass
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    words: list[Word]

    def subtree(self, i: int) -> list[int]:
        """Indices of word ``i`` and all its descendants, sorted."""
        out, todo = [], [i]
        while todo:
            j = todo.pop()
            out.append(j)
            todo.extend(self.words[j].children)
        return sorted(out)


#: « A Saint-Aubin, » at the start of a sentence: the preposition à, capitalized without its
#: accent as the press often writes it, which the tagger reads as the verb avoir.
_UNACCENTED_A = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=[«“\"]\s)|(?<=[«“\"]))A(?=\s)", re.M)


def parser_text(text: str) -> str:
    """``text`` with apostrophes and spaces in the parser's usual forms, and a
    sentence-initial « A » as « À »: one character for one."""
    return _UNACCENTED_A.sub("À", text.translate(_PARSER_FORMS))


def _feats(raw: str | None) -> dict[str, str]:
    if not raw:
        return {}
    return dict(item.split("=", 1) for item in raw.split("|") if "=" in item)


def _sentence(sent: Any, index: int, paragraph: Paragraph) -> Sentence:
    words: list[Word] = []
    for token in sent.tokens:
        start = paragraph.start + token.start_char
        end = paragraph.start + token.end_char
        for w in token.words:
            words.append(
                Word(len(words), w.text, w.lemma or w.text, w.upos or "X", _feats(w.feats),
                     (w.head or 0) - 1, w.deprel or "dep", start, end)
            )
    for w in words:
        if 0 <= w.head < len(words) and w.head != w.index:
            words[w.head].children.append(w.index)
        else:
            w.head = -1
    return Sentence(index, paragraph.index, words[0].start, words[-1].end, words)


def parse(text: str, paragraphs: list[Paragraph], pipeline: Any) -> list[Sentence]:
    """Sentences of every paragraph, parsed in one batch, with offsets into ``text``."""
    if not paragraphs:
        return []
    source = parser_text(text)
    docs = [stanza.Document([], text=source[p.start : p.end]) for p in paragraphs]
    parsed = pipeline(docs, lines=True)  # a paragraph is one line
    sentences: list[Sentence] = []
    for paragraph, doc in zip(paragraphs, parsed, strict=True):
        for sent in doc.sentences:
            if sent.tokens:
                sentences.append(_sentence(sent, len(sentences), paragraph))
    return sentences
