"""Speaker resolution: each mention to the fullest name the document gives its source.

Proper names go to the longest name of the document that contains them (``M.
Netanyahu`` -> ``Benjamin Netanyahu``); role descriptions to the name the document ties
to the same office (``le chef de la diplomatie américaine Mike Pompeo``, ``X, maire de
Nantes,``), the nearest tie before them first, or, when definite or demonstrative, to the
latest earlier speaker or person named they can describe (``la cinéaste``,
``l'Italienne``); pronouns to the latest earlier speaker or
subject of matching gender and number, else to another person named before them whose
gender the text gives (``ce dernier``: the last person named).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .epithets import (
    AGE_DECADES,
    FOLDED_NATIONALITIES,
    PARTY_WORDS,
    ROLE_ONLY_EPITHETS,
    age_in,
    clash,
    decade_range,
    demonym,
    describes,
    without_union_adjective,
)
from .first_names import first_name_gender
from .folding import folded_words, same_word
from .lexicon import (
    DOCUMENTS,
    EPICENE_NOUNS,
    NAMED_BODY_NOUNS,
    NATIONALITY_NOUNS,
    ORGANIZATION_NOUNS,
    PERSON_NOUNS,
    TIME_WORDS,
    UNION_ACRONYMS,
    person_like,
    reporting_lemma,
    word_set,
)
from .speakers import LOWER_PARTICLES, Mention, is_acronym
from .types import Speaker, SpeakerKind

#: Titles of office that news text uses interchangeably for the same official.
LEADER_NOUNS = frozenset(
    {"chef", "cheffe", "secrétaire", "ministre", "président", "présidente", "dirigeant",
     "dirigeante", "patron", "patronne", "directeur", "directrice", "leader", "premier",
     "première", "chancelier", "chancelière", "pdg", "président-directeur"}
)
#: Nouns that describe again a person named before (``le procureur X ... le magistrat``).
GENERIC_PERSON_NOUNS = frozenset(
    {"magistrat", "magistrate", "élu", "élue", "homme", "femme", "intéressé", "intéressée",
     "diplomate", "responsable", "dirigeant", "dirigeante", "officiel"}
)
#: Offices news text names a new holder by (« le préfet a rappelé »): a definite office
#: title is no anaphora, unlike a profession (« la cinéaste », « le technicien »).
OFFICE_NOUNS = frozenset(
    {"préfet", "préfète", "maire", "procureur", "procureure", "juge", "ambassadeur",
     "ambassadrice", "gouverneur", "gouverneure", "porte-parole", "député", "députée",
     "sénateur", "sénatrice", "commissaire", "recteur", "rectrice",
     "représentant", "représentante", "général", "générale", "pape", "roi", "reine",
     "émissaire", "envoyé", "envoyée", "médiateur", "médiatrice", "rapporteur",
     "rapporteure", "source", "témoin", "victime", "expert", "experte", "analyste",
     "vice-président", "vice-présidente", "ministre-président", "délégué", "déléguée"}
)
#: Organization nouns that stand for the organization last named (``l'organisation``).
GENERIC_ORGANIZATIONS = frozenset({"organisation", "alliance", "institution", "agence",
                                   "instance", "autorité"})
#: Descriptions of a public body that stand for the body last named, as ``folded_words``
#: gives them (« Météo-France … l'établissement public », « Santé publique France …
#: l'agence sanitaire »); « l'établissement » alone is as often a school or a hospital the
#: text only mentions.
_PUBLIC_ESTABLISHMENTS = (["etablissement", "public"], ["organisme", "public"])
_PUBLIC_BODIES = (*_PUBLIC_ESTABLISHMENTS, ["agence", "sanitaire"], ["autorite", "sanitaire"])
#: Public establishments a text may name between a body and « l'établissement public »,
#: which the description may then mean (« L'ARS a inspecté l'hôpital de Brive. … assure
#: l'établissement public »).
_ESTABLISHMENT = re.compile(r"(?i)\b(?:hôpital|hôpitaux|centre hospitalier|CHU|clinique|"
                            r"lycée|collège|école|université|maternité|musée|établissement)")
#: Unions by name, and nouns that describe a union or a company again (« la CGT ... le
#: syndicat », « le groupe suédois Norvik ... l'entreprise »): each kind of body is
#: described only by its own nouns.
UNION_NAMES = ("Force ouvrière", "Solidaires", "Confédération paysanne", "Coordination rurale")
#: A union of a trade by its name (« l'Union des pharmaciens d'officine », « la Fédération
#: régionale des producteurs de lait », « le Syndicat national des journalistes »): its
#: members in the plural after « des ».
_TRADE_UNION = (r"(?:Union|Fédération|Confédération|Syndicat)(?:\s+[a-zé]+(?:ale|al))?\s+des"
                r"\s+[a-zà-ÿ]+s(?:\s+(?:de|d['’]|du)\s*[a-zà-ÿ]+)?")
#: A union as the text writes it: an acronym with the branch joined to it (« SUD-Rail »,
#: « CGT-Cheminots »), a name with its capital, or a trade's union.
_UNION = re.compile(r"\b(?:(?:" + "|".join(sorted(UNION_ACRONYMS, key=len, reverse=True))
                    + r")(?:-[A-ZÀ-Ý][\w'’]*)*|" + "|".join(UNION_NAMES) + "|" + _TRADE_UNION
                    + r")\b")
_UNION_NOUNS = frozenset({"syndicat"})
#: Sectors that leave « le syndicat » describing the union named before (« le syndicat
#: agricole », « le syndicat enseignant »), as ``folded_words`` gives them.
_UNION_SECTORS = frozenset({"agricole", "enseignant", "etudiant", "policier", "patronal",
                            "hospitalier", "lyceen", "paysan"})
#: A sports club as the press names it: « l'AS Montreval », « le Racing 92 », « l'Union
#: Bordeaux-Bègles », « l'Union sportive Grenoble Alpes », « le Stade toulousain », « Castres
#: olympique », « Toulouse FC », « l'Olympique de Valence », « l'Olympique lyonnais », « le
#: Cercle nautique montrevalois », « le Cercle des nageurs de Marseille »; not a stadium
#: (« le Stade Vélodrome ») nor « l'US Open ».
_CLUB = re.compile(r"\b(?:(?:AS|FC|RC|SC|US|AJ|OGC|ESTAC|Racing|Union(?:\s+sportive)?|"
                   r"Association\s+sportive)(?!\s+Open\b)"
                   r"(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|\d+))+|(?:Stade|Olympique)\s+[a-zé]+(?:ais|ain|ois)"
                   r"|Olympique\s+(?:de\s+|d['’])[A-ZÀ-Ý][\w'’-]*"
                   r"|Cercle\s+(?:nautique|sportif|des\s+nageurs)(?:\s+(?:de\s+|d['’])?[A-ZÀ-Ý]"
                   r"[\w'’-]*|\s+(?!(?:mais|demain)\b)[a-zà-ÿ]+(?:ais|ain|ois))?"
                   r"|(?!(?:Le|La|Les|Au|Aux|Du|Des|De|En)\b)[A-ZÀ-Ý][\w'’-]*\s+"
                   r"(?:olympique|FC))\b")
#: A body the text introduces by its noun and its name (« l'association Les Lilas
#: solidaires, », « l'équipe Kestrel Cycling », « le collectif « Touche pas à mon
#: hôpital » »): its noun alone names it again.
#: The name is in quote marks, or runs over capitalized words (« Terre Bleue a dénoncé »),
#: or from a capital to a comma or a stop within four words (« Nos quartiers d'abord, »).
_NAME_WORD = r"[A-ZÀ-Ý0-9][\w'’-]*"
#: A kind of members, with an adjective, may come between the noun and the name (« le groupe
#: de cybercriminels Krakenlock », « le groupe de crèches privées Babylune »); « le groupe »
#: is a body named so too.
_CALLED_NOUNS = "|".join(sorted(NAMED_BODY_NOUNS | {"groupe"}))
_BODY_CALLED = re.compile(
    r"\b(?:[Ll]['’]|[Ll]e\s+|[Ll]a\s+|[Dd]u\s+|[Dd]e\s+la\s+|[Dd]e\s+l['’]|[Aa]u\s+|[Àà]\s+la\s+"
    r"|[Àà]\s+l['’])(" + _CALLED_NOUNS + r")(?:\s+d(?:e|es|['’])\s*[a-zà-ÿ]+s"
    r"(?:\s+(?!(?:sous|depuis|dans|après|alors|plus|moins|très|mais|puis|tous|toutes|pas)\b)"
    r"[a-zà-ÿ]+s)?)?"
    r"\s+(?:[«“\"][\s\u00a0\u202f]*("
    r"[A-ZÀ-Ý][^«»“”\"\n]{0,40}?)[\s\u00a0\u202f]*[»”\"]|(" + _NAME_WORD
    + r"(?:\s+(?:(?:de|des|du|d['’]|la|le|les|l['’]|et|pour|en|sur)\s*)?" + _NAME_WORD + r")*)"
    r"((?:\s+[a-zà-ÿ][\w'’-]*){1,3}(?=\s*[,.;:)]))?)")
#: A body named, then described by its noun in apposition (« La Brigade Sud, principal
#: groupe de supporters, »): the noun alone names it again. Words that open a sentence
#: are no part of the name.
_BODY_APPOSED = re.compile(
    r"(?:\b(?:[Ll]es|[Ll]e|[Ll]a)\s+|\b[Ll]['’])?(?<![\w'’])(?!(?:Selon|Pour|Dans|Chez|Avec|Mais|"
    r"Et|Quant|Comme|Depuis|Après|Avant|Face|Contre|Sur|Par|En|À|Le|La|Les|Lundi|Mardi|Mercredi|"
    r"Jeudi|Vendredi|Samedi|Dimanche)\b)(" + _NAME_WORD + r"(?:\s+(?:(?:de|des|du|d['’]|et)\s*)?"
    + _NAME_WORD + r")*),\s+(?:(?:le|la|un|une)\s+|l['’])?(?:(?:principale?|premier|première|"
    r"grande?|puissante?)\s+)?(" + _CALLED_NOUNS + r")\s+d(?:e|es|u|['’])")
#: Words that end a name run on to a comma: verbs (« l'ONG Terre Bleue a refusé, »).
_NOT_IN_NAMES = word_set("a ont est sont avait avaient était étaient sera seront se ne qui y")
#: A body of that noun the text introduces without a name (« une autre association »).
_UNNAMED_BODY = r"\b(?:une?|d['’]autres|des)\s+(?:autres?\s+|nouveaux?\s+|nouvel(?:le)?s?\s+)?"
#: Other clubs a text may name, which make « le club » ambiguous (« le Lions Club », « le
#: club de lecture »).
_OTHER_CLUB = re.compile(r"\b[A-ZÀ-Ý][\w'’-]*\s+Club\b|\b[Cc]lub\s+(?:de|des|du|d['’])\s"
                         r"(?!(?:Ligue|National|football|foot|rugby|basket|handball|volley|hockey)\b)")
#: Adjectives that leave a union or company noun describing the one named before (« le
#: syndicat minoritaire », with nationalities: « le groupe suédois »), as ``folded_words``
#: gives them; others name another body (« le groupe écologiste », « la société civile »).
_BODY_ADJECTIVES = frozenset({"minoritaire", "majoritaire"})
#: Trades a company has, which people and other parties have too (« Jean Favre, qui
#: exploite le restaurant … l'exploitant », the insurer of a company named): they describe
#: a company named as such (« le transporteur Kuehne+Nagel … le transporteur »), else the
#: last one named when no one and nothing else comes between; « l'assureur » and « le
#: distributeur » only the first way.
_TRADE_NOUNS = frozenset({"armateur", "enseigne", "exploitant", "distributeur", "transporteur",
                          "assureur"})
_OTHER_PARTY_TRADES = frozenset({"assureur", "distributeur"})
#: Trades the text may give a company in other words (``folded_words`` forms): a retailer
#: (« le distributeur Hexamarché », « la chaîne X ») is « l'enseigne ».
_TRADE_KIN = {"enseigne": frozenset({"distributeur", "distribution", "chaine"})}
_COMPANY_NOUNS = frozenset({"entreprise", "société", "groupe", "compagnie", "constructeur",
                            "fabricant", "firme", "industriel", "opérateur", "direction",
                            "maison", "éditions"}) | _TRADE_NOUNS
#: Writings that speak for their author (« précise le communiqué », « selon le texte »).
_WRITINGS = frozenset({"communiqué", "texte", "courrier", "lettre", "message", "rapport"})
#: Company nouns that other bodies have too (« la direction » of a school): they describe
#: only a body the text calls a company (« le groupe suédois Norvik »).
_MANAGEMENT_NOUNS = frozenset({"direction", "maison"})
#: What a company noun's complement may say of the company (« la société de production »,
#: « la maison d'édition »), as ``folded_words`` gives it; others name something else.
_TRADES = frozenset({"de", "d'", "production", "edition", "distribution", "disques"})


#: Heads of « l'un d'eux », « l'une d'elles »: the article belongs to the phrase.
_PARTITIVE_HEADS = frozenset({"un", "une"})


@dataclass
class Resolved:
    speaker: Speaker
    mention: Mention
    method: str  # name, role, anaphora, description, unresolved
    gender: str | None
    number: str | None


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return bool(short) and all(w in it for w in short)


_LEADER_WORDS = frozenset(w for noun in LEADER_NOUNS for w in folded_words(noun))

#: Offices that news text names in several ways (« le chef du gouvernement » for « le
#: Premier ministre »), each name as the words ``folded_words`` gives.
_OFFICE_NAMES = {
    "head of state": ["chef de l' etat", "president de la republique"],
    "head of government": ["chef du gouvernement", "premier ministre", "premiere ministre",
                           "chancelier", "chanceliere"],
    "foreign minister": ["chef de la diplomatie", "ministre des affaires etrangeres",
                         "secretaire d' etat"],
    "prefect": ["prefet", "prefete", "representant de l' etat", "representante de l' etat"],
    "justice minister": ["garde des sceaux", "ministre de la justice"],
    "interior minister": ["ministre de l' interieur", "locataire de beauvau",
                          "locataire de la place beauvau"],
}
_ARTICLES = frozenset({"le", "la", "l'", "les", "ce", "cet", "cette"})
#: Words after « secrétaire d'État » that make it a junior minister's portfolio (« chargé
#: de l'Europe », « aux Transports »), not the American foreign minister.
_PORTFOLIO_MARKS = frozenset({"a", "au", "aux", "charge", "chargee", "aupres"})
#: Heads of a body that news text uses for one another (« le patron », « le secrétaire
#: général », « le président » of a body); the others name an office of their own.
_BODY_LEADERS = _LEADER_WORDS - frozenset(
    folded_words("ministre premier première chancelier chancelière"))
_FUNCTION_WORDS = _ARTICLES | {"de", "d'", "du", "des", "a", "au", "aux", "et", "en"}
#: Words that open a complement of a role noun (``folded_words`` forms).
_COMPLEMENT_WORDS = frozenset({"de", "d'", "du", "des", "a", "au", "aux", "pour", "chez", "en",
                               "sur"})
#: Role and body nouns, which mark no particular person (« porte-parole du gouvernement »
#: and « chef du gouvernement » are two people), as ``folded_words`` gives them.
_NOUNS = frozenset(w for noun in PERSON_NOUNS | ORGANIZATION_NOUNS for w in folded_words(noun))
#: Offices one person holds at a time, whose title names the holder (``folded_words``
#: forms): « le préfet » is the prefect, whoever the text named last.
_SOLE_OFFICES = frozenset({"ministre", "prefet", "prefete", "maire", "procureur", "procureure",
                           "chef", "cheffe", "premier", "premiere", "chancelier", "chanceliere",
                           "pape", "roi", "reine", "gouverneur", "gouverneure", "recteur",
                           "rectrice"})
#: The words of office and leader titles (``folded_words`` forms).
_OFFICE_WORDS = frozenset(w for noun in OFFICE_NOUNS | LEADER_NOUNS for w in folded_words(noun))
_FOLDED_UNION_NAMES = frozenset(" ".join(folded_words(name)) for name in UNION_NAMES)
_COMPANY_WORDS = frozenset(w for noun in _COMPANY_NOUNS for w in folded_words(noun))
_BODY_WORDS = frozenset(w for noun in ORGANIZATION_NOUNS for w in folded_words(noun)) \
    - _COMPANY_WORDS
#: An indefinite article and a capitalized noun (« un Lyonnais », « une Française »).
_INDEFINITE_NOUN = re.compile(r"\b([Uu]ne?)\s+([A-ZÀ-Ý][\w-]+)")
#: An age the text gives after a name: « Anne Le Guennec, 61 ans, », « (23 ans) ».
_AGE_AFTER_NAME = (r"(?:\s*,\s*|\s+\()(?:âgée?\s+de\s+)?(\d{1,3})\s+ans\b"
                   r"(?!\s+(?:après|plus|avant|auparavant|de|d['’]))")


#: Ordinals before a role noun, as ``folded_words`` gives them.
_ORDINALS = frozenset({"premier", "premiere", "dernier", "derniere", "deuxieme", "second",
                       "seconde", "troisieme"})


def _without_ordinal(role: list[str], other: list[str]) -> list[str]:
    """``role`` without the ordinal before its noun when ``other`` is that noun alone
    (« Premier témoin entendu jeudi, X » … « le témoin »), and without its articles; « le
    Premier ministre » keeps it."""
    role, bare = _without_articles(role), _without_articles(other)
    if len(role) > 1 and role[0] in _ORDINALS and role[1] != "ministre" and len(bare) == 1 \
            and same_word(role[1], bare[0]):
        return role[1:]
    return role


def _without_articles(words: list[str]) -> list[str]:
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return words


def _office(words: list[str]) -> tuple[str, list[str]]:
    """The office a role phrase names, and its other content words: ``president
    americain`` is the head of state, ``americain``; ``president du senat`` and
    ``secretaire general de l' otan`` lead something, ``senat``, ``general otan``."""
    words = _without_articles(words)
    for office, names in _OFFICE_NAMES.items():
        for name in names:
            n = name.split()
            rest = words[len(n) :]
            if words[: len(n)] == n and not (office == "foreign minister"
                                            and _PORTFOLIO_MARKS & set(rest)):
                return office, [w for w in rest if w not in _FUNCTION_WORDS]
    head, rest = (words[0], words[1:]) if words else ("", [])
    if head in ("president", "presidente") and not _FUNCTION_WORDS & set(rest):
        return "head of state", rest  # « le président américain »: no « du Sénat »
    if head in _BODY_LEADERS:  # « le chef de l'Otan » for « le secrétaire général de l'Otan »
        head = "leader"
    return head, [w for w in rest if w not in _FUNCTION_WORDS]


