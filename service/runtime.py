"""The engine as the service sees it: extraction, warm-up and readiness, injectable for tests.

Nothing here loads models at import time: the default runtime imports the engine and the
Stanza loader on first use, so an app can be built (and ``/readyz`` can answer 503) before
any model exists in the process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from service.engine.types import Extraction

Extract = Callable[[str], Extraction]

WARM_UP_TEXT = "« Nous resterons vigilants », a déclaré jeudi la ministre, Anne Martin."


class ModelsUnavailableError(RuntimeError):
    """The models cannot be loaded in this process (missing files or a broken manifest)."""


def _engine_extract(text: str) -> Extraction:
    from service.engine import extract
    from service.nlp import ModelsMissingError

    try:
        return extract(text)
    except ModelsMissingError as error:
        raise ModelsUnavailableError(str(error)) from error


def _load_models() -> None:
    from service.nlp import ModelsMissingError, load_pipeline

    try:
        load_pipeline()
    except ModelsMissingError as error:
        raise ModelsUnavailableError(str(error)) from error


def _models_info() -> dict[str, Any]:
    from service.nlp import models_info

    return models_info()


class Runtime:
    """Runs extractions one at a time per process and knows whether it is warmed up.

    The lock serialises calls into the Stanza pipeline, which is not documented as
    thread-safe; gthread workers still answer ``/livez`` and ``/readyz`` while one runs.
    """

    def __init__(
        self,
        extract: Extract = _engine_extract,
        load: Callable[[], None] = _load_models,
        models: Callable[[], dict[str, Any]] = _models_info,
    ) -> None:
        self._extract = extract
        self._load = load
        self._models = models
        self._models_cache: dict[str, Any] | None = None
        self._lock = threading.Lock()
        self._ready = threading.Event()

    def warm_up(self) -> None:
        """Loads the models and runs one extraction, so the first request is not the slow one."""
        self._load()
        self.extract(WARM_UP_TEXT)

    def extract(self, text: str) -> Extraction:
        with self._lock:
            extraction = self._extract(text)
        self._ready.set()
        return extraction

    def is_ready(self) -> bool:
        return self._ready.is_set()

    def models_info(self) -> dict[str, Any]:
        if self._models_cache is None:
            self._models_cache = self._models()
        return self._models_cache
