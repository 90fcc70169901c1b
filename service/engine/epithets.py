"""What the words of a description tell about whom it may describe: the roles a noun
paraphrases (« le technicien » for a coach), unions and parties that rule people out, ages
and the people of a country or a place (« la sexagénaire », « le Flamand »).

Role words are compared as ``folded_words`` gives them.
"""

from __future__ import annotations

from .folding import folded_words, same_word
from .lexicon import NATIONALITY_NOUNS, UNION_ACRONYMS, names_a_people
from .speakers import Mention

#: Nouns that describe again a person by what another of their roles makes them (« le
#: technicien » for a coach, « le syndicaliste » for a union's delegate, « l'édile » for a
#: mayor, « la réalisatrice » for a film-maker, « le médecin » for a paediatrician,
#: « l'universitaire » for a professor of law), with the words of the roles they stand
#: for, as ``folded_words`` gives them. « Le haut fonctionnaire » is how the press calls a
#: prefect or a rector again.
_COACHES = frozenset({"entraineur", "entraineuse", "manager", "selectionneur",
                      "selectionneuse", "coach"})
_MAYORS = frozenset({"maire", "bourgmestre"})
_STATE_OFFICIALS = frozenset({"prefet", "prefete", "sous-prefet", "sous-prefete", "recteur",
                              "rectrice"})
_MEMBERS_OF_PARLIAMENT = frozenset({"depute", "deputee", "senateur", "senatrice",
                                    "eurodepute", "eurodeputee"})
_FILM_DIRECTORS = frozenset({"cineaste", "realisateur", "realisatrice"})
_DOCTORS = frozenset({"medecin", "pediatre", "psychiatre", "cardiologue", "chirurgien",
                      "chirurgienne", "infectiologue", "anesthesiste", "gynecologue",
                      "neurologue", "oncologue", "radiologue", "urgentiste", "generaliste"})
_SCIENTISTS = frozenset({"chercheur", "chercheuse", "biologiste", "epidemiologiste",
                         "virologue", "climatologue", "meteorologue", "geologue",
                         "glaciologue", "hydrologue", "agronome", "demographe", "physicien",
                         "physicienne", "chimiste", "ecologue"})
_ACADEMICS = frozenset({"professeur", "professeure", "maitre", "chercheur", "chercheuse",
                        "enseignant-chercheur", "enseignante-chercheuse", "historien",
                        "historienne", "sociologue", "politologue", "juriste",
                        "constitutionnaliste", "economiste"})
_EPITHETS = {
    "technicien": _COACHES, "technicienne": _COACHES,
    "magistrat": frozenset({"procureur", "procureure", "juge", "substitut"}),
    "magistrate": frozenset({"procureur", "procureure", "juge", "substitut"}),
    "edile": _MAYORS, "fonctionnaire": _STATE_OFFICIALS,
    "parlementaire": _MEMBERS_OF_PARLIAMENT,
    "cineaste": _FILM_DIRECTORS, "realisateur": _FILM_DIRECTORS,
    "realisatrice": _FILM_DIRECTORS,
    "praticien": _DOCTORS, "praticienne": _DOCTORS, "medecin": _DOCTORS - {"medecin"},
    "scientifique": _SCIENTISTS, "universitaire": _ACADEMICS,
}
#: Epithets that describe only someone whose role they paraphrase, never merely the last
#: person named (« le haut fonctionnaire » is not the mayor who received the prefect).
ROLE_ONLY_EPITHETS = frozenset({"fonctionnaire"})
#: Nouns of a union member, and the role words of the unions they stand for (« Karim X,
#: secrétaire régional de SUD-Rail ... le syndicaliste », « déléguée CGT ... la cégétiste »).
_UNIONISTS = {"syndicaliste": None, "cegetiste": "cgt", "cedetiste": "cfdt"}
_UNION_ROLE_WORDS = frozenset({"syndicat", "syndical", "syndicale", "intersyndicale"})
#: Nouns of an age by decade (« la quinquagénaire »).
AGE_DECADES = {"trentenaire": 3, "quadragenaire": 4, "quinquagenaire": 5,
               "sexagenaire": 6, "septuagenaire": 7, "octogenaire": 8, "nonagenaire": 9}
