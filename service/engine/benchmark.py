"""Parse time against attribution time on a directory of texts (default: seeds/).

Run: ``python -m service.engine.benchmark [TEXT_DIR] [--repeat N]``. The attribution
time is the whole engine minus the Stanza parse it runs.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from .assemble import build


class _TimedPipeline:
    """Wraps the pipeline to add up the time spent inside it."""

    def __init__(self, pipeline: Any):
        self.pipeline = pipeline
        self.seconds = 0.0

    def __call__(self, docs: Any, **options: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return self.pipeline(docs, **options)
        finally:
            self.seconds += time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text_dir", nargs="?", type=Path, default=Path("seeds"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from service.nlp import load_pipeline

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.text_dir.glob("*.txt"))]
    timed = _TimedPipeline(load_pipeline())
    build(texts[0], timed)  # warm-up
    timed.seconds = 0.0
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for text in texts:
            build(text, timed)
    total = time.perf_counter() - t0
    attribution = total - timed.seconds
    n = args.repeat * len(texts)
    print(f"{n} documents")
    print(f"parse        {timed.seconds / n * 1000:8.1f} ms/doc")
    print(f"attribution  {attribution / n * 1000:8.1f} ms/doc")
    print(f"overhead     {attribution / timed.seconds:8.1%} of the parse")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
