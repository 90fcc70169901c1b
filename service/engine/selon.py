"""Sources named without a reporting verb: ``selon X`` / ``d'après X`` / ``Pour X,``
(X is the source of the clause) and ``X : « ... »`` in headlines."""

from __future__ import annotations

import re

from .attribution import Attribution
from .boundaries import Quotes, clause_start, content_end
from .colons import run_through_elaboration
from .lexicon import MEASURES, PERSON_NOUNS, SIGNS, TITLES, person_like, word_set
from .parse import Sentence, Word
from .quotemarks import INNER_SPACE
from .speakers import apposition_after, may_speak, name_words, source_of
from .types import Cue
from .verbs import capitalized, phrase_head


def _is_selon(words: list[Word], i: int) -> bool:
    w = words[i].text.lower()
    return w == "selon" or (w == "après" and i > 0 and words[i - 1].text.lower() == "d'")


def _object_of(words: list[Word], i: int) -> int | None:
    """The noun ``selon``/``d'après`` governs: its head in the parse, else the first noun
    after it (the parser may hang « d'après » on the verb as an adverb)."""
    if i < words[i].head < len(words):
        return words[i].head
    for j in range(i + 1, min(i + 5, len(words))):
        if words[j].upos in ("NOUN", "PROPN", "PRON"):
            return j
        if words[j].upos not in ("DET", "ADP", "ADJ"):
            return None
    return None


def _apposition_end(words: list[Word], comma: int) -> int | None:
    """The end of a name set off by commas after the source's noun (« Selon la ministre,
    Anne Martin, ... »): it belongs to the source, not to what is reported. The parser
    often makes the name the subject of the clause instead, so the words decide."""
    before = next((i for i, w in enumerate(words) if w.start == comma), 0) - 1
    name = apposition_after(words, before) if before >= 0 else None
    return words[name[-1]].end if name else None


def _past_role(words: list[Word], start: int, named: bool) -> int:
    """Where the clause starts after a role set off by commas after the source's name
    (« Pour Claire Aubert, hydrologue à l'université, cet épisode… », « Pour X, secrétaire
    générale du SNES, premier syndicat du secondaire, "…" », « Selon Me X, qui défend la
    famille, … », « Pour X, président de la station, qui forme les sauveteurs, … »): the
    role describes the source, it is not what the source says. After a source that is
    not ``named``, only a relative clause (« Selon le préfet, qui s'est rendu sur place,
    … »)."""
    role = relative = True
    while True:
        segment = [w for w in words if w.start >= start]
        comma = next((k for k, w in enumerate(segment) if w.text == ","), None)
        if comma and relative and segment[0].text.lower() == "qui":
            start = segment[comma].end  # a relative clause on the source
            role = relative = False
            continue
        if not comma or not named or any(w.upos in ("VERB", "AUX") for w in segment[:comma]):
            return start
        if role:  # the first segment names a role, with no article (« hydrologue »)
            first = next((w for w in segment[:comma] if w.upos != "ADJ"), None)
            if first is None or first.upos == "DET" or not person_like(first.lemma):
                return start
        elif segment[0].upos in ("DET", "PRON"):  # « la réforme, » opens the clause
            return start
        start, role = segment[comma].end, False


#: A relative clause on a source that ends its sentence (« …, selon la préfecture, qui a
#: mis en place une déviation »): it tells what the source did, not what it says.
_RELATIVE_ON_SOURCE = re.compile(r"[" + INNER_SPACE + r"]*,[" + INNER_SPACE + r"]*qui\b")


def selon_attributions(text: str, quotes: Quotes, sentence: Sentence, floor: int,
                       limit: int) -> list[Attribution]:
    """``selon X`` / ``d'après X``: X is the source of the clause the phrase opens, ends
    or interrupts; ``Pour X, ...`` opening a sentence likewise."""
    out = []
    words = sentence.words
    for i, w in enumerate(words):
        if quotes.inside(w.start) is not None:
            continue
        pour = i == 0 and w.text.lower() == "pour"
        if not (_is_selon(words, i) or pour):
            continue
        noun = _object_of(words, i)
        if noun is None or words[noun].upos not in ("NOUN", "PROPN", "PRON") \
                or words[noun].feats.get("PronType") in ("Rel", "Int"):
            continue  # « la position selon laquelle »: no source
        if pour and words[noun].upos == "NOUN" and not person_like(words[noun].lemma):
            continue
        if words[noun].lemma.lower() in MEASURES:
            continue  # « selon le dispositif dit "de régulation préalable" »: no source
        cue_start = words[i - 1].start if w.text.lower() == "après" else w.start
        titled = words[noun].text in TITLES  # « selon Me Le Goff », « Me » read as « me »
        if titled:
            phrase = name_words(words, noun) or [noun]
        else:
            phrase = [noun] if words[noun].upos == "PRON" else sentence.subtree(noun)
        phrase_end = words[phrase[-1]].end
        comma = text.find(",", w.end, phrase_end)
        if comma >= 0:
            phrase_end = _apposition_end(words, comma) or comma
        rest = text[phrase_end : phrase_end + 2].lstrip(INNER_SPACE)
        before = text[floor:cue_start].rstrip(INNER_SPACE)
        opens_clause = not before or before[-1] in ".!?:;" or clause_start(
            text, quotes, floor, cue_start) >= len(before) + floor - 1
        leading = rest.startswith(",") and opens_clause
        middle = quoted = False
        if leading:  # « Selon X, ... » / « Pour X, "..." »
            s = text.index(",", phrase_end) + 1
            # « Pour Claire Aubert, hydrologue, … »
            s = _past_role(words, s, named=words[noun].upos == "PROPN" or titled)
            e = content_end(text, quotes, s, limit, at_comma=False)
        elif (not rest or rest[0] in ".!?…") and (before.endswith(",") or may_speak(
                words[noun]) and not _depending_on(words, i)) \
                or before.endswith(",") and _RELATIVE_ON_SOURCE.match(text, phrase_end):
            e = floor + len(before) - (1 if before.endswith(",") else 0)
            s = clause_start(text, quotes, floor, e)
            k = quotes.ending_at(e)
            if k is not None and (len(text[quotes.regions[k][0] : e].split()) >= 4
                                  or not before.endswith(",")):
                s = quotes.regions[k][0]  # « ... », selon X: the quotation only
                quoted = True
        elif pour:
            continue
        else:
            middle = True
            s = phrase_end
            e = content_end(text, quotes, s, limit, at_comma=False)
        has_verb = any(s <= x.start < e and x.upos in ("VERB", "AUX") for x in words)
        if not (has_verb or quoted) and (middle or len(text[s:e].split()) < 4):
            continue  # what selon scopes over must be a clause, not a name
        cue = Cue(text[cue_start : w.end], "pour" if pour else "selon", cue_start, w.end)
        ours = any(words[c].text.lower() in ("nos", "notre") for c in words[noun].children)
        source = None if ours else source_of(sentence, noun)  # « selon nos informations »
        found = Attribution("selon", s, e, cue, sentence, source, direct_capable=leading)
        if leading or middle:  # « Selon l'experte, une inspection « ne suffit pas » : … »
            run_through_elaboration(text, quotes, found, limit)
        out.append(found)
    return out


