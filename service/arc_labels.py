"""Labels only the arcs the parser keeps, instead of every pair of words.

Stanza's graph parser scores all 58 relations for every (dependent, head) pair of a
sentence, then takes a log-softmax over that whole tensor, and reads back one label per
word, at the head the tree decoder chose. For the 600-word seed article that label scorer
was a third of the parser's time. ``predict`` decodes the trees first, from the same arc
scores as Stanza, then scores the relations of the chosen arcs alone, with the same
weights. It sums the bilinear products in another order (over the head's side first, once
per head), which moves the scores by float rounding alone: every word gets the label
Stanza would give it (``tests/test_arc_labels.py``; all 254,809 words of the UD test sets,
Sequoia dev and the project's texts, ``service/models/fr/MODEL_CARD.md``).
Stanza's repair of two subjects or two objects on one head needs every pair's labels: when
it is asked for, Stanza's own ``predict`` runs.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
from stanza.models.depparse import model as depparse_model

#: Stanza's own prediction, which labels every pair of words.
STANZA_PREDICT = depparse_model.GraphParser.predict


def arc_log_probs(parser: depparse_model.GraphParser, lstm_outputs: torch.Tensor,
                  word: torch.Tensor) -> np.ndarray:
    """Stanza's unlabeled arc scores, log-softmaxed over heads: ``[batch, dependent, head]``."""
    hidden = parser.drop(lstm_outputs)
    scores = parser.unlabeled(hidden, hidden).squeeze(3)
    if parser.args["linearization"] or parser.args["distance"]:
        positions = torch.arange(word.size(1), device=word.device)
        offsets = (positions.view(1, 1, -1) - positions.view(1, -1, 1)).expand(word.size(0), -1, -1)
    if parser.args["linearization"]:
        linear = parser.linearization(hidden, hidden).squeeze(3)
        scores += F.logsigmoid(linear * torch.sign(offsets).float())
    if parser.args["distance"]:
        predicted = 1 + F.softplus(parser.distance(hidden, hidden).squeeze(3))
        scores += -torch.log((offsets.abs().float() - predicted) ** 2 / 2 + 1)
    diagonal = torch.eye(word.size(1), dtype=torch.bool, device=word.device).unsqueeze(0)
    scores.masked_fill_(diagonal, -float("inf"))
    return F.log_softmax(scores, 2).cpu().numpy()


def arc_labels(parser: depparse_model.GraphParser, lstm_outputs: torch.Tensor,
               arcs: list[tuple[int, int, int]]) -> list[int]:
    """The best relation (vocabulary id) of each arc ``(sentence, dependent, head)``.

    The bilinear product is taken once per head, not once per arc: a head with three
    dependents costs as much as one, and in news text the heads are 40% of the words."""
    scorer = parser.deprel
    hidden = parser.drop(lstm_outputs)
    sentences, dependents, heads = torch.tensor(arcs, device=lstm_outputs.device).T
    left = scorer.hidden_func(scorer.W1(hidden[sentences, dependents]))
    left = torch.cat([left, left.new_ones(len(arcs), 1)], 1)
    head_keys, head_of_arc = torch.unique(sentences * hidden.size(1) + heads, return_inverse=True)
    right = scorer.hidden_func(scorer.W2(hidden.flatten(0, 1)[head_keys]))
    right = torch.cat([right, right.new_ones(len(head_keys), 1)], 1)
    bilinear = scorer.scorer.W_bilin
    per_head = torch.einsum("HJ,IJO->HIO", right, bilinear.weight)
    scores = torch.einsum("AI,AIO->AO", left, per_head[head_of_arc]) + bilinear.bias
    return (scores.argmax(1) + VOCAB_PREFIX_SIZE).tolist()


def predict(self: depparse_model.GraphParser, word: torch.Tensor, word_mask: torch.Tensor,
            wordchars: torch.Tensor, wordchars_mask: torch.Tensor, upos: torch.Tensor,
            xpos: torch.Tensor, ufeats: torch.Tensor, pretrained: torch.Tensor,
            lemma: torch.Tensor, head: torch.Tensor, deprel: torch.Tensor,
            word_orig_idx: Any, sentlens: list[int], wordlens: Any, text: Any,
            resolve_head_constraints: bool = False) -> list[list[list[Any]]]:
    """``GraphParser.predict`` with the relations scored on the decoded arcs alone."""
    arguments = (word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained,
                 lemma, head, deprel, word_orig_idx, sentlens, wordlens, text)
    if resolve_head_constraints or self.args.get("use_arc_embedding"):
        return STANZA_PREDICT(self, *arguments, resolve_head_constraints=resolve_head_constraints)
    lstm_outputs = self.embed(*arguments)
    log_probs = arc_log_probs(self, lstm_outputs, word)
    trees = [depparse_model.chuliu_edmonds_one_root(log_probs[i][:length, :length])
             for i, length in enumerate(sentlens)]
    arcs = [(i, dependent, int(tree[dependent]))
            for i, tree in enumerate(trees) for dependent in range(1, len(tree))]
    labels = iter(self.vocab["deprel"].unmap(arc_labels(self, lstm_outputs, arcs)))
    return [[[int(tree[dependent]), next(labels)] for dependent in range(1, len(tree))]
            for tree in trees]


def install() -> None:
    """Makes Stanza's graph parser label the decoded arcs alone."""
    depparse_model.GraphParser.predict = predict
