"""The MWT processor's dictionary shortcut expands tokens exactly as the processor would."""

from __future__ import annotations

import copy

from stanza import Document
from stanza.utils.datasets.common import read_sentences_from_conllu

from service.mwt_dictionary import PROCESSOR
from service.training.conllu import sentence_text
from service.training.paths import treebank_file


def _treebank_text(part: str, sentences: int) -> str:
    found = read_sentences_from_conllu(str(treebank_file(part, "test")))[:sentences]
    return " ".join(sentence_text(s) for s in found)


def _words(document: Document) -> list[list[str]]:
    return [[w.text for w in token.words] for s in document.sentences for token in s.tokens]


def _expanded_both_ways(nlp, text: str) -> tuple[Document, Document]:
    """The MWT processor's output with the dictionary shortcut, and with Stanza's own code."""
    processors = nlp.stanza.processors
    tokenized = processors["tokenize"].process(text)
    processor = processors[PROCESSOR]
    shortcut = processor.process(copy.deepcopy(tokenized))
    model = type(processor).process(processor, copy.deepcopy(tokenized))
    return shortcut, model


def test_treebank_text_gets_the_expansions_of_the_model_path(nlp):
    for part in ("Sequoia", "GSD"):
        shortcut, model = _expanded_both_ways(nlp, _treebank_text(part, 200))
        expanded = [t for t in _words(model) if len(t) > 1]
        assert len(expanded) >= 50
        assert _words(shortcut) == _words(model)


def test_a_token_the_dictionary_lacks_goes_through_the_model(nlp, monkeypatch):
    trainer = nlp.stanza.processors[PROCESSOR].trainer
    without_du = {k: v for k, v in trainer.expansion_dict.items() if k != "du"}
    monkeypatch.setattr(trainer, "expansion_dict", without_du)
    shortcut, model = _expanded_both_ways(nlp, "Il parle du projet au directeur.")
    assert _words(shortcut) == _words(model)
    assert ["de", "le"] in _words(shortcut) and ["à", "le"] in _words(shortcut)


def test_the_model_is_skipped_when_the_dictionary_knows_every_token(nlp, monkeypatch):
    processor = nlp.stanza.processors[PROCESSOR]

    def no_model(*args, **kwargs):
        raise AssertionError("the MWT model ran on tokens its dictionary holds")

    monkeypatch.setattr(processor.trainer, "predict", no_model)
    tokenized = nlp.stanza.processors["tokenize"].process("Il parle du projet aux élus.")
    assert ["à", "les"] in _words(processor.process(tokenized))
