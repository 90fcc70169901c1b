VENV ?= .venv
PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 8000
# Extra pip arguments for torch, e.g. TORCH_PIP_ARGS='--index-url <a CPU wheel index>'.
TORCH_PIP_ARGS ?=

export HOST PORT

.PHONY: install run test lint models eval-models

install:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install $(TORCH_PIP_ARGS) torch==2.13.0
	$(VENV)/bin/pip install -e '.[dev]'

run:
	$(VENV)/bin/gunicorn -c gunicorn.conf.py

lint:
	$(VENV)/bin/ruff check .

test: lint
	OMP_NUM_THREADS=1 $(VENV)/bin/pytest

# Trains the bundled Stanza models (about 2.5 hours on 2 cores; resumable, logs in work/training/logs).
models:
	$(VENV)/bin/pip install -e '.[train]'
	$(VENV)/bin/python -m service.training.train_models

# Scores the models on Sequoia and GSD test and times the pipeline; ends with one JSON line.
eval-models:
	$(VENV)/bin/python -m service.training.evaluate_models
