"""Trains the five French Stanza models and installs them into ``service/models/fr``.

    python -m service.training.train_models [--only STAGE ...] [--jobs 2] [--force]

Each stage runs in a subprocess with one torch thread: Stanza's own training entry point,
the parser's fine-tuning on predicted tags (``finetune_parser.py``) or one of the project's
steps (data, vectors, re-tagging: ``steps.py``). Two stages side by side use the two cores.
Each logs to ``work/training/logs/STAGE.log`` and is skipped once it has completed (a
``STAGE.done`` marker beside its run), so an interrupted run resumes where it stopped; a
stage that runs again (``--force``, a deleted marker) runs the stages that need it again
too. A failed stage stops only the stages that need it.
Settings fit a 2-core CPU machine; the model card records what they produced.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from .paths import DATA_DIR, LOG_DIR, MODELS_OUT, RUNS_DIR, SHORTHAND

TRAIN = DATA_DIR / f"{SHORTHAND}.train.gold.conllu"
DEV = DATA_DIR / f"{SHORTHAND}.dev.gold.conllu"
TRAIN_TAGGED = DATA_DIR / f"{SHORTHAND}.train.tagged.conllu"
DEV_TAGGED = DATA_DIR / f"{SHORTHAND}.dev.tagged.conllu"
BASE_PARSER = RUNS_DIR / "depparse" / "depparse.pt"
VECTORS = DATA_DIR / "fr_vectors.pt"

MODEL_FILES = {
    "tokenize": RUNS_DIR / "tokenize" / "tokenize.pt",
    "mwt": RUNS_DIR / "mwt" / "mwt.pt",
    "pos": RUNS_DIR / "pos" / "pos.pt",
    "lemma": RUNS_DIR / "lemma" / "lemma.pt",
    "depparse": RUNS_DIR / "depparse_tagged" / "depparse.pt",
    "pretrain": VECTORS,
}

# Stanza's command-line defaults override a continued model's own sizes: both parser runs
# pass them.
PARSER_SHAPE = ["--hidden_dim", "200", "--char_hidden_dim", "100", "--deep_biaff_hidden_dim", "200",
                "--num_layers", "2", "--batch_size", "1000"]

# Steps and sizes that fit 2 CPU cores; see service/models/fr/MODEL_CARD.md for the results.
SETTINGS: dict[str, list[str]] = {
    # --anneal: Stanza lowers the tokenizer's learning rate by this factor each time the
    # dev score drops; its default 0.999 leaves it near 2e-3 for the whole run.
    "tokenize": ["--max_seqlen", "400", "--steps", "5000", "--eval_steps", "250",
                 "--anneal", "0.7"],
    "mwt": [],
    "pos": ["--char_hidden_dim", "200", "--batch_size", "32", "--max_steps", "1800",
            "--eval_interval", "100"],
    "lemma": ["--num_epoch", "3", "--batch_size", "100"],
    "depparse": [*PARSER_SHAPE, "--max_steps", "3000", "--eval_interval", "100",
                 "--second_optim_start_step", "1800", "--no_checkpoint"],
    # Continues the parser above on tags predicted by the tagger, with the second optimizer
    # (Adam) from the first step; its learning rate 5e-4 beat Stanza's 2e-4 on dev.
    "depparse_tagged": [*PARSER_SHAPE, "--max_steps", "2500", "--eval_interval", "100",
                        "--second_optim_start_step", "0", "--second_lr", "0.0005",
                        "--no_checkpoint"],
}


def _python(module: str, *args: str | Path) -> list[str]:
    return [sys.executable, "-m", module, *map(str, args)]


def _max_mwt_length() -> int:
    from stanza.utils.max_mwt_length import max_mwt_length

    files = [DATA_DIR / f"{SHORTHAND}-ud-{split}-mwt.json" for split in ("train", "dev")]
    return int(max_mwt_length([str(f) for f in files]) * 1.1 + 1)


def tokenize_command() -> list[str]:
    return _python(
        "stanza.models.tokenizer", "--mode", "train", "--lang", "fr", "--shorthand", SHORTHAND,
        "--label_file", DATA_DIR / f"{SHORTHAND}-ud-train.toklabels",
        "--txt_file", DATA_DIR / f"{SHORTHAND}.train.txt",
        "--mwt_json_file", DATA_DIR / f"{SHORTHAND}-ud-dev-mwt.json",
        "--dev_txt_file", DATA_DIR / f"{SHORTHAND}.dev.txt",
        "--dev_label_file", DATA_DIR / f"{SHORTHAND}-ud-dev.toklabels",
        "--dev_conll_gold", DEV, "--save_dir", RUNS_DIR / "tokenize", "--save_name", "tokenize.pt",
        *SETTINGS["tokenize"])


def mwt_command() -> list[str]:
    return _python(
        "stanza.models.mwt_expander", "--mode", "train", "--lang", "fr", "--shorthand", SHORTHAND,
        "--train_file", TRAIN, "--eval_file", DATA_DIR / f"{SHORTHAND}.dev.in.conllu",
        "--gold_file", DEV, "--max_dec_len", str(_max_mwt_length()),
        "--save_dir", RUNS_DIR / "mwt", "--save_name", "mwt.pt", *SETTINGS["mwt"])


def pos_command() -> list[str]:
    return _python(
        "stanza.models.tagger", "--mode", "train", "--lang", "fr", "--shorthand", SHORTHAND,
        "--train_file", TRAIN, "--eval_file", DEV, "--output_file", RUNS_DIR / "pos" / "dev.pred",
        "--wordvec_pretrain_file", VECTORS, "--save_dir", RUNS_DIR / "pos", "--save_name", "pos.pt",
        *SETTINGS["pos"])


def lemma_command() -> list[str]:
    return _python(
        "stanza.models.lemmatizer", "--mode", "train", "--shorthand", SHORTHAND,
        "--train_file", TRAIN, "--eval_file", DEV, "--output_file", RUNS_DIR / "lemma" / "dev.pred",
        "--save_dir", RUNS_DIR / "lemma", "--save_name", "lemma.pt",
        *SETTINGS["lemma"])


def depparse_command() -> list[str]:
    return _python(
        "stanza.models.parser", "--mode", "train", "--lang", "fr", "--shorthand", SHORTHAND,
        "--train_file", TRAIN, "--eval_file", DEV,
        "--output_file", RUNS_DIR / "depparse" / "dev.pred",
        "--wordvec_pretrain_file", VECTORS, "--save_dir", RUNS_DIR / "depparse",
        "--save_name", "depparse.pt", *SETTINGS["depparse"])


def depparse_tagged_command() -> list[str]:
    run = MODEL_FILES["depparse"]
    return _python(
        "service.training.finetune_parser", "--base", BASE_PARSER, "--mode", "train",
        "--lang", "fr", "--shorthand", SHORTHAND, "--train_file", TRAIN_TAGGED,
        "--eval_file", DEV_TAGGED, "--output_file", run.parent / "dev.pred",
        "--wordvec_pretrain_file", VECTORS, "--save_dir", run.parent, "--save_name", run.name,
        *SETTINGS["depparse_tagged"])


@dataclass
class Stage:
    name: str
    needs: tuple[str, ...]
    output: Path
    commands: Callable[[], list[list[str]]]


def _step(name: str) -> Callable[[], list[list[str]]]:
    """One of the project's own stages (``service/training/steps.py``) as a command."""
    return lambda: [_python("service.training.steps", name)]


