"""How sure the analysis is that a candidate question is open and worth showing.

The confidence starts from the family's own (``question_families``) and
weighs the candidate's evidence: a strong or weak cue, an actor the story is
about, a decision still to be taken (a deciding body and a verb of deciding, or
a party's legal move, named in the question), someone's words rather than the
reporter's, a date or a condition, and support from several sentences. Only
candidates at or above ``SHOW_AT`` are shown; the threshold was chosen on the
odd half of the development set.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import ents_within
from briefing_tui.analysis.questions.families import family_named
from briefing_tui.analysis.questions.stakes import names_a_decision
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from briefing_tui.analysis.questions.rules import Candidate

#: Candidates at or above this confidence are shown; the rest are held back.
SHOW_AT = 0.55

#: What a decision still to be taken, named in the question's words, adds.
DECISION_BONUS = 0.1

#: Cue words that only imagine an outcome: a forecast with one is weaker.
_WEAK_CUES = frozenset({"would", "'d", "could", "might", "may"})
#: Cue words that commit to an outcome: a forecast with one is stronger.
_STRONG_CUES = frozenset(
    {"expect", "expected", "plan", "plans", "planned", "scheduled", "set", "due", "intend", "vow"}
)
_DATE_LABELS = frozenset({"DATE", "TIME"})


def _has_date(candidate: Candidate) -> bool:
    return any(e.label_ in _DATE_LABELS for s in candidate.sentences for e in ents_within(s))


def _cue_weight(candidate: Candidate) -> float:
    words = set(re.findall(r"[a-z']+", candidate.cue.lower()))
    if words & _STRONG_CUES or candidate.cue == "is to be":
        return 0.05
    if words & _WEAK_CUES and candidate.kind == QuestionKind.EXPECTATION:
        return 0.0 if _has_date(candidate) else -0.1  # "would ... by 2050" is a dated forecast
    return 0.0


def confidence(candidate: Candidate) -> float:
    """The candidate's confidence, 0..1, from its family and its evidence."""
    score = family_named(candidate.family).confidence if candidate.family else 0.5
    score += _cue_weight(candidate)
    if candidate.actors:
        score += 0.05  # someone in the story is involved
    if candidate.subject_actor is not None and not candidate.subject_actor.startswith("name:"):
        score += 0.05  # about an actor of the story
    if candidate.claims:
        score += 0.05  # someone said it: a plan or a forecast with a source
    if _has_date(candidate) or candidate.kind == QuestionKind.CONDITIONAL:
        score += 0.05
    score += min(0.1, 0.05 * (len(candidate.sentences) - 1))
    if candidate.kind != QuestionKind.DISPUTED and names_a_decision(
        candidate.text, candidate.sentences
    ):
        score += DECISION_BONUS  # a body's decision or a party's legal move still to come
    if candidate.family == "unverified" and candidate.cue != "according to":
        score += 0.1  # "allegedly", "reportedly": the press marks the claim as unproven
    return round(max(0.0, min(1.0, score)), 4)
