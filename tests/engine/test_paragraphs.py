"""Paragraphs: the lines of the input, less a dateline before the first sentence."""

from __future__ import annotations

import pytest

from service.engine.paragraphs import split_paragraphs


def lines(text: str) -> list[str]:
    return [text[p.start : p.end] for p in split_paragraphs(text)]


def test_paragraphs_are_lines_trimmed_of_spaces_whatever_the_line_breaks():
    text = " Titre\r\n\r\n\u00a0Premier paragraphe.\nSecond\u2029Troisième \n\n"
    assert lines(text) == ["Titre", "Premier paragraphe.", "Second", "Troisième"]


@pytest.mark.parametrize("dateline", [" date 2020-01 ", "PARIS (AFP) - ",
                                      "Rennes, 3 mars (AFP) – "])
def test_a_dateline_is_no_part_of_the_first_paragraph(dateline):
    text = f"{dateline}Louise Ancelin n'aime pas parler d'elle.\n\nElle écrit."
    assert lines(text) == ["Louise Ancelin n'aime pas parler d'elle.", "Elle écrit."]


@pytest.mark.parametrize("text", ["Premier paragraphe.\ndate 2020-01 Second.",
                                  "La CGT (CGT) - a dit non.", "date 2020-01"])
def test_no_dateline_but_at_the_start_of_a_text_before_its_sentence(text):
    assert lines(text) == [line.strip() for line in text.splitlines()]


def test_an_agency_dateline_after_a_title_is_set_apart():
    text = "Festival : le Grand Prix fait polémique\n\nBIARRITZ (AFP) – La cérémonie a eu lieu."
    assert lines(text) == ["Festival : le Grand Prix fait polémique", "La cérémonie a eu lieu."]
