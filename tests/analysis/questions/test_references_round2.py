"""Round two of short references: official instruments said bare, and adjectives that
tell nothing ("the current policy"), named from the article or held back."""

from __future__ import annotations

from briefing_tui.analysis.questions.references import vague_reference

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_bare_official_instrument_is_vague():
    assert vague_reference("Will a judge block the subpoena?") == "the subpoena"
    assert vague_reference("Will the court uphold the rules?") == "the rules"


def test_an_adjective_that_tells_nothing_leaves_the_reference_vague():
    assert vague_reference("Will the board keep the current policy?") == "the current policy"
    assert vague_reference("Will the board keep the policy on grazing fees?") is None


def test_a_bare_subpoena_is_not_shown(nlp):
    text = "Senator Ola Brandt said a federal judge will rule on the subpoena next week."
    assert not any("the subpoena" in q for q in _shown(nlp, text))


def test_the_current_policy_is_named_by_its_fuller_mention(nlp):
    text = (
        "The Varna port authority adopted a night shipping policy in 2019. "
        "Harbour master Ivo Kral said on Monday that the authority will review "
        "the current policy next month."
    )
    found = _shown(nlp, text) + [q.question for q in analysed(nlp, text).held]
    assert found, "a question is raised"
    assert not any("the current policy" in q for q in found)


def test_a_reference_the_question_itself_names_before_is_not_vague():
    assert vague_reference("If the grazing rules pass, will the rules cost farmers jobs?") is None
    assert vague_reference("If the vote passes, will the rules cost farmers jobs?") == "the rules"


def test_a_bare_measure_is_named_by_the_bill_said_before(nlp):
    text = (
        "The Tarva Senate approved a bill to ban plastic bags on Monday. "
        "The House is expected to vote on the measure in May."
    )
    assert _shown(nlp, text) == ["Will the House vote on the bill to ban plastic bags in May?"]


def test_a_bare_measure_is_named_by_its_earlier_infinitive(nlp):
    text = (
        "Lawmakers passed a measure to cap rents in Selo last year. "
        "Landlords said the courts may strike down the measure."
    )
    assert _shown(nlp, text) == ["Will the courts strike down the measure to cap rents in Selo?"]


def test_the_current_policy_is_named_by_its_earlier_gerund(nlp):
    text = (
        "Tarva schools follow a policy of closing on snow days. Education minister Ann Lee "
        "said the Tarva Education Ministry will review the current policy next month."
    )
    assert _shown(nlp, text) == [
        "Will the Tarva Education Ministry review the policy of closing on snow days next month?"
    ]
