"""A named party's act on a condition is a threat or a pledge even when the condition's
own subject is indefinite; a condition with no named party acting stays a general rule."""

from __future__ import annotations

from .helpers import analysed


def test_a_named_party_s_act_on_an_indefinite_condition_is_asked(nlp) -> None:
    text = (
        "If an independent panel confirmed the leak, Dravia would seek compensation from "
        "Orvik Mining, the ministry said."
    )
    found = analysed(nlp, text)
    asked = [q.question for q in found.shown if q.kind == "conditional"]
    # reported by the ministry: the condition and the "would" asked in the reader's present
    assert asked == [
        "If an independent panel confirms the leak, will Dravia seek compensation from "
        "Orvik Mining?"
    ]
    assert "general-rule" not in {f.veto for f in found.findings}


def test_a_named_party_s_act_through_a_complement_is_asked(nlp) -> None:
    text = "If a court rules against the port, the Selo Dockers Union will move to block the sale."
    found = analysed(nlp, text)
    assert "general-rule" not in {f.veto for f in found.findings}


def test_a_general_rule_with_no_named_party_stays_vetoed(nlp) -> None:
    found = analysed(nlp, "If a company hides a spill, its shares will fall.")
    assert found.shown == []
    assert "general-rule" in {f.veto for f in found.findings}


def test_a_named_party_s_state_on_an_indefinite_condition_stays_vetoed(nlp) -> None:
    # "be" is no act the party takes: "Dravia would be richer" states a rule of trade
    found = analysed(nlp, "If a buyer pays more for grain, Dravia will be richer.")
    assert found.shown == []
    assert "general-rule" in {f.veto for f in found.findings}


def test_a_named_party_s_policy_for_any_member_of_a_class_stays_vetoed(nlp) -> None:
    # "a customer" is any customer: a standing policy, not a threat on a finding to come
    found = analysed(nlp, "If a customer complains, Nordline will pay the fare back.")
    assert found.shown == []
    assert "general-rule" in {f.veto for f in found.findings}
