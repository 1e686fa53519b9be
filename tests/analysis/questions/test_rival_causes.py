"""Rival causes: two sources on different sides give one event different causes ("a
signal fault caused the derailment" / "worn track was to blame for the derailment"), asked
"What caused the derailment?"; one side, one cause told twice, two events, a cause the
article settles, or a hedged cause ask nothing."""

from __future__ import annotations

from tests.analysis.questions.helpers import dispute_vetoes, shown_disputes

#: Filler that keeps the two claims apart, as an article does.
_BETWEEN = "The line carries about 9,000 passengers a day. Its stations were rebuilt in 2012. "


def test_two_sides_giving_one_event_two_causes_dispute_it(nlp) -> None:
    text = (
        "Northline Rail said a signal fault caused the derailment. " + _BETWEEN + "The "
        "Associated Train Drivers' Union said worn track was to blame for the derailment."
    )
    assert "What caused the derailment?" in shown_disputes(nlp, text)


def test_a_passive_cause_and_a_cause_resulted_from_are_rival(nlp) -> None:
    text = (
        "The Varro Water Board said the outage had been caused by a burst main. "
        + _BETWEEN
        + "The Tessa Engineers' Guild said the outage resulted from a software update."
    )
    assert "What caused the outage?" in shown_disputes(nlp, text)


def test_due_to_and_the_result_of_are_rival(nlp) -> None:
    text = (
        "Kessel Energy said the blackout was due to a storm. " + _BETWEEN + "The Lorin "
        "Consumers' Council said the blackout was the result of years of neglect."
    )
    assert "What caused the blackout?" in shown_disputes(nlp, text)


def test_one_cause_told_twice_is_no_dispute(nlp) -> None:
    text = (
        "Northline Rail said a signal fault caused the derailment. " + _BETWEEN + "The "
        "Associated Train Drivers' Union said a signal failure was to blame for the derailment."
    )
    assert "What caused the derailment?" not in shown_disputes(nlp, text)
    assert "cause-alike" in dispute_vetoes(nlp, text)


def test_a_hedged_cause_is_no_cause_told(nlp) -> None:
    text = (
        "Northline Rail said a signal fault caused the derailment. " + _BETWEEN + "The "
        "Associated Train Drivers' Union said worn track could have caused the derailment."
    )
    assert "What caused the derailment?" not in shown_disputes(nlp, text)


def test_a_cause_the_article_settles_is_not_asked(nlp) -> None:
    text = (
        "Northline Rail said a signal fault caused the derailment. " + _BETWEEN + "The "
        "Associated Train Drivers' Union said worn track was to blame for the derailment. "
        "In the end, the derailment was caused by a cracked rail."
    )
    assert "What caused the derailment?" not in shown_disputes(nlp, text)
    assert "cause-settled" in dispute_vetoes(nlp, text)


def test_a_noun_of_no_caused_event_asks_nothing(nlp) -> None:
    text = (
        "Northline Rail said rising costs caused the decision. " + _BETWEEN + "The "
        "Associated Train Drivers' Union said politics was to blame for the decision."
    )
    assert not any(q.startswith("What caused") for q in shown_disputes(nlp, text))


def test_two_voices_of_one_side_dispute_no_cause(nlp) -> None:
    text = (
        "Kessel Energy said the blackout was due to a storm. " + _BETWEEN + "Kessel Energy's "
        "chief engineer, Mara Lind, said the blackout was the result of years of neglect."
    )
    assert "What caused the blackout?" not in shown_disputes(nlp, text)
