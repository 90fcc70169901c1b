"""Stanza's padded id tensors, built in one NumPy step instead of one tensor per row.

The tagger, the lemmatizer and the parser turn their batches (words per sentence, characters
per word) into padded LongTensors with ``stanza.models.common.data.get_long_tensor``, which
makes a tensor for every row: 726 of them for the characters of the seed article's words,
24 ms of its parse on one thread. ``long_tensor`` fills the same tensor at once. Rows of rows
(the parser's features per word) still go to Stanza's function.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

import numpy as np
import torch
from stanza.models.common import char_model
from stanza.models.common import data as common_data
from stanza.models.common.seq2seq_constant import PAD_ID
from stanza.models.depparse import data as depparse_data
from stanza.models.lemma import data as lemma_data
from stanza.models.pos import data as pos_data

#: Stanza's own function, and the modules of the pipeline's processors that imported it by
#: name.
STANZA_GET_LONG_TENSOR = common_data.get_long_tensor
_USERS = (char_model, depparse_data, lemma_data, pos_data)


def long_tensor(rows: Sequence[Sequence[int]], batch_size: int,
                pad_id: int = PAD_ID) -> torch.Tensor:
    """``get_long_tensor``: ``rows`` as a ``[batch_size, longest row]`` tensor of ids,
    padded with ``pad_id`` on the right and below."""
    ids = list(chain.from_iterable(rows))
    if ids and isinstance(ids[0], list):
        return STANZA_GET_LONG_TENSOR(rows, batch_size, pad_id)
    lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    padded = np.full((batch_size, int(lengths.max())), pad_id, dtype=np.int64)
    padded[:len(rows)][np.arange(padded.shape[1]) < lengths[:, None]] = ids
    return torch.from_numpy(padded)


def install() -> None:
    """Makes Stanza's data loaders and character model build their tensors with ``long_tensor``."""
    for module in _USERS:
        module.get_long_tensor = long_tensor
