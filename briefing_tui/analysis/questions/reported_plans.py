"""A plan or expectation told in reported past whose act is dated ahead: still to come.

"The consortium said it expected to publish the results by the end of June": the past
"expected" is the telling's tense, not a past event, because the act it expects carries a
date still ahead. The forecast rule vetoes an expectation verb told in the past as
``past-event`` unless ``reported_dated_plan`` keeps it. It keeps the verb (named exception
``dated-ahead``) when

- it is told under a verb of saying ("said it expected", "said that it hoped"), through
  conjuncts and complements;
- it is neither negated ("did not expect") nor told in the past perfect ("had expected",
  whose time is over);
- its act (the "to" infinitive, as ``xcomp``, or the clause "the bank to hold ...", as
  ``ccomp``) is dated ahead: a time word that points ahead ("next month", "at its next
  meeting"), a day or month of its own ("on Friday", "on January 1"), a deadline ("by the
  end of June") or a span from now ("within 60 days").

Written from: "said it expected to publish the results by the end of June", "said they
expected the central bank to hold the rate at its next meeting in July", "said the club
expected to sign a lease within 60 days". Still vetoed: "said it had expected to resume
flights last week" (past perfect, past date), "said she expected the talks to fail" (no
date), "said it did not expect to finish by June" (negated: the question would lose the
"not").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.dates import PAST_DATE_WORDS, future_time, names_its_day
from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of saying a reported plan hangs on.
SAYING = frozenset(
    {"say", "tell", "announce", "reveal", "disclose", "confirm", "explain", "detail", "show"}
    | {"unveil", "add", "state", "write"}
)
#: Links through which a reported clause reaches its verb of saying.
_REPORTED_LINKS = frozenset({"conj", "ccomp"})
#: Auxiliaries of the past perfect ("had expected").
_PERFECT = frozenset({"had", "'d", "\u2019d"})


def _told_by_saying(head: Token) -> bool:
    """Whether ``head`` is the reported clause of a verb of saying, through conjuncts and
    complements ("said it believed ... and that it hoped to ...")."""
    node = head
    while node.dep_ in _REPORTED_LINKS and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in SAYING:
            return True
    return False


def _past_perfect(head: Token) -> bool:
    """Whether ``head`` is told in the past perfect ("had expected to finish")."""
    return any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in head.children)


def _dated_act(head: Token) -> Token | None:
    """The act ``head`` expects, as its "to" infinitive, when a date ahead is its own."""
    for child in head.children:
        if child.dep_ not in {"xcomp", "ccomp"}:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            continue
        if any(t.lower_ in PAST_DATE_WORDS for t in child.subtree):
            return None  # "expected to resume flights last week"
        if future_time(child) or names_its_day(child):
            return child
    return None


def reported_dated_plan(head: Token) -> bool:
    """Whether ``head`` ("expected", "hoped") is a plan told in reported past whose act is
    dated ahead ("said it hoped to restart the trial next year"): still a plan, not a past
    event."""
    if not _told_by_saying(head):
        return False
    if any(c.dep_ == "xcomp" and future_time(c) for c in head.children):
        return True  # "said it hoped to restart the trial next year"
    if is_negated(head) or _past_perfect(head):
        return False
    return _dated_act(head) is not None
