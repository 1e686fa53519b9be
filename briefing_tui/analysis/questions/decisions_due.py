"""A body's decision or findings due by a day still to come: what will it decide or find?

"The commission said it would rule on the complaint by Friday", "the agency
said it expected to decide by the end of September", "the court will
deliver its verdict on March 27", "the bureau said it would publish its
findings in the coming days": a named deciding body (a court,
commission, regulator, board: the subject, or the "it" that stands for it)
with a verb of deciding ("decide", "rule") or of making an outcome known
("announce", "publish", "deliver", "issue" its decision, ruling, verdict,
findings or conclusions), told as still to come ("will", a reported
"would", "is due / expected / set to") and tied to a time ahead of the
article ("on Wednesday", "by the end of June", "within 30 days", "in the
coming days"). The open matter is the outcome, asked by the table
``questions/decisions_due.tsv``: "How will the Selo Commission rule on the
complaint by Friday?", "What verdict will the Selo High Court deliver on
March 27?".

Named vetoes, each with the sentence it was written from:

- ``no-deciding-body``: "Ann Reed said she would decide by Friday": no named
  body decides (a person's own choice is a plan, the pledge family's).
- ``no-day``: "The Selo Commission will rule on the complaint": no time ahead.
A "whether" clause with a verb of its own is asked as the decision it may take: "the
agency will decide by Friday whether further action was needed" -> "Will the Selo
Agency decide by Friday that further action is needed?" (``whether_said``).

- ``unnamed-matter``: "The Selo Commission will decide next week whether to
  hold one": the matter is a word that needs the article. A matter it can name
  ("whether to approve the bid", "decide on the bid", "decide its position")
  is left to the scheduled, approval and pledge families, which ask the act.
- ``settled-later``: a later sentence tells the body's vote or decision.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.questions.agenda import body_acted_later_than
from briefing_tui.analysis.questions.agenda_words import SCHEDULING, as_written, own_name, told_past
from briefing_tui.analysis.questions.dates import MONTHS_AND_DAYS, PAST_DATE_WORDS, SEASONS
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.sessions import deciding_body
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES
from briefing_tui.analysis.questions.sweeps import pending_in_sentence, sweep
from briefing_tui.analysis.questions.whether_said import whether_said
from briefing_tui.analysis.syntax import nominal_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Verbs that report a "would decide" as a step still ahead (lemmas).
_REPORTING = frozenset({"say", "announce", "tell", "confirm", "state", "add", "indicate"})
#: Verbs above a deciding verb that put it ahead: "is due to", "expects to", "aims to".
_AHEAD = SCHEDULING | {"aim", "intend", "hope"}
#: Prepositions of a time ahead: "on Friday", "by June 10", "within 30 days".
_TIME_PREPS = frozenset({"on", "by", "before", "within", "in", "until", "at"})
#: Time words that point ahead ("in the coming days", "next week").
_AHEAD_WORDS = frozenset({"next", "coming", "tomorrow", "later"})
#: Nouns of time a span may name without a DATE entity ("within 30 days").
_TIME_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months"})
#: Words a matter may not lean on: it needs the article to be understood.
_NEEDS_ARTICLE = frozenset({"one", "it", "this", "that", "these", "those", "them", "such"})
#: Longest question, in words.
_MAX_WORDS = 25


@cache
def _table() -> dict[str, str]:
    """Lemma -> class: "decide" and "rule" decide; "announce", "publish" make known; an
    outcome noun ("verdict", "findings") names what is made known."""
    return {row[0]: row[1] for row in data_files.rows("questions/decisions_due.tsv")}


def told_ahead(verb: Token) -> Token | None:
    """The word whose subject decides or acts, where ``verb`` is told as still to come: "will
    rule", a reported "would decide", "is due / expected / set to decide"; else None."""
    if is_negated(verb):
        return None
    modal = next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if modal in {"will", "'ll", "shall"}:
        return verb
    if modal == "would":
        return verb if verb.dep_ in {"ccomp", "conj"} and _reported(verb) else None
    if verb.dep_ != "xcomp":
        return None
    holder = verb.head
    if holder.lemma_.lower() not in _AHEAD or told_past(holder) or is_negated(holder):
        return None
    if holder.dep_ == "acomp":
        return holder.head if holder.head.tag_ in {"VBZ", "VBP"} else None  # "is due to rule"
    if holder.tag_ in {"VBZ", "VBP"}:
        return holder  # "expects to decide"
    if holder.tag_ == "VBN" and holder.dep_ in {"ROOT", "ccomp", "conj"}:
        return holder  # "is expected to decide", "was expected to" is told_past
    if holder.tag_ == "VBD" and holder.dep_ in {"ccomp", "conj"} and _reported(holder):
        return holder  # "the agency said it expected to decide"
    return None


