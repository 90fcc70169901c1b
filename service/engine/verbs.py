"""Verb groups and their subjects, read on the surface as well as in the parse: the
parser often mis-attaches auxiliaries, clitics and inverted subjects."""

from __future__ import annotations

from dataclasses import dataclass

from .boundaries import OPEN_MARKS
from .lexicon import (
    OBJECT_PRONOUNS,
    OF_WORDS,
    ORGANIZATION_NOUNS,
    PERSON_NOUNS,
    SOCIAL_NETWORKS,
    TIME_WORDS,
    TITLES,
    person_like,
    word_set,
)
from .parse import Sentence, Word
from .speakers import bracket_end, clitic_pronoun, name_words
from .types import Cue

_AVOIR = word_set("a ai as avons avez ont avait avais avions aviez avaient aura auront aurait "
                   "auraient eut eurent avoir ayant")
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
    reflexive: bool = False  # « s'est dit », « se dit »


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
    passive = aux_etre and not reflexive and words[verb].feats.get("VerbForm") == "Part"
    lead = first - 2
    if first == verb and lead >= 0 and words[first - 1].text.lower() in ("de", "d'", "d’", "à") \
            and words[lead].upos == "VERB" and words[lead].lemma.lower() in LEADING_VERBS:
        # « », continue de marteler le maire », « vient de déclarer »: one incise verb
        outer = verb_group(sentence, lead)
        return VerbGroup(outer.start, last, clitic or outer.clitic, passive, outer.reflexive)
    return VerbGroup(first, last, clitic, passive, reflexive)


#: Verbs that lead an infinitive of saying as one verb (« continue de marteler », « vient
#: de déclarer », « s'empresse de préciser »).
LEADING_VERBS = frozenset({"continuer", "venir", "empresser", "tenir"})


def _auxiliary_before(words: list[Word], j: int) -> int | None:
    """An auxiliary at most five words left of ``j`` with only a short phrase between,
    set off by commas or not (« a, de son côté, réclamé »)."""
    crossed_comma = False
    for k in range(j - 1, max(j - 6, -1), -1):
        low = words[k].text.lower()
        if low in _AVOIR or low in _ETRE:
            # set off by commas on both sides, not « C'est dur, oui, reconnaît-il »
            return k if not crossed_comma or words[k + 1].text == "," else None
        crossed_comma |= words[k].text == ","
        if words[k].text != "," and words[k].upos in (
                "VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"):
            return None
    return None


def is_gerund(words: list[Word], i: int) -> bool:
    """« en exigeant », which the tagger may take for an adjective after a preposition (not
    « en tant que »)."""
    low = words[i].text.lower()
    return i > 0 and words[i - 1].text.lower() == "en" and low.endswith("ant") and low != "tant"


def _in_gerund(words: list[Word], j: int) -> bool:
    """Whether word ``j`` is the « en » or the participle of a gerund (« en riant »)."""
    return is_gerund(words, j) or words[j].text.lower() == "en" and j + 1 < len(words) \
        and is_gerund(words, j + 1)


def is_inverted_clitic(word: Word) -> bool:
    """``-t-il``, ``-elle``: split from its verb by ``service/inverted_subjects.py``."""
    return "-" in word.text and clitic_pronoun(word) is not None


def make_cue(text: str, sentence: Sentence, group: VerbGroup, lemma: str) -> Cue:
    start = sentence.words[group.start].start
    end = sentence.words[group.end].end
    return Cue(text[start:end], lemma, start, end)


