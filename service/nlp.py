"""Loads the French Stanza pipeline once per process, never from the network.

By default the models bundled in ``service/models/fr`` are used. ``QUOTES_STANZA_DIR``
points at another directory instead: either one laid out like the bundled one (with a
``models.json`` manifest) or a Stanza resources directory (``resources.json`` plus
``fr/<processor>/<package>.pt``, as ``stanza.download`` leaves it).
"""

from __future__ import annotations

import functools
import gc
import json
import os
import threading
from pathlib import Path
from typing import Any

import stanza
import torch
from stanza import Document
from stanza.pipeline.core import build_default_config
from stanza.resources.common import (
    add_dependencies,
    logging_level_context,
    maintain_processor_list,
    process_pipeline_parameters,
)

from service import arc_labels, long_tensors, tree_decoding
from service.glued_punctuation import split_glued_punctuation
from service.hyphenated_words import join_hyphenated_words
from service.inverted_subjects import split_inverted_subjects
from service.lone_letters import split_after_lone_letters
from service.lstm_quantization import quantize_lstms
from service.mwt_dictionary import expand_known_tokens_by_dictionary
from service.padded_lstms import pad_tokenizer_lstms
from service.unfinished_sentences import join_unfinished_sentences
from service.verb_readings import retag_reporting_verbs

MODELS_DIR_ENV = "QUOTES_STANZA_DIR"
BUNDLED_MODELS_DIR = Path(__file__).parent / "models" / "fr"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
TAGGING, PARSING = PROCESSORS[1:3], PROCESSORS[3:]
MANIFEST = "models.json"
# Words per parser batch. Stanza's default puts a whole article in one batch padded to its
# longest sentence; batches of similar lengths cut the parser's time on the 600-word seed
# from 0.48 s to 0.28 s (one thread), with identical output.
PARSER_BATCH_WORDS = 200

_lock = threading.Lock()
_pipeline: FrenchPipeline | None = None


class ModelsMissingError(RuntimeError):
    """The models directory lacks a file the pipeline needs, or cannot read one."""


def models_dir() -> Path:
    configured = os.environ.get(MODELS_DIR_ENV)
    return Path(configured).expanduser() if configured else BUNDLED_MODELS_DIR


def _require(path: Path) -> str:
    if not path.is_file():
        raise ModelsMissingError(
            f"missing model file: {path} (set {MODELS_DIR_ENV} to a directory that has it, "
            "or run `make models`)"
        )
    return str(path)


def _read_json(path: Path) -> dict[str, Any]:
    _require(path)
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelsMissingError(f"unreadable model file: {path} ({error})") from error
    if not isinstance(content, dict):
        raise ModelsMissingError(f"unreadable model file: {path} (not a JSON object)")
    return content


def read_manifest(directory: Path) -> dict[str, Any]:
    """The manifest of a project-style models directory: files per processor."""
    manifest = _read_json(directory / MANIFEST)
    if not isinstance(manifest.get("files"), dict):
        raise ModelsMissingError(f"{directory / MANIFEST} has no \"files\" object")
    return manifest


def pipeline_config(directory: Path) -> dict[str, Any]:
    """Keyword arguments for ``stanza.Pipeline`` that load every model from ``directory``."""
    base: dict[str, Any] = {
        "lang": "fr",
        "processors": ",".join(PROCESSORS),
        "download_method": None,
        "logging_level": "ERROR",
        "use_gpu": torch.cuda.is_available(),
        "tokenize_no_ssplit": False,
        "depparse_batch_size": PARSER_BATCH_WORDS,
        "dir": str(directory),
    }
    if (directory / MANIFEST).is_file():
        return base | _manifest_paths(directory)
    if (directory / "resources.json").is_file():
        _require_stanza_resources(directory, base)
        return base
    raise ModelsMissingError(
        f"no models in {directory}: it needs {MANIFEST} (the project's layout) or "
        f"resources.json (a Stanza resources directory); point {MODELS_DIR_ENV} at one, or "
        "unset it for the bundled models (`make models` rebuilds them)"
    )


def _manifest_paths(directory: Path) -> dict[str, Any]:
    files: dict[str, Any] = read_manifest(directory)["files"]

    def model_file(kind: str) -> str:
        if not isinstance(files.get(kind), str):
            raise ModelsMissingError(f"{directory / MANIFEST} names no {kind} model file")
        return _require(directory / files[kind])

    paths: dict[str, Any] = {"allow_unknown_language": True}
    for processor in PROCESSORS:
        paths[f"{processor}_model_path"] = model_file(processor)
    if "pretrain" in files:
        paths["pos_pretrain_path"] = paths["depparse_pretrain_path"] = model_file("pretrain")
    # Stanza still opens resources.json in `dir`; the manifest directory carries an empty one.
    _require(directory / "resources.json")
    return paths


