"""The guillemet augmentations of the tokenizer's training data, on Sequoia's own sentences.

The trained tokenizer's behaviour is tested in test_models.py; these check the data that
teaches it: quote marks changed, nothing else, and the text still matching its tokens.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest
from stanza.utils.datasets.common import read_sentences_from_conllu

from service.training.augment import (
    NO_BREAK_SPACES,
    no_break_guillemets,
    quoted_sentence,
    requote,
)
from service.training.conllu import (
    Sentence,
    columns,
    sentence_text,
    surface_tokens,
    word_lines,
)
from service.training.paths import treebank_file


@pytest.fixture(scope="module")
def sequoia_train() -> list[Sentence]:
    return read_sentences_from_conllu(str(treebank_file("Sequoia", "train")))


def text_comment(sentence: Sentence) -> str:
    return next(line for line in sentence if line.startswith("# text = "))[len("# text = "):]


def forms(sentence: Sentence) -> list[str]:
    return [columns(sentence[i])[1] for i in surface_tokens(sentence)]


def test_requote_changes_only_the_straight_quote_pairs(sequoia_train):
    rng = random.Random(7)
    quoted = [s for s in sequoia_train if forms(s).count('"') >= 2 and forms(s).count('"') % 2 == 0]
    assert len(quoted) > 50
    styles: Counter[str] = Counter()
    for sentence in quoted:
        result = requote(sentence, rng)
        assert result is not None
        new_forms = forms(result)
        assert '"' not in new_forms
        marks = [f for f in new_forms if f in ("«", "»", "“", "”")]
        assert len(marks) == forms(sentence).count('"')
        assert set(marks[0::2]) <= {"«", "“"} and set(marks[1::2]) <= {"»", "”"}
        assert text_comment(result) == sentence_text(result)
        # Words, tags and tree unchanged except the quote marks' forms and lemmas.
        old_words, new_words = word_lines(sentence), word_lines(result)
        assert [columns(w)[3:9] for w in old_words] == [columns(w)[3:9] for w in new_words]
        text = text_comment(result)
        styles["« spaced »" if "« " in text else "«tight»" if "«" in text else "“curly”"] += 1
    assert set(styles) == {"« spaced »", "«tight»", "“curly”"}


def test_requote_leaves_unpaired_quotes_alone(sequoia_train):
    odd = [s for s in sequoia_train if forms(s).count('"') % 2 == 1]
    plain = [s for s in sequoia_train if '"' not in forms(s)][:50]
    assert all(requote(s, random.Random(1)) is None for s in odd + plain)


def test_no_break_guillemets_changes_only_spaces_inside_guillemets():
    text = "Il a dit : « Nous ne céderons pas », puis « rien » et « encore »."
    seen: set[str] = set()
    for seed in range(40):
        result = no_break_guillemets(text, random.Random(seed))
        assert len(result) == len(text)
        for position, (before, after) in enumerate(zip(text, result, strict=True)):
            if before != after:
                assert before == " " and after in NO_BREAK_SPACES
                assert text[position - 1] == "«" or text[position + 1] == "»"
                seen.add(after)
    assert seen == set(NO_BREAK_SPACES)


def test_quoted_sentence_keeps_the_final_stop_inside_the_guillemets(sequoia_train):
    rng = random.Random(3)
    candidates = [s for s in sequoia_train[:400] if forms(s)[-1] in (".", "!", "?")]
    results = [r for r in (quoted_sentence(s, rng) for s in candidates) if r is not None]
    assert len(results) > 100
    after_colon = 0
    for result in results:
        text = text_comment(result)
        assert text == sentence_text(result)
        assert text.endswith(("» ", "»")) and text.rstrip(" »\u00a0")[-1] in ".!?"
        assert forms(result).count("«") == forms(result).count("»") == 1
        after_colon += not text.startswith("«")
        words = word_lines(result)
        heads = [int(columns(w)[6]) for w in words]
        assert heads.count(0) == 1 and all(0 <= h <= len(words) for h in heads)
    assert 0 < after_colon < len(results)
