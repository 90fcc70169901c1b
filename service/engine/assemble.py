"""Builds the Quote list: runs the parts in order and turns attributions into quotes.

text (accents composed) -> quote-mark spans -> parse -> cue and speaker attribution ->
resolution -> quotes (offsets of the input).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Any

from .attribution import Attribution
from .boundaries import CLOSE_MARKS, OPEN_MARKS, Quotes, trim
from .composed import composed_view, to_original
from .confidence import confidence
from .continuation import add_continuations, merge_paragraph_chains
from .cues import NAMING, verb_attributions
from .epithets import demonym
from .lexicon import DOCUMENTS, ORGANIZATION_NOUNS, PERSON_NOUNS, TITLES
from .paragraphs import Paragraph, split_paragraphs
from .parse import Sentence, parse
from .quotemarks import INNER_SPACE, QuoteSpan, scan_quotes
from .resolution import WRITTEN_CHANNEL, Registry, Resolved, resolve
from .selon import colon_attributions, selon_attributions
from .speakers import Mention, describe, may_speak, role_lemma
from .types import Extraction, Quote, Span
from .verbs import compared_subject


def _attributions(text: str, quotes: Quotes, sentences: list[Sentence],
                  paragraphs: dict[int, Paragraph]) -> list[Attribution]:
    found: list[Attribution] = []
    floor_in: dict[int, int] = {}
    for sentence in sentences:
        floor = floor_in.get(sentence.paragraph, paragraphs[sentence.paragraph].start)
        verbs = verb_attributions(text, quotes, sentence, floor,
                                  paragraphs[sentence.paragraph].end)
        found += verbs
        if verbs:
            last = max(verbs, key=lambda a: a.cue.end if a.cue else 0)
            floor_in[sentence.paragraph] = max(floor, _after_cue(last))
        found += selon_attributions(text, quotes, sentence,
                                    paragraphs[sentence.paragraph].start,
                                    paragraphs[sentence.paragraph].end)
        found += colon_attributions(text, quotes, sentence)
    return found


def _after_cue(a: Attribution) -> int:
    end = a.cue.end if a.cue else a.end
    if a.speaker is not None:
        end = max(end, a.sentence.words[a.speaker].end)
    return end


def _dedupe(text: str, found: list[Attribution], spans: list[QuoteSpan]) -> list[Attribution]:
    """Trim contents (a whole quotation keeps its inner punctuation); drop repeats, reports
    within reports, and selon items whose clause has its own reporting verb, unless that
    verb's subject is a document (« Selon elle, l'arrêt rappelle que… »)."""
    whole = {trim(text, q.start, q.end): (q.start, q.end) for q in spans}
    kept: list[Attribution] = []
    for a in found:
        a.start, a.end = trim(text, a.start, a.end)
        a.start, a.end = whole.get((a.start, a.end), (a.start, a.end))
        a.end = _final_stop(text, spans, a.start, a.end)
    found = [a for a in found if not _document_within_selon(a, found)]
    for a in sorted(found, key=lambda a: a.kind == "selon"):
        if a.start >= a.end or _nested(a, found):
            continue
        clash = any(
            (b.start, b.end) == (a.start, a.end)
            or (a.kind == "selon" and b.start < a.end and a.start < b.end)
            for b in kept
        )
        if not clash:
            kept.append(a)
    return sorted(kept, key=lambda a: (a.start, a.end))


def _document_within_selon(a: Attribution, found: list[Attribution]) -> bool:
    """A report whose source is a document, inside what a selon item reports, or a
    thing, inside what a selon item opening the sentence reports (« Selon elle, la
    sélection témoigne d'un « retour du réel » »)."""
    if a.kind == "selon" or a.speaker is None:
        return False
    source = a.sentence.words[a.speaker]
    within = [b for b in found if b.kind == "selon" and b.sentence is a.sentence
              and b.start <= a.start and a.end <= b.end]
    if source.lemma.lower() in DOCUMENTS:
        return bool(within)
    return not may_speak(source) and any(b.cue.start < a.start for b in within)


def _written(text: str, sentences: list[Sentence], sentence: Sentence) -> bool:
    """Whether the sentence, or the one before it in its paragraph, names a written
    channel (« a indiqué dans un communiqué que… Il a rappelé que… »)."""
    before = sentences[sentence.index - 1] if sentence.index > 0 else None
    start = before.start if before and before.paragraph == sentence.paragraph \
        else sentence.start
    return WRITTEN_CHANNEL.search(text, start, sentence.end) is not None


#: Words of a speaker speaking of themselves (« je », « mon »).
_FIRST_PERSON = re.compile(r"(?i)\b(?:je|j['’]|me|m['’]|moi|mon|ma|mes)(?!\w)")
#: A third person spoken of (« Il souffre », « Son état »), not an impersonal « il »
#: (« il faut », « il y a »).
_THIRD_PERSON = re.compile(r"(?i)\b(?:elle|son|sa|ses|il(?!\s+(?:ne\s+|n['’]\s*)?(?:faut|faudra|"
                           r"faudrait|fallait|fallu|y|s['’]agit|est\s+temps|reste|semble|"
                           r"paraît)\b))\b")


def _speaks_of_another(said: str) -> bool:
    """Whether a quotation speaks of a third person and never of its speaker (« Son état
    n'inspire pas d'inquiétude », « Il souffre d'une fracture »)."""
    return _FIRST_PERSON.search(said) is None and _THIRD_PERSON.search(said) is not None


def _final_stop(text: str, spans: list[QuoteSpan], start: int, end: int) -> int:
    """A stop written inside the closing mark belongs to the quotation (« B. »,
    "B."), whatever the mark: content ending there keeps it."""
    for q in spans:
        if q.start <= start < end < q.end and set(text[end : q.end]) <= _STOPS:
            return q.end
    return end


_STOPS = frozenset(".!?…")


def _nested(a: Attribution, found: list[Attribution]) -> bool:
    """A cue inside the content of another item reports within the report: not an item.
    An incise that splits a quotation wins over any item spanning the whole quotation."""
    if any(b.splits_quote and b.cue and a.start <= b.cue.start < a.end for b in found):
        return not a.splits_quote
    return a.cue is not None and not a.splits_quote and any(
        b is not a and b.kind != "selon" and b.start <= a.cue.start and a.cue.end <= b.end
        for b in found)


def _sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence holding ``offset`` (content may lie in a sentence after its cue's)."""
    starts = [s.start for s in sentences]
    k = bisect.bisect_right(starts, offset) - 1
    return sentences[k] if k >= 0 else None


def _fragments(text: str, spans: list[QuoteSpan], start: int, end: int) -> list[Span]:
    """Quoted fragments of the content; a nickname or title after « surnommé »,
    « intitulé »... is a name, not quoted words."""
    out = []
    for q in spans:
        s, e = max(q.start, start), min(q.end, end)
        if s < e and not _named_by(text, q.open):
            out.append(Span(text[s:e], s, e))
    return out


def _named_by(text: str, mark: int) -> bool:
    words = text[max(0, mark - 30) : mark].split()
    return bool(words) and words[-1].lower() in NAMING


def _one_quotation(text: str, fragments: list[Span], start: int, end: int) -> bool:
    """The content is exactly one quotation, reopened at each paragraph when it runs
    over several: nothing but marks and spaces between its fragments."""
    if not fragments or (fragments[0].start, fragments[-1].end) != (start, end):
        return False
    return all(not text[x.end : y.start].strip(_MARKS_AND_SPACE)
               for x, y in zip(fragments, fragments[1:], strict=False))


_MARKS_AND_SPACE = OPEN_MARKS + CLOSE_MARKS + INNER_SPACE + "\n\r"


def _title_like(text: str, a: Attribution, spans: list[QuoteSpan],
                sentences: list[Sentence]) -> bool:
    """Content whose quotations are nothing but short names or titles (« Game of
    Thrones », « Le Petit Prince ») woven into narration: no reported statement."""
    if a.kind in ("incise", "continuation"):
        return False
    inner = [q for q in spans if a.start <= q.start and q.end <= a.end + 1]
    if not inner:
        return False
    return all(_is_title(text, q, sentences) for q in inner)


def _is_title(text: str, q: QuoteSpan, sentences: list[Sentence]) -> bool:
    home = _sentence_at(sentences, q.start)
    words = [w for w in home.words if q.start <= w.start < q.end] if home else []
    has_verb = any(w.upos in ("VERB", "AUX") for w in words)
    named = text[q.start].isupper()  # titles and names are capitalized, terms are not
    said = text[q.start : q.end].rstrip(_MARKS_AND_SPACE)[-1:] in _STOPS  # « Jamais. »
    return named and not has_verb and not said and len(text[q.start : q.end].split()) <= 4


def build(text: str, pipeline: Any) -> Extraction:
    """Quotes of ``text``, parsed with ``pipeline``. Text with decomposed accents is read
    in its composed form and its offsets mapped back."""
    view = composed_view(text)
    if view is not None:
        return to_original(view, _build_composed(view.text, pipeline))
    return _build_composed(text, pipeline)


def _build_composed(text: str, pipeline: Any) -> Extraction:
    all_paragraphs = split_paragraphs(text)
    spans = scan_quotes(text, all_paragraphs)
    sentences = parse(text, all_paragraphs, pipeline)
    return attribute(text, all_paragraphs, spans, sentences)


def attribute(text: str, paragraphs: list[Paragraph], spans: list[QuoteSpan],
              sentences: list[Sentence]) -> Extraction:
    """Quotes from parsed sentences: attribution, resolution, typing, confidence."""
    by_index = {p.index: p for p in paragraphs}
    quotes = Quotes(text, spans, {p.index: p.end for p in paragraphs})
    found = _dedupe(text, _attributions(text, quotes, sentences, by_index), spans)
    add_continuations(text, spans, found, by_index, sentences)
    found = merge_paragraph_chains(spans, found)
    found = [a for a in found if not _title_like(text, a, spans, sentences)]

    mentions: dict[int, Mention] = {}
    for n, a in enumerate(found):
        if a.speaker is not None:
            mention = describe(text, a.sentence, a.speaker, a.speaker_words)
            if mention.pronoun and _written(text, sentences, a.sentence):
                mention = replace(mention, written=True)
            if a.direct_capable and _speaks_of_another(text[a.start : a.end]):
                mention = replace(mention, quotes_another=True)
            if mention.pronoun != "on":  # « on raconte que »: nobody in particular
                mentions[n] = mention
    named = _name_mentions(text, sentences, quotes)
    registry = Registry(list(mentions.values()) + [m for m, _ in named], text)
    reported = [(a.start, a.end) for a in found]
    # a subject within reported content is no antecedent for the reporter's pronouns
    narrated = [(m, is_subject and not any(lo <= m.span.start < hi for lo, hi in reported))
                for m, is_subject in named]
    speakers = _resolve_in_order(mentions, narrated, registry)
    out: list[Quote] = []
    for n, a in enumerate(found):
        r = speakers.get(n)
        home = _sentence_at(sentences, a.start) or a.sentence
        fragments = _fragments(text, spans, a.start, a.end)
        whole = _one_quotation(text, fragments, a.start, a.end)
        kind = ("direct" if whole and a.direct_capable else "mixed" if fragments else "indirect")
        out.append(Quote(
            type=kind,
            text=text[a.start : a.end],
            start=a.start,
            end=a.end,
            speaker=r.speaker if r else None,
            cue=a.cue,
            fragments=[] if kind == "direct" else fragments,
            confidence=confidence(a.kind, r.method if r else None, bool(fragments)),
            sentence=home.index,
            paragraph=home.paragraph,
        ))
    return Extraction(quotes=out, sentences=len(sentences))


#: Stream keys of narration mentions, below every item number.
_SUBJECT, _OTHER = -1, -2


def _resolve_in_order(mentions: dict[int, Mention], narrated: list[tuple[Mention, bool]],
                      registry: Registry) -> dict[int, Resolved]:
    """Resolves the speaker mentions of the items in text order. Persons in subject
    position of the narration are antecedents too (« Le maire X a pris la parole.
    "...", a-t-il dit », « Le ministre s'est rendu sur place. Il a promis... »); other
    persons of the narration only where a pronoun finds no subject (« X a félicité la
    championne Marie Dubois. "...", a-t-elle déclaré ») or points at the last one named
    (« ce dernier »)."""
    taken = {m.span.start for m in mentions.values()}
    stream = sorted([(m.span.start, n, m) for n, m in mentions.items()]
                    + [(m.span.start, _SUBJECT if is_subject else _OTHER, m)
                       for m, is_subject in narrated if m.span.start not in taken],
                    key=lambda e: (e[0], e[1]))
    earlier: list[Resolved] = []
    others: list[Resolved] = []
    results: dict[int, Resolved] = {}
    for _, n, m in stream:
        r = resolve(m, registry, earlier, others)
        if n >= 0:
            results[n] = r
            earlier.append(r)
        elif r.speaker.kind in ("person", "organization"):
            (earlier if n == _SUBJECT else others).append(r)
    return results


def _name_mentions(text: str, sentences: list[Sentence],
                   quotes: Quotes) -> list[tuple[Mention, bool]]:
    """Every name and person-role phrase of the narration, for names and role-name ties,
    each with whether it is a subject."""
    out = []
    for s in sentences:
        for i, w in enumerate(s.words):
            if quotes.inside(w.start) is not None:
                continue
            if w.upos == "PROPN" and (w.rel not in ("flat", "nmod", "appos")
                                      or w.rel == "appos" and _misplaced_name(s, i)) or (
                    w.upos in ("NOUN", "ADJ") and role_lemma(w) in PERSON_NOUNS) or (
                    w.text in TITLES and w.rel == "nsubj") or (  # « M. X » headed by « M. »
                    (w.rel == "nsubj" or w.deprel == "obl:agent")
                    and w.lemma.lower() in ORGANIZATION_NOUNS) or (
                    w.rel.startswith("nsubj") and _apposed_proper_noun(s, i)):
                subject = w.rel == "nsubj" and not compared_subject(s.words, i) \
                    or _opening_role(s, i)
                out.append((describe(text, s, i), subject or _acting_body(s, i)))
            elif w.rel == "nsubj" and w.upos == "NOUN" and w.text[:1].isupper():
                m = describe(text, s, i)  # « La Lyonnaise de 24 ans n'avait jamais… »
                if demonym(m) is not None:
                    out.append((m, True))
    return out


def _opening_role(sentence: Sentence, i: int) -> bool:
    """« Auteur du point décisif, Lucas Perrier, 24 ans, avait les larmes aux yeux »: a
    role opening the sentence, read by the parser as an adverbial with the name in
    apposition, before a verb left with no subject: the one the sentence is about."""
    words = sentence.words
    head = words[i].head
    return i == 0 and words[i].rel == "advcl" and head >= 0 \
        and any(words[c].rel == "appos" and words[c].upos == "PROPN" for c in words[i].children) \
        and not any(words[c].rel in ("nsubj", "expl") for c in words[head].children)


def _misplaced_name(sentence: Sentence, i: int) -> bool:
    """« …dès l'annonce du résultat, Monique Lefèvre, retraitée, ne cachait pas sa
    fierté »: a name the parser sets in apposition to a thing, which it cannot name,
    right before the main verb (past its own apposition)."""
    words = sentence.words
    head = words[i].head
    root = next((k for k, w in enumerate(words) if w.head < 0), -1)
    end = sentence.subtree(i)[-1]
    return head >= 0 and words[head].upos == "NOUN" and not may_speak(words[head]) \
        and end < root and all(w.upos in ("PUNCT", "ADV") for w in words[end + 1 : root])


def _acting_body(sentence: Sentence, i: int) -> bool:
    """A body agent of a participle in a sentence with no finite verb (« Des annonces
    accueillies avec scepticisme par le syndicat des éleveurs (SEPL). »), which acts as its
    subject; not of a passive verb (« Ses chiffres ont été contestés par le gouvernement »),
    whose subject the sentence is about."""
    words = sentence.words
    return words[i].deprel == "obl:agent" and words[i].lemma.lower() in ORGANIZATION_NOUNS \
        and not any(w.feats.get("VerbForm") == "Fin" for w in words)


def _apposed_proper_noun(sentence: Sentence, i: int) -> bool:
    """« Le critique Antoine Lesage a annoncé », « Le grimpeur français Lucas Perrin a
    été contrôlé »: a subject noun the lexicon does not know for a person (« critique » is
    also a criticism), named by the proper noun right after it or its adjective."""
    words = sentence.words
    return words[i].upos == "NOUN" and any(
        words[c].upos == "PROPN" and words[c].rel == "appos"
        and all(words[k].upos == "ADJ" for k in range(i + 1, c))
        for c in words[i].children if c > i)
