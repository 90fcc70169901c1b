"""Attribution on French news sentences written for these tests (§1-§7 of issue 4)."""

from __future__ import annotations

import pytest


def test_incise_after_direct_quote(run):
    text = "« Nous ne céderons pas », a déclaré mardi la ministre de la Santé, Agnès Buzyn."
    [q] = run(text)
    assert (q.type, q.text) == ("direct", "Nous ne céderons pas")
    assert q.cue.lemma == "déclarer" and "déclaré" in q.cue.text
    assert q.speaker.name == "Agnès Buzyn"


@pytest.mark.parametrize("opening", ["\ufeff", "😀 ", "🇫🇷\u200d ", "Anne Martin est venue. 👍🏽 "])
def test_a_quotation_after_an_emoji_or_a_bom_stays_direct(run, opening):
    text = opening + "« Nous ne céderons pas », a déclaré Anne Martin."
    [q] = run(text)
    assert (q.type, q.text, q.speaker.name) == ("direct", "Nous ne céderons pas", "Anne Martin")


def test_interrupted_quote_gives_two_items_with_one_speaker(run):
    text = ("« Le budget est voté », a-t-il ajouté, « et il sera appliqué dès janvier ». "
            "Le maire de Lyon, Grégory Doucet, l'avait annoncé la veille.")
    text = "Le maire de Lyon, Grégory Doucet, s'est exprimé lundi. " + text
    quotes = [q for q in run(text) if q.type == "direct"]
    assert [q.text for q in quotes] == ["Le budget est voté", "et il sera appliqué dès janvier"]
    assert {q.cue.lemma for q in quotes} == {"ajouter"}


def test_inverted_clitic_resolves_to_previous_speaker(run):
    text = ("Le président du Sénat Gérard Larcher a affirmé que le texte serait examiné en "
            "janvier. « Il n'y aura pas de passage en force », a-t-il assuré.")
    quotes = run(text)
    assert [q.type for q in quotes] == ["indirect", "direct"]
    assert all(q.speaker.name == "Gérard Larcher" for q in quotes)
    assert quotes[1].speaker.mention.text.endswith("il")


def test_que_clause_and_mixed_fragments(run):
    text = ("La porte-parole du gouvernement a indiqué que la réforme était « indispensable » "
            "et « urgente ».")
    [q] = run(text)
    assert q.type == "mixed"
    assert q.text.startswith("la réforme était")
    assert [f.text for f in q.fragments] == ["indispensable", "urgente"]
    assert q.cue.lemma == "indiquer"


@pytest.mark.parametrize(("text", "content"), [
    ("Son entraîneur, Thierry Castagnède, a salué « une victoire de caractère, plus que de "
     "tennis ».", "une victoire de caractère, plus que de tennis"),
    ("La ministre a dénoncé « une réforme comptable, bien moins que sociale ».",
     "une réforme comptable, bien moins que sociale"),
    ("Le sondeur juge toutefois le second tour « beaucoup plus ouvert qu'il n'y paraît », en "
     "raison des désistements.", "le second tour « beaucoup plus ouvert qu'il n'y paraît"),
])
def test_a_comparison_inside_a_woven_quotation_opens_no_clause(run, text, content):
    [q] = run(text)
    assert (q.type, q.text) == ("mixed", content)


@pytest.mark.parametrize(("text", "content"), [
    ("L'avocate estime que plusieurs projets sont fragilisés. Elle juge toutefois « peu "
     "probable » une annulation pure et simple de l'autorisation.",
     "peu probable » une annulation pure et simple de l'autorisation"),
    ("Claire Fabrègues, hydrologue à l'université de Perpignan, juge la situation des nappes "
     "profondes « préoccupante mais pas irréversible ».",
     "la situation des nappes profondes « préoccupante mais pas irréversible"),
    ("Le septuagénaire juge toutefois le prix du billet, 14 euros, « un peu salé pour les "
     "familles ».", "le prix du billet, 14 euros, « un peu salé pour les familles"),
])
def test_what_a_speaker_judges_and_the_quoted_judgement_are_the_report(run, text, content):
    """« juge » after its subject, which the tagger reads as a noun, and an aside between
    the object and the quoted attribute."""
    assert run(text)[-1].text == content


def test_an_aside_that_opens_with_a_preposition_is_not_skipped_to_the_judgement(run):
    """« en l'état » would end the content at its comma: no report of the object alone."""
    text = "Le syndicat juge la proposition, en l'état, « tout à fait inacceptable »."
    assert "la proposition" not in [q.text for q in run(text)]


@pytest.mark.parametrize(("text", "content"), [
    ("Le ministre a affirmé plus que jamais que la réforme des retraites serait menée à son "
     "terme.", "la réforme des retraites serait menée à son terme"),
    ("Le maire a répété une fois de plus que la piscine ne fermerait pas.",
     "la piscine ne fermerait pas"),
    ("Marc Delorme a souligné plutôt que la crise était d'abord sociale.",
     "la crise était d'abord sociale"),
    ("Le spécialiste n'exclut pas un vol sur commande, mais juge plus probable que la toile "
     "serve de monnaie d'échange.", "la toile serve de monnaie d'échange"),
    ("Le spécialiste juge désormais plus probable que la toile serve de monnaie d'échange.",
     "la toile serve de monnaie d'échange"),
    ("Ce dernier plaide pour un « plan de sobriété » durable plutôt que des restrictions au "
     "coup par coup.", "un « plan de sobriété » durable plutôt que des restrictions au "
     "coup par coup"),
])
def test_a_comparison_before_the_clause_is_not_its_conjunction(run, text, content):
    [q] = run(text)
    assert q.text == content


def test_infinitive_content(run):
    text = "Le club a nié avoir reçu la moindre offre pour son attaquant."
    [q] = run(text)
    assert (q.type, q.cue.lemma) == ("indirect", "nier")
    assert q.text.startswith("avoir reçu")


def test_selon_gives_the_source(run):
    text = "Selon le procureur de Paris, l'enquête sera close avant l'été."
    [q] = run(text)
    assert q.cue.lemma == "selon"
    assert q.text == "l'enquête sera close avant l'été"
    assert "procureur de Paris" in q.speaker.name


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Selon la présidente du groupe écologiste, Cyrielle Chatelain, le texte « ne passera pas "
     "en l’état ».", "le texte « ne passera pas en l’état", "Cyrielle Chatelain"),
    ("D'après le maire de Lyon, Grégory Doucet, les travaux commenceront lundi.",
     "les travaux commenceront lundi", "Grégory Doucet"),
    # what describes the source (a role, a relative clause) is not what it says
    ("D'après Me Sandrine Morel, avocate des parties civiles, les expertises ont été "
     "bâclées.", "les expertises ont été bâclées", "Sandrine Morel"),
    ("Selon le préfet, qui s'est rendu sur place, la situation est maîtrisée.",
     "la situation est maîtrisée", "préfet"),
])
def test_the_name_and_description_of_a_selon_source_are_not_what_it_says(run, text, content,
                                                                         speaker):
    [q] = run(text)
    assert (q.text, q.speaker.name) == (content, speaker)


@pytest.mark.parametrize(("text", "content"), [
    ("Paul Durand a répondu : « Jamais. »", "Jamais."),
    ("Paul Durand a été interrogé sur le budget. Il a répondu : « Pas du tout ! »",
     "Pas du tout !"),
])
def test_a_short_reply_ending_in_a_stop_is_a_quote_not_a_title(run, text, content):
    [q] = run(text)
    assert (q.type, q.text, q.speaker.name) == ("direct", content, "Paul Durand")


