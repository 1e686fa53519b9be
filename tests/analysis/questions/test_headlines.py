"""A question only a headline raises is held back: the title sums up, the body tells."""

from __future__ import annotations

from .helpers import analysed


def test_a_question_only_the_headline_raises_is_held_back(nlp):
    text = (
        "Tarva council could close the old port\n\n"
        "Tarva leaders met on Monday in Selo. Ministers spoke about trade."
    )
    found = analysed(nlp, text)
    assert found.shown == []
    assert any("port" in q.question for q in found.held)


def test_a_headline_the_body_repeats_is_still_shown(nlp):
    text = (
        "Harbor council could close Selo ferry\n\n"
        "Council leader Petra Holm said the Harbor council will vote on closing the Selo "
        "ferry on March 12."
    )
    assert any("ferry" in q.question for q in analysed(nlp, text).shown)


def test_the_title_said_again_with_a_full_stop_is_still_a_headline(nlp):
    text = (
        "Tarva leaders weigh plans for a new port\n\n"
        "Tarva leaders weigh plans for a new port.\n\n"
        "Tarva leaders met on Monday in Selo. Ministers spoke about trade."
    )
    assert analysed(nlp, text).shown == []


def test_a_dispute_on_a_line_without_a_full_stop_is_still_shown(nlp):
    text = (
        "Church schools must pay land tax\n\n"
        "The bishops conference of Tarva has denied that the schools received the tax bills"
    )
    assert any(q.kind == "disputed" for q in analysed(nlp, text).shown)
