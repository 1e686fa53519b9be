"""Session 18, speakers: a speaker the article describes without naming ("A Western
diplomat said", "A consumer foundation said") is an actor of its own, named by the
description, and "the diplomat" later is the same speaker. A bare "an official said" or a
spokesperson makes none. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import adopt_speakers, find_claims


def speakers(nlp, text: str) -> list[str | None]:
    """The speaker's actor name of each claim, in order, after the speakers are adopted."""
    doc = nlp(text)
    actors = find_actors(doc)
    claims = find_claims(doc, actors)
    adopt_speakers(doc, actors, claims)
    names = {a.id: a.name for a in actors}
    return [names.get(c.source) for c in claims]


def test_a_described_diplomat_is_an_actor_and_the_diplomat_is_the_same(nlp):
    text = (
        "Norvania imposed sanctions on Monday. A Western diplomat, speaking on condition of "
        "anonymity, said several governments had urged restraint. The diplomat said the "
        "sanctions would not change much."
    )
    assert speakers(nlp, text) == ["a Western diplomat", "a Western diplomat"]


def test_a_described_official_keeps_the_phrase_of_where_he_works(nlp):
    text = (
        "A senior official in the finance ministry, who spoke on condition of anonymity, "
        "said the budget would be delayed."
    )
    assert speakers(nlp, text) == ["a senior official in the finance ministry"]


def test_a_described_body_is_an_organisation(nlp):
    doc = nlp("A consumer foundation said it would file a collective claim in March.")
    actors = find_actors(doc)
    claims = find_claims(doc, actors)
    adopt_speakers(doc, actors, claims)
    made = [a for a in actors if a.id == claims[0].source]
    assert [(a.name, a.kind) for a in made] == [("a consumer foundation", "organisation")]


def test_a_bare_official_describes_no_one(nlp):
    text = "An official said the budget would be delayed."
    assert speakers(nlp, text) == [None]


def test_a_second_diplomat_brought_in_ends_the_first(nlp):
    text = (
        "A Western diplomat said several governments had urged restraint. Later a diplomat "
        "from the region arrived in the capital. The diplomat said the talks would go on."
    )
    assert speakers(nlp, text)[-1] != "a Western diplomat"


def test_a_clause_inside_the_phrase_after_the_noun_ends_the_name(nlp):
    text = (
        "A diplomat from a member state who has followed the talks said a draft was "
        "largely complete."
    )
    assert speakers(nlp, text) == ["a diplomat from a member state"]


def test_a_description_the_next_sentence_names_makes_no_actor(nlp):
    text = (
        "A campaign group said on Tuesday that the licence should be quashed. The Campaign "
        "for Fair Exports told the court that the ministry had ignored the reports."
    )
    doc = nlp(text)
    actors = find_actors(doc)
    claims = find_claims(doc, actors)
    adopt_speakers(doc, actors, claims)
    assert not any(a.name == "a campaign group" for a in actors)


def test_a_new_name_next_that_shares_no_word_leaves_the_description_its_actor(nlp):
    text = (
        "A coalition of building unions said the stadium would create 600 jobs. A residents' "
        "group, Neighbours for Fair Budgets, said it was disappointed."
    )
    assert speakers(nlp, text)[0] == "a coalition of building unions"
