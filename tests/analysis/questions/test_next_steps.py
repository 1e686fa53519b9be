"""A measure that now goes to the next chamber asks that chamber's vote (``next_step.py``).

Invented texts: a committee's vote then "the resolution now goes to the full
House"; a chamber's passed bill then "the bill now goes to the Assembly"; a
measure named by its own words; and what keeps the question back: the next
vote told later, a bare "the bill", a case going to a court, a chamber whose
relative clause asks its vote itself.
"""

from __future__ import annotations

from tests.analysis.questions.helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_committee_vote_sent_on_asks_the_full_chambers_vote(nlp):
    text = (
        "The Senate Ethics Committee voted 9-4 on Monday to censure Senator Tom Reed for "
        "missing votes. The resolution now goes to the full Senate."
    )
    assert "Will the full Senate vote to censure Senator Tom Reed?" in _shown(nlp, text)


def test_a_passed_bill_sent_on_asks_whether_the_next_chamber_will_pass_it(nlp):
    text = (
        "The state Senate on Tuesday passed a bill banning plastic straws. The bill now goes "
        "to the Assembly."
    )
    assert "Will the Assembly pass the bill banning plastic straws?" in _shown(nlp, text)


def test_a_measure_named_by_its_own_words_is_asked_with_them(nlp):
    text = "The harbour safety bill heads to the Senate next week."
    assert any(
        q.startswith("Will the Senate pass the harbour safety bill") for q in _shown(nlp, text)
    )


def test_the_next_chambers_vote_told_later_settles_it(nlp):
    text = (
        "The state Senate on Tuesday passed a bill banning plastic straws. The bill now goes "
        "to the Assembly. On Thursday the Assembly passed it by a vote of 50 to 20."
    )
    found = analysed(nlp, text)
    assert not any("Will the Assembly" in q.question for q in found.shown)
    assert "settled-later" in {f.veto for f in found.findings if f.family == "chamber"}


def test_a_bare_bill_is_held_back(nlp):
    found = analysed(nlp, "The bill now goes to the Senate.")
    assert not found.shown
    assert "unnamed-object" in {f.veto for f in found.findings if f.family == "chamber"}


def test_a_case_going_to_a_court_is_no_chambers_vote(nlp):
    text = "The tax bill now goes to the Supreme Court."
    assert not any(f.family == "chamber" for f in analysed(nlp, text).findings)


def test_a_chamber_whose_relative_clause_tells_its_vote_is_left_to_that_rule(nlp):
    text = (
        "The resolution against Tom Reed now goes to the full House, which is expected to "
        "vote on it next week."
    )
    found = analysed(nlp, text)
    assert not any(f.family == "chamber" for f in found.findings)
    assert "Will the full House vote on the resolution against Tom Reed next week?" in [
        q.question for q in found.shown
    ]


def test_a_chamber_where_the_measures_fate_is_uncertain_is_still_asked(nlp):
    text = (
        "The state Senate on Tuesday passed a bill banning plastic straws. The bill now goes "
        "to the Assembly, where its fate is uncertain."
    )
    assert "Will the Assembly pass the bill banning plastic straws?" in _shown(nlp, text)


def test_a_vote_that_sends_a_resolution_on_asks_the_next_chambers_vote(nlp):
    text = (
        "The Senate Ethics Committee voted 8-4 on Thursday to censure Senator Ray Dunn for "
        "using campaign funds on travel. The committee vote sends the resolution to the "
        "full Senate."
    )
    assert "Will the full Senate vote to censure Senator Ray Dunn?" in _shown(nlp, text)


def test_a_bill_that_goes_before_a_chamber_is_asked(nlp):
    text = "The harbour dredging bill goes before the full Assembly next month."
    assert any(
        q.startswith("Will the full Assembly pass the harbour dredging bill")
        for q in _shown(nlp, text)
    )


def test_a_bare_bill_before_a_chamber_that_will_vote_is_named_by_the_earlier_step(nlp):
    text = (
        "The state House passed a bill last week raising the minimum wage to 15 dollars. The "
        "bill now heads to the Senate, which is expected to vote on it next month."
    )
    assert "Will the Senate pass the bill raising the minimum wage to 15 dollars?" in _shown(
        nlp, text
    )


def test_a_measure_sent_to_the_governor_asks_whether_she_will_sign_it(nlp):
    text = (
        "The Senate passed the harbour budget on Friday. The budget now goes to Governor Ann "
        "Lee, who is expected to sign it."
    )
    assert "Will Governor Ann Lee sign the harbour budget?" in _shown(nlp, text)