#: Party labels, which tell no office apart (« le chef du gouvernement socialiste » is the
#: Portuguese Prime Minister), as ``folded_words`` gives them.
PARTY_WORDS = frozenset({"socialiste", "conservateur", "conservatrice", "liberal", "liberale",
                         "ecologiste", "centriste", "travailliste", "communiste",
                         "populiste", "nationaliste", "souverainiste"})
#: Party acronyms (``folded_words`` forms), with the label they go with.
_PARTY_ACRONYMS = {"ps": "socialiste", "pcf": "communiste", "eelv": "ecologiste",
                   "udi": "centriste", "modem": "centriste", "lr": "lr", "rn": "rn",
                   "lfi": "lfi"}
FOLDED_NATIONALITIES = frozenset(folded_words(noun)[0] for noun in NATIONALITY_NOUNS)
_FOLDED_UNION_ACRONYMS = frozenset(folded_words(" ".join(UNION_ACRONYMS)))


def describes(head: str, roles: set[str], paraphrase: bool) -> bool:
    """Whether a description headed by ``head`` fits a person with these role words: the
    same noun, also as the head of a compound (« le procureur X ... le procureur », « le
    médecin-chef ... le médecin »), or, when ``paraphrase``, one it stands for
    (``_EPITHETS``, ``_UNIONISTS``)."""
    if any(same_word(head, w) or same_word(head, w.split("-")[0]) for w in roles):
        return True
    if not paraphrase:
        return False
    if head in _UNIONISTS:
        unions = unions_in(roles)
        union = _UNIONISTS[head]
        return union in unions if union else bool(unions or _UNION_ROLE_WORDS & roles)
    return bool(_EPITHETS.get(head, frozenset()) & roles)


def unions_in(words: set[str] | list[str]) -> set[str]:
    """The unions that role words name by acronym (``folded_words`` forms): « sud » only
    in a compound (« sud-rail »), not « la région Sud »."""
    found = set()
    for w in words:
        first = w.split("-")[0]
        if first in _FOLDED_UNION_ACRONYMS and (first != "sud" or "-" in w):
            found.add(first)
    return found


def without_union_adjective(rest: list[str], other: list[str]) -> list[str]:
    """Role words without « syndical » when the other role names a union (« le délégué
    syndical » is « X, délégué CGT »)."""
    if not unions_in(other):
        return rest
    return [w for w in rest if w not in ("syndical", "syndicale")]


def clash(role: list[str], roles: set[str]) -> bool:
    """Whether a description names another party, union or nationality than the person's
    roles (« le parlementaire écologiste » is not « le député LR X », « la syndicaliste de
    FO » not « X, déléguée CGT », « le dirigeant grec » not « le chef du gouvernement
    espagnol X »); ``role`` as ``folded_words`` gives it."""
    words = set(role)
    party, theirs = _parties(words), _parties(roles)
    unions, their_unions = unions_in(words), unions_in(roles)
    nations, their_nations = words & FOLDED_NATIONALITIES, roles & FOLDED_NATIONALITIES
    return bool(party and theirs and not party & theirs
                or unions and their_unions and not unions & their_unions
                or nations and their_nations and not any(
                    same_word(a, b) for a in nations for b in their_nations))


def _parties(words: set[str]) -> set[str]:
    """The parties role words name, by label or acronym (« socialiste », « PS »)."""
    return {_PARTY_ACRONYMS.get(w, w) for w in words if w in PARTY_WORDS | _PARTY_ACRONYMS.keys()}


def age_in(words: list[str]) -> int | None:
    """The age in role words (« coureur de 24 ans »)."""
    return next((int(a) for a, b in zip(words, words[1:], strict=False)
                 if a.isdigit() and b == "ans"), None)


def decade_range(decade: int) -> range:
    """The ages of a decade (« la quinquagénaire »: 50 to 59)."""
    return range(decade * 10, decade * 10 + 10)


def demonym(m: Mention) -> str | None:
    """The word of a definite mention naming someone by a nationality or the people of a
    place (« le Flamand », « la Française », « le Deux-Sévrien »), as ``folded_words``
    gives it."""
    word = m.name if m.name else m.role if m.role and " " not in m.role else None
    article = m.span.text.split()[0].lower()
    if word is None or " " in word or not word[:1].isupper() \
            or article not in ("le", "la") and not article.startswith(("l'", "l’")):
        return None  # « les Américains » are a country
    return folded_words(word)[0] if names_a_people(word) else None
