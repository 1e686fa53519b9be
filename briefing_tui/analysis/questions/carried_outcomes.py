"""A condition's outcome carried by another verb than the one the condition hangs on.

A condition hangs on an outcome still to come, but the parse often hangs it on the word
that carries that outcome rather than on the outcome itself: a verb of expecting, hoping
or threatening, or an adjective of readiness, whose to-infinitive is the outcome ("she
expected the bank to raise rates if the vote slipped", "the airline hoped to resume
flights on Friday if the patch was certified", "members were prepared to vote against
unless the subsidy was restored", "the takeover is expected to be completed if the
league approves it"); or a reporting verb after a condition put first, whose reported
clause holds the outcome ("If the party gets no guarantee, three deputies have said they
will vote against the bill"). The outcome is asked of its own subject with "Will" (or
"Would" where the condition is told in the past), the condition kept after it.
The carriers are the ``outcome_carriers`` lexicon; the reporting verbs ``reporting``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.phrasing import invert, running_words
from briefing_tui.analysis.questions.scope import has_modal, is_negated
from briefing_tui.analysis.syntax import clause_subject

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: Dependencies of a to-infinitive that a carrier governs.
_INFINITIVE_DEPS = frozenset({"xcomp", "ccomp"})
#: Dependencies of the clause a reporting verb reports.
_REPORTED_DEPS = frozenset({"ccomp"})


@dataclass(frozen=True, slots=True)
class CarriedOutcome:
    """The outcome a condition hangs on, the word that carries its future, and whether
    the condition sits outside the outcome's own clause (then it is added when asked)."""

    outcome: Token
    carrier: Token
    condition_outside: bool


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _carrier(word: Token) -> bool:
    """Whether ``word`` carries an outcome to come (the lemmatizer may read "hoped" as
    "hop": its written form without the ending is tried too)."""
    carriers = lemma_set("outcome_carriers")
    forms = {word.lemma_.lower(), word.lower_.removesuffix("d"), word.lower_.removesuffix("s")}
    return bool(forms & carriers) and not is_negated(word)


def _infinitive_of(carrier: Token) -> Token | None:
    """The to-infinitive a carrier governs ("expected [the bank] to raise", "is expected
    to be completed", "prepared to vote"), else None."""
    return next(
        (c for c in carrier.children if c.dep_ in _INFINITIVE_DEPS and _infinitive(c)), None
    )


def _carried(word: Token, outside: bool) -> CarriedOutcome | None:
    """The outcome ``word`` leads to as a carrier, or as the infinitive of one."""
    if _infinitive(word) and word.dep_ in _INFINITIVE_DEPS and _carrier(word.head):
        return CarriedOutcome(word, word.head, outside)
    if _carrier(word):
        outcome = _infinitive_of(word)
        if outcome is not None:
            return CarriedOutcome(outcome, word, True)
    return None


def carried_outcome(target: Token) -> CarriedOutcome | None:
    """The outcome still to come that a condition hung on ``target`` (a verb without a
    modal) conditions, when ``target`` carries it or reports it; else None."""
    found = _carried(target, outside=False)
    if found is not None:
        return found
    if target.lemma_.lower() not in lemma_set("reporting") or is_negated(target):
        return None
    for reported in (c for c in target.children if c.dep_ in _REPORTED_DEPS):
        if reported.i < target.i:
            continue  # "..., he said": the condition put first belongs to the report
        if has_modal(reported) and not is_negated(reported):
            return CarriedOutcome(reported, target, True)
        found = _carried(reported, outside=True)
        if found is not None:
            return CarriedOutcome(found.outcome, found.carrier, True)
    return None


def _past(condition: Token) -> bool:
    """Whether a condition is told in the past ("if the patch was certified")."""
    return condition.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in condition.children
    )


def ask_carried(
    carried: CarriedOutcome,
    condition: Token,
    name_of: Callable[[Token], str | None],
) -> str | None:
    """The carried outcome asked with its condition: "Will the airline resume a limited
    schedule on Friday if the patch is certified?"; None where it cannot be phrased."""
    outcome = carried.outcome
    subject = clause_subject(outcome)
    if subject is None and carried.carrier.dep_ == "acomp":
        subject = clause_subject(carried.carrier.head)  # "members were prepared to vote"
    if subject is None:
        return None
    clause = {t.i for t in condition.subtree}
    drop = [
        c.i for c in outcome.children if c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to")
    ]
    drop.extend(clause)
    aux = "Would" if _past(condition) else "Will"
    asked = invert(outcome, drop=drop, name_of=name_of, subject=subject, asked_aux=aux)
    if not asked or not asked.endswith("?"):
        return None
    words = running_words(
        t for t in condition.subtree if not (t.is_punct and t.i == condition.right_edge.i)
    )
    if not words:
        return None
    return f"{asked[:-1].rstrip(',')} {words}?"