def subject_of(sentence: Sentence, verb: int, seen: frozenset[int] = frozenset()) -> int | None:
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
        if verb + 2 < len(words) and words[verb + 1].text.lower() == "par":
            agent = [j for j in range(verb + 2, min(verb + 6, len(words)))
                     if words[j].upos in ("NOUN", "PROPN")]
            if agent:
                return agent[0]
    before = words[group.start - 1].text.lower() if group.start > 0 else ""
    own = any(words[c].rel == "nsubj" for c in v.children)
    # « Téhéran a nié ... et a prévenu », not the relative clause between (« L'élu a précisé
    # que l'équarrissage, dont le coût pourrait dépasser…, serait…, et a appelé »)
    if before in ("et", "mais", "puis") and not own:
        for j in range(group.start - 2, -1, -1):  # not a verb of a clause (« que X ont »)
            if words[j].upos == "VERB" and j not in seen and not _closed_relative(
                    sentence, j, group.start - 1) and any(
                    words[c].rel == "nsubj" for c in words[j].children) and not any(
                    words[c].rel == "mark" for c in words[j].children):
                return subject_of(sentence, j, seen | {verb})
    # the subject nearest the verb (« Grève à la SNCF : le gouvernement appelle »)
    for c in sorted(v.children, key=lambda c: (c > verb, abs(verb - c))):
        w = words[c]
        if is_time_word(words, c):
            continue  # « Samedi, l'Otan a annoncé »: a date is no subject
        # a subject the parser read as an address (« Mme Castagnède, qui a reconnu…, a dit »)
        misread = w.rel in ("vocative", "dislocated") and c < verb \
            and (w.upos in ("NOUN", "PROPN") or w.text in TITLES)
        if (w.rel == "nsubj" and not compared_subject(words, c)) or w.deprel == "obl:agent" \
                or misread:
            if w.feats.get("PronType") == "Rel" or w.text.lower() == "qui":
                return _antecedent_of_relative(words, c, v.head)
            if _emphatic_repeat(words, c):  # « Les syndicats, eux, dénoncent »
                return _phrase_owner(words, c - 2)
            if w.text in TITLES and c + 1 < len(words) and words[c + 1].upos == "PROPN":
                return c + 1  # « Me Richard Vidal » with « Me » tagged as the pronoun me
            return c
    j = group.start - 1
    if j >= 0 and words[j].text.lower() in ("il", "elle", "ils", "elles"):
        return j  # a clitic subject the parser attached elsewhere
    taken = _subject_of_opening_clause(sentence, v, group.start)
    if taken is not None:
        return taken
    if v.rel == "acl" and v.head >= 0:
        return v.head  # « un responsable ayant déclaré que »
    modified = _participle_noun(words, group.start)
    if modified is not None:
        return modified
    k = _before_label(words, group.start - 1)
    if k >= 0 and v.rel != "xcomp" and not is_time_word(words, k) \
            and (capitalized(words[k]) or words[k].upos in ("NOUN", "PROPN")):
        return k  # a subject right before the verb that the parser attached elsewhere
    gerund = is_gerund(words, verb) and v.rel.startswith(("obl", "advcl", "advmod"))
    if (v.rel in ("conj", "advcl", "xcomp") or gerund) and v.head >= 0 and v.head not in seen:
        return subject_of(sentence, v.head, seen | {verb})
    hung = _name_hung_on_opening(words, v)
    return hung if hung is not None else _subject_before_aside(words, group.start)


def compared_subject(words: list[Word], i: int) -> bool:
    """« Le capitaine X, arrivé en même temps que son entraîneur, a réagi », « Le maire,
    plus prudent que son adjoint, a dit »: a noun the parser makes a second subject of
    the verb, past a « que » of comparison after the first; it is not who acts."""
    head = words[i].head
    first = next((c for c in words[head].children if words[c].rel == "nsubj" and c < i),
                 None) if head >= 0 else None
    return first is not None and any(w.text.lower() in ("que", "qu'", "qu’")
                                     for w in words[first + 1 : i])


def _subject_of_opening_clause(sentence: Sentence, v: Word, start: int) -> int | None:
    """« Alors que l'enquête s'est ouverte lundi, pêcheurs et élus ont dénoncé »: the
    subject the parser gave to the clause opening the sentence, though a comma closes that
    clause before it and it runs up to the verb."""
    words = sentence.words
    for c in v.children:
        if words[c].rel != "advcl" or c > start:
            continue
        for k in words[c].children:
            span = [j for j in sentence.subtree(k) if words[j].upos != "PUNCT"]
            if words[k].rel == "nsubj" and k > c and span[-1] == start - 1 \
                    and words[span[0] - 1].text == "," and words[k].upos in ("NOUN", "PROPN"):
                return k
    return None


def _closed_relative(sentence: Sentence, verb: int, conjunction: int) -> bool:
    """Whether ``verb`` heads a relative clause that the later verb after ``conjunction``
    does not continue: closed by a comma (« L'élu a précisé que l'équarrissage, dont le
    coût pourrait dépasser 20 000 euros, serait à sa charge, et a appelé ») or of another
    number (« Jean Martin a rencontré les ouvriers qui manifestaient et a déclaré »); not
    « Marc Dubois, qui a démissionné lundi et a dénoncé »."""
    words = sentence.words
    if words[verb].rel != "acl":
        return False
    end = sentence.subtree(verb)[-1]
    numbers = {_number(words, verb), _number(words, conjunction + 1)} - {None}
    return len(numbers) > 1 or any(words[k].text == "," for k in range(end + 1, conjunction))


