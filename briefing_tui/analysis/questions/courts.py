"""Court outcomes still to come: a case a court is hearing, and an order with a deadline.

After a court story the central open matter is usually what the court will
decide or whether the party ordered will comply, and the article rarely asks
it in a modal clause of its own:

* ``court-hearing``: "a federal appeals court is weighing a challenge to the
  agency's rule" asks "Will the federal appeals court uphold the agency's
  rule?"; the challenged measure must be named after "to" or "against", or
  the question is held back (``unnamed-object``);
* ``court-order``: "a judge ruled that Ostrava County must restore the
  polling places before the November election" asks "Will Ostrava County
  restore the polling places before the November election?".

Neither is asked when a later sentence tells the court's decision or the
compliance (``settled-later``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.rules import raise_at
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Nouns of a court or of its judges (lemmas).
COURT_NOUNS = frozenset({"court", "judge", "justice", "panel", "circuit", "tribunal", "bench"})
#: Verbs with which a court takes up a case it has not decided.
_HEARING = frozenset({"weigh", "hear", "review", "consider"})
#: Nouns of a case brought against a measure.
_CASES = frozenset({"challenge", "case", "lawsuit", "suit", "appeal", "petition"})
#: Prepositions after a case noun that name what it challenges ("a lawsuit over the rule").
_CHALLENGING = frozenset({"to", "against", "of", "over"})
#: Nouns of a measure a court may uphold or strike down (lemmas).
MEASURES = frozenset(
    {"rule", "law", "ban", "order", "policy", "regulation", "limit", "mandate", "ordinance"}
    | {"statute", "measure", "act", "requirement", "restriction", "program", "plan", "tariff"}
    | {"map", "conviction", "sentence", "decision", "ruling", "moratorium", "cap", "tax"}
)
#: Verbs with which a court decides a case (lemmas), told later to settle it.
_DECIDING = frozenset(
    {"uphold", "strike", "overturn", "reverse", "vacate", "block", "rule", "reject", "dismiss"}
    | {"affirm", "throw", "invalidate", "side"}
)
#: Verbs with which a court rules that someone must act.
_ORDERING = frozenset({"rule", "order", "find", "decide"})
#: Nouns that make a deadline of a "before"/"by" phrase without a date.
_DEADLINE_NOUNS = frozenset({"election", "deadline", "vote", "primary", "referendum"})


def is_court(noun: Token | None) -> bool:
    """Whether ``noun`` names a court or a judge ("a federal appeals court", "the Fourth
    Circuit", "Judge Ann Lee")."""
    if noun is None or noun.pos_ == "PRON":
        return False
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    # a capitalised plural opening a sentence may be tagged a name: "Judges" keeps its "s"
    return any({w.lemma_.lower(), w.lower_.removesuffix("s")} & COURT_NOUNS for w in words)


def court_name(court: Token) -> str:
    """The court as a question names it, made definite: "a federal appeals court" ->
    "the federal appeals court"; "a panel of the Fourth Circuit", "judges on the Ninth
    Circuit Court of Appeals" -> the court named."""
    of = next((c for c in court.children if c.dep_ == "prep" and c.lower_ in {"of", "on"}), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if inner is not None and is_court(inner) and inner.pos_ == "PROPN":
        court = inner
    cut = {
        t.i
        for c in court.children
        if (c.dep_ in {"relcl", "acl", "appos", "prep", "punct"} or c.i > court.i)
        and not _in_name(c)
        for t in c.subtree
    }
    tokens = [t for t in court.subtree if t.i not in cut and not t.is_punct]
    if tokens and tokens[0].dep_ == "det":
        tokens = tokens[1:]
    text = running_words(tokens)
    first_is_name = bool(tokens) and tokens[0].pos_ == "PROPN" and tokens[0].ent_type_ == "PERSON"
    return text if first_is_name else f"the {text}"


def _in_name(child: Token) -> bool:
    """Whether a phrase after a court's noun is part of its name ("Court *of Appeals*")."""
    inner = next((c for c in child.children if c.dep_ == "pobj"), None)
    return (
        child.lower_ == "of"
        and child.head.pos_ == "PROPN"
        and inner is not None
        and inner.pos_ == "PROPN"
        and inner.ent_type_ == child.head.ent_type_ != ""
    )


def _court_of(verb: Token) -> Token | None:
    """The court that does ``verb``: its subject, the subject of the verb it completes
    ("agreed to hear"), or the agent of a passive ("is being heard by the court")."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        agent = next((c for c in node.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _still_to_come(verb: Token) -> bool:
    """Whether a hearing verb tells a case still before the court: "is weighing",
    "will hear", "agreed to hear", "reviews"; not "reviewed" (unless it "heard
    arguments", which ends before the ruling)."""
    if is_negated(verb) or (verb.dep_ in {"xcomp", "conj"} and is_negated(verb.head)):
        return False
    if verb.tag_ == "VBD":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "argument" for c in verb.children)
    return verb.tag_ in {"VBG", "VB", "VBZ", "VBP"} and verb.dep_ != "amod"


def _case_of(verb: Token) -> Token | None:
    """The case a court hears: its object ("weighing a challenge to ...") or the case its
    arguments were heard in ("heard arguments in a challenge to ...")."""
    for thing in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        if thing.lemma_.lower() in _CASES:
            return thing
        if thing.lemma_.lower() == "argument":
            holders = [thing, verb]
            for holder in holders:
                for prep in (c for c in holder.children if c.dep_ == "prep"):
                    if prep.lower_ not in {"in", "on", "over"}:
                        continue
                    case = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if case is not None and case.lemma_.lower() in _CASES:
                        return case
    return None


def _challenged(case: Token) -> list[Token] | None:
    """The measure a case challenges, as tokens ("the agency's rule limiting runoff"),
    or None when the case names none or names no measure."""
    prep = next(
        (c for c in case.children if c.dep_ == "prep" and c.lower_ in _CHALLENGING),
        None,
    )
    if prep is None:
        return None
    tokens = [t for t in prep.subtree if t.i != prep.i]
    heads = [t for t in tokens if t.head.i == prep.i] or tokens[:1]
    if not heads:
        return None
    head = heads[0]
    if head.dep_ == "pcomp":  # "a challenge to the agency's rule limiting ...": the parse
        head = next((c for c in head.children if c.dep_ == "nsubj"), head)
    if head.lemma_.lower() not in MEASURES or head.pos_ not in {"NOUN", "PROPN"}:
        return None  # "the Clean Power Plan" is a measure by name
    return tokens


def decided_later(court: Token, after: int) -> bool:
    """Whether a sentence after token ``after`` tells a court's decision ("the court upheld
    the rule on Friday", "the judge struck it down")."""
    doc = court.doc
    for verb in doc[doc[after].sent.end :]:
        if verb.lemma_.lower() not in _DECIDING or verb.pos_ != "VERB" or is_negated(verb):
            continue
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and perfect):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if is_court(subject) and _same_court(court, subject):  # type: ignore[arg-type]
                return True
    return False


def _same_court(first: Token, later: Token) -> bool:
    """Whether a later mention of a court can be the same court: not one brought in
    anew ("a lower court"), nor one its words set apart ("the district court" after
    "the appeals court")."""
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in later.children):
        return False
    kinds = {"compound", "amod"}
    one = {c.lower_ for c in first.children if c.dep_ in kinds}
    other = {c.lower_ for c in later.children if c.dep_ in kinds}
    return not (one and other and not one & other)


