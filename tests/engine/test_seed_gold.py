"""Quality floors on the seed gold, measured with the project's evaluation.

The floors are what the engine reaches now: they may only go up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.engine import extract
from service.evaluation import evaluate, load_documents

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
GOLD_DIR = SEEDS_DIR / "gold"


@pytest.fixture(scope="module")
def metrics(nlp) -> dict:
    return evaluate(load_documents(GOLD_DIR, SEEDS_DIR, lambda text: extract(text, nlp)))


FLOORS = {
    "f1": 0.97,
    "precision": 0.97,
    "recall": 0.97,
    "speaker_accuracy": 0.93,
    "cue_accuracy": 0.97,
    "type_accuracy": 0.97,
    "direct_exact_boundaries": 0.97,
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floor(metrics, name):
    assert metrics[name] >= FLOORS[name]


def test_type_group_floors(metrics):
    assert metrics["direct"]["f1"] >= 0.97
    assert metrics["mixed+indirect"]["f1"] >= 0.97


def test_confidence_cut_raises_precision(metrics):
    assert metrics["confidence_0.5"]["precision"] >= metrics["precision"]