def _number(words: list[Word], verb: int) -> str | None:
    """The number of a finite verb, or of the auxiliary at or before it."""
    for k in (verb, *(c for c in words[verb].children if words[c].rel == "aux")):
        if words[k].feats.get("VerbForm") == "Fin" and "Number" in words[k].feats:
            return words[k].feats["Number"]
    return None


def _name_hung_on_opening(words: list[Word], v: Word) -> int | None:
    """« Joint par téléphone, Christophe Vernaz, directeur…, s'est dit »: the name the
    parser hung on the participle opening the sentence, which it took for a noun."""
    opening = next((c for c in v.children if c == 0 and words[c].rel == "advcl"), None)
    if opening is None:
        return None
    return next((c for c in words[opening].children if words[c].upos == "PROPN"
                 and words[c].rel in ("conj", "appos") and words[c - 1].text == ","), None)


def _before_label(words: list[Word], k: int) -> int:
    """The head of the name before a short label in brackets ending at word ``k``
    (« Yannick Le Borgne (divers droite) s'est dit »), else ``k``."""
    if k < 0 or words[k].text != ")":
        return k
    opening = next((j for j in range(k - 1, max(k - 5, -1), -1) if words[j].text == "("), None)
    if opening is None:
        return k
    k = opening - 1
    while k >= 0 and words[k].upos == "PROPN" and k - 3 <= words[k].head < k \
            and words[words[k].head].upos == "PROPN":
        k = words[k].head  # « Le Borgne » hung on « Yannick »
    return k


def _emphatic_repeat(words: list[Word], k: int) -> bool:
    """« eux » in « Les syndicats d'enseignants, eux, dénoncent »: a stressed pronoun set
    off by commas right after the noun phrase it repeats."""
    return words[k].text.lower() in ("lui", "elle", "eux", "elles") and k >= 2 \
        and k + 1 < len(words) and words[k - 1].text == "," and words[k + 1].text == "," \
        and words[k - 2].upos in ("NOUN", "PROPN")


def _subject_before_aside(words: list[Word], start: int) -> int | None:
    """« une ancienne employée, venue témoigner, a raconté »: the noun before an aside
    between commas, when the parser found no subject (it took « employée » for a verb)."""
    k = start - 1
    if k < 1 or words[k].text != ",":
        return None
    k = next((j - 1 for j in range(k - 1, max(k - 9, 0), -1) if words[j].text == ","), -1)
    while k > 0 and words[k].upos == "ADJ" and words[k].text.lower() not in PERSON_NOUNS:
        k -= 1
    if k >= 0 and (words[k].upos in ("NOUN", "PROPN") or words[k].text.lower() in PERSON_NOUNS):
        return k
    return None


def _participle_noun(words: list[Word], start: int) -> int | None:
    """« d'un responsable américain ayant déclaré »: a present participle speaks for
    the noun it follows, whatever the parser attached it to."""
    feats = words[start].feats
    if feats.get("VerbForm") != "Part" or feats.get("Tense") != "Pres":
        return None
    k = start - 1
    while k >= 0 and words[k].text.lower() in OBJECT_PRONOUNS:
        k -= 1  # « un courriel de l'opérateur l'informant que »
    while k >= 0 and words[k].upos == "ADJ":
        k -= 1
    return k if k >= 0 and words[k].upos in ("NOUN", "PROPN") else None


def _antecedent_of_relative(words: list[Word], qui: int, attached: int) -> int | None:
    """« Anne Hidalgo, qui a affirmé »: the noun right before the relative pronoun, which
    the parser may attach elsewhere."""
    k = qui - 1
    while k >= 0 and words[k].text == ",":
        k -= 1
    if k >= 0 and (words[k].upos in ("NOUN", "PROPN") or capitalized(words[k])):
        return _phrase_owner(words, k)
    return attached if attached >= 0 else None


