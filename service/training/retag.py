"""Replaces the gold UPOS and features of a CoNLL-U file by the trained tagger's.

The parser is fine-tuned on these files, so that at training time it sees tags with the
mistakes the tagger makes at run time. Words, lemmas and arcs stay gold.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import stanza
from stanza.utils.conll import CoNLL


def retag(source: Path, target: Path, pos_model: Path, pretrain: Path) -> None:
    """Writes ``source`` to ``target`` with UPOS and FEATS predicted by ``pos_model``."""
    with tempfile.TemporaryDirectory() as resources:
        # Stanza wants a resources.json even when every model path is given.
        (Path(resources) / "resources.json").write_text("{}\n", encoding="utf-8")
        tagger = stanza.Pipeline(
            lang="fr", processors="tokenize,pos", tokenize_pretokenized=True,
            pos_model_path=str(pos_model), pos_pretrain_path=str(pretrain),
            dir=resources, download_method=None, allow_unknown_language=True,
            logging_level="WARN",
        )
    gold = CoNLL.conll2doc(str(source))
    words = [[word.text for word in sentence.words] for sentence in gold.sentences]
    tagged = tagger(words)
    if len(tagged.sentences) != len(gold.sentences):
        raise RuntimeError(f"tagger changed the sentence count of {source}")
    for gold_sentence, tagged_sentence in zip(gold.sentences, tagged.sentences, strict=True):
        for gold_word, tagged_word in zip(gold_sentence.words, tagged_sentence.words, strict=True):
            gold_word.upos = tagged_word.upos
            gold_word.feats = tagged_word.feats
    CoNLL.write_doc2conll(gold, str(target))