def same_office(a: list[str], b: list[str]) -> bool:
    """Whether a description ``a`` may name the office of a role ``b`` given before (both
    as ``folded_words`` gives them): « le ministre » and « le ministre de l'Économie », « le
    chef du gouvernement israélien » and « le Premier ministre israélien »; not « le
    ministre de l'Économie » and « le Premier ministre », nor « le chef de l'État » and « le
    chef du gouvernement »."""
    b = _without_ordinal(b, a)  # a description keeps its own: « le premier adjoint » is no
    # « adjoint » named before
    party_a, party_b = PARTY_WORDS & set(a), PARTY_WORDS & set(b)
    if party_a and party_b and not party_a & party_b:
        return False  # « le député socialiste X » is not « le député conservateur »
    office_a, rest_a = _office(a)
    office_b, rest_b = _office(b)
    rest_a, rest_b = ([w for w in rest if w not in PARTY_WORDS] for rest in (rest_a, rest_b))
    rest_a, rest_b = (without_union_adjective(rest_a, rest_b),
                      without_union_adjective(rest_b, rest_a))
    if office_a != office_b:  # a bare noun fits every office it heads (« le président »),
        # also with the nationality both give (« le chef de la diplomatie allemande … le
        # ministre allemand »)
        a, b = _without_articles(a), _without_articles(b)
        shared = [x for x in a if x in FOLDED_NATIONALITIES and any(same_word(x, y) for y in b)]
        a = [x for x in a if x not in shared]
        b = [y for y in b if not any(same_word(x, y) for x in shared)]
        return _bare_fits(a, b, office_b) or _bare_fits(b, a, office_a)
    within = all(any(same_word(x, y) for y in rest_b) for x in rest_a)
    if office_a == "leader" and _without_articles(a)[:1] != _without_articles(b)[:1]:
        # another leader's noun says nothing more than the role (« le patron » for « le
        # directeur général de X »), not « le président du groupe LR » for « sa directrice »
        return within
    return within or all(any(same_word(x, y) for y in rest_a) for x in rest_b)