def _hearing(ctx: RuleContext, verb: Token) -> Candidate | None:
    """ "a federal appeals court is weighing a challenge to the agency's rule": will it
    uphold the rule?"""
    if verb.lemma_.lower() not in _HEARING or verb.pos_ != "VERB" or not _still_to_come(verb):
        return None
    court = _court_of(verb)
    case = _case_of(verb)
    if not is_court(court) or case is None:
        return None
    assert court is not None
    if decided_later(court, verb.i):
        ctx.veto("settled-later")
        return None
    measure = _challenged(case)
    if measure is None:
        text = f"How will {court_name(court)} rule on the {case.lemma_.lower()}?"
        found = ctx.candidate(QuestionKind.PENDING, verb.sent, text, court)
        found.weak = "unnamed-object"
        return found
    text = f"Will {court_name(court)} uphold {running_words(measure)}?"
    return ctx.candidate(QuestionKind.PENDING, verb.sent, text, court)


def _deadline(verb: Token) -> bool:
    """Whether a clause sets a deadline: "before the November election", "by June 1"."""
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in {"before", "by"}:
            continue
        inside = list(prep.subtree)
        if any(t.ent_type_ == "DATE" for t in inside):
            return True
        if any(t.lemma_.lower() in _DEADLINE_NOUNS for t in inside if t.dep_ == "pobj"):
            return True
    return False


