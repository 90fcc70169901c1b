"""Words compared without accents, case or gender endings."""

from __future__ import annotations

import unicodedata


def folded_words(s: str) -> list[str]:
    """The words of ``s`` without accents or case, an apostrophe ending its word."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return s.replace("'", "' ").split()


def same_word(a: str, b: str) -> bool:
    """Equal but for a gender or number ending (``americain``, ``americaine``)."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and len(long) - len(short) <= 2 and len(short) >= 4 \
        or a == b
