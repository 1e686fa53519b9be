"""Questions whose grammar broke when their clause was turned round are never shown."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.standalone import standalone_veto


@pytest.mark.parametrize(
    ("question", "veto"),
    [
        ("Did crates taken from the dock been opened, as Ana Ruiz says?", "do-with-participle"),
        ("Did the payment been made before March?", "do-with-participle"),
        (
            "Will a loan of $4 million for the harbour, agreed by the town in May, must be "
            "repaid by August 1?",
            "modal-on-modal",
        ),
        ("Was the Baltic route baltic?", "predicate-repeats-subject"),
    ],
)
def test_a_broken_question_is_vetoed_by_its_class(question: str, veto: str) -> None:
    assert standalone_veto(question) == veto


@pytest.mark.parametrize(
    "question",
    [
        "Did the company say it has been hacked?",
        "Did the ferry sink while it was being towed?",
        "Did the board meet, as it had been asked to?",
        "Will the court rule that the law must be changed?",
        "Will the council say whether the fee can be waived?",
        "Is the river high?",
        "Was the harbour deal done?",
        "Were its members losing 4,000 euros a day, as the association says, or 20,000, as the "
        "ministry says?",
    ],
)
def test_a_well_formed_question_passes_the_grammar_tests(question: str) -> None:
    assert standalone_veto(question) is None
