"""A question about what something "will result in" or "lead to" keeps the clause that says
what happens ("result in the permit being withdrawn"); a question that lost it is vetoed."""

from __future__ import annotations

from briefing_tui.analysis.questions.rules import Candidate
from briefing_tui.analysis.questions.vetoes import phrase_veto
from briefing_tui.model import QuestionKind

from .helpers import analysed

LONG = (
    "The city council has written to residents of the old town. The council said that "
    "failure to pay the new parking permit fee at the district office within fourteen "
    "calendar days will result in a resident's permit being withdrawn on grounds of late "
    "payment."
)


def test_a_long_consequence_keeps_the_clause_that_completes_it(nlp) -> None:
    found = analysed(nlp, LONG)
    asked = [q.question for q in [*found.shown, *found.held]]
    assert any("permit being withdrawn" in q for q in asked), asked
    assert not any(q.endswith("resident's permit?") for q in asked), asked


def test_a_question_that_dropped_the_completing_clause_is_vetoed(nlp) -> None:
    sentence = nlp("Late payment will lead to families losing their housing allowance.")[:]
    lost = Candidate(QuestionKind.EXPECTATION, [sentence], "Will late payment lead to families?")
    kept = Candidate(
        QuestionKind.EXPECTATION,
        [sentence],
        "Will late payment lead to families losing their housing allowance?",
    )
    assert phrase_veto(lost) == "lost-complement"
    assert phrase_veto(kept) is None