def _reported(verb: Token) -> bool:
    """Whether ``verb`` is what a reporting verb says ("said it would decide")."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in _REPORTING


def time_ahead(verbs: list[Token]) -> str | None:
    """The time ahead a phrase of ``verbs`` names ("by Friday", "in the coming days")."""
    for verb in verbs:
        for child in verb.children:
            if child.dep_ not in {"prep", "npadvmod", "tmod"}:
                continue
            if child.dep_ == "prep" and child.lower_ not in _TIME_PREPS:
                continue
            words = list(child.subtree)
            lowers = {t.lower_ for t in words}
            if lowers & PAST_DATE_WORDS:
                continue
            season = any(t.lower_ in SEASONS for t in words)  # "in the autumn": no DATE
            dated = season or any(t.ent_type_ == "DATE" for t in words)
            calendar = season or any(t.lower_ in MONTHS_AND_DAYS for t in words)
            ahead = bool(lowers & _AHEAD_WORDS)
            span = child.lower_ == "within" and bool(lowers & _TIME_NOUNS)
            if child.dep_ != "prep" and not ahead:
                continue  # "decided Tuesday": a bare day is the reporting day
            if (
                (dated and (calendar or ahead or child.lower_ in {"by", "within"}))
                or span
                or (ahead and lowers & _TIME_NOUNS)
            ):
                text = running_words(words)
                return text.replace('"', "").replace("“", "").replace("”", "").strip()
    return None


def _matter(verb: Token) -> tuple[str, str] | str | None:
    """What ``verb`` decides or makes known, as (form, words): ("on", "the complaint"),
    ("to", "suspend the licence"), ("outcome", "verdict"); "unnamed-matter" where it
    leans on the article; None for a bare "decide"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "on":
            thing = next((c for c in child.children if c.dep_ == "pobj"), None)
            if thing is None or thing.ent_type_ == "DATE" or thing.lower_ in MONTHS_AND_DAYS:
                continue
            words = _noun_words(thing)
            return ("on", words) if words else "unnamed-matter"
        if child.dep_ in {"xcomp", "ccomp"} and any(g.lower_ == "whether" for g in child.children):
            if child.tag_ != "VB" or not any(g.lower_ == "to" for g in child.children):
                said = whether_said(child)  # "whether action was needed": "action is needed"
                return ("that", said) if said else "unnamed-matter"
            words = [t for t in child.subtree if t.lower_ not in {"whether", "to"} or t.i > child.i]
            if {t.lower_ for t in words} & _NEEDS_ARTICLE:
                return "unnamed-matter"
            return "to", running_words(words)
    return None


