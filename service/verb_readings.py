"""Reporting verbs the tagger reads as nouns or adjectives, retagged before the parser.

« juge », « critique », « nuance », « alerte » and « pointe » are nouns and adjectives as
often as verbs, and the tagger, which saw few news reports, reads « Le sondeur juge
toutefois le second tour… », « Elle juge toutefois « peu probable » une annulation » or
« L'ONG critique « un recul » » as a noun or an adjective; the parser then hangs the
report on the speaker as a complement, and the engine finds no reporting verb. A noun or
adjective reading is impossible where the word follows a subject pronoun (« elle juge ») or
the negation « ne », or follows a noun phrase or « et », « mais », with no article of its
own, and opens what only a verb takes there: « que », a quote mark, a colon before one
(« X, formateur à Rennes, nuance : “…” »), an article or an adverb (« juge toutefois »,
« L'avocate de la famille pointe aussi la lenteur »; « X, juge d'instruction », « aux
heures de pointe » and « la situation critique cette semaine » stay nouns and an
adjective), and for « alerte », « sur » (« La sage-femme alerte sur le risque »).
"""

from __future__ import annotations

from stanza import Document
from stanza.models.common.doc import Word

#: Third-person singular forms of reporting verbs that are also nouns or adjectives.
AMBIGUOUS_FORMS = frozenset({"juge", "critique", "nuance", "alerte", "pointe"})
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "on"})
_VERB_FEATURES = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
_OPENING_MARKS = frozenset({"«", "“", '"'})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_CONJUNCTIONS = frozenset({"et", "mais"})
#: The negation that only a verb follows (« ne pointe pas »).
_NEGATION = frozenset({"ne", "n'", "n’"})
#: Ambiguous forms that are adjectives too (« une situation critique »).
_ADJECTIVES = frozenset({"critique"})
#: Forms whose verb alone takes « sur » after a noun (« La sage-femme alerte sur le
#: risque »).
_ABOUT_VERBS = frozenset({"alerte"})


def _after_noun_phrase(words: list[Word], i: int) -> bool:
    """Whether word ``i`` follows the last word of a noun phrase: a noun, a name, an
    adjective after one, a closing bracket, or the comma after an apposition (« Claire
    Fabrègues, hydrologue à l'université, juge »); or a conjunction that joins it to a
    verb before (« n'exclut pas un vol, mais juge plus probable que »)."""
    before = words[i - 1]
    if before.upos in _NOMINAL or before.text in (")", ",") \
            or before.text.lower() in _CONJUNCTIONS:
        return True
    return before.upos == "ADJ" and i >= 2 and words[i - 2].upos in _NOMINAL


def _opens_a_complement(words: list[Word], i: int) -> bool:
    """Whether the word after ``i`` is one only a verb takes there: « que », a quote
    mark or a colon before one, « sur » after « alerte »; an article, or an adverb but not
    after a comma (« X, juge » is also an apposition), unless the word is read as an
    adjective that it may be (« la situation critique cette semaine »)."""
    if i + 1 >= len(words):
        return False
    after = words[i + 1]
    if after.text.lower() in ("que", "qu'", "qu’") or after.text in _OPENING_MARKS:
        return True
    if after.text.lower() == "sur" and words[i].text.lower() in _ABOUT_VERBS:
        return True
    if after.text == ":" and i + 2 < len(words) and words[i + 2].text in _OPENING_MARKS:
        return True
    if words[i].upos == "ADJ" and words[i].text.lower() in _ADJECTIVES:
        return False
    return after.upos == "DET" or after.upos == "ADV" and words[i - 1].text != ","


def reads_as_verb(words: list[Word], i: int) -> bool:
    """Whether word ``i``, tagged a noun or an adjective, is the reporting verb."""
    word = words[i]
    if word.text.lower() not in AMBIGUOUS_FORMS or word.upos not in ("NOUN", "ADJ") or i == 0:
        return False
    before = words[i - 1].text.lower()
    pronoun = before in _SUBJECT_PRONOUNS and words[i - 1].upos == "PRON"
    return pronoun or before in _NEGATION \
        or _after_noun_phrase(words, i) and _opens_a_complement(words, i)


def retag_reporting_verbs(document: Document) -> Document:
    """``document`` (tagged, not yet parsed) with each misread reporting verb tagged as a
    finite verb, in place."""
    for sentence in document.sentences:
        words = sentence.words
        for i, word in enumerate(words):
            if reads_as_verb(words, i):
                word.upos = "VERB"
                word.feats = _VERB_FEATURES
    return document
