"""A country that only owns a thing or a body does not act (issue 16, actors item 1;
invented texts): it is kept as a place that locates events, not listed among the actors."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def located(nlp, text: str) -> dict[str, bool]:
    return {a.name: a.located_only for a in find_actors(nlp(text)) if a.kind == "country"}


def test_a_country_that_owns_a_watchdog_and_locates_only_locates(nlp):
    text = (
        "Portugal's market watchdog said on Monday it had opened an inquiry into the lender. "
        "The case has drawn wide attention in Portugal."
    )
    assert located(nlp, text) == {"Portugal": True}


def test_a_country_whose_minister_speaks_stays_an_actor(nlp):
    text = (
        "Portugal's finance minister said on Monday the lender would be sold. The case has "
        "drawn wide attention in Portugal."
    )
    assert located(nlp, text) == {"Portugal": False}
