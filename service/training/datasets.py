"""Builds the training, dev and test files for every processor from the UD treebanks.

Train: Sequoia train + GSD dev + ParTUT (all splits); dev: Sequoia dev; tests: Sequoia
test and GSD test, never trained on. XPOS is blanked (ParTUT's Italian-style tags would
otherwise leak into a French tag set the other treebanks do not have).

French press writes « guillemets », often with a no-break space inside, but the treebanks
mostly use straight quotes. Every training sentence with paired straight quotes is added
twice more with « », «tight» or “curly” marks, and the tokenizer's raw text gets
no-break spaces inside some guillemets, so that quote marks never split sentences. The
tokenizer also sees sentences quoted whole or after a colon (« … pas. » then a new
sentence), so that a closing guillemet after the final stop stays with its sentence.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from pathlib import Path

from stanza.utils.datasets.common import (
    prepare_tokenizer_dataset_labels,
    read_sentences_from_conllu,
    write_sentences_to_conllu,
)
from stanza.utils.datasets.conllu_to_text import convert_text
from stanza.utils.datasets.contract_mwt import contract_mwt
from stanza.utils.datasets.prepare_tokenizer_treebank import augment_punct

from .paths import DATA_DIR, SHORTHAND, treebank_file

Sentence = list[str]

TRAIN_PARTS = (("Sequoia", "train"), ("GSD", "dev"), ("ParTUT", "train"), ("ParTUT", "dev"),
               ("ParTUT", "test"))
DEV_PART = ("Sequoia", "dev")
TEST_PARTS = {"sequoia_test": ("Sequoia", "test"), "gsd_test": ("GSD", "test")}

REQUOTED_COPIES = 2
QUOTED_SENTENCE_SHARE = 0.08
QUOTE_STYLES = (("«", "»", True), ("«", "»", False), ("“", "”", False))
NO_BREAK_SPACES = ("\u00a0", "\u202f")
RANGE_RE = re.compile(r"^(\d+)-(\d+)\t")


def is_token_line(line: str) -> bool:
    return bool(line) and line[0].isdigit() and "." not in line.split("\t", 1)[0]


def surface_tokens(sentence: Sentence) -> list[int]:
    """Indices of the lines that carry surface tokens (MWT ranges, not their words)."""
    indices, covered_until = [], 0
    for index, line in enumerate(sentence):
        if not is_token_line(line):
            continue
        match = RANGE_RE.match(line)
        if match:
            indices.append(index)
            covered_until = int(match.group(2))
            continue
        if int(line.split("\t", 1)[0]) > covered_until:
            indices.append(index)
    return indices


def _fields(line: str) -> list[str]:
    return line.split("\t")


def _without_space_after_no(misc: str) -> str:
    kept = [item for item in misc.split("|") if item not in ("SpaceAfter=No", "_")]
    return "|".join(kept) or "_"


def _with_space_after_no(misc: str) -> str:
    kept = [item for item in misc.split("|") if item not in ("SpaceAfter=No", "_")]
    return "|".join([*kept, "SpaceAfter=No"])


def sentence_text(sentence: Sentence) -> str:
    pieces = []
    for index in surface_tokens(sentence):
        fields = _fields(sentence[index])
        pieces.append(fields[1] + ("" if "SpaceAfter=No" in fields[9] else " "))
    return "".join(pieces).rstrip()


def with_text_comment(sentence: Sentence) -> Sentence:
    text = sentence_text(sentence)
    return [f"# text = {text}" if line.startswith("# text") else line for line in sentence]


def requote(sentence: Sentence, rng: random.Random) -> Sentence | None:
    """The sentence with its straight quote pairs turned into another style, or None."""
    tokens = surface_tokens(sentence)
    quotes = [i for i in tokens if _fields(sentence[i])[1] == '"']
    if not quotes or len(quotes) % 2:
        return None
    opening_mark, closing_mark, spaced = rng.choice(QUOTE_STYLES)
    lines = list(sentence)
    for rank, index in enumerate(quotes):
        fields = _fields(lines[index])
        opening = rank % 2 == 0
        fields[1] = opening_mark if opening else closing_mark
        if fields[2] == '"':
            fields[2] = fields[1]
        if opening:
            fields[9] = _without_space_after_no(fields[9]) if spaced else _with_space_after_no(
                fields[9])
        lines[index] = "\t".join(fields)
        if not opening:
            before = tokens[tokens.index(index) - 1] if tokens.index(index) else None
            if before is not None:
                prev = _fields(lines[before])
                prev[9] = _without_space_after_no(prev[9]) if spaced else _with_space_after_no(
                    prev[9])
                lines[before] = "\t".join(prev)
    return with_text_comment(lines)


def _shifted(line: str, after: int) -> str:
    """A token line renumbered for one token inserted after word ``after``."""
    fields = _fields(line)
    match = RANGE_RE.match(line)
    if match:
        first, last = int(match.group(1)), int(match.group(2))
        shift = 1 if first > after else 0
        fields[0] = f"{first + shift}-{last + shift}"
        return "\t".join(fields)
    if int(fields[0]) > after:
        fields[0] = str(int(fields[0]) + 1)
    if fields[6].isdigit() and int(fields[6]) > after:
        fields[6] = str(int(fields[6]) + 1)
    fields[8] = "_"
    return "\t".join(fields)


def _insert_punct(sentence: Sentence, after: int, form: str, misc: str) -> Sentence:
    """Inserts a punctuation word after word ``after`` (0: first), attached to the root."""
    root = next(_fields(line)[0] for line in sentence
                if is_token_line(line) and not RANGE_RE.match(line) and _fields(line)[6] == "0")
    root_id = int(root) + (1 if int(root) > after else 0)
    new_line = "\t".join([str(after + 1), form, form, "PUNCT", "_", "_", str(root_id), "punct",
                          "_", misc])
    lines: Sentence = []
    inserted = False
    for line in sentence:
        if is_token_line(line):
            number = int(RANGE_RE.match(line).group(1)) if RANGE_RE.match(line) else int(
                _fields(line)[0])
            if not inserted and number > after:
                lines.append(new_line)
                inserted = True
            line = _shifted(line, after)
        lines.append(line)
    if not inserted:
        lines.append(new_line)
    return lines


def quoted_sentence(sentence: Sentence, rng: random.Random) -> Sentence | None:
    """The sentence quoted whole, or from its colon on, final stop inside the guillemets."""
    tokens = surface_tokens(sentence)
    forms = [_fields(sentence[i])[1] for i in tokens]
    if len(forms) < 3 or forms[-1] not in (".", "!", "?") or any(
            f in ('"', "«", "»") for f in forms):
        return None
    words = [line for line in sentence if is_token_line(line) and not RANGE_RE.match(line)]
    last_word = int(_fields(words[-1])[0])
    colon = next((int(_fields(sentence[i])[0].split("-")[0]) for i in tokens
                  if _fields(sentence[i])[1] == ":"), None)
    start = colon if colon is not None and colon < last_word - 1 and rng.random() < 0.7 else 0
    spaced = rng.random() < 0.8
    lines = _insert_punct(sentence, last_word, "»", "_")
    lines = _insert_punct(lines, start, "«", "_" if spaced else "SpaceAfter=No")
    if not spaced:
        closing_before = surface_tokens(lines)[-2]
        fields = _fields(lines[closing_before])
        fields[9] = _with_space_after_no(fields[9])
        lines[closing_before] = "\t".join(fields)
    return with_text_comment(lines)


def blank_xpos(sentences: Iterable[Sentence]) -> list[Sentence]:
    blanked = []
    for sentence in sentences:
        lines = []
        for line in sentence:
            if is_token_line(line) and not RANGE_RE.match(line):
                fields = _fields(line)
                fields[4] = "_"
                line = "\t".join(fields)
            lines.append(line)
        blanked.append(lines)
    return blanked


def no_break_guillemets(text: str, rng: random.Random) -> str:
    """Turns some spaces inside guillemets into the no-break spaces of French typography."""

    def replace(match: re.Match[str]) -> str:
        if rng.random() < 0.5:
            return match.group(0)
        space = rng.choice(NO_BREAK_SPACES)
        return match.group(0).replace(" ", space)

    return re.sub(r"« | »", replace, text)


def build(seed: int = 1234) -> dict[str, Path]:
    """Writes every data file; returns the main paths by name."""
    rng = random.Random(seed)
    random.seed(seed)  # augment_punct draws from the global generator
    DATA_DIR.mkdir(parents=True, exist_ok=True)

    train: list[Sentence] = []
    for name, split in TRAIN_PARTS:
        train.extend(read_sentences_from_conllu(str(treebank_file(name, split))))
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
          f"{len(quoted)} more quoted whole; dev: {len(dev)}")
    return paths
