"""Builds the training, dev and test files for every processor from the UD treebanks.

Train: Sequoia train + GSD dev + ParTUT (all splits); dev: Sequoia dev; tests: Sequoia
test and GSD test, never trained on. XPOS is blanked (ParTUT's Italian-style tags would
otherwise leak into a French tag set the other treebanks do not have). The press
typography the treebanks lack is added by ``augment``.
"""

from __future__ import annotations

import random
from pathlib import Path

from stanza.utils.datasets.common import (
    prepare_tokenizer_dataset_labels,
    read_sentences_from_conllu,
    write_sentences_to_conllu,
)
from stanza.utils.datasets.conllu_to_text import convert_text
from stanza.utils.datasets.contract_mwt import contract_mwt
from stanza.utils.datasets.prepare_tokenizer_treebank import augment_punct

from .augment import heading_windows, no_break_guillemets, quoted_sentence, requote
from .conllu import Sentence, blank_xpos
from .paths import DATA_DIR, SHORTHAND, treebank_file

TRAIN_PARTS = (("Sequoia", "train"), ("GSD", "dev"), ("ParTUT", "train"), ("ParTUT", "dev"),
               ("ParTUT", "test"))
DEV_PART = ("Sequoia", "dev")
TEST_PARTS = {"sequoia_test": ("Sequoia", "test"), "gsd_test": ("GSD", "test")}

REQUOTED_COPIES = 2
QUOTED_SENTENCE_SHARE = 0.08


def build(seed: int = 1234) -> dict[str, Path]:
    """Writes every data file; returns the main paths by name."""
    rng = random.Random(seed)
    random.seed(seed)  # augment_punct draws from the global generator
    DATA_DIR.mkdir(parents=True, exist_ok=True)

    parts = [read_sentences_from_conllu(str(treebank_file(name, split)))
             for name, split in TRAIN_PARTS]
    train: list[Sentence] = [sentence for part in parts for sentence in part]
    requoted = [s for _ in range(REQUOTED_COPIES) for s in (requote(s, rng) for s in train)
                if s is not None]
    train = blank_xpos(augment_punct(train) + requoted)
    dev = blank_xpos(read_sentences_from_conllu(str(treebank_file(*DEV_PART))))

    paths = {"train": DATA_DIR / f"{SHORTHAND}.train.gold.conllu",
             "dev": DATA_DIR / f"{SHORTHAND}.dev.gold.conllu"}
    write_sentences_to_conllu(str(paths["train"]), train)
    write_sentences_to_conllu(str(paths["dev"]), dev)
    for test_name, part in TEST_PARTS.items():
        paths[test_name] = DATA_DIR / f"{test_name}.gold.conllu"
        sentences = blank_xpos(read_sentences_from_conllu(str(treebank_file(*part))))
        write_sentences_to_conllu(str(paths[test_name]), sentences)
        paths[f"{test_name}_txt"] = DATA_DIR / f"{test_name}.txt"
        convert_text(str(paths[test_name]), str(paths[f"{test_name}_txt"]))

    paths["tokenize_train"] = DATA_DIR / f"{SHORTHAND}.tokenize-train.conllu"
    quoted = [q for q in (quoted_sentence(s, rng) for s in train
                          if rng.random() < QUOTED_SENTENCE_SHARE) if q is not None]
    tokenizer_train = list(train)
    for sentence in quoted:  # each in a random place, so that it has varied neighbours
        tokenizer_train.insert(rng.randrange(len(tokenizer_train) + 1), sentence)
    headings = [window for part in parts for window in heading_windows(blank_xpos(part))]
    for window in headings:
        at = rng.randrange(len(tokenizer_train) + 1)
        tokenizer_train[at:at] = window
    write_sentences_to_conllu(str(paths["tokenize_train"]), tokenizer_train)
    tokenizer_sources = {"train": paths["tokenize_train"], "dev": paths["dev"]}

    for split in ("train", "dev"):
        txt = DATA_DIR / f"{SHORTHAND}.{split}.txt"
        convert_text(str(tokenizer_sources[split]), str(txt))
        if split == "train":
            txt.write_text(no_break_guillemets(txt.read_text(encoding="utf-8"), rng),
                           encoding="utf-8")
        prepare_tokenizer_dataset_labels(str(txt), str(tokenizer_sources[split]), str(DATA_DIR),
                                         SHORTHAND, split)
        paths[f"{split}_txt"] = txt
        paths[f"{split}_labels"] = DATA_DIR / f"{SHORTHAND}-ud-{split}.toklabels"
        paths[f"{split}_mwt"] = DATA_DIR / f"{SHORTHAND}-ud-{split}-mwt.json"

    paths["dev_mwt_in"] = DATA_DIR / f"{SHORTHAND}.dev.in.conllu"
    contract_mwt(str(paths["dev"]), str(paths["dev_mwt_in"]))
    print(f"train: {len(train)} sentences ({len(requoted)} re-quoted copies), tokenizer: "
          f"{len(quoted)} more quoted whole, {len(headings)} headings with their neighbours; "
          f"dev: {len(dev)}")
    return paths
