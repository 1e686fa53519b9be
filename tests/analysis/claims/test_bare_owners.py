"""A bare noun before a voice or a document ("a police spokeswoman", "a police statement")
is the one actor the article writes with that bare noun ("Police said"), as it is the one
written "the council" for "a council spokesperson" (issue 16, item 9; ``claims/voices.py``,
``ActorIndex.described_as``). Every text is invented."""

from __future__ import annotations

from tests.analysis.readers import speakers_in_order as speakers


def test_a_police_statement_is_the_police_the_article_writes_bare(nlp):
    text = (
        "Police said two men had been arrested. Three cars were damaged, according to a "
        "police statement."
    )
    assert speakers(nlp, text)[-1] == ("a police statement", "police")


def test_a_police_spokeswoman_speaks_for_the_police_the_article_writes_bare(nlp):
    text = (
        "Police said two men had been arrested. Both men were released on Tuesday, a "
        "police spokeswoman said."
    )
    assert speakers(nlp, text)[-1] == ("a police spokeswoman", "police")


def test_a_police_spokeswoman_with_two_police_bodies_speaks_for_neither(nlp):
    text = (
        "The Harbor Police Union and the Harbor Police Service met on Monday. A police "
        "spokeswoman said the talks had failed."
    )
    assert speakers(nlp, text)[-1] == ("A police spokeswoman", None)
