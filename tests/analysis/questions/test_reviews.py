"""A proposal a deciding body is reviewing asks whether the body will approve it
(``reviews.py``); invented texts, with what keeps the question back."""

from __future__ import annotations

from tests.analysis.questions.helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_commission_reviewing_a_named_merger_asks_whether_it_will_approve_it(nlp):
    text = (
        "The state utilities commission is reviewing the proposed merger of Selo Power and "
        "Tarn Electric."
    )
    assert (
        "Will the state utilities commission approve the merger of Selo Power and Tarn Electric?"
        in _shown(nlp, text)
    )


def test_regulators_weighing_an_owned_application_ask_the_same(nlp):
    text = "Federal regulators are weighing Arvo Mining's application for a new copper mine."
    assert (
        "Will the federal regulators approve Arvo Mining's application for a new copper mine?"
        in (_shown(nlp, text))
    )


def test_the_bodys_decision_told_later_settles_it(nlp):
    text = (
        "The state utilities commission is reviewing the proposed merger of Selo Power and "
        "Tarn Electric. On Friday the commission approved the merger."
    )
    found = analysed(nlp, text)
    assert not any("approve the merger" in q.question for q in found.shown)
    assert "settled-later" in {f.veto for f in found.findings if f.family == "review"}


def test_a_bare_deal_under_review_is_held_back(nlp):
    found = analysed(nlp, "The state utilities commission is reviewing the deal.")
    assert not any("approve" in q.question for q in found.shown)
    assert "unnamed-object" in {f.veto for f in found.findings if f.family == "review"}


def test_a_review_told_in_the_past_asks_nothing(nlp):
    text = "In 2019 the state utilities commission reviewed the merger of Selo Power and Tarn Oil."
    assert not any(f.family == "review" for f in analysed(nlp, text).findings)


def test_a_court_reviewing_is_left_to_the_court_rules(nlp):
    text = "A federal court is reviewing Arvo Mining's application for a new copper mine."
    assert not any(f.family == "review" for f in analysed(nlp, text).findings)


def test_a_proposal_named_by_what_it_would_do_keeps_those_words(nlp):
    text = "The planning board is studying a proposal to close Mill Street to cars."
    asked = [q.question for q in (*analysed(nlp, text).shown, *analysed(nlp, text).held)]
    assert "Will the planning board approve the proposal to close Mill Street to cars?" in asked


def test_a_named_body_that_will_consider_a_request_asks_whether_it_grants_it(nlp):
    text = (
        "The Selo Electoral Commission certified the result on Monday. A spokesman said the "
        "commission would consider the recount request at a session on Thursday."
    )
    assert "Will the Selo Electoral Commission grant the recount request?" in _shown(nlp, text)


def test_a_request_the_body_decides_later_is_settled(nlp):
    text = (
        "The Selo Electoral Commission certified the result on Monday. A spokesman said the "
        "commission would consider the recount request at a session on Thursday. On Friday the "
        "commission rejected the recount request."
    )
    found = analysed(nlp, text)
    assert not any("recount request" in q.question for q in found.shown)
    assert "settled-later" in {f.veto for f in found.findings if f.family == "review"}


def test_a_body_with_no_name_that_will_consider_an_application_asks_nothing(nlp):
    text = "The authority will consider the application on Tuesday."
    assert not any(f.family == "review" and f.question for f in analysed(nlp, text).findings)
