"""A deciding body due to meet on a day still to come: what will it decide?

"The Halden council is due to meet on June 24 to consider the petition" puts a
decision on a day after the article's; the open matter is what the body
decides there, not whether the meeting takes place: "What will the Halden
council decide on the petition when it meets on June 24?"
(``scheduled-session``). The body is the subject of "is due / scheduled / set
to meet", a named organisation or a deciding-body noun ("council", "board",
"committee") that names an actor; the meeting has a day of its own; what it
will consider ("to discuss X", "when it will consider X") becomes the matter.

Named vetoes, each with the sentence it was written from:

- ``meets-someone``: "The minister is due to meet the union on Friday": a meeting
  with another party is talks, not a body deciding.
- ``no-deciding-body``: "Donors are due to meet on May 3": no named body decides.
- ``no-day``: "The board is due to meet to discuss the plan": no day to ask about.
- ``settled-later``: "The board met on Friday and approved the plan": told later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.questions.agenda import body_acted_later_than
from briefing_tui.analysis.questions.agenda_words import SCHEDULING, told_past
from briefing_tui.analysis.questions.dates import PAST_TIME_WORDS
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES
from briefing_tui.analysis.questions.sweeps import pending_in_sentence, sweep

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Verbs naming what a meeting will take up (lemmas): "to discuss the plan".
_TAKING_UP = frozenset({"discuss", "consider", "review", "debate", "examine", "weigh"})
#: Verbs that report a "would meet" as a plan still ahead (lemmas).
_REPORTING = frozenset({"say", "announce", "tell", "confirm", "state", "statement", "announcement"})
#: Nouns of a body within an organisation, named by its owner: "the union's executive".
_ORGANS = frozenset({"executive", "group", "caucus", "leadership", "board", "committee", "council"})
#: Verbs of the decision itself (lemmas): "to decide its position", "to set a date".
_DECIDING = frozenset({"decide", "set", "determine", "choose"})
#: Dependants of a matter's noun left out of the question: clauses and asides.
_CLAUSES = frozenset({"acl", "relcl", "appos", "punct", "cc", "conj"})
#: Longest matter, in words, a question carries.
_MATTER_WORDS = 10
#: Persons and people who meet but are no deciding body (spaCy entity labels).
_NOT_BODIES = frozenset({"PERSON", "NORP", "GPE", "LOC", "FAC"})


def _setter(meet: Token) -> Token | None:
    """The word whose subject meets: "is due / scheduled to meet" told in the present, or
    "will meet" (a "would meet" reported by a speaker: "said the board would meet")."""
    if meet.pos_ != "VERB" or is_negated(meet):
        return None
    modal = next((c.lower_ for c in meet.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if modal in {"will", "'ll"} and meet.dep_ in {"ROOT", "ccomp"}:
        return meet
    if modal == "would" and meet.dep_ in {"ccomp", "acl"}:
        return meet if meet.head.lemma_.lower() in _REPORTING else None
    if meet.dep_ != "xcomp":
        return None
    setter = meet.head
    if setter.lemma_.lower() not in SCHEDULING or setter.tag_ not in {"VBN", "JJ"}:
        return None
    if told_past(setter) or is_negated(setter):
        return None
    holder = setter.head if setter.dep_ == "acomp" else setter
    if holder.tag_ not in {"VBZ", "VBP", "VBN", "JJ"} or is_negated(holder):
        return None
    return holder


def _day(meet: Token) -> str | None:
    """The meeting's own day as a question says it ("on June 24", "next week")."""
    for child in meet.children:
        if child.dep_ not in {"prep", "npadvmod", "tmod"} or child.i < meet.i:
            continue
        words = [t for t in child.subtree if t.dep_ != "relcl" and not _in_clause(t, child)]
        if any(t.ent_type_ == "DATE" for t in words) and not any(
            t.lower_ in PAST_TIME_WORDS for t in words
        ):
            return " ".join(t.text for t in words).replace(" .", ".")
    return None


def _in_clause(token: Token, top: Token) -> bool:
    """Whether ``token`` sits in a relative clause below ``top``."""
    node = token
    while node != top and node.head != node:
        if node.dep_ in {"relcl", "acl", "advcl"}:
            return True
        node = node.head
    return False


