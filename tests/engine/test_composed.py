"""Decomposed accents (``e`` + U+0301) read as composed letters, offsets of the input."""

from __future__ import annotations

import unicodedata

from service.engine.composed import composed_view


def test_composed_text_needs_no_view():
    assert composed_view("« Nous ne céderons pas », a déclaré Anne Martin.") is None


def test_offsets_map_back_to_whole_letters():
    text = "a de\u0301clare\u0301 Zoe\u0308"
    view = composed_view(text)
    assert view is not None and view.text == "a déclaré Zoë"
    start, end = view.text.index("déclaré"), view.text.index("déclaré") + len("déclaré")
    assert text[view.start_in_original(start) : view.end_in_original(end)] == "de\u0301clare\u0301"
    assert view.end_in_original(len(view.text)) == len(text)


def test_text_that_does_not_compose_letter_by_letter_is_read_as_is():
    assert composed_view("\u1100\u1161") is None  # Hangul jamo: NFC joins two base letters


def _summary(quotes):
    return [(q.type, unicodedata.normalize("NFC", q.text), q.speaker and q.speaker.name,
             q.cue and unicodedata.normalize("NFC", q.cue.text)) for q in quotes]


def test_decomposed_articles_give_the_quotes_of_the_composed_ones(run, seed_texts):
    for name, text in seed_texts.items():
        decomposed = unicodedata.normalize("NFD", text)
        assert decomposed != text
        assert _summary(run(decomposed)) == _summary(run(text)), name
