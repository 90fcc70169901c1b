"""Quote-mark scanning (§1) on French press sentences; no parse needed."""

from __future__ import annotations

from service.engine.quotemarks import scan_quotes


def contents(text: str) -> list[str]:
    spans = scan_quotes(text)
    for s in spans:
        assert text[s.start : s.end] == text[s.start : s.end].strip()
    return [text[s.start : s.end] for s in spans]


def test_guillemets_with_nbsp_and_narrow_nbsp_are_trimmed():
    text = ("«\u00a0Nous ne céderons pas\u00a0», a déclaré la ministre. "
            "«\u202fC'est un scandale\u202f», a-t-elle ajouté.")
    assert contents(text) == ["Nous ne céderons pas", "C'est un scandale"]


def test_curly_german_and_single_angle_marks():
    text = "Il a parlé de “réforme”, de „mesures“ et de ‹ rigueur ›."
    assert contents(text) == ["réforme", "mesures", "rigueur"]


def test_straight_quotes_pair_and_apostrophes_are_not_marks():
    text = ("L'Iran a promis de \"venger\" sa mort, a dit l'émissaire. "
            "\"C'est l'heure d'agir\", a-t-il lancé.")
    assert contents(text) == ["venger", "C'est l'heure d'agir"]


def test_nested_quotes_report_the_outer_span_only():
    text = "« Il m'a dit “jamais”, puis « peut-être » », raconte-t-elle."
    assert contents(text) == ["Il m'a dit “jamais”, puis « peut-être »"]


def test_quote_over_several_paragraphs():
    text = ("Le ministre a déclaré : « Nous allons agir vite.\n\n"
            "« Les moyens sont là.\n"
            "« Rien ne nous arrêtera », a-t-il conclu.\n"
            "Le débat continue.")
    spans = scan_quotes(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Nous allons agir vite.", "Les moyens sont là.", "Rien ne nous arrêtera"]
    assert [(s.continues, s.continued) for s in spans] == [
        (True, False), (True, True), (False, True)]


def test_unbalanced_marks_stay_within_their_paragraph():
    text = ("Le maire a parlé d'un « dossier compliqué.\n"
            "Il a ensuite « salué » les bénévoles. »\n"
            "\"Fin")
    assert contents(text) == ["salué"]


def test_interrupted_quote_gives_two_spans():
    text = "« Nous sommes prêts », a-t-il ajouté, « à reprendre le travail »."
    assert contents(text) == ["Nous sommes prêts", "à reprendre le travail"]


def test_offsets_survive_emoji_crlf_and_combining_accents():
    text = "Cafe\u0301 😀\r\n« Voilà\u00a0😀 », dit-il.\r\n"
    spans = scan_quotes(text)
    assert [text[s.start : s.end] for s in spans] == ["Voilà\u00a0😀"]
    assert text[spans[0].open] == "«" and text[spans[0].close] == "»"


def test_degenerate_inputs_do_not_crash():
    for text in ["", "«", "»", "\"", "« »", "\n\n«\n»", "“”„", "a\u00a0«\u00a0»" * 50]:
        assert contents(text) == []