def _bare_fits(bare: list[str], role: list[str], office: str) -> bool:
    """Whether a one-noun role fits an office that ``role`` names: one it heads, in these
    words or in another name of the office (« le ministre » for « le chef de la diplomatie
    X », whom news text also calls « le ministre des Affaires étrangères »)."""
    return len(bare) == 1 and (role[:1] == bare or any(
        name.split()[0] == bare[0] for name in _OFFICE_NAMES.get(office, ())))


#: A name set off as the one on trial (« Julien Mercadier, jugé depuis lundi par la cour
#: d'assises », « X, poursuivi pour escroquerie », « X, 45 ans, est jugé »), and the nouns
#: that then describe them.
_ON_TRIAL = re.compile(r"\b([A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)+)\s*,\s*(?:\d+\s+ans\s*,\s*)?"
                       r"(?:(?:est|sont|sera|seront|était|a\s+été)\s+)?(?:jugée?s?|"
                       r"poursuivie?s?|soupçonnée?s?|accusée?s?|mise?s?\s+en\s+examen)\b")
_ON_TRIAL_ROLES = (["accuse"], ["prevenu"], ["suspect"])
_ON_TRIAL_WORDS = frozenset(w for role in _ON_TRIAL_ROLES for w in role)
#: A name said to preside a body (« Le jury, présidé par l'actrice Nathalie Brémont, »):
#: the president of that body, whom « sa présidente » then names.
_PRESIDING = re.compile(r"\b(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’]\s*)([a-zà-ÿ-]+)\s*,?\s*présidée?\s+par\s+"
                        r"(?:(?:le|la|l['’])\s*(?:[a-zà-ÿ-]+\s+){0,2})?"
                        r"([A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)+)")
#: A name sentenced in a sentence that names a court before the verb (« La cour d'assises a
#: condamné vendredi soir X à… »), not one a minister condemns elsewhere.
_SENTENCED = re.compile(r"\b(?:[Cc]our|[Tt]ribunal|jury|juges?)\b[^.]{0,80}?"
                        r"\b(?:a|ont|avait|avaient)\s+condamné\s+(?:(?:lundi|mardi|mercredi|"
                        r"jeudi|vendredi|samedi|dimanche|hier|soir|matin|midi)\s+)*"
                        r"([A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)+)")


#: Titles that tell a profession, masculine and feminine (« le Dr X … le médecin », « Me
#: X … l'avocate »).
_TITLE_PROFESSIONS = {"Dr": ("médecin", "médecin"), "Dr.": ("médecin", "médecin"),
                      "Dre": ("médecin", "médecin"), "Me": ("avocat", "avocate")}
#: Trades a « Dr » may also practise (« le Dr X, vétérinaire »), as ``folded_words`` gives
#: them.
_NON_MEDICAL_TRADES = frozenset(folded_words(
    "vétérinaire dentiste pharmacien pharmacienne chercheur chercheuse historien historienne "
    "sociologue économiste"))


def _title_profession(m: Mention) -> list[str] | None:
    """The profession the title before ``m``'s name tells (``folded_words`` form)."""
    if not m.name or m.name not in m.span.text or (
            m.role and _NON_MEDICAL_TRADES & set(folded_words(m.role))):
        return None
    before = m.span.text[: m.span.text.rfind(m.name)].split()
    professions = _TITLE_PROFESSIONS.get(before[-1]) if before else None
    if professions is None:
        return None
    masculine, feminine = professions
    return folded_words(feminine if m.gender == "Fem" else masculine)


@dataclass(frozen=True)
class Tie:
    """A role the document gives a name (« le ministre X », « X, maire de Nantes, »)."""
    role: list[str]  # as ``folded_words`` gives it
    name: str
    gender: str | None
    at: int  # where the document says it


#: Endings of nouns for people (« arboriculteur », « artisane », « skippeur »).
_AGENT_ENDINGS = ("eur", "euse", "rice", "ier", "ière", "ien", "ienne", "iste", "ant", "ante",
                  "aire", "an", "ane", "ais", "aise", "ois", "oise", "ard", "arde")
#: Nationalities other than French, as ``folded_words`` gives them.
_FOREIGN = FOLDED_NATIONALITIES - {"francais", "francaise", "europeen", "europeenne"}