def test_titles_and_terms_in_quotes_are_not_quotes(run):
    text = ("La série « Game of Thrones » a battu un record. Le festival « Forum » ouvre "
            "vendredi à Bar-le-Duc, où l'association \"La Barisienne\" tiendra un stand.")
    assert run(text) == []


def test_colon_introduces_a_direct_quote(run):
    text = "Le syndicat a prévenu : « Sans accord, la grève continuera jusqu'à Noël. »"
    [q] = run(text)
    assert q.type == "direct"
    assert q.text == "Sans accord, la grève continuera jusqu'à Noël."
    assert q.cue.lemma == "prévenir"


def test_quote_paragraphs_continue_the_speaker(run):
    text = ("La ministre Élisabeth Borne a déclaré : « Nous tiendrons nos engagements.\n"
            "« Les crédits seront débloqués dès lundi. »\n"
            "Le débat reprendra jeudi.")
    quotes = run(text)
    assert [q.text for q in quotes] == ["Nous tiendrons nos engagements.\n"
                                        "« Les crédits seront débloqués dès lundi."]
    assert all(q.speaker.name == "Élisabeth Borne" for q in quotes)


def test_a_quoted_sentence_after_an_incise_goes_on_under_its_cue(run):
    text = ("« C'est un pas important », a reconnu la présidente de la Commission, Ursula von "
            "Haldern, lors d'une conférence de presse. « Personne ne peut régler seul cette "
            "question. » Selon elle, les États disposent d'outils.")
    quotes = run(text)
    assert [(q.type, q.text, q.speaker.name, q.cue.lemma) for q in quotes[:2]] == [
        ("direct", "C'est un pas important", "Ursula von Haldern", "reconnaître"),
        ("direct", "Personne ne peut régler seul cette question.", "Ursula von Haldern",
         "reconnaître")]


def test_surname_and_title_resolve_to_full_name(run):
    text = ("Le Premier ministre Jean Castex a présenté le plan jeudi. « Nous devons aller "
            "vite », a insisté M. Castex.")
    quotes = run(text)
    assert quotes[-1].speaker.name == "Jean Castex"
    assert quotes[-1].speaker.kind == "person"


def test_confidence_ranks_cued_items_above_guesses(run):
    text = ("« Ce sera long », a reconnu l'entraîneur Didier Deschamps.\n"
            "« Personne ne sait. »\n"
            "Le match a été reporté. « Aucune date n'est fixée. »")
    quotes = run(text)
    cued, continued = quotes[0], quotes[1]
    assert cued.confidence >= 0.8
    assert 0.5 <= continued.confidence < cued.confidence
    assert continued.speaker.name == "Didier Deschamps"
    unattributed = [q for q in quotes if q.speaker is None]
    assert unattributed and all(q.confidence < 0.5 for q in unattributed)


def test_long_paragraph_keeps_exact_offsets(run):
    sentence = ("« Nous irons jusqu'au bout », a déclaré jeudi la maire de Paris, Anne Hidalgo, "
                "qui a aussi affirmé que le budget serait « tenu ». ")
    text = sentence * 40
    quotes = run(text)
    assert len([q for q in quotes if q.type == "direct"]) == 40
    assert all(q.speaker and q.speaker.name == "Anne Hidalgo" for q in quotes)


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "«", "« « «", "» texte »", "\"", "a\u00a0»\u202f«", "😀 « 😀 » 😀",
    "Cafe\u0301 « dit\u0301 », a-t-il dit.\r\n\r\n« Suite »\r\n",
])
def test_odd_inputs_never_crash(run, text):
    run(text)  # the fixture checks that every span slices the input


@pytest.mark.parametrize("text", ["", " ", "\n\n", "«", "« « «", "\""])
def test_blank_or_mark_only_inputs_have_no_quotes(run, text):
    assert run(text) == []


def test_pronoun_takes_the_antecedent_of_matching_gender(run):
    text = ("La diplomatie européenne a salué l'accord. Le ministre Thierry Breton a estimé "
            "que l'Europe devait « aller plus loin ». Il a aussi assuré que les fonds "
            "seraient versés en mars.")
    quotes = run(text)
    assert quotes[-1].text.startswith("les fonds seraient versés")
    assert quotes[-1].speaker.name == "Thierry Breton"
    assert quotes[-1].speaker.mention.text == "Il"


def test_role_description_resolves_to_the_name_it_was_tied_to(run):
    text = ("Le président de la Fédération française de football, Noël Le Graët, a promis de "
            "« tout changer ». « Nous repartirons de zéro », a ensuite déclaré le président "
            "de la Fédération française de football.")
    quotes = run(text)
    assert [q.type for q in quotes] == ["mixed", "direct"]
    assert quotes[0].text.startswith("tout changer")
    assert quotes[1].speaker.name == "Noël Le Graët"


def test_organization_speakers_are_told_from_persons(run):
    text = ("Le gouvernement a annoncé que la réforme serait reportée. "
            "Emmanuel Macron a assuré que rien n'était décidé. "
            "Le Pentagone a indiqué que 500 soldats seraient déployés.")
    kinds = [q.speaker.kind for q in run(text)]
    assert kinds == ["organization", "person", "organization"]


def test_d_apres_and_trailing_selon(run):
    text = ("D'après la préfecture, 2 000 personnes ont défilé dans le calme. "
            "Les transports reprendront lundi, selon la direction de la SNCF.")
    quotes = run(text)
    assert [q.text for q in quotes] == ["2 000 personnes ont défilé dans le calme",
                                        "Les transports reprendront lundi"]
    assert [q.cue.lemma for q in quotes] == ["selon", "selon"]
    assert "préfecture" in quotes[0].speaker.name


def test_cue_at_the_end_of_a_quote_over_several_paragraphs(run):
    text = ("« Nous avons tout essayé.\n"
            "« Rien n'a fonctionné », a reconnu l'entraîneur Didier Deschamps.")
    quotes = run(text)
    assert [q.text for q in quotes] == ["Nous avons tout essayé.\n« Rien n'a fonctionné"]
    assert all(q.speaker and q.speaker.name == "Didier Deschamps" for q in quotes)


def test_impersonal_passive_incise_has_no_speaker(run):
    text = "« Les négociations reprendront la semaine prochaine », est-il précisé."
    [q] = run(text)
    assert q.type == "direct" and q.speaker is None and q.cue.lemma == "préciser"


def test_quoted_title_after_a_reporting_verb_is_not_a_quote(run):
    text = ("Le quotidien a publié « Le Petit Prince » en feuilleton pendant l'été. "
            "L'écrivain a publié un livre intitulé « Je ne regrette rien ».")
    assert run(text) == []


def test_quote_inside_a_quote_belongs_to_the_outer_item(run):
    text = ("« Ils m'ont dit “jamais”, alors j'ai insisté », a raconté la militante "
            "Camille Durand.")
    [q] = run(text)
    assert q.type == "direct"
    assert q.text == "Ils m'ont dit “jamais”, alors j'ai insisté"
    assert q.speaker.name == "Camille Durand"


def test_items_know_their_own_sentence_and_paragraph(run):
    text = ("Le maire Paul Durand a pris la parole.\n"
            "« Nous rouvrirons l'école », a-t-il promis. Les parents ont applaudi.\n"
            "« Les travaux commenceront lundi. »")
    quotes = run(text)
    assert [q.paragraph for q in quotes] == [1, 2]
    assert quotes[0].sentence >= 1 and quotes[1].sentence > quotes[0].sentence + 1
    assert quotes[1].speaker.name == "Paul Durand"


