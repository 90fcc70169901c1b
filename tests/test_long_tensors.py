"""Padded id tensors built in one step are the ones Stanza builds row by row."""

from __future__ import annotations

import random

import pytest
import torch

from service import long_tensors
from service.long_tensors import STANZA_GET_LONG_TENSOR, long_tensor


@pytest.mark.parametrize("seed", range(5))
def test_ragged_rows_give_stanzas_tensor(seed):
    rng = random.Random(seed)
    for _ in range(200):
        rows = [[rng.randrange(5000) for _ in range(rng.randrange(12))]
                for _ in range(rng.randrange(1, 9))]
        rows[rng.randrange(len(rows))].append(rng.randrange(5000))
        batch_size = len(rows) + rng.randrange(3)
        pad_id = rng.choice([0, 1, 3])
        expected = STANZA_GET_LONG_TENSOR(rows, batch_size, pad_id)
        ours = long_tensor(rows, batch_size, pad_id)
        assert ours.dtype == expected.dtype == torch.int64
        assert torch.equal(ours, expected)


def test_a_tuple_of_rows_with_an_empty_one_gives_stanzas_tensor():
    rows = ([4, 5, 6], [], [7])  # the character model hands its rows over as a tuple
    assert torch.equal(long_tensor(rows, 4, pad_id=2), STANZA_GET_LONG_TENSOR(rows, 4, 2))


def test_rows_of_rows_go_to_stanza(monkeypatch):
    features = [[[1, 2], [3, 4], [5, 6]], [[7, 8]]]
    calls = []

    def stanzas(*args):
        calls.append(args)
        return STANZA_GET_LONG_TENSOR(*args)

    monkeypatch.setattr(long_tensors, "STANZA_GET_LONG_TENSOR", stanzas)
    assert torch.equal(long_tensor(features, 3), STANZA_GET_LONG_TENSOR(features, 3))
    assert len(calls) == 1


def test_the_parse_is_the_same_with_stanzas_tensors(nlp, seed_texts, monkeypatch):
    text = seed_texts["002_a33dcc0ec016e903.txt"]
    ours = nlp(text).to_dict()
    for module in long_tensors._USERS:
        assert module.get_long_tensor is long_tensor
        monkeypatch.setattr(module, "get_long_tensor", STANZA_GET_LONG_TENSOR)
    assert nlp(text).to_dict() == ours