def _matter(meet: Token) -> str | None:
    """What the meeting will take up: "to discuss X" under ``meet``, or "when it will
    consider X" hung on its day; the noun's phrase without its clauses."""
    verbs = [c for c in meet.children if c.dep_ in {"advcl", "xcomp"}]
    verbs += [t for t in meet.subtree if t.dep_ == "relcl" and t.i > meet.i]
    for verb in verbs:
        if verb.lemma_.lower() in _DECIDING:
            return None  # "to decide its position": what it decides is the question
        if verb.lemma_.lower() not in _TAKING_UP:
            continue
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if thing is None:
            continue
        words = _phrase(thing)
        if len(words) <= _MATTER_WORDS:
            return " ".join(t.text for t in words).replace(" 's", "'s")
    return None


def _phrase(noun: Token) -> list[Token]:
    """A noun's phrase without relative clauses, asides or coordinated nouns."""
    keep: list[Token] = []
    stack = [noun]
    while stack:
        node = stack.pop()
        keep.append(node)
        stack.extend(c for c in node.children if c.dep_ not in _CLAUSES)
    return sorted(keep, key=lambda t: t.i)


def deciding_body(ctx: RuleContext, subject: Token) -> str | None:
    """The name of the deciding body ``subject`` refers to, or None."""
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if subject.lemma_.lower() in _ORGANS and owner is not None:
        # "its group" or "Selo's board"; "the union's board" may name the wrong union
        owned = ctx.name_of(owner) if owner.pos_ in {"PRON", "PROPN"} else None
        if not owned:
            return None
        words = [t.text for t in subject.subtree if t.i > owner.right_edge.i and t.i <= subject.i]
        return f"{with_the(owned)}'s {' '.join(words)}"
    name = ctx.name_of(subject)
    if not name:
        return None
    head = name.split()[-1].lower()
    heads = DECIDING_BODIES | data_files.words("actors/org_heads.txt")
    if subject.pos_ == "PRON":
        return name if head in heads else None
    if subject.ent_type_ in _NOT_BODIES:
        return None
    if subject.lemma_.lower() in DECIDING_BODIES or subject.ent_type_ == "ORG":
        return name
    return name if subject.pos_ == "PROPN" and head in heads else None


def _met_later(meet: Token) -> bool:
    """Whether a sentence after ``meet``'s tells a meeting held ("met on Friday")."""
    later = meet.doc[meet.sent.end :]
    return any(t.lemma_ == "meet" and t.tag_ == "VBD" and not is_negated(t) for t in later)


def scheduled_session(ctx: RuleContext, meet: Token) -> str | None:
    """The question a body's scheduled meeting asks; a veto's name; or None where
    ``meet`` is no scheduled meeting."""
    holder = _setter(meet)
    if holder is None:
        return None
    subject = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    if any(c.dep_ == "dobj" for c in meet.children) or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in meet.children
    ):
        return "meets-someone"
    if any(c.dep_ == "conj" for c in subject.children):
        return "meets-someone"  # "the union and the company are due to meet": talks
    name = deciding_body(ctx, subject)
    if name is None:
        return "no-deciding-body"
    day = _day(meet)
    if day is None:
        return "no-day"
    if _met_later(meet) or body_acted_later_than(subject, meet):
        return "settled-later"
    matter = _matter(meet)
    body = name if "'s " in name else with_the(name)  # "Selo Shipping's board" as said
    if matter is None:
        return f"What will {body} decide when it meets {day}?"
    return f"What will {body} decide on {matter} when it meets {day}?"


def find_sessions(ctx: RuleContext, doc: Doc) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Scheduled meetings of deciding bodies still to come, and the vetoes that removed
    others, with their cue."""

    def judge(meet: Token) -> tuple[str] | str | None:
        asked = scheduled_session(ctx, meet)
        return asked if asked is None or not asked.startswith("What ") else (asked,)

    build = pending_in_sentence(ctx, "session", "scheduled-session")
    return sweep(doc, {"meet"}, judge, build)
