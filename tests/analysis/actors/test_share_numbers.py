"""A number after a name that is a share of something is no version of a thing (issue 16,
actors): "gave the ruling Harbour Alliance 22 of the council's 40 seats" names a party, not
a product "Harbour Alliance 22" (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def names_of(nlp, text: str) -> list[str]:
    return [a.name for a in find_actors(nlp(text))]


def test_a_share_of_seats_after_a_name_is_no_version(nlp):
    text = (
        "The count gave the ruling Harbour Alliance 22 of the council's 40 seats. The Harbour "
        "Alliance has nominated the mayor for a second term."
    )
    assert "Harbour Alliance" in names_of(nlp, text)


def test_a_percentage_after_a_name_is_no_version(nlp):
    text = "Voters gave the Farmers League 40 percent. The Farmers League will nominate a mayor."
    assert "Farmers League" in names_of(nlp, text)


def test_a_version_number_still_names_a_thing(nlp):
    assert names_of(nlp, "Users of Lumen 9 complained about the update.") == []
