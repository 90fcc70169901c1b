"""Reporting structures: a cue (reporting verb or ``selon``), the content it introduces
and the word that heads its speaker mention.

Each rule combines the dependency parse with surface checks so that a single parse
error does not lose the quote: incises (``«A», a-t-il ajouté``), que-clauses,
infinitives and adjectives (``a nié être``, ``s'est dit prêt``), a quotation after the
verb (``a déclaré : «A»``), a quoted object, and ``selon`` / ``d'après`` / ``pour``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import PERSON_NOUNS, TITLES, reporting_lemma, word_set
from .parse import Sentence, Word
from .quotemarks import INNER_SPACE, QuoteSpan
from .speakers import clitic_pronoun, source_of
from .types import Cue

OPEN_MARKS = "«“„‹\"”"
CLOSE_MARKS = "»”“›\""
#: Verbs of saying that take a bare infinitive (``a indiqué dans un tweet s'être...``).
BARE_INFINITIVE = frozenset(
    {"affirmer", "déclarer", "dire", "indiquer", "nier", "assurer", "estimer", "reconnaître",
     "annoncer", "admettre", "avouer", "démentir", "prétendre", "raconter", "expliquer",
     "jurer", "confier", "préciser"}
)
#: Verbs that also name (« on l'appelait "le roi" »): reporting only with « à ».
CALL_VERBS = frozenset({"appeler"})
#: Verbs whose object is part of what is reported (``accuser X d'être...``).
OBJECT_IN_CONTENT = frozenset({"accuser", "soupçonner", "qualifier"})
_TIME_WORDS = word_set(
    "lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi hier demain "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "dernier dernière aujourd'hui"
)
_INFINITIVE_MARKS = frozenset({"de", "d'", "à"})
_SENTENCE_END = re.compile(r"[.!?…]+[\s\"»”]*\s")
#: Words whose period ends an abbreviation, not a sentence (``M. Dupont``).
_ABBREVIATIONS = frozenset({"M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "St",
                            "Ste", "av", "cf", "etc", "p"})


def _abbreviation(text: str, period: int) -> bool:
    k = period
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:period]
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())  # J. Doe


def sentence_ends(text: str, quotes: Quotes, start: int, end: int) -> Iterator[re.Match[str]]:
    """Sentence ends in ``text[start:end]`` outside quotations and abbreviations."""
    for m in _SENTENCE_END.finditer(text, start, end):
        if quotes.inside(m.start()) is None and not (
                text[m.start()] == "." and _abbreviation(text, m.start())):
            yield m


_TRAIL = set(INNER_SPACE + "\n\r,;:.–—-" + CLOSE_MARKS)
_LEAD = set(INNER_SPACE + "\n\r,;:–—-" + OPEN_MARKS)


@dataclass
class Attribution:
    """One reported statement before its speaker is resolved."""

    kind: str  # incise, colon, que, infinitive, adjective, object, selon, continuation
    start: int
    end: int
    cue: Cue | None
    sentence: Sentence
    speaker: int | None  # head word of the speaker mention in ``sentence``
    direct_capable: bool = False  # may be a direct quote if the content is all quoted
    speaker_words: list[int] | None = None  # the mention's words, when read on the surface


class Quotes:
    """Quote spans of a document with the lookups the rules need."""

    def __init__(self, text: str, spans: list[QuoteSpan], paragraph_ends: dict[int, int]):
        self.text = text
        self.spans = spans
        self.regions = [
            (s.open, s.close if s.close is not None else paragraph_ends[s.paragraph])
            for s in spans
        ]

    def inside(self, offset: int) -> int | None:
        """Index of the quote whose marks enclose ``offset``."""
        for k, (lo, hi) in enumerate(self.regions):
            if lo < offset < hi:
                return k
        return None

    def ending_at(self, offset: int) -> int | None:
        """Index of the quote whose closing mark is the last non-space before ``offset``."""
        while offset > 0 and self.text[offset - 1] in INNER_SPACE:
            offset -= 1
        for k, (_, hi) in enumerate(self.regions):
            if hi == offset - 1:
                return k
        return None

    def starting_at(self, offset: int) -> int | None:
        for k, (lo, _) in enumerate(self.regions):
            if lo == offset:
                return k
        return None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Content bounds without surrounding spaces, punctuation and quote marks."""
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