def test_two_verb_cues_and_impersonal_incises(run):
    text = ("La ministre a fait savoir mardi qu'elle ne se représenterait pas. "
            "« Le suspect a été interpellé », a-t-on appris de source policière. "
            "Il a appris que sa mère était malade.")
    quotes = run(text)
    assert [(q.cue.text, q.cue.lemma) for q in quotes] == [
        ("a fait savoir", "faire savoir"), ("a-t-on appris", "apprendre")]
    assert quotes[0].text == "elle ne se représenterait pas"
    assert quotes[1].type == "direct" and quotes[1].speaker.name == "source policière"


def test_incise_inside_the_quotation_splits_it(run):
    text = ("Le ministre Jean Dupont était en visite à Lille. "
            "« Cette réforme, a-t-il assuré, sera menée à son terme. »")
    quotes = run(text)
    assert [q.text for q in quotes] == ["Cette réforme", "sera menée à son terme."]
    assert all(q.type == "direct" and q.speaker.name == "Jean Dupont" for q in quotes)
    assert {q.cue.text for q in quotes} == {"a-t-il assuré"}


def test_headline_colon_names_the_speaker_but_not_a_topic(run):
    text = ("Le ministre de la Santé : « Restez chez vous »\n"
            "Coronavirus : « La situation est grave »\n"
            "Emmanuel Macron : « Nous sommes en guerre »")
    quotes = run(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Restez chez vous", "ministre de la Santé"),
        ("Nous sommes en guerre", "Emmanuel Macron"),
    ]
    assert all(q.type == "direct" and q.cue is None for q in quotes)


def test_incise_subject_after_the_addressee(run):
    text = ("« Nous tiendrons », a déclaré à l'AFP le porte-parole de l'armée, le colonel "
            "Jean Roux. « Rien n'est joué », a ajouté à la presse Jens Stoltenberg. "
            "Le ministre a affirmé, dans un entretien au Monde, que la réforme serait votée.")
    quotes = run(text)
    assert [q.speaker.name for q in quotes] == ["Jean Roux", "Jens Stoltenberg", "ministre"]
    assert quotes[2].text == "la réforme serait votée"


def test_reported_question_and_qualifying_fragment(run):
    text = ("La députée Clémentine Autain a demandé si la réforme serait maintenue. "
            "Le syndicat a qualifié de « scandale » la décision du gouvernement.")
    asked, qualified = run(text)
    assert (asked.type, asked.text) == ("indirect", "la réforme serait maintenue")
    assert asked.speaker.name == "Clémentine Autain"
    assert qualified.type == "mixed" and [f.text for f in qualified.fragments] == ["scandale"]