def _phrase_owner(words: list[Word], k: int) -> int:
    """« Marc Dubois, infirmier à Lyon, qui dénonce »: the relative speaks for the
    person the complements and appositions before it describe, not for ``Lyon``, also
    past a participle's complement (« Élodie Marchetti, chargée de campagne de
    l'organisation, qui réclame »)."""
    while 0 <= words[k].head < k:
        head = words[words[k].head]
        if words[k].rel in ("nmod", "appos") and head.upos in ("NOUN", "PROPN"):
            k = words[k].head
        elif words[k].rel == "obl" and head.rel == "acl" \
                and head.feats.get("VerbForm") == "Part" and 0 <= head.head < k \
                and not any(words[c].upos == "DET" or words[c].lemma == "par"
                            for c in words[k].children):
            # a remit with no article (« chargée de campagne »), not a place, a body or an
            # agent: « transporté au CHU de Toulouse, qui a indiqué » is the CHU speaking,
            # « l'action lancée par l'association X, qui réclame » X
            k = head.head
        else:
            break
    if words[k].upos != "NOUN" or not person_like(words[k].lemma):
        return k
    # a role noun right after « Name, », whatever the parser hung it on
    comma = k - 1
    while comma > 0 and words[comma].upos not in ("PUNCT", "VERB", "AUX"):
        comma -= 1
    name = comma - 1
    if comma > 0 and words[comma].text == "," and words[name].upos == "PROPN":
        while words[name].rel == "flat" and 0 <= words[name].head < name:
            name = words[name].head
        governed = name > 0 and words[name - 1].upos == "ADP" or any(
            words[c].rel == "case" for c in words[name].children)
        if not governed:  # « À Paris, les manifestants, qui » is no Paris speaking
            return name
    return k


_ADDRESSEE = word_set("à au aux sur devant auprès")
#: Prepositions of a setting between an incise verb and its subject (« a tweeté dans la
#: soirée le député », « a déclaré lors d'un point presse le préfet »).
_SETTING = word_set("dans lors pendant durant depuis via")
#: Words of a date after a day or a period (« mardi dernier », « la semaine prochaine »).
_DATE_AFTER = word_set("dernier dernière prochain prochaine")
_PERIODS = TIME_WORDS | word_set("semaine mois année an week-end")


def is_time_word(words: list[Word], j: int) -> bool:
    """A word of a date (« jeudi », « mardi dernier »), which is no subject; « ce
    dernier » is someone."""
    low = words[j].text.lower()
    return low in TIME_WORDS or (low in _DATE_AFTER and j > 0
                                 and words[j - 1].text.lower() in _PERIODS)


#: Asides between an incise verb and its subject (« estime pour sa part le ministre »).
_ASIDES = [tuple(a.split()) for a in (
    "pour sa part", "pour leur part", "de son côté", "de leur côté", "à son tour",
    "à leur tour", "quant à lui", "quant à elle", "quant à eux", "quant à elles", "elle aussi",
    "lui aussi", "en substance", "d' entrée", "d’ entrée", "d' emblée", "d’ emblée",
    "à nouveau", "une nouvelle fois", "en soirée", "en matinée", "en fin de journée",
    "en fin de soirée", "en fin de matinée", "en début de soirée", "dans la soirée",
    "dans la matinée", "dans la nuit", "dans l' après-midi", "dans l’ après-midi",
    "en début d' après-midi", "en fin d' après-midi", "en fin de match", "en fin de séance",
    "en début de séance", "en séance", "depuis longtemps", "depuis toujours",
    *(f"depuis {many} {period}" for many in ("des", "plusieurs")
      for period in ("années", "mois", "semaines", "décennies")))]


def aside_length(words: list[Word], j: int) -> int:
    """The number of words of the aside starting at word ``j`` (0 when none)."""
    for aside in _ASIDES:
        if tuple(w.text.lower() for w in words[j : j + len(aside)]) == aside:
            return len(aside)
    return 0


def _subject_start(words: list[Word], j: int) -> bool:
    """A word that opens a new noun phrase after the addressee (``à l'AFP le ministre``,
    ``à la presse Jens Stoltenberg``, after a medium's acronym ``à l'AFP Karim`` or the
    network ``sur X Klára Novotná``), not a word of the addressee itself."""
    prev = words[j - 1]
    if capitalized(words[j]) and prev.upos == "NOUN" and not capitalized(prev):
        return True  # « à la presse Jens Stoltenberg »
    medium = j >= 2 and capitalized(prev) and prev.text.isupper() and len(prev.text) > 1 \
        and words[j - 2].upos in ("DET", "ADP")
    network = j >= 2 and prev.text in SOCIAL_NETWORKS \
        and words[j - 2].text.lower() in ("sur", "compte")
    if capitalized(words[j]) and (medium or network):
        return True  # « à l'AFP Karim Benali », « à BFMTV Sylvie », « sur X Klára Novotná »
    return (words[j].upos == "DET" or words[j].text in TITLES) and prev.upos != "ADP" \
        and prev.text.lower() not in _ADDRESSEE


