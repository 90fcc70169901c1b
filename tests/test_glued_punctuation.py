"""The rule that splits ``lâche:`` into a word and its colon: checked against every token
of the French UD treebanks, and through the pipeline on press text."""

from __future__ import annotations

import pytest
from stanza.utils.datasets.common import read_sentences_from_conllu

from service.glued_punctuation import is_glued
from service.training.conllu import columns, surface_tokens
from service.training.paths import UD_DIR


def test_no_treebank_token_is_a_word_glued_to_a_colon_or_semicolon():
    files = sorted(UD_DIR.glob("UD_French-*/*.conllu"))
    assert files, f"no treebanks under {UD_DIR}"
    forms = [columns(sentence[index])[1] for path in files
             for sentence in read_sentences_from_conllu(str(path))
             for index in surface_tokens(sentence)]
    assert len(forms) > 100_000
    assert [form for form in forms if is_glued(form)] == []


@pytest.mark.parametrize(("form", "glued"), [
    ("lâche:", True), ("siège;", True), ("aujourd'hui:", True), ("-t-il:", True),
    ("10:30", False), (":", False), ("http:", True), ("lâche", False),
])
def test_a_glued_mark_follows_a_word(form, glued):
    assert is_glued(form) is glued


def test_the_pipeline_reads_the_word_and_its_colon_apart(nlp):
    text = "Il sourit, puis lâche: « Tout le temps. » Réunion à 10:30 au siège; puis départ."
    words = [w for s in nlp(text).sentences for w in s.words]
    pairs = [((a.text, a.upos), (b.text, b.upos)) for a, b in zip(words, words[1:], strict=False)]
    assert (("lâche", "VERB"), (":", "PUNCT")) in pairs
    assert (("siège", "NOUN"), (";", "PUNCT")) in pairs
    tokens = [t for s in nlp(text).sentences for t in s.tokens]
    assert all(text[t.start_char : t.end_char] == t.text for t in tokens)


def test_an_inverted_subject_and_a_contraction_survive_the_split(nlp):
    words = [w.text for s in nlp("Que dit-elle: « Non. » Il est allé au: marché.").sentences
             for w in s.words]
    assert words[words.index("dit"):][:3] == ["dit", "-elle", ":"]
    assert words[words.index("allé"):][:4] == ["allé", "à", "le", ":"]
