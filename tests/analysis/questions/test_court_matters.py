"""A court's decision still to come is the story's central open matter (``courts.py``).

Invented sentences of each class: a case a court is hearing ("is weighing a
challenge to ..."), an order with a deadline ("must restore ... before the
election"); and what keeps them unasked or held back: the decision told
later, a case that names no measure, an earlier decision of another court.
"""

from __future__ import annotations

from tests.analysis.questions.helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def _held(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).held]


def test_a_court_weighing_a_challenge_to_a_rule_asks_whether_it_will_uphold_it(nlp):
    text = "A federal appeals court is weighing a challenge to the Tarn Fishing Board's quota rule."
    assert "Will the federal appeals court uphold the Tarn Fishing Board's quota rule?" in _shown(
        nlp, text
    )


def test_a_court_agreeing_to_hear_a_challenge_asks_the_same(nlp):
    text = "The Supreme Court agreed on Monday to hear a challenge to Selo's ban on street stalls."
    assert "Will the Supreme Court uphold Selo's ban on street stalls?" in _shown(nlp, text)


def test_a_case_heard_by_a_panel_is_asked_of_the_named_court(nlp):
    text = (
        "A panel of the Ninth Circuit heard arguments on Tuesday in a challenge to the "
        "Halden port tax."
    )
    assert "Will the Ninth Circuit uphold the Halden port tax?" in _shown(nlp, text)


def test_a_decision_told_later_settles_the_case(nlp):
    text = (
        "A federal appeals court is weighing a challenge to the Tarn Fishing Board's quota "
        "rule. On Friday the court struck down the rule."
    )
    found = analysed(nlp, text)
    assert not any("uphold" in q.question for q in [*found.shown, *found.held])
    assert "settled-later" in {f.veto for f in found.findings if f.family == "court"}


def test_an_earlier_decision_of_another_court_does_not_settle_it(nlp):
    text = (
        "The Supreme Court agreed on Monday to hear a challenge to Selo's ban on street "
        "stalls. A lower court upheld the ban last year."
    )
    assert "Will the Supreme Court uphold Selo's ban on street stalls?" in _shown(nlp, text)


def test_a_case_that_names_no_measure_is_held_back(nlp):
    text = "A state court is hearing a lawsuit. The judge has not set a date."
    found = analysed(nlp, text)
    assert not any("rule on" in q.question for q in found.shown)
    held = [f for f in found.findings if f.family == "court"]
    assert [f.veto for f in held] == ["unnamed-object"]


def test_a_weak_court_question_yields_to_a_sure_one_of_its_sentence(nlp):
    text = "A judge will hear the case in September, court papers show."
    found = analysed(nlp, text)
    assert "unnamed-object" in {f.veto for f in found.findings if f.family == "court"}
    assert not any("rule on" in q.question for q in found.shown)


def test_a_case_against_a_person_is_not_asked_as_upholding_them(nlp):
    text = "A federal court is hearing a challenge against Ann Lee, the harbour master."
    assert not any("uphold" in q for q in [*_shown(nlp, text), *_held(nlp, text)])


def test_a_court_that_heard_a_case_in_the_past_asks_nothing(nlp):
    text = "In 2015 the appeals court reviewed a challenge to the Selo port tax."
    assert not any("uphold" in q for q in [*_shown(nlp, text), *_held(nlp, text)])


def test_an_order_with_a_deadline_asks_whether_it_will_be_met(nlp):
    text = (
        "A federal judge ruled on Monday that Marsk County must reopen six polling places "
        "before the November election."
    )
    assert "Will Marsk County reopen six polling places before the November election?" in _shown(
        nlp, text
    )


def test_an_order_met_later_in_the_article_asks_nothing(nlp):
    text = (
        "A federal judge ruled on Monday that Marsk County must reopen six polling places "
        "before the November election. Marsk County reopened six polling places on Friday."
    )
    assert not any("reopen" in q for q in _shown(nlp, text))


def test_a_duty_a_court_states_without_a_deadline_asks_nothing_here(nlp):
    text = "A federal judge ruled that Marsk County must pay the fine."
    assert not any(f.family == "court" and f.veto is None for f in analysed(nlp, text).findings)


