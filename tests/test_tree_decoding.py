"""The fast tree decoder returns the trees Stanza's Chu-Liu-Edmonds search would."""

from __future__ import annotations

import numpy as np
import pytest
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root, tarjan
from stanza.models.depparse import model as depparse_model

from service import tree_decoding


def assert_same_best_tree(scores: np.ndarray) -> None:
    fast = tree_decoding.one_root_tree(scores)
    reference = chuliu_edmonds_one_root(scores)
    assert tree_decoding.is_single_root_tree(fast)
    np.testing.assert_array_equal(fast, reference)


def log_softmax(scores: np.ndarray) -> np.ndarray:
    return scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))


def random_tree(rng: np.random.Generator, length: int) -> list[int]:
    """Heads of a random tree with one root arc: word 1 on the root, each later word on an
    earlier one; then the words are shuffled."""
    order = [0, *(rng.permutation(length - 1) + 1)]
    heads = [0] * length
    for position in range(2, length):
        heads[order[position]] = order[int(rng.integers(1, position))]
    return heads


@pytest.mark.parametrize("seed", range(5))
def test_random_sentences_get_the_best_single_root_tree(seed):
    rng = np.random.default_rng(seed)
    greedy = 0
    for length in range(2, 40):
        scores = rng.normal(size=(length, length))
        # Half the matrices favour a random single-root tree, which the greedy heads form.
        if length % 2:
            heads = random_tree(rng, length)
            scores[np.arange(1, length), heads[1:]] += 6
        scores = log_softmax(scores)
        greedy += tree_decoding.is_single_root_tree(tree_decoding.greedy_heads(scores))
        assert_same_best_tree(scores)
    assert greedy >= 15, "the fast path should serve the favoured trees"


@pytest.mark.parametrize("seed", range(3))
def test_searched_trees_are_stanzas_when_the_greedy_heads_are_no_tree(seed):
    rng = np.random.default_rng(100 + seed)
    for length in range(2, 50):
        scores = log_softmax(rng.normal(size=(length, length)))
        np.testing.assert_array_equal(tree_decoding.searched_one_root_tree(scores),
                                      chuliu_edmonds_one_root(scores))


def test_head_cycles_are_the_cycles_stanzas_tarjan_finds():
    rng = np.random.default_rng(7)
    found = 0
    for length in range(1, 40):
        for _ in range(10):
            heads = rng.integers(0, length, size=length)
            heads[0] = 0
            ours = sorted(tuple(np.flatnonzero(c)) for c in tree_decoding.head_cycles(heads))
            assert ours == sorted(tuple(np.flatnonzero(c)) for c in tarjan(heads))
            found += len(ours)
    assert found > 100, "random head arrays should hold many cycles"


def test_cycles_and_several_roots_are_left_to_the_full_search():
    scores = np.log(np.full((4, 4), 0.01))
    scores[1, 2] = scores[2, 1] = np.log(0.9)  # words 1 and 2 choose each other
    scores[3, 0] = np.log(0.9)
    assert not tree_decoding.is_single_root_tree(tree_decoding.greedy_heads(scores))
    assert_same_best_tree(scores)

    scores = np.log(np.full((4, 4), 0.01))
    scores[1:, 0] = np.log(0.9)  # every word prefers the root
    assert not tree_decoding.is_single_root_tree(tree_decoding.greedy_heads(scores))
    assert_same_best_tree(scores)


def test_parser_scores_on_a_seed_article_decode_to_stanza_trees(nlp, seed_texts, monkeypatch):
    captured: list[np.ndarray] = []

    def recording(scores: np.ndarray) -> np.ndarray:
        captured.append(np.array(scores))
        return tree_decoding.one_root_tree(scores)

    monkeypatch.setattr(depparse_model, "chuliu_edmonds_one_root", recording)
    nlp(seed_texts["002_a33dcc0ec016e903.txt"])
    assert len(captured) > 20
    fast = [s for s in captured
            if tree_decoding.is_single_root_tree(tree_decoding.greedy_heads(s))]
    assert len(fast) > len(captured) / 2, "the fast path should serve most sentences"
    for scores in captured:
        assert_same_best_tree(scores)


def test_the_loaded_pipeline_uses_the_fast_decoder(nlp):
    assert depparse_model.chuliu_edmonds_one_root is tree_decoding.one_root_tree
