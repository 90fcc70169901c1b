"""Word lists: reporting verbs (from ``reporting_verbs.txt``) and the nouns that tell a
person from an organization or a document."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .folding import folded_words

_VERBS_FILE = Path(__file__).with_name("reporting_verbs.txt")


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Nouns that describe a person by role (``le secrétaire d'Etat``, ``un responsable``).
PERSON_NOUNS = word_set(
    """ministre garde président présidente chef cheffe secrétaire porte-parole responsable
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
    fonctionnaire recteur rectrice magistrat magistrate ministre-président réalisateur réalisatrice
    cinéaste comédien comédienne producteur productrice scénariste artiste musicien
    musicienne technicien technicienne sélectionneur sélectionneuse entrepreneur
    entrepreneuse chef d'entreprise chancelier chancelière vice-chancelier vice-chancelière
    émir monarque cardinal archevêque pasteur prêtre amiral consul eurodéputé eurodéputée
    otage pompier gendarme bourgmestre ingénieur ingénieure astronaute coureur coureuse
    cycliste athlète sportif sportive champion championne nageur nageuse skieur skieuse
    footballeur footballeuse boxeur boxeuse pilote navigateur navigatrice marraine parrain
    sprinteur sprinteuse grimpeur grimpeuse rouleur rouleuse puncheur puncheuse
    romancier romancière architecte vétérinaire éleveur éleveuse viticulteur viticultrice
    maraîcher maraîchère arboriculteur arboricultrice apiculteur apicultrice céréalier
    céréalière ostréiculteur ostréicultrice berger bergère sage-femme
    pêcheur pêcheuse commerçant commerçante chauffeur conducteur conductrice sauveteur
    adjoint adjointe collaborateur collaboratrice proviseur proviseure instituteur
    institutrice prévenu prévenue accusé accusée suspect suspecte juré jurée numéro soignant
    soignante aide-soignant aide-soignante sondeur sondeuse trentenaire vigneron vigneronne
    quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire manager
    conservateur conservatrice plasticien plasticienne sculpteur sculptrice peintre
    talonneur pilier ailier ouvreur buteur attaquant attaquante défenseur
    défenseuse gardien gardienne édile parlementaire meneur meneuse pivot coéquipier
    coéquipière passeur passeuse demi urgentiste généraliste banquier banquière gérant
    gérante pédiatre psychiatre psychologue cardiologue chirurgien chirurgienne pharmacien
    pharmacienne biologiste infectiologue épidémiologiste virologue anesthésiste
    gynécologue dentiste neurologue oncologue radiologue praticien praticienne
    universitaire scientifique historien historienne sociologue politologue juriste
    constitutionnaliste climatologue météorologue prévisionniste géologue glaciologue
    hydrologue agronome démographe bénévole secouriste propriétaire actionnaire investisseur
    investisseuse artisan artisane charpentier charpentière menuisier menuisière maçon
    couvreur couvreuse forgeron forgeronne ébéniste vitrier vitrière tailleur tailleuse
    ouvrier ouvrière boulanger boulangère boucher bouchère restaurateur restauratrice
    routier routière camionneur chauffeuse livreur livreuse supportrice supporteur tireur
    tireuse pointeur pointeuse skipper judoka randonneur randonneuse rescapé rescapée
    détenu détenue prisonnier prisonnière surveillant surveillante locataire lauréat
    lauréate finaliste auxiliaire puériculteur puéricultrice éducateur éducatrice caissier
    caissière vendeur vendeuse libraire maître-nageur maître-nageuse"""
)

#: Nationalities, masculine singular; capitalized they name a person (« la Française »,
#: « l'Italienne »), lowercase they are adjectives.
_NATIONALITIES = word_set(
    """français allemand italien espagnol portugais britannique anglais écossais irlandais
    gallois belge suisse luxembourgeois néerlandais autrichien danois suédois norvégien
    finlandais islandais polonais tchèque slovaque hongrois roumain bulgare grec chypriote
    maltais slovène croate serbe bosnien monténégrin albanais macédonien kosovar moldave
    ukrainien russe biélorusse estonien letton lituanien géorgien arménien azerbaïdjanais
    turc américain canadien mexicain cubain haïtien brésilien argentin chilien colombien
    vénézuélien péruvien bolivien équatorien uruguayen paraguayen chinois japonais coréen
    sud-coréen nord-coréen vietnamien thaïlandais cambodgien indonésien philippin malaisien
    singapourien taïwanais indien pakistanais afghan bangladais népalais iranien irakien
    syrien libanais israélien palestinien jordanien saoudien qatari émirati yéménite
    koweïtien égyptien libyen tunisien algérien marocain mauritanien sénégalais malien
    nigérien burkinabé ivoirien guinéen ghanéen togolais béninois nigérian camerounais
    gabonais congolais tchadien soudanais éthiopien érythréen somalien kényan ougandais
    rwandais burundais tanzanien angolais mozambicain zimbabwéen zambien malgache
    sud-africain australien néo-zélandais européen africain asiatique kazakh ouzbek mongol"""
)


def _feminine(masculine: str) -> str:
    if masculine.endswith("e"):
        return masculine
    if masculine.endswith(("ien", "éen")):
        return masculine + "ne"
    return {"grec": "grecque", "turc": "turque"}.get(masculine, masculine + "e")


def _nationality_forms(masculine: str) -> dict[str, str | None]:
    """Each form of a nationality noun with its gender (None when both are spelt alike)."""
    feminine = _feminine(masculine)
    singular = {masculine: None} if feminine == masculine else \
        {masculine: "Masc", feminine: "Fem"}
    forms = dict(singular)
    forms.update({form + "s": g for form, g in singular.items() if not form.endswith("s")})
    return forms


#: Nationality nouns (lowercase, singular and plural) and their gender.
NATIONALITY_NOUNS = {form: gender for masculine in _NATIONALITIES
                     for form, gender in _nationality_forms(masculine).items()}


def is_nationality_noun(form: str) -> bool:
    """« la Française », « le Portugais »: capitalized, a nationality names a person;
    lowercase it is an adjective."""
    return form[:1].isupper() and form.lower() in NATIONALITY_NOUNS


#: Endings of the nouns for the people of a region or a town, capitalized after an
#: article (« le Flamand », « le Deux-Sévrien », « la Toulousaine »).
_DEMONYM = re.compile(r"^[A-ZÀ-Ý][\w-]*(?:ien|ienne|ais|aise|ois|oise|éen|éenne|ain|aine)$")
#: People of regions named otherwise (``folded_words`` forms).
_REGIONAL_PEOPLE = frozenset({"flamand", "flamande", "wallon", "wallonne", "breton",
                              "bretonne", "basque", "corse", "catalan", "catalane",
                              "normand", "normande", "savoyard", "savoyarde", "nordiste",
                              "auvergnat", "auvergnate", "provencal", "provencale", "picard",
                              "picarde", "berrichon", "berrichonne", "occitan", "occitane",
                              "gascon", "gasconne", "angevin", "angevine", "poitevin",
                              "poitevine", "bourguignon", "bourguignonne", "mosellan",
                              "mosellane", "tourangeau", "tourangelle", "manceau", "mancelle"})
#: Newspapers named like the people of their region (« a rapporté le Parisien »), and
#: places named like a people (« l'Ukraine », « la Lorraine »), by ``folded_words`` forms.
_NOT_PEOPLE = frozenset({"parisien", "ardennais", "ukraine", "lorraine", "touraine",
                         "aquitaine", "vienne", "palais"})


def names_a_people(word: str) -> bool:
    """Whether a capitalized word names the people of a country, a region or a town (« la
    Française », « le Flamand », « la Brestoise »), not a newspaper or a place (« le
    Parisien », « l'Ukraine »)."""
    if not word[:1].isupper() or " " in word:
        return False
    folded = folded_words(word)[0]
    return folded not in _NOT_PEOPLE and (word.lower() in NATIONALITY_NOUNS
                                          or folded in _REGIONAL_PEOPLE
                                          or _DEMONYM.match(word) is not None)


#: Unions by acronym (« la CGT », « déléguée SUD Santé Sociaux »).
UNION_ACRONYMS = frozenset({"CGT", "CFDT", "FO", "SUD", "UNSA", "FSU", "CFTC", "CFE-CGC",
                            "SNES", "SNUIPP", "FNSEA", "FDSEA", "UNEF", "UNL"})

#: Nouns for institutions and groups that speak (``la diplomatie américaine``).
ORGANIZATION_NOUNS = word_set(
    """gouvernement ministère diplomatie armée état-major présidence parlement assemblée
    sénat commission conseil cour tribunal parquet police gendarmerie préfecture mairie
    parti syndicat entreprise société groupe compagnie banque agence organisation
    association fédération alliance coalition union département administration
    autorités autorité régime opposition direction justice services service exécutif
    ambassade consulat institut office fondation comité collectif club équipe ong
    intersyndicale cabinet chambre établissement ligue instance confédération
    télévision journal quotidien hebdomadaire chaîne radio médias"""
)

#: Rules and measures, whose wording says things though no one speaks (« selon la loi »,
#: « La réforme, qui prévoit de… »).
MEASURES = word_set("réforme loi projet décret mesure plan dispositif règlement amendement "
                    "budget directive circulaire calendrier barème protocole procédure "
                    "scénario")
#: Signs, whose wording is no one's statement (« un panneau indiquant que… », « une
#: banderole : "…" »).
SIGNS = word_set("panneau pancarte affiche banderole écriteau")

#: Nouns for documents and channels: ``selon un communiqué de X`` is X speaking.
SOURCE_NOUNS = word_set(
    """communiqué déclaration texte rapport document note lettre courrier message
    tweet compte site interview entretien bilan statement"""
)
#: Nouns of writings and studies, which report what their authors say (« un rapport qui
#: dénonce « … » »), unlike other things (« un chantier qui menace « … » »).
WRITTEN_SOURCES = SOURCE_NOUNS | word_set("étude enquête sondage pétition avis publication "
                                          "vidéo post courriel mail circulaire missive")
#: Writings, rules and rulings, which say things only as someone's reading of them
#: (« Selon elle, l'arrêt rappelle que… » is her report).
DOCUMENTS = SOURCE_NOUNS | MEASURES | word_set(
    "arrêt jugement décision étude ordonnance avis verdict")

TIME_WORDS = word_set(
    "lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi hier demain "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "aujourd'hui"
)

#: « de » as written before a complement (« du » and « des » hold the article).
OF_WORDS = frozenset({"de", "d'", "d’", "du", "des"})
#: Third-person and plural object pronouns, as the parser's text spells them.
OBJECT_PRONOUNS = word_set("l' le la les leur lui nous vous")

#: Social networks a post is published on (« a écrit sur X le ministre »).
SOCIAL_NETWORKS = frozenset({"X", "Facebook", "Instagram", "Bluesky", "Threads", "LinkedIn",
                             "TikTok", "Telegram", "Mastodon", "YouTube", "Twitter",
                             "Snapchat"})
#: Role nouns that many write alike for a woman: beside a name (« Médecin généraliste, Anne
#: Girard »), the tagger's guess of their gender is no sign, and « le médecin » may be the
#: woman the text calls « médecin-chef ».
EPICENE_NOUNS = word_set("médecin docteur témoin chef professeur auteur écrivain ingénieur "
                         "proviseur")
#: Bodies the press names by their noun and a name or a title in quote marks (« l'association
#: Les Lilas solidaires », « le collectif « Touche pas à mon hôpital » », « l'ONG X »).
NAMED_BODY_NOUNS = frozenset({"association", "collectif", "ONG", "fédération", "mouvement",
                              "comité", "coalition", "plateforme", "fondation", "réseau",
                              "équipe", "liste"})
#: Parties named by one word other than an acronym (« le député Renaissance X »).
PARTY_NAMES = frozenset({"Renaissance", "Horizons", "Reconquête", "MoDem", "Modem", "Ensemble"})
#: Titles that may precede a name (``M. Netanyahu``).
TITLES = frozenset({"M.", "Mme", "Mlle", "MM.", "Mmes", "Dr", "Pr", "Me", "Mgr", "Dr.", "Pr.",
                    "Dre", "Pre"})


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
    (("ivait", "ivaient", "ivant", "ivent", "ivit", "ivirent"), "ire"),  # « décrivait »
    (("u", "ue", "us", "ues", "ut"), "ure"),  # « exclu »: exclure
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
    # « martèle » from marteler, « cède » from céder: the stem's è is the infinitive's e or é
    for guess in list(guesses):
        at = guess.rfind("è")
        if at >= 0:
            guesses += [guess[:at] + vowel + guess[at + 1 :] for vowel in "eé"]
    # « dénonçait » from dénoncer, « exigeait » from exiger: a spelling kept before a or o
    guesses += [guess[:-3] + "cer" for guess in guesses if guess.endswith("çer")]
    guesses += [guess[:-4] + "ger" for guess in guesses if guess.endswith("geer")]
    return guesses


def reporting_lemma(lemma: str, form: str, verbs: frozenset[str] | None = None) -> str | None:
    """The lexicon lemma (of ``verbs``, by default the reporting verbs) for a verb with
    this lemma and form, or None."""
    verbs = reporting_verbs() if verbs is None else verbs
    for candidate in (lemma.lower(), *_guess_lemmas(form)):
        if candidate in verbs:
            return candidate
    return None
