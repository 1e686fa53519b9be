"""Questions that read but ask nothing worth showing: dropped, or held back."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.find import tidied
from briefing_tui.analysis.questions.rules import Candidate
from briefing_tui.analysis.questions.vetoes import phrase_veto
from briefing_tui.model import QuestionKind

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_request_to_a_whole_people_asks_nothing(nlp):
    assert _shown(nlp, "Senator Ann Lee urged Americans to boycott the Kesh summit.") == []


def test_a_request_to_a_named_body_is_still_asked(nlp):
    text = "Senator Ann Lee urged the Kesh city council to cancel the summit."
    assert _shown(nlp, text) == ["Will the Kesh city council cancel the summit?"]


def test_a_taunting_question_is_not_asked(nlp):
    text = (
        "At a rally on Friday, Senator Ann Lee questioned what kind of person sends angry "
        "tweets at 3 a.m."
    )
    report = analysed(nlp, text)
    assert report.shown == [] and report.held == []


def test_a_question_asking_for_advice_is_held_back(nlp):
    text = "Then someone asked how Senator Ann Lee could win over young voters."
    report = analysed(nlp, text)
    assert report.shown == []
    assert [q.question for q in report.held] == ["How could Senator Ann Lee win over young voters?"]


def test_a_plan_in_a_relative_clause_describes_its_noun(nlp):
    text = (
        "Her aides said the list did not cover every loophole Senator Ann Lee might seek to "
        "close as president."
    )
    assert _shown(nlp, text) == []


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [
        ("Perhaps, will the moderators demand details?", "Will the moderators demand details?"),
        (
            "What, could the border look like if the economy slowed?",
            "What could the border look like if the economy slowed?",
        ),
        ("How costly, could it be to wait?", "How costly could it be to wait?"),
        ("Was a cut in December likely?", "Is a cut in December likely?"),
        ("Were more strikes unlikely before May?", "Are more strikes unlikely before May?"),
        ("Was the mayor in Kesh?", "Was the mayor in Kesh?"),
        (
            "If it is not, and Kesh keeps growing, could Vik fall to third place?",
            "If Kesh keeps growing, could Vik fall to third place?",
        ),
    ],
)
def test_a_stance_word_and_a_stray_comma_leave_the_opening(raw, tidy):
    assert tidied(raw) == tidy


@pytest.mark.parametrize(
    "question",
    ["Would Kadzik say?", "Will Mrs. Clinton meet?", "Was the bridge?", "Is a deal?"],
)
def test_a_question_cut_before_its_complement_is_incomplete(question):
    candidate = Candidate(QuestionKind.EXPECTATION, [], question)
    assert phrase_veto(candidate) == "incomplete"


@pytest.mark.parametrize(
    "question",
    [
        "Will Ann Lee meet the unions?",
        "Is the bridge safe?",
        "Was the bridge closed?",
        "Will the court rule on the case (the second one) in May?",
    ],
)
def test_a_whole_question_passes_the_new_vetoes(question):
    assert phrase_veto(Candidate(QuestionKind.EXPECTATION, [], question)) is None


def test_a_reason_clause_is_not_what_a_dismissal_disputes(nlp):
    text = (
        "Professor Ann Lee likened the Kesh rules to a tax on farmers, a charge that stung, since "
        "Ms. Lee was a mentor to Mayor Tom Berg at law school. Mayor Tom Berg dismissed the "
        "criticism as the voice of her client."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert not any("mentor" in q for q in shown), shown
