"""One actor per entity: short and full forms join, surnames find their person, and words that
only share a name's word stay apart (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.collect import collect_candidates
from briefing_tui.analysis.actors.facts import article_facts
from briefing_tui.analysis.actors.find import find_actors


def mentions_of(doc, name: str) -> list[str]:
    """The mentions of the one actor whose name ends with ``name``."""
    actors = [a for a in find_actors(doc) if a.name.endswith(name)]
    assert len(actors) == 1, [a.name for a in find_actors(doc)]
    return [doc.text[m.start : m.end] for m in actors[0].mentions]


def test_a_known_surname_glued_to_the_next_name_is_split_from_it(nlp):
    doc = nlp(
        "Professor Tom Berry opened the exhibit on Monday. "
        "According to Berry the Green Party property was sold last year."
    )
    assert mentions_of(doc, "Tom Berry") == ["Professor Tom Berry", "Berry"]
    assert mentions_of(doc, "Green Party") == ["Green Party"]


def test_a_surname_the_model_took_for_a_common_noun_is_the_persons(nlp):
    doc = nlp(
        "Curator Jane Mills spoke to the press. "
        "Mills observed that the 2007 starting date was important."
    )
    assert mentions_of(doc, "Jane Mills")[-1] == "Mills"


def test_a_surname_inside_a_longer_name_stays_out(nlp):
    doc = nlp("Curator Jane Mills spoke to the press. The Mills Gallery opened on Friday.")
    assert "Mills" not in mentions_of(doc, "Jane Mills")


def test_an_acronym_in_brackets_after_the_name_is_recorded_with_it(nlp):
    text = "The Harbor Workers Union (HWU) said on Monday that it would strike."
    candidates = collect_candidates(article_facts(nlp(text)))
    assert [(acronym, name.text) for acronym, name in candidates.acronyms] == [
        ("HWU", "Harbor Workers Union")
    ]


def test_a_word_of_an_organisations_name_is_not_a_description_of_it(nlp):
    doc = nlp(
        "The World Health Office warned that iodine levels were low. "
        "Children around the world need more iodine, the office said."
    )
    assert mentions_of(doc, "World Health Office") == ["World Health Office", "the office"]


def test_an_organisations_acronym_inside_a_longer_name_is_a_mention_of_it(nlp):
    doc = nlp(
        "The Harbor Workers Union (HWU) said on Monday that it would strike. "
        "Payments from the HWU Strike Fund will start next week, the union said."
    )
    assert mentions_of(doc, "Harbor Workers Union").count("HWU") == 2


def test_a_name_written_again_inside_a_quotation_is_the_same_actor(nlp):
    doc = nlp(
        "The Museum of Aviation in Portland will receive a retired trainer. Governor Linda "
        'Marsh said, "The Museum of Aviation put a tremendous amount of effort into this bid."'
    )
    assert mentions_of(doc, "Museum of Aviation") == ["Museum of Aviation", "Museum of Aviation"]


def test_a_place_that_ends_a_title_is_not_glued_to_the_persons_name(nlp):
    doc = nlp("Governor of Oregon Linda Marsh said the museum would open in May.")
    names = [a.name for a in find_actors(doc)]
    assert "Linda Marsh" in names
    assert not any("Oregon Linda" in name for name in names)


def test_a_surname_ending_in_s_after_a_title_is_the_persons(nlp):
    doc = nlp(
        "The panel is chaired by Professor John Burrows. The public has never before been "
        "asked. Professor Burrows also said resources and kits would be sent to schools."
    )
    assert mentions_of(doc, "John Burrows") == ["Professor John Burrows", "Professor Burrows"]


def test_an_office_named_by_its_countrys_adjective_alone_is_an_actor(nlp):
    doc = nlp("The boat was turned toward Thailand by Malaysian navy on Friday.")
    assert mentions_of(doc, "Malaysian navy") == ["Malaysian navy"]


def test_an_office_after_an_indefinite_article_is_no_actor(nlp):
    doc = nlp("A Greek court may rule on the case next year, lawyers said.")
    assert not any("court" in a.name for a in find_actors(doc))


def test_the_white_house_does_not_lend_its_last_word_to_the_house(nlp):
    doc = nlp(
        "The White House said on Tuesday that it would veto the bill. House Speaker Mike "
        "Jensen said the House would vote anyway. Congress has passed three such bills."
    )
    house = next(a for a in find_actors(doc) if a.name == "House").mentions
    white = [a for a in find_actors(doc) if "White House" in a.name]
    assert all(doc.text[m.start : m.end] != "House" for a in white for m in a.mentions)
    assert [doc.text[m.start : m.end] for m in house] == ["House", "House"]
    assert all(m.start > doc.text.index("Speaker") - 7 for m in house)


def test_congress_alone_is_an_actor(nlp):
    doc = nlp("Congress has passed three such bills this year, aides said.")
    assert mentions_of(doc, "Congress") == ["Congress"]


def test_the_president_is_not_the_speaker(nlp):
    doc = nlp(
        "The White House said on Tuesday that the president would veto the bill. "
        "House Speaker Mike Jensen said the House would vote anyway."
    )
    assert "the president" not in mentions_of(doc, "Mike Jensen")


def test_a_states_formal_name_and_its_short_name_are_one_country(nlp):
    doc = nlp(
        "The Republic of Corvania signed the treaty on Monday. Corvania's foreign minister "
        "said the deal was fair."
    )
    assert mentions_of(doc, "Republic of Corvania")[:2] == ["Republic of Corvania", "Corvania"]


def test_dotted_initials_join_the_full_name(nlp):
    doc = nlp(
        "The Federal Bureau of Investigation said the suspect had fled. "
        "The F.B.I. later arrested him in Ohio."
    )
    assert mentions_of(doc, "Federal Bureau of Investigation") == [
        "Federal Bureau of Investigation",
        "F.B.I.",
    ]


def test_a_short_name_written_whole_with_its_head_is_one_mention_of_it(nlp):
    doc = nlp(
        "Layoffs at Bayline\n\nBayline Terminals will cut 200 jobs, the company said on "
        'Monday.\n\n"We have no choice," said Bayline chief executive Dana Whitlow.'
    )
    assert "Bayline Terminals" in mentions_of(doc, "Bayline Terminals")


def test_an_organisations_name_with_two_letters_swapped_is_a_misspelling_of_it(nlp):
    doc = nlp(
        "The United Nations criticised the policy. According to AFP, the Untied Nations "
        "and the United States have both objected."
    )
    assert mentions_of(doc, "United Nations") == ["United Nations", "Untied Nations"]


def test_two_organisations_that_differ_by_more_than_a_swap_stay_apart(nlp):
    doc = nlp(
        "The Northern Alliance met on Monday. The Southern Alliance refused to attend, "
        "and the Northern Alliance said talks would go on."
    )
    names = [a.name for a in find_actors(doc)]
    assert "Northern Alliance" in names
    assert "Southern Alliance" in names


def test_the_plural_of_a_partys_first_word_is_the_party(nlp):
    doc = nlp(
        "Germany's Greens pulled out of the coalition on Tuesday. The Green Party's "
        "co-leader said the Greens would challenge the deal in court."
    )
    assert mentions_of(doc, "Green Party") == ["Greens", "Green Party", "Greens"]
