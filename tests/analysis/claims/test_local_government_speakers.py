"""A city or county as a speaker (issue 16, item 9): "the county" is the one place named
with that noun; "It" after a city or county as subject is that place. Every text is
invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def last_speaker(nlp, text: str) -> tuple[str | None, str | None]:
    """(source text, actor name) of the last claim."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    claim = find_claims(doc, actors)[-1]
    return claim.source_text, names.get(claim.source) if claim.source else None


def test_the_county_is_the_one_county_named(nlp):
    text = (
        "Marion County officials met with the company. The county said it would inspect the plant."
    )
    assert last_speaker(nlp, text) == ("The county", "Marion County")


def test_the_county_with_two_counties_named_is_nobody(nlp):
    text = (
        "Marion County and Polk County officials met with the company. "
        "The county said it would inspect the plant."
    )
    assert last_speaker(nlp, text)[1] is None


def test_it_after_the_city_as_subject_is_the_city(nlp):
    text = (
        "The city of Phoenix is demanding that the campaign stop using images of its "
        "officers.\n\nThe city sent a letter on Thursday. It says the campaign broke the law."
    )
    assert last_speaker(nlp, text) == ("It", "Phoenix")


def test_it_after_a_county_as_subject_is_the_county(nlp):
    text = "Marion County closed the plant on Friday. It said the plant had leaked for months."
    assert last_speaker(nlp, text) == ("It", "Marion County")
