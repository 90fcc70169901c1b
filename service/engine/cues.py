"""Reporting verbs: the cue, the content it introduces and the word that heads its
speaker mention.

Each rule combines the dependency parse with surface checks so that a single parse
error does not lose the quote: incises (``«A», a-t-il ajouté``), que-clauses,
infinitives and adjectives (``a nié être``, ``s'est dit prêt``), unquoted noun objects
(``a réclamé une enquête``), quotations woven after the verb (``a jugé "absurdes"``) and
incises inside a quotation. A quotation after a colon (``a déclaré : «A»``) is in
colons.py, ``selon`` and ``pour`` in selon.py.
"""

from __future__ import annotations

import re

from .attribution import Attribution
from .boundaries import (
    CLOSE_MARKS,
    CONCESSION,
    OPEN_MARKS,
    Quotes,
    abbreviation,
    clause_start,
    content_end,
    ends_sentence,
)
from .colons import colon_quotation, quote_after, run_through_elaboration
from .lexicon import (
    MEASURES,
    OBJECT_PRONOUNS,
    OF_WORDS,
    PERSON_NOUNS,
    SIGNS,
    SOURCE_NOUNS,
    WRITTEN_SOURCES,
    person_like,
    reporting_lemma,
    word_set,
)
from .parse import Sentence, Word
from .quotemarks import INNER_SPACE
from .speakers import ISSUING_VERBS, clitic_pronoun, may_speak, name_words, source_of
from .types import Cue
from .verbs import (
    LEADING_VERBS,
    VerbGroup,
    aside_length,
    capitalized,
    impersonal_source,
    inverted_subject,
    is_gerund,
    is_time_word,
    make_cue,
    phrase_head,
    subject_of,
    verb_group,
)

#: Verbs of saying that take a bare infinitive (``a indiqué dans un tweet s'être...``).
BARE_INFINITIVE = frozenset(
    {"affirmer", "déclarer", "dire", "indiquer", "nier", "assurer", "estimer", "reconnaître",
     "annoncer", "admettre", "avouer", "démentir", "prétendre", "raconter", "expliquer",
     "jurer", "confier", "préciser"}
)
#: Verbs of saying made of two verbs (``faire savoir``, ``laisser entendre``).
_CAUSATIVE = {"faire": ("savoir", "valoir"), "laisser": ("entendre",)}
#: Verb + noun locutions of saying (``faire état de``, ``mettre en garde``), by the verb.
_LOCUTIONS = {"faire": (("état",), ("part",)), "mettre": (("en", "garde"),)}
#: Verbs that report a question (``a demandé si...``).
QUESTION_VERBS = frozenset({"demander", "interroger", "questionner"})
#: Verbs that report only in an incise (« sourit-il », « s'amuse la ministre »).
INCISE_ONLY = frozenset(
    {"apprendre", "sourire", "rire", "amuser", "agacer", "emporter", "énerver", "grimacer",
     "analyser", "décrypter", "désoler", "approuver", "poster", "attaquer", "calculer",
     "souvenir", "entendre", "lire", "philosopher", "temporiser", "positiver", "jubiler",
     "exulter", "savourer", "rigoler", "emballer", "étrangler", "moquer", "embrayer"}
)
#: Incise verbs that report only with the impersonal « on » (« a-t-on appris »,
#: « entendait-on dans le cortège », « lit-on dans le rapport »).
_IMPERSONAL_ONLY = frozenset({"apprendre", "entendre", "lire"})
#: Verbs that report only when conjugated (« parle d'un "pas" », not « sans parler de »).
_CONJUGATED_ONLY = frozenset({"parler"})
#: Verbs that also name (« on l'appelait "le roi" »): reporting only with « à ».
CALL_VERBS = frozenset({"appeler"})
#: Verbs whose bare noun object is itself what was said (« a réclamé une cellule de crise »,
#: « a démenti l'existence de... », « a promis une réouverture », « a confirmé la
#: fermeture de l'aciérie »); appeler only with « à »
#: (« appelle à une grève »). Not annoncer nor demander, whose objects news text tells as
#: acts as often as it reports them (« a annoncé sa démission », « a demandé la parole »,
#: « a demandé l'asile »).
NOUN_OBJECT_VERBS = frozenset({"réclamer", "exiger", "démentir", "appeler", "promettre",
                               "contester", "exclure", "écarter", "confirmer"})
#: Courts, whose « a confirmé la condamnation » is a ruling, not a report.
_COURTS = word_set("cour tribunal juridiction")
#: Verbs whose noun object is reported only after « tout » (« a contesté toute
#: préméditation »), not « conteste ces chiffres », which news text tells as often as a
#: stand as it reports it.
_DENYING_ANY = frozenset({"contester"})
#: Verbs that report only a ruled-out « tout » (« a exclu toute nomination », « écarte tout
#: recours ») or in an incise, not an act (« l'arbitre a exclu le joueur », « a écarté les
#: curieux ») nor a clause.
_RULING_OUT = frozenset({"exclure", "écarter"})
#: Verbs whose object is part of what is reported (``accuser X d'être...``).
OBJECT_IN_CONTENT = frozenset({"accuser", "soupçonner", "qualifier"})
NAMING = word_set("intitulé intitulée intitulés intitulées baptisé baptisée baptisés baptisées "
                   "nommé nommée surnommé surnommée titré titrée dénommé dénommée rebaptisé "
                   "rebaptisée")
#: « la loi dite "anti-squat" »: a so-called name after a noun.
_SO_CALLED = word_set("dit dite dits dites")
#: Nouns that a quoted name or term follows (« un label "commerce engagé" », « des radars de
#: type "tourelle" »): what the quotation names, not what someone said.
_LABEL_NOUNS = word_set("type label opération dispositif plan programme mention slogan "
                        "formule catégorie statut marque nom appellation")
_INFINITIVE_MARKS = frozenset({"de", "d'", "à"})
#: Prepositions of an adverbial infinitive (purpose, manner), never what is reported.
_ADJUNCT_MARKS = frozenset({"pour", "sans", "afin", "par"})
_CLITICS = OBJECT_PRONOUNS | word_set("se s' me m' te t' y en")
_NEGATION = word_set("ne n' n’ pas plus jamais rien tout")  # also « de tout changer »
_STOPS = frozenset(",;.:!?")
#: Words that make a conjunction of « que » (``tandis que``): another clause, no report.
_CONJUNCTION_HEADS = word_set("tandis alors pendant parce bien sans avant après dès depuis "
                              "ainsi pour lors")
#: Words that make « que » the second term of a comparison (« une victoire de caractère,
#: plus que de tennis », « a affirmé plus que jamais que »), not a clause's conjunction.
_COMPARATIVES = word_set("plus moins autant davantage mieux autre")
#: Words that make an adverb of « plus » (« de plus », « une fois de plus », « non plus »).
_NOT_COMPARING = word_set("de en non")


def _compared(words: list[Word], que: int) -> bool:
    """Whether the « que » at word ``que`` ends a comparison, also of an adjective (« plus
    ouvert que »), and « plutôt que » after a noun (« un plan durable plutôt que des
    restrictions »), not right after the verb (« a souligné plutôt que la crise était
    sociale »)."""
    if que < 2:
        return False
    before, comparative = words[que - 2], words[que - 1].text.lower()
    if comparative == "plutôt":
        return before.upos not in ("VERB", "AUX")
    if _adjective(words[que - 1]) and before.text.lower() in _COMPARATIVES | {"aussi"}:
        # « beaucoup plus ouvert qu'il n'y paraît », not the verb's attribute before its
        # clause (« juge désormais plus probable que la toile serve de monnaie d'échange »)
        k = que - 3
        while k >= 0 and words[k].upos == "ADV":
            k -= 1
        return k < 0 or words[k].upos not in ("VERB", "AUX")
    return comparative in _COMPARATIVES and before.text.lower() not in _NOT_COMPARING


