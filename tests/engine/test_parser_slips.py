"""Reports found where the tagger or the parser slips on a long or rare construction:
an infinitive read as finite, a subject hung on the incise verb, a role whose complement
holds « et de »."""

from __future__ import annotations


def test_an_infinitive_the_tagger_reads_as_finite(run):
    text = ("Le maire de Rodez, Jean-Louis Bouviala, s'inquiète. Il a demandé au préfet de "
            "l'Aveyron de diligenter une nouvelle expertise.")
    [q] = run(text)
    assert q.text == "diligenter une nouvelle expertise" and q.cue.lemma == "demander"
    assert q.speaker.name == "Jean-Louis Bouviala"


def test_a_long_statement_before_its_incise_keeps_its_own_subject(run):
    text = ("Quatre randonneurs égarés depuis samedi soir dans le massif du Néouvielle ont été "
            "retrouvés sains et saufs lundi matin, après près de quarante heures de recherches "
            "menées dans le brouillard par les gendarmes du peloton de gendarmerie de haute "
            "montagne (PGHM) de Pierrefitte-Nestalas, a annoncé la préfecture des "
            "Hautes-Pyrénées.")
    [q] = run(text)
    assert q.text.startswith("Quatre randonneurs") and q.text.endswith("Pierrefitte-Nestalas")
    assert q.speaker.name == "préfecture des Hautes-Pyrénées"


def test_one_of_several_as_the_inverted_subject(run):
    text = ("Deux autres musées ont lancé leurs propres vérifications, a indiqué à l'AFP l'un "
            "de leurs conservateurs.")
    [q] = run(text)
    assert q.text == "Deux autres musées ont lancé leurs propres vérifications"
    assert q.speaker.mention.text == "l'un de leurs conservateurs"


def test_a_role_with_a_joined_complement_and_its_acronym_before_the_name(run):
    text = ("Le président du comité régional des pêches maritimes et des élevages marins "
            "(CRPMEM) de Bretagne, Jean-Yves Kerhervé, a appelé à la prudence. Il a rappelé "
            "que la flottille avait « payé un lourd tribut ».")
    quotes = run(text)
    assert [q.speaker.name for q in quotes] == ["Jean-Yves Kerhervé"] * 2
