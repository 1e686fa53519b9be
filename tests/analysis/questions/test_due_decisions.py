"""A named body's decision or findings due by a time ahead is asked by its outcome ("How will
the commission rule on the complaint by Friday?"); a person's choice, a decision with no time
ahead, a matter that needs the article and a decision told as taken ask nothing here."""

from __future__ import annotations

from .helpers import analysed


def _asked(nlp, text: str) -> list[str]:
    found = analysed(nlp, text)
    return [q.question for q in [*found.shown, *found.held]]


def test_a_body_that_will_rule_by_a_day_is_asked_how_it_will_rule(nlp) -> None:
    text = (
        "Tarn Shipping filed a complaint about berth fees. The Selo Port Commission said it "
        "would rule on the complaint by Friday."
    )
    found = analysed(nlp, text)
    assert [q.question for q in found.shown] == [
        "How will the Selo Port Commission rule on the complaint by Friday?"
    ]
    assert found.shown[0].kind == "pending"


def test_a_court_due_to_rule_is_named_by_its_place(nlp) -> None:
    text = (
        "Ana Lindqvist has been held in Varno for a month. A court in Varno is due to rule on "
        "Wednesday on a petition that her lawyer filed."
    )
    assert "How will the court in Varno rule on a petition on Wednesday?" in _asked(nlp, text)


def test_an_outcome_a_body_will_deliver_is_asked_by_its_noun(nlp) -> None:
    text = (
        "The Selo High Court heard the case of Tom Rask in May. The Selo High Court will "
        "deliver its verdict on March 27."
    )
    assert "What verdict will the Selo High Court deliver on March 27?" in _asked(nlp, text)


def test_a_body_expecting_to_decide_by_a_date_is_asked_what_it_will_decide(nlp) -> None:
    text = (
        "The Selo Water Agency is reviewing a request from Tarn Mining. The agency said it "
        "expected to decide by the end of September."
    )
    assert "What will the Selo Water Agency decide by the end of September?" in _asked(nlp, text)


def test_a_decision_told_as_taken_asks_nothing_here(nlp) -> None:
    text = (
        "Tarn Shipping filed a complaint about berth fees. The Selo Port Commission ruled on "
        "the complaint on Friday."
    )
    found = analysed(nlp, text)
    assert not [f for f in found.findings if f.family == "due" and f.veto is None]


def test_an_outcome_names_the_trial_it_is_delivered_in(nlp) -> None:
    text = (
        "Tom Rask denied the charges. The Selo High Court will deliver its verdict on March 27 "
        "in the fraud trial of Tom Rask."
    )
    found = analysed(nlp, text)
    assert [f.question for f in found.findings if f.family == "due"] == [
        "What verdict will the Selo High Court deliver on March 27 in the fraud trial of Tom Rask?"
    ]


def test_a_report_no_owner_is_named_for_joins_the_one_inquiry_opened(nlp) -> None:
    text = (
        "The Selo Rail Safety Office has opened an inquiry into the derailment of a freight "
        "train. A spokeswoman said a preliminary report would be published within 30 days."
    )
    found = analysed(nlp, text)
    report = text.index("A spokeswoman")
    assert [(q.question, [e.start for e in q.evidence]) for q in found.shown] == [
        (
            "What will the Selo Rail Safety Office's inquiry into the derailment of a freight "
            "train find?",
            [0, report],
        )
    ]


def test_a_report_after_two_inquiry_openers_joins_neither(nlp) -> None:
    text = (
        "The Selo Rail Safety Office has opened an inquiry into the derailment. The Selo "
        "Police Service has opened an investigation into the crash. A spokeswoman said a "
        "preliminary report would be published within 30 days."
    )
    report = text.index("A spokeswoman")
    found = analysed(nlp, text)
    assert not [q for q in found.shown if any(e.start == report for e in q.evidence)]


def test_a_whether_clause_with_its_own_verb_is_asked_as_the_decision_it_may_take(nlp) -> None:
    text = (
        "Tarn Pharma recalled 40,000 packs of a heart drug on Monday. The Selo Medicines "
        "Agency said it would decide by Friday whether further action was needed against "
        "Tarn Pharma's licence, including a possible suspension."
    )
    assert (
        "Will the Selo Medicines Agency decide by Friday that further action is needed "
        "against Tarn Pharma's licence?"
    ) in _asked(nlp, text)


def test_a_whether_clause_with_a_past_lexical_verb_is_not_told_back(nlp) -> None:
    text = (
        "A police officer shot a man in Selo on Monday. The Selo Police Commission said it "
        "would decide by Friday whether the officer acted lawfully."
    )
    found = analysed(nlp, text)
    assert "unnamed-matter" in {f.veto for f in found.findings if f.family == "due"}


def test_a_verdict_due_in_a_season_ahead_is_asked(nlp) -> None:
    text = "The Selo Grain Tribunal is due to deliver its verdict in the autumn."
    assert "What verdict will the Selo Grain Tribunal deliver in the autumn?" in _asked(nlp, text)
