"""A deciding body set to vote on a measure on a named day asks whether it adopts the
measure; a vote told in the past, negated or without a day asks nothing here."""

from __future__ import annotations

from .helpers import analysed


def _asked(text: str, nlp) -> list[str]:
    found = analysed(nlp, text)
    return [q.question for q in [*found.shown, *found.held]]


def test_a_present_vote_on_a_day_asks_whether_the_body_passes_the_bill(nlp) -> None:
    text = (
        "The ferry bill cleared the Lund Senate in May. The Lund Assembly votes on the bill "
        "on June 4."
    )
    found = analysed(nlp, text)
    assert [q.question for q in found.shown] == [
        "Will the Lund Assembly pass the ferry bill on June 4?"
    ]
    assert found.shown[0].kind == "pending"


def test_taking_it_up_names_the_measure_from_the_sentence_before(nlp) -> None:
    text = (
        "The measure, House Bill 88, passed the Korvin Senate 20-12 last month. The Assembly "
        "is scheduled to take it up on Tuesday, April 7."
    )
    assert "Will the Assembly pass House Bill 88 on Tuesday, April 7?" in _asked(text, nlp)


def test_a_vote_told_in_the_past_asks_nothing_here(nlp) -> None:
    text = "The Lund Assembly voted on the ferry bill on June 4."
    assert not any(" pass " in q for q in _asked(text, nlp))


def test_a_vote_without_a_day_asks_nothing_here(nlp) -> None:
    text = "The Lund Assembly votes on the ferry bill."
    assert not any(" pass " in q for q in _asked(text, nlp))


def test_a_will_vote_on_a_named_bill_is_left_to_the_forecast_rules(nlp) -> None:
    text = "The Lund Assembly will vote on the ferry bill on June 4."
    assert "Will the Lund Assembly vote on the ferry bill on June 4?" in _asked(text, nlp)


def test_a_vote_the_article_tells_later_is_settled(nlp) -> None:
    text = (
        "The ferry bill cleared the Lund Senate in May. The Lund Assembly votes on the bill "
        "on June 4. On June 4 the assembly "
        "passed the bill 50-40."
    )
    found = analysed(nlp, text)
    assert not any(" pass " in q for q in _asked(text, nlp))
    assert "settled-later" in {f.veto for f in found.findings if f.family == "vote"}


def test_a_vote_s_outcome_counts_as_the_body_s_pending_decision(nlp) -> None:
    from briefing_tui.analysis.questions.stakes import asks_a_decision

    sentence = nlp(
        "The measure is scheduled for a vote. The Lund Assembly will take it up on June 4."
    )
    last = list(sentence.sents)[-1]
    assert asks_a_decision("Will the Lund Assembly pass the ferry bill on June 4?", [last])
    assert not asks_a_decision("Will the Lund Assembly meet on June 4?", [last])
