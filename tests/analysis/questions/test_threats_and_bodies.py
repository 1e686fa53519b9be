"""A reported threat on a condition ("the committee could vote to hold him in contempt if
he refused") is a move still to come; a body named from an earlier phrase keeps a lower-case
"the" inside the question."""

from __future__ import annotations

from briefing_tui.analysis.questions.find import QuestionReport

from .helpers import analysed

SUBPOENA = (
    "A Korvin assembly committee issued a subpoena on Tuesday to Tom Rask, a former adviser "
    "to the governor. The committee could vote to hold Rask in contempt if he refused to "
    "appear, its chairwoman, Ann Lee, said."
)


def _asked(report: QuestionReport) -> list[str]:
    return [q.question for q in [*report.shown, *report.held]]


def test_a_reported_threat_on_a_condition_is_asked(nlp) -> None:
    asked = _asked(analysed(nlp, SUBPOENA))
    assert any("contempt" in q and " if " in q for q in asked), asked


def test_a_reported_could_without_a_condition_stays_reported(nlp) -> None:
    found = analysed(nlp, "The committee could vote on the port contracts, Ann Lee said in 2019.")
    assert not any("vote" in q for q in _asked(found))


def test_a_described_body_is_named_with_a_lower_case_the(nlp) -> None:
    asked = _asked(analysed(nlp, SUBPOENA))
    assert any(q.startswith("Could the Korvin assembly committee ") for q in asked), asked


def test_a_body_that_opened_its_sentence_keeps_a_lower_case_the(nlp) -> None:
    text = (
        "The Korvin assembly's ethics panel warned Ann Lee on Monday. The panel has not said "
        "whether it will refer the matter to prosecutors."
    )
    asked = _asked(analysed(nlp, text))
    assert asked, asked
    assert not any(" The " in q for q in asked), asked
