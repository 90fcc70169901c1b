"""The rule that retags « juge », « critique », « nuance », « alerte » and « pointe » as verbs
between tagger and parser: checked against every occurrence in the French UD treebanks, and
through the pipeline on press sentences."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from stanza.utils.datasets.common import read_sentences_from_conllu

from service.training.conllu import columns, word_lines
from service.training.paths import UD_DIR
from service.verb_readings import AMBIGUOUS_FORMS, reads_as_verb


@dataclass
class TaggedWord:
    text: str
    upos: str


def _treebank_sentences() -> list[list[TaggedWord]]:
    files = sorted(UD_DIR.glob("UD_French-*/*.conllu"))
    assert files, f"no treebanks under {UD_DIR}"
    sentences = []
    for path in files:
        for sentence in read_sentences_from_conllu(str(path)):
            fields = [columns(line) for line in word_lines(sentence)]
            sentences.append([TaggedWord(f[1], f[3]) for f in fields])
    return sentences


@pytest.fixture(scope="module")
def occurrences() -> list[tuple[list[TaggedWord], int]]:
    """Each ambiguous form in the treebanks, as its sentence with gold tags and its index."""
    return [(words, i) for words in _treebank_sentences() for i, w in enumerate(words)
            if w.text.lower() in AMBIGUOUS_FORMS]


def _misread(words: list[TaggedWord], i: int) -> list[TaggedWord]:
    """The sentence with word ``i`` tagged as a noun, the tagger's mistake."""
    return [*words[:i], TaggedWord(words[i].text, "NOUN"), *words[i + 1 :]]


def test_no_treebank_noun_or_adjective_is_read_as_a_verb(occurrences):
    nominal = [(words, i) for words, i in occurrences if words[i].upos in ("NOUN", "ADJ")]
    assert len(nominal) >= 50
    wrong = [" ".join(w.text for w in words[max(0, i - 3) : i + 3])
             for words, i in nominal if reads_as_verb(words, i)]
    assert wrong == []


def test_treebank_verbs_misread_as_nouns_are_read_as_verbs(occurrences):
    verbs = [(words, i) for words, i in occurrences if words[i].upos == "VERB"]
    assert verbs
    assert all(reads_as_verb(_misread(words, i), i) for words, i in verbs)


@pytest.mark.parametrize(("text", "form"), [
    ("Le sondeur juge toutefois le second tour « beaucoup plus ouvert qu'il n'y paraît ».",
     "juge"),
    ("L'avocate estime que les projets sont fragilisés. Elle juge toutefois « peu probable » "
     "une annulation pure et simple de l'autorisation.", "juge"),
    ("Claire Fabrègues, hydrologue à l'université de Perpignan, juge la situation des nappes "
     "« préoccupante mais pas irréversible ».", "juge"),
    ("L'ONG critique « un recul historique » des droits des étrangers.", "critique"),
    ("Gilles Poupard, diagnostiqueur et formateur à Rennes, nuance : « Intactes, ces dalles "
     "libèrent très peu de fibres. »", "nuance"),
    ("La sage-femme alerte sur le risque d'« accouchements sur le bord de la route ».",
     "alerte"),
    ("La directrice de l'école pointe aussi le manque de moyens : « Nous sommes seuls. »",
     "pointe"),
])
def test_reporting_verbs_read_as_nouns_are_parsed_as_verbs(nlp, text, form):
    [word] = [w for s in nlp(text).sentences for w in s.words if w.text == form]
    assert word.upos == "VERB" and word.deprel == "root"


@pytest.mark.parametrize("text", [
    "Marie Dupont, juge d'instruction à Lyon, a ouvert une enquête.",
    "Le juge Renaud a tranché.",
    "Un ancien juge le dit.",
    "La situation est critique.",
    "Le rapport apporte une nuance : « rien n'est joué ».",
    "La situation critique cette semaine aux urgences pousse les médecins à dénoncer « un "
    "abandon ».",
    "Aux heures de pointe, la ligne 13 sature.",
    "La pointe du Raz attire les randonneurs.",
])
def test_nouns_and_adjectives_stay_so(nlp, text):
    assert all(w.upos != "VERB" for s in nlp(text).sentences for w in s.words
               if w.text.lower() in AMBIGUOUS_FORMS)
