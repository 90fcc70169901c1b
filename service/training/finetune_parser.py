"""Continues training a Stanza parser on re-tagged data: Stanza's own parser entry point.

    python -m service.training.finetune_parser --base BASE.pt --save_dir DIR --save_name NAME
        [other stanza.models.parser arguments]

Three things keep Stanza's parser trainer from simply continuing a finished model:
- it builds its vocabularies from the training file, ordered by frequency; with predicted
  tags they differ from the base model's (the tagger never predicts some rare tags, counts
  shift), so the continued model would read the wrong tag ids: here the data loader reuses
  the base model's vocabulary;
- it switches optimizers by reloading the model saved in DIR, so the run starts from a copy
  of the base model there;
- that reload brings back the base model's dev scores, measured on gold tags, which scores
  on predicted tags never beat, so nothing would be saved: the copy starts with no history.
  The run keeps its best evaluation; the log's "Reloaded model with dev score" line gives
  the starting model's score on the same dev set to compare with.
"""

from __future__ import annotations

import sys
from pathlib import Path

import torch
from stanza.models import parser
from stanza.models.depparse.data import Dataset
from stanza.models.pos.vocab import MultiVocab


def _take(argv: list[str], flag: str) -> str:
    if flag not in argv:
        raise SystemExit(f"finetune_parser needs {flag}")
    return argv[argv.index(flag) + 1]


def start_copy(base: Path, target: Path) -> MultiVocab:
    """Writes ``base`` to ``target`` with its training history cleared; returns its vocabulary."""
    checkpoint = torch.load(base, map_location="cpu", weights_only=False)
    checkpoint.update(global_step=0, last_best_step=0, dev_score_history=[])
    target.parent.mkdir(parents=True, exist_ok=True)
    torch.save(checkpoint, target)
    return MultiVocab.load_state_dict(checkpoint["vocab"])


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    base = Path(_take(argv, "--base"))
    index = argv.index("--base")
    del argv[index:index + 2]
    target = Path(_take(argv, "--save_dir")) / _take(argv, "--save_name")
    vocab = start_copy(base, target)
    Dataset.init_vocab = lambda self, data: vocab
    parser.main([*argv, "--continue_from", str(target)])


if __name__ == "__main__":
    main()
