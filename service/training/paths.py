"""Where training reads treebanks, keeps its intermediate files and writes the models."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
UD_DIR = Path(os.environ.get("QUOTES_UD_DIR", REPO_ROOT.parent / "shared" / "ud"))
WORK_DIR = Path(os.environ.get("QUOTES_TRAIN_DIR", REPO_ROOT / "work" / "training"))
DATA_DIR = WORK_DIR / "data"
RUNS_DIR = WORK_DIR / "runs"
LOG_DIR = WORK_DIR / "logs"
MODELS_OUT = REPO_ROOT / "service" / "models" / "fr"

SHORTHAND = "fr_quotes"


def treebank_file(name: str, split: str) -> Path:
    """A UD French treebank file, e.g. ``treebank_file("Sequoia", "train")``."""
    return UD_DIR / f"UD_French-{name}" / f"fr_{name.lower()}-ud-{split}.conllu"
