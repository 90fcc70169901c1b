"""The bundled French models: shipped whole, loaded offline, and good enough on real text."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import torch
from stanza.utils.datasets.common import read_sentences_from_conllu
from torch.ao.nn.quantized.dynamic import LSTM as Int8LSTM

from service import nlp as loader
from service.lstm_quantization import QUANTIZED_PROCESSORS
from service.training.conllu import columns, sentence_text, surface_tokens, word_lines
from service.training.paths import treebank_file

ROOT = Path(__file__).resolve().parent.parent
SIZE_BUDGET_BYTES = 100 * 1024 * 1024
# Floors measured on the shipped models (see service/models/fr/MODEL_CARD.md).
UPOS_FLOOR = 0.96
LAS_FLOOR = 0.84
NAME_CUT_CEILING = 0.01


def test_bundled_models_fit_the_budget_and_hold_no_checkpoints():
    directory = loader.BUNDLED_MODELS_DIR
    manifest = loader.read_manifest(directory)
    assert set(manifest["files"]) >= set(loader.PROCESSORS)
    files = [p for p in directory.rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) <= SIZE_BUDGET_BYTES
    assert not [p for p in files if "checkpoint" in p.name]
    assert (directory / "MODEL_CARD.md").is_file()


def test_pipeline_loads_once_per_process(nlp):
    assert loader.load_pipeline() is nlp
    assert set(nlp.stanza.processors) >= set(loader.PROCESSORS)


def test_the_loaded_models_are_left_out_of_the_cyclic_collector(nlp):
    # frozen after loading: full collections no longer walk the models' objects
    assert gc.get_freeze_count() > 10_000


@pytest.mark.skipif(torch.cuda.is_available(), reason="int8 LSTMs are for CPU only")
def test_lstms_of_tagger_and_parser_run_in_int8(nlp):
    """The parse-time target counts on them (service/lstm_quantization.py)."""
    for name in QUANTIZED_PROCESSORS:
        modules = list(nlp.stanza.processors[name].trainer.model.modules())
        assert any(isinstance(module, Int8LSTM) for module in modules), name
        assert not any(type(module) is torch.nn.LSTM for module in modules), name


def test_missing_model_directory_names_the_missing_file(tmp_path, monkeypatch):
    monkeypatch.setenv(loader.MODELS_DIR_ENV, str(tmp_path))
    with pytest.raises(loader.ModelsMissingError, match="resources.json"):
        loader.pipeline_config(loader.models_dir())


def test_missing_model_file_is_named(tmp_path, monkeypatch):
    manifest = loader.read_manifest(loader.BUNDLED_MODELS_DIR)
    (tmp_path / loader.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    monkeypatch.setenv(loader.MODELS_DIR_ENV, str(tmp_path))
    with pytest.raises(loader.ModelsMissingError, match=manifest["files"]["tokenize"]):
        loader.pipeline_config(loader.models_dir())


def stanza_resources_directory(root: Path) -> Path:
    """The bundled models laid out as ``stanza.download`` leaves a resources directory."""
    files = loader.read_manifest(loader.BUNDLED_MODELS_DIR)["files"]
    french: dict[str, Any] = {"packages": {"default": {p: "project" for p in loader.PROCESSORS}}}
    for kind, name in files.items():
        target = root / "fr" / kind / "project.pt"
        target.parent.mkdir(parents=True)
        target.symlink_to(loader.BUNDLED_MODELS_DIR / name)
        french[kind] = {"project": {}}
    for kind in ("pos", "depparse"):
        french[kind]["project"]["dependencies"] = [{"model": "pretrain", "package": "project"}]
    (root / "resources.json").write_text(json.dumps({"fr": french}), encoding="utf-8")
    return root


def test_a_stanza_resources_directory_parses_like_the_bundled_models(nlp, tmp_path, seed_texts):
    directory = stanza_resources_directory(tmp_path)
    other = loader.build_pipeline(loader.pipeline_config(directory))
    text = seed_texts["002_a33dcc0ec016e903.txt"][:1500]

    def analysis(pipeline: loader.FrenchPipeline) -> list[tuple]:
        return [(w.text, w.upos, w.lemma, w.head, w.deprel)
                for s in pipeline(text).sentences for w in s.words]

    assert analysis(other) == analysis(nlp)


@pytest.mark.parametrize("kind", ["depparse", "pretrain"])
def test_a_missing_file_of_a_stanza_resources_directory_is_named(tmp_path, kind):
    """A processor's own model or one it depends on (the parser's word vectors)."""
    directory = stanza_resources_directory(tmp_path)
    (directory / "fr" / kind / "project.pt").unlink()
    with pytest.raises(loader.ModelsMissingError, match=f"fr/{kind}/project.pt"):
        loader.pipeline_config(directory)


@pytest.mark.parametrize(("resources", "message"), [
    ("{}", "no models for language 'fr'"),
    ('{"fr": {"tokenize": {"gsd": {}}}}', "names no fr tokenize model"),
    ("{not json", "unreadable model file"),
    ('{"fr": {"packages": {"default": {"tokenize": 5}}}}', "malformed"),
    ('{"fr": {"packages": {"default": {"tokenize": "x"}}, "tokenize": {"x": []}}}', "malformed"),
])
def test_an_unusable_resources_file_is_refused_clearly(tmp_path, resources, message):
    (tmp_path / "resources.json").write_text(resources, encoding="utf-8")
    with pytest.raises(loader.ModelsMissingError, match=message):
        loader.pipeline_config(tmp_path)


def test_a_manifest_naming_no_file_is_refused_clearly(tmp_path):
    manifest = loader.read_manifest(loader.BUNDLED_MODELS_DIR)
    manifest["files"]["tokenize"] = 5
    (tmp_path / loader.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(loader.ModelsMissingError, match="names no tokenize model file"):
        loader.pipeline_config(tmp_path)


def test_loading_never_touches_the_network():
    """Load the pipeline in a fresh process where every socket connection fails."""
    script = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('network access attempted')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from service.nlp import load_pipeline\n"
        "doc = load_pipeline()('Le ministre a parlé.')\n"
        "print(len(doc.sentences))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"


@pytest.mark.parametrize("text", [
    "« Nous ne céderons pas », a déclaré le ministre devant les députés.",
    "«\u00a0Nous ne céderons pas\u00a0», a déclaré le ministre devant les députés.",
    "«\u202fNous ne céderons pas\u202f», a déclaré le ministre devant les députés.",
    "«Nous ne céderons pas», a déclaré le ministre devant les députés.",
    "\"Nous ne céderons pas\", a déclaré le ministre devant les députés.",
    "“Nous ne céderons pas”, a déclaré le ministre devant les députés.",
    "« Nous ne céderons pas ! », a lancé le ministre devant les députés.",
])
def test_a_quoted_statement_and_its_incise_stay_one_sentence(nlp, text):
    doc = nlp(text)
    assert len(doc.sentences) == 1, [s.text for s in doc.sentences]


@pytest.mark.parametrize("text", [
    "« Nous ne céderons pas. » Les syndicats ont aussitôt appelé à la grève.",
    "Il a dit : « Nous ne céderons pas. » Puis il est parti.",
    "Le ministre a été clair : « Nous ne céderons pas. » Les syndicats ont appelé à la grève.",
])
def test_a_closing_guillemet_after_the_stop_stays_with_its_sentence(nlp, text):
    sentences = [s.text for s in nlp(text).sentences]
    assert not any(s.startswith("»") for s in sentences), sentences
    assert any(s.endswith("pas. »") for s in sentences), sentences
    assert sentences[-1].startswith(("Les", "Puis")), sentences


# Incises with an inverted subject, from verbs the treebanks hardly hold: the pipeline (its
# tokenizer, then service/inverted_subjects.py) must split the clitic from its verb.
HELD_OUT_INCISES = [
    "martèle-t-il", "tranche-t-elle", "nuance-t-il", "ironise-t-elle", "soupire-t-il",
    "observe-t-on", "glisse-t-elle", "détaille-t-il", "commente-t-elle", "avertit-il",
    "confie-t-elle", "assure-t-il", "lance-t-elle", "relève-t-il", "résume-t-elle",
    "s'agace-t-il", "constate-t-elle", "déplorent-ils", "ont-elles martelé", "avait-il assuré",
]
INCISE_FLOOR = 0.9


def test_an_inverted_subject_is_split_from_its_verb_and_ends_no_sentence(nlp):
    """``prévient-il`` must be two tokens, or the engine never sees the incise's subject."""
    wrong = []
    for incise in HELD_OUT_INCISES:
        doc = nlp(f"« Nous ne céderons pas », {incise}. Le conseil se réunira lundi.")
        clitic = incise.split()[0].split("-", 1)[1]
        tokens = [token.text for token in doc.sentences[0].tokens]
        if len(doc.sentences) != 2 or f"-{clitic}" not in tokens:
            wrong.append(incise)
    assert len(wrong) <= (1 - INCISE_FLOOR) * len(HELD_OUT_INCISES), wrong


