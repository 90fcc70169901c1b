"""The rule that joins a sentence the tokenizer ended on a word or an aside in brackets
inside a line of running text (``présidente de l'association | Cœur de Valmorin, s'est
dite…``), and the unaccented « A » the parser then sees in the longer sentences."""

from __future__ import annotations

import pytest

from service.engine import extract
from service.engine.parse import parser_text

LINES = [
    "Sylvie Marchetti, présidente de l’association Cœur de Valmorin, s’est dite « pas "
    "opposée au tram ».",
    "Dimanche soir, une banderole « Direction démission » avait été déployée devant l'usine.",
    "Personne ne peut prétendre ignorer le danger sur cette route où Marion Le Guennec a "
    "perdu la vie.",
    "La maire (divers gauche) Hélène Castagnier a défendu « un projet structurant ».",
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


def test_a_role_with_an_aside_in_brackets_is_tied_to_its_name(nlp):
    text = ("La maire (divers gauche) Hélène Castagnier a défendu « un projet structurant ».\n"
            "La maire a répondu d'une phrase : « Les habitants trancheront. »")
    quotes = extract(text, nlp).quotes
    assert [q.speaker.name for q in quotes] == ["Hélène Castagnier", "Hélène Castagnier"]


def test_a_sentence_opening_a_without_its_accent_is_read_as_a_preposition(nlp):
    text = ("A Saint-Aubin, où l’usine est le premier employeur privé, la maire (DVG) Isabelle "
            "Ferrand a dit craindre « un drame social pour tout le bassin ».")
    quotes = extract(text, nlp).quotes
    assert [(q.speaker.name, q.cue.lemma) for q in quotes] == [("Isabelle Ferrand", "dire")]
    assert parser_text(text)[0] == "À" and parser_text("le plan A sera") == "le plan A sera"
