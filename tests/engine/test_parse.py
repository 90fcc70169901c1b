"""The parse the rules read: one sentence per quotation and its incise, offsets into the input."""

from __future__ import annotations

import pytest

from service.engine import extract


@pytest.mark.parametrize("text", [
    "« Nous ne céderons pas », a déclaré jeudi la ministre.",
    "«\u00a0Nous ne céderons pas\u00a0», a déclaré jeudi la ministre.",
    "“Nous ne céderons pas”, a déclaré jeudi la ministre.",
    "\"Nous ne céderons pas\", a déclaré jeudi la ministre.",
])
def test_a_quotation_and_its_incise_are_one_sentence(nlp, text):
    result = extract(text, nlp)
    assert result.sentences == 1
    [quote] = result.quotes
    assert quote.sentence == 0
    assert text[quote.start:quote.end] == "Nous ne céderons pas"


def test_a_closing_guillemet_after_the_stop_ends_its_sentence(nlp):
    text = ("Il a dit : « Nous ne céderons pas. » Puis il a quitté la salle sans un mot.")
    result = extract(text, nlp)
    assert result.sentences == 2
    [quote] = result.quotes
    assert text[quote.start:quote.end] == "Nous ne céderons pas."
