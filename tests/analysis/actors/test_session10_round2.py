"""Actor kinds and merges, session 10 round two (issue 16): states the model takes for
people, institutions in buildings that act, ministries that speak (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.actors.businesses import called_other_body
from briefing_tui.analysis.actors.drafts import Draft
from briefing_tui.analysis.actors.spans import trim


def kinds_of(nlp, text: str, word: str) -> list[str]:
    """The kinds of every actor of ``text`` with a mention written ``word``."""
    return [a.kind for a in find_actors(nlp(text)) if any(m.text == word for m in a.mentions)]


def test_a_one_word_owner_of_a_foreign_minister_and_an_ambassador_is_a_country(nlp):
    text = (
        "Pellora's foreign minister, Ansel Drue, rejected the protest on Monday. Pellora had "
        "warned the boat twice, Drue said. Pellora's ambassador later left the talks."
    )
    assert kinds_of(nlp, text, "Pellora") == ["country"]


def test_a_hospital_that_speaks_is_an_organisation(nlp):
    text = (
        "Brackenfield General Hospital said on Monday that it had cancelled 40 operations. "
        "Its chief nurse, Dana Orle, said staff were exhausted."
    )
    assert kinds_of(nlp, text, "Brackenfield General Hospital") == ["organisation"]


def test_a_hospital_that_only_locates_stays_a_place(nlp):
    text = "Patients at Lindmoor Hospital waited six hours, the report found."
    assert "organisation" not in kinds_of(nlp, text, "Lindmoor Hospital")


LAND_OFFICES = (
    "Lusmark's ambassador was summoned on Thursday. Lusmark's foreign minister, Teo Varga, "
    "rejected the protest. Lusmark's interior ministry would not confirm the arrests, saying "
    "only that the matter was under review."
)


def test_the_ministry_of_an_invented_country_that_acts_is_an_organisation(nlp):
    found = [a for a in find_actors(nlp(LAND_OFFICES)) if "ministry" in a.name]
    assert [a.kind for a in found] == ["organisation"]
    assert [m.text for m in found[0].mentions] == ["Lusmark's interior ministry"]


def test_a_country_taken_for_a_person_joins_the_country_of_its_name(nlp):
    assert kinds_of(nlp, LAND_OFFICES, "Lusmark") == ["country"]


def test_a_ministry_named_by_its_invented_country_adjective_is_an_organisation(nlp):
    text = (
        "Dravonia's navy seized a trawler near the islands. The Dravonian foreign ministry "
        "summoned the ambassador on Thursday. Dravonia's prime minister, Ela Moss, said the "
        "crew must be freed."
    )
    found = [a for a in find_actors(nlp(text)) if "ministry" in a.name]
    assert [m.text for m in found[0].mentions] == ["Dravonian foreign ministry"]


FUND_AND_TARGET = (
    "Harwick Partners raised its offer for Dunmore Freight Lines on Monday. Dunmore's board "
    "backed the bid. The Velmont City Pension Fund, Dunmore's largest shareholder with a 9 "
    "percent stake, said it would vote against the deal. Dunmore shares rose 4 percent."
)


def test_a_name_cut_before_a_possessed_name_after_its_comma(nlp):
    doc = nlp("The Velmont City Pension Fund, Dunmore's largest shareholder, said no.")
    assert trim(doc[1:8]).text == "Velmont City Pension Fund"


def test_an_unlabelled_business_name_lends_its_short_name(nlp):
    actors = find_actors(nlp(FUND_AND_TARGET))
    owners = [a for a in actors if any(m.text == "Dunmore" for m in a.mentions)]
    assert [(a.name, a.kind) for a in owners] == [("Dunmore Freight Lines", "organisation")]


def test_a_one_word_person_opening_a_business_name_is_its_short_name(nlp):
    text = (
        "Osprey Ridge Holdings raised its takeover offer for the ferry firm on Friday. "
        "Osprey's chief executive, Ina Moll, said she was confident the deal would be "
        "cleared. The union accused Osprey of planning to sell the routes. Osprey denied this."
    )
    actors = find_actors(nlp(text))
    owners = {a.name: a.kind for a in actors if any(m.text == "Osprey" for m in a.mentions)}
    assert owners == {"Osprey Ridge Holdings": "organisation"}


def test_a_broadcaster_is_no_body_the_agency_may_stand_for():
    draft = Draft("org:KTN", "organisation", "KTN")
    draft.add(10, 31, "the state broadcaster", "description", 3)
    draft.add(32, 35, "KTN", "name", 4)
    assert called_other_body(draft)


def test_an_organisation_in_lower_case_is_the_one_named_in_capitals_with_its_words(nlp):
    text = (
        "ORVIK - Morvane's coast guard seized a Pellish fishing trawler and detained its "
        "12-member crew in disputed waters on Tuesday night. The statement also said the "
        'coast guard had boarded the ship without warning. "We warned them for an hour," a '
        "spokesman for the Morvane Coast Guard said."
    )
    guards = [a.name for a in find_actors(nlp(text)) if "guard" in a.name.lower()]
    assert guards == ["Morvane Coast Guard"]


def test_a_town_written_only_where_events_happen_is_a_place(nlp):
    text = (
        "Brenn Valley Copper, the company behind the project, said it intended to appeal to "
        "the Supreme Administrative Court in Toldvik within the 30 days allowed by law. Mining "
        "Minister Pavo Kress declined to comment when approached by reporters in Toldvik."
    )
    assert kinds_of(nlp, text, "Toldvik") == ["place"]


def test_an_acronym_of_lower_case_words_is_no_organisation(nlp):
    text = (
        "The permit rested on an incomplete environmental impact assessment (EIA) that failed "
        "to consider the river. Lawyers said the EIA had ignored two wells."
    )
    assert kinds_of(nlp, text, "EIA") == []


def test_an_acronym_of_a_capitalised_name_stays_an_organisation(nlp):
    text = (
        "The World Health Organization (WHO) said on Monday that cases had fallen. The WHO "
        "urged governments to keep testing."
    )
    assert kinds_of(nlp, text, "WHO") == ["organisation"]


def test_a_bank_on_the_map_is_a_place(nlp):
    text = (
        "A patrol boat seized a trawler in disputed waters around the Merrin Bank on Tuesday. "
        '"The Merrin Bank is shared water, and our fishermen may be there," a spokeswoman said.'
    )
    assert kinds_of(nlp, text, "Merrin Bank") == ["place"]


def test_a_bank_that_speaks_stays_an_organisation(nlp):
    text = (
        "The Corlan Bank said on Monday that profits rose. Shares in the Corlan Bank rose 3 "
        "percent."
    )
    assert kinds_of(nlp, text, "Corlan Bank") == ["organisation"]
