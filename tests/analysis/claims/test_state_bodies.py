"""Session 18, speakers: a land's body named by its land speaks as an actor of its own
("Norvania's weather office said"), and a government named by its seat is the
government of the capital's country ("the government in Ottawa said"), never the country
named last. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def speakers(nlp, text: str) -> list[str | None]:
    """The speaker's actor name of each claim, in order."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    return [names.get(c.source) for c in find_claims(doc, actors)]


def test_a_government_by_its_seat_is_the_capitals_country(nlp):
    text = (
        "Canada took in more refugees last year. Aid agencies said arrivals from Brazil "
        "had doubled since March. The government in Ottawa said the figure was far too high."
    )
    assert speakers(nlp, text)[-1] == "Canada"


def test_a_government_in_a_town_that_is_no_capital_is_not_the_country_named_last(nlp):
    text = (
        "Aid agencies said arrivals from Brazil had doubled since March. "
        "The government in Toronto said the figure was far too high."
    )
    assert speakers(nlp, text)[-1] != "Brazil"


def test_an_invented_lands_office_speaks_as_its_own_body(nlp):
    text = (
        "Norvania's foreign minister flew to Geneva on Sunday. Norvania's cabinet met on "
        "Monday. Norvania's weather office said the storm would reach the coast by night."
    )
    assert speakers(nlp, text)[-1] == "Norvania's weather office"


def test_an_invented_lands_parliament_that_acts_is_a_body(nlp):
    text = (
        "Norvania's foreign minister flew to Geneva on Sunday. Norvania's parliament will "
        "hold a closed session on Monday, the speaker said."
    )
    doc = nlp(text)
    assert "Norvania's parliament" in {a.name for a in find_actors(doc)}
