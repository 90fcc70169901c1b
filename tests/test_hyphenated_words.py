"""The rule that joins compounds the tokenizer cut at a hyphen: checked against the written
French UD treebanks, which keep such compounds whole, and through the pipeline on news
articles where the tokenizer cuts them."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from stanza.utils.datasets.common import read_sentences_from_conllu

from service.hyphenated_words import is_compound_end
from service.training.conllu import columns
from service.training.paths import UD_DIR

DATA_DIR = Path(__file__).parent / "data"
WRITTEN = ("Sequoia", "GSD", "ParTUT")


def _glued_pairs() -> list[tuple[str, str]]:
    """Every two surface tokens of the written treebanks written with no space between."""
    pairs = []
    for name in WRITTEN:
        for path in sorted(UD_DIR.glob(f"UD_French-{name}/*.conllu")):
            for sentence in read_sentences_from_conllu(str(path)):
                fields = [columns(line) for line in sentence if not line.startswith("#")]
                tokens = [f for f in fields if "." not in f[0]]
                surface, skip_to = [], 0
                for f in tokens:
                    if "-" in f[0]:  # a multi-word token stands for the words it spans
                        skip_to = int(f[0].split("-")[1])
                        surface.append(f)
                    elif int(f[0]) > skip_to:
                        surface.append(f)
                pairs += [(a[1], b[1]) for a, b in pairwise(surface)
                          if "SpaceAfter=No" in a[9]]
    return pairs


def test_treebank_tokens_after_a_hyphen_stay_apart():
    pairs = _glued_pairs()
    hyphenated = [(a, b) for a, b in pairs if b.startswith("-") and b[1:2].isalpha()]
    assert len(hyphenated) >= 100  # dit -il, est -ce, ce jour -là
    joined = [(a, b) for a, b in hyphenated if is_compound_end(a, b)]
    # the one compound these treebanks write with a hyphen and split, lemmatized « -clé »
    assert joined == [("politiques", "-clés")]


@pytest.mark.parametrize(("article", "compound"), [
    ("dev15/006_expulsions_clos_fleuri.txt", "porte-parole"),
    ("dev4/001_delvaux_merieux_plan_social.txt", "présidente-directrice"),
    ("dev6/009_incendie_corbieres.txt", "sapeurs-pompiers"),
    ("dev13/005_penurie_amoxicilline.txt", "grossistes-répartiteurs"),
])
def test_compounds_cut_by_the_tokenizer_are_one_word(nlp, article, compound):
    text = (DATA_DIR / article).read_text(encoding="utf-8")
    words = [w.text for s in nlp(text).sentences for w in s.words]
    assert words.count(compound) == text.count(compound) > 0
    assert "-" + compound.split("-")[1] not in words
