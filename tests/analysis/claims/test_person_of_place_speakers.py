"""A person's name the model ran on into "of" and a place ("Britt Halvorsen of
Nordmark") is still that person, so her words are not given to the other woman of the
paragraph (issue 16, item 9; ``actors/classify._person_before_of``). Every text is
invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims

TEXT = (
    "Katya Renn will face a hearing in June.\n\n"
    "Renn's main rival in the single sculls, Britt Halvorsen of Nordmark, said she felt "
    'sad for the sport. "I hope the truth comes out," she said after training.'
)


def test_the_name_before_of_a_place_is_a_person(nlp):
    people = [a.name for a in find_actors(nlp(TEXT)) if a.kind == "person"]
    assert "Britt Halvorsen" in people


def test_the_quote_goes_to_the_named_rival_not_the_athlete(nlp):
    doc = nlp(TEXT)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    claim = next(
        c for c in find_claims(doc, actors) if "truth" in TEXT[c.content.start : c.content.end]
    )
    assert names.get(claim.source) == "Britt Halvorsen"


def test_a_title_of_a_place_stays_whole(nlp):
    doc = nlp("The Duke of Kent opened the bridge on Monday.")
    assert all(a.name != "Duke" for a in find_actors(doc))
