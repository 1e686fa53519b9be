""" "The state" and "the province": the one region the article singles out, never a country
nor an organisation named with the word (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors
from briefing_tui.analysis.actors.regions import RegionMention, region_for


def mentions(doc) -> dict[str, list[str]]:
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def holders(doc, words: str) -> list[str]:
    return [name for name, texts in mentions(doc).items() if words in texts]


def test_the_state_in_an_article_about_a_us_state_is_that_state_not_the_country(nlp):
    doc = nlp(
        "Nevada lawmakers passed a water bill on Monday.\n\n"
        "The United States has thousands of old pipes, officials said. Governor Ruth Amsel "
        'praised the vote. "The state will start work in June," she said.'
    )
    assert holders(doc, "The state") == ["Nevada"]


def test_the_state_is_no_organisation_whose_name_holds_the_word(nlp):
    doc = nlp(
        "Oregon senators met on Friday. The State Finance Committee approved the plan 7-2. "
        "Its chairman, Senator Paul Renner, said the state could not wait any longer."
    )
    found = mentions(doc)
    assert "the state" not in found["State Finance Committee"]
    assert "the state" in found["Oregon"]


def test_the_state_with_only_a_country_named_is_left_alone(nlp):
    doc = nlp(
        "The United States will send aid to the flooded towns. Officials said the state "
        "would pay for the repairs."
    )
    assert holders(doc, "the state") == []


def test_the_state_after_two_regions_in_the_sentence_before_is_left_alone(nlp):
    doc = nlp(
        "Governors from Kansas and Nebraska met in Omaha on Monday. Officials said the state "
        "would pay for the new bridge."
    )
    assert holders(doc, "the state") == []


def test_the_region_chosen_by_place_count_and_distance():
    # a region named in the sentence before, outnumbered by another, is no choice
    before = [RegionMention(0, "place:Ohio")] * 3 + [RegionMention(4, "place:Michigan")]
    assert region_for(before, 5) is None  # Michigan just before, but Ohio named thrice
    assert region_for(before, 4) == "place:Michigan"  # in its own sentence
    assert region_for(before[:3], 9) == "place:Ohio"  # the only region, within reach
    assert region_for(before[:3], 30) is None  # too far from its last mention


def test_the_southern_state_is_not_the_region_named_before(nlp):
    doc = nlp(
        "Idaho officials approved the budget on Monday. The southern state has long "
        "opposed the plan."
    )
    assert holders(doc, "The southern state") == []
    assert "The state" not in mentions(doc)["Idaho"]


def test_this_country_in_a_quotation_is_the_main_country_not_the_last_named(nlp):
    doc = nlp(
        "Canada will test school children for iodine. Canada last ran such a study in 2004, "
        "and Canada found many children short of it. Salt is the main source. Bread is "
        "another. Milk is a third. Fish helps too. Doctors agree on that. Norway ran a study "
        'in 2010. Senior researcher Mu Li said "children born in this country are at risk."'
    )
    assert holders(doc, "this country") == ["Canada"]


def test_washington_listed_with_states_is_the_state_not_the_country(nlp):
    doc = nlp(
        "Washington and Oregon are considering bills to ban the chemicals. Lawmakers in "
        "Washington will vote next week, and a joint panel with Washington may follow."
    )
    found = mentions(doc)
    assert "United States" not in found
    assert found["Washington"] == ["Washington"] * 3


def test_washington_state_makes_every_washington_the_state(nlp):
    doc = nlp(
        "Washington state lawmakers passed a ferry bill on Monday. Washington said the boats "
        "would run from May."
    )
    assert holders(doc, "Washington") == ["Washington"]
    assert "United States" not in mentions(doc)


def test_washington_acting_without_a_state_in_sight_is_still_the_government(nlp):
    doc = nlp(
        "Washington imposed new tariffs on steel on Monday. Ohio and Michigan said the tariffs "
        "would hurt their plants."
    )
    assert "Washington" in mentions(doc)["United States"]


def test_its_is_never_the_country_that_only_modifies_a_judges_title(nlp):
    doc = nlp(
        'U.S. District Judge Ann Lee said the state law "offers only speculation about its '
        'benefits." She blocked it on Friday.'
    )
    assert holders(doc, "its") == []


def test_the_town_of_a_named_place_is_that_place_not_the_one_before(nlp):
    doc = nlp(
        "Kazakhstan said the Korday border crossing with Kyrgyzstan had been closed, citing "
        "an outbreak in the Kyrgyz town of Tokmok."
    )
    assert "Korday" not in holders(doc, "the Kyrgyz town")
