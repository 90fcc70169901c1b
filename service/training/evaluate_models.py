"""Scores the French models on the held-out UD test sets and times the full pipeline.

    python -m service.training.evaluate_models [--models DIR] [--limit N]

For Sequoia test and GSD test it parses the raw text (end to end) and the gold tokens, and
scores both with the CoNLL 2018 UD scorer, and it times the pipeline on the 600-word seed
article. It prints the timings as ``speed: {JSON}``, then, last, one JSON object with the
scores of each test set: ``{"sequoia_test": {...}, "gsd_test": {...}}``.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import stanza
import torch
from stanza.utils.conll import CoNLL
from udtools import udeval

from service.nlp import (
    FrenchPipeline,
    build_pipeline,
    models_dir,
    pipeline_config,
    stanza_pipeline,
)

from .datasets import TEST_PARTS
from .paths import DATA_DIR, REPO_ROOT, treebank_file

SPEED_ARTICLE = REPO_ROOT / "seeds" / "002_a33dcc0ec016e903.txt"


def score(gold_path: Path, doc: stanza.Document) -> dict[str, Any]:
    system = io.StringIO(f"{doc:C}\n\n")
    gold = udeval.load_conllu_file(str(gold_path))
    return udeval.evaluate(gold, udeval.load_conllu(system, "system", {}))


def gold_words(path: Path, limit: int | None, out_dir: Path) -> tuple[Path, stanza.Document]:
    """The gold file (cut to ``limit`` sentences) and a document of its words alone.

    The words keep the gold multi-word expansion (du = de le), so that tags, lemmas and
    arcs are scored on exactly the gold words.
    """
    from stanza.utils.datasets.common import read_sentences_from_conllu, write_sentences_to_conllu

    sentences = read_sentences_from_conllu(str(path))[:limit]
    if limit is not None:
        path = out_dir / f"{path.stem}.first{limit}.conllu"
        write_sentences_to_conllu(str(path), sentences)
    stripped = []
    for sentence in sentences:
        lines = []
        for line in sentence:
            if line and line[0].isdigit():
                fields = line.split("\t")
                keep = "\t".join([fields[0], fields[1]] + ["_"] * 8)
                lines.append(keep)
        stripped.append(lines)
    words_path = out_dir / f"{path.stem}.words.conllu"
    write_sentences_to_conllu(str(words_path), stripped)
    return path, CoNLL.conll2doc(str(words_path))


def evaluate_treebank(name: str, part: tuple[str, str], raw: FrenchPipeline,
                      tagger_and_parser: stanza.Pipeline, limit: int | None) -> dict[str, float]:
    from stanza.utils.datasets.conllu_to_text import convert_text

    DATA_DIR.mkdir(parents=True, exist_ok=True)
    gold_path, words = gold_words(treebank_file(*part), limit, DATA_DIR)
    text_path = DATA_DIR / f"{name}.eval.txt"
    convert_text(str(gold_path), str(text_path))
    e2e = score(gold_path, raw(text_path.read_text(encoding="utf-8")))
    gold_tokens = score(gold_path, tagger_and_parser(words))
    return {
        "tokens_f1": round(e2e["Tokens"].f1, 4),
        "sentences_f1": round(e2e["Sentences"].f1, 4),
        "words_f1": round(e2e["Words"].f1, 4),
        "upos": round(gold_tokens["UPOS"].f1, 4),
        "ufeats": round(gold_tokens["UFeats"].f1, 4),
        "lemma": round(gold_tokens["Lemmas"].f1, 4),
        "uas": round(gold_tokens["UAS"].f1, 4),
        "las": round(gold_tokens["LAS"].f1, 4),
        "upos_e2e": round(e2e["UPOS"].f1, 4),
        "las_e2e": round(e2e["LAS"].f1, 4),
    }


def words_pipeline(config: dict[str, Any]) -> stanza.Pipeline:
    """Tags, lemmatizes and parses a document that already has its words."""
    config = {key: value for key, value in config.items() if not key.startswith("mwt_")}
    config["processors"] = "tokenize,pos,lemma,depparse"
    return stanza_pipeline({**config, "tokenize_pretokenized": True})


def measure_speed(directory: Path, threads: int = 2, runs: int = 5) -> dict[str, float]:
    """Load time, seconds per parse of the 600-word seed after warm-up, and peak RSS."""
    torch.set_num_threads(threads)
    started = time.perf_counter()
    pipeline = build_pipeline(pipeline_config(directory))
    load_seconds = time.perf_counter() - started
    text = SPEED_ARTICLE.read_text(encoding="utf-8")
    pipeline(text)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        doc = pipeline(text)
        timings.append(time.perf_counter() - started)
    return {
        "load_s": round(load_seconds, 2),
        "parse_s": round(statistics.median(timings), 3),
        "words": doc.num_words,
        "threads": threads,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", type=Path, default=None, help="models directory")
    parser.add_argument("--limit", type=int, default=None, help="sentences per test set")
    args = parser.parse_args(argv)
    directory = args.models or models_dir()

    speed = measure_speed(directory)
    config = pipeline_config(directory)
    raw = build_pipeline(config)
    tagger_and_parser = words_pipeline(config)
    results: dict[str, Any] = {}
    for name, part in TEST_PARTS.items():
        results[name] = evaluate_treebank(name, part, raw, tagger_and_parser, args.limit)
        print(f"{name}: " + ", ".join(f"{k} {v:.4f}" for k, v in results[name].items()))
    print(f"speed: {json.dumps(speed)}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
