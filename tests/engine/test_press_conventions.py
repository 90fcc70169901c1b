"""French press conventions on sentences written for these tests: incises inside one
pair of quote marks, quotations over several paragraphs, final stops, woven fragments."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("incise", [
    "a-t-il affirmé devant les habitants réunis.",
    "a-t-il regretté.",
])
def test_incise_ending_a_sentence_inside_the_quotation(run, incise):
    text = ("Le maire Jacques Vidal a pris la parole. « Nous ne lâcherons rien, "
            f"{incise} Il faudra du temps. »")
    quotes = run(text)
    assert [q.text for q in quotes] == ["Nous ne lâcherons rien", "Il faudra du temps."]
    assert all(q.type == "direct" for q in quotes)
    assert all(q.speaker.name == "Jacques Vidal" for q in quotes)
    assert len({q.cue.lemma for q in quotes}) == 1


@pytest.mark.parametrize("open_, close", [("« ", " »"), ("\"", "\""), ("“", "”")])
def test_final_stop_inside_the_closing_mark_is_kept(run, open_, close):
    text = (f"La ministre Claire Petit a répondu. {open_}Ce texte, a-t-elle promis, "
            f"sera voté avant l'été.{close}")
    quotes = run(text)
    assert [q.text for q in quotes] == ["Ce texte", "sera voté avant l'été."]


def test_quotation_over_two_paragraphs_is_one_item(run):
    text = ("La syndicaliste Nadia Ferrand a pris la parole devant les grévistes. « Nous irons "
            "jusqu'au bout. La direction doit entendre notre colère.\n\n"
            "« Nous ne reprendrons pas le travail sans accord écrit », a-t-elle prévenu.\n\n"
            "Le préfet a proposé une médiation.")
    [q] = run(text)
    assert q.type == "direct"
    assert q.text.startswith("Nous irons jusqu'au bout.")
    assert q.text.endswith("colère.\n\n« Nous ne reprendrons pas le travail sans accord écrit")
    assert q.speaker.name == "Nadia Ferrand" and q.cue.lemma == "prévenir"


@pytest.mark.parametrize("after", ["à l'issue du concert", "après la remise du prix"])
def test_quoted_attribute_ends_at_its_closing_mark(run, after):
    text = f"Le romancier Paul Girard s'est dit « bouleversé et reconnaissant » {after}."
    [q] = run(text)
    assert (q.type, q.text) == ("mixed", "bouleversé et reconnaissant")
    assert q.speaker.name == "Paul Girard"


def test_quoted_title_is_never_the_speaker(run):
    text = ("La chanteuse Léa Morel, connue pour son tube « Nuit blanche », s'est dite "
            "« émue » à l'issue du concert. Selon elle, le public a été « formidable ».")
    quotes = run(text)
    assert [q.text for q in quotes] == ["émue", "le public a été « formidable"]
    assert all(q.speaker.name == "Léa Morel" for q in quotes)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le collectif « Touche pas à mon hôpital », qui avait réuni 2 000 personnes, appelle à "
     "un nouveau rassemblement samedi.", "Touche pas à mon hôpital"),
    ("L'association « Sauvons la Loire » dénonce « un scandale ».", "Sauvons la Loire"),
])
def test_a_body_named_by_a_title_in_quote_marks_speaks_under_it(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


def test_object_clitic_before_an_incise(run):
    text = ("La députée Anne Roche a interpellé le ministre. « Vous mentez, monsieur le "
            "ministre », lui a-t-elle lancé sous les applaudissements.")
    [q] = run(text)
    assert (q.type, q.text) == ("direct", "Vous mentez, monsieur le ministre")
    assert q.cue.lemma == "lancer" and q.speaker.name == "Anne Roche"


def test_present_tense_se_dire_with_a_quoted_attribute(run):
    [q] = run("Dans les tribunes, plusieurs supporters se disent « très déçus ».")
    assert (q.type, q.text, q.cue.lemma) == ("mixed", "très déçus", "dire")


def test_report_in_a_relative_clause_speaks_for_the_person(run):
    text = ("\"Nous sommes épuisés\", soupire Marc Dubois, infirmier à Lyon, qui dénonce un "
            "\"manque criant de moyens\".")
    quotes = run(text)
    assert [q.text for q in quotes] == ["Nous sommes épuisés", 'un "manque criant de moyens']
    assert quotes[1].cue.lemma == "dénoncer"
    assert all(q.speaker.name == "Marc Dubois" for q in quotes)


def test_present_participle_with_an_aside_before_the_quotation(run):
    text = ("Le syndicaliste Paul Henry a parlé jeudi. \"Nous restons ouverts\", a-t-il "
            "déclaré, tout en réclamant, au nom des salariés, \"des engagements fermes\".")
    quotes = run(text)
    assert [q.text for q in quotes] == ["Nous restons ouverts", "des engagements fermes"]
    assert quotes[1].cue.lemma == "réclamer" and quotes[1].type == "mixed"
    assert all(q.speaker.name == "Paul Henry" for q in quotes)


def test_tandis_que_opens_another_clause_not_a_report(run):
    text = ("La revue « Cinéma » salue « une œuvre magistrale », tandis que le journal "
            "\"Le Matin\" regrette une fin « trop longue ».")
    quotes = run(text)
    assert [(q.text, q.cue.lemma) for q in quotes] == [
        ("une œuvre magistrale", "saluer"), ("une fin « trop longue", "regretter")]


@pytest.mark.parametrize("description", ["la cinéaste", "la réalisatrice de 45 ans"])
def test_definite_description_refers_to_the_person_named_before(run, description):
    text = ("La réalisatrice Julie Laurent a présenté son film jeudi à Venise. "
            f"« Je voulais filmer la mer », a confié {description}.")
    [q] = run(text)
    assert q.speaker.name == "Julie Laurent"


def test_present_participle_speaks_for_the_noun_before_it(run):
    text = ("Le ministre Paul Aubert a confirmé les informations d'un diplomate européen "
            "ayant déclaré plus tôt que les frontières resteraient fermées.")
    quotes = run(text)
    late = [q for q in quotes if q.text.startswith("les frontières")]
    assert late and late[0].speaker.name != "Paul Aubert"


def test_a_feminine_title_is_not_tied_to_a_man_of_the_same_office(run):
    text = ("Le ministre de l'Économie, Bruno Lemaire, a défendu le budget. « Il est "
            "juste », a-t-il déclaré. Pour la Première ministre, « le texte doit passer ».")
    [pour] = [q for q in run(text) if q.cue.lemma == "pour"]
    assert pour.speaker.name != "Bruno Lemaire"


def test_d_apres_hung_on_the_verb_still_names_its_source(run):
    text = ("D'après des sources policières citées par l'AFP, deux suspects auraient été "
            "interpellés dimanche à Marseille.")
    [q] = run(text)
    assert q.cue.lemma == "selon" and q.text.startswith("deux suspects")
    assert "sources" in q.speaker.name


def test_feminine_pronoun_goes_to_a_person_not_a_body(run):
    text = ("La police judiciaire a précisé que dix perquisitions avaient été menées. Dans "
            "la salle, une ancienne infirmière, venue témoigner, a raconté avoir été "
            "licenciée « sans explication ». « J'étais désemparée », a-t-elle confié.")
    quotes = run(text)
    told, confided = quotes[-2], quotes[-1]
    assert told.cue.lemma == "raconter" and "infirmière" in told.speaker.name
    assert confided.speaker.name == told.speaker.name


def test_il_after_dans_un_communique_is_the_body_just_named(run):
    text = ("Le ministre Paul Martin a accusé son voisin de provocation. À Rome, le ministère "
            "de l'Intérieur a rejeté ces accusations. Dans un communiqué, il a indiqué que "
            "les contrôles étaient « habituels ».")
    [q] = [q for q in run(text) if q.cue and q.cue.lemma == "indiquer"]
    assert q.speaker.kind == "organization" and "ministère" in q.speaker.name


def test_a_publication_speaks_under_its_quoted_title(run):
    text = ("La revue « Cinéma » salue « une œuvre magistrale », tandis que le journal "
            "\"Le Matin\" regrette une fin « trop longue ».")
    assert [q.speaker.name for q in run(text)] == ["Cinéma", "Le Matin"]


@pytest.mark.parametrize("gerund, lemma", [("exigeant", "exiger"), ("demandant", "demander")])
def test_gerund_with_an_aside_reports_the_quotation(run, gerund, lemma):
    text = ("La maire Sophie Blanc a reçu les familles. « Nous vous entendons », a-t-elle "
            f"déclaré lundi, tout en {gerund}, au nom de la commune, « une enquête "
            "indépendante ».")
    quotes = run(text)
    assert [q.text for q in quotes] == ["Nous vous entendons", "une enquête indépendante"]
    assert quotes[1].cue.lemma == lemma and quotes[1].speaker.name == "Sophie Blanc"


def test_lowercase_quotation_after_the_verb_is_woven(run):
    text = ("La sénatrice Marie Costa a dénoncé « une loi écrite par les banques et pour "
            "les banques ».")
    [q] = run(text)
    assert (q.type, q.text) == ("mixed", "une loi écrite par les banques et pour les banques")
    assert q.speaker.name == "Marie Costa"


def test_a_nickname_in_quote_marks_is_no_quoted_fragment(run):
    text = ("Selon plusieurs proches du dossier, l'ancien défenseur Marc Lenoir, surnommé "
            "« le Roc » à Marseille, devrait être nommé directeur sportif.")
    [q] = run(text)
    assert q.cue.lemma == "selon" and q.type == "indirect" and q.fragments == []


def test_selon_lui_names_only_the_pronoun(run):
    text = ("Mike Pompeo a réagi jeudi sur Twitter. Il a publié une vidéo montrant selon lui "
            "des Irakiens \"dansant dans la rue\" pour fêter la nouvelle.")
    [q] = [q for q in run(text) if q.cue.lemma == "selon"]
    assert q.speaker.mention.text == "lui"
    assert q.speaker.name == "Mike Pompeo"


@pytest.mark.parametrize("text, said, speaker", [
    ("À Paris, les manifestants, qui ont dénoncé « une réforme injuste », ont défilé.",
     "une réforme injuste", "manifestants"),
    ("En France, les syndicats, qui ont affirmé que « la grève continuera », restent "
     "mobilisés.", "la grève continuera", "syndicats"),
])
def test_a_report_in_a_relative_clause_ends_with_it(run, text, said, speaker):
    """The place before the subject does not speak, and the main verb is not reported."""
    [q] = run(text)
    assert q.text == said
    assert q.speaker.name == speaker


@pytest.mark.parametrize("text, lemma, speaker", [
    pytest.param("La juge Anne Morel a ouvert l'audience. L'avocat de la défense, Me Paul "
                 "Roussel, a plaidé l'acquittement. Selon lui, le dossier est « vide ».",
                 "selon", "Paul Roussel", id="gender-from-the-role-article-not-a-complement"),
    pytest.param("Le ministre serbe Milan Petrović a quitté Belgrade. Pour Bruxelles, toute "
                 "sanction serait « contre-productive ». M. Petrović doit se rendre jeudi à "
                 "Genève, où il a promis de présenter un plan de paix.",
                 "promettre", "Milan Petrović", id="title-headed-subject-is-an-antecedent"),
    pytest.param("Plusieurs syndicalistes se disent « inquiets ». L'un d'eux, qui a requis "
                 "l'anonymat, confie redouter « une fermeture du site ».",
                 "confier", "L'un d'eux", id="l-un-d-eux-keeps-its-article"),
    pytest.param("L'Unesco a appelé à protéger le site. Selon l'Organisation, les fouilles "
                 "sauvages ont détruit des dizaines de tombes depuis lundi.",
                 "selon", "Unesco", id="capitalized-generic-body-is-the-body-just-named"),
    pytest.param("L’avocat de la défense, Me Richard Vidal, a dénoncé pour sa part « un dossier "
                 "vide, bâti sur des rumeurs ».",
                 "dénoncer", "Richard Vidal", id="lawyer-title-me-is-not-the-pronoun-me"),
    pytest.param("Le député Yanis Ferhat a plaidé pour que les directives anticipées soient "
                 "prises en compte.", "plaider", "Yanis Ferhat", id="plaider-pour-que"),
    pytest.param("Interrogé sur son arrêt réflexe, le gardien Yanis Belkacem a souri : « Je ne "
                 "l'ai pas vraiment vu partir. »", "sourire", "Yanis Belkacem",
                 id="sourire-before-a-colon"),
    pytest.param("Le parquet national financier a ouvert une enquête visant l'animateur "
                 "Stéphane Morello, a-t-il annoncé mardi dans un communiqué.", "annoncer",
                 "parquet national financier", id="written-incise-pronoun-for-the-body-reported"),
])
def test_the_speaker_of_a_cue(run, text, lemma, speaker):
    [q] = [q for q in run(text) if q.cue and q.cue.lemma == lemma]
    assert q.speaker.name == speaker


@pytest.mark.parametrize("incise, speaker", [
    ("dit-il", "Jacques Vidal"), ("dit-elle", "Anne Dubois"), ("conclut-il", "Jacques Vidal"),
    ("répond-elle", "Anne Dubois"), ("poursuit-elle", "Anne Dubois"),
    ("note-t-il", "Jacques Vidal"), ("insiste-t-elle", "Anne Dubois"),
])
def test_incise_with_an_inverted_pronoun(run, incise, speaker):
    """The pronoun after the verb names the speaker, whatever the verb's form looks like."""
    text = (f"{speaker} a réuni le conseil municipal mardi soir. "
            f"« Nous ne céderons pas », {incise}. Le conseil se réunira lundi.")
    [quote] = run(text)
    assert quote.text == "Nous ne céderons pas"
    assert quote.speaker.name == speaker
    assert quote.cue.text == incise


