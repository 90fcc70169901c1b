"""Exact single-root tree decoding for Stanza's graph parser, with a fast path.

Stanza decodes every sentence with Chu-Liu-Edmonds after penalising all root arcs, which
makes the first greedy pass cycle on every sentence and costs a third of the parser's time
in Python loops. Yet when each word's best-scoring head already forms a tree with one root
arc, that tree is the best of all trees, so it is also the best single-root tree: nothing
to search. ``one_root_tree`` returns it in a few vectorised steps. The other sentences get
the same search as Stanza's (root penalty, then Chu-Liu-Edmonds with Stanza's own
contraction steps), except that cycles are found by following head pointers instead of
Stanza's general Tarjan search, whose NumPy calls per word made it most of the search's
time. The result is always the tree Stanza would find (up to ties between equal scores).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from stanza.models.common import chuliu_edmonds
from stanza.models.depparse import model as depparse_model


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


def head_cycles(heads: np.ndarray) -> list[np.ndarray]:
    """The cycles of a head array (one head per word) as masks, self-loops left out.

    Each node has exactly one head, so walking up from every unvisited node either joins a
    path already walked or closes a cycle on the current walk: linear time, no recursion.
    """
    up = heads.tolist()
    on_walk, done = 1, 2
    state = [0] * len(up)
    cycles: list[np.ndarray] = []
    for start in range(len(up)):
        walk: list[int] = []
        node = start
        while not state[node]:
            state[node] = on_walk
            walk.append(node)
            node = up[node]
        if state[node] == on_walk:
            members = walk[walk.index(node):]
            if len(members) > 1:
                mask = np.zeros(len(up), dtype=bool)
                mask[members] = True
                cycles.append(mask)
        for visited in walk:
            state[visited] = done
    return cycles


def maximum_spanning_tree(scores: np.ndarray) -> np.ndarray:
    """Chu-Liu-Edmonds on ``scores`` (modified in place), with Stanza's contraction steps."""
    contractions: list[tuple[np.ndarray, list[Any]]] = []
    chuliu_edmonds.prepare_scores(scores)
    tree = scores.argmax(axis=1)
    cycles = head_cycles(tree)
    while cycles:
        subscores, *contraction = chuliu_edmonds.process_cycle(tree, cycles[0], scores)
        contractions.append((tree, contraction))
        scores = subscores
        chuliu_edmonds.prepare_scores(scores)
        tree = scores.argmax(axis=1)
        cycles = head_cycles(tree)
    while contractions:
        outer_tree, contraction = contractions.pop()
        tree = chuliu_edmonds.expand_contracted_tree(outer_tree, tree, *contraction)
    return tree


def searched_one_root_tree(scores: np.ndarray) -> np.ndarray:
    """Stanza's single-root search: every root arc lowered so that only one can win."""
    penalised = np.array(scores, dtype=np.float64)
    lowest = penalised[np.isfinite(penalised)].min()
    penalised[:, 0] += lowest * penalised.shape[0]
    return maximum_spanning_tree(penalised)


def one_root_tree(scores: np.ndarray) -> np.ndarray:
    """The best tree with one root arc: greedy heads when they form one, else the search."""
    heads = greedy_heads(scores)
    if is_single_root_tree(heads):
        return heads
    return searched_one_root_tree(scores)


def install() -> None:
    """Makes Stanza's graph parser decode with ``one_root_tree``."""
    depparse_model.chuliu_edmonds_one_root = one_root_tree
