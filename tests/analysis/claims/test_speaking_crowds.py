"""Session 18, speakers: people who speak together without a name are a group actor and
the speaker of what they say, also with a phrase of where they are or whose side they are
on ("Diplomats in the capital said"), and for more nouns of such people ("Opponents said",
"Organisers said"). Still none for some of them picked out by a clause. Invented texts."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def speakers(nlp, text: str) -> list[str | None]:
    """The speaker's actor name of each claim, in order."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    return [names.get(c.source) for c in find_claims(doc, actors)]


def test_speakers_with_a_phrase_of_place_are_a_group(nlp):
    text = (
        "The two ministers met in Geneva on Monday. Diplomats in the capital said the talks "
        "could resume next month."
    )
    assert speakers(nlp, text) == ["diplomats in the capital"]


def test_speakers_with_a_phrase_of_side_are_a_group(nlp):
    text = "Lawyers on both sides said a ruling could come the same day."
    assert speakers(nlp, text) == ["lawyers on both sides"]


def test_opponents_who_speak_are_a_group(nlp):
    text = "The council backed the stadium plan. Opponents said the vote should be delayed."
    assert speakers(nlp, text)[-1] == "opponents"


def test_organisers_who_speak_are_a_group(nlp):
    text = "Thousands marched through the city on Sunday. Organisers said 8,000 people took part."
    assert speakers(nlp, text)[-1] == "organisers"


def test_some_of_them_picked_out_by_a_clause_are_no_group(nlp):
    text = "Lawmakers opposed to the bill said the vote should be delayed."
    assert speakers(nlp, text) == [None]


def test_members_of_a_body_are_left_to_the_body(nlp):
    doc = nlp("Opponents on the council argued the cap would discourage new building.")
    assert not any(a.kind == "group" for a in find_actors(doc))
