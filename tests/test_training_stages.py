"""The training stages' order: retraining one retrains what was built from its output."""

from __future__ import annotations

from service.training.steps import STEPS
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


def test_forcing_the_tagger_forgets_the_parser_built_on_its_tags(tmp_path, monkeypatch):
    from service.training import train_models

    monkeypatch.setattr(train_models, "RUNS_DIR", tmp_path)
    for name in STAGES:
        train_models.done_marker(name).write_text('{"seconds": 1}\n')
    done, pending = train_models.plan({"pos"}, force=True)
    assert pending == ["pos", "retag", "depparse_tagged"]
    assert done == set(STAGES) - set(pending)
    assert not any(train_models.done_marker(name).exists() for name in pending)
    assert train_models.done_marker("depparse").exists()


def test_a_finished_recipe_has_nothing_to_run(tmp_path, monkeypatch):
    from service.training import train_models

    monkeypatch.setattr(train_models, "RUNS_DIR", tmp_path)
    for name in STAGES:
        train_models.done_marker(name).write_text('{"seconds": 1}\n')
    assert train_models.plan(set(STAGES), force=False) == (set(STAGES), [])


def test_the_projects_own_stages_run_as_logged_commands():
    """data, vectors and retag run in a subprocess, so their output reaches the stage log."""
    for name in STEPS:
        (command,) = STAGES[name].commands()
        assert command[-3:] == ["-m", "service.training.steps", name]
