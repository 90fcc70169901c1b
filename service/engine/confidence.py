"""Confidence per item: how reliable the structure that found it is, lowered when the
speaker could not be found or resolved."""

from __future__ import annotations

#: Reliability of each reporting structure on its own.
BASE = {
    "incise": 0.85,
    "colon": 0.8,
    "que": 0.8,
    "infinitive": 0.65,
    "adjective": 0.65,
    "object": 0.55,
    "selon": 0.7,
    "continuation": 0.55,
    "context": 0.4,
    "headline": 0.7,
}
PENALTY = {"name": 0.0, "role": 0.05, "anaphora": 0.05, "description": 0.1, "unresolved": 0.25}


def confidence(kind: str, method: str | None, quoted: bool) -> float:
    """``method`` is how the speaker was resolved (None: no speaker found)."""
    score = BASE.get(kind, 0.5)
    score -= PENALTY.get(method, 0.3) if method else 0.3
    if quoted:
        score += 0.1
    return round(min(max(score, 0.05), 0.99), 2)