def _adjective(word: Word) -> bool:
    """An adjective, or a past participle used as one (« plus ouvert »)."""
    return word.upos == "ADJ" or word.feats.get("VerbForm") == "Part"


def _incise_in_quote(text: str, quotes: Quotes, sentence: Sentence, k: int,
                     group: VerbGroup, cue: Cue) -> list[Attribution]:
    """« Cette réforme, a-t-il assuré, sera menée », « A, a-t-il lâché. B » : an incise
    inside the quotation splits it into two items of the same speaker."""
    words = sentence.words
    before = text[quotes.spans[k].start : cue.start].rstrip(INNER_SPACE)
    speaker, speaker_words = group.clitic, None
    if speaker is None:
        speaker_words = inverted_subject(sentence, group)
        speaker = phrase_head(words, speaker_words) if speaker_words else None
    if not before.endswith(",") or speaker is None or cue.lemma in INCISE_ONLY \
            and speaker_words and not may_speak(words[speaker]):
        return []  # « l'eau s'infiltre dans les gaines, attaque l'acier, et… »: an object
    last = speaker_words[-1] if speaker_words else group.end
    lo, hi = quotes.spans[k].start, quotes.spans[k].end
    resume = _incise_end(text, words[last].end, hi)
    if resume is None:
        return []
    comma = quotes.spans[k].start + len(before) - 1
    return [Attribution("incise", s, e, cue, sentence, speaker, True, speaker_words,
                        splits_quote=True)
            for s, e in ((lo, comma), (resume, hi)) if s < e]


_INCISE_TAIL = re.compile(r"[^,.!?…«»\"“”]{0,80}?([,!?…]|\.(?!\w))")


def _incise_end(text: str, start: int, hi: int) -> int | None:
    """Where the quotation resumes after an incise that ends at the next comma or
    sentence end (« a-t-il assuré lors de son point presse. ») ; ``hi`` when the incise
    closes the quotation."""
    m = _INCISE_TAIL.match(text, start, hi)
    if m is None:
        return hi if not text[start:hi].strip() else None
    if m.group(1) == "." and abbreviation(text, m.start(1)):
        return None
    return m.end()


#: A speaker's head word and, when read on the surface, its words.
SpeakerHead = tuple[int | None, list[int] | None]


#: An object clitic before an incise verb (« », lui a-t-elle lancé », « », l'a interrogé »).
_OBJECT_CLITIC = re.compile(r"[" + INNER_SPACE + r"]+(?:lui|leur|me|m['’]|te|t['’]|nous|vous|"
                            r"l['’]|le|la|les)"
                            r"[" + INNER_SPACE + r"]*$", re.IGNORECASE)


def _incise(text: str, quotes: Quotes, sentence: Sentence, verb: int, group: VerbGroup,
            cue: Cue, floor: int) -> tuple[list[tuple[int, int]], int | None, list[int] | None]:
    """Content spans for a verb in incise (the text before it, and a quote right after
    it) with the speaker's head word and words."""
    before = _OBJECT_CLITIC.sub("", text[floor : cue.start]).rstrip(INNER_SPACE)
    if not before or before[-1] not in ",–—" + CLOSE_MARKS:
        return [], None, None
    words = sentence.words
    after_quote = quotes.ending_at(floor + len(before) - 1) is not None
    preposed = [c for c in words[verb].children
                if words[c].rel == "nsubj" and c < group.start and words[c].start >= floor
                and not _partitive_aside(words, c) and not _root_between(sentence, c, group)]
    if preposed and not after_quote and group.clitic is None:
        return [], None, None  # « Le ministre, X, a dit que... »: a subject, no incise
    speaker, speaker_words = group.clitic, None
    if speaker is None:
        speaker_words = inverted_subject(sentence, group)
        if speaker_words is None:
            return [], None, None  # an incise has its subject after the verb
        speaker = phrase_head(words, speaker_words)
    comma = floor + len(before) - (1 if before[-1] in ",–—" else 0)
    start = clause_start(text, quotes, floor, comma)
    k = quotes.inside(start) if start > floor else None
    if k is not None:
        start = quotes.regions[k][0]
    k = quotes.ending_at(comma)
    if k is not None and start < quotes.regions[k][0]:
        lead = text[start : quotes.regions[k][0]].rstrip(INNER_SPACE)
        if lead.endswith((",", ":")) and len(lead.split()) <= 4:
            start = quotes.regions[k][0]  # « À terme, "..." »: the quotation only
    spans = [(start, comma)] if start < comma and _states(quotes, sentence, start, comma) else []
    # «A», a-t-il ajouté, «B»
    tail = re.compile(r"[^,.;:!?«»\"“”]*,[" + INNER_SPACE + r"]*").match(text, cue.end)
    if tail:
        k = quotes.starting_at(tail.end())
        if k is not None and ends_sentence(text, quotes.regions[k][1] + 1):
            spans.append(quotes.regions[k])
    return spans, speaker, speaker_words


def _root_between(sentence: Sentence, subject: int, group: VerbGroup) -> bool:
    """Whether the sentence's main verb stands between the subject and the verb: the
    subject is that verb's, which the parser missed (« Quatre randonneurs… ont été
    retrouvés lundi, a annoncé la préfecture »)."""
    return any(w.rel == "root" for w in sentence.words[subject + 1 : group.start])


def _partitive_aside(words: list[Word], subject: int) -> bool:
    """« Deux pompiers ont été blessés, dont un intoxiqué, a précisé l'officier »: the
    parser takes the aside after « dont » for the incise verb's subject (also « dont neuf
    ayant nécessité une hospitalisation, a annoncé l'ARS », « dont » hung elsewhere)."""
    return any(words[c].text.lower() == "dont" for c in words[subject].children) \
        or subject > 0 and words[subject - 1].text.lower() == "dont"


def _after(words: list[Word], j: int) -> str:
    """The word after word ``j``, lowercase, or ""."""
    return words[j + 1].text.lower() if j + 1 < len(words) else ""


def _present_in_incise(text: str, quotes: Quotes, word: Word, start: int) -> bool:
    """Whether a form the tagger reads as a participle stands where an incise does, after
    a closing quote mark and a comma, without agreeing: a present (« "...", avertit son
    responsable »), not a participle (« "...", lancée par des étudiants », « repris dans »)."""
    if word.feats.get("Gender") == "Fem" or word.feats.get("Number") == "Plur" \
            or not word.text.endswith("t"):
        return False  # « lancée », « repris »: participles; « avertit », « dit »: presents
    while start > 0 and text[start - 1] in INNER_SPACE:
        start -= 1
    return text[start - 1 : start] == "," and quotes.ending_at(start - 1) is not None


