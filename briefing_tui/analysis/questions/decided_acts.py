"""A decision still to come on whether to act: will the one who decides take that step?

"The prosecutors' office, which will decide whether to bring charges against the
crew", "the minister said the agency would decide by Friday whether to close the
mine", "the party is due to decide how to vote": the open matter is the act weighed,
not the deciding, and the article names it in the "whether to" (or "how to") clause.
So it is asked as the act of the one who decides: "Will the Selo Prosecution Office
bring charges against the crew?", "How will the Farmers' Party vote?". The decision
must be told as still to come (``decisions_due.told_ahead``: "will", a reported
"would", "is due / expected to"); the one who decides is a named actor, a body or a
person (the subject, or the noun a relative "which" hangs on).

Named vetoes, each with the sentence it was written from:

- ``unnamed-decider``: "Officials will decide whether to close the mine": no named
  actor decides.
- ``unnamed-matter``: "The Selo Commission will decide next week whether to hold
  one": the act leans on a word that needs the article ("one", "it", "her").
- ``settled-later``: "The agency will decide whether to close the mine. ... On
  Friday it closed the mine.": a later sentence tells the act done or decided.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.questions.agenda_words import as_written, own_name
from briefing_tui.analysis.questions.decisions_due import body_name, decider, told_ahead
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES
from briefing_tui.analysis.questions.sweeps import pending_in_sentence, sweep

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Verbs of a choice still to make whose matter is an act ("decide whether to sue").
DECIDING = frozenset({"decide"})
#: Words that open the act weighed: "whether to", "how to".
_OPENERS = {"whether": "Will", "how": "How will"}
#: Dependants of the act left out of the question: asides, conditions, clauses.
_CUT = frozenset({"advcl", "appos", "relcl", "acl", "parataxis", "punct", "cc", "conj"})
#: Words an act may not lean on: they need the article to be understood.
_NEEDS_ARTICLE = frozenset({"one", "it", "this", "that", "these", "those", "them", "such"})
#: Nouns of a sitting told as deciding for the body it sits at ("a hearing at the court").
_SITTINGS = frozenset({"hearing", "session", "meeting", "sitting"})
#: Nouns of a gathering at which a decision is taken ("at a meeting of its group").
_GATHERINGS = _SITTINGS | {"conference", "congress", "caucus", "summit", "convention"}
#: Prepositions naming the body a sitting is of: "at the court", "of the council".
_SEAT_PREPS = frozenset({"at", "of"})
#: Longest act, in words, a question carries.
_ACT_WORDS = 14


def weighed_act(verb: Token) -> tuple[Token, str] | None:
    """The act a deciding verb weighs, with the question's opening: ("bring", "Will") for
    "decide whether to bring charges", ("vote", "How will") for "decide how to vote"."""
    for child in verb.children:
        if child.dep_ not in {"xcomp", "ccomp"} or child.tag_ != "VB":
            continue
        if not any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            continue
        opener = next((g.lower_ for g in child.children if g.lower_ in _OPENERS), None)
        if opener is not None and not any(g.dep_ == "conj" for g in child.children):
            return child, _OPENERS[opener]
    return None


def _act_words(act: Token) -> list[Token] | None:
    """The act's own words, without the opener, "to" and asides; None where one needs
    the article or the act is too long to ask."""
    cut = {t.i for c in act.children if c.dep_ in _CUT for t in c.subtree}
    cut |= {t.i for t in act.subtree if t.dep_ == "appos" for t in t.subtree}
    cut |= {c.i for c in act.children if c.lower_ in _OPENERS or c.dep_ == "aux"}
    cut |= {t.i for c in act.children if _venue(c) for t in c.subtree}
    words = [t for t in act.subtree if t.i not in cut]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    if len(words) > _ACT_WORDS:
        return None
    if any(t.lower_ in _NEEDS_ARTICLE or t.tag_ in {"PRP", "PRP$"} for t in words):
        return None
    return words


def _seat_of(ctx: RuleContext, subject: Token) -> Token:
    """Who decides where the subject is a sitting or a misparsed relative's noun: "a hearing
    at the Selo district court" is the court's; "its report to the Selo Prosecution Office,
    which will decide" is the office's (the name just before ", which")."""
    if subject.lemma_.lower() in _SITTINGS:
        for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in _SEAT_PREPS):
            seat = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if seat is not None and (
                ctx.actor_of(seat) is not None or seat.lemma_.lower() in body_heads()
            ):
                return seat
    relative = subject.doc[subject.i + 1 :]
    which = next((t for t in relative if t.tag_ == "WDT" and t.head.head.i == subject.i), None)
    if which is None or ctx.actor_at.get(subject.i) is not None or which.i < 2:
        return subject
    before = subject.doc[which.i - 2]
    if before.text == ")" and which.i >= 3:
        before = subject.doc[which.i - 3]
    if subject.doc[which.i - 1].text != "," or before.i not in ctx.actor_at:
        return subject
    return before