def test_a_body_named_after_a_role_is_not_the_persons_name(run):
    text = ("« La direction nous méprise », dénonce Karim Belkacem, délégué CGT, rencontré "
            "devant le dépôt. Selon le syndicaliste, 85 % des conducteurs étaient en grève.")
    assert [q.speaker.name for q in run(text)] == ["Karim Belkacem"] * 2


def test_the_name_of_a_company_in_a_role_is_no_persons_name(run):
    text = ("Le procès de Thierry Lamblin, ancien directeur financier de la société de "
            "transport Varenne Logistique, s'est ouvert mardi. « Je n'ai jamais pris un euro », "
            "a affirmé le prévenu.")
    [q] = run(text)
    assert q.speaker.name != "Varenne Logistique" and q.speaker.mention.text == "le prévenu"


def test_the_name_of_a_laboratory_a_person_works_at_is_no_persons_name(run):
    text = ("Les virus peuvent y persister plusieurs semaines, explique Sophie Guillou, virologue "
            "au laboratoire Santé, environnement et microbiologie de l'Ifremer, à Nantes. « Une "
            "huître filtre jusqu'à 200 litres d'eau par jour », détaille la chercheuse.")
    assert [q.speaker.name for q in run(text)] == ["Sophie Guillou", "Sophie Guillou"]


@pytest.mark.parametrize(("verb", "lemma"), [
    ("martèle", "marteler"), ("concède", "concéder"), ("répète", "répéter")])
def test_an_incise_verb_with_a_grave_accent_in_its_stem_is_found(run, verb, lemma):
    [q] = run(f"Le manager Paul Roy a démenti. « Il n'y a pas de système », {verb}-t-il.")
    assert (q.text, q.cue.lemma, q.speaker.name) == ("Il n'y a pas de système", lemma, "Paul Roy")


def test_mettre_en_garde_introduces_a_quotation(run):
    text = ("La FDSEA estime que les arboriculteurs sont sacrifiés. Pour Claire Aubert, "
            "hydrologue, cet épisode n'a rien d'exceptionnel. Elle met en garde : « Ce que nous "
            "vivions une fois tous les dix ans, nous le vivons chaque été. »")
    quote = run(text)[-1]
    assert (quote.speaker.name, quote.cue.lemma) == ("Claire Aubert", "mettre en garde")


@pytest.mark.parametrize(("text", "content"), [
    ("Pour Claire Aubert, hydrologue au laboratoire Eau et Territoires, cet épisode n'a rien "
     "d'exceptionnel.", "cet épisode n'a rien d'exceptionnel"),
    ("Pour Sophie Larcher, secrétaire générale du SNES-FSU, premier syndicat du secondaire, "
     "« le ministère change les règles pour la troisième fois ».",
     "le ministère change les règles pour la troisième fois"),
    ("Pour la ministre, la réforme, elle, sera menée à son terme.",
     "la réforme, elle, sera menée à son terme"),
])
def test_pour_x_reports_the_clause_after_the_sources_role(run, text, content):
    [q] = run(text)
    assert q.text == content


def test_a_role_after_a_title_and_its_name_is_tied_to_the_name(run):
    text = ("« Les flammes atteignaient le troisième étage », a expliqué à l'AFP le capitaine "
            "Julien Roussel, porte-parole des pompiers du Nord. Selon le porte-parole, "
            "quatorze blessés ont été transportés à l'hôpital.")
    assert [q.speaker.name for q in run(text)] == ["Julien Roussel"] * 2


@pytest.mark.parametrize(("text", "speakers"), [
    ("L'Espagnol Álvaro Sendra a battu le Norvégien Henrik Aasland. « J'ai joué mon meilleur "
     "tennis », a expliqué le Norvégien.", ["Henrik Aasland"]),
    ("En tribune, la Polonaise Zofia Wróbel, numéro un mondiale, a suivi le match. « Je suis "
     "venue pour apprendre », a souri la numéro un mondiale.", ["Zofia Wróbel"]),
    ("Pour le président de la Fédération française de tennis (FFT), Bernard Lacombe, cette "
     "finale « prouve que le tennis a trouvé ses patrons ».", ["Bernard Lacombe"]),
])
def test_a_nationality_or_an_acronym_is_not_part_of_the_name(run, text, speakers):
    assert [q.speaker.name for q in run(text)] == speakers


def test_profession_descriptions_refer_back_to_the_person_named_before(run):
    text = ("L'avocat de Didier Roncin, Me Julien Sarfati, a annoncé un appel. « Ce jugement est "
            "un jugement d'émotion », a plaidé le pénaliste. « C'est une victoire amère », "
            "résume Me Nathalie Vidal. « Beaucoup de mes clients ne reverront jamais leur "
            "argent », a ajouté l'avocate. Gérard Martin préside l'association des victimes. Ce "
            "professeur à la retraite dit avoir tout découvert « par un article de journal ».")
    assert [q.speaker.name for q in run(text) if q.type != "indirect"] == [
        "Julien Sarfati", "Nathalie Vidal", "Nathalie Vidal", "Gérard Martin"]


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Le prix a été décerné au film de la réalisatrice Julie Laurent. « Je suis "
                 "fière », a déclaré la cinéaste.", "Julie Laurent",
                 id="profession-for-a-person-named-outside-any-subject"),
    pytest.param("Le prévenu a nié les faits. Une version que conteste fermement la procureure, "
                 "Anne Roux. « Il a organisé un système », a déclaré la magistrate.", "Anne Roux",
                 id="generic-noun-for-an-inverted-subject"),
    pytest.param("Son avocat, Me Paul Bastide, a indiqué qu'une plainte serait déposée. Le "
                 "critique Antoine Lesage a annoncé sa démission dimanche. « Je ne peux pas "
                 "cautionner ce palmarès », écrit-il.", "Antoine Lesage",
                 id="subject-named-after-a-noun-the-lexicon-does-not-know"),
    pytest.param("La Première ministre italienne, Giulia Ferrante, est arrivée à Bruxelles. Le "
                 "chancelier Paul Weber l'a reçue. « L'Italie a pris ses responsabilités », a "
                 "insisté l'Italienne.", "Giulia Ferrante", id="nationality-noun"),
    pytest.param("Parmi les invités figurait l'astronaute française Léa Castagnet. Mathieu Roy, "
                 "ingénieur, a parlé avant elle. « Quelle émotion ! », a tweeté la Française.",
                 "Léa Castagnet", id="nationality-noun-for-the-person-of-that-nationality"),
    pytest.param("Le ministre Jean Dupont a rencontré son homologue italien. « Nous avançons », "
                 "a déclaré l'Italien.", "Italien", id="nationality-noun-for-someone-unnamed"),
    pytest.param("Le grimpeur français Lucas Perrin a été contrôlé positif, a annoncé jeudi "
                 "l'agence antidopage. « Je n'ai jamais triché », a déclaré le coureur.",
                 "Lucas Perrin", id="name-in-reported-content-as-antecedent"),
    pytest.param("Le ministre Olivier Lambert a rencontré son homologue sénégalaise, Aïssatou "
                 "Ndiaye. La cheffe de la diplomatie sénégalaise s'est montrée réservée. « Nous "
                 "attendons des actes », a-t-elle déclaré.", "Aïssatou Ndiaye",
                 id="leader-title-sharing-a-mark-with-a-role"),
    pytest.param("Léa Castagnet et Mathieu Lefort ont visité le site. Mme Castagnet a salué le "
                 "travail des équipes. M. Lefort est resté discret. « C'est un moment "
                 "historique », a-t-elle confié.", "Léa Castagnet", id="title-tells-the-gender"),
    pytest.param("« Une chute, ça arrive », a déclaré M. Jean-Luc Mercier. Le directeur de "
                 "course a promis que le tracé serait « revu si nécessaire ».",
                 "Jean-Luc Mercier", id="a-description-for-the-speaker-just-quoted"),
    pytest.param("Axel Morand ne cachait pas sa déception. Le sprinteur de Cap Horizon estime "
                 "avoir été « enfermé » le long des barrières.", "Axel Morand",
                 id="a-description-for-the-subject-of-the-sentence-before"),
    pytest.param("Marc-Antoine Roussel a appelé à un « front républicain ». « Le danger est là. "
                 "Il n'y a plus de temps pour les calculs », a martelé le député de "
                 "Seine-Saint-Denis.", "Marc-Antoine Roussel",
                 id="the-sentences-of-a-quotation-do-not-count"),
    pytest.param("Le député Marc Roux a quitté l'hémicycle. « Il n'y a plus de temps à "
                 "perdre », a lancé l'élu d'opposition.", "Marc Roux",
                 id="an-impersonal-il-speaks-of-no-one"),
    pytest.param("Jean Dupont, 45 ans, est jugé pour fraude. « Mon client est innocent », a "
                 "déclaré l'avocat de la défense.", "avocat de la défense",
                 id="a-description-with-a-complement-may-be-someone-new"),
    pytest.param("Le ministre Jean Dupont aurait menti aux enquêteurs, selon le quotidien "
                 "régional.", "quotidien régional", id="a-newspaper-is-no-profession"),
    pytest.param("Marine Le Pen était à Lille. M. Le Pen, son père, était absent. « Nous "
                 "gagnerons », a-t-elle déclaré.", "Marine Le Pen",
                 id="a-title-genders-its-mention-not-the-family-name"),
    pytest.param("« Nous investirons », a déclaré le patron du groupe LVMH Bernard Arnault.",
                 "Bernard Arnault", id="a-company-acronym-before-a-name"),
    pytest.param("Le porte-parole du gouvernement Paul Roux a parlé. « Nous tiendrons », a "
                 "déclaré le chef du gouvernement.", "chef du gouvernement",
                 id="sharing-a-body-is-no-shared-office"),
    pytest.param("Axel Morand a fini deuxième. La course a été rapide. Le vent soufflait fort. "
                 "Le sprinteur de Cap Horizon estime avoir été « enfermé ».",
                 "sprinteur de Cap Horizon", id="a-description-two-sentences-on-names-no-one"),
    pytest.param("Paul Girard a visité la caserne. Le préfet a annoncé que les renforts "
                 "arriveraient « dès lundi ».", "préfet",
                 id="a-sole-office-names-its-holder-not-the-person-just-named"),
    pytest.param("Thomas Guérin, 34 ans, a été grièvement blessé dans la collision. « Je n'ai "
                 "rien pu faire », a affirmé le conducteur du camion.", "conducteur du camion",
                 id="not-the-person-an-event-befell"),
    pytest.param("Le cycliste Romain Delcourt a chuté dans la descente. « Il souffre d'une "
                 "fracture de la clavicule », a précisé le médecin de l'équipe.",
                 "médecin de l'équipe", id="not-the-person-the-quotation-speaks-of"),
])
def test_who_a_description_of_the_last_speaker_names(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


@pytest.mark.parametrize(("text", "contents"), [
    ("Selon les enquêteurs, le conducteur, âgé de 25 ans, roulait à plus de 150 km/h.",
     ["le conducteur, âgé de 25 ans, roulait à plus de 150 km/h"]),
    ("Le ministre a affirmé que la France, contrairement à l'Allemagne, avait respecté ses "
     "engagements.", ["la France, contrairement à l'Allemagne, avait respecté ses engagements"]),
    ("Il a promis de baisser les impôts tout en réduisant le déficit.",
     ["baisser les impôts tout en réduisant le déficit"]),
    ("Le président a jugé que la situation, contrairement à ce que disent ses opposants, "
     "s'améliorait.", ["la situation, contrairement à ce que disent ses opposants, "
                       "s'améliorait"]),
    ("« Nous voulons être entendus », a déclaré Jean Martin. « Plus jamais ça. » Tel était "
     "le slogan scandé samedi.", ["Nous voulons être entendus"]),
    ("Le suspect a été mis en garde à vue lundi. Il refuse de parler de « trahison ». Le "
     "slogan « Jamais sans nous », repris dans toutes les manifestations, a été inventé par "
     "une lycéenne.", []),
])
def test_what_the_new_rules_leave_alone(run, text, contents):
    assert [q.text for q in run(text)] == contents


@pytest.mark.parametrize(("text", "reports"), [
    ("Dans un communiqué, l'Union des locataires réclame un moratoire sur les expulsions "
     "locatives jusqu'à la fin de l'hiver.",
     [("un moratoire sur les expulsions locatives jusqu'à la fin de l'hiver", "réclamer")]),
    ("Le syndicat SUD appelle à une grève le 24 juin et réclame le recours à des médecins "
     "intérimaires.", [("une grève le 24 juin", "appeler"),
                       ("le recours à des médecins intérimaires", "réclamer")]),
    ("Le manager Hervé Lemaire a toutefois démenti l'existence de toute pratique organisée.",
     [("l'existence de toute pratique organisée", "démentir")]),
    ("Elle a jugé le projet « taillé pour les promoteurs » et réclamé le rétablissement de "
     "l'encadrement des loyers.",
     [("le projet « taillé pour les promoteurs", "juger"),
      ("le rétablissement de l'encadrement des loyers", "réclamer")]),
    ("Le ministre a salué un effort. Il a en revanche écarté toute entrée de l'État au "
     "capital du site, une piste chère à plusieurs élus.",
     [("toute entrée de l'État au capital du site", "écarter")]),
    ("Le président du club, Frédéric Amadieu, a exclu toute nomination avant la trêve.",
     [("toute nomination avant la trêve", "exclure")]),
    ("La directrice a promis une réouverture du service dès le mois de mars.",
     [("une réouverture du service dès le mois de mars", "promettre")]),
    ("Les enquêteurs ont écarté toute piste criminelle après l'autopsie.",
     [("toute piste criminelle après l'autopsie", "écarter")]),
    ("Le ministre a promis aux agriculteurs une aide d'urgence de 50 millions d'euros.",
     [("une aide d'urgence de 50 millions d'euros", "promettre")]),
    ("Le maire réclame à l'État une enveloppe exceptionnelle.",
     [("une enveloppe exceptionnelle", "réclamer")]),
    ("Vêtu d'un pull gris, l'accusé a reconnu avoir porté les coups mais a contesté toute "
     "préméditation.", [("avoir porté les coups", "reconnaître"),
                        ("toute préméditation", "contester")]),
])
def test_the_noun_object_of_a_demand_or_a_denial_is_what_was_said(run, text, reports):
    quotes = run(text)
    assert [(q.text, q.cue.lemma) for q in quotes] == reports
    assert quotes[-1].type == "indirect"


def test_a_negated_verb_after_a_comma_is_the_narrators(run):
    """The relative clause ends at its comma: what follows is the main clause's verb."""
    quotes = run("Didier Roncin, qui avait reconnu à l'audience « des erreurs » mais contesté "
                 "toute intention frauduleuse, n'a fait aucune déclaration.")
    assert [q.text for q in quotes if q.cue.lemma == "contester"] == [
        "toute intention frauduleuse"]


@pytest.mark.parametrize("text", [
    "Le coureur dispose de vingt jours pour demander une contre-expertise.",
    "Les alliés pourraient contribuer davantage, comme le réclame le président américain.",
    "Réclamant une enquête, les familles ont défilé dans le centre-ville.",
    "Le groupe suédois Norvik a annoncé mardi la fermeture de son usine de Saint-Dizier.",
    "La mairie a appelé les pompiers vers 22 heures.",
    "La loi exige une déclaration préalable pour toute manifestation sur la voie publique.",
    "Le parquet ne réclame pas la détention provisoire du suspect.",
    "Que réclament les agriculteurs ?",
    "La victime a appelé à l'aide avant d'être secourue par des passants.",
    "L'avocat a demandé la parole à la fin de l'audience.",
    "L'arbitre a exclu le joueur à la 80e minute.",
    "Les gendarmes ont écarté les curieux du périmètre.",
    "Le club a exclu de son stade trois supporters violents.",
    "La fédération a exclu tout athlète ayant refusé un contrôle antidopage.",
    "Un panneau indiquant que la route est fermée a été installé à l'entrée du village.",
    "La cour a écarté toutes les pièces produites tardivement par la défense.",
    "Le parti a exclu tous les élus ayant voté la motion de censure.",
    "Le préfet Jean Morel a écarté les curieux : la zone reste interdite.",
    "La direction conteste ces chiffres.",
    "Une ancienne auxiliaire de puériculture, qui a requis l'anonymat, confirme ces pratiques.",
    "Le maire a confirmé cette information jeudi.",
    "Le ministre a démenti ces accusations mardi soir.",
])
def test_noun_objects_that_report_nothing(run, text):
    assert run(text) == []


def test_a_quotation_after_what_is_ruled_out_says_why(run):
    [q] = run("Interrogé sur une éventuelle aide publique, le ministre Marc Delorme a écarté "
              "cette piste : « L'État n'a pas vocation à maintenir en vie une compagnie sans "
              "modèle économique. »")
    assert q.type == "direct" and q.text.startswith("L'État n'a pas vocation")
    assert q.speaker.name == "Marc Delorme" and q.cue.lemma == "écarter"



@pytest.mark.parametrize(("text", "speaker"), [
    ("Le président du comité régional des pêches maritimes (CRPM) de Normandie, Yannick "
     "Lebas, a dénoncé une « mascarade administrative ».", "Yannick Lebas"),
    ("Le chef du service des urgences, le docteur Thomas Vasseur, ne fait pas grève. Il "
     "explique que son équipe compte sept urgentistes.", "Thomas Vasseur"),
    ("Le député de la Manche Bertrand Aubriot a expliqué que son groupe ne voterait pas la "
     "censure.", "Bertrand Aubriot"),
    ("La CGT a appelé à un rassemblement. FO, deuxième syndicat du site, réclame « un vrai "
     "plan de revitalisation ».", "FO"),
    ("Le Syndicat des chauffeurs de taxi de France (SCTF), deuxième organisation du secteur, "
     "a appelé ses adhérents à rejoindre le mouvement « jusqu'au retrait du texte ».",
     "Syndicat des chauffeurs de taxi de France"),
    ("Mis en cause par les manifestants, le distributeur Hexamarché, premier client de la "
     "coopérative, affirme avoir « accepté une hausse de 4 % des tarifs ».", "Hexamarché"),
    ("Le directeur de l'usine Arkeon, Paul Brun, ancien ingénieur de la marine, a assuré que "
     "le site était sûr.", "Paul Brun"),
    ("Le sénateur de l'Indre Bernard Cazal (LR) a dénoncé sur X « un abandon pur et simple "
     "des territoires ruraux ».", "Bernard Cazal"),
    ("La présidente de la région Bretagne Sylvie Le Goff a salué « un accord historique ».",
     "Sylvie Le Goff"),
    ("La députée RN du Var Laurence Bastide a estimé que la priorité devait aller aux soins "
     "palliatifs.", "Laurence Bastide"),
    ("Le député LR des Alpes-Maritimes Éric Ciotti a jugé le texte « inacceptable ».",
     "Éric Ciotti"),
    ("L'avocate de la famille, Me Agnès Labbé, a dénoncé « une défense qui salit la mémoire "
     "de Julien » et demandé aux jurés de « ne pas se laisser abuser par une version "
     "construite après coup ».", "Agnès Labbé"),
])
def test_a_name_beside_its_role_is_the_speaker(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker



@pytest.mark.parametrize(("text", "speaker"), [
    ("« La situation devient intenable », s'agace le Dr Hugo Lemarchand, seul urgentiste de "
     "l'hôpital. Le médecin dit avoir enchaîné sept gardes ce mois-ci. Médecin généraliste "
     "depuis vingt ans, Anne Girard refuse de nouveaux patients.", "Hugo Lemarchand"),
    ("« Mon client est innocent », a lancé Me Paul Berthier à l'audience. L'avocat a "
     "ensuite affirmé que l'enquête avait été bâclée. L'avocat général Marc Riou a "
     "requis dix ans.", "Paul Berthier"),
])
def test_a_title_tells_the_profession_that_describes_the_name_again(run, text, speaker):
    assert run(text)[1].speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le maire de San Antonio Ron Nirenberg a assuré que la ville était « prête ».",
     "Ron Nirenberg"),
    ("Le maire de Saint Martin Louis Mussington a réclamé « une aide d'urgence ».",
     "Louis Mussington"),
    ("L'avocat de Moussa Ibrahim Traoré a dénoncé « une enquête menée à charge ».",
     "avocat de Moussa Ibrahim Traoré"),
])
def test_a_first_name_inside_a_place_or_a_client_s_name_opens_no_name(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Le pronostic vital n'est plus engagé », a indiqué le médecin de garde. Le Dr Sylvie "
     "Roux, cheffe du service, a ajouté que l'enfant restait « sous surveillance ».",
     "médecin de garde"),
    ("Selon le Dr Hélène Rossi, vétérinaire à Alençon, le chien était « affamé ». Le médecin "
     "de la famille a confirmé que l'enfant avait été « mordu au bras ».",
     "médecin de la famille"),
    ("Me Dominique Lefèvre a affirmé que son client était « innocent ». L'avocat de la "
     "partie civile a salué « un procès exemplaire ».", "avocat de la partie civile"),
])
def test_a_title_s_profession_describes_no_one_before_or_beyond_the_bare_noun(run, text,
                                                                            speaker):
    described = text.split(". ")[0 if text.startswith("«") else 1]
    [quote] = [q for q in run(text) if q.start >= text.index(described)
               and q.end <= text.index(described) + len(described)]
    assert quote.speaker.name == speaker