class Registry:
    """Names and role-name ties found anywhere in the document."""

    def __init__(self, mentions: list[Mention], text: str = ""):
        self.names: list[str] = []
        #: Where the text names a union, also inside a role (« déléguée CGT »), and a club
        self.unions = [(m.start(), m.group()) for m in _UNION.finditer(text)]
        self.clubs = [(m.start(), m.group()) for m in _CLUB.finditer(text)]
        self.called = sorted([(m.start(), m.group(1).lower(), _called_name(m))
                              for m in _BODY_CALLED.finditer(text)]
                             + [(m.start(2), m.group(2).lower(), m.group(1))
                                for m in _BODY_APPOSED.finditer(text)])
        self.indefinites = [m for m in mentions if m.determiner == "ind" and not m.name]
        for m in mentions:
            if m.name and m.name not in self.names:
                self.names.append(m.name)
        self._folded = {name: folded_words(name) for name in self.names}
        self.aliases = {m.alias: m.name for m in mentions if m.alias and m.name}
        ties = [Tie(folded_words(m.role), self.full_name(m.name), m.gender, m.span.start)
                for m in mentions if m.name and m.role and m.person_role]
        for found in [*_ON_TRIAL.finditer(text), *_SENTENCED.finditer(text)]:
            ties += [Tie(role, self.full_name(found.group(1)), None, found.start())
                     for role in _ON_TRIAL_ROLES]
        #: Who presides which body (« Le jury, présidé par X »), for « sa présidente »
        self.presiding = [(found.start(), folded_words(found.group(1)),
                           self.full_name(found.group(2)))
                          for found in _PRESIDING.finditer(text)]
        #: Professions titles tell (« le Dr X »): they describe the name only for the bare
        #: profession after it (« le médecin », not « le médecin de garde »)
        self.titled = [Tie(profession, self.full_name(m.name), m.gender, m.span.start)
                       for m in mentions if (profession := _title_profession(m)) is not None]
        self.ties = sorted(ties, key=lambda t: t.at)
        self.text = text
        self._ages: dict[str, int] = {}
        for name in self.names:
            found = re.search(re.escape(name) + _AGE_AFTER_NAME, text)
            if found:
                self._ages.setdefault(self.full_name(name), int(found.group(1)))

    def foreign_to(self, description: list[str], role: list[str]) -> bool:
        """Whether a description names a foreigner of an office or a counterpart the text
        gives someone of that nationality (« son homologue béninois, X … le chef de l'État
        béninois ») and a role gives no nationality: the French press names its own
        officials so (« le président de la République Y »). Both as ``folded_words``
        gives them."""
        foreign = _FOREIGN & set(description)
        return bool(foreign) and not FOLDED_NATIONALITIES & set(role) and any(
            any(same_word(x, y) for x in foreign for y in t.role)
            and ("homologue" in t.role or same_office(description, t.role)) for t in self.ties)

    def full_name(self, name: str) -> str:
        """The longest name of the document that holds ``name``'s words, short of one that
        adds an acronym (« AFP Karim », the parser's reading of « à l'AFP Karim »)."""
        name = self.aliases.get(name, name)  # « la CRE » for the body named in full before
        words = folded_words(name)
        best = name
        for other in self.names:
            if len(other) > len(best) and _subsequence(words, self._folded[other]) and not any(
                    len(w) > 1 and w.isupper() and w not in name.split()
                    for w in other.split()):
                best = other
        return best

    def leads(self, name: str, role: list[str]) -> bool:
        """Whether the document gives ``name`` a leader's title (chef, ministre...) of the
        office ``role`` names."""
        return any(t.name == name and t.role and t.role[0] in _LEADER_WORDS
                   and same_office(role, t.role) and not self.foreign_to(role, t.role)
                   for t in self.ties)

    def introduced(self, m: Mention) -> bool:
        """Whether an earlier indefinite phrase (``un responsable``) introduced ``m``."""
        return any(d.head_lemma == m.head_lemma and d.span.start < m.span.start
                   and not (d.number and m.number and d.number != m.number)
                   for d in self.indefinites)  # not « des élus locaux … l'élu »

    def introduces(self, word: str, at: int) -> bool:
        """Whether the text introduces someone by ``word`` (``folded_words`` form) with an
        indefinite article before ``at`` (« un Lyonnais de 25 ans », « d'une Française »)."""
        return any(folded_words(found.group(2)) == [word] for found in
                   _INDEFINITE_NOUN.finditer(self.text, 0, at))

    def club_before(self, at: int) -> str | None:
        """The sports club the text names most often before ``at``, when one does and the
        text names no other kind of club (« le Racing 92 a battu le Stade toulousain… le
        club » is either; « face au Stade marvillois, le FC Brennac… le FC Brennac… le
        club » is the FC Brennac)."""
        named = Counter(name for i, name in self.clubs if i < at)
        ranked = named.most_common(2)
        if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1] \
                or _OTHER_CLUB.search(self.text):
            return None
        return ranked[0][0]

    def president(self, m: Mention, role: list[str]) -> str | None:
        """The one the text says presides a body before ``m``, when ``m`` is that body's
        president: « sa présidente », « le président du jury » (``role`` as
        ``folded_words`` gives it); not a bare « le président », who may be another."""
        if m.head_lemma not in ("président", "présidente"):
            return None
        for at, body, name in reversed(self.presiding):
            gender = self.gender_of(name) or first_name_gender(name)
            if at < m.span.start and (m.possessive or role[-len(body):] == body) \
                    and not (m.gender and gender and m.gender != gender):
                return name
        return None

    def body_called(self, noun: str, at: int) -> str | None:
        """The body the text last introduces before ``at`` by ``noun`` and its name (« l'ONG
        Vigilance Droits humains … l'ONG »), unless it introduces another of that noun
        without a name after it (« une autre association ») or the name is a person's
        (« l'équipe Macron »)."""
        i, name = next(((i, name) for i, called, name in reversed(self.called)
                        if i < at and called == noun.lower()), (None, None))
        if i is None or re.search(_UNNAMED_BODY + re.escape(noun) + r"s?\b",
                                  self.text[i:at], re.IGNORECASE):
            return None
        full = self.full_name(name)
        person = any(full != other and other.endswith(" " + full) for other in self.names) \
            or first_name_gender(full) is not None
        return None if person else full

    def role_words(self, name: str) -> set[str]:
        """The words of every role the document ties to ``name`` (``folded_words``)."""
        return {w for t in self.ties if t.name == name for w in t.role}

    def age_of(self, name: str) -> int | None:
        """The age the text gives ``name``: after the name, or in a role tied to it (« un
        retraité de 71 ans »)."""
        for t in self.ties:
            if t.name == name and age_in(t.role) is not None:
                return age_in(t.role)
        return self._ages.get(name)

    def gender_of(self, name: str) -> str | None:
        """The gender the document's role ties give ``name`` (« le ministre X »)."""
        return next((t.gender for t in self.ties if t.name == name and t.gender), None)

    def role_name(self, role: str, gender: str | None, at: int) -> str | None:
        """The name tied to ``role``: the latest tie before ``at``, else the first after; a
        tie of the other gender (« le ministre X » for « la Première ministre ») names
        someone else, and a tie without a nationality a foreigner. A title's profession
        counts only before ``at``, for the bare noun, and not past someone new of that trade
        (« un médecin du Samu »)."""
        words = folded_words(role)
        bare = _without_articles(words)
        titled = [t for t in self.titled if t.at < at and bare == t.role
                  and not any(t.at < d.span.start < at and folded_words(d.head_lemma)[:1]
                              and same_word(folded_words(d.head_lemma)[0], t.role[0])
                              for d in self.indefinites)]
        fits = sorted([t for t in self.ties if same_office(words, t.role)] + titled,
                      key=lambda t: t.at)
        fits = [t for t in fits if not (gender and t.gender and gender != t.gender)]
        fits = [t for t in fits if not self.foreign_to(words, t.role)]
        before = [t for t in fits if t.at < at]
        found = before[-1] if before else next(iter(fits), None)
        return found.name if found else None


def _called_name(m: re.Match[str]) -> str:
    """The name in a match of ``_BODY_CALLED``: its lowercase words too when none of them
    is a verb (« Nos quartiers d'abord », not « Terre Bleue a refusé »)."""
    quoted, name, tail = m.group(2, 3, 4)
    if quoted:
        return quoted
    if tail and not any(w in _NOT_IN_NAMES or w in TIME_WORDS or reporting_lemma(w, w)
                        or w.startswith(("s'", "s’", "n'", "n’")) for w in tail.split()):
        return name + tail
    return name


def _aged(m: Mention) -> bool:
    """Whether a description gives someone's age (« cet arboriculteur de 58 ans »), not a
    thing's (« le contrat de 30 ans »)."""
    return m.role is not None and age_in(folded_words(m.role)) is not None \
        and m.head_lemma.endswith(_AGENT_ENDINGS) \
        and m.head_lemma not in DOCUMENTS | ORGANIZATION_NOUNS


#: Lowercase words a person's name may hold (« Jean de la Fontaine », « José Ortega y
#: Gasset »).
_NAME_PARTICLES = LOWER_PARTICLES | {"du", "des", "la", "le", "y", "e", "ould"}


def _kind(m: Mention, name: str | None) -> SpeakerKind:
    if m.person_role or m.pronoun or person_like(m.head_lemma) or _aged(m) or (
            m.span.text.split()[0] in ("M.", "Mme", "Mlle")):
        return "person"
    if m.organization_role:
        return "organization"
    if name and any(w.islower() and w not in _NAME_PARTICLES for w in name.split()[1:]):
        return "organization"  # « Santé publique France »: a person's name has particles only
    acronym = bool(name) and is_acronym(name.split()[0])  # « SNCF Réseau »
    if name and len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()) \
            and not acronym:
        return "person"
    if name and (name.isupper() or "-" in name or acronym):  # SNCF, OTAN, Météo-France
        return "organization"
    if name and m.determiner:  # « le Pentagone », « l'Otan »: names of persons take no article
        return "organization"
    return "unknown"


def _agrees(m: Mention, earlier: Resolved) -> bool:
    """No clash of number or gender."""
    if m.number and earlier.number and m.number != earlier.number:
        return False
    return not (m.gender and earlier.gender and m.gender != earlier.gender)


def _compatible(m: Mention, earlier: Resolved) -> bool:
    return _agrees(m, earlier) and not (
        m.pronoun and earlier.speaker.kind == "organization" and earlier.gender is None)


#: A topic set before the subject pronoun that takes it up (« Quant à X, elle dit… »).
_TOPIC = re.compile(r"\b[Qq]uant\s+(?:à|au|aux)\s+([^,.;:!?]{1,60}?)\s*,\s*$")


