"""The training stages' order: retraining one retrains what was built from its output."""

from __future__ import annotations

from service.training.train_models import STAGES, with_dependents


def test_a_new_tagger_retags_and_fine_tunes_the_parser_again():
    assert with_dependents({"pos"}) == {"pos", "retag", "depparse_tagged"}


def test_new_data_retrains_everything_but_the_vectors():
    assert with_dependents({"data"}) == set(STAGES) - {"vectors"}


def test_stages_nothing_needs_stand_alone():
    assert with_dependents({"tokenize", "lemma"}) == {"tokenize", "lemma"}


def test_every_stage_needs_only_known_stages_listed_before_it():
    order = list(STAGES)
    for position, stage in enumerate(STAGES.values()):
        assert set(stage.needs) <= set(order[:position]), stage.name
