"""French quotation attribution: ``extract(text)`` returns every reported statement."""

from __future__ import annotations

from typing import Any

from .assemble import build
from .types import Cue, Extraction, Quote, Span, Speaker

__all__ = ["Cue", "Extraction", "Quote", "Span", "Speaker", "extract"]


def extract(text: str, pipeline: Any = None) -> Extraction:
    """Every reported statement of ``text`` (direct, mixed, indirect) with its speaker,
    cue and offsets. ``pipeline`` defaults to the process-wide Stanza pipeline."""
    if pipeline is None:
        from service.nlp import load_pipeline

        pipeline = load_pipeline()
    return build(text, pipeline)