_AVOIR = word_set("a ai as avons avez ont avait avais avions aviez avaient aura auront aurait "
                   "auraient eut eurent avoir ayant a-t")
_ETRE = word_set("est sont était étaient sera seront serait seraient fut furent été être "
                  "étant suis es sommes êtes")
_BETWEEN = word_set("ne n' pas plus jamais par ailleurs encore déjà aussi également bien "
                     "ainsi alors lui-même elle-même même quant à lui elle eux")


@dataclass(frozen=True)
class VerbGroup:
    """The verb as written with its auxiliaries and clitics (``a-t-il ajouté``), found on
    the surface because the parser often mis-attaches them."""

    start: int  # first word of the group
    end: int  # last word of the group
    clitic: int | None  # inverted subject clitic (-t-il, -elle)
    passive: bool


def verb_group(sentence: Sentence, verb: int) -> VerbGroup:
    words = sentence.words
    first, clitic, aux_etre, aux_avoir, reflexive = verb, None, False, False, False
    j = verb - 1
    while j >= 0 and verb - j <= 7:
        w = words[j]
        low = w.text.lower()
        if low in _AVOIR or low in _ETRE:
            aux_etre |= low in _ETRE
            aux_avoir |= low in _AVOIR
            first = j
        elif is_inverted_clitic(w):
            clitic, first = j, j
            aux_etre |= w.text.lower().startswith("est-")
        elif low in ("se", "s'", "s’"):
            reflexive, first = True, j
        elif aux_etre or aux_avoir:
            break  # left of the auxiliary: the subject or an object clitic
        elif not (w.upos == "ADV" or low in _BETWEEN or w.text in OPEN_MARKS):
            aux = _auxiliary_before(words, j)
            if aux is None:
                break
            j = aux  # « a de son côté nié »: a short phrase between auxiliary and verb
            continue
        j -= 1
    last = verb
    if verb + 1 < len(words) and is_inverted_clitic(words[verb + 1]):
        clitic = last = verb + 1
    elif _GLUED_CLITIC.match(words[verb].text):
        clitic = verb
    passive = aux_etre and not reflexive and words[verb].feats.get("VerbForm") == "Part"
    return VerbGroup(first, last, clitic, passive)


def _auxiliary_before(words: list[Word], j: int) -> int | None:
    """An auxiliary at most four words left of ``j`` with only a short phrase between."""
    for k in range(j - 1, max(j - 5, -1), -1):
        low = words[k].text.lower()
        if low in _AVOIR or low in _ETRE:
            return k
        if words[k].upos in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"):
            return None
    return None


def is_inverted_clitic(word: Word) -> bool:
    """``-t-il``, ``-elle``, also glued to its auxiliary (``a-t-il``)."""
    return "-" in word.text and clitic_pronoun(word) is not None


def _cue(text: str, sentence: Sentence, group: VerbGroup, lemma: str) -> Cue:
    start = sentence.words[group.start].start
    end = sentence.words[group.end].end
    return Cue(text[start:end], lemma, start, end)


