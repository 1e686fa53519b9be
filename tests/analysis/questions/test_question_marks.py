"""A question's marks: no dateline left inside it, initialisms whole."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.find import clean_marks


@pytest.mark.parametrize(
    ("asked", "clean"),
    [
        (
            "Will TARVIK - Osgood Appliances recall about 90,000 dishwashers?",
            "Will Osgood Appliances recall about 90,000 dishwashers?",
        ),
        (
            "Will PORT HALLEY – the Harbour Board approve the plan?",
            "Will the Harbour Board approve the plan?",
        ),
        (
            "Will cAR and the tenants union have people in the gallery?",
            "Will CAR and the tenants union have people in the gallery?",
        ),
    ],
)
def test_a_dateline_inside_a_question_and_a_lowered_initialism_are_mended(asked, clean):
    assert clean_marks(asked) == clean


@pytest.mark.parametrize(
    "question",
    [
        "Will the U.S.-China talks resume in May?",
        "Will iPhone sales fall?",
        "Will the NATO summit - the first since March - agree on the plan?",
        "Will Osgood Appliances recall about 90,000 dishwashers?",
    ],
)
def test_names_and_asides_are_left_as_they_are(question):
    assert clean_marks(question) == question


@pytest.mark.parametrize(
    ("question", "cut"),
    [
        ("Will support be?", True),
        ("Would the new rules be?", True),
        ("What was discussed?", True),
        ("What will the outcome be?", False),
        ("Who was arrested in Oslo?", False),
        ("What was discussed at the talks?", False),
        ("Will the broadcasts continue?", False),
    ],
)
def test_a_question_cut_where_its_predicate_should_go_on_is_vetoed(question, cut):
    from briefing_tui.analysis.questions.standalone import standalone_veto

    assert (standalone_veto(question) == "unfinished-predicate") is cut
