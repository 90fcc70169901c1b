"""A whole news article written for the tests: every statement, speaker and cue."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.engine import extract


def article(name: str) -> str:
    return Path(__file__).with_name(f"article_{name}.txt").read_text(encoding="utf-8")


ARTICLE = article("greve")


@pytest.fixture(scope="module")
def quotes(nlp):
    return extract(ARTICLE, nlp).quotes


def test_every_statement_is_found_once(quotes):
    starts = [ARTICLE[q.start : q.end].split()[0] for q in quotes]
    assert starts == ["au", "reprendre", "Personne", "Nous", "un", "les", "épuisée", "Je",
                      "avoir", "le", "Nous"]  # « Nous... » runs over two paragraphs


def test_speakers_are_resolved_to_full_names(quotes):
    names = [q.speaker.name if q.speaker else None for q in quotes]
    assert names[:4] == ["gouvernement", "Clément Beaune", "Clément Beaune", "Laurent Brun"]
    # the text never says who the Première ministre is: her title stays the name
    assert names[8:] == ["Elisabeth Borne", "Première ministre", "Clément Beaune"]
    assert quotes[7].speaker.mention.text == "elle"


def test_cues_keep_auxiliaries_and_clitics(quotes):
    cues = [(q.cue.text, q.cue.lemma) for q in quotes]
    assert ("a-t-il déclaré", "déclarer") in cues
    assert ("raconte-t-elle", "raconter") in cues
    assert ("a de son côté nié", "nier") in cues
    assert cues[4] == ("Selon", "selon")


def test_types_and_fragments(quotes):
    types = [q.type for q in quotes]
    assert types == ["mixed", "mixed", "direct", "direct", "indirect", "mixed", "mixed",
                     "direct", "mixed", "direct", "direct"]
    assert [f.text for f in quotes[5].fragments] == ["fortement perturbés"]


def test_headline_call_is_a_statement_but_a_film_title_is_not(quotes):
    assert [f.text for f in quotes[0].fragments] == ["dialogue"]
    assert quotes[0].speaker.kind == "organization"
    assert not any("Chant du loup" in q.text for q in quotes)


@pytest.fixture(scope="module")
def diplomacy(nlp):
    text = article("diplomatie")
    return text, extract(text, nlp).quotes


def test_woven_fragments_after_reporting_verbs(diplomacy):
    _, quotes = diplomacy
    woven = {q.cue.lemma: [f.text for f in q.fragments] for q in quotes if q.type == "mixed"}
    assert woven["juger"] == ["absurdes"]
    assert woven["dénoncer"] == ["trahison"]
    assert woven["dire"] == ["très inquiète"]


def test_feminine_pronoun_skips_masculine_speakers(diplomacy):
    _, quotes = diplomacy
    [added] = [q for q in quotes if q.cue.lemma == "ajouter"]
    assert added.speaker.name == "Annalena Baerbock"
    assert added.speaker.mention.text == "Elle"


def test_incise_between_two_halves_and_plural_sources(diplomacy):
    _, quotes = diplomacy
    assured = [q.text for q in quotes if q.cue.lemma == "assurer"]
    assert assured == ["Nos soldats tiennent la ligne", "et ils la tiendront"]
    [sources] = [q for q in quotes if q.cue.lemma == "selon"]
    assert sources.speaker.name == "sources diplomatiques"
    assert not any("année zéro" in q.text for q in quotes)


@pytest.fixture(scope="module")
def election(nlp):
    return extract(article("municipales"), nlp).quotes


def test_coordinated_reports_are_two_items(election):
    by_cue = {q.cue.lemma: q for q in election}
    assert by_cue["dénoncer"].text == "un bilan « catastrophique"
    assert by_cue["accuser"].text.startswith("l'équipe sortante d'avoir")


def test_a_new_official_is_not_taken_for_the_previous_speaker(election):
    by_cue = {q.cue.lemma: q for q in election}
    assert by_cue["rappeler"].speaker.name == "préfet"
    assert by_cue["préciser"].speaker.kind == "organization"


def test_pour_with_a_group_of_experts_and_a_song_title(election):
    [pour] = [q for q in election if q.cue.lemma == "pour"]
    assert pour.speaker.name == "politologues" and pour.speaker.kind == "person"
    assert not any("Marseillaise" in q.text for q in election)


@pytest.fixture(scope="module")
def storm(nlp):
    return extract(article("tempete"), nlp).quotes


def test_locutions_and_calls_with_woven_fragments(storm):
    by_cue = {q.cue.lemma: q for q in storm if q.cue}
    assert [f.text for f in by_cue["faire état"].fragments] == ["dégâts considérables"]
    assert [f.text for f in by_cue["appeler"].fragments] == ["la plus grande prudence"]
    assert by_cue["appeler"].speaker.name == "Alexandre Rochatte"


def test_pronoun_after_a_narrated_subject(storm):
    promised = [q for q in storm if q.cue and q.cue.lemma == "promettre"]
    assert promised[0].speaker.name == "ministre de l'Intérieur"
    assert not any("Télégramme" in q.text or "Bretagne solidaire" in q.text for q in storm)


@pytest.fixture(scope="module")
def court(nlp):
    return extract(article("justice"), nlp).quotes


def test_generic_description_and_the_newsroom_as_source(court):
    by_cue = {q.cue.text: q for q in court}
    assert by_cue["a précisé"].speaker.name == "Nicolas Jacquet"
    assert by_cue["Selon"].speaker is None and by_cue["Selon"].confidence < 0.5
    assert by_cue["D'après"].speaker.name == "source proche de l'enquête"
    assert by_cue["a-t-elle affirmé"].speaker.name == "Sophie Martin"
