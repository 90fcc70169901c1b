"""Exact single-root tree decoding for Stanza's graph parser, with a fast path.

Stanza decodes every sentence with Chu-Liu-Edmonds after penalising all root arcs, which
makes the first greedy pass cycle on every sentence and costs a third of the parser's time
in Python loops. Yet when each word's best-scoring head already forms a tree with one root
arc, that tree is the best of all trees, so it is also the best single-root tree: nothing
to search. ``one_root_tree`` returns it in a few vectorised steps and leaves the other
sentences to Stanza's own decoder, so the result is always the tree Stanza would find (up to
ties between equal scores).
"""

from __future__ import annotations

import numpy as np
from stanza.models.common import chuliu_edmonds
from stanza.models.depparse import model as depparse_model

_stanza_one_root_tree = chuliu_edmonds.chuliu_edmonds_one_root


def greedy_heads(scores: np.ndarray) -> np.ndarray:
    """Each word's best head; ``scores[d, h]`` scores head ``h`` for word ``d``, 0 is the root."""
    candidates = np.array(scores, dtype=np.float64)
    np.fill_diagonal(candidates, -np.inf)
    heads = candidates.argmax(axis=1)
    heads[0] = 0
    return heads


def is_single_root_tree(heads: np.ndarray) -> bool:
    """True if the head pointers reach the root from every word and one word hangs on it."""
    if np.count_nonzero(heads[1:] == 0) != 1:
        return False
    ancestors = heads.copy()
    # Pointer doubling: after k rounds each word points 2**k steps up; any cycle never reaches 0.
    for _ in range(int(np.ceil(np.log2(len(heads)))) + 1):
        ancestors = ancestors[ancestors]
    return bool(np.all(ancestors == 0))


def one_root_tree(scores: np.ndarray) -> np.ndarray:
    """The best tree with one root arc: greedy heads when they form one, else Stanza's search."""
    heads = greedy_heads(scores)
    if is_single_root_tree(heads):
        return heads
    return _stanza_one_root_tree(scores)


def install() -> None:
    """Makes Stanza's graph parser decode with ``one_root_tree``."""
    depparse_model.chuliu_edmonds_one_root = one_root_tree