def ordered_act(verb: Token) -> tuple[Token | None, Token | None]:
    """What a court's ruling orders and whom: "ruled that the county must restore ..."
    or "ordered the county to restore ..." give ("restore", "the county")."""
    act = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
    if act is not None:
        modals = [c.lower_ for c in act.children if c.dep_ == "aux" and c.tag_ == "MD"]
        subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
        return (act, subject) if modals in (["must"], ["shall"]) else (None, None)
    if verb.lemma_.lower() != "order":
        return None, None
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    party = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if act is None and party is not None:
        # "ordered the authority to complete ...": the parse may hang the act on the party
        act = next(
            (
                c
                for c in party.children
                if c.dep_ == "acl"
                and c.pos_ == "VERB"
                and any(a.lower_ == "to" for a in c.children)
            ),
            None,
        )
    return (act, party) if act is not None and party is not None else (None, None)


def _ruled_by(verb: Token) -> Token | None:
    """The court of a ruling an "ordered" is parsed into: "a judge has ruled that the
    agency broke the law and ordered it to decide by May 14" hangs "ordered" on "broke";
    a court orders, so the ruling's court does."""
    if verb.lemma_.lower() != "order" or verb.dep_ != "conj" or verb.head.dep_ != "ccomp":
        return None
    ruling = verb.head.head
    if ruling.lemma_.lower() not in _ORDERING:
        return None
    court = _court_of(ruling)
    return court if is_court(court) else None


def _ordered(ctx: RuleContext, verb: Token) -> Candidate | None:
    """ "a judge ruled that the county must restore the polling places before the
    election": will the county restore them before it?"""
    if verb.lemma_.lower() not in _ORDERING or verb.pos_ != "VERB" or is_negated(verb):
        return None
    if verb.tag_ not in {"VBD", "VBZ"}:
        return None
    if not is_court(_court_of(verb)) and _ruled_by(verb) is None:
        return None
    act, subject = ordered_act(verb)
    if act is None or is_negated(act) or not _deadline(act):
        return None
    if subject is None or subject.pos_ == "PRON":
        return None
    if ctx.told_as_done(act, subject):
        ctx.veto("settled-later")
        return None
    inside = {t.i for t in act.subtree} if act.head.i == subject.i else set()
    who = running_words([t for t in subject.subtree if not t.is_punct and t.i not in inside])
    # "..., siding with voters who said ...": the court's reasons are no part of the order
    aside = {
        t.i
        for c in act.children
        if c.dep_ == "punct" or (c.dep_ == "advcl" and c.doc[c.left_edge.i - 1].lower_ == ",")
        for t in c.subtree
    }
    rest = running_words([t for t in act.subtree if t.i > act.i and t.i not in aside])
    text = f"Will {who} {act.lemma_} {rest}?"
    return ctx.candidate(QuestionKind.PENDING, verb.sent, text, subject)


def find_court_matters(
    ctx: RuleContext, doc: Doc
) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Pending court outcomes (cases a court is hearing, orders with a deadline), and the
    vetoes that removed others, each with its cue word."""
    cues = tokens_where(doc[:], "lemmas", _HEARING | _ORDERING)
    return raise_at(ctx, cues, "court", ((_hearing, "court-hearing"), (_ordered, "court-order")))
