"""Who speaks, on sentences written for these tests: the noun phrases of the narration
that name a speaker, and the ones that only look as if they did."""

from __future__ import annotations

import pytest


def test_a_relative_pronoun_after_a_quoted_nickname_speaks_for_the_nickname(run):
    text = ("L'attaque a été revendiquée sur un forum spécialisé par un pirate se faisant "
            "appeler \"Drakkar\", qui affirme avoir mis en vente les données de \"plus de "
            "9 millions de clients\".")
    [q] = run(text)
    assert q.cue.lemma == "affirmer" and q.speaker.name == "Drakkar"


@pytest.mark.parametrize("role", ["Le sénateur (LR) des Alpes-Maritimes",
                                  "Le député (RN) du Var"])
def test_a_party_in_brackets_and_a_place_between_the_role_and_the_name(run, role):
    text = (f"{role} Jean-Pierre Castellani, vice-président de la commission, a jugé le "
            "rappel de l'ambassadrice « disproportionné ». « On ne répond pas à une "
            "provocation par l'arme diplomatique », a-t-il argumenté.")
    quotes = run(text)
    assert [q.speaker.name for q in quotes] == ["Jean-Pierre Castellani"] * 2
    assert quotes[0].speaker.mention.text.startswith(role)


def test_a_day_after_the_incise_subject_is_not_part_of_it(run):
    text = ("Les supporters étaient furieux après la défaite. « Perdre un derby, ce "
            "n'est pas perdre un match », a écrit le groupe samedi soir sur son compte.")
    [q] = run(text)
    assert q.speaker.mention.text == "le groupe"


@pytest.mark.parametrize(("text", "speaker"), [
    # a noun compared to the subject is no antecedent, and does not speak
    ("L'entraîneur Laurent Kessler a été limogé dimanche. Le capitaine Yanis Belkacem, arrivé "
     "au club en même temps que son entraîneur, a réagi lundi soir sur les réseaux sociaux. "
     "« Coach, merci pour tout », a-t-il publié.", "Yanis Belkacem"),
    ("Le maire, plus prudent que son adjoint, a dit que le projet serait « revu ».", "maire"),
    # a name the parser sets beside a thing is the pronoun's antecedent
    ("Devant la boutique, où la file s'étirait dès l'annonce du résultat, Monique Lefèvre, "
     "retraitée et cliente depuis l'ouverture, ne cachait pas sa fierté. “Je le savais depuis "
     "le début !”, s'amuse-t-elle.", "Monique Lefèvre"),
    # the prize winner is the one just named
    ("Youssef Amrani, 34 ans, a remporté jeudi le Grand Prix de la meilleure baguette de "
     "Paris.\n\n“Je n'y croyais pas du tout”, a confié le lauréat, la voix encore tremblante.",
     "Youssef Amrani"),
])
def test_the_speaker_is_the_one_the_narration_is_about(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Avant la réunion, l'association des commerçants avait adressé à chaque membre de la "
     "commission un courrier les appelant à « ne pas sacrifier le centre-ville ».",
     "association des commerçants"),
    ("Le ministère de l'Intérieur a envoyé aux préfets une circulaire leur demandant de "
     "renforcer les contrôles.", "ministère de l'Intérieur"),
    ("Sandrine Caradec, cliente depuis douze ans, a reçu mercredi un courriel de l'opérateur "
     "l'informant que ses données faisaient partie du lot volé.", "opérateur"),
])
def test_a_writing_that_says_something_speaks_for_its_sender(run, text, speaker):
    [q] = run(text)
    assert q.speaker.name == speaker


def test_a_name_apposed_to_an_opening_role_is_what_the_sentence_is_about(run):
    text = ("Le capitaine des Bleus, Sébastien Gravel, avait titularisé Perrier. « C'était une "
            "évidence », a-t-il expliqué.\n\nAuteur du point décisif, Lucas Perrier, 24 ans, "
            "avait les larmes aux yeux. « J'ai joué le match le plus important de ma vie », a "
            "raconté le Béarnais.")
    assert [q.speaker.name for q in run(text)] == ["Sébastien Gravel", "Lucas Perrier"]


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("Le projet est porté par la société Altavia. Face aux critiques, Altavia défend son "
     "choix. Dans un communiqué, l'entreprise assure que le site sera « sans danger ».",
     "assurer", "Altavia"),
    ("Selon l'Union des transporteurs routiers (UTR), un camion sur dix est à l'arrêt. Le "
     "syndicat demande que l'Etat « agisse vite ».", "demander", "Union des transporteurs"),
    ("Le président de la FNSEA du Gers, Pierre Dubos, a dénoncé des contrôles « à "
     "répétition ». Le syndicat agricole appelle les éleveurs à manifester lundi.",
     "appeler", "FNSEA"),
    ("Les Ultras Ravel 1998, principal groupe de supporters, ont réagi sur Instagram. « Virer "
     "le coach ne règle rien », a écrit le groupe.", "écrire", "Ultras Ravel 1998"),
    ("L'attaque a été revendiquée par le groupe de pirates Blackmoray. Sur son site, le "
     "groupe affirme détenir « des milliers de fichiers ».", "affirmer", "Blackmoray"),
    ("Des parents accusent le groupe de crèches privées Babylune de maltraitance. Dans un "
     "communiqué, le groupe indique avoir « renforcé les contrôles ».", "indiquer", "Babylune"),
    ("Battu par le Stade rennais, le FC Sarlac a limogé son entraîneur. « Le FC Sarlac "
     "remercie Paul Léger pour son travail », a indiqué le club.", "indiquer", "FC Sarlac"),
])
def test_a_body_s_noun_names_the_body_the_text_gave_it_to(run, text, cue, speaker):
    [q] = [q for q in run(text) if q.cue.lemma == cue]
    assert q.speaker.name.startswith(speaker)