def _label_end(words: list[Word], opening: int) -> int | None:
    """The closing bracket of a short label after a role (« la maire (divers gauche) », « le
    député (LR) ») that a name follows, else None."""
    after = bracket_end(words, opening)
    return after - 1 if after > opening and capitalized(words[after]) else None


def _one_of(words: list[Word], j: int) -> bool:
    """« un » of « l'un de », « l'une des », which the tagger reads as a pronoun."""
    return words[j].text.lower() in ("un", "une") and j > 0 and words[j - 1].text.lower() == "l'"


def inverted_subject(sentence: Sentence, group: VerbGroup) -> list[int] | None:
    """The noun phrase right after an incise verb (``a ajouté vendredi le ministre X``),
    read on the surface: the parser rarely attaches it right."""
    words = sentence.words
    run: list[int] = []
    # « a déclaré à l'AFP le porte-parole », « a tweeté dans la soirée le député »: skip
    # the addressee or the setting
    in_complement = False
    aside_end = parenthesis_end = 0
    for j in range(group.end + 1, len(words)):
        w = words[j]
        low = w.text.lower()
        if not run and j >= aside_end and (aside := aside_length(words, j)):
            aside_end = j + aside
        if not run and not in_complement and j >= aside_end \
                and (low in _ADDRESSEE or low in _SETTING):
            # also after a day or an aside: « a écrit dimanche de son côté sur X le… »
            in_complement = True  # « auprès de », tagged an adverb, too
            continue
        if not run and (w.upos in ("ADV", "NUM") or is_time_word(words, j) or j < aside_end
                        or _in_gerund(words, j)):
            continue  # also « a raconté en riant le tireur »
        if in_complement:
            if (w.upos in ("DET", "NOUN", "PROPN", "ADJ") or low in OF_WORDS) \
                    and not _subject_start(words, j):
                continue  # « auprès de l'AFP »
            in_complement = False
        if run and _manner_or_time(words, j):
            break  # « a déclaré le trentenaire d'une voix à peine audible »
        nominal = w.upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "X") or w.text in TITLES \
            or _one_of(words, j)  # « l'un de leurs conservateurs »
        inner_adverb = run and w.upos == "ADV" and j + 1 < len(words) and words[j + 1].upos in (
            "NOUN", "ADJ", "PROPN")  # « ce même responsable »
        if run and w.text == "(" and words[j - 1].lemma.lower() in PERSON_NOUNS \
                and (close := _label_end(words, j)) is not None:
            parenthesis_end = close  # « la maire (divers gauche) Catherine Morvan »
        if nominal or inner_adverb or capitalized(w) or (run and low in OF_WORDS) \
                or j <= parenthesis_end:
            run.append(j)
        else:
            break
    while run and words[run[-1]].upos not in ("NOUN", "PROPN", "X", "ADJ"):
        run.pop()
    if not any(words[j].upos in ("NOUN", "PROPN", "X") or capitalized(words[j])
               or words[j].text.lower() in PERSON_NOUNS for j in run):
        return None
    # « la ministre de la Santé, Agnès Buzyn »: a name in apposition (also « ..., le
    # colonel Jean Roux », « ..., commandant Jean Roux »); not the body of a bare role
    # (« Karim Belkacem, délégué CGT »)
    # « le directeur de l'Agence spatiale européenne (ESA), Karl-Heinz Vogelsang »
    j = bracket_end(words, run[-1] + 1)
    k = j + 1
    while k < len(words) and (words[k].upos == "DET" or words[k].lemma.lower() in PERSON_NOUNS):
        k += 1
    body = k < len(words) and k > j + 1 and words[j + 1].upos != "DET" and (
        words[k].text.isupper() or words[k].lemma.lower() in ORGANIZATION_NOUNS)
    if k < len(words) and words[j].text == "," and capitalized(words[k]) and not body:
        name = name_words(words, k) or [k]
        after = words[name[-1] + 1].text if name[-1] + 1 < len(words) else "."
        if after in ",.;!?":
            run += [j, *range(j + 1, name[-1] + 1)]
    return run