def _noun_words(noun: Token) -> str | None:
    """A noun's phrase without clauses or asides, or None where it needs the article."""
    cut = {
        t.i
        for c in noun.children
        if c.dep_ in {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"}
        for t in c.subtree
    }
    words = [t for t in noun.subtree if t.i not in cut]
    if {t.lower_ for t in words} & _NEEDS_ARTICLE or len(words) > 10:
        return None
    return running_words(words)


def _outcome(verb: Token) -> Token | None:
    """The outcome noun a verb of making known takes: "deliver its verdict"."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or _table().get(thing.lemma_.lower()) != "outcome":
        return None
    return thing


def _proceeding(verb: Token) -> str:
    """ " in the fraud trial of Tom Rask": the case an outcome is delivered in, or ""."""
    for child in verb.children:
        case = next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.lower_ != "in" or case is None or case.lemma_.lower() not in _CASES:
            continue
        words = _noun_words(case)
        return f" in {words}" if words else ""
    return ""


#: Nouns of the proceeding an outcome is delivered in.
_CASES = frozenset({"trial", "case", "appeal", "hearing", "inquiry", "inquest"})


def decider(holder: Token, verb: Token) -> Token | None:
    """The one who decides: the subject of ``verb`` or of the word that puts it ahead; a
    relative "which" stands for the noun it hangs on ("the ODPP, which will decide")."""
    for node in (verb, holder):
        subject = nominal_subject(node)
        if subject is not None and subject.tag_ == "WDT" and node.dep_ == "relcl":
            return node.head
        if subject is not None:
            return subject
    return None


def body_name(ctx: RuleContext, subject: Token) -> str | None:
    """The name of the body ``subject`` refers to: a deciding body ("the union's
    executive"), or any named actor that is not a person ("the HPRA", "it" for it)."""
    actor = ctx.actor_at.get(subject.i)
    bare = subject.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in subject.subtree)
    if actor is not None and bare and actor not in ctx.people:
        return own_name(subject)  # "the court": the naming step judges which one it is
    name = deciding_body(ctx, subject)
    if name is not None:
        return name
    if actor is not None:
        if actor in ctx.people or subject.ent_type_ in {"PERSON", "NORP"}:
            return None
        return ctx.name_of(subject)
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in _body_nouns():
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None:
        # "the commission's complaints panel": the owner by its name
        owned = ctx.name_of(owner) if owner.pos_ in {"NOUN", "PROPN"} else None
        if not owned or ctx.actor_at.get(owner.i) in ctx.people:
            return None
        words = [t for t in subject.subtree if owner.right_edge.i < t.i <= subject.i]
        return f"{with_the(owned)}'s {running_words(words)}"
    named = own_name(subject)
    if not any(t.pos_ == "PROPN" for t in subject.subtree if t.i > subject.i):
        return None  # "the watchdog" alone needs the article; "a court in Lisbon" does not
    first, _, rest = named.partition(" ")
    return f"the {rest}" if first.lower() in {"a", "an", "the"} else named


@cache
def _body_nouns() -> frozenset[str]:
    """Nouns of a body that decides: "court", "commission", "panel", "regulator"."""
    return DECIDING_BODIES | data_files.words("questions/body_nouns.txt")


def due_decision(ctx: RuleContext, verb: Token) -> tuple[str] | str | None:
    """The question a body's decision due by a time ahead asks; a veto's name; or None
    where ``verb`` is no such decision."""
    kind = _table().get(verb.lemma_.lower())
    if verb.pos_ != "VERB" or kind not in {"decide", "make-known"}:
        return None
    holder = told_ahead(verb)
    if holder is None:
        return None
    outcome = _outcome(verb) if kind == "make-known" else None
    if kind == "make-known" and outcome is None:
        return None
    subject = decider(holder, verb)
    if subject is None:
        return None
    name = body_name(ctx, subject)
    if name is None:
        return "no-deciding-body"
    when = time_ahead([verb, holder])
    if when is None:
        return "no-day"
    if body_acted_later_than(subject, verb):
        return "settled-later"
    body = name if "'s " in name else as_written(with_the(name), verb.doc)
    if outcome is not None:
        words = [t for t in outcome.subtree if t.dep_ not in {"poss", "det", "case"}]
        words = [t for t in words if t.i <= outcome.i]
        noun = running_words(words)
        question = f"What {noun} will {body} {verb.lemma_} {when}{_proceeding(verb)}?"
    elif any(c.dep_ == "dobj" for c in verb.children):
        return None  # "will decide its position": the pledge and forecast families ask it
    else:
        matter = _matter(verb)
        if isinstance(matter, str):
            return matter
        if matter is None:
            question = f"What will {body} decide {when}?"
        elif matter[0] == "that" and verb.lemma_.lower() == "decide":
            question = f"Will {body} decide {when} that {matter[1]}?"
        elif matter[0] == "on" and verb.lemma_.lower() == "rule":
            question = f"How will {body} rule on {matter[1]} {when}?"
        elif matter[0] == "on":
            return None  # "decide on the bid": the families of approval ask it
        else:
            return None  # "decide whether to approve it": the scheduled family asks the act
    if len(question.split()) > _MAX_WORDS:
        return "too-long"
    return (question,)


def find_due_decisions(
    ctx: RuleContext, doc: Doc
) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Decisions and findings of named bodies due by a time ahead, and the vetoes that
    removed others, with their cue."""

    build = pending_in_sentence(ctx, "due", "decision-due")
    verbs = {lemma for lemma, kind in _table().items() if kind != "outcome"}
    return sweep(doc, verbs, lambda verb: due_decision(ctx, verb), build)
