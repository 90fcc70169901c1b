"""The scorer follows seeds/gold/README.md: matching, name and cue rules."""

from __future__ import annotations

from service.engine.types import Cue, Quote, Speaker
from service.evaluation import Gold, cue_right, match, normalize_name, speaker_right


def quote(start: int, end: int, speaker: str | None = None, lemma: str = "dire") -> Quote:
    return Quote("direct", "x" * (end - start), start, end,
                 Speaker(speaker, None) if speaker else None, Cue("dit", lemma, 100, 103))


def gold(start: int, end: int, name: str = "Mike Pompeo", aliases=()) -> Gold:
    return Gold("direct", start, end, "", {"name": name, "aliases": list(aliases)},
                {"start": 200, "end": 207, "text": "affirmé", "lemma": "affirmer"}, False)


def test_pairs_need_half_of_the_longer_span():
    assert len(match([quote(0, 10)], [gold(5, 15)])) == 1
    assert match([quote(0, 10)], [gold(6, 20)]) == []


def test_greedy_matching_is_one_to_one_by_largest_overlap():
    preds, golds = [quote(0, 10), quote(0, 9)], [gold(0, 10)]
    assert match(preds, golds) == [(preds[0], golds[0])]


def test_names_fold_case_accents_and_titles():
    assert normalize_name("M. Édouard Philippe") == ["edouard", "philippe"]
    assert speaker_right(quote(0, 5, "Pompeo"), gold(0, 5))
    alias = gold(0, 5, aliases=["le secrétaire d'Etat"])
    assert speaker_right(quote(0, 5, "le Secrétaire d'État"), alias)
    assert not speaker_right(quote(0, 5, "Donald Trump"), gold(0, 5))
    assert not speaker_right(quote(0, 5, None), gold(0, 5))


def test_cue_by_lemma_or_overlapping_span():
    g = gold(0, 5)
    assert cue_right(quote(0, 5, lemma="affirmer"), g)
    assert not cue_right(quote(0, 5, lemma="dire"), g)
    q = quote(0, 5, lemma="dire")
    q.cue = Cue("a affirmé", "dire", 198, 207)
    assert cue_right(q, g)
