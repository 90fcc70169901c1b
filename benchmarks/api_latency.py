"""Latency of POST /v1/quotes on the seed articles, through the app in process.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/api_latency.py [--rounds 3]

Prints, per request, the median and 95th percentile wall time and the throughput in
characters per second. Needs the models (service/models/fr).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from service.api import create_app

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    app = create_app()
    started = time.perf_counter()
    app.extensions["quotes.runtime"].warm_up()
    print(f"load and warm-up: {time.perf_counter() - started:.1f} s")
    client = app.test_client()
    timings: list[float] = []
    for _ in range(args.rounds):
        for text in texts:
            started = time.perf_counter()
            response = client.post("/v1/quotes", json={"text": text})
            timings.append(time.perf_counter() - started)
            assert response.status_code == 200, response.get_data(as_text=True)
    chars = sum(map(len, texts)) * args.rounds
    p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) > 1 else timings[0]
    print(f"{len(timings)} requests, {chars / len(timings):.0f} characters on average")
    print(f"median {statistics.median(timings) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    print(f"throughput {chars / sum(timings):.0f} characters/s on one thread")


if __name__ == "__main__":
    main()
