"""The tokenizer's bidirectional LSTMs, run on padded batches instead of packed ones.

Stanza's tokenizer reads a text one character at a time: its LSTMs step through 500
characters for a 500-character paragraph, with a batch of one row per paragraph. On CPU,
torch runs a packed sequence in its own loop, a few small operations per character and
direction; an unpacked one goes to oneDNN's fused LSTM, 2.5 times as fast at these sizes.
A padded batch changes nothing for the forward direction, whose padding comes after every
real character, but the backward direction would start in the padding: so each direction
runs on its own, the backward one over each paragraph reversed within its own length. The
results are the packed LSTM's up to float rounding (``tests/test_padded_lstms.py``). For
inference only: the stand-in has no dropout between layers and is never saved.
"""

from __future__ import annotations

import torch
from stanza import Pipeline
from torch import nn
from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence, pad_packed_sequence

#: The tokenizer's LSTMs: over characters, and over the first one's outputs.
TOKENIZER_LSTMS = ("rnn", "rnn2")


def _direction(lstm: nn.LSTM, layer: int, suffix: str) -> nn.LSTM:
    """One layer and direction of ``lstm`` as a one-way, one-layer LSTM sharing its weights."""
    single = nn.LSTM(lstm.input_size if layer == 0 else 2 * lstm.hidden_size,
                     lstm.hidden_size, bias=lstm.bias, batch_first=True)
    for name in ("weight_ih", "weight_hh") + (("bias_ih", "bias_hh") if lstm.bias else ()):
        setattr(single, f"{name}_l0", getattr(lstm, f"{name}_l{layer}{suffix}"))
    return single.eval()


def reversal_order(padded: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
    """For each row, the order of its steps that reverses its first ``length`` steps and
    keeps its padding at the end; it undoes itself."""
    steps = torch.arange(padded.size(1), device=padded.device).expand(padded.size(0), -1)
    ends = lengths.to(padded.device).unsqueeze(1)
    return torch.where(steps < ends, ends - 1 - steps, steps).unsqueeze(2)


def _reordered(padded: torch.Tensor, order: torch.Tensor) -> torch.Tensor:
    return padded.gather(1, order.expand(-1, -1, padded.size(2)))


class PaddedBidirectionalLSTM(nn.Module):
    """A stand-in for a bidirectional, batch-first ``nn.LSTM`` called on a PackedSequence."""

    def __init__(self, lstm: nn.LSTM):
        super().__init__()
        if not (lstm.bidirectional and lstm.batch_first) or lstm.proj_size:
            raise ValueError("only bidirectional batch-first LSTMs without projections")
        self.layers = nn.ModuleList(
            nn.ModuleList([_direction(lstm, layer, ""), _direction(lstm, layer, "_reverse")])
            for layer in range(lstm.num_layers))

    def forward(self, packed: PackedSequence, hx: None = None) -> tuple[PackedSequence, None]:
        if hx is not None or not isinstance(packed, PackedSequence):
            raise ValueError("takes a PackedSequence and no initial state, as Stanza calls it")
        padded, lengths = pad_packed_sequence(packed, batch_first=True)
        order = reversal_order(padded, lengths)
        for forward, backward in self.layers:
            ahead, _ = forward(padded)
            behind, _ = backward(_reordered(padded, order))
            padded = torch.cat([ahead, _reordered(behind, order)], 2)
        return pack_padded_sequence(padded, lengths, batch_first=True,
                                    enforce_sorted=packed.unsorted_indices is None), None


def pad_tokenizer_lstms(pipeline: Pipeline) -> None:
    """Swaps the tokenizer's LSTMs for padded ones, in place (a pretokenized pipeline's
    tokenizer has no model)."""
    trainer = pipeline.processors["tokenize"].trainer
    if trainer is None:
        return
    model = trainer.model
    for name in TOKENIZER_LSTMS:
        lstm = getattr(model, name, None)
        if isinstance(lstm, nn.LSTM):
            setattr(model, name, PaddedBidirectionalLSTM(lstm))
