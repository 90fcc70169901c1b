"""One document through the service: check its text, extract, time it, serialise.

Shared by the API and the CLI so that both accept the same texts and print the same JSON.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

from service.runtime import Runtime
from service.serialize import OffsetUnit, serialize

DEFAULT_MAX_TEXT_CHARS = 100_000
# A character outside ECMAScript's \s, the class behind openapi.yaml's `pattern: "\S"`:
# Python's str.isspace() differs (it counts U+001C-U+001F and U+0085, not U+FEFF).
_NOT_WHITESPACE = re.compile(
    "[^\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
)


@dataclass
class TextError(ValueError):
    """Why a text cannot be processed; ``too_long`` has a problem type of its own."""

    detail: str
    too_long: bool = False


def check_text(text: str, max_chars: int = DEFAULT_MAX_TEXT_CHARS) -> None:
    """Rejects texts the engine must not see; nothing is ever cut or cleaned silently."""
    if not _NOT_WHITESPACE.search(text):
        raise TextError("text is empty or only whitespace")
    if len(text) > max_chars:
        raise TextError(
            f"text has {len(text)} characters, more than the limit of {max_chars}: "
            "split the article or send it in several documents",
            too_long=True,
        )
    index = lone_surrogate_at(text)
    if index is not None:
        raise TextError(f"text holds a lone surrogate (U+{ord(text[index]):04X}) at index {index}")


def lone_surrogate_at(value: str) -> int | None:
    """Index of the first lone surrogate (JSON can carry one, UTF-8 cannot), or None."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start
    return None


def process(
    text: str,
    runtime: Runtime,
    *,
    offsets: OffsetUnit = "codepoint",
    max_chars: int = DEFAULT_MAX_TEXT_CHARS,
) -> dict[str, Any]:
    """The response body for ``text``; raises ``TextError`` for a text that cannot be processed."""
    check_text(text, max_chars)
    started = time.perf_counter()
    extraction = runtime.extract(text)
    elapsed_ms = (time.perf_counter() - started) * 1000
    return serialize(
        text, extraction, offsets=offsets, elapsed_ms=elapsed_ms, models=runtime.models_info()
    )
