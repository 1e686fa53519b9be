"""A party's position still to be taken is asked by the side it takes, not by whether it
decides (``positions_ahead``)."""

from __future__ import annotations

from .helpers import analysed


def _shown(nlp, text: str) -> list[str]:
    return [q.question for q in analysed(nlp, text).shown]


def _asked(nlp, text: str) -> list[str]:
    return [
        f.question for f in analysed(nlp, text).findings if (f.question or "").startswith("What")
    ]


def test_a_body_that_will_decide_its_position_is_asked_the_side_it_takes(nlp):
    text = (
        "The Selo Farmers' Union will decide its position on the water levy at a caucus "
        "meeting on Wednesday evening."
    )
    assert _asked(nlp, text) == [
        "What position will the Selo Farmers' Union take on the water levy at a caucus "
        "meeting on Wednesday evening?"
    ]
    text = (
        "The Selo Farmers' Union will decide its position at a caucus meeting on Wednesday evening."
    )
    assert (
        "What position will the Selo Farmers' Union take at a caucus meeting on Wednesday "
        "evening?" in _shown(nlp, text)
    )


def test_a_reported_announcement_of_a_decision_asks_what_it_will_be(nlp):
    text = (
        "Mayor Ines Varga said the Selo Farmers' Union would announce its decision after "
        "the council's vote."
    )
    assert _asked(nlp, text) == [
        "What decision will the Selo Farmers' Union announce after the council's vote?"
    ]


def test_a_decision_already_announced_or_refused_asks_nothing(nlp):
    assert _asked(nlp, "The Selo Farmers' Union announced its decision on Monday.") == []
    text = "The Selo Farmers' Union will not announce its decision before the vote."
    assert _asked(nlp, text) == []


def test_a_court_is_left_to_the_court_rules(nlp):
    text = "The Selo District Court will announce its decision on Friday."
    assert _asked(nlp, text) == []


def test_a_body_named_through_its_pronoun_gets_one_article(nlp):
    text = (
        "The Selo Farmers' Union held talks with the ministry on Monday. It will decide its "
        "position at a caucus meeting on Wednesday evening."
    )
    asked = _asked(nlp, text)
    assert asked and all("the the" not in q.lower() for q in asked)