def _name_spans(sentence: list[str], offset: int) -> list[tuple[int, int]]:
    """Character spans, in text that starts at ``offset``, of the names the treebank
    annotates with ``flat:name`` (``Michel Aoun``)."""
    text = sentence_text(sentence)
    token_spans, position = {}, 0
    for index in surface_tokens(sentence):
        fields = columns(sentence[index])
        position = text.index(fields[1], position)
        token_spans[fields[0]] = (offset + position, offset + position + len(fields[1]))
        position += len(fields[1])
    words = [columns(line) for line in word_lines(sentence)]
    spans = []
    for head in words:
        ids = [head[0]] + [w[0] for w in words if w[6] == head[0] and w[7] == "flat:name"]
        if len(ids) > 1 and all(i in token_spans for i in ids):
            spans.append((token_spans[ids[0]][0], max(token_spans[i][1] for i in ids)))
    return spans


def test_sentences_end_inside_almost_no_name_of_the_test_treebanks(nlp):
    """The tokenizer learnt that a sentence may end on a word (headings): not inside names."""
    spans, texts, offset = [], [], 0
    for part in ("Sequoia", "GSD"):
        for sentence in read_sentences_from_conllu(str(treebank_file(part, "test"))):
            texts.append(sentence_text(sentence))
            spans += _name_spans(sentence, offset)
            offset += len(texts[-1]) + 1
    ends = {s.tokens[-1].end_char for s in nlp.stanza.processors["tokenize"].process(
        " ".join(texts)).sentences}
    cut = [(start, end) for start, end in spans if any(start < e < end for e in ends)]
    assert len(spans) >= 150
    assert len(cut) <= NAME_CUT_CEILING * len(spans), cut