def _topic(m: Mention, text: str, pool: Sequence[Resolved]) -> Resolved | None:
    """The person or body named as the topic right before pronoun ``m`` (« Quant à Inès
    Kaddour, elle dit… »), of its gender and number."""
    found = _TOPIC.search(text, max(0, m.span.start - 80), m.span.start)
    if found is None:
        return None
    return next((p for p in reversed(pool) if found.start(1) <= p.mention.span.start
                 and p.mention.span.end <= found.end(1) and _agrees(m, p)), None)


#: The end of a sentence, before the space after it.
_SENTENCE_END = re.compile(r"[.!?…][»”\"]?\s")
#: A quotation, whose own sentences the narration's do not count.
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"\n]*\"")


def _newcomer(m: Mention, found: Resolved | None, registry: Registry,
              earlier: list[Resolved], others: Sequence[Resolved]) -> Resolved | None:
    """The person a pronoun after a quotation stands for when the sentence before it
    introduces them, with a role, and has no other person as its subject (« Un argument
    qui ne convainc pas Loïc Bernard, président du comité des pêches. « … », tacle-t-il »):
    news text names whom it quotes next; ``found``, an earlier subject if any, is not."""
    text = registry.text
    for p in reversed([p for p in others if p.mention.span.start < m.span.start]):
        if found is not None and p.mention.span.start < found.mention.span.end:
            return None
        if p.method != "name" or p.speaker.kind != "person" or p.gender != m.gender \
                or not registry.role_words(p.speaker.name):
            continue
        opening = _sentence_start(text, p.mention.span.start)
        named_before = any(q.speaker.name == p.speaker.name and q.mention.span.start < opening
                           for q in [*earlier, *others])
        subjects = [q for q in earlier if opening <= q.mention.span.start < m.span.start
                    and q.speaker.name != p.speaker.name]
        if _narrated_ends(text, p.mention.span.end, m.span.start) == 1 and not named_before \
                and not subjects:
            return p
        return None
    return None


def _sentence_between(text: str, first: Mention, then: Mention) -> bool:
    """Whether a sentence ends between two mentions, in that order."""
    between = text[first.span.end : then.span.start]
    return first.span.end <= then.span.start and _SENTENCE_END.search(between) is not None


def _may_speak_as_pronoun(m: Mention, prev: Resolved) -> bool:
    """A pronoun speaker is a person, or a body when it speaks in writing (« Dans un
    communiqué, il a indiqué »): never « la police judiciaire » for « a-t-elle confié »,
    nor a description with no article that names nobody known (« Fille de
    projectionniste, elle dit »: it describes the pronoun's antecedent)."""
    if prev.method == "description" and not prev.mention.determiner \
            and not prev.mention.name \
            and prev.speaker.name in (prev.mention.role, prev.mention.span.text):
        return False
    kind = prev.speaker.kind
    if kind == "organization":
        return m.written
    return kind == "person" or (kind == "unknown" and prev.method == "name"
                                and not prev.mention.determiner)


#: What sets off a description after a name: a comma, or a comma and a first description
#: (« Monique Lefèvre, retraitée et cliente depuis l'ouverture »).
_SET_OFF = re.compile(r",\s*(?:\w+\s+et\s*)?$")


def _set_off_description(text: str, p: Resolved) -> bool:
    """A description with no article set off by a comma, which describes the one named
    before it (« Élodie Marchal, 29 ans, menuisière installée à Dinan »)."""
    start = p.mention.span.start
    return p.method == "description" and not p.mention.determiner and not p.mention.name \
        and _SET_OFF.search(text, max(0, start - 40), start) is not None


#: Pronouns for the last person named (« ce dernier », « l'intéressé »), whatever their
#: role in the sentence.
_LATTER = frozenset({"ce dernier", "cette dernière", "celui-ci", "celle-ci", "l'intéressé",
                     "l'intéressée"})


def resolve(m: Mention, registry: Registry, earlier: list[Resolved],
            others: Sequence[Resolved] = ()) -> Resolved:
    """The speaker ``m`` names, given the speakers and subjects already resolved before it
    (``earlier``) and the other persons named before it (``others``)."""
    people_word = demonym(m)
    if people_word is not None:  # « le Flamand », « la Française »: someone named before
        found = _countryman(m, people_word, registry, earlier, others)
        if found is not None:
            return found
    epithet = _BODY_EPITHETS.get(tuple(folded_words(m.name or m.role or ""))) \
        if m.determiner == "def" and "sages" not in m.span.text else None
    if epithet is not None:  # « les Sages », « les magistrats financiers »
        body = _court_called(m, epithet, [*earlier, *others])
        if body is not None:
            return body
    if m.name and m.head_lemma in GENERIC_ORGANIZATIONS and folded_words(m.name) == [m.head_lemma]:
        body = _latest_body(m, earlier)  # « l'Alliance » for the alliance just named
        if body is not None:
            return _described(m, body.speaker.name, "organization")
    if m.name:
        name = registry.full_name(m.name)
        kind = _kind(m, name)
        if kind == "unknown":  # « la société Nordatis … Nordatis défend »
            kind = next((p.speaker.kind for p in reversed([*earlier, *others])
                         if p.speaker.name == name and p.speaker.kind != "unknown"), kind)
        # a title tells this mention's gender only: « M. Le Pen » is not Marine Le Pen
        gender = m.gender if m.person_role or kind == "organization" else \
            m.gender or registry.gender_of(name) or first_name_gender(name)
        number = m.number if m.person_role else "Sing"  # a name is one source
        return Resolved(Speaker(name, m.span, kind), m, "name", gender, number)
    if m.pronoun:
        topic = _topic(m, registry.text, [*earlier, *others])
        if topic is not None:  # « Quant à Inès Kaddour, elle dit… »
            return Resolved(Speaker(topic.speaker.name, m.span, topic.speaker.kind), m,
                            "anaphora", m.gender, m.number)
        pool = list(earlier)
        if m.pronoun in _LATTER:
            pool = sorted(pool + list(others), key=lambda p: p.mention.span.start)
        found = next((p for p in reversed(pool)
                      if _compatible(m, p) and _may_speak_as_pronoun(m, p)), None)
        if m.gender and (found is None and not any(_agrees(m, p) for p in earlier)
                         or found is not None and found.speaker.kind == "organization"):
            # no subject, of whatever kind, fits, or a body does: a person whose gender the
            # text gives, named after it, in a sentence of its own (« C'est une infirmière,
            # Sophie Marty, qui a donné l'alerte. Dans un courrier adressé à l'ARS, elle
            # décrivait… »; not « La fédération a nommé X. Elle indique… »)
            found = next((p for p in reversed(others) if p.gender and _compatible(m, p)
                          and p.speaker.kind == "person"
                          and not _set_off_description(registry.text, p)
                          and (found is None
                               or _sentence_between(registry.text, found.mention, p.mention))),
                         found)
        if m.gender and (found is None or found.speaker.kind == "person"):
            found = _newcomer(m, found, registry, earlier, others) or found
        if found is None and m.written:
            # nobody before: the body the reported sentence is about (« Le parquet a ouvert
            # une enquête, a-t-il annoncé dans un communiqué »)
            found = next((p for p in reversed(others) if p.speaker.kind == "organization"
                          and _compatible(m, p)
                          and not _sentence_between(registry.text, p.mention, m)), None)
        if found is not None:
            return Resolved(Speaker(found.speaker.name, m.span, found.speaker.kind), m,
                            "anaphora", m.gender, m.number)
        return Resolved(Speaker(m.span.text, m.span, "unknown"), m, "unresolved",
                        m.gender, m.number)
    role = m.span.text if m.head_lemma in _PARTITIVE_HEADS else m.role or m.span.text
    role = _COMPANY_HEADS.get(tuple(folded_words(role)), role)  # « le chef d'entreprise »
    if m.head_lemma == "gendarme" and m.determiner == "def" and len(folded_words(role)) > 1:
        regulator = _regulator(m, folded_words(role), [*earlier, *others])
        if regulator is not None:
            return regulator
    if m.person_role or _aged(m) or (person_like(m.head_lemma) and not m.organization_role):
        # « le pénaliste », « cet arboriculteur de 58 ans »
        tied = registry.president(m, folded_words(role)) or (
            registry.role_name(role, m.gender, m.span.start) if m.determiner != "dem" else None)
        if tied:
            return Resolved(Speaker(tied, m.span, "person"), m, "role", m.gender, m.number)
        if m.determiner in ("def", "dem"):
            found = _antecedent(m, folded_words(role), registry, earlier, others) \
                or _person_just_named(m, folded_words(role), registry, earlier, others)
            if found is not None:
                return _described(m, found.speaker.name, "person")
    elif m.head_lemma in GENERIC_ORGANIZATIONS \
            and folded_words(role) == folded_words(m.head_lemma) \
            or folded_words(role) in _PUBLIC_BODIES and m.determiner == "def":
        # « l'organisation »: the body just named; « l'établissement public » unless a
        # school or a hospital comes between
        body = _latest_body(m, earlier)
        public = folded_words(role) in _PUBLIC_ESTABLISHMENTS
        if body is not None and not (public and _ESTABLISHMENT.search(
                registry.text, body.mention.span.end, m.span.start)):
            return _described(m, body.speaker.name, "organization")
    elif m.head_lemma in _WRITINGS and m.determiner == "def" and not m.possessive \
            and folded_words(role) == folded_words(m.head_lemma):
        author = _author(m, earlier, registry.text)  # « Dans un communiqué, le club
        if author is not None:  # explique… », précise le texte
            return author
    elif m.head_lemma == "club" and m.determiner == "def" and folded_words(role) == ["club"]:
        club = registry.club_before(m.span.start)  # « L'AS Montreval … le club »
        if club is not None:
            return _described(m, club, "organization")
    elif m.head_lemma in _COMPANY_NOUNS and m.determiner == "def" \
            and folded_words(role) == folded_words(m.head_lemma) \
            and (called := registry.body_called(m.head_lemma, m.span.start)):
        # a company noun the text also introduced a body by: that body (« le groupe de
        # supporters X … le groupe »), before any company named
        return _described(m, called, "organization")
    elif m.head_lemma in _UNION_NOUNS | _COMPANY_NOUNS and m.determiner == "def" \
            and m.number != "Plur" and not m.possessive \
            and set(folded_words(role)[1:]) <= _BODY_ADJECTIVES | FOLDED_NATIONALITIES | (
                _TRADES if m.head_lemma in _COMPANY_NOUNS else _UNION_SECTORS) \
            and (m.head_lemma != "maison" or len(folded_words(role)) > 1):
        # « le syndicat minoritaire », « le groupe suédois », « la maison d'édition », « la
        # direction »; not « le groupe écologiste », « la maison »
        body = _described_body(m, registry, earlier, others)
        if body is not None:
            return body
    if m.organization_role and m.determiner == "def" and not m.possessive \
            and folded_words(role) == folded_words(m.head_lemma):
        # « la Confédération paysanne … la confédération »
        body = _body_headed_by(m, registry, earlier, others)
        if body is not None:
            return body
    if m.determiner == "def" and not m.possessive and folded_words(role) == folded_words(
            m.head_lemma) and (called := registry.body_called(m.head_lemma, m.span.start)):
        # « l'association Les Lilas solidaires … l'association »
        return _described(m, called, "organization")
    return _described(m, role, _kind(m, None))


