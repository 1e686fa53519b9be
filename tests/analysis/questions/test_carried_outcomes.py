"""Conditions whose outcome another word carries: a verb of expecting, hoping or
threatening, an adjective of readiness, or a reporting verb after a condition put first
(``carried_outcomes``, ``rules._conditions``)."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.questions.carried_outcomes import carried_outcome
from briefing_tui.analysis.questions.scope import condition_target

from .helpers import analysed


def _conditional(nlp, text: str) -> list[str]:
    found = analysed(nlp, text)
    return [f.question for f in found.findings if f.family == "condition" and f.veto is None]


def _vetoes(nlp, text: str) -> list[str | None]:
    found = analysed(nlp, text)
    return [f.veto for f in found.findings if f.family == "condition"]


def test_an_expected_act_on_a_condition_is_asked_with_its_condition(nlp):
    text = (
        "Ann Lee said she expected the Corvel central bank to raise rates in May if the "
        "budget vote slipped."
    )
    # a past "expected X to" is a reported "will": asked in the reader's present
    assert _conditional(nlp, text) == [
        "Will the Corvel central bank raise rates in May if the budget vote slips?"
    ]


def test_a_hoped_step_on_a_condition_is_asked_of_its_subject(nlp):
    text = (
        "Chief executive Tove Brand said Marvel Air hoped to resume flights to Oslo on "
        "Friday if the new software is certified."
    )
    assert _conditional(nlp, text) == [
        "Will Marvel Air resume flights to Oslo on Friday if the new software is certified?"
    ]


def test_a_condition_put_before_a_report_conditions_what_is_reported(nlp):
    text = (
        "If the Velmoran Greens get no guarantee on coal, party leader Ana Ruiz has said "
        "the Velmoran Greens will vote against the budget."
    )
    questions = _conditional(nlp, text)
    assert len(questions) == 1
    assert questions[0].endswith(
        "vote against the budget if the Velmoran Greens get no guarantee on coal?"
    )


def test_an_event_expected_on_a_condition_is_asked(nlp):
    text = (
        "If the Kestrel Football League approves the sale, the takeover of Harbour Rovers "
        "is expected to be completed in August, the club said."
    )
    assert _conditional(nlp, text) == [
        "Will the takeover of Harbour Rovers be completed in August if the Kestrel Football "
        "League approves the sale?"
    ]


def test_a_negated_expectation_carries_no_outcome(nlp):
    doc = nlp(
        "Ann Lee said she did not expect the Corvel central bank to raise rates if the vote "
        "slipped."
    )
    marker = next(t for t in doc if t.lower_ == "if")
    target = condition_target(marker)
    assert target is not None
    assert carried_outcome(target) is None or target.head.lemma_ != "expect"


@pytest.mark.parametrize(
    "text",
    [
        # a general rule stays one, whatever word carries it
        "Economists expect prices to rise if a harvest fails.",
        # the report comes after its clause: the condition is the clause's own, no carrier
        "If you ask me, the plan is sound, Ann Lee said.",
    ],
)
def test_no_carried_conditional_without_a_named_outcome(nlp, text):
    assert _conditional(nlp, text) == []


def test_a_speaker_s_threat_on_a_condition_with_a_deadline_is_asked(nlp):
    text = (
        "The Velmar Water Board said on Monday it would take the Kestrel government to court "
        "if 40 million dollars in flood aid was not paid by Friday."
    )
    questions = _conditional(nlp, text)
    assert len(questions) == 1
    assert questions[0].startswith("Will the Velmar Water Board take the Kestrel government")


@pytest.mark.parametrize(
    "text",
    [
        # a window any customer may act in is a policy, not an occasion
        "If a customer complains within 30 days, Nordline will pay the fare back.",
        # a subject with "a" still means anyone, deadline or not
        "If a customer complains by Friday, Nordline will pay the fare back.",
    ],
)
def test_a_deadline_does_not_make_a_policy_an_occasion(nlp, text):
    assert _conditional(nlp, text) == []


def test_a_commenting_participle_clause_is_cut_from_a_long_conditional(nlp):
    from briefing_tui.analysis.questions.condition_cuts import condition_cuts

    doc = nlp(
        "The Velmar Water Board said it would sue the Kestrel government if the aid was not "
        "paid by Friday, deepening a standoff that has left farmers waiting."
    )
    outcome = next(t for t in doc if t.lower_ == "sue")
    condition = next(t for t in doc if t.lower_ == "paid")
    participle = next(t for t in doc if t.lower_ == "deepening")
    assert any(participle.i in cut for cut in condition_cuts(outcome, condition))


def test_were_after_a_plural_subject_is_a_past_not_a_subjunctive(nlp):
    text = (
        "Party leader Ana Ruiz said the Velmoran Greens would return to the Kestrel "
        "government if the coal subsidies were cut."
    )
    assert _conditional(nlp, text) == [
        "Will the Velmoran Greens return to the Kestrel government if the coal subsidies are cut?"
    ]


def test_were_after_a_singular_subject_still_imagines(nlp):
    text = "Mayor Ines Varga said she would refuse the post if it were offered."
    assert _conditional(nlp, text) == []
    assert "reported-past" in _vetoes(nlp, text)