def _subject(sentence: Sentence, verb: int, seen: frozenset[int] = frozenset()) -> int | None:
    """Head of the speaker: an inverted clitic (-t-il), the subject, the agent of a
    passive, the antecedent of a relative ``qui``, or the subject of the governing verb."""
    words = sentence.words
    v = words[verb]
    group = verb_group(sentence, verb)
    if group.clitic is not None:
        return group.clitic
    if group.start == verb and v.rel == "acl":  # « accusée par X de... »: the agent
        for c in v.children:
            if words[c].deprel == "obl:agent":
                return c
    for c in v.children:
        w = words[c]
        if w.rel == "nsubj" or w.deprel == "obl:agent":
            if w.feats.get("PronType") == "Rel" and v.head >= 0:
                return v.head
            return c
    j = group.start - 1
    if j >= 0 and words[j].text.lower() in ("il", "elle", "ils", "elles"):
        return j  # a clitic subject the parser attached elsewhere
    if v.rel == "acl" and v.head >= 0:
        return v.head  # « un responsable ayant déclaré que »
    k = group.start - 1
    if k >= 0 and (_capitalized(words[k]) or words[k].upos in ("NOUN", "PROPN")):
        return k  # a subject right before the verb that the parser attached elsewhere
    if v.rel in ("conj", "advcl", "xcomp") and v.head >= 0 and v.head not in seen:
        return _subject(sentence, v.head, seen | {verb})
    return None


_CUTS = re.compile(
    r",\s*(?:selon|d['’]après|comme|alors que|tandis que|pendant que|au moment où)\b"
    r"|\s(?:et|mais)\s+(?:(?:il|elle|ils|elles)\s+)?(?:a|avait|ont|avaient|est|s['’]est|se sont"
    r"|n['’]a|aurait)\s"
    r"|;",
    re.IGNORECASE,
)


#: A comma opening narration after an infinitive's content (``..., au lendemain de``).
_NARRATION_AFTER_COMMA = re.compile(
    r",\s*(?:à|au|aux|après|avant|lors|dans|en|où|alors|tandis|pendant|depuis|sans|pour|"
    r"afin|puis|mais|et|selon|comme|face|malgré|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|qui|dont|ce|cette|ces|le|la|les|l['’]|un|une|des|il|elle|ils|elles)\b",
    re.IGNORECASE,
)


def _content_end(text: str, quotes: Quotes, start: int, limit: int, at_comma: bool) -> int:
    """Where reported content that begins at ``start`` ends: the end of its sentence, or
    before narration that follows it (``, selon X``, ``et a ajouté``; with ``at_comma``,
    any comma), never inside a quote."""
    end = limit
    first = next(sentence_ends(text, quotes, start, limit), None)
    if first is not None:
        end = first.start()
    for m in _CUTS.finditer(text, start, end):
        if quotes.inside(m.start()) is None:
            end = m.start()
            break
    if at_comma:
        for m in _NARRATION_AFTER_COMMA.finditer(text, start, end):
            if quotes.inside(m.start()) is None:
                return m.start()
    return end


def _span(sentence: Sentence, idx: list[int]) -> tuple[int, int]:
    return sentence.words[idx[0]].start, sentence.words[idx[-1]].end


