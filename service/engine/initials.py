"""Whether a lone capital letter and its stop end a sentence (« sur X. « … » », « le plan
B. Il… ») or stand for a name's initial (« J. Chirac », « le policier A. et son
collègue »): one rule for the pipeline's sentence split and the engine's own sentence
ends.

An initial comes before a surname, never before a capitalized article or pronoun or a
quote mark: after a lowercase word, a lone capital letter and its stop end the sentence
where one of those follows. ``M.`` is a title (``a reçu M. Le Maire``), never an end.
"""

from __future__ import annotations

import re

#: Words that open a sentence and never a surname after an initial.
_OPENERS = frozenset({
    "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "ce", "cet", "cette", "ces",
    "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "j’", "c'", "c’",
    "mais", "et", "en", "pour", "selon", "dans", "sur", "après", "avant", "depuis", "lors",
    "à", "au", "aux", "«", '"', "“"})
#: Openers that also begin surnames (« Le Bris », « La Fontaine », « De Rosa »).
_PARTICLES = frozenset({"le", "la", "les", "de", "du", "des"})
#: Marks that open a quotation, each a token of its own (« X. “Une »).
_QUOTE_OPENERS = "«“\""
#: The word before a lone letter, and the two tokens after its stop.
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_TOKENS_AFTER = re.compile(rf"\s*([{_QUOTE_OPENERS}]|[^\s{_QUOTE_OPENERS}]+)"
                           rf"\s*([{_QUOTE_OPENERS}]|[^\s{_QUOTE_OPENERS}]*)")
#: How far back the word before a letter may start.
_LOOKBACK = 40


def ends_sentence(before: str, token: str, after: str, next_: str = "") -> bool:
    """Whether ``token``, between the tokens ``before`` and ``after`` (then ``next_``), is
    a lone capital letter with its stop that ends its sentence; not an initial before a
    lowercase word (« le policier A. et son collègue ») or a surname that starts like an
    article (« J. Le Bris », « A. De Rosa »)."""
    lone = len(token) == 2 and token[0].isupper() and token[0].isalpha() \
        and token[0] != "M" and token[1] == "."
    surname = after[:1].isupper() and after.lower() in _PARTICLES and next_[:1].isupper()
    opens = after.lower() in _OPENERS and (after[:1].isupper() or not after[:1].isalpha())
    return lone and before[:1].islower() and opens and not surname


def letter_ends_sentence(text: str, letter: int) -> bool:
    """``ends_sentence`` on raw text, for the capital letter at offset ``letter`` followed
    by its stop."""
    before = _WORD_BEFORE.search(text, max(0, letter - _LOOKBACK), letter)
    after = _TOKENS_AFTER.match(text, letter + 2)
    return bool(before and after) and ends_sentence(
        before.group(1), text[letter : letter + 2], after.group(1), after.group(2))
