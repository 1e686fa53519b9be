"""Mutual blame: each side says the other did one act ("broke the truce").

"The Kessian army said Varnan units broke the truce" ... "the Varna Front said Kessian
forces broke the truce first": two claims by speakers on different sides
(``replies.claim_sides``), each telling the same act (one verb, not a light one; one
object noun with no modifiers that set the two apart) as done, by a doer named like the
*other* side, asked as

    Which side broke the truce?

Named vetoes (``--explain`` shows them):

- ``blame-doers``: the two doers are not set apart, or neither is named like the other
  side ("police arrested the protesters" / "soldiers arrested the protesters" may both
  hold);
- ``blame-vague``: the act's object points back into the article ("broke it", "their
  agreement");
- ``blame-settled``: the narrator, outside every claim, tells who did the act;
- ``blame-unphrasable``: the article gives no simple past of the verb to ask it with.

An act told with a modal, an "if", or negated is no act told.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import char_span, lemma_positions
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.disputes import Dispute, claim_pair_dispute, same_source
from briefing_tui.analysis.questions.replies import claim_sides, side_stems
from briefing_tui.analysis.questions.rival_frames import told_as_so

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.model import Claim

#: The cue ``--explain`` shows for a pair of rival doers.
MUTUAL_BLAME = "mutual blame"
#: Words of an object phrase that point back into the article: no standalone question.
_POINTING = frozenset(
    {"it", "them", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
)
#: Dependents of an object left out of the question (a clause or an aside about it).
_ASIDES = frozenset({"relcl", "appos", "acl", "punct"})
#: Modifiers that set two objects of one noun apart ("the March truce").
_SETTING_APART = frozenset({"amod", "compound", "nmod", "poss", "nummod"})


@dataclass(frozen=True)
class ToldAct:
    """One act a clause tells as done: its verb, its doer, its object."""

    verb: Token
    doer: Token
    thing: Token


def told_acts(span: Span) -> list[ToldAct]:
    """Acts a span tells as done by a named doer on a noun object ("Kessian forces broke
    the truce"), with full verbs only."""
    found = []
    light = lemma_set("light_verbs")
    for verb in span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in light or not told_as_so(verb):
            continue
        if any(c.dep_ == "auxpass" for c in verb.children):
            continue
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if doer is None or thing is None or doer.pos_ == "PRON" or thing.pos_ != "NOUN":
            continue
        found.append(ToldAct(verb, doer, thing))
    return found


def _same_act(one: ToldAct, other: ToldAct) -> bool:
    if one.verb.lemma_.lower() != other.verb.lemma_.lower():
        return False
    if one.thing.lemma_.lower() != other.thing.lemma_.lower():
        return False
    mods = [
        frozenset(c.lower_ for c in t.children if c.dep_ in _SETTING_APART)
        for t in (one.thing, other.thing)
    ]
    return not (mods[0] and mods[1] and mods[0] != mods[1])


def _past(one: ToldAct, other: ToldAct) -> str | None:
    """The simple past of the act's verb as the article writes it ("broke"), or None."""
    for act in (one, other):
        if act.verb.tag_ == "VBD":
            return act.verb.lower_
    doc = one.verb.doc
    lemma = one.verb.lemma_.lower()
    for i in lemma_positions(doc, {lemma}):
        if doc[i].tag_ == "VBD" and doc[i].text.islower():
            return doc[i].text
    participle = one.verb.lower_
    if participle in {lemma + "ed", lemma + "d"}:
        return participle
    return None


def _object_words(thing: Token) -> str | None:
    cut = {t.i for c in thing.children if c.dep_ in _ASIDES for t in c.subtree}
    tokens = [t for t in thing.subtree if t.i not in cut]
    if any(t.lower_ in _POINTING for t in tokens):
        return None
    words = " ".join(t.text for t in tokens)
    if tokens and tokens[0].lower_ == "the":
        words = "the" + words[3:]
    return words


def _settled(doc: Doc, act: ToldAct, claims: list[Claim]) -> bool:
    """Whether the narrator, outside every claim, tells the act as done by someone."""
    told_in_claims = [(c.content.start, c.content.end) for c in claims]
    for sentence in doc.sents:
        for told in told_acts(sentence):
            if not _same_act(told, act):
                continue
            if not any(start <= told.verb.idx < end for start, end in told_in_claims):
                return True
    return False


def _veto(doc: Doc, pair: tuple[ToldAct, ToldAct], sides: tuple[set[str], set[str]]) -> str | None:
    one, other = pair
    doers = side_stems(list(one.doer.subtree)), side_stems(list(other.doer.subtree))
    if doers[0] & doers[1] or doers[0] & sides[0] or doers[1] & sides[1]:
        return "blame-doers"  # one doer, or a side telling its own act
    if not (doers[0] & sides[1] or doers[1] & sides[0]):
        return "blame-doers"  # neither doer is named like the other side
    return None


def mutual_blame(doc: Doc, claims: list[Claim]) -> list[Dispute]:
    """Disputes from pairs of claims by speakers on different sides that each tell one
    act as done by the other side, and the pairs a named veto keeps unasked."""
    telling: list[tuple[Claim, list[ToldAct]]] = []
    for claim in claims:
        content = char_span(doc, claim.content.start, claim.content.end) if claim.source else None
        acts = told_acts(content) if content is not None else []
        if acts:
            telling.append((claim, acts))
    found: list[Dispute] = []
    for i, (first, first_acts) in enumerate(telling):
        for second, second_acts in telling[i + 1 :]:
            if first.source == second.source or same_source(doc, first, second):
                continue
            pair = next(((a, b) for a in first_acts for b in second_acts if _same_act(a, b)), None)
            if pair is None:
                continue
            sides = claim_sides(doc, first, claims), claim_sides(doc, second, claims)
            if sides[0] & sides[1]:
                continue  # one side's two voices
            veto = _veto(doc, pair, sides)
            thing = _object_words(pair[0].thing)
            past = _past(*pair)
            if veto is None and thing is None:
                veto = "blame-vague"
            if veto is None and past is None:
                veto = "blame-unphrasable"
            if veto is None and _settled(doc, pair[0], claims):
                veto = "blame-settled"
            text = f"Which side {past} {thing}?" if thing and past else None
            found.append(
                claim_pair_dispute(
                    (first, second), (pair[0].verb, pair[1].verb), text, MUTUAL_BLAME, veto
                )
            )
    return found
