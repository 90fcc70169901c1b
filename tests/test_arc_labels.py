"""The parser labels only the arcs it keeps, and gives every word the same head and relation
as Stanza's own prediction, which labels every pair of words."""

from __future__ import annotations

import pytest
from stanza.models.common.doc import Document
from stanza.models.depparse import model as depparse_model

from service import arc_labels


def _arcs(document: Document) -> list[tuple[str, int, str]]:
    return [(word.text, word.head, word.deprel)
            for sentence in document.sentences for word in sentence.words]


@pytest.mark.parametrize("source", ["seeds", "sequoia"])
def test_heads_and_relations_are_stanzas(nlp, seed_texts, sequoia_test_sentences, monkeypatch,
                                         source):
    texts = list(seed_texts.values()) if source == "seeds" \
        else [" ".join(sequoia_test_sentences[:150])]
    ours = [_arcs(nlp(text)) for text in texts]
    monkeypatch.setattr(depparse_model.GraphParser, "predict", arc_labels.STANZA_PREDICT)
    stanzas = [_arcs(nlp(text)) for text in texts]
    assert sum(map(len, ours)) > 1500
    assert ours == stanzas


def test_stanzas_repair_of_double_subjects_runs_when_asked(nlp, seed_texts, monkeypatch):
    calls: list[bool] = []
    stanza_predict = arc_labels.STANZA_PREDICT

    def recording(*args, resolve_head_constraints=False):
        calls.append(resolve_head_constraints)
        return stanza_predict(*args, resolve_head_constraints=resolve_head_constraints)

    monkeypatch.setattr(arc_labels, "STANZA_PREDICT", recording)
    parser = nlp.stanza.processors["depparse"]
    monkeypatch.setitem(parser.config, "resolve_head_constraints", True)
    nlp(seed_texts["002_a33dcc0ec016e903.txt"])
    assert calls and all(calls)


def test_the_loaded_pipeline_labels_the_decoded_arcs_alone(nlp):
    assert depparse_model.GraphParser.predict is arc_labels.predict