def test_a_role_apposed_to_the_subject_is_tied_to_the_name(run):
    text = ("Le ministre délégué au Logement, Thomas Brémond, qui s'est rendu sur les lieux, "
            "a promis « une inspection complète ». Le ministre a par ailleurs assuré que les "
            "familles seraient relogées.")
    assert [q.speaker.name for q in run(text)] == ["Thomas Brémond", "Thomas Brémond"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le groupe suédois Norvik a annoncé mardi la fermeture de son usine. Dans un "
     "communiqué, l'entreprise invoque « une surcapacité structurelle en Europe ».", "Norvik"),
    ("Le groupe suédois Norvik a annoncé mardi la fermeture de son usine. La CGT a "
     "aussitôt réagi. Dans un communiqué, le syndicat dénonce « un plan social déguisé ».",
     "CGT"),
    ("La CGT a dénoncé un « plan social déguisé ». Le groupe Norvik a répondu. Dans un "
     "communiqué, l'entreprise invoque « une surcapacité structurelle en Europe ».", "Norvik"),
    ("Le groupe Bolloré a annoncé le rachat de Lagardère. L'Autorité de la concurrence a "
     "indiqué qu'elle examinerait l'opération. Le groupe assure que « l'indépendance des "
     "rédactions sera respectée ».", "Bolloré"),
])
def test_a_union_or_a_company_described_again_is_the_one_named_before(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text", [
    "La CGT a appelé à la grève. L'intersyndicale affirme que « la mobilisation sera massive ».",
    "La CGT et FO ont appelé à la grève. Les deux syndicats affirment que « la mobilisation "
    "sera massive ».",
    "L'ONG Greenpeace a dénoncé des « profits indécents ». L'entreprise a répondu que « ses "
    "investissements augmentent ».",
])
def test_a_body_noun_is_not_given_a_body_of_another_kind(run, text):
    assert run(text)[-1].speaker.name not in ("CGT", "FO", "ONG Greenpeace", "Greenpeace")


def test_a_quotation_after_a_colon_that_closes_a_report_is_its_own_item(run):
    text = ("Le demi de mêlée Mathis Darrigrand a assuré n'avoir « pensé à rien » au moment "
            "de frapper : « J'ai regardé les poteaux, j'ai respiré, c'est tout. »")
    quotes = run(text)
    assert [(q.type, q.text) for q in quotes] == [
        ("mixed", "n'avoir « pensé à rien » au moment de frapper"),
        ("direct", "J'ai regardé les poteaux, j'ai respiré, c'est tout.")]
    assert {(q.speaker.name, q.cue.lemma) for q in quotes} == {("Mathis Darrigrand", "assurer")}


@pytest.mark.parametrize("incise", [
    "a déclaré le trentenaire d'une voix à peine audible",
    "a lâché le trentenaire quelques minutes plus tard",
])
def test_a_manner_or_a_time_after_an_incise_subject_is_not_part_of_it(run, incise):
    text = f"Le prévenu Julien Morvan a reconnu les faits. « Je ne l'ai pas vue », {incise}."
    speaker = run(text)[-1].speaker
    assert (speaker.name, speaker.mention.text) == ("Julien Morvan", "le trentenaire")


def test_a_party_label_does_not_make_another_office(run):
    text = ("Le Premier ministre portugais, Rui Albuquerque, a ouvert le sommet. « Aucun pays "
            "ne peut affronter seul cette crise », a déclaré le chef du gouvernement "
            "socialiste.")
    assert run(text)[-1].speaker.name == "Rui Albuquerque"


def test_a_concession_ends_the_report_before_it(run):
    text = ("La ministre allemande Katrin Vogel a jugé « peu probable » un accord avant l'été, "
            "même si elle a reconnu que « le ton avait changé » depuis le dernier Conseil "
            "européen.")
    assert [(q.text, q.cue.lemma) for q in run(text)] == [
        ("peu probable » un accord avant l'été", "juger"),
        ("le ton avait changé » depuis le dernier Conseil européen", "reconnaître")]


def test_an_apology_introduces_the_quotation_after_a_long_setting(run):
    text = ("Le deuxième ligne Romain Vidal a été exclu. Ce dernier s'est excusé sur les "
            "réseaux sociaux auprès du centre Josua Ratu, touché à la tête sur l'action : « Je "
            "n'ai jamais voulu blesser qui que ce soit. Prompt rétablissement, frère. »")
    [quote] = run(text)
    assert (quote.type, quote.speaker.name, quote.cue.lemma) == ("direct", "Romain Vidal",
                                                                 "excuser")