def test_word_salad_of_quote_marks_and_cues_keeps_offsets(run):
    import random

    pieces = ["«", "»", '"', "“", "”", ",", ":", ".", "a", "dit", "a-t-il", "ajouté", "selon",
              "lui", "Le", "ministre", "Jean", "Dupont", "que", "de", "il", "est-il", "précisé",
              "Pour", "\n", "\n\n", "😀", "\u00a0", "’", "s'est", "dite", "prête", "M.", "on"]
    rng = random.Random(7)
    for _ in range(40):
        run(" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))))


def test_participles_naming_or_describing_are_not_cues(run):
    text = ("Le Canard enchaîné « verrait bien l'intérêt de cette candidature ». "
            "Le mot grec signifie « égalité ».")
    assert run(text) == []


def test_verbs_that_report_only_in_an_incise(run):
    text = ("« On verra bien », sourit l'entraîneur Didier Deschamps. Il sourit à sa fille. "
            "« Quel cirque ! », s'amuse la ministre Agnès Pannier-Runacher.")
    quotes = run(text)
    assert [(q.text, q.cue.lemma) for q in quotes] == [
        ("On verra bien", "sourire"), ("Quel cirque !", "amuser")]
    assert quotes[1].speaker.name == "Agnès Pannier-Runacher"


def test_coordination_inside_the_report_is_kept(run):
    text = "Le syndicat a affirmé que les négociations avaient échoué et avaient repris mardi."
    [q] = run(text)
    assert q.text == "les négociations avaient échoué et avaient repris mardi"


@pytest.mark.parametrize(("text", "speaker"), [
    ("La présidente de la Commission européenne, Ursula von der Leyen, a salué l'accord. "
     "« C'est un jour historique », a-t-elle déclaré.", "Ursula von der Leyen"),
    ("« La relance passera par l'industrie », a déclaré Valéry Giscard d'Estaing.",
     "Valéry Giscard d'Estaing"),
    ("Le ministre de l'Économie, Bruno Le Maire, a présenté le budget. « La croissance "
     "reste solide », a-t-il assuré.", "Bruno Le Maire"),
    ("« C'est un jour historique », a déclaré la présidente de la Commission, Ursula von der "
     "Leyen.", "Ursula von der Leyen"),
    ("« La France tiendra », a affirmé le général Charles de Gaulle.", "Charles de Gaulle"),
    # a body after « de » is no particle
    ("« Nous ne lâcherons rien », a déclaré Fabien Roussel du PCF.", "Fabien Roussel"),
    ("Selon Christine Lagarde de la BCE, l'inflation « reste trop élevée ».",
     "Christine Lagarde"),
])
def test_names_keep_their_particles(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


def test_the_name_set_off_after_pour_belongs_to_the_source(run):
    text = "Pour le ministre de l'Économie, Bruno Le Maire, la croissance « reste solide »."
    [q] = run(text)
    assert (q.text, q.speaker.name) == ("la croissance « reste solide", "Bruno Le Maire")


@pytest.mark.parametrize(("later", "speaker"), [
    # another office: not the Prime Minister named before
    ("« Nous ne changerons pas de cap », a ajouté le chef de l'État.", "chef de l'État"),
    ("Pour le ministre de l'Économie, la croissance « reste solide ».",
     "ministre de l'Économie"),
    # the same office in other words
    ("« Nous ne céderons pas », a ajouté le chef du gouvernement israélien.",
     "Benjamin Netanyahu"),
])
def test_a_leader_title_goes_only_to_a_leader_of_that_office(run, later, speaker):
    text = ("Le Premier ministre israélien Benjamin Netanyahu a rejeté la proposition. "
            "« Je ne suis pas candidat », a assuré Emmanuel Macron. " + later)
    last = run(text)[-1]
    assert last.speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le chancelier allemand, Olaf Scholz, est arrivé lundi à Paris. « Nous sommes prêts », "
     "a dit le chancelier allemand.", "Olaf Scholz"),
    ("Le président américain Joe Biden a reçu son homologue. « L'alliance est solide », a "
     "déclaré le chef de l'État américain.", "Joe Biden"),
])
def test_a_role_description_finds_the_name_given_that_office(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le maire de Lyon Grégory Doucet a estimé que le tramway serait prêt en mai.",
     "Grégory Doucet"),
    ("Le préfet des Bouches-du-Rhône Christophe Mirmand a indiqué que les routes resteraient "
     "fermées.", "Christophe Mirmand"),
    ("« Nous voterons le budget », a dit la présidente de la région Île-de-France Valérie "
     "Pécresse.", "Valérie Pécresse"),
    ("« Non », a répondu Jean-Marie Le Pen.", "Jean-Marie Le Pen"),
    ("« Je suis prêt », a déclaré Jean-Claude Van Damme.", "Jean-Claude Van Damme"),
    ("La Banque de France a indiqué que la croissance ralentirait.", "Banque de France"),
])
def test_a_place_before_a_name_is_not_the_name(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


@pytest.mark.parametrize("aside", ["pour sa part", "de son côté", "à son tour", "quant à lui"])
@pytest.mark.parametrize("verb", ["estime", "juge"])  # the tagger takes « juge » for a noun
def test_an_aside_between_the_incise_verb_and_its_subject(run, verb, aside):
    text = f"« C'est une décision grave », {verb} {aside} l'ancien ambassadeur Gérard Araud."
    [q] = run(text)
    assert (q.text, q.cue.text, q.speaker.name) == ("C'est une décision grave", verb,
                                                    "Gérard Araud")


@pytest.mark.parametrize(("text", "speaker"), [
    ("« On ne savait plus quoi faire », raconte à l'AFP Karim, un habitant du quartier.",
     "Karim"),
    ("« Nous sommes prêts », a déclaré à l'AFP Olivier Dussopt.", "Olivier Dussopt"),
    ("« L'eau est montée en dix minutes », témoigne auprès de l'AFP Sylvie, 62 ans.",
     "Sylvie"),
    ("« On ne savait plus quoi faire », a expliqué à BFMTV Karim Benali, 34 ans.",
     "Karim Benali"),
    ("« Nous sommes prêts », a déclaré à l'AFP le ministre du Travail, Olivier Dussopt.",
     "Olivier Dussopt"),
    # a person addressed, not a medium
    ("« Nous ne céderons pas », a répondu à Jean-Luc Mélenchon le Premier ministre.",
     "Premier ministre"),
])
def test_a_bare_name_after_the_medium_addressed_is_the_speaker(run, text, speaker):
    [q] = run(text)
    assert (q.type, q.speaker.name) == ("direct", speaker)


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Cette décision est une faute », a estimé le député LR Éric Ciotti.", "Éric Ciotti"),
    ("« Ce budget est insincère », a dénoncé la députée LFI Mathilde Panot.",
     "Mathilde Panot"),
    ("Le député RN Jean-Philippe Tanguy a affirmé que le texte serait censuré.",
     "Jean-Philippe Tanguy"),
])
def test_a_party_label_is_not_part_of_the_name(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # the name before a label in brackets, which the parser hung on « Joint »
    ("Joint par téléphone, Yannick Le Borgne (divers droite) s'est dit « abasourdi » par "
     "cette décision.", "s'est dit", "Yannick Le Borgne"),
    # the name the parser hung on « Joint », which it takes for a noun
    ("Joint par téléphone, Christophe Vernaz, directeur des Autocars Vernaz, l'entreprise "
     "familiale qui assure le ramassage scolaire, s'est dit « effondré ».", "s'est dit",
     "Christophe Vernaz"),
    # the tagger reads « juge » as a noun hung on « syndicat » (retagged before parsing)
    ("Le syndicat agricole juge que les arrêtés « pénalisent ceux qui nourrissent le pays ».",
     "juge", "syndicat agricole"),
    # « Mme », tagged a noun, read as an address to someone
    ("La PDG, Hélène Castagnède, a présenté le plan. Mme Castagnède, qui a reconnu une « "
     "décision douloureuse », a dit rester « ouverte au dialogue ».", "a dit",
     "Hélène Castagnède"),
])
def test_the_subject_the_parser_lost(run, text, cue, speaker):
    q = run(text)[-1]
    assert (q.cue.text, q.speaker.name) == (cue, speaker)


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # the parser takes « neuf », after « dont », for the subject of the incise verb
    ("Une épidémie de rougeole touche plusieurs écoles du Vaucluse, où 47 cas ont été "
     "recensés, dont neuf ayant nécessité une hospitalisation, a annoncé jeudi l'Agence "
     "régionale de santé (ARS) Provence-Alpes-Côte d'Azur.",
     "Une épidémie de rougeole touche plusieurs écoles du Vaucluse, où 47 cas ont été "
     "recensés, dont neuf ayant nécessité une hospitalisation", "Agence régionale de santé"),
    # a relative clause on the source of a trailing « selon » tells what it did
    ("Près de 250 tracteurs barraient les deux sens de circulation, selon la préfecture de "
     "la Haute-Garonne, qui a mis en place une déviation par la RD813.",
     "Près de 250 tracteurs barraient les deux sens de circulation",
     "préfecture de la Haute-Garonne"),
    # the relative speaks for the person a participle's complement describes
    ("« Pourquoi attendre ? », s'interroge Élodie Marchetti, chargée de campagne nucléaire "
     "de l'organisation, qui réclame la publication de l'intégralité des rapports "
     "d'inspection.", "la publication de l'intégralité des rapports d'inspection",
     "Élodie Marchetti"),
    # the second verb of « L'élu a précisé que …, et a appelé » is the élu's, not the
    # relative clause's between them
    ("Le maire, Yannick Guéguen, est venu. L'élu a précisé que l'équarrissage de l'animal, "
     "dont le coût pourrait dépasser 20 000 euros, serait à la charge de la commune, et a "
     "appelé l'État à « prendre sa part ».", "prendre sa part", "Yannick Guéguen"),
])
def test_the_source_past_a_clause_the_parser_misreads(run, text, content, speaker):
    q = run(text)[-1]
    assert (q.text, q.speaker.name) == (content, speaker)


