"""Actors on unseen articles, session 11 (issue 16 items 1, 2, 5): titles kept whole,
places by their head words and prepositions, settings flagged as places that only
locate events (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.model import Actor


def actors_of(nlp, text: str) -> list[Actor]:
    return find_actors(nlp(text))


def names_of(nlp, text: str) -> set[str]:
    return {a.name for a in actors_of(nlp, text)}


def test_a_two_word_military_title_is_no_actor(nlp):
    text = (
        "Rear Admiral Tomas Brell, the navy commander, said the search for the crew would "
        "go on through the night. Brell said hopes were fading."
    )
    actors = actors_of(nlp, text)
    assert "Rear" not in {a.name for a in actors}
    brell = [a for a in actors if a.name == "Tomas Brell"]
    assert brell and brell[0].role == "rear admiral"


def located(nlp, text: str, name: str) -> bool | None:
    """Whether the actor ``name`` is flagged as a place that only locates (None: absent)."""
    for actor in actors_of(nlp, text):
        if actor.name == name:
            return actor.located_only
    return None


def test_a_country_goods_are_bound_for_only_locates(nlp):
    text = (
        "Dockers at Kelport walked out on Monday, the union said. Trucks bound for Austria "
        "and Hungary were held at the gates, the company said."
    )
    assert located(nlp, text, "Austria") is True


def test_a_country_that_holds_an_election_and_a_dateline_only_locates(nlp):
    text = (
        "Portugal runoff too close to call\n\n"
        "LISBON, Portugal (Coastal News) - Portugal's presidential runoff remains too close "
        "to call, a survey showed on Tuesday. Rita Dalvo, the candidate of the left, said "
        "she would win."
    )
    assert located(nlp, text, "Portugal") is True


def test_a_place_before_a_title_noun_the_parse_made_a_verb_does_not_act(nlp):
    """A headline's "Manitoba judge orders ...", parsed with "judge" as the verb."""
    from spacy.tokens import Doc

    from briefing_tui.analysis.actors.lexicon import lexicon
    from briefing_tui.analysis.actors.places import place_use

    words = ["Manitoba", "judge", "orders", "firm", "to", "pay"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 3, 1, 5, 1],
        deps=["nsubj", "ROOT", "compound", "dobj", "aux", "xcomp"],
        pos=["PROPN", "VERB", "NOUN", "NOUN", "PART", "VERB"],
    )
    use = place_use(doc[0], lexicon())
    assert not use.acts
    assert use.rule == "before a title noun"


def kinds_of(nlp, text: str, word: str) -> list[str]:
    """The kinds of every actor with a mention written ``word``."""
    return [a.kind for a in actors_of(nlp, text) if any(m.text == word for m in a.mentions)]


def test_an_island_apposed_to_its_noun_is_a_place_not_an_organisation(nlp):
    text = (
        "Border guards set up a post on Brenholm, the largest of the three islands in the "
        "river. The troops will be gone the day the last soldier leaves Brenholm, the "
        "minister said. Olga Varr said the men on Brenholm were police."
    )
    kinds = kinds_of(nlp, text, "Brenholm")
    assert kinds == ["place"]


def test_a_province_named_after_its_noun_is_a_place(nlp):
    text = (
        "The recording appeared to capture the campaign manager discussing payments to local "
        "party officials in the northern province of Orla Verde in exchange for votes. Tom "
        "Reyes said it was fake."
    )
    assert kinds_of(nlp, text, "Orla Verde") == ["place"]


def test_an_island_is_not_the_short_name_of_a_company_named_after_it(nlp):
    text = (
        "A ferry capsized off the island of Tessaly at the weekend. The ferry, operated by "
        "the private company Tessaly Lines, overturned two miles from Tessaly's main harbour. "
        "Tessaly Lines said it was cooperating with investigators. A gale warning was issued "
        "for the Tessaly Strait at 5 a.m."
    )
    company = [a for a in actors_of(nlp, text) if a.name == "Tessaly Lines"]
    assert company
    island = text.index("Tessaly at"), text.index("Tessaly's")
    assert not any(m.start in island for m in company[0].mentions)


def test_a_name_apposed_to_a_title_through_its_preposition_is_a_person(nlp):
    text = (
        "A spokesperson for the UN Secretary-General said on Monday that the "
        "secretary-general's special envoy for the region, Ines Holt, would travel to both "
        "capitals later this week. Talks could follow if Holt's visits went well."
    )
    kinds = kinds_of(nlp, text, "Ines Holt")
    assert kinds == ["person"]


def test_a_builder_named_homes_is_an_organisation(nlp):
    text = (
        "The development, proposed by Redmond Homes, will include 126 affordable homes and a "
        "primary school. Redmond Homes said in a statement that it was delighted with the "
        "decision."
    )
    assert kinds_of(nlp, text, "Redmond Homes") == ["organisation"]


def test_a_group_named_after_two_villages_stays_whole(nlp):
    text = (
        "Objectors, represented by the Ashby and Kelton Action Group (AKAG), had argued that "
        "the site flooded. The group said it would meet next week."
    )
    names = names_of(nlp, text)
    assert "Ashby and Kelton Action Group" in names
    assert "Kelton Action Group" not in names


def test_a_farm_where_homes_are_built_is_a_place(nlp):
    text = (
        "Councillors voted seven to four in favour of the scheme at Marlow Farm, near Ashby, "
        "shortly before midnight on Tuesday. The homes will be built on farmland."
    )
    assert kinds_of(nlp, text, "Marlow Farm") == ["place"]


def test_a_judges_title_is_not_the_short_name_of_the_court(nlp):
    text = (
        "An Alberta judge has ordered Norlux Data to pay damages. Justice Paul Marne of the "
        "Alberta Court of Justice found that the firm broke the law. Marne said the firm "
        "must pay."
    )
    court = [a for a in actors_of(nlp, text) if a.name == "Alberta Court of Justice"]
    assert court
    assert "Justice" not in [m.text for m in court[0].mentions]


def test_the_agency_in_a_spokespersons_words_is_the_spokespersons_body(nlp):
    text = (
        "The Food Standards Agency ordered the recall on Monday, and the Ministry of Health "
        "advised residents not to eat fish from the lake. A WHO spokesperson in Geneva said "
        "the agency had not received a formal request for help."
    )
    at = text.index("the agency")
    owners = [a.name for a in actors_of(nlp, text) if any(m.start == at for m in a.mentions)]
    assert owners == ["WHO"]


def test_two_universities_joined_by_and_stay_two(nlp):
    text = (
        "The study, by researchers at the Massachusetts Institute of Technology and Colorado "
        "State University, found that storms were getting stronger, the authors said."
    )
    names = names_of(nlp, text)
    assert not any(" and " in name for name in names)
