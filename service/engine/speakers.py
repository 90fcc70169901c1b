"""Speaker mentions: from the head word of a subject (or of the object of ``selon``) to
the span that names the source, split into proper name, role description and pronoun."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import dropwhile

from .first_names import first_name_gender
from .lexicon import (
    EPICENE_NOUNS,
    NAMED_BODY_NOUNS,
    NATIONALITY_NOUNS,
    OF_WORDS,
    ORGANIZATION_NOUNS,
    PARTY_NAMES,
    PERSON_NOUNS,
    SOCIAL_NETWORKS,
    SOURCE_NOUNS,
    TITLES,
    is_nationality_noun,
    names_a_people,
    person_like,
    word_set,
)
from .parse import Sentence, Word
from .types import Span

PRONOUNS = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"),
            "elles": ("Fem", "Plur"), "lui": ("Masc", "Sing"), "eux": ("Masc", "Plur"),
            "celui-ci": ("Masc", "Sing"), "celle-ci": ("Fem", "Sing"),
            "ce dernier": ("Masc", "Sing"), "cette dernière": ("Fem", "Sing"),
            "l'intéressé": ("Masc", "Sing"), "l'intéressée": ("Fem", "Sing")}
#: Relations inside a noun phrase; anything else (clauses, predicates) is not the name.
_NOMINAL = frozenset({"det", "amod", "nmod", "case", "flat", "compound", "fixed", "nummod"})
#: Determiners that tell a gender; « sa » too (« sa numéro deux, Élodie Marquet »), but
#: not « son », which feminine nouns take before a vowel (« son avocate »).
_ARTICLE_GENDER = {"le": "Masc", "un": "Masc", "ce": "Masc", "cet": "Masc", "la": "Fem",
                   "une": "Fem", "cette": "Fem", "sa": "Fem"}
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
#: Capitalized words naming a portfolio or body (``ministre de la Défense``).
_PORTFOLIOS = word_set(
    "défense intérieur justice santé économie finances travail culture éducation "
    "agriculture environnement transports affaires armées budget logement sports industrie "
    "commerce énergie recherche famille numérique etat état république assemblée sénat "
    "otan onu"
)
#: Whom « le conseil de … » defends: then the noun names a lawyer.
_CLIENTS = PERSON_NOUNS | {"famille", "victime"}
_CASE_WORDS = frozenset({"de", "d'", "du", "des", "à", "au", "aux", "en", "par", "sur"})


@dataclass(frozen=True)
class Mention:
    span: Span
    name: str | None  # proper name, title dropped (``Netanyahu`` for ``M. Netanyahu``)
    role: str | None  # description without determiner (``secrétaire d'Etat``)
    pronoun: str | None
    head_lemma: str
    determiner: str | None  # "def", "ind" or "dem"
    gender: str | None
    number: str | None
    written: bool = False  # said in a communiqué or a letter: a body may be the source
    alias: str | None = None  # the acronym in brackets after the name (``CRE``)
    possessive: bool = False  # « son entraîneur »: someone related to another person
    quotes_another: bool = False  # its quotation speaks of someone else (« Son état… »)

    @property
    def person_role(self) -> bool:  # also the head of « médecin-chef », « la Brestoise X »
        return self.head_lemma.removesuffix("-chef") in PERSON_NOUNS \
            or self.head_lemma in NATIONALITY_NOUNS \
            or self.role is not None and names_a_people(self.role)

    @property
    def organization_role(self) -> bool:
        return self.head_lemma in ORGANIZATION_NOUNS


_CLITIC = re.compile(r"(?:^|-t-|-)(il|elle|ils|elles|on)$", re.IGNORECASE)


def clitic_pronoun(word: Word) -> str | None:
    """``il`` for ``il``, ``-il``, ``-t-il``, ``on`` for ``-t-on``; None for other words."""
    m = _CLITIC.search(word.text)
    return m.group(1).lower() if m else None


def _glued_after_apostrophe(words: list[Word], k: int) -> bool:
    """``h`` of « Le Floc’h », which the tokenizer cuts off after the apostrophe."""
    prev = words[k - 1]
    return prev.text[-1:] in "'’" and prev.text[:1].isupper() and words[k].start == prev.end \
        and words[k].text.isalpha()


def _is_name_word(word: Word) -> bool:
    """A capitalized word that may belong to a name, whatever tag the tagger gave it
    (``Di`` in ``Di Rupo``), but no role noun (``Premier``, ``Président``)."""
    return (
        word.text[:1].isupper()
        and word.upos not in ("PUNCT", "PRON", "DET", "CCONJ", "SCONJ", "AUX", "NUM")
        and word.text.lower() not in PERSON_NOUNS
        and word.lemma.lower() not in PERSON_NOUNS
    ) or word.text in TITLES


#: Lowercase particles inside names (``Ursula von der Leyen``, ``Valéry Giscard d'Estaing``);
#: « du » is read as de + le, so ``le`` follows ``de`` within one token.
LOWER_PARTICLES = frozenset(
    {"de", "d'", "d’", "von", "van", "der", "den", "ter", "da", "di", "del", "della", "dos",
     "das", "ben", "bin", "ibn", "al", "el"}
)


def _particles_at(words: list[Word], k: int, run: list[int]) -> int:
    """How many words at ``k`` continue the name ``run``, particles and the name word after
    them: a capitalized article (``Marine Le Pen``, ``Bruno Le Maire``: then even a role
    noun is the name) or up to two lowercase particles before a word the parse attaches to
    the name (``Dominique de Villepin``, ``von der Leyen``, ``Joachim du Bellay``), never a
    body's (« Fabien Roussel du PCF », « Christine Lagarde de la BCE »; « Macron de retour »
    ends at ``Macron``)."""
    w = words[k]
    if w.text in TITLES:
        return 0
    if w.text[:1].isupper() and not _is_name_word(w):
        after = k + 1
        ok = after < len(words) and words[after].text[:1].isupper() \
            and words[after].upos in ("PROPN", "NOUN", "ADJ", "X")
        return 2 if ok else 0
    n = 0
    while n < 2 and k + n < len(words):
        low = words[k + n].text.lower()
        contracted = n == 1 and words[k + 1].start == words[k].start  # « du » = de + le
        flat = words[k + n].rel.startswith("flat") and low in ("la", "le", "les", "des")
        if not (low in LOWER_PARTICLES or contracted or flat):
            break
        n += 1
    after = k + n
    if not n or after >= len(words) or not _is_name_word(words[after]):
        return 0
    body = words[after]
    if len(body.text) > 1 and body.text.isupper() or role_lemma(body) in ORGANIZATION_NOUNS:
        return 0
    # on the name, or beside it on the same word (« le général Charles de Gaulle »)
    attached = body.head in run or body.head == words[run[0]].head \
        or body.rel.startswith("flat")
    return n + 1 if attached else 0


def _word_before(words: list[Word], k: int) -> int | None:
    """The word before word ``k``, past its articles (« de » in « de la Drôme »)."""
    k -= 1
    while k >= 0 and words[k].upos == "DET":
        k -= 1
    return k if k >= 0 else None


def _past_adjectives(words: list[Word], k: int | None) -> int | None:
    """Word ``k``, or the word before the adjectives it ends (« l'école élémentaire »)."""
    while k is not None and k > 0 and words[k].upos == "ADJ":
        k = _word_before(words, k)
    return k


def _in_brackets(words: list[Word], first: int, last: int) -> bool:
    """Whether words ``first`` to ``last`` stand alone in brackets (« (CRE) »)."""
    return first > 0 and words[first - 1].text == "(" and last + 1 < len(words) \
        and words[last + 1].text == ")"


#: The article words after « de » (« des » is read as de + les, « du » as de + le).
_ARTICLES_AFTER_OF = frozenset({"la", "l'", "l’", "le", "les"})


def _lowercase_part(words: list[Word], k: int, run: list[int]) -> int:
    """How many lowercase words at ``k`` still belong to the name ``run`` of a body: an
    adjective on it (``Conseil constitutionnel``, ``Rassemblement national``), and after an
    institution's noun a complement (``Cour des comptes``, ``Haute Autorité de santé``),
    also as the author of a writing (« un rapport de la Cour des comptes »)."""
    before = _word_before(words, run[0])
    of_writing = before is not None and before > 0 \
        and words[before - 1].lemma.lower() in SOURCE_NOUNS | _FIGURE_NOUNS
    if before is not None and words[before].text.lower() in OF_WORDS and not of_writing \
            or not all(
            words[i].upos in ("NOUN", "ADJ") or words[i].text.lower() in ORGANIZATION_NOUNS
            for i in run if words[i].text[:1].isupper()):
        return 0  # a complement (« ministre des Affaires étrangères »), a person's name
    w = words[k]
    if w.text[:1].islower() and w.upos == "ADJ" and w.rel == "amod" and w.head in run:
        return 1
    if w.text.lower() not in OF_WORDS or not any(
            role_lemma(words[i]) in ORGANIZATION_NOUNS for i in run):
        return 0
    n = 2 if k + 1 < len(words) and words[k + 1].text.lower() in _ARTICLES_AFTER_OF else 1
    noun = words[k + n] if k + n < len(words) else None
    if noun is not None and noun.text[:1].islower() and noun.upos == "NOUN" \
            and noun.head in run:
        return n + 1
    return 0


def _surname_like_a_role(words: list[Word], k: int, run: list[int]) -> bool:
    """« Pivot » in « Bernard Pivot », « Gérant » in « Jean-Pierre Gérant »: a capitalized
    role noun right after a first name alone is a surname."""
    return len(run) == 1 and words[k].text[:1].isupper() \
        and words[k].text.lower() in PERSON_NOUNS \
        and first_name_gender(words[run[0]].text) is not None


def name_words(words: list[Word], k: int) -> list[int]:
    """The name starting at word ``k``: capitalized words, with inner particles
    (``Noël Le Graët``, ``Jean-Yves Le Drian``, ``Charles de Gaulle``) and the lowercase
    words of a body's name (``Conseil constitutionnel``)."""
    out: list[int] = []
    lowercase = False  # after « Conseil constitutionnel », only a last word of the body's
    while k < len(words):  # name (« Santé publique France »), not a person (« Laurent Fabius »)
        if _is_name_word(words[k]) and lowercase:
            if not any(words[c].rel.startswith("flat") for c in words[k].children):
                out.append(k)
            break
        if _is_name_word(words[k]) or (out and _glued_after_apostrophe(words, k)) \
                or _surname_like_a_role(words, k, out):
            out.append(k)
            k += 1
            continue
        n = _particles_at(words, k, out) if out else 0
        if out and not n:
            n = _lowercase_part(words, k, out)
            lowercase = lowercase or n > 0
        if not n:
            break
        out.extend(range(k, k + n))
        k += n
    return out


def _kept_words(sentence: Sentence, head: int) -> list[int]:
    """The head's noun phrase without relative clauses, participles, coordination or
    appositions: the span that names, not the whole subject."""
    words = sentence.words
    kept, todo = [], [head]
    while todo:
        i = todo.pop()
        kept.append(i)
        for c in words[i].children:
            juxtaposed = words[c].rel == "appos" and c > 0 and words[c - 1].text != ","
            bracket = words[c].text in "()" and i != head  # kept or cut below
            if words[c].rel not in _NOMINAL and not juxtaposed and not bracket:
                continue  # « le chef de la diplomatie Mike Pompeo »: a juxtaposed name stays
            if i == head and words[c].rel == "case" and c < head:
                continue
            if words[c].rel == "det" and c > i:
                continue  # « de l'opérateur l'informant »: an object pronoun
            todo.append(c)
    kept.sort()
    # keep the contiguous run around the head
    lo = hi = kept.index(head)
    while lo > 0 and kept[lo - 1] == kept[lo] - 1:
        lo -= 1
    while hi + 1 < len(kept) and kept[hi + 1] == kept[hi] + 1:
        hi += 1
    run = kept[lo : hi + 1]
    # a party in brackets stays within a person's phrase (« le sénateur (LR) des
    # Alpes-Maritimes X »), not after a body (« la chambre régionale des comptes (CRC) »)
    brackets = [n for n, k in enumerate(run) if words[k].text in "()"]
    if brackets and (len(brackets) != 2 or brackets[-1] == len(run) - 1 or brackets[0] == 0
                     or words[run[brackets[0] - 1]].lemma.lower() not in PERSON_NOUNS):
        run = run[: brackets[0]]
    while run and words[run[-1]].upos == "PUNCT":
        run.pop()
    while run and words[run[0]].upos == "PUNCT":
        run.pop(0)
    return run or [head]


#: Offices held for a place (« le maire de », « la députée de »), unlike relations to a
#: person (« l'avocat de Moussa Ibrahim Traoré »).
_PLACE_OFFICES = word_set("maire député députée sénateur sénatrice président présidente "
                          "gouverneur gouverneure préfet préfète conseiller conseillère élu "
                          "élue bourgmestre")
#: Words that make the first name after them part of a place's name (« San Antonio »,
#: « Saint Martin »).
_PLACE_NAME_PREFIXES = frozenset({"San", "Santa", "Santo", "São", "Saint", "Sainte", "St",
                                  "Ste", "Los", "Las", "Île", "Port", "Mont", "Fort"})
#: Nouns a place's name follows (« la région Île-de-France »).
_PLACE_NOUNS = word_set("région département ville commune métropole province canton "
                        "territoire collectivité agglomération")


def _side_by_side(words: list[Word], run: list[int]) -> list[list[int]]:
    """``run`` cut between a place, a party or a network and a name: after a social
    network (« sur Facebook Loïg Chesnais-Girard »), a hyphenated place (after « de » or a
    noun like « région »), a party or a body's acronym after a role noun, a body's noun or
    « de » (« le groupe LVMH Bernard Arnault »), followed by two name words
    (not ``Jean-Marie Le Pen``); before a first name after a place held by an office (« le
    sénateur de l'Indre Bernard Cazal », « la députée RN du Var Laurence Bastide »; not « le
    maire de San Antonio Ron Nirenberg »);
    or after a complement where the parse hangs the name on the same word (« le maire de
    Lyon Grégory Doucet »: ``Lyon`` and ``Grégory`` both on ``maire``) or a first and last
    name on the place (« le député de la Manche Bertrand Aubriot »), but not after a
    particle (« le général Charles de Gaulle »)."""
    first_name = all(_is_name_word(words[k]) for k in run[1:3])
    if len(run) >= 3 and words[run[0]].text in SOCIAL_NETWORKS and first_name:
        return [run[:1], run[1:]]  # « sur Facebook Loïg Chesnais-Girard »
    before = _word_before(words, run[0])
    place = before is not None and (words[before].text.lower() in OF_WORDS
                                    or words[before].lemma.lower() in _PLACE_NOUNS)
    if len(run) >= 3 and "-" in words[run[0]].text and first_name and place:
        return [run[:1], run[1:]]  # « la région Île-de-France Valérie Pécresse »
    acronym = words[run[0]].text.isupper()
    party = (acronym or words[run[0]].text in PARTY_NAMES) and run[0] > 0 and (
        words[run[0] - 1].lemma.lower() in PERSON_NOUNS
        or words[run[0] - 1].lemma.lower() in _NAMED_BODIES)
    body = acronym and before is not None and words[before].text.lower() in _BODY_CASES
    if len(run) >= 3 and (party or body) and first_name:
        return [run[:1], run[1:]]  # « le député LR Éric Ciotti », « à l'AFP Léa Roux »,
        # « la députée Renaissance Anne Roux »
    if len(run) >= 3 and party and not _is_name_word(words[run[1]]):
        # « la députée RN du Var Laurence Bastide »: the party, then the place and the name
        rest = list(dropwhile(lambda k: not _is_name_word(words[k]), run[1:]))
        return [run[:1], *_side_by_side(words, rest)] if rest else [run]
    office = _word_before(words, before) if before is not None else None
    head = words[run[0]].head  # the office past a party (« la députée RN du Var »)
    held = (before is not None and words[before].lemma.lower() in _PLACE_NOUNS) or any(
        j is not None and j >= 0 and words[j].lemma.lower() in _PLACE_OFFICES
        for j in (office, head))
    if place and held and len(run) >= 3 and words[run[0]].upos == "PROPN" \
            and first_name_gender(words[run[0]].text) is None:
        # « le sénateur de l'Indre Bernard Cazal », parsed as one name: a first name after
        # the place opens the person's (not « de Jean-Marie Le Pen », « de San Antonio »)
        opening = next((n for n in range(1, len(run) - 1)
                        if first_name_gender(words[run[n]].text) is not None
                        and words[run[n - 1]].text not in _PLACE_NAME_PREFIXES), None)
        if opening is not None:
            return [run[:opening], run[opening:]]
    first = words[run[0]]
    if not any(words[c].rel == "case" for c in first.children):
        return [run]  # no « de Lyon »: « France Nature Environnement » is one name
    out = [[run[0]]]
    for n, k in enumerate(run[1:], 1):
        prev = words[out[-1][-1]]
        hung = words[k].head == first.head or (  # « de la Manche Bertrand Aubriot »
            words[k].head == run[0] and words[k].rel in ("nmod", "appos")
            and len(run) - n >= 2)
        if hung and not words[k].rel.startswith("flat") \
                and _is_name_word(prev) and _is_name_word(words[k]):
            out.append([k])
        else:
            out[-1].append(k)
    return out


#: Words before a body's acronym that a name may follow (« de l'ESA », « à l'AFP »).
_BODY_CASES = OF_WORDS | {"à", "au", "aux"}
#: Bodies a name follows (« la société Varenne Logistique », « l'association Eau
#: Secours »), unlike offices (« le porte-parole du gouvernement Olivier Véran »).
_NAMED_BODIES = word_set("société entreprise groupe compagnie banque association parti "
                         "syndicat fondation club ong collectif fédération laboratoire "
                         "cabinet start-up marque enseigne mouvement formation organisation "
                         "institut agence alliance coalition réseau")


#: Places named after a person or a body (« l'école Jean-Giono », « rue Victor-Hugo », « le
#: centre Météo-France de Lyon-Bron »): the name that follows is the place's.
_NAMED_PLACES = word_set("école collège lycée université faculté rue avenue boulevard place "
                         "quai pont stade gymnase salle hôpital clinique musée parc square "
                         "allée impasse résidence cité médiathèque bibliothèque théâtre "
                         "aéroport gare piscine centre")


def _place_name_end(words: list[Word], run: list[int]) -> int:
    """How many words of ``run`` name the place whose noun comes before it: a hyphenated
    name or a single word (« directrice de l'école élémentaire Jean-Giono », « du lycée
    Fénelon »), up to the first name of a person set beside it (« président de
    l'université Paris-Cité Édouard Kaminski »); none after a capitalized noun, a club's
    (« le défenseur du Stade brestois X »), or before a full name (« la présidente du
    centre hospitalier Marie Leclerc »)."""
    k = _past_adjectives(words, _word_before(words, run[0]))
    if k is None or words[k].upos != "NOUN" or not words[k].text.islower() \
            or words[k].lemma.lower() not in _NAMED_PLACES \
            or len(run) > 1 and "-" not in words[run[0]].text:
        return 0
    return next((n for n in range(1, len(run)) if words[run[n]].upos == "PROPN"
                 and first_name_gender(words[run[n]].text) is not None), len(run))


def _names_a_body(words: list[Word], first: int) -> bool:
    """Whether the name starting at word ``first`` follows a body's noun in a complement
    (« directeur de la société de transport »), or the parse hangs it on one: the body's
    name, not the person's."""
    return _follows_body(words, first) or _hangs_on_body(words, first)


def _follows_body(words: list[Word], first: int) -> bool:
    """Whether a body's noun in a complement comes right before the name, past adjectives
    and one more complement (« du groupe écologiste Villeneuve en commun », « virologue au
    laboratoire Santé, environnement et microbiologie »)."""
    k = _word_before(words, first)
    for _ in range(2):
        k = _past_adjectives(words, k)
        if k is None or words[k].upos != "NOUN":
            return False
        of = _word_before(words, k)
        case = words[of].text.lower() if of is not None else ""
        if words[k].lemma.lower() in _NAMED_BODIES:
            return case in _BODY_CASES
        if case not in OF_WORDS:
            return False
        k = _word_before(words, of)
    return False


def _hangs_on_body(words: list[Word], first: int) -> bool:
    """Whether the name starting at word ``first`` ends the name of a body's noun in a
    complement, a name with a small word in it (« porte-parole du collectif Debout le
    Clos-Fleuri »), as the parse hangs it on that noun."""
    body = words[first].head
    if words[first].rel.split(":")[0] not in ("appos", "nmod", "flat") \
            or not 0 <= body < first - 1 or words[body].lemma.lower() not in _NAMED_BODIES:
        return False
    between = words[body + 1 : first]
    return between[0].text[:1].isupper() \
        and all(w.text[:1].isupper() or w.upos in ("DET", "ADP") for w in between) \
        and any(words[c].rel == "case" and words[c].text.lower() in OF_WORDS
                for c in words[body].children)


#: Adjectives that open a role set before a pronoun (« Ancienne juge, elle… »).
_ROLE_ADJECTIVES = frozenset({"ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "jeune",
                              "futur", "future", "ex"})


def _name_run(sentence: Sentence, idx: list[int]) -> list[int]:
    """The last run of capitalized name words in ``idx`` that is no complement (``de l'Otan``)
    nor an alias in brackets after a name."""
    words = sentence.words
    runs: list[list[int]] = []
    inside = set(idx)
    for i in idx:
        if runs and i <= runs[-1][-1]:
            continue
        run = [k for k in name_words(words, i) if k in inside]
        if run:
            runs.extend(_side_by_side(words, run))
    for n, run in reversed(list(enumerate(runs))):
        if n > 0 and _in_brackets(words, run[0], run[-1]):
            continue  # « la Commission de régulation de l'énergie (CRE) »: an alias
        if _names_a_body(words, run[0]):
            continue  # « directeur de la société de transport Varenne Logistique »
        run = run[_place_name_end(words, run):]  # « l'école Jean-Giono »
        if not run:
            continue
        if run == [0] and words[0].text.lower() in _ROLE_ADJECTIVES:
            continue  # « Ancienne juge d'instruction, elle… »: an adjective, capitalized
        if run[0] > 0 and words[run[0] - 1].text.lower() == "chez":
            continue  # « X, délégué CGT chez Stellaris »: the employer, not the person
        # « des » of « directeur des Autocars Vernaz » may be tagged as an article
        before = [j for j in idx if j < run[0] and (
            words[j].upos != "DET" or words[j].text.lower() in ("des", "du"))]
        if before and words[before[-1]].text.lower() in _CASE_WORDS:
            # « ministre de la Défense Mark Esper »: the portfolio, then the name
            whole = len(run)
            while run and words[run[0]].text.lower() in _PORTFOLIOS:
                run = run[1:]
            if not run or len(run) == whole:
                continue
        if not all(words[i].text in TITLES for i in run):
            return run
    return []


#: Titles that tell a person's gender.
_TITLE_GENDER = {"M.": "Masc", "MM.": "Masc", "Mme": "Fem", "Mmes": "Fem", "Mlle": "Fem"}


def _determiner(word: Word, text: str) -> str:
    """"def", "ind" or "dem" (from the token as written: ``des`` is split into de + les)."""
    written = text[word.start : word.end].lower()
    if word.lemma.lower() in _DEMONSTRATIVES or written in _DEMONSTRATIVES:
        return "dem"
    if written in ("un", "une", "des", "d'", "d’"):
        return "ind"
    return word.feats.get("Definite", "Def")[:3].lower()


def bracket_end(words: list[Word], j: int) -> int:
    """The word after a short aside in brackets at word ``j`` (« (ESA) », « (divers
    gauche) »), else ``j``."""
    if j < len(words) and words[j].text == "(":
        for k in range(j + 1, min(j + 5, len(words) - 1)):
            if words[k].text == ")":
                return k + 1
            if words[k].upos in ("VERB", "AUX", "PUNCT"):
                break
    return j


#: Participles that give a role its remit (« chargée des mobilités », « déléguée à la culture »).
_IN_CHARGE = frozenset({"chargé", "chargée", "délégué", "déléguée"})
#: « sortant » after an office (« le maire sortant »), which the tagger may read as a verb.
_OUTGOING = frozenset({"sortant", "sortante"})


def _past_joined_complement(words: list[Word], j: int) -> int:
    """The word after a complement that « et de » joins to the one before word ``j``
    (« le président du comité des pêches maritimes et des élevages marins (CRPMEM) »), or
    ``j``: a second noun phrase of the same role, not a second person."""
    if j + 1 >= len(words) or words[j].text.lower() != "et" \
            or words[j + 1].text.lower() not in OF_WORDS:
        return j
    k = j + 2
    while k < len(words) and words[k].upos in ("DET", "ADP", "NOUN", "ADJ") \
            and words[k].text not in ",(":
        k += 1
    return k


def apposition_after(words: list[Word], last: int) -> list[int] | None:
    """``Le secrétaire général de l'Otan, Jens Stoltenberg, a dit``: the words of the name
    between commas right after word ``last`` of a role phrase (past an aside in brackets
    and a place, « (CRPM) de Normandie, », « (divers gauche) de Montbrézac, », « sortant »,
    a remit, « chargée des mobilités, » or « déléguée à la culture, », and a title,
    « , le docteur X, »; also past a complement joined to the role's, « des pêches
    maritimes et des élevages marins »)."""
    after = _past_joined_complement(words, last + 1)
    j = bracket_end(words, after)
    if j > after and j + 1 < len(words) and words[j].text.lower() in ("de", "d'", "d’", "à"):
        # « (CRPM) de Normandie, Yannick Lebas, », « (LR) au Sénat, Hubert de Villemont, »
        k = j + 2 if words[j + 1].upos == "DET" else j + 1
        place = name_words(words, k) if k < len(words) else []
        j = place[-1] + 1 if place else j
    if j == after and j < len(words) and words[j].text.lower() in _OUTGOING:
        j += 1  # « du maire sortant, Yannick Le Borgne, », « sortant » parsed as a verb
    if j < len(words) and words[j].text.lower() in _IN_CHARGE:
        # « la vice-présidente du conseil régional chargée des mobilités, Claire X, »
        j = next((k for k in range(j + 1, min(j + 7, len(words))) if words[k].text == ","),
                 len(words))
    if j + 1 >= len(words) or words[j].text != ",":
        return None
    first = j + 1
    if first + 2 < len(words) and words[first].text.lower() in ("le", "la") \
            and words[first + 1].upos == "NOUN" and words[first + 1].text.islower():
        first += 2  # « Le chef du service, le docteur Thomas Vasseur, »
    name = name_words(words, first)
    end = name[-1] + 1 if name else len(words)
    if name and end < len(words) and words[end].text in (",", ".", "!", "?", ";") \
            and end == (len(words) - 1 if words[end].text != "," else end):
        return name  # set off by commas, or ending the sentence
    return None


def _appositive_name(sentence: Sentence, head: int) -> int | None:
    """The name hung on a role noun (« le ministre, Jean Dupont »), not an acronym in
    brackets (« l'Agence régionale de santé (ARS) »: an alias of the body itself)."""
    for c in sentence.words[head].children:
        w = sentence.words[c]
        after_comma = c > 0 and sentence.words[c - 1].text == ","
        if w.rel == "conj" and not after_comma or c > 0 and sentence.words[c - 1].text == "(":
            continue
        if w.rel in ("appos", "flat", "nmod", "conj") and w.upos == "PROPN" and not any(
            sentence.words[g].rel in ("case", "cc") for g in w.children
        ):
            return c
    return None


def may_speak(word: Word) -> bool:
    """A name, a personal pronoun, or a noun of a person or a body (« la préfecture »,
    not « la loi »)."""
    lemma = role_lemma(word)
    return word.upos == "PROPN" or word.text.lower() in ("il", "elle", "ils", "elles", "on") \
        or word.upos == "NOUN" and (person_like(lemma) or lemma in ORGANIZATION_NOUNS)


def _apposed_subject(sentence: Sentence, head: int, first: int) -> list[int] | None:
    """« La présidente du groupe, Léa Kervella, a annoncé » and « FO, deuxième syndicat du
    site, réclame », parsed as two subjects: the other one, a name for a role or a role
    for a name, when it ends at the comma before this one and joins no one named to
    someone else (« Le PDG de Navalis, Éric Marchand, et la ministre, Agnès Roy, ont
    visité » is two people)."""
    words = sentence.words
    titled = words[head].text in TITLES  # « le Dr Karim Benslimane »: a name
    other = "NOUN" if titled else {"PROPN": "NOUN", "NOUN": "PROPN"}.get(words[head].upos)
    if other is None or words[head].head < 0 or first < 2 or words[first - 1].text != ",":
        return None
    for r in words[words[head].head].children:
        subtree = sentence.subtree(r)
        # the role that opens the sentence may be read as an adverbial (« Pédiatre au
        # centre hospitalier d'Avignon, le Dr Karim Benslimane a pris en charge… »)
        opening = words[r].rel == "advcl" and subtree[0] == 0 \
            and role_lemma(words[r]) in PERSON_NOUNS  # not « Parti dans un groupe… »
        if r < head and (words[r].rel == "nsubj" or opening) and words[r].upos == other \
                and _ends_before_comma(words, subtree, first) \
                and not (any(words[k].rel == "conj" for k in subtree)
                         and any(words[k].rel == "appos" and words[k].upos == "PROPN"
                                 for k in subtree)):
            return _kept_words(sentence, r)
    return None


def _ends_before_comma(words: list[Word], subtree: list[int], first: int) -> bool:
    """Whether a phrase ends at the comma before word ``first``, an alias in brackets
    included (« le Syndicat des chauffeurs de taxi de France (SCTF), »)."""
    last = [k for k in subtree if words[k].upos != "PUNCT"][-1]
    return last == first - 2 or last == first - 3 and words[first - 2].text == ")"


def _named_subject_before(sentence: Sentence, head: int) -> int | None:
    """« Le Syndicat des chauffeurs de taxi de France (SCTF), deuxième organisation du
    secteur, a appelé » and « le distributeur Hexamarché, premier client de la CLB,
    affirme », parsed as two subjects: the head of the name before the role that
    describes it, which speaks under its name."""
    words = sentence.words
    first = _kept_words(sentence, head)[0]
    if words[head].upos != "NOUN" or words[head].text in TITLES or words[head].head < 0 \
            or first < 2 or words[first - 1].text != ",":
        return None
    for r in words[words[head].head].children:
        if r < head and words[r].rel == "nsubj" and words[r].upos == "NOUN" \
                and _ends_before_comma(words, sentence.subtree(r), first):
            run = _name_run(sentence, _kept_words(sentence, r))
            # the noun's own name, not a complement's (« le directeur de l'usine Arkeon »)
            own = run and (run[0] == r or words[run[0]].head == r and not any(
                words[c].rel == "case" for c in words[run[0]].children))
            return r if own else None
    return None


def _mention_words(sentence: Sentence, head: int, surface: list[int] | None,
                   pronoun: str | None) -> tuple[list[int], list[int]]:
    """The words of the role phrase and of the naming phrase (the same when there is no
    apposition): « le ministre de X, Jean Dupont » gives the role, then the name."""
    words = sentence.words
    if pronoun:
        return [head], [head]
    idx = surface or _kept_words(sentence, head)
    if idx == [head] and words[head].text in TITLES:
        # « Me Agnès Labbé », the title parsed as a pronoun apart from the name after it
        idx = name_words(words, head)
    apposed = None if surface else _apposed_subject(sentence, head, idx[0])
    if apposed:  # the role's words, then the name's
        named = words[head].upos == "PROPN" or words[head].text in TITLES
        return (apposed, idx) if named else (idx, apposed)
    commas = [k for k, i in enumerate(idx) if words[i].text == ","]
    if commas and 0 < commas[0] < len(idx) - 1:
        return idx[: commas[0]], idx[commas[0] + 1 :]
    if not surface:
        name = apposition_after(words, idx[-1])
        if name:
            return idx, name
        appos = _appositive_name(sentence, head)
        if appos is not None and appos not in idx:
            return idx, _kept_words(sentence, appos)
    return idx, idx


def role_lemma(word: Word) -> str:
    """The lemma, or the form itself when the tagger took a role noun for a verb
    (« une ancienne employée » lemmatized as « employer »)."""
    lemma, form = word.lemma.lower(), word.text.lower()
    known = PERSON_NOUNS | ORGANIZATION_NOUNS
    return form if lemma not in known and form in known else lemma


def _gender_number(text: str, sentence: Sentence, head: int, pronoun: str | None,
                   role_idx: list[int], role_words: list[int],
                   name_run: list[int]) -> tuple[str | None, str | None]:
    words = sentence.words
    if pronoun:
        return PRONOUNS.get(pronoun, (None, None))
    role_at = [i for i in role_words if role_lemma(words[i]) in PERSON_NOUNS
               or names_a_people(words[i].text)]
    role_nouns = [words[i] for i in role_at]
    if role_nouns:  # « la cheffe ... Annalena Baerbock »: the role tells the gender
        # only the role's own article (« l'avocat de la défense » is no « la »)
        # « sa » tells a woman only before a noun that is not feminine itself: « sa numéro
        # deux », not « sa victime », which may be a man
        feminine_noun = role_nouns[0].feats.get("Gender") == "Fem"
        articles = [_ARTICLE_GENDER.get(text[words[i].start : words[i].end].lower())
                    for i in role_idx if words[i].upos == "DET" and i < role_at[0]
                    and not (feminine_noun and words[i].text.lower() == "sa")]
        # then an adjective before it (« l'ancien maire »), then the noun itself
        adjectives = [_noun_gender(words[i]) for i in role_idx
                      if words[i].upos == "ADJ" and i < role_at[0]]
        epicene = bool(name_run) and role_nouns[0].text.lower() in EPICENE_NOUNS  # the name decides
        gender = next((g for g in articles + adjectives if g),
                      None if epicene else _noun_gender(role_nouns[0]))
        return gender, role_nouns[0].feats.get("Number")  # the article is the surer sign
    w = words[head]
    if name_run:  # a body's own article tells its gender (« le BEA-TT », « la Fnac »),
        # not a title's (« le Dr Mathilde Roussel »)
        before = name_run[0] - 1
        article = text[words[before].start : words[before].end].lower() \
            if before in role_idx and words[before].upos == "DET" \
            and words[name_run[0]].text not in TITLES else ""
        return _ARTICLE_GENDER.get(article), w.feats.get("Number")
    return w.feats.get("Gender"), w.feats.get("Number")


#: Person nouns whose gender is their meaning, not their ending.
_GENDERED_NOUNS = {**dict.fromkeys(("père", "frère", "homme", "fils"), "Masc"),
                   **dict.fromkeys(("mère", "fille", "femme", "sœur", "épouse"), "Fem")}
#: Feminine role nouns the lemmatizer may keep as they are.
_FEMININE_LEMMAS = word_set("cheffe présidente ministre-présidente")


def _noun_gender(word: Word) -> str | None:
    """The gender a role noun or adjective itself shows: none for one spelt alike for both
    (``maire``, ``ministres``, ``jeune``: the tagger's guess is no sign), its own for one
    whose other gender is spelt otherwise (``enquêteur``, which the tagger may take for a
    feminine), else the tagger's."""
    if is_nationality_noun(word.text):  # « l'Italienne »
        return NATIONALITY_NOUNS[word.text.lower()]
    form, lemma = word.text.lower().removesuffix("s"), word.lemma.lower()
    if word.text.lower() in _GENDERED_NOUNS:  # « son père », « sa fille »: no article
        return _GENDERED_NOUNS[word.text.lower()]
    if form in PERSON_NOUNS:  # a noun whose other gender is spelt otherwise, whatever
        # the tagger says: « avocate », « cheffe », « directrice », « charpentière »;
        # « avocat », « enquêteur » (enquêtrice), « charpentier »
        for feminine, masculine in _GENDER_ENDINGS:
            if form.endswith(feminine) and form[: -len(feminine)] + masculine in PERSON_NOUNS:
                return "Fem"
        for feminine, masculine in _GENDER_ENDINGS:
            if form.endswith(masculine) \
                    and form[: len(form) - len(masculine)] + feminine in PERSON_NOUNS:
                return "Masc"
    if form.endswith("e") and form == lemma and form not in _FEMININE_LEMMAS:
        return None
    return word.feats.get("Gender")


#: Endings of a feminine role noun and of its masculine (« charpentière », « charpentier »).
_GENDER_ENDINGS = (("ière", "ier"), ("euse", "eur"), ("rice", "eur"), ("enne", "en"),
                   ("onne", "on"), ("ffe", "f"), ("e", ""))


#: Parties and unions known by two letters; other two-letter capitals may be names (« JR »).
_SHORT_ACRONYMS = frozenset({"FO", "LR", "PS", "RN", "PC", "FN", "UE"})


def is_acronym(word: str) -> bool:
    """« CGT », « LR »: a body's acronym after a role, not a one- or two-letter stage name
    (« le chanteur M », « l'artiste JR »)."""
    return word.isupper() and (len(word) >= 3 or word in _SHORT_ACRONYMS)


#: Capitalized words for a kind of body, written before its name (« l'ONG Mer Ouverte »).
_BODY_KINDS = frozenset({"ONG"})


def _without_role_word(words: list[Word], run: list[int]) -> list[int]:
    """A name run without the nationality, the people or the kind of body before it: « la
    Française », « l'Espagnol Álvaro Sendra », « la Brestoise Maëlle Le Goff » describe a
    person, « l'ONG Mer Ouverte » a body; the nationality, the people or the kind is a role,
    not a name."""
    if run and words[run[0]].text in _BODY_KINDS:  # and its adjective: « l'ONG britannique »
        run = run[1:]
        while run and not words[run[0]].text[:1].isupper():
            run = run[1:]
        return run
    if run and is_nationality_noun(words[run[0]].text):
        return run[1:]
    people = len(run) >= 2 and run[0] > 0 and words[run[0] - 1].text.lower() in _DEFINITE \
        and names_a_people(words[run[0]].text) and first_name_gender(words[run[0]].text) is None
    return run[1:] if people else run


#: Definite articles, after which a people's noun is no first name (« la Brestoise X »).
_DEFINITE = frozenset({"le", "la", "l'", "l’"})


def _apposed_name(text: str, sentence: Sentence, head: int) -> str | None:
    """« Johanna Rolland, maire de Nantes, »: the name a role phrase is set off after;
    also after a title and its name (« le capitaine Julien Roussel, porte-parole du SDIS »),
    and for a second role with no article (« Émilie Vasseur, infirmière et porte-parole du
    collectif »; « X, Y et le président » is someone else)."""
    words = sentence.words
    w = words[head]
    second_role = w.rel == "conj" and not any(words[c].upos == "DET" for c in w.children)
    if w.rel != "appos" and not second_role or not 0 <= w.head < head:
        return None
    named = w.head
    if second_role:  # the conjunct hung on the first role or a word of it
        while words[named].rel == "nmod" and 0 <= words[named].head < named:
            named = words[named].head
        if words[named].rel == "appos" and words[named].upos == "NOUN":
            named = words[named].head
    if not any(words[k].text == "," for k in range(named + 1, head)):
        return None
    if words[named].upos == "NOUN":  # the title: its own apposed name before the comma
        named = next((c for c in words[named].children if named < c < head
                      and words[c].upos == "PROPN" and words[c].rel == "appos"), -1)
    if named < 0 or words[named].upos != "PROPN":
        return None
    run = name_words(words, named)
    if not run:
        return None
    run = _without_role_word(words, _side_by_side(words, run)[-1])  # « de l'ESA Léa… »
    return text[words[run[0]].start : words[run[-1]].end] if run else None


def describe(text: str, sentence: Sentence, head: int,
             surface: list[int] | None = None) -> Mention:
    """The mention headed by word ``head``; ``surface``: its words when already known."""
    words = sentence.words
    if surface is None:
        named = _named_subject_before(sentence, head)
        head = head if named is None else named
    w = words[head]
    pronoun = clitic_pronoun(w) if w.upos == "PRON" or "-" in w.text else None
    if pronoun is None and w.upos == "PRON" and w.text.lower() in PRONOUNS:
        pronoun = w.text.lower()  # « selon lui des Irakiens… »: what hangs on lui is not him
    role_idx, idx = _mention_words(sentence, head, surface, pronoun)
    phrase = text[words[idx[0]].start : words[idx[-1]].end].lower().replace("’", "'")
    if phrase in PRONOUNS:  # ce dernier, celle-ci, l'intéressé: anaphors like il, elle
        pronoun = phrase
    run = [] if pronoun else _name_run(sentence, idx)
    run = _without_role_word(words, run)
    if run and is_acronym(words[run[0]].text) and any(
            i < run[0] and (role_lemma(words[i]) in PERSON_NOUNS
                            or words[i].text.lower() in PERSON_NOUNS) for i in idx):
        run = []  # « délégué CGT », « déléguée SUD Santé Sociaux », « l'élue PS » (also
        # read as the verb élire): the body, not the person
    name = None
    if run:
        name = text[words[run[0]].start : words[run[-1]].end]
    elif not pronoun and w.upos == "NOUN":  # the role stays a role below
        name = _apposed_name(text, sentence, head)
        after = None if name else apposition_after(words, idx[-1])
        if after:  # « le président de la FFT, Bernard Lacombe, » parsed apart
            name = text[words[after[0]].start : words[after[-1]].end]
    if name:
        for title in TITLES:
            name = name.removeprefix(title + " ")
    role_words = [i for i in role_idx if i not in run and words[i].text not in TITLES
                  and words[i].upos != "PUNCT"]
    det = None
    while role_words and (words[role_words[0]].upos in ("DET", "ADV")
                          or words[role_words[0]].text.lower() == "même"):
        first = words[role_words.pop(0)]
        if first.upos == "DET" and det is None:
            det = _determiner(first, text)
    for c in w.children:
        if words[c].upos == "DET" and det is None:
            det = _determiner(words[c], text)
    role = None
    name_first = bool(run) and role_words and run[0] < role_words[0]
    if role_words and not pronoun and not name_first:  # a role comes before its name
        role = text[words[role_words[0]].start : words[role_words[-1]].end]
    gender, number = _gender_number(text, sentence, head, pronoun, role_idx, role_words, run)
    titles = [_TITLE_GENDER[words[i].text] for i in idx if words[i].text in _TITLE_GENDER]
    if run and gender is None and titles:
        gender = titles[0]  # « M. Guérineau », « Mme Ferrand »
    start, end = words[idx[0]].start, words[idx[-1]].end
    if pronoun and text[start:end].lower().endswith(pronoun):
        start = end - len(pronoun)  # the il of -t-il
    noun = next((i for i in role_words
                 if role_lemma(words[i]) in PERSON_NOUNS | ORGANIZATION_NOUNS), head)
    head_lemma = role_lemma(words[noun])
    if name and gender == "Masc" and head_lemma in EPICENE_NOUNS \
            and first_name_gender(name) == "Fem":
        gender = "Fem"  # a title spelt alike for both: « le docteur Nadia Ferrand »
    possessive = text[start:end].split()[0].lower() in _POSSESSIVES
    if head_lemma == "conseil" and _counsel(words, noun, possessive):
        head_lemma = "avocat"
    title = _title_after(text, head_lemma, w.end, end, name)
    if title:  # « le magazine "Écrans" » speaks under its title
        name, end = title.group(1), title.end()
    return Mention(Span(text[start:end], start, end), name, role, pronoun, head_lemma,
                   det, gender, number, alias=_acronym_after(words, run[-1]) if run else None,
                   possessive=possessive)


def _counsel(words: list[Word], noun: int, possessive: bool) -> bool:
    """Whether « conseil » is someone's lawyer: « son conseil », « le conseil de l'élu »,
    « le conseil de Mme Roux », « le conseil de la famille »; not « le conseil municipal »,
    « le conseil de Paris », « le Conseil d'État » or « le conseil des ministres »."""
    if words[noun].text != "conseil":
        return False
    after = words[noun + 1 : noun + 4]
    if not after or after[0].upos == "PUNCT":
        return possessive
    if after[0].text.lower() != "de" or len(after) < 2:
        return False
    if after[1].text in TITLES or first_name_gender(after[1].text) is not None:
        return True  # « le conseil de Mme Roux », « le conseil de Jean Dupont »
    client = next((w for w in after[1:] if w.upos != "DET"), None)  # « élu » may be a verb
    return client is not None and role_lemma(client) in _CLIENTS \
        and client.feats.get("Number") != "Plur"


def _acronym_after(words: list[Word], last: int) -> str | None:
    """``CRE`` in « la Commission de régulation de l'énergie (CRE) »: the short name the
    text gives a body, by which it names it again."""
    k = last + 2
    if k < len(words) and _in_brackets(words, k, k) and len(words[k].text) > 1 \
            and words[k].text.isupper():
        return words[k].text
    return None


#: Nouns of publications and channels, named by a title in quote marks.
MEDIA = word_set("journal quotidien hebdomadaire mensuel magazine revue site chaîne radio "
                 "émission")
_MEDIUM_TITLE = re.compile(r"[ \u00a0\u202f]*[«\"“][ \u00a0\u202f]*([A-ZÀ-Ý][^«»\"“”\n]{0,40}?)"
                           r"[ \u00a0\u202f]*[»\"”]")


#: Nouns of publications and bodies named by a title in quote marks (« le magazine "Écrans" »,
#: « l'association "Sauvons la Loire" »), as lemmas.
_TITLED = MEDIA | {noun.lower() for noun in NAMED_BODY_NOUNS}


def _title_after(text: str, head_lemma: str, head_end: int, end: int,
                 name: str | None) -> re.Match[str] | None:
    """The title in quote marks that names a publication or a body, right after its noun
    or after the whole mention; a name the parse found inside the title gives way to it
    (« Sauvons » of « l'association « Sauvons la Loire » »)."""
    if head_lemma not in _TITLED:
        return None
    found = _MEDIUM_TITLE.match(text, head_end)
    if found and (not name or name in found.group(1)):
        return found
    return _MEDIUM_TITLE.match(text, end) if not name else None


#: Figures someone publishes: « selon les chiffres du ministère » is the ministry speaking.
_FIGURE_NOUNS = word_set("chiffre estimation donnée statistique projection bulletin sondage "
                         "décompte")


#: Verbs whose subject or agent issued or sent a writing (« le communiqué publié par
#: l'exploitant », « a adressé un courrier »), unlike those of who read, obtained or
#: received it (« consulté par l'AFP », « a reçu un courriel »).
ISSUING_VERBS = word_set("publier diffuser communiquer poster signer adresser envoyer "
                         "rédiger établir émettre")


def source_of(sentence: Sentence, head: int) -> int:
    """For ``un communiqué du département d'Etat``, ``les chiffres du ministère`` or ``le
    communiqué publié par l'exploitant``, the word that names who speaks."""
    words = sentence.words
    w = words[head]
    figures = w.lemma.lower() in _FIGURE_NOUNS
    if w.lemma.lower() in SOURCE_NOUNS or figures:
        for c in w.children:
            if words[c].rel == "acl" and words[c].lemma.lower() in ISSUING_VERBS:
                agent = next((g for g in words[c].children if words[g].rel == "obl"
                              and words[g].upos in ("NOUN", "PROPN") and any(
                                  words[k].lemma == "par" for k in words[g].children)), None)
                if agent is not None:
                    return agent  # « publié mercredi par l'exploitant »
            of = c > head and words[c - 1].text.lower() in ("de", "du", "des", "d'", "d’") or (
                c > head + 1 and words[c - 2].text.lower() in ("de", "d'", "d’"))
            if words[c].rel == "nmod" and words[c].upos in ("NOUN", "PROPN") and of \
                    and (not figures or may_speak(words[c])):
                return c  # not « les chiffres du chômage », « le bulletin de santé »
    return head