@pytest.mark.parametrize(("text", "speaker"), [
    # the relative clause goes on after « et »: its subject speaks
    ("Le Monde a interrogé Marc Dubois, qui a démissionné lundi et a dénoncé « un climat "
     "délétère » au sein de la direction.", "Marc Dubois"),
    ("La fédération a suspendu l'arbitre, qui a contesté la sanction et a annoncé qu'il "
     "ferait appel.", "arbitre"),
    # a relative of another number: the main subject speaks
    ("La ministre a rencontré les agriculteurs qui bloquaient l'autoroute et a promis une "
     "aide d'urgence.", "ministre"),
    # a place, not a remit, after the participle: the place speaks
    ("Le blessé, transporté au CHU de Toulouse, qui a indiqué dans la soirée que son "
     "pronostic vital n'était plus engagé, a été opéré.", "CHU de Toulouse"),
])
def test_who_a_relative_clause_and_the_verb_after_it_speak_for(run, text, speaker):
    q = run(text)[0]
    assert q.speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le défenseur du Stade brestois Brendan Chardonnet a estimé que « le match était à "
     "notre portée ».", "Brendan Chardonnet"),
    ("La présidente du centre hospitalier Marie Leclerc a affirmé que les lits manquaient.",
     "Marie Leclerc"),
    ("Le président de l'université Paris-Cité Édouard Kaminski a annoncé que les cours "
     "reprendraient lundi.", "Édouard Kaminski"),
])
def test_a_name_after_a_place_noun_may_be_a_person_s(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a letter someone received is not theirs
    ("Le maire, Paul Girard, a reçu mardi une lettre de menaces de mort. « Tu vas payer », "
     "indique le courrier.", "courrier"),
    # a communiqué is its issuer's, not the bystander's who spoke in between
    ("La mairie de Pornic a publié un communiqué jeudi après la fermeture de la piscine. « On "
     "nous prévient la veille, c'est scandaleux », a réagi un habitant, Paul Guérin. « La "
     "réouverture est prévue en septembre », ajoute le communiqué.", "mairie de Pornic"),
    # a gendarme of a brigade regulates nothing
    ("Le Conseil départemental de la Manche avait installé des radars sur cette route. « Il "
     "roulait à 180 km/h », a raconté le gendarme de la brigade de Carentan.",
     "gendarme de la brigade de Carentan"),
    # the regulator a « gendarme » stands for, not a court named in between
    ("L'Arcep a sanctionné l'opérateur Telvia. Saisi par l'opérateur, le Conseil d'État a "
     "rejeté le recours. « Les engagements n'ont pas été tenus », rappelle le gendarme des "
     "télécoms.", "Arcep"),
    # a body just introduced is what « l'organisation » stands for
    ("L'Organisation mondiale de la santé (OMS) a publié jeudi un rapport sur le paludisme. "
     "Une organisation locale, dont les bénévoles distribuent des moustiquaires, a salué ces "
     "recommandations. « Les moyens restent insuffisants », rappelle l'organisation.",
     "organisation locale"),
    # a prosecutor named after the Cour des comptes: the epithet is not the Cour's
    ("La Cour des comptes avait épinglé en 2021 la gestion de l'office HLM. Le Parquet "
     "national financier (PNF) a depuis ouvert une information judiciaire. « Des soupçons "
     "pèsent sur une vingtaine de marchés », ont précisé les magistrats financiers.",
     "magistrats financiers"),
    # a report commissioned, cited or received is not its reader's
    ("Le gouvernement a commandé un rapport à l'Inspection générale des finances. « Les "
     "dispositifs coûtent 90 milliards d'euros par an », conclut le rapport.", "rapport"),
    ("Le ministre de l'Économie, Bruno Ferrand, a cité mardi un rapport du Fonds monétaire "
     "international. « La croissance ralentira nettement », prévient le rapport.",
     "rapport"),
    # a document obtained or read by someone is not theirs
    ("Selon un document consulté par l'AFP, le ministère envisage de supprimer 2 000 "
     "postes.", "document"),
])
def test_descriptions_that_stand_for_no_one_else(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a people's name as the subject of narration (« la Lyonnaise ») keeps her in view
    ("Manon Delorme s'est qualifiée en battant la Polonaise Katarzyna Wolska en trois sets. "
     "La Lyonnaise de 24 ans n'avait jamais dépassé le troisième tour. « Je ne réalise pas "
     "encore », a raconté la joueuse.", "Manon Delorme"),
    # the writing speaks for its author
    ("L'AS Montreval a limogé son entraîneur. Dans un communiqué publié sur son site, le "
     "club explique que les résultats sont insuffisants. « L'intérim sera assuré par Rudy "
     "Masson », précise le texte.", "AS Montreval"),
    # « le gendarme de … » is the regulator named before
    ("L'Autorité des marchés financiers (AMF) a ouvert une enquête sur le groupe Novéa, a "
     "annoncé jeudi le gendarme de la Bourse.", "Autorité des marchés financiers"),
    # part of a body a relative clause names (« dont une équipe ») is not « l'agence »
    ("L'Agence nationale de la sécurité des systèmes d'information (Anssi), dont une équipe "
     "est sur place depuis lundi, a confirmé l'origine criminelle de l'attaque. « Les "
     "hôpitaux restent une cible », a rappelé l'agence.",
     "Agence nationale de la sécurité des systèmes d'information"),
    # the body after « directeur des » is no name of the director's, nor of the next office
    ("Joint par téléphone, Christophe Vernaz, directeur des Autocars Vernaz, l'entreprise "
     "familiale qui assure le ramassage scolaire dans la vallée pour le compte de la région, "
     "s'est dit « effondré ». Le président du conseil départemental a annoncé que la route "
     "resterait fermée.", "président du conseil départemental"),
    # « l'enquêteur » is a man, whatever the tagger says
    ("Le président de la cour, Christophe Aubertin, a suspendu l'audience. Les débats ont "
     "porté sur les semaines d'avant. Selon l'enquêteur de la gendarmerie, la jeune femme "
     "avait reçu 300 messages. « La plainte n'avait donné lieu à aucune suite », a-t-il "
     "confirmé.", "enquêteur de la gendarmerie"),
    # professions the lexicon knows
    ("« Combien faudra-t-il d'accidents ? », a lancé Sandrine Oudin, mère d'une élève. Sa "
     "fille « a vu le car basculer », raconte cette aide-soignante.", "Sandrine Oudin"),
    ("Bertrand Lacombe, directeur de l'institut Opinio, a présenté l'enquête. Le sondeur juge "
     "toutefois le second tour « beaucoup plus ouvert qu'il n'y paraît ».", "Bertrand Lacombe"),
    # a school named after a writer; trades the lexicon knows
    ("Directrice de l'école Jean-Giono, Nathalie Fabre-Guérin a vu sa classe se vider. La "
     "directrice reconnaît ne pas connaître le statut vaccinal de ses élèves.",
     "Nathalie Fabre-Guérin"),
    # the head of the company named, by no title of his
    ("Joint par téléphone, Christophe Vernaz, directeur des Autocars Vernaz, s'est dit « "
     "effondré ». Le véhicule « avait passé son contrôle technique », a assuré le chef "
     "d'entreprise.", "Christophe Vernaz"),
    # « propriétaire » is a person's role, not the club's
    ("Dans les tribunes, la propriétaire du club, l'Américaine Victoria Hale, a salué « une "
     "soirée historique ». Sur son compte Instagram, elle a publié un court message : « Lyon "
     "est de retour. Merci à toutes ! »", "Victoria Hale"),
    # the role that opens the sentence, read as an adverbial, is the titled name's
    ("Pédiatre au centre hospitalier d'Avignon, le Dr Karim Benslimane a soigné six "
     "enfants. Le pédiatre martèle : « Deux doses de vaccin protègent à 97 %. »",
     "Karim Benslimane"),
    # the role after an age in the apposition
    ("« Tout le monde s'est tu », raconte Erwan Kerdoncuff, 52 ans, bénévole de "
     "l'association Mor Glas. Le bénévole regrette que la marée n'ait pas permis de "
     "tenter une remise à l'eau.", "Erwan Kerdoncuff"),
    # a professor of law described again by her trade
    ("Professeure de droit constitutionnel à l'université de Nantes, Hélène Marchetti-Doré "
     "juge la décision classique. « Le gouvernement savait que ces articles ne tiendraient "
     "pas », s'interroge l'universitaire.", "Hélène Marchetti-Doré"),
    # courts and bodies named by an epithet, a report, a passive or a publisher
    ("Le Conseil constitutionnel a censuré jeudi 32 articles de la loi. Les Sages ont estimé "
     "qu'il s'agissait de « cavaliers législatifs ».", "Conseil constitutionnel"),
    ("Dans un rapport rendu public en février, la chambre régionale des comptes (CRC) des "
     "Pays de la Loire avait tiré la sonnette d'alarme. Les magistrats financiers y "
     "relevaient une capacité d'autofinancement « quasi nulle ».",
     "chambre régionale des comptes"),
    ("Dans un rapport rendu public en février, la chambre régionale des comptes (CRC) des "
     "Pays de la Loire avait tiré la sonnette d'alarme. « La trajectoire actuelle n'est pas "
     "soutenable », concluait le rapport.", "chambre régionale des comptes"),
    # the body last named was the agent of a passive
    ("La préfecture des Landes a ordonné l'abattage de 40 000 canards. Des annonces "
     "accueillies avec scepticisme par le syndicat des éleveurs de palmipèdes des Landes "
     "(SEPL). Dans un communiqué, l'organisation dénonce « une gestion de crise à courte "
     "vue ».", "syndicat des éleveurs de palmipèdes des Landes"),
    # the writing's author, named after the participle that publishes it
    ("Un incident a conduit à l'arrêt du réacteur n°2 de la centrale, a annoncé EDF, qui "
     "assure qu'il n'y a eu « aucune conséquence sur la sûreté ».\n\nSelon le communiqué "
     "publié mercredi matin par l'exploitant, l'arrêt a été déclenché vers 2 h 40 par « une "
     "baisse anormale du niveau d'eau ».", "EDF"),
    # the court named last, not another body whose name holds « État »
    ("Le Conseil d'État français avait jugé l'extradition possible. La Cour suprême "
     "brésilienne a pourtant refusé jeudi de la valider. « Les garanties offertes sont "
     "insuffisantes », a estimé la haute juridiction.", "Cour suprême brésilienne"),
    # the agent of a passive verb is no subject: the body the sentence is about speaks
    ("L'ONG Oxfam a publié lundi son rapport annuel sur les inégalités. Ses chiffres ont été "
     "contestés par le gouvernement. « Les milliardaires se sont enrichis de 40 % », "
     "maintient l'organisation.", "Oxfam"),
    ("La mairie de Saint-Brieuc a été condamnée par le tribunal administratif. Dans un "
     "communiqué, elle annonce qu'elle ne fera pas appel.", "mairie de Saint-Brieuc"),
])
def test_descriptions_of_a_source_named_before(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("Son avocat, Me Antoine Guillou, a fait appel. « Sanctionner une liste pour un tract, "
     "c'est ouvrir la porte aux manœuvres », s'interroge le conseil de l'élu.",
     "Antoine Guillou", "person"),
    ("« Nous ferons appel », a déclaré le conseil de Mme Roux.", "conseil de Mme Roux",
     "person"),
    ("« La décision est injuste », a estimé le conseil de la famille.",
     "conseil de la famille", "person"),
    ("« Le budget est voté », a indiqué le conseil municipal.", "conseil municipal",
     "organization"),
    ("« Le budget est voté », a indiqué le conseil de Paris.", "conseil de Paris",
     "organization"),
    ("« Le projet est adopté », a annoncé le conseil des ministres.",
     "conseil des ministres", "organization"),
])
def test_the_conseil_of_someone_is_their_lawyer(run, text, speaker, kind):
    [q] = run(text)
    assert (q.speaker.name, q.speaker.kind) == (speaker, kind)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Johanna Rolland, maire de Nantes, a inauguré la ligne de tramway. « C'est un jour "
     "historique », s'est félicitée la maire.", "Johanna Rolland"),
    ("Christine Lagarde, présidente de la BCE, s'exprimait à Francfort. « L'inflation reste "
     "trop élevée », a averti la présidente de la BCE.", "Christine Lagarde"),
    # the role of the nearest name before, not of one named later
    ("Pierre Hurmic, maire de Bordeaux, a visité le chantier. « Les délais seront tenus », a "
     "assuré le maire. Grégory Doucet, maire de Lyon, ne s'est pas exprimé.", "Pierre Hurmic"),
    # « ministre » is no sign of gender: elle can still be Anne Martin
    ("Anne Martin, ministre du Travail, a reçu Paul Durand. « Le dialogue est rompu », "
     "a-t-elle regretté.", "Anne Martin"),
    # a second role, with no article, is hers too
    ("Émilie Vasseur, infirmière aux urgences depuis douze ans et porte-parole du collectif, "
     "a remis sa démission. Les démissions prendront effet en février. Le collectif demande "
     "quatorze postes. « Qu'est-ce qu'il faut, un drame ? », lance la porte-parole.",
     "Émilie Vasseur"),
    # « sortant », which the tagger takes for a verb, between the role and the name
    ("La liste du maire sortant, Yannick Le Borgne, l'avait emporté. Le tribunal a annulé "
     "le scrutin. Dans la soirée, le maire a assuré qu'il serait candidat.",
     "Yannick Le Borgne"),
])
def test_a_role_set_off_after_a_name_ties_it(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le Rassemblement national a dénoncé « une mascarade ».", "Rassemblement national"),
    ("Le Conseil constitutionnel a estimé que la loi était conforme.",
     "Conseil constitutionnel"),
    ("Selon Santé publique France, la maladie progresse.", "Santé publique France"),
    ("L'Assemblée nationale a jugé que le texte était prioritaire.", "Assemblée nationale"),
    ("La Cour des comptes a estimé que la dépense était « mal maîtrisée ».",
     "Cour des comptes"),
    # the body's name ends before its president's
    ("Le président du Conseil constitutionnel Laurent Fabius a estimé que la loi était "
     "conforme.", "Laurent Fabius"),
    ("Le ministre des Affaires étrangères a estimé que la crise était grave.",
     "ministre des Affaires étrangères"),
    # an acronym in brackets is the body's alias, not its name
    ("Les prix baisseront en 2025, selon la Commission de régulation de l'énergie (CRE).",
     "Commission de régulation de l'énergie"),
    ("L'Agence régionale de santé (ARS) a indiqué que trois cas avaient été détectés.",
     "Agence régionale de santé"),
])
def test_the_name_of_a_body_keeps_its_lowercase_words(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


@pytest.mark.parametrize(("text", "content"), [
    ("La CGT a dénoncé jeudi « un passage en force inacceptable ».",
     "un passage en force inacceptable"),
    ("La CGT a dénoncé dans un communiqué « un passage en force inacceptable » du "
     "gouvernement.", "un passage en force inacceptable » du gouvernement"),
    ("Le maire a dénoncé sur X une « provocation ».", "une « provocation"),
    ("Le maire a dénoncé devant l'Assemblée nationale une « provocation ».",
     "une « provocation"),
    ("Le maire a dénoncé une « trahison » avant de quitter la salle.", "une « trahison"),
    ("Les agriculteurs dénoncent des mesures prises « trop tard et sans concertation ».",
     "des mesures prises « trop tard et sans concertation"),
    ("Sa directrice, Fatou Keïta, parle d'un « pas dans la bonne direction ».",
     "un « pas dans la bonne direction"),
    ("Le ministre a lancé « un appel à la responsabilité de chacun » avant de quitter la "
     "salle.", "un appel à la responsabilité de chacun"),
])
def test_what_is_reported_leaves_out_the_setting_and_what_follows(run, text, content):
    [q] = run(text)
    assert q.text == content


def test_de_in_avant_de_opens_no_reported_content(run):
    assert run("Le ministre a salué le travail des secouristes avant de quitter les lieux.") == []


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Le projet a été qualifié d'« irresponsable » par le président de la FNSEA, Arnaud "
     "Rousseau.", "irresponsable", "Arnaud Rousseau"),
    ("La mesure a été jugée « inefficace » par la Cour des comptes.", "inefficace",
     "Cour des comptes"),
])
def test_a_quoted_attribute_of_a_passive_verb_is_its_agents_word(run, text, content, speaker):
    [q] = run(text)
    assert (q.type, q.text, q.speaker.name) == ("mixed", content, speaker)