# Listed in the order they start: the two longest first.
STAGES = {
    "data": Stage("data", (), DATA_DIR / f"{SHORTHAND}-ud-dev-mwt.json", _step("data")),
    "vectors": Stage("vectors", (), VECTORS, _step("vectors")),
    "pos": Stage("pos", ("data", "vectors"), MODEL_FILES["pos"], lambda: [pos_command()]),
    "depparse": Stage("depparse", ("data", "vectors"), BASE_PARSER,
                      lambda: [depparse_command()]),
    "mwt": Stage("mwt", ("data",), MODEL_FILES["mwt"], lambda: [mwt_command()]),
    "lemma": Stage("lemma", ("data",), MODEL_FILES["lemma"], lambda: [lemma_command()]),
    "tokenize": Stage("tokenize", ("data",), MODEL_FILES["tokenize"],
                      lambda: [tokenize_command()]),
    "retag": Stage("retag", ("pos",), TRAIN_TAGGED, _step("retag")),
    "depparse_tagged": Stage("depparse_tagged", ("depparse", "retag"), MODEL_FILES["depparse"],
                             lambda: [depparse_tagged_command()]),
}


def done_marker(name: str) -> Path:
    return RUNS_DIR / f"{name}.done"


def with_dependents(names: set[str]) -> set[str]:
    """``names`` and every stage that needs one of them, directly or not: a stage that runs
    again makes the models trained from its output stale (a new tagger, a new re-tagging)."""
    stale = set(names)
    grown = True
    while grown:
        grown = False
        for name, stage in STAGES.items():
            if name not in stale and stale.intersection(stage.needs):
                stale.add(name)
                grown = True
    return stale