def _states(quotes: Quotes, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the text before an incise says something: a quotation, or a clause with a
    verb of its own; not a subject with a relative clause (« Le gériatre Paul Dumas, qui a
    participé aux tests, juge l'outil », where the tagger reads « juge » as a noun)."""
    words = sentence.words

    def predicate(w: Word) -> Word:  # « a » of « a participé » is the participle's
        return words[w.head] if w.rel.startswith(("aux", "cop")) and w.head >= 0 else w

    return any(lo < end and start < hi for lo, hi in quotes.regions) or any(
        start <= w.start < end and w.upos in ("VERB", "AUX")
        and predicate(w).rel not in ("acl:relcl", "acl") for w in words)


def _starts_clause(words: list[Word], j: int) -> bool:
    """A finite verb, or a participle after an auxiliary or a conjunction (``et
    accusé``): another clause begins. A participle alone may just modify a noun."""
    w = words[j]
    if w.upos not in ("VERB", "AUX") or w.feats.get("VerbForm") == "Inf":
        return False
    if w.feats.get("VerbForm") == "Fin":
        return True
    prev = words[j - 1] if j > 0 else None
    return prev is not None and (prev.upos in ("AUX", "CCONJ") or prev.text.lower() == "et")


def _is_infinitive(word: Word) -> bool:
    """An infinitive; also a form in « -er » that the tagger read as finite (« de
    diligenter une expertise »), which no finite French form ends in."""
    if word.upos not in ("VERB", "AUX"):
        return False
    if word.feats.get("VerbForm") == "Fin":
        return word.text.lower().endswith("er")
    return word.feats.get("VerbForm") == "Inf" or word.text.lower().endswith(
        ("er", "ir", "re", "oir"))


_QUE = frozenset({"que", "qu'", "qu’"})
#: Verbs whose « pour que » right after them opens what is asked for, not a purpose.
_PLEADING_VERBS = frozenset({"plaider", "insister"})
#: Prepositions that open what a verb is about (« alerte sur », « parle d' », « plaide
#: pour »): the report is the noun phrase after them.
_TOPIC_MARKS = frozenset({"sur", "de", "d'", "d’", "pour"})


def _que_start(sentence: Sentence, verb: int, group: VerbGroup, lemma: str) -> int | None:
    """First word of a que-clause complement of the verb (after ``que``; after ``si``
    for a question)."""
    words = sentence.words
    for c in words[verb].children:
        if c < verb or words[c].rel not in ("ccomp", "obj", "advcl", "xcomp", "obl", "conj"):
            continue
        first = sentence.subtree(c)[0]
        if words[first].lemma.lower() == "que" and words[first].upos == "SCONJ" \
                and first > group.end and first + 1 < len(words) and not _compared(words, first):
            return first + 1
    asks = lemma in QUESTION_VERBS
    for j in range(group.end + 1, min(group.end + 15, len(words) - 1)):
        w = words[j]
        if w.text.lower() in _QUE and _compared(words, j):
            continue  # « plus que jamais que », « plutôt que des restrictions »
        if w.text.lower() in _QUE:
            # « le texte initial, qu'elle juge "équilibré" »: a relative clause, also where
            # the tagger reads its « que » as a conjunction
            relative = w.upos == "PRON" and words[j - 1].upos in ("NOUN", "PROPN") \
                or words[j - 1].text == "," and w.head > j and words[w.head].rel == "acl"
            locution = words[j - 1].text.lower() in _CONJUNCTION_HEADS  # « tandis que »
            if locution and lemma in _PLEADING_VERBS and j == group.end + 2 \
                    and words[j - 1].text.lower() == "pour":
                return j + 1  # « a plaidé pour que les directives soient prises en compte »
            return None if relative or locution else j + 1
        if asks and w.text.lower() in ("si", "s'", "s’") and w.upos == "SCONJ":
            return j + 1  # « a demandé si la réforme serait maintenue »
        if (w.text in _STOPS and w.text != ",") or _starts_clause(words, j):
            return None  # « a affirmé, dans un entretien, que » keeps going past commas
        if _gerund_clause(sentence, verb, j):
            return None  # « a salué X, tout en regrettant que »: the gerund's clause
    return None


#: Words that make « de » + infinitive an adverbial (« avant de », « afin de », « au lieu de »).
_LOCUTIONS_BEFORE_DE = frozenset({"avant", "afin", "lieu", "faute", "loin"})


#: Subjects that rule nothing out by speaking (« rien n'exclut que », « cela n'exclut pas
#: que »).
_MUTE_SUBJECTS = word_set("rien personne nul cela ça ceci ce hypothèse")
#: Words that make « ne … que » a negation, not « only » (« n'a pas exclu que »).
_NEGATION_WORDS = word_set("pas plus jamais guère point")


def _rules_out_clause(words: list[Word], group: VerbGroup, que: int,
                      speaker: int | None) -> bool:
    """Whether « exclure » or « écarter » reports the clause that starts at word ``que``
    (« a exclu que l'hôpital verse… », « n'exclut pas que… »): right after the verb, not
    after its object (« a écarté les pièces que l'avocat… », « a exclu le club tant
    que… »), not « n'a exclu que deux candidatures » (only), and said by someone (not
    « rien n'exclut que »)."""
    between = words[group.end + 1 : que]  # ``que`` is the clause's first word
    if any(w.upos != "ADV" and w.text.lower() not in _NEGATION_WORDS
           and w.lemma.lower() != "que" for w in between):
        return False
    if _negated(words, group) and not any(
            w.text.lower() in _NEGATION_WORDS for w in words[group.start : que]):
        return False
    if speaker is None:
        return False
    subject = words[speaker]
    lemma = subject.lemma.lower()
    return lemma not in _MUTE_SUBJECTS and lemma not in MEASURES and lemma not in SIGNS \
        and subject.text.lower() not in _MUTE_SUBJECTS


def _act_mark(words: list[Word], group: VerbGroup) -> int | None:
    """The « de » that opens a ruled-out act right after the verb, past adverbs and times
    (« n'a pas exclu de nommer », « a exclu mardi de rétablir »)."""
    j = group.end + 1
    while j < len(words) and (words[j].upos == "ADV" or is_time_word(words, j)):
        j += 1
    return j if j < len(words) and words[j].text.lower() in ("de", "d'") else None


def _from_date(words: list[Word], j: int) -> bool:
    """« partir » in « à partir du 22 novembre »: a preposition, no infinitive."""
    return words[j].text.lower() == "partir" and 0 < j < len(words) - 1 \
        and words[j - 1].text.lower() == "à" and words[j + 1].text.lower() in OF_WORDS


def _past_aside(words: list[Word], comma: int) -> int | None:
    """The « à » or « de » right after an aside that opens at ``comma`` and holds no
    finite verb nor quotation: the verb's infinitive follows it."""
    for j in range(comma + 1, min(comma + 12, len(words) - 1)):
        w = words[j]
        if w.text == ",":
            return j + 1 if j > comma + 1 \
                and words[j + 1].text.lower() in _INFINITIVE_MARKS else None
        if w.text in _STOPS or w.text in OPEN_MARKS or w.feats.get("VerbForm") == "Fin":
            return None
    return None


def _complement_start(sentence: Sentence, group: VerbGroup,
                      lemma: str) -> tuple[str, int] | None:
    """An infinitive complement (``a nié être``, ``a appelé X à préserver``) or, for dire,
    an adjective (``s'est dit prêt``): its kind and first word."""
    words = sentence.words
    first = group.end + 1
    while first < len(words) and (words[first].upos == "ADV" or words[first].text in OPEN_MARKS
                                  or is_time_word(words, first)):
        first += 1
    if first >= len(words):
        return None
    reach = group.end + 13
    if words[first].text == "," and (after := _past_aside(words, first)) is not None:
        reach += after - first  # « a appelé, en attendant les conclusions, à « ne pas… » »
        first = after
    quoted = words[group.end + 1].text in OPEN_MARKS  # « se disent "mal à l'aise" »
    if lemma == "dire" and group.reflexive and (quoted or words[first].upos in ("ADJ", "VERB")
                                                and words[first].feats.get("VerbForm") != "Inf"):
        start = group.end + 1  # « s'est dit prêt », « s'est dite "très inquiète" »
        while words[start].text in OPEN_MARKS:
            start += 1
        return "adjective", start
    for j in range(first, min(reach, len(words))):
        w = words[j]
        if not _is_infinitive(w) or _from_date(words, j):
            if w.text in _STOPS or _starts_clause(words, j):
                return None  # another clause, or a coordinated verb
            continue
        start, k = j, j - 1
        while k > group.end and (words[k].text.lower() in _CLITICS | _NEGATION
                                 or words[k].upos == "ADV" or words[k].text in OPEN_MARKS):
            if words[k].text not in OPEN_MARKS:
                start = k  # « de ne pas céder », « de s'impliquer », « de "tout changer" »
            k -= 1
        if k == group.end + 1 and words[k].text.lower() == "pour" and lemma in _PLEADING_VERBS:
            return "infinitive", start  # « a plaidé pour revenir au texte initial »
        if k > group.end and words[k].text.lower() in _ADJUNCT_MARKS:
            if words[k + 1].upos != "ADV":
                continue  # « l'ouverture d'un gymnase pour héberger… », « sans sourciller »
            while start < j and words[start].upos == "ADV" \
                    and words[start].text.lower() not in _NEGATION:
                start += 1  # « a affirmé par ailleurs ne pas vouloir »: par ailleurs is aside
            k = group.end
        marked = k > group.end and words[k].text.lower() in _INFINITIVE_MARKS
        if marked and words[k - 1].text.lower() in _LOCUTIONS_BEFORE_DE:
            return None  # « a salué X avant de quitter les lieux »: narration, not content
        if marked and k - 2 == first and words[k - 1].upos == "NOUN" \
                and words[first].feats.get("Poss") == "Yes":
            return "infinitive", first  # « a annoncé son intention de faire appel »
        if not marked and k != group.end and start != first and lemma not in BARE_INFINITIVE:
            return None
        with_object = lemma in OBJECT_IN_CONTENT and words[first].text.lower() != "par"
        return "infinitive", first if with_object else start  # « accusée par X d'être »
    return None


#: Narration that may follow a quoted attribute (« s'est dit "ému" après la projection »).
_NARRATION_AFTER_QUOTE = re.compile(
    r"[" + INNER_SPACE + r"]*(?:après|avant|lors|pendant|depuis|dès|devant|à l['’]issue|"
    r"au terme|au lendemain|à la sortie|au sortir|hier|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|ce matin|ce soir|cette semaine)\b",
    re.IGNORECASE,
)


def _quoted_attribute_end(text: str, quotes: Quotes, start: int, end: int) -> int:
    """« s'est dit "bouleversé" après la projection »: an attribute given as a quotation
    ends with it when narration (a time, a circumstance) follows the closing mark."""
    k = quotes.inside(start)
    if k is None:  # else the first quotation opening in it (« une "trahison" avant de... »)
        k = next((n for n, (lo, _) in enumerate(quotes.regions) if start <= lo < end), None)
    if k is None or quotes.regions[k][1] >= end:
        return end
    close = quotes.regions[k][1]
    narration = _NARRATION_AFTER_QUOTE.match(text, close + 1)
    if narration is None:
        return end
    # « après "vingt-cinq ans de négociations" »: a quotation right after the narration
    # word quotes the speaker again; one further on is a title or someone else's word
    quoted_after = any(narration.end() < lo <= narration.end() + 4 for lo, _ in quotes.regions)
    return end if quoted_after else close


def _agent_attribute(quotes: Quotes, sentence: Sentence, verb: int,
                     cue: Cue) -> list[Attribution]:
    """« La mesure a été jugée "inefficace" par la Cour des comptes »: a quoted attribute
    of a passive reporting verb is what its agent said."""
    words = sentence.words
    agent = next((c for c in words[verb].children if words[c].deprel == "obl:agent"), None)
    if agent is None:
        return []
    for c in words[verb].children:
        if words[c].rel != "xcomp":
            continue
        k = quotes.inside(words[c].start)
        if k is None:
            continue
        lo, hi = quotes.spans[k].start, quotes.spans[k].end
        return [Attribution("adjective", lo, hi, cue, sentence, agent)]
    return []


def _subject_outside_quotes(quotes: Quotes, sentence: Sentence, before: int) -> int | None:
    """The nearest subject left of the verb that is not a word of a quotation: a quoted
    title (« la série "Brigade 13" ») never speaks."""
    for j in range(before - 1, -1, -1):
        w = sentence.words[j]
        if w.rel == "nsubj" and quotes.inside(w.start) is None \
                and not is_time_word(sentence.words, j):
            return j
    return None


#: Words a quoted nickname follows (« un pirate se faisant appeler "Drakkar" »).
_NICKNAMING = word_set("appeler surnommer pseudonyme surnom alias") | NAMING


def _nickname(words: list[Word], j: int) -> bool:
    """Whether word ``j`` is a quoted nickname, which names someone who may speak, unlike
    a quoted title."""
    return j > 1 and words[j - 1].text in OPEN_MARKS and (
        words[j - 2].lemma.lower() in _NICKNAMING or words[j - 2].text.lower() in _NICKNAMING)


def _sender(sentence: Sentence, noun: int) -> int | None:
    """« L'association avait adressé aux élus un courrier les appelant à… »: a writing
    with no author named says what the subject of the verb that sends it says."""
    words = sentence.words
    w = words[noun]
    if w.lemma.lower() not in WRITTEN_SOURCES or w.rel != "obj" \
            or words[w.head].lemma.lower() not in ISSUING_VERBS:
        return None
    return subject_of(sentence, w.head)


def _thing_doing(words: list[Word], j: int) -> bool:
    """Whether word ``j`` is the verb of a relative clause on a thing, which cannot speak
    (« a dénoncé un chantier qui menace « l'équilibre » »): part of the object. Only right
    after the noun or its adjectives, with no comma (« X, infirmier à Lyon, qui dénonce »
    speaks of a person, whatever the tagger made of the words before), and not on a
    capitalized word, a name or a title the tagger took for a noun (« M. Duboscq qui »)."""
    head = words[j].head
    return j > 1 and words[j - 1].text.lower() == "qui" and 0 <= head < j - 1 \
        and all(words[k].upos == "ADJ" for k in range(head + 1, j - 1)) \
        and words[head].upos == "NOUN" and words[head].text[:1].islower() \
        and not may_speak(words[head]) \
        and words[head].lemma.lower() not in WRITTEN_SOURCES


def _woven_quote(quotes: Quotes, sentence: Sentence, group: VerbGroup,
                 lemma: str) -> int | None:
    """``a jugé "absurdes" ces accusations``, ``a dénoncé une "trahison"``: a quotation
    opening within the first words after the verb; the index where the content starts."""
    words = sentence.words
    first = j = _past_setting(words, group.end + 1)
    stop = min(first + 10, len(words))  # « a jugé la décision du groupe "brutale" »,
    # « demande la tenue d'un sommet de la coalition "dans les plus brefs délais" »
    while j < stop:
        w = words[j]
        aside = _aside_end(words, j) if w.text == "," else None
        if aside is not None and j == first:  # « en exigeant, pour la minorité, "des
            stop = min(stop + aside - j + 1, len(words))  # garanties" »
            first = j = aside + 1
            continue
        if aside is not None and aside + 1 < len(words) and words[aside + 1].text in OPEN_MARKS \
                and words[j + 1].upos in ("NUM", "DET", "NOUN"):
            stop = min(stop + aside - j + 1, len(words))  # « juge le prix du billet, 14
            j = aside + 1  # euros, "un peu salé" »: a noun phrase before the quotation, not
            # « la proposition, en l'état, "inacceptable" », cut at its comma
            continue
        if w.text in OPEN_MARKS and quotes.starting_at(w.start) is not None:
            between = {x.text.lower() for x in words[first:j]}
            if lemma in CALL_VERBS and not between & {"à", "au", "aux"}:
                return None  # « qu'on appelait "le roi" »: naming, not reporting
            before = words[j - 1] if j > first else None
            inside = words[j + 1] if j + 1 < len(words) else None
            named = inside is not None and inside.upos in ("NOUN", "PROPN", "X")
            if between & NAMING or before is not None and (
                    before.lemma.lower() in _LABEL_NOUNS and named
                    or before.text.lower() in _SO_CALLED
                    or before.text.lower() == "pour" and j - 1 > first):
                return None  # « un livre intitulé "..." », « une enquête pour "homicide" »,
                # « des radars de type "tourelle" »; but « une opération "inacceptable" »
            if words[first].text.lower() in _TOPIC_MARKS and words[first + 1].upos == "DET":
                return first + 1  # « s'inquiète d'une "stigmatisation" », « alerte sur le… »
            return first  # also « a appelé la population à "la prudence" »
        modifier = w.rel == "acl" and (w.feats.get("VerbForm") == "Part" or _thing_doing(words, j))
        if w.upos in ("PUNCT", "VERB", "AUX", "SCONJ") and not modifier \
                or w.text.lower() == "selon":
            return None  # but « dénoncent des mesures prises "trop tard" » goes on; « une
            # vidéo montrant selon lui des Irakiens "dansant" »: selon's quotation
        j += 1
    return None


def _noun_object(quotes: Quotes, sentence: Sentence, verb: int, group: VerbGroup,
                 lemma: str, speaker: int | None) -> int | None:
    """The first word of an unquoted noun object that is what ``verb`` reports (``a
    réclamé une cellule de crise``, ``appelle à une grève``), when someone who may speak
    asks or denies it (not « la loi exige une déclaration »), in a statement (not « ne
    réclame pas », « que réclament-ils ? »), and it says something new (not « confirme ces
    pratiques », « dément ces accusations »: a demonstrative points back at what the text
    has told)."""
    words = sentence.words
    form = words[verb].feats.get("VerbForm"), words[verb].feats.get("Tense")
    if lemma not in NOUN_OBJECT_VERBS or form[0] == "Inf" or form == ("Part", "Pres"):
        return None  # « pour exiger une contre-expertise », « réclamant une enquête »
    ending = next((w.text for w in reversed(words) if w.text not in ("»", "”", '"')), "")
    if speaker is None or not may_speak(words[speaker]) or group.clitic is not None \
            or ending == "?" or _negated(words, group):
        return None
    if lemma == "confirmer" and words[speaker].lemma.lower() in _COURTS:
        return None  # « la cour d'appel a confirmé la condamnation »: a ruling
    before = words[group.start - 1] if group.start > 0 else None
    if before is not None and before.upos == "PRON" and before.rel in ("obj", "iobj"):
        return None  # « comme le réclame le président »: the noun is the subject
    j = _past_setting(words, group.end + 1)
    if lemma in CALL_VERBS:
        if j >= len(words) or words[j].text.lower() != "à":
            return None
        j += 1
    else:
        j = _past_addressee(words, j)
    if j >= len(words) or words[j].upos != "DET":
        return None  # « réclamait 300 000 euros »: a price
    if words[j].lemma.lower() == "ce":
        return None  # « confirme ces pratiques »: what the text has already told
    if lemma in _RULING_OUT | _DENYING_ANY and not (
            words[j].lemma.lower() == "tout" and j + 1 < len(words)
            and words[j + 1].upos == "NOUN" and words[j + 1].lemma.lower() not in PERSON_NOUNS):
        return None  # not « a exclu tout athlète », « a écarté toutes les pièces »
    noun = words[j].head
    if noun < j or words[noun].upos != "NOUN" or words[noun].head != verb \
            or words[noun].rel not in ("obj", "obl:arg", "obl") \
            or lemma in CALL_VERBS and words[noun].lemma.lower() in _CALL_IDIOMS:
        return None
    span = sentence.subtree(noun)
    if any(quotes.inside(words[k].start) is not None for k in span):
        return None  # « a réclamé une "cellule de crise" »: woven, found as such
    if _holds_a_report(sentence, j):
        return None  # « a confirmé les informations d'un diplomate ayant déclaré que… »
    return j


def _holds_a_report(sentence: Sentence, noun: int) -> bool:
    """Whether a reporting verb follows the object that opens at word ``noun`` in its
    clause (before a comma or a conjunction): the object's, which reports instead."""
    words = sentence.words
    for w in words[noun + 1 :]:
        if w.text in _STOPS or w.upos == "CCONJ":
            return False
        if w.upos == "VERB" and not _is_infinitive(w) and reporting_lemma(w.lemma, w.text):
            return True  # not « a réclamé une réunion pour annoncer… »
    return False


def _ruled_out_in_quotation(text: str, quotes: Quotes, cue: Cue,
                            sentence: Sentence) -> tuple[int, int] | None:
    """The quotation after the colon that follows « exclure » or « écarter », which says
    what was ruled out (« a écarté cette piste : « L'État n'a pas vocation… » »); not one
    with an incise of its own (« a exclu le joueur : « … », a expliqué X »)."""
    found = quote_after(text, quotes, cue, sentence)
    if found is None or text[found[1] + 1 :].lstrip(INNER_SPACE).startswith(","):
        return None
    return found


def _object_past_aside(sentence: Sentence, verbs: tuple[int, int], end: int) -> int | None:
    """The first word of the object of an infinitive when it comes after ``end``, past an
    aside set off by commas (« avoir relu chaque soir, pendant les quatre jours du procès,
    la dernière lettre… »). ``verbs``: the infinitive's first word and the reporting verb,
    on which the parser may hang the object, or take it for an oblique with no
    preposition."""
    words = sentence.words
    verb, reporting = verbs
    while words[verb].upos != "VERB" and verb < words[verb].head:
        verb = words[verb].head  # « avoir » to « relu »
    objects = [c for c in words[verb].children + words[reporting].children
               if words[c].upos == "NOUN" and words[c].start > end
               and (words[c].rel == "obj" or words[c].rel == "obl"
                    and not any(words[k].rel == "case" for k in words[c].children))]
    if not objects:
        return None
    start = sentence.subtree(objects[0])[0]
    before = [k for k in range(start) if words[k].start >= end]
    commas = [k for k in before if words[k].text == ","]
    return start if len(commas) == 2 and commas[-1] == start - 1 and commas[0] == before[0] \
        else None


def _with_coordinated_objects(sentence: Sentence, noun: int, end: int, limit: int) -> int:
    """``end`` of a noun object, past the nouns coordinated with it or, as the parser may
    hang them, with a noun of its complement (« la réouverture du centre social, fermé en
    2021, et le retour d'un bureau de poste »), not past ``limit``."""
    words = sentence.words
    for c in sentence.subtree(noun):
        joined = any(words[k].rel == "cc" and words[k].text.lower() in ("et", "ou")
                     for k in words[c].children)
        other_clause = person_like(words[c].lemma) or any(
            words[k].rel == "orphan" or words[k].upos == "NOUN" and k > c
            and not any(words[x].rel == "case" for x in words[k].children)
            for k in words[c].children)  # « un médecin, et la mairie une pharmacie »
        if words[c].rel == "conj" and words[c].upos == "NOUN" and words[c].start >= end \
                and joined and not other_clause:  # not « …, et la préfète une médiation »
            end = max(end, min(limit, words[sentence.subtree(c)[-1]].end))
    return end


def _past_addressee(words: list[Word], j: int) -> int:
    """The word after the one asked or promised something, when its noun phrase comes
    first (« a promis aux salariés une prime », « réclame à l'État une aide »), else ``j``."""
    if j >= len(words) or words[j].text.lower() not in ("à", "au", "aux"):
        return j
    k = j + 1
    while k < len(words) and words[k].upos in ("DET", "ADJ"):
        k += 1
    if k >= len(words) or words[k].upos not in ("NOUN", "PROPN"):
        return j
    k += 1
    while k < len(words) and words[k].upos in ("ADJ", "PROPN"):
        k += 1
    return k if k < len(words) and words[k].upos == "DET" else j


_NE = frozenset({"ne", "n'", "n’"})
#: « a appelé à l'aide », « appelé à la barre »: calls that are acts.
_CALL_IDIOMS = frozenset({"aide", "barre", "rescousse", "secours"})
#: What someone does not want said when they « n'ont pas souhaité que X s'exprime »: no
#: statement (« ne souhaite pas que la réforme passe » is one).
_DECLINED = frozenset({"exprimer", "commenter", "répondre", "donner", "réagir", "préciser",
                       "communiquer", "confirmer", "étendre", "parler", "dire"})


def _negated(words: list[Word], group: VerbGroup) -> bool:
    return any(w.text.lower() in _NE for w in words[max(group.start - 2, 0) : group.start])


def _anonymous(words: list[Word], start: int) -> bool:
    """« (n'a pas souhaité) que son nom soit publié »: a wish to stay anonymous."""
    return " ".join(w.text.lower() for w in words[start : start + 2]) in ("son nom", "leur nom")


def _staying_anonymous(words: list[Word], start: int) -> bool:
    """« (a souhaité) garder l'anonymat », « rester anonyme »: a wish, nothing said."""
    return any(w.text.lower() in ("anonymat", "anonyme", "anonymes")
               for w in words[start : start + 3]) and words[start].lemma.lower() in (
        "garder", "conserver", "préserver", "rester")


def _declined(words: list[Word], start: int, reach: int) -> bool:
    """Whether the clause starting at word ``start`` (« son entraîneur s'exprime ») is
    about speaking, within its first ``reach`` words."""
    verb = next((w for w in words[start : start + reach] if w.upos in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma.lower() in _DECLINED


def _quoted(quotes: Quotes, sentence: Sentence, start: int) -> bool:
    """Whether a quotation opens in the clause of word ``start`` (« ne souhaite pas
    « stigmatiser » les enseignants »: a position, not a refusal to speak)."""
    for w in sentence.words[start : start + 6]:
        if w.text in (":", ",", ".", ";"):
            return False  # « n'a pas souhaité commenter : « … » »: the quotation is apart
        if quotes.inside(w.start) is not None:
            return True
    return False


#: Prepositions of where or when something was said (« dans un communiqué », « sur X »).
_SETTING_PREPOSITIONS = frozenset({"dans", "sur", "lors", "devant", "via"})
_SETTING_NOUNS = SOURCE_NOUNS | word_set(
    "conférence discours allocution réunion séance émission visite audience réseau")


def _past_setting(words: list[Word], j: int) -> int:
    """The first word after the adverbs, days, asides and setting (« jeudi », « pour sa
    part », « dans un communiqué », « sur France Inter », « devant l'Assemblée nationale »)
    that may come between a verb and what it reports."""
    while j < len(words):
        low = words[j].text.lower()
        if words[j].upos == "ADV" or is_time_word(words, j):
            j += 1
            continue
        if aside := aside_length(words, j):
            j += aside
            continue
        if low not in _SETTING_PREPOSITIONS:
            return j
        k = j + 1  # the setting's noun phrase, up to its noun or name
        while k < len(words) and words[k].upos in ("DET", "ADP", "ADJ"):
            k += 1
        if k >= len(words):
            return j
        if capitalized(words[k]):
            j = (name_words(words, k) or [k])[-1] + 1
        elif words[k].upos == "NOUN" and words[k].lemma.lower() in _SETTING_NOUNS:
            j = k + 1  # and what hangs on it: « une interview au Parisien »
            while j < len(words) and k <= words[j].head < j and words[j].text not in OPEN_MARKS:
                j += 1
        else:
            return j  # « a appelé sur place à... »: no setting
    return j


def _aside_end(words: list[Word], comma: int) -> int | None:
    """The comma closing a short aside that opens at ``comma`` (``, au nom des
    salariés,``), when no verb or quotation lies inside it."""
    for j in range(comma + 1, min(comma + 9, len(words))):
        w = words[j]
        if w.text == ",":
            return j if j > comma + 1 else None
        if w.upos in ("VERB", "AUX", "SCONJ") or w.text in OPEN_MARKS or w.text in _STOPS:
            return None
    return None


def _cut_at_coordination(text: str, quotes: Quotes, sentence: Sentence,
                         found: list[Attribution]) -> None:
    """« a dénoncé X et accusé Y », « a jugé X, même s'il a reconnu que Y »: a report ends
    where a coordinated report, or a concession holding one, begins."""
    for a in found:
        for b in found:
            if b.cue is None or not a.start < b.cue.start < a.end:
                continue
            before = [w for w in sentence.words if w.end <= b.cue.start]
            if before and before[-1].text.lower() in ("et", "mais", "puis", ","):
                a.end = before[-1].start
            concessions = [m.start() for m in CONCESSION.finditer(text, a.start, b.cue.start)
                           if quotes.inside(m.start()) is None]
            if concessions:
                a.end = concessions[-1]


def _clause_limit(quotes: Quotes, sentence: Sentence, verb: int, limit: int) -> int:
    """Where what ``verb`` reports must end: ``limit``, or sooner for a relative clause.

    « Les manifestants, qui ont dénoncé « … », ont défilé »: what a verb of a relative
    clause reports ends with the clause, before the main verb comes back."""
    if sentence.words[verb].deprel != "acl:relcl":
        return limit
    end = sentence.words[sentence.subtree(verb)[-1]].end
    k = quotes.inside(end - 1)
    if k is not None:
        end = max(end, quotes.regions[k][1] + 1)  # through the closing mark
    return min(limit, end)


def _gerund_at(words: list[Word], j: int) -> bool:
    """« en regrettant », « jugeant »: a gerund or present participle opens its own clause."""
    return words[j].upos == "VERB" and (is_gerund(words, j) or (
        words[j].feats.get("VerbForm") == "Part" and words[j].feats.get("Tense") == "Pres"))


def _gerund_clause(sentence: Sentence, verb: int, j: int) -> bool:
    """Whether the gerund at ``j`` is a clause of ``verb``'s own that ends the report, not
    an aside before it (« a assuré, en quittant l'Élysée, que... ») nor a word of the
    reported clause (« a déclaré que les habitants, craignant des pillages, avaient fui »)."""
    words = sentence.words
    if not _gerund_at(words, j):
        return False
    if j >= 2 and words[j - 1].text.lower() == "en" and words[j - 2].text.lower() == "tout" \
            and reporting_lemma(words[j].lemma, words[j].text):
        return True  # « a assuré que…, tout en reconnaissant que… »: another report
    if words[j].head != verb or any(words[k].text.lower() in _QUE for k in range(verb + 1, j)):
        return False
    after = sentence.subtree(j)[-1] + 1
    return not (after + 1 < len(words) and words[after].text == ","
                and words[after + 1].text.lower() in _QUE)


def _incise_before(words: list[Word], j: int,
                   incises: dict[int, SpeakerHead]) -> SpeakerHead | None:
    """The speaker of the incise that the clause at word ``j`` follows after a comma, with
    no other verb between (« », a-t-elle rétorqué, jugeant… », « », indique la société
    dans un communiqué, précisant… », « », s'est interrogée sa coordinatrice, X, en
    rappelant… »); ``incises`` by each incise's last word."""
    k = j - 1
    while k >= 0 and words[k].text.lower() in _CLITICS and words[k].text.lower() != "en":
        k -= 1  # « en l'accusant », « en se disant »
    if k >= 0 and words[k].text.lower() == "en":
        j = k
    if j < 2 or words[j - 1].text != ",":
        return None
    k = j - 2
    while k >= 0 and k not in incises and (words[k].upos not in ("VERB", "AUX")
                                          or words[k].rel == "acl" or _press_noun(words, k)):
        k -= 1  # past an apposition the tagger reads as a participle (« X, commandant des
        # pompiers, précisant »)
    return incises.get(k)


#: Nouns that « presse » completes with no article (« lors d'un point presse »), where the
#: tagger may read the verb presser.
_PRESS_HEADS = frozenset({"point", "service", "attaché", "attachée", "revue", "dossier",
                          "agence", "communiqué"})


def _press_noun(words: list[Word], j: int) -> bool:
    """Whether word ``j`` is the noun « presse » of « un point presse »."""
    return words[j].text.lower() == "presse" and j > 0 \
        and words[j - 1].text.lower() in _PRESS_HEADS


def _participle_aside(words: list[Word], verb: int, j: int) -> bool:
    """A bare past participle after a comma that the parser hangs on the reporting verb:
    narration about what was reported (« a démenti avoir reçu pour consigne de négocier un
    retour, évoqué la semaine dernière par l'hebdomadaire »)."""
    w = words[j]
    return w.head == verb and w.upos == "VERB" and w.feats.get("VerbForm") == "Part" \
        and w.feats.get("Tense") == "Past" and not any(
            words[c].rel.startswith("aux") for c in w.children)


def _next_predicate_start(quotes: Quotes, sentence: Sentence, verb: int) -> int | None:
    """Where what ``verb`` reports ends because another predicate of its own begins: a
    verb coordinated to it, with its conjunction (« a reconnu des "erreurs" mais a nié tout
    enrichissement »; not a clause with its own « que », nor after a reported verb the
    tagger left without tense), or a gerund or a participle after a comma (« a salué une
    décision "courageuse", tout en regrettant que... »)."""
    words = sentence.words
    for j in range(verb + 1, len(words) - 1):
        if quotes.inside(words[j].start) is not None:
            continue
        if words[j].text == ",":
            k = j + 1 + (words[j + 1].text.lower() == "tout")
            k += k < len(words) and words[k].text.lower() == "en"
            ends = k < len(words) and (_gerund_clause(sentence, verb, k)
                                       or _participle_aside(words, verb, j + 1))
            if ends and _past_aside(words, j) is None:
                return words[j].start  # not an aside before the infinitive
        elif words[j].text.lower() == "tout" and words[j + 1].text.lower() == "en" \
                and j + 2 < len(words) and _gerund_clause(sentence, verb, j + 2):
            return words[j].start  # « a salué la « réactivité » du parquet tout en regrettant »

    def tense(i: int) -> tuple[str | None, ...]:  # « a », or the form's own tense
        aux = [words[g].text.lower() for g in words[i].children if words[g].rel == "aux"]
        if aux:
            return (aux[0],)
        if i != verb and words[i].feats.get("VerbForm") == "Part":
            return tense(verb)  # « a jugé X et réclamé Y »: the auxiliary is shared
        return (words[i].feats.get("Tense"), words[i].feats.get("Person"))

    reported = [c for c in words[verb].children if words[c].rel == "ccomp"]
    # a reported verb the tagger gave no tense (« que sa réforme n'allonge pas ») cannot tell
    # a verb of the report from one of the speaker's own
    if any(words[c].upos == "VERB" and tense(c) == (None, None) for c in reported):
        return None
    clause = [tense(c) for c in reported]
    for c in words[verb].children:
        conjunctions = [g for g in words[c].children if words[g].rel == "cc" and verb < g < c]
        own_que = any(words[g].rel == "mark" and words[g].lemma.lower() == "que"
                      and any(k < g for k in conjunctions) for g in words[c].children)
        # the reporting verb's tense, not its clause's: « a affirmé que X avaient échoué et
        # avaient repris », « a expliqué que la commune a perdu... et a fermé » are one report,
        # and so is « assure que X … mais qu'il parle… »
        if words[c].rel == "conj" and words[c].upos == "VERB" and conjunctions \
                and not own_que and tense(c) == tense(verb) and tense(c) not in clause \
                and quotes.inside(words[c].start) is None:
            return words[min([verb_group(sentence, c).start] + conjunctions)].start
    return None


def verb_attributions(text: str, quotes: Quotes, sentence: Sentence, floor: int,
                      limit: int) -> list[Attribution]:
    """Every reporting verb of ``sentence`` that introduces content; ``floor`` and
    ``limit`` bound the text it may claim (its paragraph, after earlier cues)."""
    out: list[Attribution] = []
    incise_speakers: dict[int, SpeakerHead] = {}  # by the incise's last word
    words = sentence.words
    for i, w in enumerate(words):
        if w.upos not in ("VERB", "AUX", "NOUN", "ADJ") or w.rel in ("aux", "cop") \
                or _press_noun(words, i):
            continue
        lemma = reporting_lemma(w.lemma, w.text)
        causative = i > 0 and w.lemma in _CAUSATIVE.get(words[i - 1].lemma, ())
        if causative:  # « a fait savoir que », « a laissé entendre que »
            lemma = f"{words[i - 1].lemma} {w.lemma}"
        locution = next((len(tail) for tail in _LOCUTIONS.get(w.lemma, ()) if tuple(
            x.text.lower() for x in words[i + 1 : i + 1 + len(tail)]) == tail
            and _after(words, i + len(tail)) != "à"), 0)  # not « mis en garde à vue »
        if locution:  # « a fait état de "dégâts considérables" », « met en garde : »
            lemma = " ".join([w.lemma, *(x.text.lower() for x in words[i + 1 : i + 1 + locution])])
        if lemma in _CONJUGATED_ONLY and _is_infinitive(w):
            continue  # « sans parler de », « refuse de parler de »: no report
        incise_lemma = None if lemma else reporting_lemma(w.lemma, w.text, INCISE_ONLY)
        incise_only = incise_lemma is not None
        ruling_out = None if lemma or incise_only else reporting_lemma(w.lemma, w.text,
                                                                        _RULING_OUT)
        if ruling_out:
            lemma = ruling_out
        elif lemma is None and not incise_only:
            continue
        group = verb_group(sentence, i - 1 if causative else i)
        if causative or locution:
            group = VerbGroup(group.start, i + locution, group.clitic, False)
        if incise_only:
            impersonal = group.clitic is not None and clitic_pronoun(words[group.clitic]) == "on"
            if incise_lemma in _IMPERSONAL_ONLY and not impersonal:
                continue
            lemma = incise_lemma
        # a lone verb form may be a participle modifying a noun; not with a subject after it
        bare = group.start == i and group.clitic is None
        verbal = w.upos == "VERB" or is_gerund(words, i)
        if bare and not verbal and (i == 0 or words[i - 1].upos in ("DET", "ADP") or any(
                words[c].upos == "DET" for c in w.children)):
            continue  # a noun, not a verb the tagger missed (« L'Otan demande à... »)
        by_agent = i + 1 < len(words) and words[i + 1].text.lower() == "par"
        shared_aux = i > 0 and words[i - 1].text.lower() in ("et", "ou", "mais", "puis")
        with_subject = any(words[c].rel == "nsubj" for c in w.children)  # « X dit "..." »
        participle = bare and w.feats.get("VerbForm") == "Part" \
            and w.feats.get("Tense") != "Pres" and not (by_agent or shared_aux or with_subject)
        cue = make_cue(text, sentence, group, lemma)
        if participle and not _present_in_incise(text, quotes, w, cue.start):
            continue  # « Le Canard enchaîné », « les faits observés »: no report
        k = quotes.inside(w.start)
        first_in_quote = k is not None and text[quotes.spans[k].start:w.start].strip() == ""
        if k is not None and not first_in_quote:
            out += _incise_in_quote(text, quotes, sentence, k, group, cue)
            continue
        speaker = subject_of(sentence, i)
        issuer = source_of(sentence, speaker) if speaker is not None else None
        if issuer is not None and may_speak(words[issuer]):  # « un rapport de la Cour des
            speaker = issuer  # comptes relève… »: the Cour; not « le bilan de l'accident »
        elif issuer is not None:
            speaker = _sender(sentence, issuer) or speaker
        modifier = w.rel == "acl" or w.feats.get("VerbForm") == "Part" \
            and w.feats.get("Tense") == "Pres"  # « Des banderoles proclamant "…" », read as root
        if bare and modifier and speaker is not None and (
                words[speaker].lemma.lower() in MEASURES | SIGNS or _thing_doing(words, i)):
            continue  # « La réforme, qui prévoit de relever l'âge… »: a measure's content;
            # « un chantier qui menace « l'équilibre » »: a thing's doing, not a report
        aux_subject = next((c for c in words[group.start].children if words[c].rel == "nsubj"),
                           None) if group.start < i else None
        if aux_subject is not None:  # « La mairie a de son côté indiqué »: the parser, misled
            speaker = aux_subject    # by the aside, hangs the subject on the auxiliary
        if speaker is not None and k is None and quotes.inside(words[speaker].start) is not None \
                and not _nickname(words, speaker):
            speaker = _subject_outside_quotes(quotes, sentence, group.start)
        if group.passive and speaker is not None and words[speaker].deprel != "obl:agent":
            speaker = None  # « ... », est-il précisé: the il is impersonal
        speaker_words = None
        gerund = _gerund_at(words, i)  # no incise of its own, but may follow one:
        incise = _incise_before(words, i, incise_speakers) if gerund else None
        if incise is not None:  # « "...", indique la société…, précisant se réserver… »
            speaker, speaker_words = incise
        found, who, who_words = (_incise(text, quotes, sentence, i, group, cue, floor)
                                 if k is None and not gerund else ([], None, None))
        if found:
            impersonal = group.clitic is not None and (
                group.passive or clitic_pronoun(words[group.clitic]) == "on")
            if impersonal:  # « est-il précisé », « a-t-on appris »: nobody, unless
                # « a-t-on appris de source policière », « souligne-t-on à Matignon »
                who_words = None if group.passive or lemma == "entendre" \
                    else impersonal_source(words, group)  # not « entendait-on … du ministre »
                who = phrase_head(words, who_words) if who_words else None
            out += [Attribution("incise", s, e, cue, sentence, who, True, who_words)
                    for s, e in found]
            incise_speakers[max([group.end, *(who_words or [])])] = who, who_words
            continue
        if incise_only or participle:
            continue
        if group.passive:  # « qualifié d'"irresponsable" par X »: X's word, nothing else
            out += _agent_attribute(quotes, sentence, i, cue)
            continue
        clause_limit = _clause_limit(quotes, sentence, i, limit)
        other = _next_predicate_start(quotes, sentence, i)
        if other is not None:
            clause_limit = min(clause_limit, other)
        que = _que_start(sentence, i, group, lemma)
        # a verb leading an infinitive (« continuera d'assurer les consultations ») reports
        # only a que-clause or a colon, never that infinitive; « continue d'affirmer que »
        # is affirmer's, « La grève continue : » nobody's
        leading = lemma in LEADING_VERBS
        if leading and (any(
                words[c].rel == "xcomp" and reporting_lemma(words[c].lemma, words[c].text)
                for c in words[i].children) or speaker is None or not may_speak(words[speaker])):
            continue
        comp = None if leading else _complement_start(sentence, group, lemma)
        if lemma == "souhaiter" and _negated(words, group) and (
                comp and not _quoted(quotes, sentence, comp[1])
                or que and (_anonymous(words, que) or _declined(words, que, 4))):
            continue  # « n'a pas souhaité s'exprimer », « … que son nom soit publié »
        if comp and _staying_anonymous(words, comp[1]):
            continue  # « un enseignant, qui a souhaité garder l'anonymat »
        noun = _noun_object(quotes, sentence, i, group, lemma, speaker)
        if noun is not None and all(x is None or noun < x for x in (que, comp and comp[1])):
            s = words[noun].start
            e = _with_coordinated_objects(
                sentence, words[noun].head,
                content_end(text, quotes, s, clause_limit, at_comma=True),
                content_end(text, quotes, s, clause_limit, at_comma=False))
            out.append(Attribution("object", s, e, cue, sentence, speaker,
                                   speaker_words=speaker_words))
            continue
        # « n'a pas exclu de démissionner » reports, as « a exclu que… » does
        act_mark = _act_mark(words, group) if ruling_out and comp \
            and comp[0] == "infinitive" else None
        ruled_out_act = act_mark is not None
        if ruling_out and not ruled_out_act and (
                que is None or not _rules_out_clause(words, group, que, speaker)):
            # « a exclu le joueur » reports nothing; « a écarté cette piste : « … » » does
            after = _ruled_out_in_quotation(text, quotes, cue, sentence) \
                if que is None and k is None else None
            if after:
                out.append(Attribution("colon", after[0], after[1], cue, sentence, speaker,
                                       direct_capable=True, speaker_words=speaker_words))
            continue
        if comp and (not ruling_out or ruled_out_act) and (que is None or comp[1] < que):
            # what is ruled out keeps its « de » (« n'a pas exclu de nommer »)
            s = words[comp[1] if act_mark is None else act_mark].start
            e = content_end(text, quotes, s, clause_limit, at_comma=comp[0] == "infinitive")
            later = _object_past_aside(sentence, (comp[1], i), e) \
                if comp[0] == "infinitive" else None
            if later is not None:  # « avoir relu chaque soir, pendant le procès, sa lettre »
                e = content_end(text, quotes, words[later].start, clause_limit, at_comma=True)
            if comp[0] == "adjective":
                e = _quoted_attribute_end(text, quotes, s, e)
            out.append(Attribution(comp[0], s, e, cue, sentence, speaker,
                                   speaker_words=speaker_words))
            continue
        if que is not None:
            s = words[que].start
            e = content_end(text, quotes, s, clause_limit, at_comma=False)
            out.append(Attribution("que", s, e, cue, sentence, speaker,
                                   speaker_words=speaker_words))
            continue
        if bare and not verbal:
            continue
        after = quote_after(text, quotes, cue, sentence) if k is None else None
        if after:
            out.append(Attribution("colon", after[0], after[1], cue, sentence, speaker,
                                   direct_capable=True, speaker_words=speaker_words))
            continue
        if bare and w.rel in ("acl", "amod") and w.feats.get("VerbForm") != "Fin":
            continue  # « un éditorial intitulé "..." »: a participle naming, not reporting
        if first_in_quote:  # il a "salué l'engagement...": the verb opens the quotation
            s = quotes.regions[k][0]
            e = content_end(text, quotes, w.start, clause_limit, at_comma=False)
            out.append(Attribution("object", s, e, cue, sentence, speaker,
                                   speaker_words=speaker_words))
            continue
        woven = _woven_quote(quotes, sentence, group, lemma)
        if woven is not None:
            s = words[woven].start
            e = content_end(text, quotes, s, clause_limit, at_comma=True)
            e = _quoted_attribute_end(text, quotes, s, e)  # « "..." avant de partir »
            if words[woven].upos == "DET":  # « l'ouverture de "salles fraîches", la
                e = _with_coordinated_objects(  # gratuité des piscines et un numéro vert »
                    sentence, words[woven].head, e,
                    content_end(text, quotes, s, clause_limit, at_comma=False))
            out.append(Attribution("object", s, e, cue, sentence, speaker,
                                   speaker_words=speaker_words))
    for a in out:
        if a.kind in ("que", "infinitive", "object"):
            run_through_elaboration(text, quotes, a, limit)
    out += [quotation for a in list(out) if a.kind in ("que", "infinitive", "object")
            and (quotation := colon_quotation(text, quotes, a)) is not None]
    _cut_at_coordination(text, quotes, sentence, out)
    return out
