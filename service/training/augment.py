"""Tokenizer and training-data augmentations for French press typography.

French press writes « guillemets », often with a no-break space inside, but the treebanks
mostly use straight quotes. Every training sentence with paired straight quotes is added
again with « », «tight» or “curly” marks (``requote``), and the tokenizer's raw text gets
no-break spaces inside some guillemets (``no_break_guillemets``), so that quote marks never
split sentences. The tokenizer also sees sentences quoted whole or after a colon
(``quoted_sentence``: « … pas. » then a new sentence), so that a closing guillemet after
the final stop stays with its sentence, and the headings of the treebanks again with their
neighbours (``heading_windows``), so that a sentence may end on a word.
"""

from __future__ import annotations

import random
import re

from .conllu import (
    Sentence,
    columns,
    insert_punct,
    set_space_after,
    surface_tokens,
    with_text_comment,
    word_lines,
)

QUOTE_STYLES = (("«", "»", True), ("«", "»", False), ("“", "”", False))
NO_BREAK_SPACES = ("\u00a0", "\u202f")


def requote(sentence: Sentence, rng: random.Random) -> Sentence | None:
    """The sentence with its straight quote pairs turned into another style, or None."""
    tokens = surface_tokens(sentence)
    quotes = [i for i in tokens if columns(sentence[i])[1] == '"']
    if not quotes or len(quotes) % 2:
        return None
    opening_mark, closing_mark, spaced = rng.choice(QUOTE_STYLES)
    lines = list(sentence)
    for rank, index in enumerate(quotes):
        fields = columns(lines[index])
        opening = rank % 2 == 0
        fields[1] = opening_mark if opening else closing_mark
        if fields[2] == '"':
            fields[2] = fields[1]
        lines[index] = "\t".join(fields)
        if opening:
            set_space_after(lines, index, spaced)
        elif tokens.index(index):  # the token before a closing mark
            set_space_after(lines, tokens[tokens.index(index) - 1], spaced)
    return with_text_comment(lines)


def quoted_sentence(sentence: Sentence, rng: random.Random) -> Sentence | None:
    """The sentence quoted whole, or from its colon on, final stop inside the guillemets."""
    tokens = surface_tokens(sentence)
    forms = [columns(sentence[i])[1] for i in tokens]
    if len(forms) < 3 or forms[-1] not in (".", "!", "?") or any(
            f in ('"', "«", "»") for f in forms):
        return None
    last_word = int(columns(word_lines(sentence)[-1])[0])
    colon = next((int(columns(sentence[i])[0].split("-")[0]) for i in tokens
                  if columns(sentence[i])[1] == ":"), None)
    start = colon if colon is not None and colon < last_word - 1 and rng.random() < 0.7 else 0
    spaced = rng.random() < 0.8
    lines = insert_punct(sentence, last_word, "»", "_")
    lines = insert_punct(lines, start, "«", "_" if spaced else "SpaceAfter=No")
    if not spaced:
        set_space_after(lines, surface_tokens(lines)[-2], False)
    return with_text_comment(lines)


def no_break_guillemets(text: str, rng: random.Random) -> str:
    """Turns some spaces inside guillemets into the no-break spaces of French typography."""

    def replace(match: re.Match[str]) -> str:
        if rng.random() < 0.5:
            return match.group(0)
        space = rng.choice(NO_BREAK_SPACES)
        return match.group(0).replace(" ", space)

    return re.sub(r"« | »", replace, text)


def heading_windows(sentences: list[Sentence]) -> list[list[Sentence]]:
    """Each sentence that ends on a word and names nobody, with the sentences around it.

    Treebank text runs its sentences together without line breaks: a heading, a title or
    a list item (``Liens externes``, ``DATE DE PEREMPTION``) ends where the next sentence
    starts, with no stop. Seen once more with its neighbours, such an end is learnt. Those
    with a proper noun are left out: they taught the tokenizer to cut names in news
    (``le général Michel | Aoun``)."""

    def heading(sentence: Sentence) -> bool:
        words = [columns(line) for line in word_lines(sentence)]
        return bool(words) and words[-1][3] != "PUNCT" and all(w[3] != "PROPN" for w in words)

    return [sentences[i - 1 : i + 2] for i in range(1, len(sentences) - 1)
            if heading(sentences[i])]