# --- appeals left open (appeals.py) ---------------------------------------------


def test_a_ruling_against_a_law_and_a_review_of_it_ask_whether_the_owner_will_appeal(nlp):
    text = (
        "A state judge on Thursday struck down Norland's ferry licence law. The attorney "
        "general said he would review the decision."
    )
    assert "Will Norland appeal the ruling on its ferry licence law?" in _shown(nlp, text)


def test_days_left_to_appeal_leave_the_appeal_open(nlp):
    text = (
        "A federal court blocked Selo's harbour fee rule on Monday. The city has 30 days to appeal."
    )
    assert "Will Selo appeal the ruling on its harbour fee rule within 30 days?" in _shown(
        nlp, text
    )


def test_an_order_and_silence_on_an_appeal_ask_the_appeal_and_the_order(nlp):
    text = (
        "A federal judge ruled on Monday that Marsk County must reopen six polling places "
        "before the November election. County officials did not say whether they would appeal."
    )
    asked = _shown(nlp, text)
    assert "Will Marsk County appeal the federal judge's order to reopen six polling places?" in (
        asked
    )
    assert "Will Marsk County reopen six polling places before the November election?" in asked


def test_an_appeal_filed_later_settles_it(nlp):
    text = (
        "A federal court blocked Selo's harbour fee rule on Monday. The city has 30 days to "
        "appeal. On Friday the city appealed."
    )
    found = analysed(nlp, text)
    assert not any("appeal the ruling" in q.question for q in found.shown)
    assert "settled-later" in {f.veto for f in found.findings if f.family == "court"}


def test_a_ruling_with_no_appeal_in_view_asks_no_appeal(nlp):
    text = "A federal court blocked Selo's harbour fee rule on Monday. Shops welcomed the news."
    assert not any("appeal" in q for q in _shown(nlp, text))


def test_a_ruling_against_an_unnamed_owner_asks_no_appeal(nlp):
    text = "A federal court blocked the harbour fee rule on Monday. The city has 30 days to appeal."
    assert not any("appeal the ruling" in q for q in _shown(nlp, text))


def test_a_measure_named_as_a_proper_name_is_upheld_or_not(nlp):
    text = (
        "The full appeals court heard oral arguments Tuesday in the challenge to the Selo "
        "Harbour Plan."
    )
    assert "Will the full appeals court uphold the Selo Harbour Plan?" in _shown(nlp, text)


def test_an_order_to_act_by_a_date_asks_whether_it_will_be_met(nlp):
    text = (
        "A federal judge ordered Tarn County to restore voting rights to 400 people before "
        "the November election."
    )
    assert (
        "Will Tarn County restore voting rights to 400 people before the November election?"
        in _shown(nlp, text)
    )


def test_parts_of_a_law_struck_down_ask_the_appeal_of_the_law(nlp):
    text = (
        "A federal judge struck down parts of Norland's ferry licence law on Friday. The "
        "attorney general said the state would review the ruling."
    )
    assert any(
        q.startswith("Will Norland appeal") and q.endswith("ruling on its ferry licence law?")
        for q in _shown(nlp, text)
    )


def test_a_bid_of_a_named_party_rejected_asks_whether_it_will_appeal(nlp):
    text = (
        "A state judge on Monday rejected Linton's bid to block a casino on the river front. "
        "The city's lawyer said Linton would review the decision with the council."
    )
    assert "Will Linton appeal the ruling on its bid to block a casino on the river front?" in (
        _shown(nlp, text)
    )


def test_judges_on_a_named_court_hearing_a_lawsuit_over_a_measure_name_the_court(nlp):
    text = (
        "Judges on the Ninth Circuit Court of Appeals heard arguments on Tuesday in a lawsuit "
        "over the Marsk Energy Agency's limits on coal plants."
    )
    assert (
        "Will the Ninth Circuit Court of Appeals uphold the Marsk Energy Agency's limits on "
        "coal plants?" in _shown(nlp, text)
    )
