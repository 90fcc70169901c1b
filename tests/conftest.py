"""Fixtures shared by every test: the real pipeline (loaded once) and the seed corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
GOLD_DIR = SEEDS_DIR / "gold"


@pytest.fixture(scope="session")
def nlp():
    from service.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed articles by file name, read exactly as the gold offsets expect."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))}


@pytest.fixture(scope="session")
def sequoia_test_sentences() -> list[str]:
    """The text of each sentence of the Sequoia test treebank, in order."""
    from service.training.paths import treebank_file

    lines = treebank_file("Sequoia", "test").read_text(encoding="utf-8").splitlines()
    return [line[len("# text = "):].strip() for line in lines if line.startswith("# text = ")]
