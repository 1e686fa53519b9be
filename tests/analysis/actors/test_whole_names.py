"""Names kept whole past a possessive (issue 16, actors item 2; invented texts): "the Harbour
Magistrate's Court", "the Harbour Workers' Alliance" are one organisation each, not a title or a
crowd cut off before the organisation's head word."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def names_of(nlp, text: str) -> list[str]:
    return [a.name for a in find_actors(nlp(text))]


def test_a_court_named_after_a_possessive_title_stays_whole(nlp):
    text = (
        "The two captains will appear before the Kessel Bay Magistrate's Court on Friday, "
        "according to a court official."
    )
    assert names_of(nlp, text) == ["Kessel Bay Magistrate's Court"]


def test_an_alliance_named_after_a_plural_possessive_stays_whole_with_its_acronym(nlp):
    text = (
        "The Harbour Workers' Alliance (HWA), which represents most of the striking crane "
        "drivers, said on Monday that talks with the terminal operator had failed."
    )
    assert names_of(nlp, text) == ["Harbour Workers' Alliance"]