def plan(wanted: set[str], force: bool) -> tuple[set[str], list[str]]:
    """The stages done and those to run, in order: ``wanted`` ones not done (all of them
    with ``force``) and every stage built from their output, whose markers are deleted so
    that neither an interrupted run nor ``install_models`` trusts them."""
    done = {name for name in STAGES
            if done_marker(name).is_file() and not (force and name in wanted)}
    stale = with_dependents({name for name in wanted if name not in done})
    for name in stale:
        done_marker(name).unlink(missing_ok=True)
    return done - stale, [name for name in STAGES if name in stale]


def run_stage(stage: Stage) -> float:
    """Runs one stage, logging to its own file; returns its duration in seconds."""
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    with (LOG_DIR / f"{stage.name}.log").open("a", encoding="utf-8") as log:
        for command in stage.commands():
            log.write(f"$ {' '.join(command)}\n")
            log.flush()
            subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, env=env, check=True)
    if not stage.output.is_file():
        raise RuntimeError(f"stage {stage.name} finished without writing {stage.output}")
    seconds = time.monotonic() - started
    done_marker(stage.name).parent.mkdir(parents=True, exist_ok=True)
    done_marker(stage.name).write_text(json.dumps({"seconds": round(seconds)}) + "\n")
    return seconds


def install_models() -> None:
    """Copies the files of completed stages (never optimizer checkpoints) beside the manifest."""
    MODELS_OUT.mkdir(parents=True, exist_ok=True)
    manifest_path = MODELS_OUT / "models.json"
    previous = json.loads(manifest_path.read_text()) if manifest_path.is_file() else {}
    files = previous.get("files", {})
    stage_of = {"pretrain": "vectors", "depparse": "depparse_tagged"}
    for processor, source in MODEL_FILES.items():
        if done_marker(stage_of.get(processor, processor)).is_file():
            target = f"{processor}.pt"
            shutil.copyfile(source, MODELS_OUT / target)
            files[processor] = target
    # Stages not run here keep the times recorded with the files they left in place.
    durations = previous.get("training_seconds", {}) | {
        name: json.loads(done_marker(name).read_text())["seconds"]
        for name in STAGES if done_marker(name).is_file()}
    manifest = {"name": "quotes-fr-ud", "version": previous.get("version", "1.0"), "files": files,
                "training_seconds": durations, "settings": SETTINGS}
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    (MODELS_OUT / "resources.json").write_text("{}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", choices=sorted(STAGES), help="stages to run")
    parser.add_argument("--jobs", type=int, default=2, help="stages run side by side")
    parser.add_argument("--force", action="store_true",
                        help="retrain even if a model exists (the stages that need it follow)")
    args = parser.parse_args(argv)

    done, pending = plan(set(args.only or STAGES), args.force)
    failed: set[str] = set()
    timings: dict[str, float] = {}
    running: dict[Future[float], str] = {}
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        while pending or running:
            ready = [n for n in pending if all(d in done for d in STAGES[n].needs)]
            for name in ready[: args.jobs - len(running)]:
                pending.remove(name)
                print(f"start {name}", flush=True)
                running[pool.submit(run_stage, STAGES[name])] = name
            if not running:
                blocked = ", ".join(pending)
                print(f"cannot run {blocked}: a stage they need failed or is missing",
                      file=sys.stderr)
                return 1
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                name = running.pop(future)
                try:
                    timings[name] = future.result()
                except Exception as error:  # a failed stage stops only those that need it
                    failed.add(name)
                    print(f"FAILED {name}: {error} (log: {LOG_DIR / name}.log)", file=sys.stderr)
                    continue
                done.add(name)
                print(f"done {name} in {timings[name] / 60:.1f} min", flush=True)
                install_models()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
