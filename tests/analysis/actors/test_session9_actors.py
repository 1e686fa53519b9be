"""Actor list, session 9 (issue 16 items 2, 3, 5): lands the model took for people, and
people the model took for organisations beside a person's noun (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.actors.land_adjectives import adjectives_of
from briefing_tui.model import ActorKind
from tests.analysis.readers import actors_by_name as by_name


def test_adjectives_of_a_name_drop_a_final_vowel():
    assert "Belvoran" in adjectives_of("Belvora")
    assert "Tarkonian" in adjectives_of("Tarkon")
    assert "Ostrian" in adjectives_of("Ostria")


def test_a_person_whose_name_shares_nothing_with_an_adjective_stays_a_person(nlp):
    text = "Marek Holloway said the talks failed. Holloway said he would try again."
    actors = by_name(nlp, text)
    assert actors["Marek Holloway"].kind == "person"


def test_an_organiser_named_before_a_quote_is_a_person_and_one_actor(nlp):
    text = (
        'Union organiser Declan Moorcroft said, "We will not accept this." Moorcroft called '
        "the deal a disgrace."
    )
    actors = by_name(nlp, text)
    assert actors["Declan Moorcroft"].kind == "person"
    assert "Moorcroft" not in actors
    assert "We" not in {m.text for m in actors["Declan Moorcroft"].mentions}


def test_a_land_the_model_calls_a_person_is_no_person(nlp):
    text = (
        "Selmora accused its neighbour of firing first. Selmora said the corvette opened "
        "fire without warning. Selmoran officials said five sailors died."
    )
    actors = by_name(nlp, text)
    assert actors["Selmora"].kind != "person"
    assert "its" in {m.text for m in actors["Selmora"].mentions}


def test_the_adjective_of_a_land_is_no_actor(nlp):
    text = (
        "Andressa accused its neighbour of firing first. Andressa said the corvette opened "
        "fire without warning. Andressan officials said five sailors died."
    )
    actors = by_name(nlp, text)
    assert "Andressan" not in actors
    assert all("Andressan" not in {m.text for m in a.mentions} for a in actors.values())


def test_a_secretary_apposed_before_a_quote_is_a_person_without_the_unions_we(nlp):
    text = (
        '"We will fight," the union\'s general secretary, Fergal Brannagh, said in a '
        "statement. Brannagh said more talks were planned."
    )
    actors = by_name(nlp, text)
    assert actors["Fergal Brannagh"].kind == "person"
    assert "We" not in {m.text for m in actors["Fergal Brannagh"].mentions}


def test_a_capital_apposed_to_a_name_makes_it_a_place(nlp):
    text = (
        "Neighbouring Ostria offered to host talks in the Ostrian capital, Lemberk. "
        "Envoys arrive on Monday."
    )
    actors = by_name(nlp, text)
    assert actors["Lemberk"].kind == "place"


CONTRACTOR = (
    "A jury on Friday convicted Harold Penwick, the county's former director of public "
    "works, of taking bribes. The contractor, Gordon Tesk, testified that he had paid "
    "Penwick in cash. Tesk, the former owner of Tesk Road & Bridge, pleaded guilty last year. "
    "He has not yet been sentenced."
)


def test_a_contractor_with_a_first_and_a_last_name_is_a_person(nlp):
    actors = by_name(nlp, CONTRACTOR)
    assert actors["Gordon Tesk"].kind == "person"


def test_pronouns_go_to_the_contractor_once_he_is_a_person(nlp):
    actors = by_name(nlp, CONTRACTOR)
    tesk = {m.text for m in actors["Gordon Tesk"].mentions}
    assert {"he", "He"} <= tesk
    assert not {"he", "He"} & {m.text for m in actors["Harold Penwick"].mentions}


def test_a_firm_named_with_an_ampersand_is_an_organisation(nlp):
    actors = by_name(nlp, CONTRACTOR)
    assert actors["Tesk Road & Bridge"].kind == "organisation"
    assert "Tesk Road & Bridge" not in {m.text for m in actors["Gordon Tesk"].mentions}


def test_names_listed_after_companies_stay_organisations_beside_a_trade_noun_rule(nlp):
    text = "The suit was brought by two companies, Velox and Marta Quill, on Monday."
    actors = by_name(nlp, text)
    assert actors["Marta Quill"].kind == "organisation"


def test_a_town_modifying_a_body_in_the_headline_is_no_organisation(nlp):
    text = (
        "Port Wexford council advances rent cap as mayor threatens veto\n"
        "Wednesday, March 11, 2026\n\n"
        "PORT WEXFORD - The Port Wexford City Council voted 6-3 late Tuesday to advance "
        "an ordinance capping rent increases. The Port Wexford Landlords Association, which "
        "represents about 900 owners, said it would sue. Under the city charter, the council "
        "needs seven of its nine votes to override a veto."
    )
    actors = by_name(nlp, text)
    assert not any(a.name == "Port Wexford" and a.kind == "organisation" for a in actors.values())
    council = actors["Port Wexford City Council"]
    assert "the council" in {m.text.lower() for m in council.mentions}


def test_a_firm_named_by_its_trade_is_no_person(nlp):
    text = (
        "The pumpkin was lifted onto the scale by a forklift borrowed from Hadley Lumber, "
        "across the street."
    )
    actors = by_name(nlp, text)
    assert actors["Hadley Lumber"].kind == "organisation"


def test_a_cove_is_a_place(nlp):
    text = (
        "The record was set in 2021 by Deborah Lunt, a schoolteacher from nearby Halsey Cove, "
        "who finished second this year."
    )
    actors = by_name(nlp, text)
    assert actors["Halsey Cove"].kind == "place"


def test_a_county_executive_title_is_not_part_of_the_name(nlp):
    text = (
        "County Executive Raymond Castellano accused his challenger of misleading voters. "
        "Castellano said he would debate her twice."
    )
    actors = by_name(nlp, text)
    assert "Raymond Castellano" in actors
    assert actors["Raymond Castellano"].role == "county executive"


def test_its_after_a_relative_clause_is_the_subjects(nlp):
    text = (
        "The Harbour Workers Union, which represents about 900 of Dunmere Shipping's "
        "2,000 staff, said its members would strike on Monday."
    )
    actors = by_name(nlp, text)
    assert "its" in {m.text for m in actors["Harbour Workers Union"].mentions}
    assert "its" not in {m.text for m in actors["Dunmere Shipping"].mentions}


def test_its_beside_a_definite_thing_is_left_unresolved(nlp):
    text = (
        "The Kellin Town Council voted 5-2 to advance the ordinance. Mayor Ruth Obi said she "
        "would veto the measure in its current form."
    )
    actors = by_name(nlp, text)
    assert all("its" not in {m.text for m in a.mentions} for a in actors.values())


def test_a_title_the_parse_cut_in_two_is_one_mention(nlp):
    text = "The match referee Carlos Vela awarded a penalty. Vela later sent off a defender."
    actors = by_name(nlp, text)
    texts = {m.text for m in actors["Carlos Vela"].mentions}
    assert "The match" not in texts
    assert "The match referee" in texts


def test_a_brand_written_only_before_product_nouns_is_no_person(nlp):
    text = (
        "Investigators said 22 of the patients had eaten Meadowline hummus, which is made by "
        "Pellham Foods. Brightway Markets said it was removing all Meadowline products from "
        "its shelves."
    )
    actors = by_name(nlp, text)
    assert "Meadowline" not in actors
    assert "Pellham Foods" in actors


def test_a_surname_written_only_before_administration_stays_a_person(nlp):
    text = (
        "Critics of the Okafor administration said the plan would fail. Officials of the "
        "Okafor campaign declined to comment."
    )
    actors = by_name(nlp, text)
    assert actors["Okafor"].kind == "person"


def test_a_firm_that_recalls_its_goods_stays_an_organisation(nlp):
    # "recall" is also a verb of the mind ("she recalled the day"); a firm's name ending in a
    # business head word, with no person's noun beside it, is no person
    doc = nlp(
        "Marlet Foods recalled its yogurt on Monday. Marlet Foods, which employs 300 people, "
        "said it had found no bacteria. In a statement, the company said its tests were clean."
    )
    kinds = {a.name: a.kind for a in find_actors(doc)}
    assert kinds.get("Marlet Foods") == ActorKind.ORGANISATION
