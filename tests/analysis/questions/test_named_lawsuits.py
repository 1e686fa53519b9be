""" "The case" a court will hear is named by the lawsuit said before with who brought it
("the lawsuit by 12 states"); a "by" that tells a date names nothing."""

from __future__ import annotations

from briefing_tui.analysis.questions.references import vague_reference

from .helpers import analysed


def test_the_case_is_named_by_the_lawsuit_and_who_brought_it(nlp) -> None:
    found = analysed(
        nlp,
        "The lawsuit by 12 states asks a federal court to order Nordhaven Energy to cut "
        "emissions. A judge will hear the case in September, court papers show.",
    )
    shown = [q.question for q in found.shown]
    # asked by its outcome (questions/outcomes.py): that the judge hears it is set
    assert "How will a judge rule on the lawsuit by 12 states in September?" in shown


def test_a_lawsuit_by_whom_is_said_in_full_and_by_when_is_not() -> None:
    assert vague_reference("Will a judge hear the lawsuit by 12 states?") is None
    assert vague_reference("Will the court hear the appeal by Friday?") is not None