@pytest.mark.parametrize("text", [
    "Le procureur a indiqué que le suspect avait lancé aux policiers au moment de son "
    "interpellation : « Vous ne m'aurez jamais. »",
    "La victime a expliqué qu'elle avait reçu un SMS anonyme : « Tu vas payer. »",
])
def test_a_quotation_after_a_colon_that_another_source_said_stays_in_the_report(run, text):
    assert [q.type for q in run(text)] == ["mixed"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le député socialiste Boris Vallaud a dénoncé « une réforme injuste ». « Ce texte est "
     "équilibré », a répliqué le député conservateur.", "député conservateur"),
    ("Le conseiller régional communiste Marc Simon a voté contre le budget. Le conseiller "
     "régional centriste Paul Girard s'est abstenu. « Nous voulons des garanties », a "
     "expliqué le conseiller régional communiste.", "Marc Simon"),
])
def test_two_party_labels_tell_two_people_apart(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


@pytest.mark.parametrize(("text", "content"), [
    ("Le député a dit qu'il voterait le texte, même s'il « n'en partage pas tout ».",
     "il voterait le texte, même s'il « n'en partage pas tout"),
    ("Le ministre a promis de tenir bon, même si la grève devait durer.",
     "tenir bon"),
])
def test_a_concession_ends_the_report_unless_it_quotes_the_speaker(run, text, content):
    assert [q.text for q in run(text)] == [content]


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("L'acteur s'est excusé, avant d'ajouter : « Mais je ne retire rien sur le fond. »",
     "acteur", "ajouter"),
    ("Le préfet a reconnu l'état de catastrophe naturelle pour les communes sinistrées, dont "
     "les habitants témoignent : « Nous avons tout perdu. »", "habitants", "témoigner"),
    ("L'entreprise s'est excusée dans un communiqué publié mardi soir : « Nous regrettons "
     "profondément ce dysfonctionnement. »", "entreprise", "excuser"),
])
def test_the_verb_nearest_the_colon_introduces_the_quotation(run, text, speaker, cue):
    [quote] = [q for q in run(text) if q.type == "direct"]
    assert (quote.speaker.name, quote.cue.lemma) == (speaker, cue)


@pytest.mark.parametrize(("text", "mention"), [
    ("« Nous ne reculerons pas », a lancé le ministre de l'Intérieur d'un ton sec.",
     "le ministre de l'Intérieur"),
    ("« Je regrette », a déclaré l'auteur d'un geste obscène envers l'arbitre.",
     "l'auteur d'un geste obscène"),
])
def test_the_incise_subject_keeps_its_complements_but_not_its_tone(run, text, mention):
    assert run(text)[0].speaker.mention.text == mention


def test_a_possessive_role_is_someone_else_than_the_last_person_named(run):
    text = ("Le joueur Paul Martin a marqué un doublé. « Il a été exceptionnel », a salué son "
            "entraîneur.")
    assert run(text)[-1].speaker.name != "Paul Martin"


@pytest.mark.parametrize("text", [
    "La direction de l'hôpital n'a pas souhaité commenter ce point.",
    "Un habitant, qui n'a pas souhaité donner son nom, affirme que l'alarme ne fonctionnait "
    "pas.",
    "Le distributeur ne veut pas s'exprimer sur le calendrier de sortie.",
])
def test_declining_to_speak_reports_nothing(run, text):
    assert [q.cue.lemma for q in run(text)] == (["affirmer"] if "affirme" in text else [])


def test_a_colon_ending_a_paragraph_introduces_the_quotation_below_it(run):
    text = ("Dans un message lu par une collègue, l'enseignante Claire Dumas a remercié les "
            "élèves pour leur soutien :\n\n« Je reviendrai. Pas tout de suite, mais je "
            "reviendrai. »")
    [quote] = run(text)
    assert (quote.type, quote.speaker.name, quote.cue.lemma) == ("direct", "Claire Dumas",
                                                                 "remercier")


@pytest.mark.parametrize(("text", "content"), [
    ("Le rapporteur Guillaume Le Bihan a salué un projet « équilibré », qui « ne sacrifie ni "
     "les propriétaires ni les locataires ».",
     "un projet « équilibré », qui « ne sacrifie ni les propriétaires ni les locataires"),
    ("M. Moreira a jugé cette position « incompréhensible » après « vingt-cinq ans de "
     "négociations ».",
     "cette position « incompréhensible » après « vingt-cinq ans de négociations"),
])
def test_narration_that_quotes_the_speaker_again_is_part_of_the_report(run, text, content):
    assert [q.text for q in run(text)] == [content]


@pytest.mark.parametrize(("text", "lemmas"), [
    ("La CFDT ne souhaite pas que la réforme soit adoptée en l'état.", ["souhaiter"]),
    ("Le club n'a pas souhaité que son entraîneur s'exprime avant la rencontre.", []),
    ("Le ministre n'a pas souhaité commenter : « Je ne m'exprime pas sur une enquête en "
     "cours. »", ["commenter"]),
])
def test_a_wish_not_to_speak_is_no_report_but_a_wish_is(run, text, lemmas):
    assert [q.cue.lemma for q in run(text)] == lemmas


def test_a_quotation_below_a_colon_with_its_own_incise_is_that_speakers(run):
    text = ("Le maire Jean Roux a réagi dans la soirée :\n\n« C'est inacceptable », a déclaré "
            "son adjoint, Paul Girard.")
    [quote] = run(text)
    assert (quote.speaker.name, quote.cue.lemma) == ("Paul Girard", "déclarer")


@pytest.mark.parametrize(("text", "content"), [
    ("Le maire Jean Roux a salué un « geste fort », qui « intervient trop tard » selon "
     "l'opposition.", "un « geste fort"),
    ("L'actrice Léa Morel s'est dite « émue » après la projection de « Titanic ».", "émue"),
])
def test_a_later_quotation_of_someone_else_stays_out_of_the_report(run, text, content):
    assert run(text)[0].text == content


@pytest.mark.parametrize(("text", "speaker"), [
    ("« On nous demande de trier les patients », a résumé Nadia Benali, infirmière et "
     "déléguée CGT de l'établissement. Selon le syndicat, quatorze postes sont vacants.",
     "CGT"),
    ("« On nous demande de trier les patients », a résumé Nadia Benali, infirmière. Selon le "
     "syndicat, quatorze postes sont vacants.", "syndicat"),
])
def test_a_union_named_only_in_a_role_is_the_one_the_syndicat_stands_for(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


def test_a_job_introduced_without_a_name_is_the_pronoun_s_antecedent(run):
    text = ("« On nous vendait un projet bienveillant », résume Aurélie Chassagne, porte-parole "
            "du collectif. Une ancienne auxiliaire de puériculture, qui a requis l'anonymat, "
            "confirme ces pratiques. « On était deux pour quatorze bébés », raconte-t-elle.")
    assert [q.speaker.name for q in run(text)] == [
        "Aurélie Chassagne", "ancienne auxiliaire de puériculture"]


def test_the_subject_after_a_dateline_is_an_antecedent(run):
    text = (" date 2025-09 Louise Ancelin n'aime pas beaucoup parler d'elle. À 58 ans, la "
            "romancière figure dans la sélection du Goncourt.\n\n« J'ai grandi à Coulon », "
            "raconte-t-elle.")
    [q] = run(text)
    assert q.speaker.name == "Louise Ancelin"


def test_the_name_of_a_movement_in_a_role_is_the_body_s(run):
    text = ("« Combien de temps encore ? », a ironisé Ivana Sedláčková, présidente du "
            "mouvement populiste Action directe. La quinquagénaire a annoncé qu'elle "
            "déposerait une motion de défiance.")
    assert {q.speaker.name for q in run(text)} == {"Ivana Sedláčková"}


@pytest.mark.parametrize("text, speaker", [
    ("L'entraîneur Pierre Sabatier a contesté le carton rouge adressé à Romain Vidal. "
     "« On tue le rugby », s'est emporté le technicien tarnais.", "Pierre Sabatier"),
    ("« Nous irons à Orléans », a déclaré Nadia Benali, déléguée CGT. La directrice, "
     "Isabelle Ferrand, a reçu les grévistes. « Rien ne bouge », a lancé la syndicaliste.",
     "Nadia Benali"),
    ("Le procureur, Hervé Kerbrat, a requis deux ans contre le prévenu, Julien Morvan. Le "
     "magistrat a rappelé que le conducteur roulait à 112 km/h.", "Hervé Kerbrat"),
    ("La maire de la commune, Martine Lefebvre, a visité les sinistrés avec le pompier "
     "Jean Dubar. L'édile a réclamé que l'Etat reconnaisse la catastrophe naturelle.",
     "Martine Lefebvre"),
    ("Le préfet de police, Laurent Desmarais, a reçu le maire, Jean-Marc Ollivier. Le "
     "haut fonctionnaire a rappelé que le plan Vigipirate imposait « une vigilance "
     "renforcée ».", "Laurent Desmarais"),
    ("La cinéaste Solène Armengaud présente son film. Sa productrice, Béatrice Kahn, a "
     "rappelé les difficultés du tournage. « On a des idées », sourit la réalisatrice.",
     "Solène Armengaud"),
    ("L'avocate générale Claire Vidalenc a requis vingt-deux ans de réclusion contre Julien "
     "Mercadier, jugé depuis lundi par la cour d'assises de la Drôme. « Je vous demande "
     "pardon », a dit l'accusé.", "Julien Mercadier"),
    ("Le parquet a requis deux ans contre Karim Benali, poursuivi pour escroquerie. Le "
     "prévenu a assuré qu'il avait « toujours remboursé ».", "Karim Benali"),
    ("Le Premier ministre grec Nikos Varvaressos est arrivé mardi. Le chef du gouvernement "
     "espagnol, Javier Olmedo, a estimé que « rien n'est joué ». « Nous sommes d'accord sur "
     "le diagnostic », a résumé le dirigeant grec.", "Nikos Varvaressos"),
    ("Le chef de la diplomatie valdorienne, Tomas Reinholt, a pris la parole à Genève. Le "
     "ministre a exigé la libération de 1 200 prisonniers civils.", "Tomas Reinholt"),
    ("Karim Belhadj, délégué CGT chez Stellaris, a dénoncé les suppressions de postes. « La "
     "direction joue la montre », a déclaré le délégué syndical.", "Karim Belhadj"),
    ("« Ils ferment des lignes ici », a lancé Fabrice Kessler, délégué CGT. Le directeur du "
     "site, Marc Lenoir, était absent. Selon le délégué syndical, près de 70 % des ouvriers "
     "ont cessé le travail.", "Fabrice Kessler"),
])
def test_a_description_stands_for_the_role_it_paraphrases(run, text, speaker):
    quotes = run(text)
    assert quotes and quotes[-1].speaker.name == speaker


def test_an_age_noun_goes_to_the_person_of_that_age(run):
    text = ("Anne Le Guennec, 61 ans, est venue à la barre. Sa fille, infirmière de 29 ans, "
            "rentrait d'une garde. « Elle faisait tout bien », a raconté la sexagénaire.")
    [q] = run(text)
    assert q.speaker.name == "Anne Le Guennec"


@pytest.mark.parametrize("text, speaker", [
    ("Parmi les invités figurait l'astronaute de l'ESA Léa Castagnet. « Quelle émotion ! », "
     "a tweeté la Française.", "Léa Castagnet"),
    ("Tom Verhaegen ne s'avoue pas vaincu. « Quinze secondes, ce n'est rien », a lancé le "
     "Flamand.", "Tom Verhaegen"),
    ("Álvaro Sendra a dominé le Norvégien Henrik Aasland en cinq sets. « J'ai rêvé de ce "
     "moment », a confié le Murcien.", "Álvaro Sendra"),
])
def test_a_nationality_or_a_demonym_stands_for_someone_named(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


def test_the_americans_are_no_person(run):
    text = ("Mike Pompeo a parlé à ses homologues. L'Iran est accusé par les Américains "
            "d'être responsable de plusieurs tirs de roquettes.")
    assert all(q.speaker is None or q.speaker.name != "Mike Pompeo" for q in run(text))



def test_continuer_de_is_no_report(run):
    text = ("Selon elle, un centre périnatal de proximité continuera d'assurer sur place les "
            "consultations.")
    [q] = run(text)
    assert q.cue.lemma == "selon" and q.text.startswith("un centre")


@pytest.mark.parametrize("text, speaker", [
    ("« La direction nous répond par des primes », a déclaré à l'AFP Karim Benslimane, "
     "secrétaire régional de SUD-Rail. Le syndicaliste affirme que 45 postes seront "
     "supprimés.", "Karim Benslimane"),
    ("Le préfet du Pas-de-Calais, Laurent Desbordes, s'est rendu sur place. « La situation "
     "est critique », a déclaré le représentant de l'Etat.", "Laurent Desbordes"),
    ("« C'est une décision brutale », s'est indigné le maire (divers gauche) de Montbrézac, "
     "Gérard Pallier, joint par téléphone.", "Gérard Pallier"),
    ("La région hausse le ton. Elle exigera des pénalités, a prévenu la vice-présidente du "
     "conseil régional chargée des mobilités, Claire Dufourcq.", "Claire Dufourcq"),
    ("La région suit le dossier « de très près », a assuré mercredi sa vice-présidente "
     "déléguée à la culture, Véronique Ledoux.", "Véronique Ledoux"),
    ("L'annonce a provoqué la colère des élus locaux. Le maire, Gérard Pallier, a écrit au "
     "ministre. L'élu a annoncé qu'il déposerait un recours.", "Gérard Pallier"),
])
def test_the_name_of_the_source_is_found(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Selon Météo-France, il est tombé deux mois de pluie en une semaine. L'établissement "
     "public a prévenu que « le pic n'est pas encore atteint ».", "Météo-France"),
    ("L'Arcom a mis en demeure la chaîne C8 jeudi, jugeant ses propos « contraires à la "
     "loi ». Ces propos portent atteinte à la dignité humaine, précise l'autorité dans un "
     "communiqué.", "Arcom"),
])
def test_a_public_body_described_again_is_the_body_last_named(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text", [
    "L'ARS a ouvert une enquête sur l'hôpital de Brive. « Aucune faute n'a été commise », "
    "assure l'établissement public.",
    "Météo-France a placé six départements en vigilance orange. Le lycée agricole de Nîmes a "
    "fermé ses portes. « La prudence s'impose », a expliqué l'établissement public.",
])
def test_a_public_establishment_named_between_may_be_the_one_described(run, text):
    assert run(text)[-1].speaker.name not in ("ARS", "Météo-France")