def test_a_passive_verb_without_an_agent_reports_nothing(run):
    assert run("Le texte a été jugé « inefficace » hier.") == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Réaction de la maire de Paris, Anne Hidalgo : « C'est une honte. »", "Anne Hidalgo"),
    ("Réaction immédiate du maire de Marseille, Benoît Payan : « C'est une honte absolue. »",
     "Benoît Payan"),
])
def test_a_longer_source_before_a_colon_names_the_speaker(run, text, speaker):
    [q] = run(text)
    assert (q.type, q.speaker.name, q.cue) == ("direct", speaker, None)


@pytest.mark.parametrize(("text", "speaker"), [
    # no subject of that gender before: the person the text gives that gender
    ("La juge Isabelle Morel a entendu l'ancien maire Jacques Roux pendant trois heures. Il a "
     "affirmé que ces accusations étaient fausses.", "Jacques Roux"),
    ("Le préfet Michel Lalande a reçu la maire Martine Aubry. Selon elle, la ville manque de "
     "policiers.", "Martine Aubry"),
    # « celle-ci », « ce dernier »: the last one named
    ("L'avocate Paule Mercier a interrogé la témoin Julie Fabre. Celle-ci a assuré n'avoir "
     "rien vu.", "Julie Fabre"),
    ("Le juge Marc Trévidic a entendu l'ancien ministre Claude Guéant. Ce dernier a affirmé "
     "qu'il était innocent.", "Claude Guéant"),
    # a subject of that gender, even one that cannot speak as « elle », bars the fallback
    ("La CGT a critiqué la ministre du Travail Catherine Vautrin. « Nous ne lâcherons "
     "rien », a-t-elle affirmé.", "elle"),
])
def test_a_pronoun_may_take_a_person_named_outside_the_subject(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_the_person_concerned_is_the_one_just_spoken_of(run, apostrophe):
    text = ("Le capitaine Sébastien Gravel a titularisé Lucas Perrier. Selon une source proche de "
            "la fédération, Arthur Lenoir n'aurait guère apprécié d'être écarté. Interrogé par "
            f"la presse, l{apostrophe}intéressé a démenti toute brouille : « Il n'y a aucun "
            "problème entre Sébastien et moi. »")
    assert run(text)[-1].speaker.name == "Arthur Lenoir"


def test_places_before_a_colon_name_no_speaker(run):
    assert run("Même constat à Lille, Roubaix et Tourcoing : « Les commerces ferment. »") == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le suspect a été interpellé dimanche à Lille, a-t-on appris de source policière.",
     "source policière"),
    ("« La priorité, c'est l'emploi », souligne-t-on à Matignon.", "Matignon"),
    ("Le convoi est arrivé à Kiev, a-t-on appris auprès de la présidence ukrainienne.",
     "présidence ukrainienne"),
])
def test_an_impersonal_on_names_the_source_after_it(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


@pytest.mark.parametrize("when", ["lundi", "dans la soirée", "à Lyon", "au cours du week-end"])
def test_an_impersonal_on_without_a_source_names_nobody(run, when):
    [q] = run(f"Trois personnes ont été blessées, a-t-on appris {when}.")
    assert q.speaker is None


def test_an_impersonal_on_source_after_a_time_and_a_place(run):
    [q] = run("Le suspect a été interpellé, a-t-on appris mardi à Paris de source diplomatique.")
    assert q.speaker.name == "source diplomatique"


def test_an_aside_between_the_auxiliary_and_the_verb(run):
    [q] = run("Respire 22 a, de son côté, réclamé « une transparence totale ».")
    assert q.text == "une transparence totale" and q.speaker.name.startswith("Respire")


def test_an_incise_inside_a_quotation_still_splits_it_after_commas(run):
    quotes = run("« C'est dur, oui, reconnaît-il, mais nous tiendrons. »")
    assert [q.text for q in quotes] == ["C'est dur, oui", "mais nous tiendrons."]


@pytest.mark.parametrize(("text", "content"), [
    ("Le prévenu a reconnu des « erreurs de gestion » mais a nié tout enrichissement "
     "personnel.", "des « erreurs de gestion"),
    ("L'association a, de son côté, salué une décision « courageuse », tout en regrettant "
     "que les golfs puissent encore arroser.", "une décision « courageuse"),
    ("La ministre a assuré que le projet permettrait de produire « 100 000 logements » d'ici "
     "à 2030, tout en reconnaissant que l'objectif était « ambitieux ».",
     "le projet permettrait de produire « 100 000 logements » d'ici à 2030"),
    ("Elle a jugé le projet « taillé pour les promoteurs » et réclamé le rétablissement de "
     "l'encadrement des loyers.", "le projet « taillé pour les promoteurs"),
    ("L'avocat a salué la « réactivité » du parquet tout en regrettant que « dix jours "
     "précieux aient été perdus ».", "la « réactivité » du parquet"),
    ("Le parquet a démenti qu'un suspect ait été interpellé, contrairement à ce "
     "qu'affirmaient plusieurs comptes.", "un suspect ait été interpellé"),
])
def test_what_is_reported_ends_where_another_predicate_begins(run, text, content):
    assert run(text)[0].text == content


@pytest.mark.parametrize(("text", "content"), [
    ("Le ministre a assuré, en quittant l'Élysée, que la réforme serait maintenue.",
     "la réforme serait maintenue"),
    ("Il a déclaré que les habitants, craignant des pillages, avaient quitté la ville.",
     "les habitants, craignant des pillages, avaient quitté la ville"),
    ("Il a rappelé que Paris, en tant que capitale, devait montrer l'exemple.",
     "Paris, en tant que capitale, devait montrer l'exemple"),
    ("Le maire a expliqué que la commune a perdu 200 habitants et a fermé son école.",
     "la commune a perdu 200 habitants et a fermé son école"),
])
def test_a_gerund_or_verb_of_the_reported_clause_does_not_end_it(run, text, content):
    assert run(text)[0].text == content


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Yanis, c'est un renard », a-t-il souri. Le coach Paul Brun a quitté le stade.", "il"),
    ("« La direction nous méprise », dénonce Karim Belkacem, délégué CGT.", "Karim Belkacem"),
    ("« Nous tiendrons », a précisé le porte-parole de la police, commandant Jean Roux.",
     "Jean Roux"),
    ("« Nous sommes fiers », s'est félicitée la maire (divers gauche) Catherine Morvan.",
     "Catherine Morvan"),
    ("« C'est un moment historique », s'est félicité le directeur général de l'Agence "
     "spatiale européenne (ESA), Karl-Heinz Vogelsang, depuis Darmstadt.",
     "Karl-Heinz Vogelsang"),
])
def test_incises_with_a_smile_a_title_after_the_name_or_a_label(run, text, speaker):
    q = run(text)[0]
    assert (q.type, q.speaker.name) == ("direct", speaker)


