"""A question that asks what something would be called by a noun of judgement is an
opinion recast, not an open matter: "Would a second hearing be a waste of money?"."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.opinions import asks_a_verdict

from .helpers import analysed


@pytest.mark.parametrize(
    "question",
    [
        "Would a second hearing be a waste of public money?",
        "Is the merger a mistake?",
        "Will the vote be a disaster for the party?",
        "Would the new stadium be a costly blunder?",
    ],
)
def test_a_noun_of_judgement_after_be_asks_a_verdict(question):
    assert asks_a_verdict(question)


@pytest.mark.parametrize(
    "question",
    [
        "Would the hearing be a test of the new law?",
        "Will the council approve a waste plant?",
        "Will Norde Foods treat the recall as a joke?",
    ],
)
def test_other_questions_ask_no_verdict(question):
    assert not asks_a_verdict(question)


def test_a_lawyers_judgement_of_a_second_hearing_is_not_shown(nlp):
    text = (
        "Prosecutors weigh new hearing for Lena Ortiz\n\n"
        "Prosecutors said on Monday they had not decided whether to seek a second hearing "
        "against Lena Ortiz.\n\n"
        'Her lawyer, Tom Welk, said his client "has suffered enough" and that a second '
        'hearing would be "a waste of public money."'
    )
    found = analysed(nlp, text)
    assert not any("waste" in q.question for q in found.shown)
    assert any(f.veto == "opinion" and "waste" in (f.question or "") for f in found.findings)
