"""The training stages written in this project rather than in Stanza, as one command each.

    python -m service.training.steps {data,vectors,retag}

``make models`` runs them in a subprocess like Stanza's entry points, so that their output
goes to the stage's log and they get the same one-thread limit.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from .train_models import DEV, DEV_TAGGED, MODEL_FILES, TRAIN, TRAIN_TAGGED, VECTORS


def build_data() -> None:
    from .datasets import build

    build()


def build_vectors() -> None:
    from .vectors import build_pretrain

    build_pretrain(VECTORS)


def retag_training_data() -> None:
    from .retag import retag

    for gold, tagged in ((TRAIN, TRAIN_TAGGED), (DEV, DEV_TAGGED)):
        retag(gold, tagged, MODEL_FILES["pos"], VECTORS)


STEPS: dict[str, Callable[[], None]] = {
    "data": build_data,
    "vectors": build_vectors,
    "retag": retag_training_data,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=sorted(STEPS))
    STEPS[parser.parse_args(argv).step]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