def test_an_acronym_given_in_brackets_names_the_body_again(run):
    quotes = run("Les prix baisseront en 2025, selon la Commission de régulation de l'énergie "
                 "(CRE). « Le bouclier tarifaire prendra fin », a ajouté la CRE.")
    assert [q.speaker.name for q in quotes] == ["Commission de régulation de l'énergie"] * 2


def test_a_present_dit_the_tagger_takes_for_a_participle_still_reports(run):
    [q] = run("Hélène Fabre, 54 ans, dit « ne plus dormir depuis trois jours ».")
    assert (q.text, q.speaker.name, q.cue.lemma) == (
        "ne plus dormir depuis trois jours", "Hélène Fabre", "dire")


def test_an_incise_verb_the_tagger_takes_for_a_participle_still_reports(run):
    text = ("« Il faudra vérifier sur pièces », avertit son responsable des questions "
            "numériques, Bastien Lefort. La campagne « Travailler moins », lancée l'an dernier "
            "par des étudiants, continue.")
    [q] = run(text)
    assert (q.type, q.text, q.speaker.name, q.cue.lemma) == (
        "direct", "Il faudra vérifier sur pièces", "Bastien Lefort", "avertir")


def test_a_participle_after_the_content_is_narration_about_it(run):
    text = ("M. Lambert a démenti avoir reçu pour consigne de négocier un retour des militaires, "
            "évoqué la semaine dernière par l'hebdomadaire « Jeune Continent ».")
    [q] = run(text)
    assert (q.type, q.text) == (
        "indirect", "avoir reçu pour consigne de négocier un retour des militaires")


