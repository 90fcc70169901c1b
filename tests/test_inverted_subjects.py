"""The rule that splits ``conclut-il`` into verb and pronoun: checked against every token
of the French UD treebanks, and through the pipeline on press incises."""

from __future__ import annotations

import re

import pytest
from stanza.utils.datasets.common import read_sentences_from_conllu

from service.inverted_subjects import glued_subject
from service.training.conllu import columns, surface_tokens
from service.training.paths import UD_DIR


def _surface_tokens(path) -> list[tuple[str, bool]]:
    """(form, followed by a space) for every surface token of a treebank file."""
    tokens = []
    for sentence in read_sentences_from_conllu(str(path)):
        for index in surface_tokens(sentence):
            fields = columns(sentence[index])
            tokens.append((fields[1], "SpaceAfter=No" not in fields[9]))
    return tokens


@pytest.fixture(scope="module")
def treebank_tokens() -> list[tuple[str, bool]]:
    files = sorted(UD_DIR.glob("UD_French-*/*.conllu"))
    assert files, f"no treebanks under {UD_DIR}"
    return [token for path in files for token in _surface_tokens(path)]


INVERTED_PRONOUN = re.compile(r"-(?:t-)?(?:il|elle|on|ils|elles)", re.IGNORECASE)


def test_every_treebank_inverted_subject_is_split_as_the_annotators_did(treebank_tokens):
    pairs = [(verb, pronoun) for (verb, spaced), (pronoun, _) in zip(
        treebank_tokens, treebank_tokens[1:], strict=False)
        if not spaced and INVERTED_PRONOUN.fullmatch(pronoun)]
    assert len(pairs) >= 60
    for verb, pronoun in pairs:
        match = glued_subject(verb + pronoun)
        assert match is not None and match.groups() == (verb, pronoun)


def test_no_other_treebank_token_is_split(treebank_tokens):
    assert [form for form, _ in treebank_tokens if glued_subject(form)] == []


@pytest.mark.parametrize("form", ["Saint-Elle", "dite-il", "peut-être", "Mont-On", "vis-à-vis",
                                  "add-on"])
def test_words_that_only_look_like_a_verb_and_pronoun_stay_whole(form):
    assert glued_subject(form) is None


def test_incises_the_tokenizer_glues_become_two_words_with_exact_offsets(nlp):
    text = ("😀 « Nous ne céderons pas », conclut-il.\r\n« Jamais\u00a0! », répond-elle. "
            "« Pas ici », note-t-on à\u00a0la mairie. « Non », ajoute-t-elle.")
    doc = nlp(text)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    for token in tokens:
        assert text[token.start_char:token.end_char] == token.text
    words = [word for sentence in doc.sentences for word in sentence.words]
    texts = [word.text for word in words]
    for verb, pronoun in [("conclut", "-il"), ("répond", "-elle"), ("note", "-t-on"),
                          ("ajoute", "-t-elle")]:
        at = texts.index(verb)
        assert texts[at + 1] == pronoun