def _clause_start(text: str, quotes: Quotes, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` begins: after the last sentence end outside
    quotes, never before ``lo``."""
    start = lo
    for m in sentence_ends(text, quotes, lo, at):
        start = m.end()
    return start


def _inverted_subject(sentence: Sentence, group: VerbGroup) -> list[int] | None:
    """The noun phrase right after an incise verb (``a ajouté vendredi le ministre X``),
    read on the surface: the parser rarely attaches it right."""
    words = sentence.words
    run: list[int] = []
    for j in range(group.end + 1, len(words)):
        w = words[j]
        low = w.text.lower()
        if not run and (w.upos in ("ADV", "NUM") or low in _TIME_WORDS):
            continue
        nominal = w.upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "X") or w.text in TITLES
        inner_adverb = run and w.upos == "ADV" and j + 1 < len(words) and words[j + 1].upos in (
            "NOUN", "ADJ", "PROPN")  # « ce même responsable »
        if nominal or inner_adverb or _capitalized(w) or (run and low in ("de", "d'", "du", "des")):
            run.append(j)
        else:
            break
    while run and words[run[-1]].upos not in ("NOUN", "PROPN", "X", "ADJ"):
        run.pop()
    if not any(words[j].upos in ("NOUN", "PROPN", "X") or _capitalized(words[j])
               or words[j].text.lower() in PERSON_NOUNS for j in run):
        return None
    # « la ministre de la Santé, Agnès Buzyn »: a name in apposition
    j = run[-1] + 1
    if j + 1 < len(words) and words[j].text == "," and _capitalized(words[j + 1]):
        name = [j + 1]
        while name[-1] + 1 < len(words) and _capitalized(words[name[-1] + 1]):
            name.append(name[-1] + 1)
        after = words[name[-1] + 1].text if name[-1] + 1 < len(words) else "."
        if after in ",.;!?":
            run += [j, *name]
    return run


def _phrase_head(words: list[Word], run: list[int]) -> int:
    """The word a surface noun phrase is about: its last name that is no complement
    (``Mark Esper``, not ``Défense``), else its role noun, else its first noun."""
    def complement(j: int) -> bool:
        k = j - 1
        while k >= run[0] and (words[k].upos == "DET" or _capitalized(words[k])):
            k -= 1
        return k >= run[0] and words[k].text.lower() in ("de", "d'", "du", "des")

    names = [j for j in run if _capitalized(words[j]) and words[j].text not in TITLES
             and not complement(j)]
    roles = [j for j in run if words[j].lemma.lower() in PERSON_NOUNS]
    nouns = [j for j in run if words[j].upos in ("NOUN", "X")]
    return (names or [None])[-1] or (roles or nouns or run)[0]


def _capitalized(word: Word) -> bool:
    """A capitalized content word: a name, whatever tag the tagger gave it."""
    return word.text[:1].isupper() and word.upos not in ("DET", "ADP", "PUNCT", "PRON", "CCONJ")


def _incise(text: str, quotes: Quotes, sentence: Sentence, verb: int, group: VerbGroup,
            cue: Cue, floor: int) -> tuple[list[tuple[int, int]], int | None, list[int] | None]:
    """Content spans for a verb in incise (the text before it, and a quote right after
    it) with the speaker's head word and words."""
    before = text[floor : cue.start].rstrip(INNER_SPACE)
    if not before or before[-1] not in ",–—" + CLOSE_MARKS:
        return [], None, None
    words = sentence.words
    after_quote = quotes.ending_at(floor + len(before) - 1) is not None
    preposed = [c for c in words[verb].children
                if words[c].rel == "nsubj" and c < group.start and words[c].start >= floor]
    if preposed and not after_quote and group.clitic is None:
        return [], None, None  # « Le ministre, X, a dit que... »: a subject, no incise
    speaker, speaker_words = group.clitic, None
    if speaker is None:
        speaker_words = _inverted_subject(sentence, group)
        if speaker_words is None:
            return [], None, None  # an incise has its subject after the verb
        speaker = _phrase_head(words, speaker_words)
    comma = floor + len(before) - (1 if before[-1] in ",–—" else 0)
    start = _clause_start(text, quotes, floor, comma)
    k = quotes.inside(start) if start > floor else None
    if k is not None:
        start = quotes.regions[k][0]
    k = quotes.ending_at(comma)
    if k is not None and start < quotes.regions[k][0]:
        lead = text[start : quotes.regions[k][0]].rstrip(INNER_SPACE)
        if lead.endswith((",", ":")) and len(lead.split()) <= 4:
            start = quotes.regions[k][0]  # « À terme, "..." »: the quotation only
    spans = [(start, comma)] if start < comma else []
    # «A», a-t-il ajouté, «B»
    tail = re.compile(r"[^,.;:!?«»\"“”]*,[" + INNER_SPACE + r"]*").match(text, cue.end)
    if tail:
        k = quotes.starting_at(tail.end())
        if k is not None and _ends_sentence(text, quotes.regions[k][1] + 1):
            spans.append(quotes.regions[k])
    return spans, speaker, speaker_words


def _ends_sentence(text: str, at: int) -> bool:
    rest = text[at : at + 3].lstrip(INNER_SPACE)
    return not rest or rest[0] in ".!?…\n\r"


_CLITICS = word_set("se s' me m' te t' le la les l' lui leur y en nous vous")
_GLUED_CLITIC = re.compile(r"^(\w+?)-(?:t-)?(?:il|elle|ils|elles|on)$", re.IGNORECASE)
_NEGATION = word_set("ne n' n’ pas plus jamais rien")
_STOPS = frozenset(",;.:!?")


def _is_infinitive(word: Word) -> bool:
    if word.upos not in ("VERB", "AUX") or word.feats.get("VerbForm") == "Fin":
        return False
    return word.feats.get("VerbForm") == "Inf" or word.text.lower().endswith(
        ("er", "ir", "re", "oir"))


def _que_start(sentence: Sentence, verb: int, group: VerbGroup) -> int | None:
    """First word of a que-clause complement of the verb (after ``que``)."""
    words = sentence.words
    for c in words[verb].children:
        if c < verb or words[c].rel not in ("ccomp", "obj", "advcl", "xcomp", "obl", "conj"):
            continue
        first = sentence.subtree(c)[0]
        if words[first].lemma.lower() == "que" and words[first].upos == "SCONJ" \
                and first > group.end and first + 1 < len(words):
            return first + 1
    for j in range(group.end + 1, min(group.end + 15, len(words) - 1)):
        w = words[j]
        if w.text.lower() in ("que", "qu'", "qu’"):
            relative = w.upos == "PRON" and words[j - 1].upos in ("NOUN", "PROPN")
            return None if relative else j + 1
        if w.text in _STOPS or w.upos in ("VERB", "AUX"):
            return None
    return None


def _complement_start(sentence: Sentence, group: VerbGroup,
                      lemma: str) -> tuple[str, int] | None:
    """An infinitive complement (``a nié être``, ``a appelé X à préserver``) or, for dire,
    an adjective (``s'est dit prêt``): its kind and first word."""
    words = sentence.words
    first = group.end + 1
    while first < len(words) and (words[first].upos == "ADV" or words[first].text in OPEN_MARKS
                                  or words[first].text.lower() in _TIME_WORDS):
        first += 1
    if first >= len(words):
        return None
    if lemma == "dire" and words[first].upos in ("ADJ", "VERB") \
            and words[first].feats.get("VerbForm") != "Inf":
        start = group.end + 1  # « s'est dit prêt », « s'est dite "très inquiète" »
        while words[start].text in OPEN_MARKS:
            start += 1
        return "adjective", start
    for j in range(first, min(group.end + 13, len(words))):
        w = words[j]
        if w.text in _STOPS or (w.upos in ("VERB", "AUX") and w.feats.get("VerbForm") == "Fin"):
            return None
        if not _is_infinitive(w):
            continue
        start, k = j, j - 1
        while k > group.end and (words[k].text.lower() in _CLITICS | _NEGATION
                                 or words[k].upos == "ADV" or words[k].text in OPEN_MARKS):
            if words[k].text not in OPEN_MARKS:
                start = k  # « de ne pas céder », « de s'impliquer », « de "tout changer" »
            k -= 1
        marked = k > group.end and words[k].text.lower() in _INFINITIVE_MARKS
        if not marked and k != group.end and start != first and lemma not in BARE_INFINITIVE:
            return None
        return "infinitive", first if lemma in OBJECT_IN_CONTENT else start
    return None


def _woven_quote(quotes: Quotes, sentence: Sentence, group: VerbGroup,
                 lemma: str) -> int | None:
    """``a jugé "absurdes" ces accusations``, ``a dénoncé une "trahison"``: a quotation
    opening within the first words after the verb; the index where the content starts."""
    words = sentence.words
    if lemma in CALL_VERBS and (group.end + 1 >= len(words) or words[group.end + 1].text.lower()
                                not in ("à", "au", "aux")):
        return None  # « qu'on appelait "le roi" »: naming, not reporting
    for j in range(group.end + 1, min(group.end + 4, len(words))):
        w = words[j]
        if w.text in OPEN_MARKS and quotes.starting_at(w.start) is not None:
            return group.end + 1
        if w.upos in ("PUNCT", "VERB", "AUX", "SCONJ"):
            return None
    return None


def _quote_after(text: str, quotes: Quotes, cue: Cue, sentence: Sentence) -> tuple[int, int] | None:
    """``a déclaré : «A»`` or ``a-t-il dit «A»``: a quote opening right after the cue
    (after its subject and complements when a colon follows them)."""
    limit = min(sentence.end + 2, len(text))
    m = re.compile(r"[^.!?«»\"“”:]{0,80}:[" + INNER_SPACE + r"]*").match(text, cue.end, limit)
    at = m.end() if m else cue.end
    if not m:
        while at < limit and text[at] in INNER_SPACE:
            at += 1
    k = quotes.starting_at(at)
    if k is None:
        return None
    lo, hi = quotes.regions[k]
    if not m and (len(text[lo:hi].split()) < 4 or not _ends_sentence(text, hi + 1)):
        return None
    return lo, hi


def verb_attributions(text: str, quotes: Quotes, sentence: Sentence, floor: int,
                      limit: int) -> list[Attribution]:
    """Every reporting verb of ``sentence`` that introduces content; ``floor`` and
    ``limit`` bound the text it may claim (its paragraph, after earlier cues)."""
    out: list[Attribution] = []
    words = sentence.words
    for i, w in enumerate(words):
        glued = _GLUED_CLITIC.match(w.text)  # « raconte-t-elle » as one token
        if not glued and (w.upos not in ("VERB", "AUX", "NOUN", "ADJ") or w.rel in ("aux", "cop")):
            continue
        lemma = reporting_lemma(w.lemma, glued.group(1) if glued else w.text)
        if lemma is None:
            continue
        group = verb_group(sentence, i)
        bare = group.start == i and not glued  # a participle may modify a noun
        if bare and w.upos != "VERB" and (i == 0 or words[i - 1].upos in ("DET", "ADP") or any(
                words[c].upos == "DET" for c in w.children)):
            continue  # a noun, not a verb the tagger missed (« L'Otan demande à... »)
        cue = _cue(text, sentence, group, lemma)
        k = quotes.inside(w.start)
        first_in_quote = k is not None and text[quotes.spans[k].start:w.start].strip() == ""
        if k is not None and not first_in_quote:
            continue
        speaker = _subject(sentence, i)
        if group.passive and speaker is not None and words[speaker].deprel != "obl:agent":
            speaker = None  # « ... », est-il précisé: the il is impersonal
        found, who, who_words = (_incise(text, quotes, sentence, i, group, cue, floor)
                                 if k is None else ([], None, None))
        if found:
            if group.passive and group.clitic is not None:
                who = None  # « ... », est-il précisé: the il is impersonal
            out += [Attribution("incise", s, e, cue, sentence, who, True, who_words)
                    for s, e in found]
            continue
        if group.passive:
            continue
        que = _que_start(sentence, i, group)
        comp = _complement_start(sentence, group, lemma)
        if comp and (que is None or comp[1] < que):
            s = words[comp[1]].start
            e = _content_end(text, quotes, s, limit, at_comma=comp[0] == "infinitive")
            out.append(Attribution(comp[0], s, e, cue, sentence, speaker))
            continue
        if que is not None:
            s = words[que].start
            e = _content_end(text, quotes, s, limit, at_comma=False)
            out.append(Attribution("que", s, e, cue, sentence, speaker))
            continue
        if bare and w.upos != "VERB":
            continue
        after = _quote_after(text, quotes, cue, sentence) if k is None else None
        if after:
            out.append(Attribution("colon", after[0], after[1], cue, sentence, speaker, True))
            continue
        if bare and w.rel in ("acl", "amod"):
            continue  # « un éditorial intitulé "..." »: a participle naming, not reporting
        if first_in_quote:  # il a "salué l'engagement...": the verb opens the quotation
            s = quotes.regions[k][0]
            e = _content_end(text, quotes, w.start, limit, at_comma=False)
            out.append(Attribution("object", s, e, cue, sentence, speaker))
            continue
        woven = _woven_quote(quotes, sentence, group, lemma)
        if woven is not None:
            s = words[woven].start
            e = _content_end(text, quotes, s, limit, at_comma=True)
            out.append(Attribution("object", s, e, cue, sentence, speaker))
    return out


def _is_selon(words: list[Word], i: int) -> bool:
    w = words[i].text.lower()
    return w == "selon" or (w == "après" and i > 0 and words[i - 1].text.lower() == "d'")


def selon_attributions(text: str, quotes: Quotes, sentence: Sentence, floor: int,
                       limit: int) -> list[Attribution]:
    """``selon X`` / ``d'après X``: X is the source of the clause the phrase opens, ends
    or interrupts; ``Pour X, ...`` opening a sentence likewise."""
    out = []
    words = sentence.words
    for i, w in enumerate(words):
        if quotes.inside(w.start) is not None:
            continue
        pour = i == 0 and w.text.lower() == "pour"
        if not (_is_selon(words, i) or pour):
            continue
        noun = w.head if 0 <= w.head < len(words) and w.head > i else None
        if noun is None or words[noun].upos not in ("NOUN", "PROPN", "PRON") \
                or words[noun].feats.get("PronType") in ("Rel", "Int"):
            continue  # « la position selon laquelle »: no source
        if pour and words[noun].upos == "NOUN" and words[noun].lemma not in PERSON_NOUNS:
            continue
        cue_start = words[i - 1].start if w.text.lower() == "après" else w.start
        phrase = [noun] if words[noun].upos == "PRON" else sentence.subtree(noun)
        phrase_end = words[phrase[-1]].end
        comma = text.find(",", w.end, phrase_end)
        if comma >= 0:
            phrase_end = comma
        rest = text[phrase_end : phrase_end + 2].lstrip(INNER_SPACE)
        before = text[floor:cue_start].rstrip(INNER_SPACE)
        opens_clause = not before or before[-1] in ".!?:;" or _clause_start(
            text, quotes, floor, cue_start) >= len(before) + floor - 1
        leading = rest.startswith(",") and opens_clause
        middle = False
        if leading:  # « Selon X, ... » / « Pour X, "..." »
            s = text.index(",", phrase_end) + 1
            e = _content_end(text, quotes, s, limit, at_comma=False)
        elif before.endswith(",") and (not rest or rest[0] in ".!?…"):
            e = floor + len(before) - 1
            s = _clause_start(text, quotes, floor, e)
            k = quotes.ending_at(e)
            if k is not None and len(text[quotes.regions[k][0] : e].split()) >= 4:
                s = quotes.regions[k][0]  # « ... », selon X: the quotation only
        elif pour:
            continue
        else:
            middle = True
            s = phrase_end
            e = _content_end(text, quotes, s, limit, at_comma=False)
        has_verb = any(s <= x.start < e and x.upos in ("VERB", "AUX") for x in words)
        if not has_verb and (middle or len(text[s:e].split()) < 4):
            continue  # what selon scopes over must be a clause, not a name
        cue = Cue(text[cue_start : w.end], "pour" if pour else "selon", cue_start, w.end)
        out.append(Attribution("selon", s, e, cue, sentence, source_of(sentence, noun),
                               direct_capable=leading))
    return out
