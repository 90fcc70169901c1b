"""Speaker resolution on plain mentions (§6), without a parse."""

from __future__ import annotations

import pytest

from service.engine.resolution import Registry, folded_words, resolve, same_office
from service.engine.speakers import Mention
from service.engine.types import Span


def mention(text: str, at: int, *, name=None, role=None, pronoun=None, head="", det=None,
            gender=None, number="Sing") -> Mention:
    return Mention(Span(text, at, at + len(text)), name, role, pronoun, head, det, gender,
                   number)


POMPEO = mention("Le chef de la diplomatie américaine Mike Pompeo", 0, name="Mike Pompeo",
                 role="chef de la diplomatie américaine", head="chef", det="def",
                 gender="Masc")
DIPLOMACY = mention("la diplomatie américaine", 100, role="diplomatie américaine",
                    head="diplomatie", det="def", gender="Fem")


def resolve_all(mentions: list[Mention]):
    registry = Registry(mentions)
    earlier = []
    for m in mentions:
        earlier.append(resolve(m, registry, list(earlier)))
    return earlier


def test_pronoun_skips_an_antecedent_of_the_other_gender():
    il = mention("Il", 200, pronoun="il", gender="Masc")
    *_, last = resolve_all([POMPEO, DIPLOMACY, il])
    assert last.speaker.name == "Mike Pompeo" and last.method == "anaphora"


def test_surname_and_title_go_to_the_full_name():
    netanyahu = mention("le Premier ministre israélien Benjamin Netanyahu", 0,
                        name="Benjamin Netanyahu", role="Premier ministre israélien",
                        head="ministre", det="def", gender="Masc")
    mr = mention("M. Netanyahu", 80, name="Netanyahu")
    _, last = resolve_all([netanyahu, mr])
    assert last.speaker.name == "Benjamin Netanyahu" and last.speaker.kind == "person"


def test_role_tied_to_a_name_anywhere_in_the_document():
    later = mention("le chef de la diplomatie américaine", 300,
                    role="chef de la diplomatie américaine", head="chef", det="def",
                    gender="Masc")
    *_, last = resolve_all([DIPLOMACY, POMPEO, later])
    assert last.speaker.name == "Mike Pompeo" and last.method == "role"


def test_leader_title_goes_to_the_latest_leader_but_not_after_an_introduction():
    secretary = mention("Le secrétaire d'Etat", 300, role="secrétaire d'Etat",
                        head="secrétaire", det="def", gender="Masc")
    _, last = resolve_all([POMPEO, secretary])
    assert last.speaker.name == "Mike Pompeo"
    official = mention("un responsable américain", 100, role="responsable américain",
                       head="responsable", det="ind", gender="Masc")
    same = mention("le responsable américain", 400, role="responsable américain",
                   head="responsable", det="def", gender="Masc")
    *_, last = resolve_all([POMPEO, official, same])
    assert last.speaker.name == "responsable américain"


def test_unresolvable_pronoun_keeps_its_text():
    [only] = resolve_all([mention("elle", 0, pronoun="elle", gender="Fem")])
    assert only.method == "unresolved" and only.speaker.name == "elle"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("le ministre", "ministre de l'Économie", True),
    ("le chef du gouvernement israélien", "Premier ministre israélien", True),
    ("le chef de l'Otan", "secrétaire général de l'Otan", True),
    ("le président américain", "chef de l'État américain", True),
    ("le secrétaire d'Etat", "chef de la diplomatie américaine", True),
    ("la Première ministre britannique", "Premier ministre israélien", False),
    ("le ministre de l'Économie", "Premier ministre israélien", False),
    ("le ministre de l'Économie", "ministre de l'Intérieur", False),
    ("le chef de l'État", "chef du gouvernement", False),
    ("le président du Sénat", "président américain", False),
    ("la ministre", "directrice de l'ARS", False),
    ("le secrétaire d'État chargé de l'Europe", "ministre des Affaires étrangères", False),
    ("le patron", "directeur général de Renault", True),
    ("le président du groupe Les Républicains", "directrice", False),
])
def test_offices_named_in_other_words(a, b, same):
    assert same_office(folded_words(a), folded_words(b)) is same