#: A body's name after an article (« le Rassemblement national », « la Banque de France »).
_NAMED_WITH_ARTICLE = re.compile(r"\b(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Dd]u|[Dd]es|[Aa]u|[Aa]ux)"
                                 r"\s*[A-ZÀ-Ý]")


def _body_headed_by(m: Mention, registry: Registry, earlier: list[Resolved],
                    others: Sequence[Resolved]) -> Resolved | None:
    """The body last named before ``m`` whose name begins with ``m``'s noun (« la
    Confédération paysanne … la confédération »), unless something between may be what
    ``m`` means: another of that noun (« le Conseil d'État … le conseil municipal … le
    conseil »), another body, a name after an article (« Le Rassemblement national … le
    parti ») or a name with no known first name (« BNP Paribas … la banque »). Never for
    « la direction », a company's or a hospital's more often than a Direction générale."""
    if m.head_lemma in _MANAGEMENT_NOUNS:
        return None
    head = folded_words(m.head_lemma)
    pool = [*earlier, *others]
    found = _latest([p for p in pool if p.method == "name"
                     and p.speaker.kind == "organization" and p.mention.span.start < m.span.start
                     and folded_words(p.speaker.name)[: len(head)] == head])
    if found is None:
        return None
    if _intervening(found, m, registry, pool, people=False):
        return None
    return _described(m, found.speaker.name, "organization")


def _intervening(body: Resolved, m: Mention, registry: Registry, pool: Sequence[Resolved],
                 people: bool) -> bool:
    """Whether something between ``body``'s mention and ``m`` may be what ``m`` means:
    another mention of ``m``'s noun, a name after an article, another body, a name with no
    known first name (« BNP Paribas »), and with ``people`` a person or someone new (« un
    exploitant »)."""
    start, end = body.mention.span.end, m.span.start
    between = registry.text[start:end]
    if re.search(r"(?i)\b" + re.escape(m.head_lemma) + r"s?\b", between) \
            or _NAMED_WITH_ARTICLE.search(between):
        return True
    if people and any(start <= d.span.start < end for d in registry.indefinites):
        return True
    return any(start <= p.mention.span.start < end and p.speaker.name != body.speaker.name and (
        p.speaker.kind == "organization" or (people and p.speaker.kind == "person")
        or (p.method == "name" and first_name_gender(p.speaker.name) is None)) for p in pool)


def _bare(m: Mention, role: list[str]) -> bool:
    """A description with no complement but an age (« la cinéaste », « le technicien
    breton », « le coureur de 27 ans », and any demonstrative): it describes someone
    already named; with one (« l'avocat de la défense », « le pilote de l'avion ») it may
    introduce someone."""
    age = len(role) >= 3 and role[-1] == "ans" and role[-2].isdigit()
    words = role[:-3] if age else role
    return m.determiner == "dem" or not _COMPLEMENT_WORDS & set(words)


def _is_union(name: str) -> bool:
    """« CGT-Cheminots », « SUD Santé Sociaux », « la Confédération paysanne »."""
    first = name.split()[0]
    return " ".join(folded_words(name)) in _FOLDED_UNION_NAMES or first in UNION_ACRONYMS \
        or first.split("-")[0] in UNION_ACRONYMS


def _described_body(m: Mention, registry: Registry, pool: Sequence[Resolved],
                    others: Sequence[Resolved]) -> Resolved | None:
    """What a bare union or company noun describes: for « le syndicat », the union the
    text names last before it, also in a role (« Nadia Benali, déléguée CGT, … Selon le
    syndicat »); for « l'entreprise », the body last named as a speaker or subject that the
    text calls a company or no other kind of body (« le groupe suédois Norvik »); for a
    trade (``_TRADE_NOUNS``), that body only when the text gives it the trade or nothing
    comes between."""
    if m.head_lemma in _UNION_NOUNS:
        name = next((a for i, a in reversed(registry.unions) if i < m.span.start), None)
    else:
        named = next((p for p in sorted(pool, key=lambda p: p.mention.span.start, reverse=True)
                      if p.mention.span.start < m.span.start and p.method == "name"
                      and p.speaker.kind == "organization" and p.mention.determiner != "ind"
                      and _may_be_company(p, registry) and (
                          m.head_lemma not in _MANAGEMENT_NOUNS
                          or _COMPANY_WORDS & _roles(p, registry))), None)
        if named is not None and m.head_lemma in _TRADE_NOUNS \
                and not _has_trade(named, m, registry, [*pool, *others]):
            named = None
        name = named.speaker.name if named else None
    if name is None:
        return None
    return _described(m, name, "organization")


def _has_trade(body: Resolved, m: Mention, registry: Registry,
               pool: Sequence[Resolved]) -> bool:
    """Whether the trade ``m`` names (« l'exploitant ») describes ``body``: the text gives
    it that trade, or, for a trade no other party has, no person, no one new, no other
    body and no other mention of the trade comes between them."""
    trade = folded_words(m.head_lemma)
    if (set(trade) | _TRADE_KIN.get(trade[0], frozenset())) & _roles(body, registry):
        return True
    return m.head_lemma not in _OTHER_PARTY_TRADES \
        and not _intervening(body, m, registry, pool, people=True)


def _may_be_company(p: Resolved, registry: Registry) -> bool:
    """A body neither a union nor named or described as another kind of body (« le groupe
    suédois Norvik », « Arianespace »; not « l'Autorité de la concurrence », « l'ONG
    Greenpeace », « le syndicat des pilotes SNPL »)."""
    words = _roles(p, registry) | set(folded_words(p.speaker.name))
    return not _is_union(p.speaker.name) and not _BODY_WORDS & words


def _described(m: Mention, name: str, kind: SpeakerKind) -> Resolved:
    """``m`` resolved as a description of ``name``, with the gender and number it shows."""
    return Resolved(Speaker(name, m.span, kind), m, "description", m.gender, m.number)


def _latest_body(m: Mention, earlier: list[Resolved]) -> Resolved | None:
    """The organization last named before ``m``, which ``m`` may stand for; for
    « l'instance », not a company (« Google … le groupe américain … l'instance »), and
    never a part of a body a relative clause names (« l'Anssi, dont une équipe est sur
    place, … l'agence »)."""
    return next((prev for prev in reversed(earlier) if prev.speaker.kind == "organization"
                 and prev.mention.span.text.split()[0].lower() != "dont" and not (
                     m.head_lemma == "instance" and prev.mention.head_lemma in _COMPANY_NOUNS)),
                None)


#: What « le gendarme de … » regulates, and words of the regulator's name or acronym
#: (``folded_words`` forms): « le gendarme de la Bourse » is the Autorité des marchés
#: financiers, « le gendarme de l'énergie » the Commission de régulation de l'énergie.
_REGULATED = {
    "bourse": {"marches", "amf"}, "marches": {"marches", "amf"},
    "energie": {"energie", "cre"}, "nucleaire": {"nucleaire", "asn"},
    "donnees": {"informatique", "libertes", "cnil"},
    "telecoms": {"communications", "arcep"}, "concurrence": {"concurrence"},
    "audiovisuel": {"audiovisuel", "arcom", "csa"}, "banques": {"prudentiel", "acpr"},
}


