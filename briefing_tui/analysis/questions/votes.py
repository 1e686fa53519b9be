"""A deciding body set to vote on a measure on a named day: will it adopt the measure?

"The Assembly is scheduled to take it up on Thursday, March 12" (after "The
measure, Senate Bill 214, passed the state Senate") and "the Tarva Assembly
votes on the port bill on March 12" put a decision on a day still to come;
what rides on it is the measure: "Will the Assembly pass Senate Bill 214 on
Thursday, March 12?" (``vote-on-a-day``). A "will vote on the bill" the forecast
rules already ask as it stands. The body is a noun of
``DECIDING_BODIES``; the measure a noun that a body adopts (a bill, a plan, an
offer), or "it" standing for the nearest such noun before; the day a date of
the clause itself. A clause told in the past, negated, or with no date asks
nothing here; a later sentence telling the body's vote settles it
(``settled-later``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES, body_acted_later
from briefing_tui.analysis.questions.sweeps import sweep
from briefing_tui.analysis.sentences import doc_sentences
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: What a body that says yes does to a measure or proposal of each kind (lemmas); the
#: forecast rules read it too ("are considering bills" asks whether they will pass them).
ADOPTING = {
    "bill": "pass",
    "law": "pass",
    "legislation": "pass",
    "measure": "pass",
    "amendment": "pass",
    "ordinance": "pass",
    "budget": "pass",
    "resolution": "pass",
    "motion": "pass",
    "offer": "accept",
    "bid": "accept",
    "proposal": "approve",
    "plan": "approve",
    "deal": "approve",
    "request": "approve",
    "merger": "approve",
    "application": "approve",
    "contract": "approve",
    "nomination": "confirm",
    "treaty": "ratify",
}
#: Verbs that schedule a clause's act ("is scheduled to", "is set to", "is due to").
_SCHEDULING = frozenset({"schedule", "set", "due", "expect", "slate"})
#: Verbs that tell the body's vote as done ("the Assembly passed it on Thursday").
_VOTED = frozenset({"vote", "pass", "approve", "reject", "adopt", "accept", "ratify", "confirm"})
#: Dependents left out of a named measure: asides and clauses.
_ASIDES = frozenset({"appos", "acl", "relcl", "punct", "advcl", "prep"})


def _measure_words(noun: Token) -> str:
    """ "Senate Bill 214" for "The measure, Senate Bill 214,"; else the noun's phrase
    without asides, "the" lower-cased."""
    named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    head = named or noun
    cut = {t.i for c in head.children if c.dep_ in _ASIDES for t in c.subtree}
    text = running_words([t for t in head.subtree if t.i not in cut], all_punct=True)
    return "the" + text[3:] if text.startswith("The ") else text


def _measure(verb: Token) -> Token | None:
    """The measure the body votes on or takes up: an object of "vote on" or "take up",
    or the nearest adoptable noun before for "it"."""
    lemma = verb.lemma_.lower()
    if lemma == "vote":
        objects = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    elif lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return None
    objects = [o for o in objects if o.ent_type_ != "DATE"]  # "on March 12" is the day
    if len(objects) != 1:
        return None
    thing = objects[0]
    if thing.lower_ == "it":
        return _earlier_measure(thing)
    return thing if thing.lemma_.lower() in ADOPTING else None


def _earlier_measure(pronoun: Token) -> Token | None:
    """The nearest adoptable noun in the two sentences before ``pronoun``'s own."""
    doc = pronoun.doc
    start = pronoun.sent.start
    earlier = [s for s in doc_sentences(doc) if s.end <= start][-2:]
    for sent in reversed(earlier):
        for token in reversed(list(sent)):
            if token.pos_ == "NOUN" and token.lemma_.lower() in ADOPTING:
                return token
    return None


def _day(verb: Token) -> str | None:
    """The clause's own date phrase ("on Thursday, March 12"), or None."""
    for child in verb.children:
        if child.dep_ in {"prep", "npadvmod"} and child.i > verb.i:
            words = list(child.subtree)
            if any(t.ent_type_ == "DATE" for t in words) and not any(
                t.lower_ in {"last", "ago", "yesterday"} for t in words
            ):
                return verb.doc[words[0].i : words[-1].i + 1].text.rstrip(",")
    return None


def _still_to_come(verb: Token) -> tuple[Token, Token] | None:
    """The voting verb and its body where the clause looks ahead: "will vote", "is
    scheduled to take up", or a present "votes on March 12"."""
    if is_negated(verb):
        return None
    body_verb = verb
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _SCHEDULING:
        body_verb = verb.head  # "is scheduled to take it up"
        if body_verb.tag_ not in {"VBN", "JJ", "VBZ", "VBP"} or is_negated(body_verb):
            return None
        if any(c.lemma_ == "be" and c.tag_ == "VBD" for c in body_verb.children):
            return None  # "was scheduled to": told in the past
    elif not (
        verb.tag_ in {"VBZ", "VBP"}
        or any(c.dep_ == "aux" and c.lower_ in {"will", "'ll"} for c in verb.children)
    ):
        return None
    body = next((c for c in body_verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if body is None or body.lemma_.lower() not in DECIDING_BODIES:
        return None
    return verb, body


def _unasked(verb: Token) -> bool:
    """Whether the forecast rules leave this vote unasked or asked badly: a present
    "votes on the bill on June 4" (no modal), or "take it up" (a bare "it" for a measure
    named before).
    "Will the House vote on the bill in May?" they ask well already."""
    if not any(c.dep_ == "aux" for c in verb.children) and verb.tag_ in {"VBZ", "VBP"}:
        return True
    measure = _measure(verb)
    return measure is not None and measure.sent.start < verb.sent.start  # "it", named before


def _body_words(body: Token) -> str:
    text = running_words(
        [t for t in body.subtree if t.dep_ not in {"appos", "relcl", "acl"} or t.i < body.i],
        all_punct=True,
    )
    return "the" + text[3:] if text.startswith("The ") else text


def dated_vote(verb: Token) -> tuple[str, Token] | str | None:
    """The question a body's dated vote on a measure asks, with the body; "settled-later"
    where a later sentence tells the body's vote; None where ``verb`` is no such vote."""
    found = _still_to_come(verb)
    if found is None:
        return None
    verb, body = found
    measure = _measure(verb)
    day = _day(verb)
    if measure is None or day is None or not _unasked(verb):
        return None
    if body_acted_later(body, _VOTED):
        return "settled-later"
    adopt = ADOPTING[measure.lemma_.lower()]
    return f"Will {_body_words(body)} {adopt} {_measure_words(measure)} {day}?", body


def find_dated_votes(ctx: RuleContext, doc: Doc) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Dated votes on a measure, and the vetoes that removed others, with their cue word."""

    def build(verb: Token, asked: tuple[str, Token]) -> Candidate:
        text, body = asked
        candidate = ctx.candidate(QuestionKind.PENDING, verb.sent, text, body)
        candidate.family, candidate.cue = "vote", "vote-on-a-day"
        return candidate

    return sweep(doc, {"vote", "take"}, dated_vote, build)
