"""An attribution the article wrote after a clause does not stay at the end of its question."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.find import tidied


@pytest.mark.parametrize(
    ("question", "tidy"),
    [
        (
            "Will the fund be closed, according to a letter from the mayor?",
            "Will the fund be closed?",
        ),
        ("Will fares rise in May according to the transport ministry?", "Will fares rise in May?"),
        ("Will the port reopen, according to Harbour Radio?", "Will the port reopen?"),
    ],
)
def test_an_attribution_at_the_end_of_a_question_goes(question: str, tidy: str) -> None:
    assert tidied(question) == tidy


@pytest.mark.parametrize(
    "question",
    [
        "Will the bridge open according to plan?",
        "Will the works end according to the timetable?",
        "Will the vote be held according to the rules?",
    ],
)
def test_a_standard_the_matter_keeps_to_stays(question: str) -> None:
    assert tidied(question) == question
