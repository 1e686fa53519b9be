"""A pronoun that opens a condition ("if they fail") is named by the proceeding it stands
for, when one of its number comes just before; otherwise it is left alone."""

from __future__ import annotations

from .helpers import analysed


def _asked(nlp, text: str) -> list[str]:
    found = analysed(nlp, text)
    return [f.question for f in found.findings if f.family == "condition" and f.question]


def test_they_in_a_condition_is_named_by_the_talks_before(nlp) -> None:
    text = (
        "The Lund Nurses Union is in talks with Vara Health over pay. The union said it "
        "would strike next week if they failed."
    )
    assert _asked(nlp, text) == [
        "Will the Lund Nurses Union strike next week if talks with Vara Health over pay fail?"
    ]


def test_it_in_a_condition_is_named_by_the_hearing_before(nlp) -> None:
    text = (
        "The hearing on the Selo mine permit is set for Friday. Greenline Trust said it "
        "would sue the state if it went badly."
    )
    assert any("if the hearing on the Selo mine permit goes badly" in q for q in _asked(nlp, text))


def test_a_pronoun_of_another_number_is_left_alone(nlp) -> None:
    text = (
        "The hearing on the Selo mine permit is set for Friday. Greenline Trust said it "
        "would sue the state if they refused the permit."
    )
    assert not any("if the hearing" in q for q in _asked(nlp, text))