#: Nouns of a manner of speaking (« d'une voix blanche », « d'un ton sec »), as written:
#: the lemmatizer reads « ton » as the possessive.
_MANNER_NOUNS = word_set("voix ton air sourire souffle")
_DURATIONS = word_set("seconde secondes minute minutes heure heures jour jours semaine "
                      "semaines mois an ans année années")


def _manner_or_time(words: list[Word], j: int) -> bool:
    """Words after an incise subject that are not part of it: a manner (« d'une voix
    blanche ») or a time (« quelques minutes après », « deux jours plus tard », « a écrit
    le groupe samedi soir »); not an age (« le coureur de 27 ans »)."""
    low = words[j].text.lower()
    if words[j].text.islower() and is_time_word(words, j):
        return True
    after = words[j + 1] if j + 1 < len(words) else None
    if low in OF_WORDS and after is not None and after.text.lower() in ("un", "une") \
            and j + 2 < len(words) and words[j + 2].text.lower() in _MANNER_NOUNS:
        return True
    counted = low in ("quelques", "plusieurs") or (
        words[j].upos == "NUM" and words[j - 1].text.lower() not in OF_WORDS)
    return counted and after is not None and after.text.lower() in _DURATIONS


#: What introduces the source of an impersonal « on » (« a-t-on appris auprès de la
#: préfecture », « de source policière », « souligne-t-on à Matignon »).
_ON_SOURCE_MARKS = OF_WORDS | word_set("auprès à au aux dans")
#: Nouns that name a source after « on » (besides persons and bodies).
_ON_SOURCE_NOUNS = word_set("source sources entourage proche proches")
#: Seats of power named for who works there (« souligne-t-on à Matignon »).
_SEATS = word_set("Matignon Élysée Elysée Bercy Beauvau Orsay Kremlin Maison-Blanche "
                  "Pentagone Quirinal Chancellerie")


def impersonal_source(words: list[Word], group: VerbGroup) -> list[int] | None:
    """The words of the source an impersonal « on » incise names after its verb: a person,
    a body, « source(s) », « entourage » or a seat of power; not a time or a place (« a-t-on
    appris dans la soirée », « à Lyon »)."""
    j = group.end + 1
    while j < len(words) and words[j].upos != "PUNCT" and words[j].upos != "VERB":
        if words[j].text.lower() not in _ON_SOURCE_MARKS:
            j += 1
            continue
        while j < len(words) and words[j].text.lower() in _ON_SOURCE_MARKS:
            j += 1
        run: list[int] = []
        while j < len(words) and (
                words[j].upos in ("DET", "NOUN", "PROPN", "ADJ") or capitalized(words[j])
                or run and words[j].text.lower() in OF_WORDS and words[j + 1 : j + 2]
                and words[j + 1].text.lower() not in _ON_SOURCE_MARKS | _ON_SOURCE_NOUNS):
            run.append(j)
            j += 1
        while run and words[run[-1]].upos not in ("NOUN", "PROPN", "ADJ"):
            run.pop()
        if not run:
            continue
        head = words[phrase_head(words, run)]
        lemma = head.lemma.lower()
        if lemma in _ON_SOURCE_NOUNS or person_like(lemma) or lemma in ORGANIZATION_NOUNS \
                or head.text in _SEATS:
            return run
    return None


def phrase_head(words: list[Word], run: list[int]) -> int:
    """The word a surface noun phrase is about: its last name that is no complement
    (``Mark Esper``, not ``Défense``), else its role noun, else its first noun."""
    def complement(j: int) -> bool:
        k = j - 1
        while k >= run[0] and (words[k].upos == "DET" or capitalized(words[k])):
            k -= 1
        return k >= run[0] and words[k].text.lower() in OF_WORDS

    names = [j for j in run if capitalized(words[j]) and words[j].text not in TITLES
             and not complement(j)]
    roles = [j for j in run if words[j].lemma.lower() in PERSON_NOUNS]
    nouns = [j for j in run if words[j].upos in ("NOUN", "X")]
    return (names or [None])[-1] or (roles or nouns or run)[0]


def capitalized(word: Word) -> bool:
    """A capitalized content word: a name, whatever tag the tagger gave it."""
    return word.text[:1].isupper() and word.upos not in ("DET", "ADP", "PUNCT", "PRON", "CCONJ")