def test_a_pronoun_after_a_communique_may_be_the_body(run):
    text = ("La chambre d'agriculture du Pas-de-Calais estime que 3 000 hectares sont sous "
            "l'eau, indique l'organisation dans un communiqué. Elle demande que l'Etat "
            "débloque un fonds d'urgence.")
    assert {q.speaker.name for q in run(text)} == {"chambre d'agriculture du Pas-de-Calais"}


@pytest.mark.parametrize("incise, lemma", [
    ("s'est-il souvenu à la barre", "souvenir"), ("se souvient-il", "souvenir"),
    ("l'a interrogé l'avocat", "interroger"),
])
def test_more_incises(run, incise, lemma):
    text = f"« Comment pouvez-vous en être certain ? », {incise}."
    [q] = run(text)
    assert q.type == "direct" and q.cue.lemma == lemma


def test_selon_a_body_at_the_end_of_a_clause_needs_no_comma(run):
    text = ("A Rennes, le cortège a réuni 4 800 personnes selon la préfecture. Il a été "
            "condamné selon la loi.")
    [q] = run(text)
    assert q.text == "A Rennes, le cortège a réuni 4 800 personnes"
    assert q.speaker.name == "préfecture"


def test_selon_right_after_a_quoted_fragment_reports_the_fragment(run):
    text = ("Le Conseil doit examiner le décret le 18 avril. Un vote consultatif, « sans "
            "surprise » selon un inspecteur général qui a requis l'anonymat.")
    [q] = run(text)
    assert q.text == "sans surprise" and q.cue.lemma == "selon"


@pytest.mark.parametrize("text, not_speaker", [
    ("L'entraîneur Didier Deschamps a parlé aux joueurs. « Le terrain est gelé », a expliqué "
     "le technicien de la SNCF.", "Didier Deschamps"),
    ("« C'est une honte », a lancé le député LR Olivier Marleix. « Non », a rétorqué le "
     "parlementaire écologiste.", "Olivier Marleix"),
    ("Le maire de Sevran, Stéphane Blanchet, était présent. Deux policiers ont été blessés, "
     "a rapporté le Parisien.", "Stéphane Blanchet"),
    ("Donald Trump a relancé l'idée d'acheter le Groenland. Le Groenland a répondu qu'il "
     "n'était « pas à vendre ».", "Donald Trump"),
    ("Un Lyonnais de 25 ans a été interpellé. Le procureur de Lyon, Thierry Dran, a requis "
     "sa détention. « Je suis innocent », a assuré le Lyonnais.", "Thierry Dran"),
    ("La CGT a appelé à la grève. L'organisation patronale a dénoncé une « prise d'otages ».",
     "CGT"),
    ("Le maire, Jean-Marc Ollivier, a reçu le préfet. « Rien n'est décidé », a affirmé le "
     "haut fonctionnaire.", "Jean-Marc Ollivier"),
    ("Pour Michel Garnier, 40 ans après la catastrophe, rien n'a changé. « On a oublié », "
     "souffle le sexagénaire.", "sexagénaire"),
])
def test_a_description_is_not_sent_to_someone_it_cannot_be(run, text, not_speaker):
    last = run(text)[-1]
    assert last.speaker is not None and last.speaker.name != not_speaker


@pytest.mark.parametrize("text, cue", [
    ("Le maire a pris la parole. Il continue : « La ville ne cédera pas. »", "continuer"),
    ("Le ministre continue de penser que « la croissance sera au rendez-vous ».", "continuer"),
    ("La direction continue d'affirmer que le site « n'est pas menacé ».", "affirmer"),
])
def test_continuer_reports_a_colon_or_a_que_clause(run, text, cue):
    [q] = run(text)
    assert q.cue.lemma == cue


def test_a_union_noun_with_an_adjective_is_the_union_named_before(run):
    text = ("Un argument que balaie la Confédération paysanne. Dans un communiqué, le syndicat "
            "minoritaire rappelle que les marges ont progressé de 9 % en 2024.")
    assert run(text)[-1].speaker.name == "Confédération paysanne"


def test_a_gerund_after_an_infinitive_speaks_for_the_main_subject(run):
    text = ("L'entreprise a formellement démenti jeudi soir vouloir réduire les effectifs, "
            "évoquant des « redéploiements » vers les nouveaux centres de commande.")
    assert [q.speaker.name for q in run(text)] == ["entreprise", "entreprise"]


def test_a_quotation_deep_in_a_noun_object_makes_it_a_report(run):
    text = ("Dans un communiqué, le PCL demande la tenue d'un sommet de la coalition « dans "
            "les plus brefs délais ».")
    [q] = run(text)
    assert q.type == "mixed" and q.text.startswith("la tenue d'un sommet")


def test_an_infinitive_of_purpose_is_not_what_is_reported(run):
    text = ("L'agence a annoncé le déblocage d'une enveloppe de 400 000 euros « pour renforcer "
            "l'attractivité » des urgences. La maire a annoncé l'ouverture d'un gymnase pour "
            "héberger les sinistrés.")
    quotes = run(text)
    assert [q.text[:11] for q in quotes] == ["le déblocag"]


def test_a_colon_after_a_noun_of_the_speaker_introduces_the_quotation(run):
    text = ("La ministre du Logement, Claire Aubertin, a défendu le texte.\n\nRéponse de la "
            "ministre, en fin de soirée : « Nous n'opposons pas les propriétaires aux "
            "locataires. Nous voulons que ceux qui travaillent puissent se loger. »")
    last = run(text)[-1]
    assert last.type == "direct" and last.text.startswith("Nous n'opposons")
    assert last.speaker.name == "Claire Aubertin"


@pytest.mark.parametrize("text", [
    "Les salaires des apprentis varient fortement selon les entreprises.",
    "La chorale chantera la Passion selon saint Matthieu.",
    "Le maire a annoncé la création d'un nouveau label « commerce engagé ».",
    "La députée a défendu sa proposition de loi dite « anti-squat ».",
    "Le parquet a annoncé l'ouverture d'une enquête pour « homicide involontaire ».",
])
def test_no_report_in_these_sentences(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, said, speaker", [
    ("Le maire a affirmé par ailleurs ne pas vouloir se représenter.",
     "ne pas vouloir se représenter", "maire"),
    ("Interrogé par les enquêteurs, il a assuré sans sourciller n'avoir jamais touché "
     "d'argent.", "n'avoir jamais touché d'argent", "il"),
])
def test_an_adverbial_phrase_before_the_infinitive_is_skipped(run, text, said, speaker):
    [q] = run(text)
    assert (q.text, q.speaker.name) == (said, speaker)


def test_a_body_noun_with_another_body_s_adjective_is_not_the_company(run):
    text = ("Le groupe Stellantis a annoncé 600 suppressions de postes. « C'est un scandale », "
            "a réagi le groupe écologiste à l'Assemblée.")
    assert run(text)[-1].speaker.name != "Stellantis"


def test_continuer_with_a_subject_that_cannot_speak_is_no_report(run):
    text = ("La grève continue : « On ne lâchera rien », scandaient mardi matin les "
            "cheminots devant la gare.")
    [q] = run(text)
    assert q.cue.lemma == "scander" and q.speaker.name == "cheminots"


def test_a_description_with_the_complement_of_a_role_is_its_holder(run):
    text = ("La maire de Nantes, Johanna Rolland, a visité le chantier. « Nous tiendrons les "
            "délais », a assuré l'édile de Nantes.")
    assert run(text)[-1].speaker.name == "Johanna Rolland"


@pytest.mark.parametrize("description", ["la direction", "la maison de disques"])
def test_a_company_s_management_or_trade_is_the_company_named_before(run, description):
    text = ("Le groupe suédois Norvik a confirmé la fermeture du site. D'après "
            f"{description}, les négociations doivent s'ouvrir le 15 septembre.")
    assert run(text)[-1].speaker.name == "Norvik"


@pytest.mark.parametrize("text, speaker", [
    ("Le lycée Jean-Moulin a fermé ses portes lundi. La direction a assuré que les cours "
     "reprendraient jeudi.", "direction"),
    ("La situation pourrait encore évoluer selon la préfecture du Var.", "préfecture du Var"),
    ("Le préfet a dénoncé une opération « inacceptable » des militants.", "préfet"),
])
def test_third_review_cases_keep_their_reading(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


def test_a_slogan_before_a_colon_is_no_speaker(run):
    text = ("Des centaines de personnes ont défilé samedi.\n\nLe slogan des manifestants : "
            "« Pas un euro de plus pour les actionnaires ! »")
    assert run(text) == []


@pytest.mark.parametrize("incise, speaker", [
    ("continue de marteler le maire", "maire"),
    ("s'est empressé de rassurer le directeur", "directeur"),
    ("vient de déclarer la ministre", "ministre"),
])
def test_an_incise_verb_led_by_another(run, incise, speaker):
    [q] = run(f"« Nous ne partirons pas », {incise}.")
    assert (q.type, q.speaker.name) == ("direct", speaker)


def test_a_description_with_no_article_before_a_pronoun_is_no_antecedent(run):
    quotes = run("La cinéaste Solène Armengaud a présenté son film à Cannes. Fille de "
                 "projectionniste, elle dit avoir « grandi dans le noir ».")
    assert [q.speaker.name for q in quotes] == ["Solène Armengaud"]


def test_a_gerund_after_an_incise_with_a_role_and_a_name_has_its_speaker(run):
    quotes = run("« Combien de naufrages faudra-t-il encore ? », s’est interrogée sa "
                 "coordinatrice, Salomé Fabre, en rappelant que plus de 1 500 personnes sont "
                 "mortes depuis janvier.")
    assert [(q.cue.lemma, q.speaker.name) for q in quotes] == [
        ("interroger", "Salomé Fabre"), ("rappeler", "Salomé Fabre")]


def test_a_body_is_named_without_its_kind_and_a_network_is_a_setting(run):
    quotes = run("L’ONG Mer Ouverte, qui affrète un navire de sauvetage, a dénoncé sur le "
                 "réseau social X « un sommet de plus pour rien ».")
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("un sommet de plus pour rien", "Mer Ouverte")]
    quotes = run("L'ONG britannique Oxfam a estimé que la situation était grave.")
    assert [q.speaker.name for q in quotes] == ["Oxfam"]


@pytest.mark.parametrize("text", [
    "La réforme, qui prévoit de relever progressivement l’âge de départ de 65 à 67 ans, "
    "doit être examinée en première lecture.",
    "Le projet de loi, qui prévoit que les loyers soient gelés, arrive au Sénat.",
])
def test_a_measure_reports_nothing_in_a_relative_clause(run, text):
    assert run(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("La commune, qui dénonce un « abandon de l'État », réclame des moyens.", "commune"),
    ("La famille de la victime, qui dénonce « une enquête bâclée », a déposé plainte.",
     "famille de la victime"),
])
def test_a_body_or_a_group_speaks_in_a_relative_clause(run, text, speaker):
    assert [q.speaker.name for q in run(text)] == [speaker]


def test_a_wine_grower_is_a_person(run):
    quotes = run("Camille Puyravaud, 31 ans, installée depuis 2019 sur un domaine familial, "
                 "serre contre elle un carton de bouteilles. « Mon importateur a annulé sa "
                 "commande », témoigne la vigneronne.")
    assert [q.speaker.name for q in quotes] == ["Camille Puyravaud"]


def test_a_colon_after_a_woven_quotation_ends_the_report(run):
    quotes = run("La chercheuse a toutefois appelé à « ne pas crier victoire trop vite » : la "
                 "bactérie n’a été testée que sur quatre molécules.")
    assert [q.text for q in quotes] == ["ne pas crier victoire trop vite"]


@pytest.mark.parametrize("text", [
    "Concrètement, les patients devront appeler le 15 avant de se présenter, selon le "
    "dispositif dit « de régulation préalable ».",
    "Selon la loi, les maires doivent afficher la liste des candidats dix jours avant.",
    "Selon le plan de sauvegarde de l'emploi présenté par la direction, 120 postes seront "
    "supprimés.",
])
def test_selon_a_rule_names_no_source(run, text):
    assert run(text) == []


def test_a_time_of_day_between_an_incise_verb_and_its_subject(run):
    quotes = run("« Le feu n'est pas fixé, et la nuit va être longue », a prévenu en soirée le "
                 "préfet de l'Aude, Thierry Lomazzi, lors d'un point presse.")
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("Le feu n'est pas fixé, et la nuit va être longue", "Thierry Lomazzi")]
    quotes = run("« Nous ne lâcherons rien », a affirmé en début d'après-midi le secrétaire "
                 "général de la CGT.")
    assert [q.speaker.name for q in quotes] == ["secrétaire général de la CGT"]


def test_heard_or_read_with_on_is_a_report_by_nobody_in_particular(run):
    quotes = run("« Ici, tout le monde connaît quelqu’un qui a jeté l’éponge », entendait-on "
                 "dans le cortège. « Nous irons jusqu'au bout », lit-on dans le tract. Le "
                 "maire entend ses administrés. Il lit la presse.")
    assert [(q.cue.lemma, q.speaker) for q in quotes] == [("entendre", None), ("lire", None)]
    quotes = run("« Démission ! », entendait-on dans les rangs de l'opposition pendant le "
                 "discours du ministre.")
    assert [(q.text, q.speaker) for q in quotes] == [("Démission !", None)]