#: Names the press gives a court (``folded_words`` forms), with the first words of the
#: courts' own names they stand for: « les Sages » (capitalized) are the Conseil
#: constitutionnel, « les magistrats financiers » a court or chamber of accounts, « la haute
#: juridiction » the highest court named.
_BODY_EPITHETS = {
    ("sages",): (("conseil", "constitutionnel"),),
    ("magistrats", "financiers"): (("cour", "des", "comptes"),
                                   ("chambre", "regionale", "des", "comptes")),
    ("haute", "juridiction"): (("cour", "de", "cassation"), ("conseil", "constitutionnel"),
                               ("conseil", "d'", "etat"), ("cour", "supreme")),
}
#: First words of the names of courts, prosecutors and bodies that judge: one named after
#: the body an epithet fits may be the one it stands for (« les magistrats financiers » of
#: the Parquet national financier, not of the Cour des comptes named before).
_JUDGING = frozenset({"cour", "tribunal", "parquet", "conseil", "chambre", "pnf", "juridiction"})


#: The head of a company the text named, by no title of theirs (« Christophe Vernaz,
#: directeur des Autocars Vernaz … le chef d'entreprise »): a « dirigeant », as
#: ``folded_words`` gives the phrase.
_COMPANY_HEADS = {
    ("chef", "d'", "entreprise"): "dirigeant", ("cheffe", "d'", "entreprise"): "dirigeante",
    ("patron", "de", "l'", "entreprise"): "dirigeant",
    ("patronne", "de", "l'", "entreprise"): "dirigeante",
}


def _regulator(m: Mention, role: list[str], pool: Sequence[Resolved]) -> Resolved | None:
    """The regulator named before ``m`` that « le gendarme de la Bourse » (``role``, as
    ``folded_words`` gives it) stands for; none for a gendarme of a brigade."""
    marks = set().union(*(_REGULATED.get(w, set()) for w in role[1:]))
    named = _latest([p for p in pool if p.method == "name" and p.speaker.kind == "organization"
                     and p.mention.span.start < m.span.start
                     and marks & set(folded_words(f"{p.speaker.name} {p.mention.alias or ''}"))])
    if named is None:
        return None
    return _described(m, named.speaker.name, "organization")


def _court_called(m: Mention, names: tuple[tuple[str, ...], ...],
                  pool: Sequence[Resolved]) -> Resolved | None:
    """The court or body the text named last before ``m`` under one of ``names`` (first
    words, ``folded_words`` forms), unless another court, prosecutor or judging body comes
    after it."""
    bodies = sorted((p for p in pool if p.speaker.kind == "organization"
                     and p.method in ("name", "description")
                     and p.mention.span.start < m.span.start),
                    key=lambda p: p.mention.span.start)
    for prev in reversed(bodies):
        words = folded_words(prev.speaker.name)
        if any(words[: len(name)] == list(name) for name in names):
            return _described(m, prev.speaker.name, "organization")
        if words and words[0] in _JUDGING:
            return None
    return None


#: Channels of a written statement (« dans un communiqué », « a publié une note »): a body
#: speaks through them, by a pronoun or by the writing itself (« précise le communiqué »).
WRITTEN_CHANNEL = re.compile(r"\b(?:communiqué|déclaration écrite|lettre|courrier|note|message)\b",
                             re.IGNORECASE)
#: A report its subject produced (« Dans un rapport rendu public en février, la chambre… »,
#: « La Cour a publié son rapport »), not one with an author of its own (« un rapport de
#: l'Igas »), nor one received, cited or commissioned.
_OWN_REPORT = re.compile(
    r"(?:\b[Dd]ans (?:un|son|leur) rapport|\b(?:publi|présent|rédig|dévoil|rend)\w*"
    r"(?:\s+\w+){0,2}\s+(?:un|son|leur|le) rapport)"
    r"(?!\s+(?:de|du|des)\s|\s+d['’][A-ZÀ-Ý]|\s+\w+\s+(?:de|du|des)\s+(?:l['’])?[A-ZÀ-Ý])")
#: Paragraph breaks, which a writing's author is looked for across only once.
_LINE_BREAKS = re.compile(r"\n+")
#: A writing someone received, read out or no one signed: not theirs.
_NOT_THE_AUTHOR = re.compile(r"\b(?:reçue?s?|adressée?s?|lue?s?|transmise?s?|anonymes?)\b",
                             re.IGNORECASE)


def _author(m: Mention, earlier: list[Resolved], text: str) -> Resolved | None:
    """The source a writing stands for (« précise le communiqué »): the latest person or
    body whose sentence names the channel it spoke through (« Dans un communiqué, le club
    explique », « La mairie a publié un communiqué »), or a body speaking last in the
    paragraph (« La préfecture a annoncé … », précise le communiqué); not one who received
    or read out a writing (« a reçu une lettre de menaces »); in this paragraph or the one
    before. A report is only the one its author's sentence says they produced
    (``_OWN_REPORT``)."""
    report = m.head_lemma == "rapport"
    last = not report
    for prev in reversed(earlier):
        breaks = len(_LINE_BREAKS.findall(text, prev.mention.span.end, m.span.start))
        if breaks > 1:
            return None
        if prev.speaker.kind not in ("person", "organization") or prev.method == "unresolved":
            continue
        sentence = _sentence_of(text, prev.mention)
        body_just_before = last and not breaks and prev.speaker.kind == "organization"
        last = False
        channel = _OWN_REPORT if report else WRITTEN_CHANNEL
        if (body_just_before or channel.search(sentence)) \
                and not _NOT_THE_AUTHOR.search(sentence):
            return _described(m, prev.speaker.name, prev.speaker.kind)
    return None


