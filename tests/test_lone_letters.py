"""The rule that ends a sentence after a lone capital letter (``sur X. « … »``): checked
against every initial of the French UD treebanks, and through the pipeline on news."""

from __future__ import annotations

import pytest
from stanza.utils.datasets.common import read_sentences_from_conllu

from service.engine.initials import ends_sentence
from service.training.conllu import columns, surface_tokens
from service.training.paths import UD_DIR


@pytest.fixture(scope="module")
def treebank_sentences() -> list[list[str]]:
    files = sorted(UD_DIR.glob("UD_French-*/*.conllu"))
    assert files, f"no treebanks under {UD_DIR}"
    return [[columns(sentence[i])[1] for i in surface_tokens(sentence)]
            for path in files for sentence in read_sentences_from_conllu(str(path))]


def test_no_treebank_initial_inside_a_sentence_ends_it(treebank_sentences):
    initials = [(s[i - 1], s[i], s[i + 1]) for s in treebank_sentences
                for i in range(1, len(s) - 1) if len(s[i]) == 2 and s[i][1] == "."
                and s[i][0].isupper()]
    assert len(initials) >= 80  # « George W. Bush », « selon J. Despuech », « M. Dupont »
    assert [t for t in initials if ends_sentence(*t)] == []


@pytest.mark.parametrize(("before", "token", "after"), [
    ("sur", "X.", "«"), ("sur", "X.", "Le"), ("plan", "B.", "Il"), ("vitamine", "D.", "Elle")])
def test_a_lone_letter_before_an_opener_ends_the_sentence(before, token, after):
    assert ends_sentence(before, token, after)


@pytest.mark.parametrize(("before", "token", "after", "next_"), [
    ("reçu", "M.", "Le", "Maire"), ("selon", "J.", "Chirac", ","), ("Jean", "X.", "Le", "maire"),
    ("sur", "X", "«", "Honte"), ("journaliste", "J.", "Le", "Bris"),
    ("policier", "A.", "et", "son"), ("surnommé", "K.", "dans", "le")])
def test_titles_initials_and_letters_without_a_stop_do_not(before, token, after, next_):
    assert not ends_sentence(before, token, after, next_)


def test_a_quotation_after_a_post_on_x_is_a_sentence_of_its_own(nlp):
    text = ("Le maire a réagi sur le réseau social X. « Honte\u00a0à vous », a-t-il ajouté. "
            "Il a reçu M. Le Maire.")
    doc = nlp(text)
    assert [s.text for s in doc.sentences] == [
        "Le maire a réagi sur le réseau social X.", "« Honte\u00a0à vous », a-t-il ajouté.",
        "Il a reçu M. Le Maire."]
    for sentence in doc.sentences:
        for token in sentence.tokens:
            assert text[token.start_char:token.end_char] == token.text


def test_a_letter_and_its_stop_tokenized_apart_end_the_sentence_too(nlp):
    text = ("La compagnie a vivement réagi sur X. « Une fois de plus, nos passagers sont pris "
            "en otage », a écrit la compagnie.")
    doc = nlp(text)
    assert [s.text for s in doc.sentences] == [
        "La compagnie a vivement réagi sur X.",
        "« Une fois de plus, nos passagers sont pris en otage », a écrit la compagnie."]
