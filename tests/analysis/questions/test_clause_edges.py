"""Where a question's clause begins and ends: an aside's closing comma, a possessive's
spacing, and the speaker's own refusal that the parse joins to the reported clause."""

from __future__ import annotations

from tests.analysis.questions.helpers import ask


def _texts(nlp, text: str) -> list[str]:
    return [q.question for q in ask(nlp, text)]


def test_a_subject_set_off_by_commas_keeps_its_closing_comma(nlp) -> None:
    text = (
        "It is unclear whether the safety audit, commissioned from Lakeshore College, "
        "will be finished by the June hearing."
    )
    asked = _texts(nlp, text)
    assert any("Lakeshore College, be finished" in q for q in asked), asked


def test_a_denied_possessive_is_spelt_as_written(nlp) -> None:
    text = (
        "The dockworkers' union says the new cranes will cost 150 jobs. "
        "Harbor Freight Lines spokesman Tom Hadley rejected the union's estimate."
    )
    asked = _texts(nlp, text)
    assert not any("union 's" in q for q in asked), asked


def test_the_speakers_refusal_is_not_part_of_the_reported_clause(nlp) -> None:
    text = (
        "A spokeswoman for the water board said a decision was expected by the end of "
        "April but declined to give a date."
    )
    asked = _texts(nlp, text)
    # the expectation itself is told as fact ("Was a decision expected by ...?" is vetoed)
    assert not any("declined" in q or "decline" in q for q in asked), asked
    assert not any(q.startswith("Was a decision expected") for q in asked), asked


def test_it_in_what_a_body_said_it_would_do_is_that_body(nlp) -> None:
    text = (
        "The Lakeshore Chamber of Commerce warned that food prices could rise within weeks "
        "if the bridge stayed shut, and said it would ask the regional council to intervene."
    )
    asked = _texts(nlp, text)
    assert not any("the bridge ask" in q for q in asked), asked
    assert any("Chamber of Commerce ask" in q for q in asked), asked


def test_what_a_blocked_law_would_have_done_is_no_question(nlp) -> None:
    text = (
        "The law, passed by the council in May, would have limited trucks to 40 tons "
        "on the old bridge."
    )
    assert _texts(nlp, text) == []


def test_a_question_that_asks_do_so_is_held_back(nlp) -> None:
    from briefing_tui.analysis.questions.references import vague_reference

    assert vague_reference("Will Northwind do so?") == "do so"
    assert vague_reference("Will the council do that if the vote fails?") == "do that"
    assert vague_reference("Will the council do that job?") is None


def test_a_name_the_tagger_took_for_a_noun_keeps_its_capital(nlp) -> None:
    text = (
        "Regulators fined Northwind last year. Analysts said the company might have to set "
        "aside money for a possible penalty. "
        "Northwind has not said whether it will set aside money."
    )
    asked = _texts(nlp, text)
    assert not any("northwind" in q for q in asked), asked


def test_a_decision_said_with_a_in_the_past_is_vague_too(nlp) -> None:
    from briefing_tui.analysis.questions.references import vague_reference

    assert vague_reference("Was a decision expected by the end of April?") == "a decision"
    assert vague_reference("Was a decision on the permit expected by April?") is None


def test_the_measure_is_named_by_what_the_vote_was_on(nlp) -> None:
    text = (
        "The Harlow City Council postponed a vote on a $90 million expansion of the ferry "
        "terminal on Tuesday. Mayor Ann Ruiz said the council would take up the measure "
        "again on March 14."
    )
    asked = _texts(nlp, text)
    # taken up on a day: asked by its outcome (``agenda_asked``), the measure named
    assert any(
        "approve the $90 million expansion of the ferry terminal on March 14" in q for q in asked
    ), asked
    assert any(q.startswith("Will the Harlow City Council approve") for q in asked), asked


def test_a_dated_hope_told_in_reported_past_is_still_a_plan(nlp) -> None:
    text = (
        "Brandvik Pharma said it still believed the drug could help millions of people and "
        "that it hoped to restart the trial next year."
    )
    assert "Will Brandvik Pharma restart the trial next year?" in _texts(nlp, text)


def test_a_hope_told_in_the_past_with_no_date_is_no_plan(nlp) -> None:
    # a guard: "hoped to win" with nothing ahead tells the past
    text = "As a boy, Tom Reed hoped to win the county fair."
    assert _texts(nlp, text) == []
