"""Int8 weights for the LSTMs of the tagger and the parser, on CPU.

Dynamic quantization keeps each LSTM's weights as int8 and quantizes its inputs on the fly.
The LSTMs are where the tagger and the parser spend most of their time; in int8 the
600-word seed article parses 13–17% faster on 2 threads, and the test-set scores move by
0.04 point at most, either way (``service/models/fr/MODEL_CARD.md``). Linear layers stay
in float: in int8 they cost accuracy and saved no time. The tokenizer stays in float too:
in int8 it moves a few sentence ends, and each of its decisions was checked against names
in news text.
"""

from __future__ import annotations

import warnings

import stanza
import torch
from torch.ao.quantization import quantize_dynamic

QUANTIZED_PROCESSORS = ("pos", "depparse")


def quantize_lstms(pipeline: stanza.Pipeline) -> None:
    """Swaps the LSTMs of the pipeline's tagger and parser for int8 ones, in place."""
    for name in QUANTIZED_PROCESSORS:
        model = pipeline.processors[name].trainer.model
        # torch 2.13 (pinned in pyproject.toml) still ships eager dynamic quantization but
        # warns that it will move to the torchao package; tests/test_models.py fails if a
        # torch upgrade stops swapping the LSTMs.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r".*(torch\.ao\.quantization|quantize_per_)")
            quantize_dynamic(model, {torch.nn.LSTM}, dtype=torch.qint8, inplace=True)
