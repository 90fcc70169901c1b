"""Word lists: reporting verbs (from ``reporting_verbs.txt``) and the nouns that tell a
person from an organization or a document."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_VERBS_FILE = Path(__file__).with_name("reporting_verbs.txt")


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Nouns that describe a person by role (``le secrétaire d'Etat``, ``un responsable``).
PERSON_NOUNS = word_set(
    """ministre président présidente chef cheffe secrétaire porte-parole responsable
    directeur directrice dirigeant dirigeante patron patronne général générale émissaire
    ambassadeur ambassadrice diplomate officiel officielle conseiller conseillère député
    députée sénateur sénatrice maire procureur procureure juge avocat avocate expert experte
    analyste chercheur chercheuse professeur professeure médecin commissaire gouverneur
    gouverneure premier candidat candidate leader élu élue représentant représentante
    militant militante témoin habitant habitante source entraîneur entraîneuse joueur
    joueuse capitaine auteur autrice écrivain écrivaine acteur actrice chanteur chanteuse
    fondateur fondatrice pdg vice-président vice-présidente homme femme policier policière
    soldat officier économiste spécialiste syndicaliste opposant opposante roi reine prince
    princesse pape évêque imam rabbin maréchal colonel commandant lieutenant sergent
    négociateur négociatrice médiateur médiatrice observateur observatrice envoyé envoyée
    rapporteur rapporteure coordinateur coordinatrice délégué déléguée inspecteur
    inspectrice enquêteur enquêtrice journaliste photographe victime père mère fils fille
    frère sœur époux épouse ami amie proche voisin voisine président-directeur
    homologue usager usagère passant passante riverain riveraine manifestant manifestante
    salarié salariée employé employée élève étudiant étudiante patient patiente client
    cliente première gréviste cheminot cheminote agriculteur agricultrice enseignant
    enseignante infirmier infirmière retraité retraitée supporter entraîneur préfet préfète
    recteur rectrice magistrat magistrate ministre-président réalisateur réalisatrice
    cinéaste comédien comédienne producteur productrice scénariste artiste musicien
    musicienne technicien technicienne sélectionneur sélectionneuse entrepreneur
    entrepreneuse chef d'entreprise chancelier chancelière vice-chancelier vice-chancelière
    émir monarque cardinal archevêque pasteur prêtre amiral consul eurodéputé eurodéputée
    otage pompier gendarme bourgmestre"""
)

#: Nouns for institutions and groups that speak (``la diplomatie américaine``).
ORGANIZATION_NOUNS = word_set(
    """gouvernement ministère diplomatie armée état-major présidence parlement assemblée
    sénat commission conseil cour tribunal parquet police gendarmerie préfecture mairie
    parti syndicat entreprise société groupe compagnie banque agence organisation
    association fédération alliance coalition union département administration
    autorités autorité régime opposition direction justice services service exécutif
    ambassade consulat institut office fondation comité collectif club équipe ong
    télévision journal quotidien hebdomadaire chaîne radio médias"""
)

#: Nouns for documents and channels: ``selon un communiqué de X`` is X speaking.
SOURCE_NOUNS = word_set(
    """communiqué déclaration texte rapport document note lettre courrier message
    tweet compte site interview entretien bilan statement"""
)

TIME_WORDS = word_set(
    "lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi hier demain "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "aujourd'hui"
)

#: « de » as written before a complement (« du » and « des » hold the article).
OF_WORDS = frozenset({"de", "d'", "d’", "du", "des"})

#: Titles that may precede a name (``M. Netanyahu``).
TITLES = frozenset({"M.", "Mme", "Mlle", "MM.", "Mmes", "Dr", "Pr", "Me", "Mgr", "Dr.", "Pr."})


def person_like(noun: str) -> bool:
    """A role noun, or a noun formed like one (``politologue``, ``urbaniste``,
    ``historien``)."""
    noun = noun.lower()
    return noun in PERSON_NOUNS or noun.endswith(("logue", "logues", "iste", "istes", "ien",
                                                  "iens", "ienne", "iennes"))


@cache
def reporting_verbs() -> frozenset[str]:
    lines = _VERBS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and line[0] != "#")


#: Endings of inflected forms and the infinitive ending they come from.
_INFLECTIONS = (
    (("ées", "és", "ée", "é", "ent", "e", "es", "ait", "aient", "a", "èrent", "ant"), "er"),
    (("ies", "is", "ie", "i", "it", "issent", "issait", "u", "ue"), "ir"),
    (("it", "ite", "ait", "isent", "isait", "isaient", "i"), "ire"),  # « souri »: sourire
    (("i", "ie", "it"), "re"),
    (("mis", "mise", "met"), "mettre"),
)


def _guess_lemmas(form: str) -> list[str]:
    """Infinitives a verb form may come from, for lemmas the lemmatizer got wrong."""
    form = form.lower()
    guesses = []
    for endings, infinitive in _INFLECTIONS:
        for ending in endings:
            if form.endswith(ending) and len(form) > len(ending):
                guesses.append(form[: -len(ending)] + infinitive)
    return guesses


def reporting_lemma(lemma: str, form: str, verbs: frozenset[str] | None = None) -> str | None:
    """The lexicon lemma (of ``verbs``, by default the reporting verbs) for a verb with
    this lemma and form, or None."""
    verbs = reporting_verbs() if verbs is None else verbs
    for candidate in (lemma.lower(), *_guess_lemmas(form)):
        if candidate in verbs:
            return candidate
    return None
