"""Sentence ends after a lone capital letter, between tokenizer and tagger.

The tokenizer reads ``X.`` as an initial (``J. Chirac``) and runs the sentence on: in
``Il a réagi sur X. « Honte à vous », a-t-il ajouté.`` the network and the quotation
become one sentence, and the engine mixes the two reports. An initial comes before a
surname, never before an article, a pronoun or a quote mark: after a lowercase word
(``sur X.``, ``le plan B.``), a lone capital letter and its stop end the sentence where
one of those follows. ``M.`` is a title (``a reçu M. Le Maire``), never a sentence end.
"""

from __future__ import annotations

from typing import Any

from stanza import Document

#: Words that open a sentence and never a surname after an initial.
_OPENERS = frozenset({
    "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "ce", "cet", "cette", "ces",
    "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "j’", "c'", "c’",
    "mais", "et", "en", "pour", "selon", "dans", "sur", "après", "avant", "depuis", "lors",
    "à", "au", "aux", "«", '"', "“"})


#: Openers that also begin surnames (« Le Bris », « La Fontaine », « De Rosa »).
_PARTICLES = frozenset({"le", "la", "les", "de", "du", "des"})


def ends_sentence(before: str, token: str, after: str, next_: str = "") -> bool:
    """Whether ``token``, between the tokens ``before`` and ``after`` (then ``next_``), is
    a lone capital letter with its stop that ends its sentence; not an initial before a
    surname that starts like an article (« J. Le Bris », « A. De Rosa »)."""
    lone = len(token) == 2 and token[0].isupper() and token[0].isalpha() \
        and token[0] != "M" and token[1] == "."
    surname = after[:1].isupper() and after.lower() in _PARTICLES and next_[:1].isupper()
    opens = after.lower() in _OPENERS and (after[:1].isupper() or not after[:1].isalpha())
    return lone and before[:1].islower() and opens and not surname  # not « A. et son collègue »


def _letter_and_stop(tokens: list[Any], i: int) -> bool:
    """Whether tokens ``i`` and ``i + 1`` are a lone capital letter and its stop, which
    the tokenizer sometimes splits without ending the sentence (``sur`` ``X`` ``.``
    ``«``), that end the sentence there."""
    if not 0 < i < len(tokens) - 2:
        return False
    letter, stop = tokens[i], tokens[i + 1]
    return stop.text == "." and stop.start_char == letter.end_char and ends_sentence(
            tokens[i - 1].text, letter.text + ".", tokens[i + 2].text,
            tokens[i + 3].text if i + 3 < len(tokens) else "")


def split_after_lone_letters(document: Document) -> Document:
    """``document`` (tokenized, not yet tagged) with a sentence end after each lone letter
    that ends its sentence; the same object when it needs no change."""
    glued = [{i for i in range(1, len(s.tokens) - 1)
              if ends_sentence(*(t.text for t in s.tokens[i - 1 : i + 3]))}
             for s in document.sentences]
    apart = [{i + 1 for i in range(len(s.tokens)) if _letter_and_stop(s.tokens, i)}
             for s in document.sentences]
    if not any(glued) and not any(apart):
        return document
    sentences: list[list[dict[str, Any]]] = []
    for sentence, letters, stops in zip(document.sentences, glued, apart, strict=True):
        current: list[dict[str, Any]] = []
        for i, token in enumerate(sentence.tokens):
            entry = token.to_dict()[0]
            if i in letters:  # « X. » as one token: the letter, then its stop
                stop = token.end_char - 1
                current.append({"id": (len(current) + 1,), "text": token.text[0],
                                "start_char": token.start_char, "end_char": stop,
                                "misc": "SpaceAfter=No"})
                entry = {**entry, "text": ".", "start_char": stop}
            current.append({**entry, "id": (len(current) + 1,)})
            if i in letters or i in stops:
                sentences.append(current)
                current = []
        sentences.append(current)
    return Document(sentences, text=document.text)
