"""A common word written with a capital only because it opens a sentence, a headline or a
quote is no actor; a one-word name that opens a sentence stays one. Every text is invented."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.actors import find_actors


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Anger grew on the island after the ferry sank. The harbour master Ona Pell "
            "said the crossing would stay closed.",
            "Anger",
        ),
        (
            "Unofficial results posted by the county office showed 58 percent backing the "
            "plan. Mayor Ivo Terr said he would wait for the final count.",
            "Unofficial",
        ),
        (
            '"Polluters should pay, and the rivers should benefit," Minister Dana Holm said '
            "on Tuesday.",
            "Polluters",
        ),
        (
            "Hours before the vote, Senator Ola Brandt said she would abstain.",
            "Hours",
        ),
    ],
)
def test_a_capital_for_the_sentence_makes_no_actor(nlp, text: str, word: str) -> None:
    names = [a.name for a in find_actors(nlp(text))]
    assert word not in names, names


def test_a_one_word_name_opening_a_sentence_stays_an_actor(nlp) -> None:
    text = (
        "Greyvane claimed responsibility for the attack on Monday. Investigators said "
        "Greyvane had demanded a ransom from the council."
    )
    names = [a.name for a in find_actors(nlp(text))]
    assert "Greyvane" in names, names


def test_a_name_before_a_noun_opening_a_sentence_stays_an_actor(nlp) -> None:
    text = "Vexa founder Ann Lee spoke in Denver on Monday. Lee said the firm would grow."
    names = [a.name for a in find_actors(nlp(text))]
    assert "Vexa" in names, names
