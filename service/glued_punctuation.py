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

from service.token_entries import Entry, entry, rebuilt

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
    if not any(glued):
        return document
    sentences: list[list[Entry]] = []
    for sentence, found in zip(document.sentences, glued, strict=True):
        entries: list[Entry] = []
        for i, token in enumerate(sentence.tokens):
            kept = entry(token)
            if i in found:  # the word keeps the multi-word flag (« au: » is « à le »)
                mark = token.end_char - 1
                flags = (kept.get("misc") or "").split("|")
                mwt = [f for f in flags if f.startswith("MWT=")]
                entries.append({"text": token.text[:-1], "start_char": token.start_char,
                                "end_char": mark, "misc": "|".join([*mwt, "SpaceAfter=No"])})
                kept = {k: v for k, v in kept.items() if k != "misc"}
                rest = "|".join(f for f in flags if f and not f.startswith("MWT="))
                kept = {**kept, "text": token.text[-1], "start_char": mark,
                        **({"misc": rest} if rest else {})}
            entries.append(kept)
        sentences.append(entries)
    return rebuilt(sentences, document.text)