#: How far into a sentence the colon may come: after two names (« Emmanuel Macron : »), or
#: after a role or a title (« Réaction de la maire de Paris, Anne Hidalgo : »).
_SHORT_HEADLINE, _HEADLINE_WORDS = 7, 12


#: Things with a name or a wording of their own that a colon may introduce.
_NAMED_THINGS = SIGNS | word_set("slogan titre livre ouvrage roman film chanson album devise "
                                 "pièce spectacle série surnom")


def colon_attributions(text: str, quotes: Quotes, sentence: Sentence) -> list[Attribution]:
    """« Macron : "Nous sommes en guerre" »: a short name or role, a colon, a quotation
    (headlines and captions); no reporting verb, so no cue."""
    words = sentence.words
    colon = next((i for i, w in enumerate(words[:_HEADLINE_WORDS]) if w.text == ":"), None)
    if not colon or any(w.upos in ("VERB", "AUX") for w in words[:colon]) or any(
            w.lemma.lower() in _NAMED_THINGS for w in words[:colon]):
        return []  # « Le slogan des manifestants : "…" »: what it names, not a statement
    after = words[colon + 1].start if colon + 1 < len(words) else _next_char(
        quotes.text, words[colon].end)  # the tokenizer may end the sentence at the colon
    k = quotes.starting_at(after) if after is not None else None
    names = [w for w in words[:colon] if capitalized(w) and w.text not in TITLES]
    person = any(w.lemma.lower() in PERSON_NOUNS or w.text in TITLES for w in words[:colon])
    # « Coronavirus : "..." » names a topic; « Lille, Roubaix et Tourcoing : » places
    if k is None or not (person or len(names) >= 2 and colon < _SHORT_HEADLINE):
        return []
    run = list(range(colon))
    comma = next((i for i in run if words[i].text == ","), None)
    if comma is not None and not any(capitalized(words[i]) for i in run[comma + 1 :]):
        run = run[:comma]  # « Réponse de la ministre, en fin de soirée : »: no name after
    head = phrase_head(words, run)
    first = next((i for i in run if words[i].upos != "DET"), head)
    if "," not in (words[i].text for i in run) and not may_speak(words[first]) \
            and head != first:  # « Réponse de la ministre : », not « Réaction du maire, X : »
        run = [i for i in sentence.subtree(head) if i in run and words[i].rel != "case"]
    lo, hi = quotes.regions[k]
    return [Attribution("headline", lo, hi, None, sentence, head, True, run)]


#: Verbs after which selon means « depending on » (« les prix varient selon les
#: compagnies »), and words after it that make a title (« la Passion selon saint Matthieu »).
_VARY = ("vari", "diffère", "différ", "dépend", "chang", "fluctu", "évolu", "oscill",
         "échelonn", "modul", "adapt")  # by form: the lemmatizer reads « varient » as vaire
_TITLE_SAINTS = frozenset({"saint", "sainte"})


def _depending_on(words: list[Word], i: int) -> bool:
    """Whether selon at word ``i`` means « depending on » (« varient selon les
    entreprises », not « pourrait évoluer selon la préfecture du Var ») or is part of a
    title."""
    if i + 1 < len(words) and words[i + 1].text.lower() in _TITLE_SAINTS:
        return True
    noun = words[i].head
    named = noun >= 0 and (words[noun].upos == "PROPN" or any(
        words[c].rel in ("nmod", "flat", "appos") for c in words[noun].children))
    if named and words[noun].feats.get("Number") != "Plur":
        return False
    governor = noun
    while governor >= 0 and words[governor].upos not in ("VERB", "AUX"):
        governor = words[governor].head
    return governor >= 0 and words[governor].text.lower().startswith(_VARY)


def _next_char(text: str, at: int) -> int | None:
    """Where the text goes on after ``at``, past spaces (not past a line break)."""
    while at < len(text) and text[at] in INNER_SPACE:
        at += 1
    return at if at < len(text) and text[at] not in "\r\n" else None
