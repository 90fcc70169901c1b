"""Sentence ends after a lone capital letter, between tokenizer and tagger.

The tokenizer reads ``X.`` as an initial (``J. Chirac``) and runs the sentence on: in
``Il a réagi sur X. « Honte à vous », a-t-il ajouté.`` the network and the quotation
become one sentence, and the engine mixes the two reports. Where the letter and its stop
end the sentence (``service/engine/initials.py``: before a capitalized article or pronoun
or a quote mark, after a lowercase word), the sentence is cut there, whether the
tokenizer kept ``X.`` as one token or split it in two.
"""

from __future__ import annotations

from stanza import Document
from stanza.models.common.doc import Token

from service.engine.initials import ends_sentence
from service.token_entries import Entry, entry, rebuilt, split


def _letter_and_stop(tokens: list[Token], i: int) -> bool:
    """Whether tokens ``i`` and ``i + 1`` are a lone capital letter and its stop that end
    the sentence, split by the tokenizer into two tokens (``sur`` ``X`` ``.`` ``«``)."""
    if not 0 < i < len(tokens) - 2:
        return False
    letter, stop = tokens[i], tokens[i + 1]
    return stop.text == "." and stop.start_char == letter.end_char and ends_sentence(
        tokens[i - 1].text, letter.text + ".", tokens[i + 2].text,
        tokens[i + 3].text if i + 3 < len(tokens) else "")


def split_after_lone_letters(document: Document) -> Document:
    """``document`` (tokenized, not yet tagged) with a sentence end after each lone letter
    that ends its sentence; the same object when it needs no change."""
    letters = [{i for i in range(1, len(s.tokens) - 1)  # « X. » as one token
                if ends_sentence(*(t.text for t in s.tokens[i - 1 : i + 3]))}
               for s in document.sentences]
    stops = [{i + 1 for i in range(len(s.tokens)) if _letter_and_stop(s.tokens, i)}
             for s in document.sentences]
    if not any(letters) and not any(stops):
        return document
    sentences: list[list[Entry]] = []
    for sentence, glued, apart in zip(document.sentences, letters, stops, strict=True):
        current: list[Entry] = []
        for i, token in enumerate(sentence.tokens):
            kept = entry(token)  # « X. » as one token: the letter, then its stop
            current += split(kept, token.end_char - 1) if i in glued else [kept]
            if i in glued or i in apart:
                sentences.append(current)
                current = []
        sentences.append(current)
    return rebuilt(sentences, document.text)
