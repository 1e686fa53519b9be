"""Plans and hopes that no cue word of the lexicons marks, read from the parse.

* ``be-to``: "the first vote is to be held in May" schedules an event:
  "Will the first vote be held in May?";
* ``expressed-hope``: "the director expressed interest in further donations"
  hopes for one: "Will there be further donations?";
* ``stated-goal``: "its goal is to cut the backlog": will its owner cut it?;
* ``considering-by``: "they are looking at new rules by the end of the year":
  a pending decision, "Will the agency decide on new rules by the end of the year?".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.questions.bodies import ASKING, NEEDING, asked_for, needed_approval
from briefing_tui.analysis.questions.phrasing import statement
from briefing_tui.analysis.questions.pronouns import antecedent, short_phrase
from briefing_tui.analysis.questions.rules import Candidate, RuleContext, phrase
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.syntax import clause_subject
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Verbs with which someone voices a hope ("expressed interest in", "voiced hope for").
_VOICING = frozenset({"express", "voice", "signal", "state"})
#: Nouns for a hope ("interest in", "hope for").
_HOPES = frozenset({"interest", "hope", "desire", "wish"})


def _be_to(ctx: RuleContext, be: Token) -> Candidate | None:
    """ "X is to be held on Monday": will it be?"""
    if be.lemma_ != "be" or be.tag_ not in {"VBZ", "VBP"} or is_negated(be):
        return None
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    event = next((c for c in be.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if subject is None or event is None or subject.pos_ == "PRON":
        return None
    to = [c.i for c in event.children if c.dep_ == "aux" and c.lower_ == "to"]
    passive = any(c.dep_ == "auxpass" for c in event.children)
    if not to or not passive:  # "the aim is to win" states a goal, not an event
        return None
    text = phrase(ctx, event, subject=subject, asked_aux="will", drop=to)
    return ctx.candidate(QuestionKind.EXPECTATION, be.sent, text, subject)


def _expressed_hope(ctx: RuleContext, verb: Token) -> Candidate | None:
    """ "expressed interest in further donations": will there be any?"""
    if verb.lemma_.lower() not in _VOICING or is_negated(verb):
        return None
    hope = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if hope is None or hope.lemma_.lower() not in _HOPES:
        return None
    prep = next((c for c in hope.children if c.dep_ == "prep" and c.lower_ in {"in", "for"}), None)
    thing = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    if thing is None or thing.pos_ != "NOUN" or thing.ent_type_ == "PERSON":
        return None
    words = statement(thing.subtree)[9:-1]
    words = words[:1].lower() + words[1:] if thing.left_edge.pos_ in {"DET", "ADJ"} else words
    text = f"Will there be {words}?"
    return ctx.candidate(QuestionKind.EXPECTATION, verb.sent, text, clause_subject(verb))


#: Nouns for what someone sets out to do ("its goal is to cut the backlog").
_GOALS = frozenset({"goal", "aim", "target", "objective", "ambition", "mission"})


def _stated_goal(ctx: RuleContext, be: Token) -> Candidate | None:
    """ "Its goal is to cut users to one percent": will it?"""
    if be.lemma_ != "be" or be.tag_ not in {"VBZ", "VBP"} or is_negated(be):
        return None
    goal = next((c for c in be.children if c.dep_ == "nsubj"), None)
    action = next(
        (c for c in be.children if c.dep_ in {"xcomp", "attr"} and c.pos_ == "VERB"), None
    )
    if goal is None or action is None or goal.lemma_.lower() not in _GOALS:
        return None
    owner = next((c for c in goal.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    to = [c.i for c in action.children if c.dep_ == "aux" and c.lower_ == "to"]
    if not to:
        return None
    doer = owner.lower_
    if owner.pos_ == "PRON":
        named = antecedent("it" if doer == "its" else "they", be.sent, owner.i, back=1)
        if named is None:
            return None
        doer = short_phrase(named)
    else:
        doer = statement(owner.subtree)[9:-1].removesuffix(" 's").removesuffix("'s")
    rest = statement(t for t in action.subtree if t.i > action.i)[9:-1]
    text = f"Will {doer} {action.lemma_} {rest}".rstrip() + "?"
    return ctx.candidate(QuestionKind.EXPECTATION, be.sent, text, owner)


#: Verbs with a preposition that mean "consider" when ongoing ("are looking at X").
_CONSIDERING = frozenset({("look", "at"), ("look", "into"), ("work", "on")})


def _considering_by(ctx: RuleContext, verb: Token) -> Candidate | None:
    """ "they are looking at new rules by the end of the year": will they decide on them?"""
    ongoing = verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in verb.children)
    if not ongoing or is_negated(verb):
        return None
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    topic = next((preps[p] for v, p in _CONSIDERING if v == verb.lemma_ and p in preps), None)
    deadline = preps.get("by")
    thing = next((g for g in topic.children if g.dep_ == "pobj"), None) if topic else None
    when = next((g for g in deadline.children if g.dep_ == "pobj"), None) if deadline else None
    if thing is None or when is None or when.ent_type_ != "DATE":
        return None
    subject = clause_subject(verb)
    if subject is None:
        return None
    who = subject
    if subject.pos_ == "PRON":
        named = antecedent(subject.lower_, verb.sent, subject.i)
        if named is None:
            return None
        who = named
    doer = short_phrase(who) if who is not subject else statement(subject.subtree)[9:-1]
    if who.left_edge.pos_ != "PROPN":
        doer = doer[:1].lower() + doer[1:]
    what = statement(thing.subtree)[9:-1]
    by = statement(deadline.subtree)[9:-1]
    text = f"Will {doer} decide on {what[:1].lower()}{what[1:]} {by[:1].lower()}{by[1:]}?"
    return ctx.candidate(QuestionKind.PENDING, verb.sent, text, who)


def _asked_for(ctx: RuleContext, verb: Token) -> Candidate | None:
    """ "asked the court for a stay": will the court grant it?"""
    text = asked_for(verb)
    if text is None:
        return None
    body = next(c for c in verb.children if c.dep_ in {"dobj", "dative"})
    return ctx.candidate(QuestionKind.PENDING, verb.sent, text, body)


def _needs_approval(ctx: RuleContext, verb: Token) -> Candidate | None:
    """ "the merger still needs approval from the regulator": will the regulator approve it?"""
    text = needed_approval(verb)
    if text is None:
        return None
    return ctx.candidate(QuestionKind.PENDING, verb.sent, text, clause_subject(verb))


#: The lemmas (lower case) the rules below start from: only these tokens are read.
_PLAN_LEMMAS = frozenset(
    {"be", *_VOICING, *(verb for verb, _prep in _CONSIDERING), *ASKING, *NEEDING}
)


def find_plans(ctx: RuleContext, doc: Doc) -> list[Candidate]:
    """Expectations from "is to be" plans and from hopes someone voices."""
    found: list[Candidate] = []
    lemmas = doc_words(doc).lemmas
    for token in (doc[i] for i, lemma in enumerate(lemmas) if lemma in _PLAN_LEMMAS):
        rules = (
            (_be_to, "is to be"),
            (_expressed_hope, "expressed hope"),
            (_stated_goal, "goal"),
            (_considering_by, "considering by"),
            (_asked_for, "asked for"),
            (_needs_approval, "needs approval"),
        )
        for rule, cue in rules:
            candidate = rule(ctx, token)
            if candidate is not None:
                scheduled = candidate.kind == QuestionKind.PENDING
                candidate.family, candidate.cue = "scheduled" if scheduled else "forecast", cue
                found.append(candidate)
    return found
