"""The rule that joins a sentence the tokenizer ended on a word inside a line of running
text (``présidente de l'association | Cœur de Valmorin, s'est dite…``)."""

from __future__ import annotations

import pytest

from service.engine import extract

LINES = [
    "Sylvie Marchetti, présidente de l’association Cœur de Valmorin, s’est dite « pas "
    "opposée au tram ».",
    "Dimanche soir, une banderole « Direction démission » avait été déployée devant l'usine.",
    "Personne ne peut prétendre ignorer le danger sur cette route où Marion Le Guennec a "
    "perdu la vie.",
]


@pytest.mark.parametrize("line", LINES)
def test_a_line_of_running_text_has_no_sentence_ending_on_a_word(nlp, line):
    doc = nlp(line, lines=True)
    assert [s.text for s in doc.sentences] == [line]
    for token in doc.sentences[0].tokens:
        assert line[token.start_char:token.end_char] == token.text


def test_sentences_ending_on_a_stop_stay_apart(nlp):
    line = ("« Nous ne céderons pas », a déclaré la maire. Le conseil se réunira lundi ! "
            "Qui votera le budget ?")
    doc = nlp(line, lines=True)
    assert [s.text for s in doc.sentences] == [
        "« Nous ne céderons pas », a déclaré la maire.", "Le conseil se réunira lundi !",
        "Qui votera le budget ?"]


def test_the_subject_before_a_name_of_a_body_speaks(nlp):
    text = ("Chez les commerçants, l’inquiétude domine. " + LINES[0]
            + " « Certains magasins ne s’en relèveront pas », prévient-elle.")
    quotes = extract(text, nlp).quotes
    assert [q.speaker.name for q in quotes] == ["Sylvie Marchetti", "Sylvie Marchetti"]
