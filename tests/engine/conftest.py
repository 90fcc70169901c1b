"""The engine as the tests call it: every span of every quote is checked against the input."""

from __future__ import annotations

import pytest

from service.engine import extract


@pytest.fixture(scope="session")
def run(nlp):
    """``run(text)`` extracts the quotes of ``text`` and asserts that all their offsets slice it."""

    def _run(text: str):
        quotes = extract(text, nlp).quotes
        for q in quotes:
            assert text[q.start : q.end] == q.text
            for span in [q.speaker and q.speaker.mention, q.cue, *q.fragments]:
                if span is not None:
                    assert text[span.start : span.end] == span.text
        return quotes

    return _run
