"""Results the article says are awaited are asked by what they will show; results told
as past, or whose showing the article tells later, ask nothing."""

from __future__ import annotations

from .helpers import analysed


def _asked(nlp, text: str) -> list[str]:
    return [
        f.question for f in analysed(nlp, text).findings if f.family == "awaited" and f.question
    ]


def test_results_that_will_show_whether_are_asked_by_what_they_show(nlp):
    text = (
        "Farmers near Odden said on Tuesday they would sue the dairy board, as inspectors"
        " waited for tests that will show whether the milk from the Odden plant is tainted."
    )
    assert _asked(nlp, text) == [
        "Will the tests show that the milk from the Odden plant is tainted?"
    ]


def test_results_expected_to_determine_whether_are_asked(nlp):
    text = (
        "An autopsy on the Kell zoo's elephant is expected to determine whether the animal"
        " was poisoned, the zoo's director said."
    )
    assert _asked(nlp, text) == ["Will the autopsy show that the animal was poisoned?"]


def test_results_told_as_past_ask_nothing(nlp):
    text = "The tests showed whether the milk from the Odden plant was tainted, officials said."
    assert _asked(nlp, text) == []


def test_a_showing_without_whether_asks_nothing(nlp):
    text = "Officials waited for tests that will show the scale of the spill at the Odden plant."
    assert _asked(nlp, text) == []


def test_what_the_results_showed_later_settles_it(nlp):
    text = (
        "Inspectors waited for tests that will show whether the milk from the Odden plant is"
        " tainted. On Friday the tests showed that the milk was safe."
    )
    report = analysed(nlp, text)
    assert _asked(nlp, text) == []
    assert any(f.family == "awaited" and f.veto == "settled-later" for f in report.findings)