def test_contractions_are_expanded(nlp):
    doc = nlp("Il parle au directeur du musée.")
    words = [w.text.lower() for w in doc.sentences[0].words]
    assert words[:6] == ["il", "parle", "à", "le", "directeur", "de"]


def test_reporting_clause_is_parsed_as_a_clause(nlp):
    doc = nlp("Le ministre a affirmé que la réforme serait votée.")
    words = doc.sentences[0].words
    verb = next(w for w in words if w.text == "affirmé")
    subject = next(w for w in words if w.text == "ministre")
    assert subject.head == verb.id and subject.deprel.startswith("nsubj")
    assert verb.lemma == "affirmer"
    assert any(w.head == verb.id and w.deprel == "ccomp" for w in words)


def test_parse_quality_on_held_out_sequoia_sentences(nlp, tmp_path):
    """Floors on 150 Sequoia test sentences (never trained on), from the gold words."""
    from service.training.evaluate_models import gold_words, score, words_pipeline

    test_file = treebank_file("Sequoia", "test")
    gold_path, words = gold_words(test_file, 150, tmp_path)
    parser = words_pipeline(loader.pipeline_config(loader.models_dir()))
    scores = score(gold_path, parser(words))
    assert scores["UPOS"].f1 >= UPOS_FLOOR
    assert scores["LAS"].f1 >= LAS_FLOOR
