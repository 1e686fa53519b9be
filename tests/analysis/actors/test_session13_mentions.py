"""Mentions on the right actor, session 13 (issue 16 items 3 and 4): a name after a noun
for a person with a prepositional complement is that person's, not the complement's;
"the region" is no land named before it (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims
from briefing_tui.model import Actor


def mentions_of(actors: list[Actor], name: str) -> list[str]:
    return [m.text for a in actors if a.name == name for m in a.mentions]


PP_APPOSITION = (
    "President Marta Kolar dissolved the assembly on Monday. A spokesman for the president, "
    "Anton Velsk, said Kolar would meet party leaders on Wednesday."
)


def test_a_name_after_a_spokesman_for_the_president_is_the_spokesman(nlp):
    actors = find_actors(nlp(PP_APPOSITION))
    assert "the president" not in mentions_of(actors, "Anton Velsk")
    assert "the president" in mentions_of(actors, "Marta Kolar")


def test_the_named_spokesman_stays_the_speaker_of_his_claim(nlp):
    doc = nlp(PP_APPOSITION)
    actors = find_actors(doc)
    claims = find_claims(doc, actors)
    names = {a.id: a.name for a in actors}
    said = [c for c in claims if "meet party leaders" in doc.text[c.content.start : c.content.end]]
    assert said and names.get(said[0].source or "") == "Anton Velsk"


def test_a_name_after_the_lawyer_for_the_family_is_the_lawyer(nlp):
    text = (
        "Judge Rina Hollis adjourned the case on Tuesday. A lawyer for the judge, Petra Lomb, "
        "said the ruling would come in May. The judge declined to comment."
    )
    actors = find_actors(nlp(text))
    assert "the judge" not in mentions_of(actors, "Petra Lomb")


def test_the_region_is_no_town_named_before_it(nlp):
    text = (
        "Delegates met in Port Hale on Friday. The draft faces resistance from Tarvenland, "
        "the region's largest coal producer, whose delegation said it had never agreed to a date."
    )
    actors = find_actors(nlp(text))
    assert "the region" not in mentions_of(actors, "Port Hale")


def test_the_region_is_no_country_named_before_it(nlp):
    text = (
        "Norvania spent 11 percent of its economic output on pensions last year, one of the "
        "highest shares in the region, figures from its statistics office showed."
    )
    actors = find_actors(nlp(text))
    assert "the region" not in mentions_of(actors, "Norvania")


def test_the_region_is_a_place_named_as_a_part_of_the_world(nlp):
    text = (
        "Navies across South East Asia searched for boats on Friday. Officials said 5,000 "
        "migrants may still be at sea in the region."
    )
    actors = find_actors(nlp(text))
    assert "the region" in mentions_of(actors, "South East Asia")


def test_a_chief_executive_apposed_with_a_possessor_shows_a_business(nlp):
    text = (
        "Workers at sites run by Varnholt Marine Group walked out after the company "
        'announced new cranes. "We put a guarantee in writing," Lena Vos, Varnholt\'s chief '
        "executive, told reporters."
    )
    actors = find_actors(nlp(text))
    varnholt = [m.text for a in actors if a.name.startswith("Varnholt") for m in a.mentions]
    assert "the company" in varnholt


def test_the_company_far_from_its_name_is_the_one_business_named(nlp):
    text = (
        "Tessel Mining Corp. said on Monday it had paused drilling near the lake. "
        "Chief Ana Ruiz of the Red Pine Nation said the band had never been consulted. "
        "She said the elders would meet on Friday. The council has asked the province "
        "to suspend the permit. Ruiz said the band would go to court if it must. "
        "Provincial officials declined to comment. "
        "The company said it had kept all work outside the protected zone."
    )
    actors = find_actors(nlp(text))
    assert "The company" in mentions_of(actors, "Tessel Mining Corp.")


def test_a_ministry_named_by_another_portfolio_is_another_ministry(nlp):
    text = (
        "Carla Dos Santos, a spokeswoman for Tarvenia's Ministry of External Relations, said "
        "the crews had been held illegally. The ministry said it would protest. The "
        "remaining crew members are being held on board, the fisheries ministry said."
    )
    actors = find_actors(nlp(text))
    named = [m for a in actors if "External Relations" in a.name for m in a.mentions]
    assert named and "the fisheries ministry" not in [m.text for m in named]


def test_a_firm_named_by_another_trade_a_sentence_later_is_another_firm(nlp):
    text = (
        "Orla Pipeworks collapsed in 2020. Paul Dane, its chief executive, was convicted of "
        "fraud on Friday. The court heard that the company's auditors had signed off its "
        "accounts. The auditing firm was not a party to the case."
    )
    actors = find_actors(nlp(text))
    assert "The auditing firm" not in mentions_of(actors, "Orla Pipeworks")
