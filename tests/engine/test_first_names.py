"""First names that tell a gender, and what they change for pronouns."""

from __future__ import annotations

import pytest

from service.engine.first_names import first_name_gender


@pytest.mark.parametrize("name, gender", [
    ("Thomas Reynaud", "Masc"), ("Louise Ancelin", "Fem"), ("Jean-Marie Le Pen", "Masc"),
    ("Marie-Claude Fontaine", "Fem"), ("Anne-Sophie Guillou", "Fem"),
    ("Élodie Ferrand", "Fem"), ("Camille Dubois", None), ("Dominique Martin", None),
    ("Météo-France", None), ("", None),
])
def test_first_name_gender(name, gender):
    assert first_name_gender(name) == gender


def test_elle_does_not_go_to_a_man_named_by_his_first_name(run):
    text = ("Louise Ancelin publie son septième roman. « Un livre magnifique », assure Thomas "
            "Reynaud, libraire à Niort. « Je ne voulais pas d'un marais de carte postale », "
            "insiste-t-elle.")
    assert run(text)[-1].speaker.name == "Louise Ancelin"