def _require_stanza_resources(directory: Path, base: dict[str, Any]) -> None:
    """Check every file Stanza will open in a Stanza resources directory, found the way
    Stanza finds them, so that a missing one is named here rather than by Stanza, whose
    message advises a download."""
    resources_path = directory / "resources.json"
    resources = _read_json(resources_path)
    lang = base["lang"]
    if isinstance(resources.get(lang), dict):
        lang = resources[lang].get("alias", lang)
    if not isinstance(resources.get(lang), dict):
        raise ModelsMissingError(f"{resources_path} lists no models for language {lang!r}")
    try:
        with logging_level_context(base["logging_level"], None):
            _, _, package, processors = process_pipeline_parameters(
                lang, str(directory), "default", base["processors"])
            load_list = add_dependencies(
                resources, lang, maintain_processor_list(resources, lang, package, processors))
            paths = build_default_config(resources, lang, str(directory), load_list)
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        raise ModelsMissingError(f"malformed {resources_path}: {error!r}") from error
    found = {processor for processor, _ in load_list}
    for processor in PROCESSORS:
        if processor not in found:
            raise ModelsMissingError(f"{resources_path} names no {lang} {processor} model")
    for key, path in paths.items():
        if key.endswith("_path"):
            _require(Path(path))


class FrenchPipeline:
    """Stanza's pipeline with rules between its tokenizer and its tagger: a compound cut
    at its hyphen is one word again (``porte-parole``), a lone capital
    letter before a capitalized article or a quote mark ends its sentence (``sur X.
    « … »``), verbs and their inverted subject pronouns (``conclut-il``) become two words,
    so do a word and the colon or semicolon glued to it (``lâche:``), and, for a text that
    is one line of running text (``lines=True``), a sentence never ends on a word; and
    between its tagger and its parser, a rule for reporting verbs read as nouns (« le
    sondeur juge toutefois »).

    Called like ``stanza.Pipeline``: a text or a Document gives a Document, a list of
    Documents gives a list."""

    def __init__(self, pipeline: stanza.Pipeline):
        self.stanza = pipeline

    def __call__(self, docs: str | Document | list[Document],
                 lines: bool = False) -> Document | list[Document]:
        batch = docs if isinstance(docs, list) else [docs]
        documents = [d if isinstance(d, Document) else Document([], text=d) for d in batch]
        tokenized = self.stanza.processors["tokenize"].bulk_process(documents)
        if lines:
            tokenized = [join_unfinished_sentences(d) for d in tokenized]
        tagged = self.stanza([split_inverted_subjects(split_glued_punctuation(
                                  split_after_lone_letters(join_hyphenated_words(d))))
                              for d in tokenized], processors=TAGGING)
        parsed = self.stanza([retag_reporting_verbs(d) for d in tagged], processors=PARSING)
        return parsed if isinstance(docs, list) else parsed[0]


def stanza_pipeline(config: dict[str, Any]) -> stanza.Pipeline:
    """A Stanza pipeline whose parser decodes with the project's exact fast tree decoder
    and labels the decoded arcs alone, whose batches become tensors in one step each, whose
    MWT processor skips its model where its dictionary knows every token, and whose LSTMs
    run faster on CPU: in int8 for the tagger and the parser, on padded batches for the
    tokenizer."""
    tree_decoding.install()
    arc_labels.install()
    long_tensors.install()
    pipeline = stanza.Pipeline(**config)
    expand_known_tokens_by_dictionary(pipeline)
    if not config.get("use_gpu"):
        quantize_lstms(pipeline)
        pad_tokenizer_lstms(pipeline)
    return pipeline


def build_pipeline(config: dict[str, Any]) -> FrenchPipeline:
    """The pipeline that reads raw text: the service, the CLI and the evaluation use it."""
    return FrenchPipeline(stanza_pipeline(config))


def load_pipeline() -> FrenchPipeline:
    """The process-wide pipeline, loaded on first call (thread-safe)."""
    global _pipeline
    if _pipeline is None:
        with _lock:
            if _pipeline is None:
                _pipeline = build_pipeline(pipeline_config(models_dir()))
                # The models' objects live as long as the process: out of the cyclic
                # collector, whose full passes over them cost more than the attribution
                # itself, and whose bookkeeping would dirty pages that gunicorn's forked
                # workers share with the master.
                gc.freeze()
    return _pipeline


@functools.cache
def models_info() -> dict[str, Any]:
    """What the service reports about its models in responses and /readyz.

    Read once per process, like the models: every response carries it."""
    directory = models_dir()
    info: dict[str, Any] = {
        "stanza": stanza.__version__,
        "source": "bundled" if directory == BUNDLED_MODELS_DIR else str(directory),
    }
    if (directory / MANIFEST).is_file():
        manifest = read_manifest(directory)
        info["name"] = manifest.get("name", "unknown")
        info["version"] = manifest.get("version", "unknown")
    return info