def _sentence_of(text: str, m: Mention) -> str:
    """The narration of the sentence holding a mention, quotations left out."""
    end = next((e.start() for e in _SENTENCE_END.finditer(text, m.span.end)), len(text))
    return _QUOTED.sub("", text[_sentence_start(text, m.span.start) : end])


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts."""
    return max((e.end() for e in _SENTENCE_END.finditer(text, 0, at)), default=0)


def _narrated_ends(text: str, start: int, end: int) -> int:
    """How many sentences of the narration end between two offsets, those of quotations
    left out."""
    return len(_SENTENCE_END.findall(_QUOTED.sub("", text[start:end])))


def _antecedent(m: Mention, role: list[str], registry: Registry, earlier: list[Resolved],
                others: Sequence[Resolved]) -> Resolved | None:
    """The earlier speaker a definite or demonstrative role description (``role``, as
    ``folded_words`` gives it) refers to: one described with the same noun, of the same
    office; else, unless an indefinite phrase introduced a new source (« un responsable...
    le responsable »):

    - for a profession, the latest person speaking or named whose role holds the noun
      (« la cheffe du groupe écologiste X ... l'écologiste »); else, when the description
      has no complement but an age, the latest person (« la réalisatrice X ... la
      cinéaste »); a nationality goes only to a person whose role holds it;
    - for a definite leader's title, the latest speaker the document presents with a
      leader's title of that office (« le chef de la diplomatie X ... le secrétaire
      d'Etat »), else the latest person whose role shares the title's distinctive word
      (« son homologue sénégalaise, X ... la cheffe de la diplomatie sénégalaise »)."""
    for prev in reversed(earlier):
        own = folded_words(prev.mention.role or "")
        if prev.mention.head_lemma == m.head_lemma and _compatible(m, prev) and (
                not own or same_office(role, own)) and not registry.foreign_to(role, own):
            return prev
    if m.determiner not in ("def", "dem") or registry.introduced(m):
        return None
    if m.head_lemma in GENERIC_PERSON_NOUNS or not (
            m.head_lemma in OFFICE_NOUNS or m.head_lemma in LEADER_NOUNS):
        # « le procureur X ... le magistrat », « la réalisatrice X ... la cinéaste »,
        # « ce professeur à la retraite »
        people = [p for p in _people(m, earlier, others) if not clash(role, _roles(p, registry))]
        party = PARTY_WORDS & set(role)  # « l'élue écologiste »: the one whose role says so
        people = [p for p in people if party & _roles(p, registry)] or people
        head = folded_words(m.head_lemma)[0]  # « la cheffe du groupe écologiste X … l'écologiste »
        decade = AGE_DECADES.get(head)
        if decade is not None:  # « la sexagénaire »: not the one the text says is 29
            people = [p for p in people if _age(p, registry) in (None, *decade_range(decade))]
        pool = people
        if m.gender == "Masc" and m.head_lemma in EPICENE_NOUNS:  # « le médecin »: also the
            # woman the text calls « médecin-chef »
            pool = [p for p in _people(replace(m, gender=None), earlier, others)
                    if not clash(role, _roles(p, registry))]
        paraphrase = not m.possessive
        described = [p for p in pool if describes(head, _roles(p, registry),
                                                   paraphrase and _fits(role, p, registry))
                     or decade is not None and _age(p, registry) in decade_range(decade)]
        if m.head_lemma in NATIONALITY_NOUNS or head in ROLE_ONLY_EPITHETS \
                or not _bare(m, role) or m.possessive:
            people = []  # « l'Italien » names an Italian, « l'avocat de la défense » and
            # « son entraîneur » (the coach of the last one named) someone new, « le haut
            # fonctionnaire » a prefect or a rector only
        # someone named or introduced (« un patient de 72 ans … ce retraité »), not a role
        # of its own (« le préfet » for « le médecin-chef »)
        people = [p for p in people
                  if p.speaker.name in registry.names or p.mention.determiner == "ind"]
        return _latest(described or people)
    if m.head_lemma not in LEADER_NOUNS or m.determiner != "def":
        return None  # « le préfet »: an office introduces its holder
    for prev in reversed(earlier):  # « le secrétaire d'Etat » for « le chef de la diplomatie X »
        if prev.speaker.kind == "person" and registry.leads(prev.speaker.name, role) \
                and _compatible(m, prev):
            return prev
    # « son homologue sénégalaise, X ... la cheffe de la diplomatie sénégalaise »
    marks = {w for w in role if len(w) > 3 and w not in _NOUNS} - _FUNCTION_WORDS
    return _latest([p for p in _people(m, earlier, others) if marks & _roles(p, registry)])


def _person_just_named(m: Mention, role: list[str], registry: Registry,
                       earlier: list[Resolved], others: Sequence[Resolved]) -> Resolved | None:
    """The person named last, in this sentence or the one before, whom a definite
    description no other rule resolves describes again (« a déclaré M. Mercier … Le
    directeur de course a promis », « Axel Morand ne cachait pas sa déception. Le sprinteur
    de Cap Horizon estime »): news text varies the words for the person it quotes.

    Not for someone an indefinite introduced (« un responsable … le responsable »), a noun
    fronting another's complement (« l'entourage du ministre »), a nationality or an age
    (their own rules decide), an epithet for some roles only (« le haut fonctionnaire »), an
    office held by one person (« le préfet », « le ministre de l'Économie »: the title names
    its holder), a person the text gives another office, another party or the dock (« Jean
    Dupont, 45 ans, est jugé … l'avocat de la défense »), a paraphrase whose complement is
    not theirs (« l'entraîneur X … le technicien de la SNCF »), someone named as an object
    in this very sentence (« a répondu à Jean-Luc Mélenchon le Premier ministre »), someone
    an event befell (« X, 34 ans, a été blessé … a affirmé le conducteur du camion »), a
    quotation that speaks of someone else and never of its speaker (« Son état n'inspire pas
    d'inquiétude », a indiqué le médecin de garde), nor a name that may be a body's
    (« France Bleu »): the person must have a first name or a gendered role."""
    head = folded_words(m.head_lemma)[0]
    fronted = head not in role[: next((n for n, w in enumerate(role) if w in _COMPLEMENT_WORDS),
                                      len(role))]
    if m.determiner != "def" or m.possessive or m.number == "Plur" or fronted \
            or m.quotes_another or registry.introduced(m) or m.head_lemma in NATIONALITY_NOUNS \
            or head in AGE_DECADES or head in _SOLE_OFFICES or head in ROLE_ONLY_EPITHETS:
        return None
    found = _latest([p for p in _people(m, earlier, others) if p.speaker.name in registry.names])
    if found is None or first_name_gender(found.speaker.name) is None \
            and registry.gender_of(found.speaker.name) is None:
        return None
    roles = _roles(found, registry)
    offices = roles & _OFFICE_WORDS
    if clash(role, roles) or roles & _ON_TRIAL_WORDS or _acted_upon(registry.text, found) \
            or offices and head in _OFFICE_WORDS and head not in offices \
            and not _leader_again(head, role, offices) \
            or describes(head, roles, True) and not _fits(role, found, registry):
        return None
    ends = _narrated_ends(registry.text, found.mention.span.end, m.span.start)
    if ends > 1 or ends == 0 and not any(found is e for e in earlier):
        return None  # too far back, or an object of this very sentence
    return found


def _leader_again(head: str, role: list[str], offices: set[str]) -> bool:
    """Whether a leader's noun with no complement names again someone the text gave only
    leaders' titles (« Yannick Lebas, président du comité des pêches … le patron
    pêcheur »); « le directeur de l'usine » names its own office."""
    return head in _BODY_LEADERS and offices <= _BODY_LEADERS \
        and not _COMPLEMENT_WORDS & set(role)


#: A passive or what befalls someone, right after their name (« X, 34 ans, a été
#: blessé », « X a disparu »): the one the event befell, whom others then speak of.
_ACTED_UPON = re.compile(r"\s*(?:,\s*(?:[^,.]{1,40},\s*)?)?(?:a|avait|ont|est|sont|était)\s+"
                         r"(?:\w+\s+)?(?:été|disparue?s?|morte?s?|décédée?s?)\b")


def _acted_upon(text: str, p: Resolved) -> bool:
    return _ACTED_UPON.match(text, p.mention.span.end) is not None


def _fits(role: list[str], p: Resolved, registry: Registry) -> bool:
    """Whether the complement of a description (``folded_words`` forms) is one of the
    person's roles: « l'édile de Nantes » for « la maire de Nantes », not « le technicien
    de la SNCF » for a coach; a description with none fits."""
    roles = _roles(p, registry)
    words = [w for w in role[1:] if w not in _FUNCTION_WORDS]
    complement = bool(_COMPLEMENT_WORDS & set(role))
    return not complement or all(any(same_word(w, r) for r in roles) for w in words)


def _age(p: Resolved, registry: Registry) -> int | None:
    own = age_in(folded_words(p.mention.role or ""))
    return own if own is not None else registry.age_of(p.speaker.name)


def _countryman(m: Mention, word: str, registry: Registry, earlier: list[Resolved],
                others: Sequence[Resolved]) -> Resolved | None:
    """The person a nationality or a demonym describes: the latest person named whose
    role holds it (« le Suédois Lars Pettersson ... le Suédois »); else for a nationality
    the latest person named given no other (« l'astronaute Léa Castagnet ... la
    Française »), for the people of a place the latest named as a speaker or subject (« le
    natif de Murcie a dominé le Norvégien Henrik Aasland ... le Murcien »)."""
    if registry.introduces(word, m.span.start):
        return None  # « Un Lyonnais de 25 ans a été interpellé … le Lyonnais »
    article = m.span.text.split()[0].lower()
    feminine = word.endswith(("ienne", "aise", "oise", "eenne", "aine", "ande", "onne"))
    gender = m.gender or {"le": "Masc", "la": "Fem"}.get(article) or (
        "Fem" if feminine else "Masc")
    m = replace(m, gender=gender, number="Sing")
    described = [p for p in [*earlier, *others] if p.speaker.kind == "person"
                 and _compatible(m, p) and any(same_word(word, w) for w in _roles(p, registry))]
    people = [p for p in _people(m, earlier, others) if p.speaker.name in registry.names]
    if word in FOLDED_NATIONALITIES:
        people = [p for p in people if not FOLDED_NATIONALITIES & _roles(p, registry)]
    else:  # a place's people: the one the text is about, not the rival just named
        people = [p for p in people if any(p is e for e in earlier)] or people
    found = _latest(described or people)
    if found is None or found.speaker.name not in registry.names:
        return None  # « son homologue italien ... l'Italien »: someone unnamed
    return Resolved(Speaker(found.speaker.name, m.span, "person"), m, "description", gender,
                    "Sing")


def _people(m: Mention, earlier: list[Resolved], others: Sequence[Resolved]) -> list[Resolved]:
    """The persons a description may stand for: speakers and subjects before it, and
    persons named elsewhere before it, of no other gender or number; a child or a kin
    named as someone's (« a donné naissance à sa fille Louise ») only when no one else
    fits, since the text tells of them through the one it quotes."""
    named = [p for p in others if p.method == "name"]
    people = [p for p in [*earlier, *named] if p.speaker.kind == "person" and _compatible(m, p)]
    kin = {p.speaker.name for p in people if p.method == "name" and p.mention.possessive
           and p.mention.head_lemma in _KIN_NOUNS}
    return [p for p in people if p.speaker.name not in kin] or people


#: Nouns of a kin (« sa fille Louise », « son fils Tom »).
_KIN_NOUNS = frozenset({"fils", "fille", "père", "mère", "frère", "sœur", "époux", "épouse",
                        "mari", "femme", "petit-fils", "petite-fille"})


def _roles(p: Resolved, registry: Registry) -> set[str]:
    """The words of every role given to ``p``: in its own mention and tied to its name."""
    return set(folded_words(p.mention.role or "")) | registry.role_words(p.speaker.name)


def _latest(people: list[Resolved]) -> Resolved | None:
    return max(people, key=lambda p: p.mention.span.start, default=None)