@pytest.mark.parametrize(("text", "club"), [
    ("Le FC Nantes s'est incliné samedi. Dans un communiqué, le club a dénoncé « un "
     "arbitrage scandaleux ».", "FC Nantes"),
    ("L'AS Montreval a limogé son entraîneur lundi. Dans un communiqué, le club explique que "
     "« les résultats ne sont plus en adéquation avec les ambitions ».", "AS Montreval"),
    ("L'Union sportive Grenoble Alpes (USGA) a remporté le titre. « Champions de France ! », "
     "a tweeté le club dans la nuit.", "Union sportive Grenoble Alpes"),
    ("Le pilier du Stade toulousain a été suspendu trois semaines après le match joué au "
     "Stade de France. Le club a annoncé qu'il ferait appel.", "Stade toulousain"),
    ("La fermeture de la piscine inquiète le Cercle nautique montrevalois. Dans un communiqué, "
     "le club réclame « une solution pour l'été ».", "Cercle nautique montrevalois"),
    ("Florent Manaudou a quitté le Cercle des nageurs de Marseille. Le club a salué « un "
     "immense champion ».", "Cercle des nageurs de Marseille"),
])
def test_the_club_is_the_sports_club_named_before(run, text, club):
    assert run(text)[-1].speaker.name == club


@pytest.mark.parametrize("text", [
    "Le Racing 92 a battu le Stade toulousain 24-17. « Cette victoire est méritée », a réagi "
    "le club sur X.",
    "Le Lions Club de Vannes a remis un chèque à l'AS Montreval. « Nous sommes heureux "
    "d'aider le sport local », a expliqué le club.",
    "L'OM a joué son dernier match au Stade Vélodrome. « Merci à nos supporters », a écrit le "
    "club sur son site.",
])
def test_the_club_stays_a_description_when_the_text_names_two_or_a_stadium(run, text):
    assert run(text)[-1].speaker.name == "club"


def test_a_capitalized_adjective_before_a_role_is_no_name(run):
    quotes = run("La juge Sophie Perrin a reçu les familles. Ancienne juge d'instruction, elle "
                 "dit avoir « tout vu ».")
    assert [q.speaker.name for q in quotes] == ["Sophie Perrin"]
    quotes = run("Dupont avocat de la famille estime que « la justice a failli ».")
    assert [q.speaker.name for q in quotes] == ["Dupont"]


def test_a_gerund_with_a_clitic_after_an_incise_and_its_addressee(run):
    quotes = run("« Vous avez menti », a lancé la députée Sarah Klein au ministre, en l'accusant "
                 "d'avoir dissimulé le rapport.")
    assert [q.speaker.name for q in quotes] == ["Sarah Klein", "Sarah Klein"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Deux sapeurs-pompiers ont été légèrement blessés, dont un intoxiqué par les fumées, a "
     "précisé l'officier.", ["officier"]),
    ("Neuf personnes ont été hospitalisées, dont un nourrisson, a précisé le directeur de "
     "l'agence, Hervé Lambertin, lors d'une conférence de presse. « La rougeole n'est pas une "
     "maladie bénigne », a-t-il souligné.", ["Hervé Lambertin", "Hervé Lambertin"]),
])
def test_an_aside_after_dont_is_no_subject_of_the_incise(run, text, speakers):
    assert [q.speaker.name for q in run(text)] == speakers


def test_sa_tells_the_gender_of_an_epicene_role(run):
    quotes = run("Serge Kerhervé dirige le syndicat depuis 2016. Sa numéro deux, Élodie Marquet, "
                 "balaie les critiques. « Serge consulte énormément », affirme-t-elle. Le "
                 "Breton, lui, jure qu’il ne briguera pas de quatrième mandat.")
    assert [q.speaker.name for q in quotes] == ["Élodie Marquet", "Serge Kerhervé"]


def test_a_doctor_s_feminine_title_is_no_part_of_her_name(run):
    quotes = run("« Je passe mes journées à rassurer », témoigne la Dre Camille Rouvière.")
    assert [q.speaker.name for q in quotes] == ["Camille Rouvière"]


def test_selon_figures_names_who_published_them(run):
    quotes = run("L'UPN est arrivée en tête avec 31,2 % des voix, selon les estimations de "
                 "l’institut Opinionscope.")
    assert [q.speaker.name for q in quotes] == ["institut Opinionscope"]
    quotes = run("Les ventes ont chuté de 8 %, selon les chiffres de janvier. Le pilote est "
                 "stable, selon le bulletin de santé publié dimanche.")
    assert [q.speaker.name for q in quotes] == ["chiffres de janvier", "bulletin de santé"]


def test_sa_before_a_feminine_noun_tells_no_gender(run):
    quotes = run("Sa victime, Thomas Lefèvre, 34 ans, a témoigné mercredi. « J'ai été "
                 "humilié », a-t-il dit.")
    assert [q.speaker.name for q in quotes] == ["Thomas Lefèvre"]


@pytest.mark.parametrize("post", [
    "a vivement réagi sur le réseau social X.", "a publié un message sur X.", "a réagi sur X."])
def test_a_quotation_after_a_post_on_x_starts_after_it(run, post):
    text = (f"La compagnie Alizé Airlines {post} “Une fois de plus, nos passagers sont pris en "
            "otage. Nous demandons un service minimum”, a écrit la compagnie.")
    [quote] = run(text)
    assert quote.type == "direct" and quote.text.startswith("Une fois de plus")
    assert quote.speaker.name == "Alizé Airlines"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Grenoble a fait la différence grâce à une série emmenée par son meneur Moussa Diarra, "
     "auteur de 27 points. Le meneur malien a confié avoir joué « pour sa mère ».",
     "Moussa Diarra"),
    ("Le gérant du bar, Patrick Sauvage, a été entendu lundi. Le gérant a démenti « toute "
     "altercation » dans l'établissement.", "Patrick Sauvage"),
    ("La Ligue nationale de basket (LNB) a ouvert une procédure disciplinaire. Dans un "
     "communiqué, l'instance « condamne fermement ces comportements ».",
     "Ligue nationale de basket"),
])
def test_sports_trades_and_governing_bodies_are_described_again(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


@pytest.mark.parametrize(("text", "content"), [
    ("La plasticienne assure que son travail n’est « pas militant », mais qu’il parle "
     "« forcément d’exil ».",
     "son travail n’est « pas militant », mais qu’il parle « forcément d’exil"),
    ("La direction assure que sa réforme “n'allonge pas le temps de travail” mais vise à "
     "“adapter les effectifs aux pics de trafic”.",
     "sa réforme “n'allonge pas le temps de travail” mais vise à “adapter les effectifs aux "
     "pics de trafic"),
])
def test_a_coordinated_clause_of_the_report_stays_in_it(run, text, content):
    [quote] = run(text)
    assert quote.text == content and quote.cue.lemma == "assurer"


def test_an_initial_before_a_lowercase_word_ends_no_sentence(run):
    text = ("Le rapport rédigé par l'inspecteur B. en 2019 concluait déjà à des manquements "
            "graves, a rappelé l'avocat des familles, Me Jean Boudot.")
    [quote] = run(text)
    assert quote.text.startswith("Le rapport rédigé") and quote.speaker.name == "Jean Boudot"


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Je n'ai jamais donné de dictée aussi difficile », a déclaré Bernard Pivot en 2019.",
     "Bernard Pivot"),
    ("« Le marché reste fragile », a estimé Jean-Pierre Gérant, analyste chez Oddo.",
     "Jean-Pierre Gérant"),
    ("Marie Dubois, la directrice de la médiathèque, a accueilli l'écrivain pour une lecture. "
     "« Je suis né dans cette rue », a raconté l'écrivain, ému.", "écrivain"),
    ("L'Autorité de la concurrence a sanctionné Google. Le groupe américain avait abusé de "
     "sa position dominante. « Ces pratiques ont faussé le marché », a estimé l'instance.",
     "Autorité de la concurrence"),
    ("La Confédération paysanne dénonce un accord signé à Bruxelles. « Les petits "
     "producteurs sont sacrifiés », a déclaré la confédération.", "Confédération paysanne"),
    ("Le Dr Jean Martin avait signalé son état. Un médecin du Samu arrivé sur place a "
     "ensuite constaté le décès. « Il était trop tard », a expliqué le médecin.",
     "médecin du Samu"),
])
def test_review_cases_of_names_roles_and_bodies(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le Parti socialiste a annoncé qu'il déposerait une motion de censure. Le Rassemblement "
     "national hésite encore. Le parti a indiqué qu'il attendrait les arbitrages de Matignon.",
     "parti"),
    ("Le Conseil constitutionnel a validé la loi. À Grenoble, le conseil municipal a voté une "
     "motion. Le conseil estime que la loi est « injuste ».", "conseil"),
    ("Le Tribunal arbitral du sport (TAS) a rejeté l'appel de la patineuse. Le tribunal a "
     "jugé que les arguments de la défense n'étaient « pas convaincants ».",
     "Tribunal arbitral du sport"),
])
def test_a_bare_body_noun_names_the_body_named_last_by_it_with_none_between(run, text,
                                                                          speaker):
    assert run(text)[-1].speaker.name == speaker


@pytest.mark.parametrize(("text", "content"), [
    ("La sénatrice a estimé que le texte était « mal ficelé » et a voté contre.",
     "le texte était « mal ficelé"),
    ("La secrétaire d'État a indiqué que le dossier était « sur son bureau », mais a refusé "
     "de donner un calendrier.", "le dossier était « sur son bureau"),
])
def test_a_second_act_of_the_speaker_ends_the_report(run, text, content):
    assert run(text)[0].text == content