def decider_name(ctx: RuleContext, subject: Token) -> str | None:
    """The decider's name: a body's or a person's; a bare "the party" or "the committee" as
    written, left to the naming step to name or hold back as vague."""
    name = body_name(ctx, subject)
    if name is None and ctx.actor_at.get(subject.i) in ctx.people:
        name = ctx.name_of(subject)
    if name is not None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in body_heads():
        return name
    before = [c for c in subject.children if c.i < subject.i]
    if [c.lower_ for c in before] == ["the"] and len(list(subject.children)) == 1:
        return f"the {subject.lower_}"  # "the party": named, or held back, by the naming step
    if before and before[0].lower_ == "the" and any(c.pos_ == "PROPN" for c in before):
        return own_name(subject)  # "the Selo district court"
    return None


@cache
def body_heads() -> frozenset[str]:
    """Head nouns of a body that decides ("party", "committee", "government")."""
    return DECIDING_BODIES | data_files.words("actors/org_heads.txt")


def _venue(prep: Token) -> bool:
    """Whether ``prep`` tells where or when the decision is taken, not the act: "at a
    meeting of its group", "on Monday"."""
    if prep.dep_ != "prep" or prep.lower_ not in {"at", "on", "during"}:
        return False
    place = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return place is not None and (place.lemma_.lower() in _GATHERINGS or place.ent_type_ == "DATE")


def _done_later(act: Token, verb: Token) -> bool:
    """Whether a later sentence tells the act done or the decision taken ("it closed the
    mine", "the agency decided")."""
    lemmas = {act.lemma_.lower(), verb.lemma_.lower()}
    later = verb.doc[verb.sent.end :]
    return any(t.lemma_.lower() in lemmas and t.tag_ == "VBD" and not is_negated(t) for t in later)


def decided_act(ctx: RuleContext, verb: Token) -> tuple[str] | str | None:
    """The question a decision still to come on whether to act asks; a veto's name; or
    None where ``verb`` is no such decision."""
    if verb.pos_ != "VERB":
        return None
    weighed = weighed_act(verb)
    if weighed is None:
        return None
    holder = told_ahead(verb)
    if holder is None:
        return None
    act, opening = weighed
    subject = decider(holder, verb)
    if subject is None and verb.dep_ == "conj":
        # "the agency was investigating ... and would decide whether to": the first verb's
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    name = decider_name(ctx, _seat_of(ctx, subject))
    if not name:
        return "unnamed-decider"
    words = _act_words(act)
    if not words:
        return "unnamed-matter"
    if _done_later(act, verb):
        return "settled-later"
    body = name if "'s " in name else as_written(with_the(name), verb.doc)
    return (f"{opening} {body} {running_words(words)}?",)


def find_decided_acts(
    ctx: RuleContext, doc: Doc
) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Decisions still to come on whether to act, asked as the act, and the vetoes that
    removed others, with their cue."""

    build = pending_in_sentence(ctx, "due", "decided-act")
    return sweep(doc, DECIDING, lambda verb: decided_act(ctx, verb), build)
