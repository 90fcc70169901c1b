"""Quotations after a colon: which reporting verb a colon hands its quotation to (« a
déclaré : « … » », also across a paragraph break), when a quotation after a colon that
closes reported content is a statement of its own, and when what follows a colon after
a quotation is still the speaker's."""

from __future__ import annotations

import re

from .attribution import Attribution
from .boundaries import CLOSE_MARKS, Quotes, content_end, ends_sentence
from .lexicon import reporting_lemma, word_set
from .parse import Sentence, Word
from .quotemarks import INNER_SPACE
from .types import Cue

#: Up to a colon after the verb's subject and complements (« a déclaré jeudi à l'AFP : »).
_TO_COLON = re.compile(r"[^.!?«»\"“”:]{0,100}:[" + INNER_SPACE + r"]*")
_BREAK_OR_SPACE = frozenset(INNER_SPACE + "\r\n")
#: Nouns of a reaction whose words a quotation after a colon gives (« la colère de X : »).
_REACTION_NOUNS = word_set("colère réaction indignation")
#: Nouns of a message whose words a quotation after a colon may give (« un SMS : « … » »).
_MESSAGE_NOUNS = word_set("sms cri slogan titre banderole tweet lettre courrier")


def quote_after(text: str, quotes: Quotes, cue: Cue, sentence: Sentence) -> tuple[int, int] | None:
    """``a déclaré : «A»`` or ``a-t-il dit «A»``: a quote opening right after the cue
    (after its subject and complements when a colon follows them)."""
    limit = min(sentence.end + 2, len(text))
    m = _TO_COLON.match(text, cue.end, limit)
    at = m.end() if m else cue.end
    crossed = False
    while m and at < len(text) and text[at] in _BREAK_OR_SPACE:
        crossed = crossed or text[at] in "\r\n"
        at += 1  # « a déclaré :¶« … » »: the quotation may open the next paragraph
    if not m:
        while at < limit and text[at] in INNER_SPACE:
            at += 1
    k = quotes.starting_at(at)
    if k is None:
        return None
    if m and any(cue.end <= w.start < m.start() + len(m.group(0).rstrip(INNER_SPACE))
                 and (w.lemma.lower() in _REACTION_NOUNS or _reports_for_another(sentence, w)
                      or _reports_in_turn(w))
                 for w in sentence.words):
        return None  # « , dont les habitants témoignent : », « , avant d'ajouter : »
    lo, hi = quotes.regions[k]
    rest = text[hi + 1 : hi + 3].lstrip(INNER_SPACE)
    if crossed and rest and rest[0] not in "\r\n":
        return None  # « :¶« … », a déclaré son adjoint »: the next paragraph has its own source
    words = text[quotes.spans[k].start : quotes.spans[k].end].split()
    if not m and (len(words) < 4 or not ends_sentence(text, hi + 1) or words[0].islower()):
        return None  # a short or lowercase quotation right after the verb is woven, not direct
    return lo, hi


def _reports_for_another(sentence: Sentence, w: Word) -> bool:
    """A reporting verb with a subject or an agent of its own (« dont les habitants
    témoignent », « critiqué par l'opposition »): a quotation after a colon that follows
    is that source's words."""
    return w.upos == "VERB" and reporting_lemma(w.lemma, w.text) is not None and any(
        sentence.words[c].deprel in ("nsubj", "obl:agent") for c in w.children)


def _reports_in_turn(w: Word) -> bool:
    """A reporting verb nearer the colon that introduces the quotation itself (« s'est
    excusé, avant d'ajouter : »); not a participle naming a document (« dans un
    communiqué publié mardi : »)."""
    return w.upos == "VERB" and reporting_lemma(w.lemma, w.text) is not None \
        and w.rel != "acl"


def _names_another_source(sentence: Sentence, w: Word) -> bool:
    """Within reported content, a reporting verb of another source or a message noun (« le
    suspect avait lancé », « un SMS »): a quotation after a colon gives its words."""
    return w.lemma.lower() in _MESSAGE_NOUNS or _reports_for_another(sentence, w)


def colon_quotation(text: str, quotes: Quotes, a: Attribution) -> Attribution | None:
    """« a assuré n'avoir « pensé à rien » au moment de frapper : « J'ai regardé les
    poteaux. » »: a quotation after a colon that closes reported content is a statement
    of its own. Ends ``a`` at the colon and gives the quotation as a second item."""
    for colon in range(a.start, a.end):
        if text[colon] != ":" or quotes.inside(colon) is not None:
            continue
        if any(a.start <= w.start < colon and _names_another_source(a.sentence, w)
               for w in a.sentence.words):
            return None  # « a indiqué que le suspect avait lancé : « … » »: his words
        at = colon + 1
        while at < a.end and text[at] in INNER_SPACE:
            at += 1
        k = quotes.starting_at(at)
        if k is None or not text[a.start : colon].strip(INNER_SPACE):
            continue
        lo, hi = quotes.regions[k]
        if text[hi + 1 : a.end].strip(INNER_SPACE + ".") \
                or not text[lo + 1 : hi].lstrip(INNER_SPACE)[:1].isupper():
            return None
        a.end = colon
        return Attribution("colon", lo, hi, a.cue, a.sentence, a.speaker, True,
                           a.speaker_words)
    return None


_COLON = re.compile(r"[" + INNER_SPACE + r"]*:[" + INNER_SPACE + r"]*")


def run_through_elaboration(text: str, quotes: Quotes, a: Attribution, limit: int) -> None:
    """« faisait face à « un effet ciseaux brutal » : flambée des coûts, baisse des
    dotations », « une inspection « ne suffit pas » : il faut des techniques « coûteuses » »:
    a list or a noun phrase after a colon that closes a quotation, or words that quote the
    speaker again, spell out what was said, and ``a`` runs on through them; a clause there
    (« : la bactérie n'a été testée que… ») is the narrator's, a quotation right after the
    colon a statement of its own."""
    colon = _COLON.match(text, a.end)
    if colon is None or not text[: a.end].rstrip(INNER_SPACE).endswith(tuple(CLOSE_MARKS)) \
            or quotes.starting_at(colon.end()) is not None:
        return
    end = content_end(text, quotes, colon.end(), limit, at_comma=False)
    after = [w for w in a.sentence.words if colon.end() <= w.start < end]
    quoted_again = any(colon.end() <= lo < end for lo, _ in quotes.regions)
    clause = any(w.upos in ("VERB", "AUX") and w.feats.get("VerbForm") == "Fin" for w in after)
    if after and (quoted_again or not clause):
        a.end = end