@pytest.mark.parametrize(("text", "content"), [
    # a time clause after the comma is the narrator's
    ("Le musée a annoncé mardi qu'il retirait sept tableaux de son exposition, après qu'une "
     "expertise les a identifiés comme des faux.",
     "il retirait sept tableaux de son exposition"),
    ("La judoka a annoncé mercredi qu'elle mettait un terme à sa carrière, quelques mois après "
     "une élimination précoce aux Jeux.", "elle mettait un terme à sa carrière"),
    # a detail or a contrast after it goes on with the content
    ("Il raconte avoir été blessé à deux reprises en intervention, dont une fois lors d'un feu "
     "d'appartement à Pontoise en 2019.", "avoir été blessé à deux reprises en intervention, "
     "dont une fois lors d'un feu d'appartement à Pontoise en 2019"),
    ("Ce passager assure avoir appris par les réseaux sociaux, et non par l'équipage, que le "
     "navire allait être remorqué.", "avoir appris par les réseaux sociaux, et non par "
     "l'équipage, que le navire allait être remorqué"),
])
def test_a_comma_ends_the_content_only_before_the_narrator_s_words(run, text, content):
    [q] = run(text)
    assert q.text == content


def test_a_present_participle_after_an_incise_reports_for_the_incise_speaker(run):
    text = ("« Nous contestons toute accusation de plagiat », indique la société Lumen Films "
            "dans un communiqué, précisant se réserver le droit de poursuivre la romancière. "
            "« Je ne peux pas cautionner ce palmarès », écrit le critique Paul Roy, dénonçant "
            "une délibération « expédiée en quarante minutes ».")
    quotes = run(text)
    assert [(q.type, q.cue.lemma, q.speaker.name) for q in quotes] == [
        ("direct", "indiquer", "Lumen Films"), ("indirect", "préciser", "Lumen Films"),
        ("direct", "écrire", "Paul Roy"), ("mixed", "dénoncer", "Paul Roy")]


def test_a_present_participle_after_an_incise_and_its_setting_keeps_its_speaker(run):
    text = ("La ministre Carmen Oliva a répondu. « Nous n'avons de leçon à recevoir de "
            "personne », a-t-elle rétorqué, jugeant les propos de son homologue « regrettables ».")
    quotes = run(text)
    assert [(q.cue.lemma, q.speaker.name) for q in quotes] == [
        ("rétorquer", "Carmen Oliva"), ("juger", "Carmen Oliva")]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("« Saint-Dizier ne sera pas un nouveau Florange », a tweeté dans la soirée le député de "
     "la circonscription, Julien Mathey.", "Saint-Dizier ne sera pas un nouveau Florange",
     "Julien Mathey"),
    ("Le ministre Paul Castel a jugé la décision du groupe « brutale et inacceptable ».",
     "la décision du groupe « brutale et inacceptable", "Paul Castel"),
])
def test_a_setting_before_an_inverted_subject_and_a_longer_object(run, text, content, speaker):
    [q] = run(text)
    assert (q.text, q.speaker.name) == (content, speaker)


def test_a_coordinated_report_takes_the_reporters_subject_not_the_clauses(run):
    text = ("Le ministre Jean Morel a annoncé que les nouvelles épreuves entreraient en vigueur "
            "dès 2027, et assuré ne pas vouloir « revenir au bac de papa ».")
    assert [q.speaker.name for q in run(text)] == ["Jean Morel"] * 2


@pytest.mark.parametrize(("text", "speaker"), [
    ("Les syndicats d'enseignants, eux, dénoncent une réforme menée « à marche forcée ».",
     "syndicats d'enseignants"),
    ("La maire a défendu le projet. L'opposition, elle, dénonce un « passage en force ».",
     "opposition"),
])
def test_a_stressed_pronoun_after_the_subject_speaks_for_it(run, text, speaker):
    assert run(text)[-1].speaker.name == speaker


def test_a_subject_with_a_relative_clause_is_no_content_of_an_incise(run):
    text = ("Le gériatre Paul Dumas, qui a participé aux tests, juge l'outil prometteur. "
            "La réforme sera menée à son terme, a assuré le ministre.")
    assert [q.text for q in run(text)] == ["La réforme sera menée à son terme"]


@pytest.mark.parametrize(("text", "speaker", "lemma"), [
    ("« Ce stade, nous le faisons pour les jeunes », a lancé d'entrée le maire, Patrick "
     "Guérineau.", "Patrick Guérineau", "lancer"),
    ("« Trois jours sans sortir, c’est trois jours sans salaire », calcule Erwan Le Floc’h, "
     "39 ans, patron du chalutier.", "Erwan Le Floc’h", "calculer"),
    ("« On nous présente un projet ficelé d'avance », a attaqué l'opposante Élodie Ferrand.",
     "Élodie Ferrand", "attaquer"),
])
def test_more_incise_verbs_asides_and_breton_names(run, text, speaker, lemma):
    [q] = run(text)
    assert (q.type, q.speaker.name, q.cue.lemma) == ("direct", speaker, lemma)


def test_a_text_cut_after_tout_en_does_not_crash(run):
    assert run("Le maire a salué la réactivité du parquet tout en") == []


@pytest.mark.parametrize(("text", "content"), [
    ("L'avocate s'est interrogée sur le « manque d'anticipation » des pouvoirs publics.",
     "le « manque d'anticipation » des pouvoirs publics"),
    ("Le directeur s'inquiète d'une « stigmatisation » des élèves.",
     "une « stigmatisation » des élèves"),
    ("Le ministre a plaidé pour un « partenariat d'égal à égal » avec le Chili.",
     "un « partenariat d'égal à égal » avec le Chili"),
])
def test_what_a_verb_is_about_starts_after_its_preposition(run, text, content):
    [q] = run(text)
    assert text[q.start : q.end] == content


@pytest.mark.parametrize(("text", "content"), [
    # a list after the colon spells out the quotation
    ("L'élue a expliqué que la commune faisait face à « un effet ciseaux brutal » : flambée "
     "des coûts de l'énergie et baisse des dotations de l'État.",
     "la commune faisait face à « un effet ciseaux brutal » : flambée des coûts de l'énergie "
     "et baisse des dotations de l'État"),
    # the words after the colon quote the speaker again
    ("Selon l'experte, une simple inspection visuelle « ne suffit pas » : il faut recourir à "
     "des techniques d'auscultation « coûteuses mais indispensables ».",
     "une simple inspection visuelle « ne suffit pas » : il faut recourir à des techniques "
     "d'auscultation « coûteuses mais indispensables"),
    # a clause of the narrator's after the colon
    ("La chercheuse a toutefois appelé à « ne pas crier victoire trop vite » : la bactérie "
     "n'a été testée que sur quatre molécules.", "ne pas crier victoire trop vite"),
])
def test_what_follows_a_colon_after_a_quotation(run, text, content):
    [q] = run(text)
    assert text[q.start : q.end] == content
