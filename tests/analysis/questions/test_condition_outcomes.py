"""Conditional questions whose outcome's modal sits on the verb above the one the parse
hangs the condition on ("would have to pay ... if", "would ask the court to strike it
down if"), and conditional questions too long to ask whole, shortened rather than dropped
(``rules._conditions``, ``condition_cuts``)."""

from __future__ import annotations

from briefing_tui.analysis.questions.condition_cuts import condition_cuts
from briefing_tui.model import QuestionKind

from .helpers import analysed


def _conditional(nlp, text: str) -> list[str]:
    found = analysed(nlp, text)
    return [f.question for f in found.findings if f.family == "condition" and f.veto is None]


def test_a_condition_on_an_infinitive_finds_the_modal_above_it(nlp):
    text = (
        "Under the merger agreement, Halvard Foods would have to pay Corvel Dairy a fee of "
        "20 million dollars if the takeover is blocked by regulators."
    )
    assert _conditional(nlp, text) == [
        "Would Halvard Foods have to pay Corvel Dairy a fee of 20 million dollars if the "
        "takeover is blocked by regulators?"
    ]


def test_who_says_so_is_left_out_of_the_conditional_question(nlp):
    text = (
        "Halvard Foods would have to pay Corvel Dairy a fee of 20 million dollars if the "
        "takeover is blocked, according to a filing with the stock exchange."
    )
    found = analysed(nlp, text)
    asked = [q for q in found.shown if q.kind == QuestionKind.CONDITIONAL]
    assert [q.question for q in asked] == [
        "Would Halvard Foods have to pay Corvel Dairy a fee of 20 million dollars if the "
        "takeover is blocked?"
    ]


def test_a_request_to_a_court_on_a_condition_is_a_conditional_question(nlp):
    text = (
        "The Marden Landlords Association said it would ask the Supreme Court to strike "
        "down the Marden rent law if the governor signs it."
    )
    assert _conditional(nlp, text) == [
        "Will the Marden Landlords Association ask the Supreme Court to strike down the "
        "Marden rent law if the governor signs it?"
    ]


def test_an_expectation_with_no_modal_is_still_no_condition(nlp):
    text = "Ann Lee said she expected the Corvel central bank to raise rates if inflation rose."
    assert _conditional(nlp, text) == []


def test_a_long_conditional_loses_its_later_adjuncts_not_its_condition(nlp):
    text = (
        "If the Corvel Sports Tribunal upholds the Corvel Ski Federation's appeal, Nora Brandt "
        "would be banned for four "
        "years from the date of the tribunal's final written decision on the case, minus any "
        "period already served."
    )
    assert _conditional(nlp, text) == [
        "If the Corvel Sports Tribunal upholds the Corvel Ski Federation's appeal, would Nora "
        "Brandt be banned for four years?"
    ]


def test_the_cuts_keep_the_first_adjunct_and_never_the_condition(nlp):
    doc = nlp(
        "If the tribunal upholds the appeal, Nora Brandt would be banned for four years "
        "from the date of the decision."
    )
    outcome = next(t for t in doc if t.lower_ == "banned")
    condition = next(t for t in doc if t.lower_ == "upholds")
    cuts = condition_cuts(outcome, condition)
    dropped = {doc[i].lower_ for cut in cuts for i in cut}
    assert "from" in dropped
    assert not {"for", "four", "years", "if", "upholds", "appeal"} & dropped


def test_a_step_that_waits_on_an_event_is_a_conditional_question(nlp):
    text = (
        "The Halden Transport Authority said the Varn bridge would reopen once the Halden City "
        "Council approved the repair budget."
    )
    assert _conditional(nlp, text) == [
        "Will the Varn bridge reopen once the Halden City Council approves the repair budget?"
    ]


def test_a_step_a_body_tells_in_the_passive_is_asked_of_that_body(nlp):
    text = (
        "The Halden Transport Authority banned lorries from the Varn bridge on Monday. In a "
        "statement, the authority said the lorry ban would be reviewed once the Halden Safety "
        "Board had published its report."
    )
    assert _conditional(nlp, text) == [
        "Will the Halden Transport Authority review the lorry ban once the Halden Safety "
        "Board has published its report?"
    ]


def test_a_state_that_follows_an_event_is_no_step(nlp):
    text = "The Halden Chamber of Commerce said sales would rise once the new bridge opened."
    found = analysed(nlp, text)
    assert [f.veto for f in found.findings if f.family == "condition"] == ["not-a-step"]


def test_once_as_an_adverb_sets_no_condition(nlp):
    text = "The Halden Transport Authority said it would once again reopen the Varn bridge."
    assert _conditional(nlp, text) == []


def test_a_negated_step_on_an_event_is_not_asked_without_its_negation(nlp):
    text = "The mayor of Halden said residents would not be allowed back once the river rose."
    assert _conditional(nlp, text) == []
