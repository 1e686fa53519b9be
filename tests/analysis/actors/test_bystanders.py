"""Bodies and lands named only to say where or whose are flagged ``located_only``: kept in
the JSON, listed after the actors (``actors.bystanders``; invented sentences)."""

from __future__ import annotations

import pytest

from briefing_tui.analysis.actors import find_actors
from briefing_tui.model import Actor, ActorKind


def by_name(nlp, text: str) -> dict[str, Actor]:
    return {a.name: a for a in find_actors(nlp(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # where: a professor's university
        (
            "Tomas Ferrow, a professor of law at Vandermere University, said the plan was "
            "lawful. Ferrow said the ministry had acted within its powers.",
            "Vandermere University",
        ),
        # whose: the land that owns another body
        (
            "Norway's Harbour Safety Authority said on Monday that it would inspect the "
            "ferry. The authority said the inspection would take a week.",
            "Norway",
        ),
        # addressee: the newspaper a witness spoke to
        (
            "Mira Castell said she had seen the van. Castell told the Dunmore Herald that "
            "the driver had fled on foot.",
            "Dunmore Herald",
        ),
    ],
)
def test_a_body_or_land_named_only_as_where_or_whose_does_not_act(nlp, text, name):
    actor = by_name(nlp, text)[name]
    assert actor.located_only


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a subject acts
        ("The Grain Tribunal ruled on Monday that the fine was lawful.", "Grain Tribunal"),
        # the owner of its government or its minister acts through them
        (
            "Norway's government said on Monday that the ferry would be inspected.",
            "Norway",
        ),
        # a vote in an assembly is the assembly's act
        (
            "The bill faces a final vote in the Corvale National Assembly on Thursday, "
            "Amira Holt said.",
            "Corvale National Assembly",
        ),
        # a court a case may go to rules on it: a court, never a place
        (
            "The Brellin Dairy Cooperative said it would fight the fine. The cooperative "
            "could appeal to the Grain Tribunal within 30 days, the company said.",
            "Grain Tribunal",
        ),
        (
            "Halden Foods said it would seek a review in the Court of Appeal for Marvia, "
            "Amira Holt said.",
            "Court of Appeal for Marvia",
        ),
        # described as acting: "which has the final say"
        (
            "The proposal now goes to the Harbour Commission, which has the final say, "
            "Amira Holt said.",
            "Harbour Commission",
        ),
    ],
)
def test_a_body_that_acts_stays_among_the_actors(nlp, text, name):
    actor = by_name(nlp, text)[name]
    assert not actor.located_only


# --- natural features (places.natural_feature) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Toxins were found in Lake Orvanne last week. Lake Orvanne supports about 300 "
            "fishing families, the health ministry said.",
            "Lake Orvanne",
        ),
        (
            "Soldiers patrolled near the Brask River on Sunday. The Brask has shifted its "
            "course several times, officials said.",
            "Brask River",
        ),
    ],
)
def test_a_lake_or_a_river_only_locates_even_as_a_subject(nlp, text, name):
    assert by_name(nlp, text)[name].located_only


# --- lands the article shows to be states (acting_lands) ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # owns a coalition government, and only owns
        (
            "Tavoria's coalition government will put the bill to a vote on Thursday, "
            "Lena Morrow said. The Tavorian unions oppose it.",
            "Tavoria",
        ),
        # its people's adjective modifies a noun in the headline ("nmod")
        (
            "Brescovan central bank lifts rates\n\nThe National Bank of Brescova raised its "
            "main rate on Thursday. Inflation in Brescova rose to 9 percent.",
            "Brescova",
        ),
        # governed: "the government of X", "X's governing coalition", "X's government bonds"
        (
            "Negotiators for the government of Dorvany met rebel leaders on Monday. "
            "Fighting in Dorvany's hills has gone on for years, Lena Morrow said.",
            "Dorvany",
        ),
        (
            "Tarvessa's three-party governing coalition collapsed on Tuesday, analysts in "
            'Tarvessa said. "Tarvessa needs a budget," the prime minister told reporters.',
            "Tarvessa",
        ),
        (
            '"Ostrelia needs calm," Lena Morrow said. The yield on Ostrelia\'s ten-year '
            "government bond rose by half a point.",
            "Ostrelia",
        ),
    ],
)
def test_an_unknown_land_with_a_state_s_evidence_is_a_country(nlp, text, name):
    assert by_name(nlp, text)[name].kind == ActorKind.COUNTRY


def test_a_continent_with_an_adjective_stays_a_place(nlp):
    text = (
        "Prices rose across Europe in March. European regulators said the rise would slow, "
        "Lena Morrow said."
    )
    assert by_name(nlp, text)["Europe"].kind == ActorKind.PLACE


# --- a person's name the model took for a work or a product (unlabelled._person_in_thing) --


@pytest.mark.parametrize(
    ("text", "name", "surname"),
    [
        (
            '"We have waited long enough," Housing Minister Ilse Varrow told the chamber '
            "before the vote. Varrow said she expected the caps to take effect in January.",
            "Ilse Varrow",
            "Varrow",
        ),
        (
            "Matyas Brol, an organiser with the Korvel Tenants' Union, said he had met "
            'families. "It is a start," Brol said.',
            "Matyas Brol",
            "Brol",
        ),
    ],
)
def test_a_person_named_like_a_work_is_a_person_with_his_surname(nlp, text, name, surname):
    actors = by_name(nlp, text)
    person = actors[name]
    assert person.kind == ActorKind.PERSON
    assert surname in [m.text for m in person.mentions]
    assert surname not in actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an office acts for its owner
        (
            "Tom Reyes, a detective for the Dunmore Sheriff's office, was given the file. "
            "The file was returned to the Dunmore Sheriff's office on Friday.",
            "Dunmore Sheriff",
        ),
        # a verb the parse took for a noun: "The Department of Harbours notes, ..."
        (
            'The Corvale Department of Harbours notes, "The pier is closed." Ships were sent '
            "to the Corvale Department of Harbours for inspection.",
            "Corvale Department of Harbours",
        ),
    ],
)
def test_an_owner_acting_through_its_office_or_a_misparsed_verb_still_acts(nlp, text, name):
    actors = by_name(nlp, text)
    if name in actors:
        assert not actors[name].located_only


def test_the_end_of_a_longer_land_name_after_government_of_is_no_country(nlp):
    text = (
        'The government of Northern Orla asked for the funds on Monday. "The people of Orla '
        'are waiting," Lena Morrow said.'
    )
    assert all(
        not (a.name == "Orla" and a.kind == ActorKind.COUNTRY) for a in find_actors(nlp(text))
    )