@pytest.mark.parametrize(("incise", "speaker"), [
    ("a écrit sur X Klára Novotná.", "Klára Novotná"),
    ("a écrit de son côté sur X le Premier ministre.", "Premier ministre"),
    ("a écrit dans l'après-midi sur X le ministre des Transports, Olivier Daurat.",
     "Olivier Daurat"),
])
def test_the_author_of_a_post_on_x_is_the_subject_after_it(run, incise, speaker):
    text = f"« Toute la Nation est à leurs côtés. Nous ne les oublierons pas », {incise}"
    [quote] = run(text)
    assert quote.type == "direct" and quote.speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("La Compagnie des îles du Ponant, qui exploite la ligne, a exprimé sa « profonde "
     "tristesse ». L'armateur affirme que le navire avait passé sa visite de sécurité.",
     "Compagnie des îles du Ponant"),
    ("Le distributeur Hexamarché a publié un communiqué. L'enseigne assure que « la "
     "rémunération des producteurs relève de la coopérative ».", "Hexamarché"),
    ("Mis en cause par les manifestants, le distributeur Hexamarché, premier client de la "
     "CLB pour le lait, affirme avoir « accepté une hausse de 4 % des tarifs ». L'enseigne "
     "assure que « la rémunération des producteurs relève de la coopérative ».",
     "Hexamarché"),
    ("La centrale a été arrêtée, a assuré mercredi EDF dans un communiqué. Selon "
     "l'exploitant, une fuite d'eau a été détectée vers 23 heures.", "EDF"),
])
def test_trade_nouns_of_a_company_describe_the_company_named(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


def test_ruling_out_a_clause_reports_it_and_ruling_out_a_player_does_not(run):
    text = ("Le ministre de la Santé, Frédéric Aubanel, a exclu que l'hôpital verse la "
            "moindre rançon. L'arbitre a exclu le joueur à la 80e minute.")
    [quote] = run(text)
    assert quote.text == "l'hôpital verse la moindre rançon"
    assert quote.speaker.name == "Frédéric Aubanel" and quote.cue.lemma == "exclure"


@pytest.mark.parametrize(("text", "content"), [
    ("Me Sandrine Faure a salué pour sa part « une décision de principe ».",
     "une décision de principe"),
    ("Le maire a réclamé de son côté une enquête administrative.", "une enquête administrative"),
])
def test_an_aside_after_the_verb_stays_out_of_the_report(run, text, content):
    assert run(text)[0].text == content


def test_a_starting_date_is_no_infinitive_complement(run):
    text = ("Les consultations doivent reprendre progressivement à partir du 22 novembre. "
            "Le maire a appelé les habitants à partir avant la nuit.")
    assert [q.text for q in run(text)] == ["partir avant la nuit"]


@pytest.mark.parametrize("text", [
    "La commission n'a exclu que deux candidatures sur dix, a indiqué la préfecture.",
    "Le juge a écarté les pièces que l'avocat avait produites.",
    "À ce stade, rien n'exclut que le virus se propage.",
    "L'UEFA a exclu le club tant que la guerre durera.",
])
def test_ruling_out_reports_no_clause_after_an_object_only_or_nobody(run, text):
    assert all(q.cue.lemma not in ("exclure", "écarter") for q in run(text))


@pytest.mark.parametrize("text", [
    "L'entreprise Bati-Ouest attend d'être indemnisée. « Le dossier est en cours », a indiqué "
    "l'assureur.",
    "La société Bretagne Éolien a déposé son permis. Pierre Kerhervé, exploitant agricole, "
    "s'y oppose. « On ne nous a rien demandé », explique l'exploitant.",
])
def test_a_trade_noun_is_not_the_company_when_someone_else_may_have_it(run, text):
    assert run(text)[-1].speaker.name not in ("Bati-Ouest", "Bretagne Éolien")


@pytest.mark.parametrize(("incise", "speaker"), [
    ("a écrit sur Facebook Loïg Chesnais-Girard.", "Loïg Chesnais-Girard"),
    ("a tweeté dimanche sur X Marine Le Pen.", "Marine Le Pen"),
])
def test_the_author_after_any_network_or_a_day(run, incise, speaker):
    [quote] = run(f"« Nous ne lâcherons rien », {incise}")
    assert quote.speaker.name == speaker


def test_a_document_s_words_under_selon_are_the_selon_source_s_report(run):
    text = ("Me Sandrine Faure a salué une décision de principe. Selon elle, l'arrêt rappelle "
            "que « la gestion de l'argent public n'est pas une affaire de bonnes intentions ».")
    quote = run(text)[-1]
    assert quote.text.startswith("l'arrêt rappelle que") and quote.cue.lemma == "selon"
    assert quote.speaker.name == "Sandrine Faure"


def test_imperfect_and_gerund_of_decrire_report_their_quoted_object(run):
    quotes = run("L'avocate générale Anne Roux a requis vingt ans, décrivant un homme « froid » "
                 "et « violent ». Dans une lettre, la victime décrivait des « nuits "
                 "d'angoisse ».")
    assert [(q.cue.text, q.text) for q in quotes] == [
        ("décrivant", "un homme « froid » et « violent"),
        ("décrivait", "des « nuits d'angoisse")]


def test_a_demand_made_for_years_is_reported(run):
    [q] = run("Le syndicat Sud Rail réclame depuis des années une hausse des effectifs.")
    assert (q.cue.text, q.text) == ("réclame", "une hausse des effectifs")


def test_a_pronoun_takes_the_woman_named_after_the_body_last_speaking(run):
    quotes = run("L'agence régionale de santé a ouvert une enquête. Selon l'agence, des "
                 "instruments ont été réutilisés. C'est une infirmière, Sophie Marty, qui a "
                 "donné l'alerte. Dans un courrier adressé à l'agence, elle dénonçait des "
                 "« cadences infernales ».")
    assert quotes[-1].speaker.name == "Sophie Marty"


def test_a_thing_with_an_age_is_no_person(run):
    quotes = run("La mairie a signé un contrat de 30 ans, a annoncé le maire, Luc Bernard. Le "
                 "contrat de 30 ans prévoit « une baisse de 10 % du prix de l'eau ».")
    assert quotes[-1].speaker.name != "Luc Bernard"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le Premier ministre Julien Morel s'est entretenu avec son homologue tchèque, Pavel "
     "Novák. Le Premier ministre tchèque a jugé la rencontre « très constructive ».",
     "Pavel Novák"),
    ("Le ministre tchèque des Finances, Jan Dvořák, a démissionné après un conflit avec le "
     "Premier ministre, Pavel Novák. Le Premier ministre tchèque a jugé ce départ "
     "« regrettable ».", "Pavel Novák"),
])
def test_a_foreign_office_goes_to_its_holder_of_that_nationality(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


def test_a_colon_glued_to_the_verb_introduces_its_quotation(run):
    [q] = run("Antoine Lescure a longtemps hésité. Il sourit, puis lâche: \"Tout le temps. Mais "
              "la peur, c'est un bon carburant\".")
    assert (q.type, q.cue.text, q.speaker.name) == ("direct", "lâche", "Antoine Lescure")


def test_ruling_out_an_act_reports_it_but_excluding_a_player_does_not(run):
    quotes = run("Le président Jean-Marc Vasseur n'a pas exclu de nommer un nouvel entraîneur "
                 "avant mars. L'arbitre a exclu le joueur de la rencontre.")
    assert [(q.cue.lemma, q.text, q.speaker.name) for q in quotes] == [
        ("exclure", "de nommer un nouvel entraîneur avant mars", "Jean-Marc Vasseur")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Samia Benali, présidente de l'association Les Lilas solidaires, redoute « l'après ». "
     "L'association réclame depuis des années la réouverture du centre social.",
     "Les Lilas solidaires"),
    ("Le coureur a été suspendu par l'équipe Kestrel Cycling. Dans un communiqué, l'équipe a "
     "indiqué qu'elle ferait appel.", "Kestrel Cycling"),
    ("Hélène Vasseur, porte-parole du collectif Nos quartiers d'abord, a été interpellée. Le "
     "collectif a dénoncé « une arrestation politique ».", "Nos quartiers d'abord"),
    ("L'association Les Lilas solidaires a saisi le tribunal. Depuis, une autre association "
     "s'est constituée partie civile. L'association dénonce « un mépris total ».",
     "association"),
    ("L'association Les Lilas solidaires a saisi le tribunal. Depuis, d'autres associations "
     "se sont constituées parties civiles. L'association dénonce « un mépris total ».",
     "association"),
])
def test_a_body_introduced_by_its_noun_and_name_is_that_noun_again(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


def test_a_noun_object_keeps_the_nouns_coordinated_with_it_not_a_new_clause(run):
    quotes = run("L'association réclame depuis des années la réouverture du centre social, fermé "
                 "en 2021, et le retour d'un bureau de poste dans le quartier. Le syndicat a "
                 "réclamé une enquête, et le ministre a refusé. Le maire réclame une enquête, "
                 "et la préfète une médiation. Les habitants réclament un médecin, et la mairie "
                 "une pharmacie.")
    assert [q.text for q in quotes] == [
        "la réouverture du centre social, fermé en 2021, et le retour d'un bureau de poste dans "
        "le quartier", "une enquête", "une enquête", "un médecin"]


@pytest.mark.parametrize("subject", [
    "La mère de la victime a parlé. Elle",  # the object on the infinitive
    "La mère de la victime",  # the parser hangs it on the reporting verb
])
def test_an_infinitive_keeps_its_object_past_an_aside(run, subject):
    quotes = run(f"{subject} a raconté avoir relu chaque soir, pendant les quatre jours du "
                 "procès, la dernière lettre de son fils.")
    assert [q.text for q in quotes] == [
        "avoir relu chaque soir, pendant les quatre jours du procès, la dernière lettre de "
        "son fils"]


@pytest.mark.parametrize(("text", "speakers"), [
    pytest.param(
        "« Rien ne laisse penser que la sûreté du réacteur a été compromise », a indiqué "
        "Nathalie Guérin, cheffe de la division d'Orléans de l'ASN. Selon elle, il s'agit de "
        "la troisième fuite en deux ans.",
        ["Nathalie Guérin", "Nathalie Guérin"], id="a cheffe is a woman whatever the tagger says"),
    pytest.param(
        "Médecin généraliste depuis vingt ans, Anne-Sophie Girard estime que la fermeture va "
        "surcharger les cabinets. « Je refuse de nouveaux patients chaque semaine », "
        "précise-t-elle.",
        ["Anne-Sophie Girard", "Anne-Sophie Girard"],
        id="an epicene role leaves the gender to the first name"),
    pytest.param(
        "Deux coureurs ont abandonné, dont le Belge Tom Peeters. D'après le médecin-chef de "
        "la course, la docteure Anne Roussel, il souffre d'une entorse. « Il a été conscient "
        "tout de suite », a précisé le médecin.",
        ["Anne Roussel", "Anne Roussel"], id="the doctor is the woman named chief doctor"),
    pytest.param(
        "Le président de la République Paul Mercier a reçu mardi son homologue ghanéen, "
        "Kwame Asante. Le chef de l'Etat ghanéen a salué une visite « utile ». « Nous parlons "
        "à tout le monde », a-t-il ajouté.",
        ["Kwame Asante", "Kwame Asante"], id="a foreign head of state is no French official"),
    pytest.param(
        "Le ministre des Finances a démissionné après un conflit avec le Premier ministre, "
        "Pavel Novák. Le Premier ministre tchèque s'est dit « certain » que sa coalition "
        "survivrait.",
        ["Pavel Novák"], id="a foreign office keeps its holder named without nationality"),
    pytest.param(
        "Le député Renaissance Paul Girard a estimé que la commission ne devait pas « chercher "
        "des coupables ».",
        ["Paul Girard"], id="a party named by a word is no part of the name"),
    pytest.param(
        "À Crest, Michel Faure inspecte chaque matin ses pêchers. « On a déjà perdu la moitié "
        "de la récolte », s'alarme cet arboriculteur de 61 ans.",
        ["Michel Faure"], id="a description with an age is the person just named"),
    pytest.param(
        "À Elne, Jordi Puigcerver observe ses rangs de salades avec inquiétude. « Cette année, "
        "si on me coupe l'eau, je ne tiens pas », confie ce maraîcher de 54 ans.",
        ["Jordi Puigcerver"], id="a market gardener is a person"),
    pytest.param(
        "« On ne fait pas une heure de route en plein travail », lâche Anaïs Rouquette, "
        "sage-femme à la maternité. Selon la sage-femme, plusieurs collègues sont déjà partis.",
        ["Anaïs Rouquette", "Anaïs Rouquette"], id="a midwife is a person"),
    pytest.param(
        "La cour d'assises du Morbihan a condamné vendredi soir Anthony Le Bihan, 31 ans, à "
        "vingt-deux ans de réclusion. L'accusé, qui a toujours soutenu avoir agi en état de "
        "légitime défense, a écouté le verdict debout.",
        ["Anthony Le Bihan"], id="the accused is the one the court sentenced"),
    pytest.param(
        "Le manager Marc Delorme a refusé de s'alarmer. « Il faudra en parler ce soir », a-t-il "
        "déclaré. Le Nordiste a toutefois écarté toute remise en cause de son leader.",
        ["Marc Delorme", "Marc Delorme"], id="a regional people names the one just speaking"),
    pytest.param(
        "La fédération a nommé une nouvelle sélectionneuse, Laura Perret. Elle indique dans un "
        "communiqué que son contrat court jusqu'en 2027.",
        ["fédération"], id="a body speaking keeps its pronoun over the person it names"),
    pytest.param(
        "Le PDG de Navalis, Éric Marchand, et la ministre de l'Industrie, Agnès Roy, ont visité "
        "le chantier. Le patron a salué « un savoir-faire unique ».",
        ["Éric Marchand"], id="two people named in one subject keep their own roles"),
    pytest.param(
        "Le chef de la diplomatie allemande, Matthias Brenner, a salué une « initiative "
        "courageuse ». Le ministre allemand a, lui, jugé « peu probable » un accord avant "
        "l'été.",
        ["Matthias Brenner", "Matthias Brenner"], id="an office and a nationality named again"),
    pytest.param(
        "La ministre Sylvie Ambroise a salué « un palmarès qui ressemble à la France ». Quant "
        "à Inès Kaddour, elle dit travailler sur un troisième film. « Une comédie, "
        "justement », glisse-t-elle.",
        ["Sylvie Ambroise", "Inès Kaddour", "Inès Kaddour"], id="a topic set before a pronoun"),
    pytest.param(
        "Premier témoin entendu jeudi, Erwan Guillou, mécanicien au chantier, a raconté avoir "
        "entendu des cris. Pressé de questions par la défense, le témoin a toutefois admis ne "
        "pas avoir vu l'accusé partir.",
        ["Erwan Guillou", "Erwan Guillou"], id="an ordinal before a role"),
    pytest.param(
        "Le jury, présidé par l'actrice Nathalie Brémont, a fait bloc. « Nous avons jugé une "
        "œuvre de cinéma », a expliqué sa présidente. Le conseil, présidé par le maire Paul "
        "Roux, a voté. Le président de la République a jugé le vote « historique ».",
        ["Nathalie Brémont", "président de la République"], id="the president of a body"),
    pytest.param(
        "Le président de la République, Paul Mercier, a reçu les conclusions de la commission, "
        "présidée par le sénateur Jean Rivière. « Ce rapport sera suivi d'effets », a promis "
        "le président.",
        ["Paul Mercier"], id="a body's president is no other president"),
    pytest.param(
        "Le premier adjoint, Marc Aubert, a ouvert la séance. Le deuxième adjoint, Paul Lenoir, "
        "a présenté le budget. « Nous n'augmenterons pas les impôts », a répété le premier "
        "adjoint.",
        ["Marc Aubert"], id="an office with an ordinal of its own"),
    pytest.param(
        "Le préfet a reçu jeudi le médecin-chef Paul Roux. « Nous sommes prêts », a déclaré le "
        "médecin-chef.",
        ["médecin-chef"], id="a role of its own is no one else's"),
    pytest.param(
        "Le syndicat SUD-Rail a dénoncé jeudi « le sous-investissement chronique » dans "
        "l'entretien des voies. « On supprime des postes depuis dix ans », a affirmé son "
        "secrétaire régional, Karim Bensalah. Le syndicat a également demandé que les "
        "cheminots soient assistés d'un représentant du personnel.",
        ["SUD-Rail", "Karim Bensalah", "SUD-Rail"], id="a union's branch in its name"),
    pytest.param(
        "« La circulation restera interrompue dix jours », a indiqué SNCF Réseau dans un "
        "communiqué. « Aucune fuite n'a été constatée », précise l'entreprise.",
        ["SNCF Réseau", "SNCF Réseau"], id="a company named after an acronym"),
    pytest.param(
        "Le ministre délégué aux Transports, Olivier Mercadier, s'est rendu sur place. Le "
        "BEA-TT a ouvert une enquête technique. Dans un bref message, il a précisé que ses "
        "enquêteurs s'intéresseraient à l'état de la voie.",
        ["BEA-TT"], id="a body's article gives its pronoun"),
    pytest.param(
        "L'Olympique de Valence change de mains. Le club de Ligue 1 est passé sous le "
        "contrôle d'un fonds américain, a annoncé lundi le club dans un communiqué.",
        ["Olympique de Valence"], id="an Olympique is a club"),
    pytest.param(
        "Le Sénat a adopté le texte. Le président du groupe Les Républicains (LR) au Sénat, "
        "Hubert de Villemont, s'est félicité que le texte ait été « profondément amélioré ».",
        ["Hubert de Villemont"], id="a name after an acronym in brackets and a place"),
    pytest.param(
        "« On nous traite comme des numéros », a déclaré Samira Haddad, porte-parole du "
        "collectif Debout le Clos-Fleuri. Sur X, la porte-parole du collectif a salué « un "
        "premier pas ».",
        ["Samira Haddad", "Samira Haddad"], id="a body's name with an article in it"),
    pytest.param(
        "L'architecte en chef, Lionel Marchetti, a salué le travail des équipes. Parmi les "
        "artisans figurait Yannick Le Goff, 34 ans, charpentier formé chez les Compagnons du "
        "Devoir. « Le premier jour, j'avais les jambes qui tremblaient », se souvient le "
        "charpentier. « Personne ne la verra jamais », ajoute-t-il.",
        ["Yannick Le Goff", "Yannick Le Goff"], id="a craft after a name and an age"),
    pytest.param(
        "Élodie Marchal, 29 ans, menuisière installée à Dinan depuis 2021, peine à recruter. "
        "“Les jeunes ne connaissent pas nos métiers”, regrette-t-elle.",
        ["Élodie Marchal"], id="a pronoun after a bare craft set off after a name"),
    pytest.param(
        "La Nantaise Solène Le Bihan a remporté samedi le titre national. « J'ai enfin "
        "gagné », a confié la navigatrice, qui a ensuite remercié son club. « Ce titre est "
        "pour eux », a-t-elle ajouté.",
        ["Solène Le Bihan", "Solène Le Bihan"], id="the people of a town before a name"),
    pytest.param(
        "« Les urgences sont saturées », explique le docteur Claire Morvan, médecin "
        "urgentiste au CHU de Rennes. Selon elle, la situation va durer.",
        ["Claire Morvan", "Claire Morvan"], id="le docteur and a woman's first name"),
    pytest.param(
        "Le ministre de la Justice, Paul Renard, s'est rendu à Fresnes. « La sécurité des "
        "agents est ma priorité », a déclaré le garde des Sceaux.",
        ["Paul Renard"], id="the keeper of the seals is the justice minister"),
    pytest.param(
        "Lucie Martin, 31 ans, a accouché de sa fille Jeanne en mai. « Tout s'est bien "
        "passé », raconte cette habitante de Vitré.",
        ["Lucie Martin"], id="a child named as someone's is not who speaks of her"),
    pytest.param(
        "Le président du comité régional des pêches, Yannick Lebas, a dénoncé une « mascarade "
        "». « C'est absurde et tout le monde le sait », a lancé le patron pêcheur.",
        ["Yannick Lebas", "Yannick Lebas"], id="a leader's bare noun for a president"),
    pytest.param(
        "La présidente du groupe écologiste, Léa Kervella, a annoncé une motion de censure. La "
        "secrétaire générale du syndicat, Nadine Perrot, a dénoncé un « passage en force ». "
        "L'élue écologiste a promis de « tenir bon ».",
        ["Nadine Perrot", "Léa Kervella"], id="a party word picks the one whose role has it"),
    pytest.param(
        "Karim Benslimane, chauffeur pour une entreprise de Perpignan, est bloqué depuis lundi. "
        "« Ma marchandise s'abîme », souffle-t-il. Le routier dit avoir dormi sur place.",
        ["Karim Benslimane", "Karim Benslimane"], id="a trade named again by another noun"),
    pytest.param(
        "Le directeur du projet, Thomas Guérin, a défendu le parc. « Il produira l'équivalent "
        "de la consommation de la Vendée », a-t-il assuré. Un argument qui ne convainc pas Loïc "
        "Bernard, président du comité des pêches de Vendée. « On nous présente les cartes une "
        "fois que tout est décidé », tacle-t-il.",
        ["Thomas Guérin", "Loïc Bernard"], id="a pronoun after someone just introduced"),
    pytest.param(
        "Le département a décidé de fermer le collège de Saint-Sever. Une justification qui ne "
        "convainc pas Loïc Bernard, président du comité de défense. « On sacrifie nos "
        "enfants », tacle-t-il.",
        ["Loïc Bernard"], id="the same after a body only"),
    pytest.param(
        "Alors que la réforme entre en vigueur le 1er juillet, un rapport de la Cour des "
        "comptes, qui dénonce « un pilotage défaillant », a été publié mardi.",
        ["Cour des comptes"], id="a writing speaks for the body it is from"),
    pytest.param(
        "Dans un communiqué, Santé publique France a rappelé que « la chaleur est une "
        "agression pour l'organisme ». L'agence sanitaire précise que l'ozone peut provoquer "
        "des irritations.",
        ["Santé publique France", "Santé publique France"], id="a body's name with an adjective"),
    pytest.param(
        "« Les secours sont arrivés en douze minutes », a détaillé le colonel Frédéric Azéma, "
        "commandant des pompiers de l'Hérault, précisant que deux blessés étaient dans un état "
        "grave.",
        ["Frédéric Azéma", "Frédéric Azéma"], id="a participle after an incise and an apposition"),
    pytest.param(
        "Hélène Garnier, maire socialiste de Pessac, a inauguré la nouvelle médiathèque. « La "
        "culture n'est pas un luxe », a lancé l'élue PS devant une centaine de personnes.",
        ["Hélène Garnier"], id="a party's acronym after a role is no name"),
    pytest.param(
        "Laurent Vidalie, ministre de l'Intérieur, a annoncé l'envoi de deux compagnies de CRS. "
        "« L'État ne reculera pas », a martelé le locataire de la place Beauvau.",
        ["Laurent Vidalie"], id="the tenant of Beauvau is the interior minister"),
])
def test_speakers_of_descriptions_titles_and_pronouns(run, text, speakers):
    assert [q.speaker.name for q in run(text)] == speakers


def test_a_thing_s_relative_clause_is_part_of_the_object_its_critics_report(run):
    text = ("Alors que les travaux ont repris lundi, riverains et commerçants ont dénoncé "
            "mardi un chantier qui menace « la vie du quartier ».")
    [q] = run(text)
    assert (q.type, q.text) == ("mixed", "un chantier qui menace « la vie du quartier")
    assert q.cue.lemma == "dénoncer" and q.speaker.name == "riverains"


def test_a_gerund_between_the_incise_verb_and_its_subject(run):
    text = ("Le Marseillais Théo Lambertin a réussi le carreau décisif. « Je n'ai pas réfléchi », "
            "a raconté en riant le joueur.")
    [q] = run(text)
    assert (q.type, q.text, q.cue.lemma) == ("direct", "Je n'ai pas réfléchi", "raconter")
    assert q.speaker.name == "Théo Lambertin"


def test_a_point_presse_is_no_verb_and_the_participle_after_it_is_the_incise_s(run):
    text = ("La préfète Hélène Marquet a pris la parole. « Je ne laisserai pas l'autoroute "
            "devenir une zone de non-droit », a-t-elle averti lors d'un point presse, précisant "
            "que des déviations avaient été mises en place.")
    quotes = run(text)
    assert [q.cue.lemma for q in quotes] == ["avertir", "préciser"]
    assert all(q.speaker.name == "Hélène Marquet" for q in quotes)


def test_a_woven_object_keeps_the_nouns_listed_with_it(run):
    text = ("Le président de la Métropole, Bruno Chaumette, a annoncé l'ouverture de vingt-cinq "
            "“salles fraîches” dans des bâtiments publics, la gratuité des piscines municipales "
            "et la mise en place d'un numéro vert.")
    [q] = run(text)
    assert q.type == "mixed" and q.text.startswith("l'ouverture de vingt-cinq")
    assert q.text.endswith("la mise en place d'un numéro vert")


def test_a_verb_with_a_thing_for_subject_inside_a_quotation_is_no_incise(run):
    text = ("Claire Ferrand est ingénieure en structures. « Sur ces ouvrages, l'eau s'infiltre "
            "dans les gaines, attaque l'acier, et on ne voit rien de l'extérieur », "
            "explique-t-elle.")
    [q] = run(text)
    assert q.type == "direct" and q.text.startswith("Sur ces ouvrages")
    assert q.text.endswith("rien de l'extérieur")
    assert q.cue.lemma == "expliquer" and q.speaker.name == "Claire Ferrand"


def test_selon_opening_the_sentence_reports_what_a_thing_is_said_to_show(run):
    text = ("La directrice du festival, Hélène Castaing, a salué le palmarès. Selon elle, la "
            "sélection officielle témoigne d'un « retour du réel » dans la bande dessinée.")
    [q] = run(text)
    assert q.cue.lemma == "selon" and q.speaker.name == "Hélène Castaing"
    assert q.text.startswith("la sélection officielle témoigne")


def test_nuance_before_a_colon_and_a_quotation_is_the_verb(run):
    text = ("Gilles Poupard, diagnostiqueur et formateur à Rennes, nuance : “Intactes, ces "
            "dalles libèrent très peu de fibres.”")
    [q] = run(text)
    assert (q.type, q.cue.lemma) == ("direct", "nuancer")
    assert q.speaker.name == "Gilles Poupard"


@pytest.mark.parametrize("wish", ["a souhaité garder l'anonymat", "a demandé à rester anonyme"])
def test_a_wish_to_stay_anonymous_is_no_statement(run, wish):
    text = (f"Un enseignant de l'école, qui {wish}, affirme que des dalles “abîmées” avaient "
            "été signalées.")
    [q] = run(text)
    assert q.cue.lemma == "affirmer"


def test_a_relative_clause_after_the_role_of_a_source_is_not_what_it_says(run):
    text = ("Pour Philippe Larrouy, président de la station SNSM, qui forme chaque hiver les "
            "sauveteurs de la côte, la situation était « prévisible ».")
    [q] = run(text)
    assert q.text == "la situation était « prévisible"
    assert q.speaker.name == "Philippe Larrouy"


def test_plaider_pour_reports_the_infinitive_and_a_relative_que_opens_no_clause(run):
    text = ("La ministre de la Santé, Hélène Marchetti, a au contraire plaidé pour revenir au "
            "texte initial, qu'elle juge « équilibré ».")
    quotes = run(text)
    assert quotes[0].cue.lemma == "plaider" and quotes[0].text.startswith("revenir au texte")
    assert all(q.speaker.name == "Hélène Marchetti" for q in quotes)


def test_ruling_out_an_act_past_the_day_it_was_said(run):
    text = ("Le ministre des Transports, Paul Girard, a exclu jeudi de rétablir la remise "
            "sur le carburant. La mesure coûterait trop cher.")
    [q] = run(text)
    assert q.text.endswith("rétablir la remise sur le carburant") and q.cue.lemma == "exclure"
    assert q.speaker.name == "Paul Girard"


@pytest.mark.parametrize("incise", ["philosophe-t-elle", "temporise la maire"])
def test_incise_verbs_of_manner(run, incise):
    text = ("La maire, Josiane Ferrand, a rencontré les sinistrés. « Mieux vaut partir pour "
            f"rien que rester pour de bon », {incise}.")
    [q] = run(text)
    assert q.text == "Mieux vaut partir pour rien que rester pour de bon"
    assert q.speaker.name == "Josiane Ferrand"


def test_an_aside_between_the_verb_and_what_it_calls_for(run):
    text = ("Le président de la fédération, Marc Le Floch, a appelé, en attendant les résultats "
            "de l'enquête, à « ne pas accabler l'équipage ».")
    [q] = run(text)
    assert q.text == "ne pas accabler l'équipage" and q.cue.lemma == "appeler"
    assert q.speaker.name == "Marc Le Floch"


def test_the_day_after_ends_what_was_announced(run):
    text = ("La présidente de l'université, Claire Jouve, a annoncé mardi que le campus "
            "resterait fermé « jusqu'à nouvel ordre », au lendemain de son occupation par "
            "des étudiants.")
    [q] = run(text)
    assert q.text == "le campus resterait fermé « jusqu'à nouvel ordre"


def test_banners_proclaiming_a_slogan_say_nothing(run):
    text = ("Des banderoles proclamant « Pas de diplôme sans bourse » ont été accrochées aux "
            "fenêtres de l'amphithéâtre.")
    assert run(text) == []


def test_an_intention_announced_is_reported_with_its_noun(run):
    text = "Le président du club, Jean Vidal, a aussitôt annoncé son intention de faire appel."
    [q] = run(text)
    assert q.text == "son intention de faire appel" and q.speaker.name == "Jean Vidal"


def test_a_confirmed_closure_and_a_discouraged_practice_are_reported(run):
    text = ("Le groupe Nordacier a confirmé jeudi la fermeture de son aciérie de Rombas. "
            "L'entomologiste Claire Mordant a déconseillé aux particuliers d'installer des "
            "pièges à bière.")
    assert [(q.text, q.cue.lemma) for q in run(text)] == [
        ("la fermeture de son aciérie de Rombas", "confirmer"),
        ("installer des pièges à bière", "déconseiller")]


def test_a_court_confirming_a_sentence_rules_and_reports_nothing(run):
    text = ("La cour d'appel de Nîmes a confirmé jeudi la condamnation de l'ancien maire, "
            "mais a réduit sa peine.")
    assert run(text) == []


def test_a_confirmed_report_is_the_reporter_s_not_the_confirmer_s(run):
    text = ("Le ministre Paul Aubert a confirmé les informations d'un diplomate européen "
            "ayant déclaré plus tôt que les frontières resteraient fermées.")
    [q] = run(text)
    assert q.text == "les frontières resteraient fermées" and q.cue.lemma == "déclarer"
