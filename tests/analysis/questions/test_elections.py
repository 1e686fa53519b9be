"""The agenda's elections: a contest the article calls still open is asked by its winner,
with its named owner; one told won later, or with no name, asks nothing."""

from __future__ import annotations

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def test_a_runoff_called_too_close_to_call_asks_who_will_win_it(nlp):
    text = (
        "Tarvia's presidential runoff remains too close to call four days before polling, "
        "according to a survey published on Monday. The survey put Ann Lee one point ahead "
        "of Tom Dale."
    )
    assert "Who will win Tarvia’s presidential runoff?" in _shown(nlp, text)


def test_a_runoff_won_later_in_the_article_asks_nothing(nlp):
    text = (
        "Tarvia's presidential runoff remains too close to call, according to a survey "
        "published on Monday. By Sunday night Ann Lee had won the runoff by two points."
    )
    assert not any(q.startswith("Who will win") for q in _shown(nlp, text))


def test_an_election_with_no_named_owner_asks_nothing(nlp):
    text = "The runoff remains too close to call, according to a survey published on Monday."
    assert not any(q.startswith("Who will win") for q in _shown(nlp, text))
