"""Speakers the article names (issue 16, class 4): descriptions tied to a name by
apposition or an "of" phrase, "each", "most of whom", settings. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims
from tests.analysis.readers import speakers_in_order as speakers


def test_his_lawyer_is_the_attorney_named_before(nlp):
    text = (
        "Fernando Ruiz's attorney, Jane Roe, filed the motion on Friday. "
        "His lawyer said the subpoena was unlawful and would be challenged."
    )
    assert speakers(nlp, text)[-1] == ("His lawyer", "Jane Roe")


def test_the_possessors_lawyer_is_the_attorney_named_before(nlp):
    text = (
        "Fernando Ruiz's attorney, Jane Roe, filed the motion. "
        "Ruiz's lawyer said the subpoena was unlawful."
    )
    assert speakers(nlp, text)[-1] == ("Ruiz's lawyer", "Jane Roe")


def test_another_persons_lawyer_is_not_the_attorney_named_before(nlp):
    text = (
        "Fernando Ruiz's attorney, Jane Roe, filed the motion. "
        "Maria Lopez's lawyer said the motion was frivolous."
    )
    assert speakers(nlp, text)[-1][1] is None


def test_the_city_is_the_city_of_its_name(nlp):
    text = (
        "The city of Millbrook closed two wells last month. "
        "The city said the water was safe to drink."
    )
    assert speakers(nlp, text)[-1] == ("The city", "Millbrook")


def test_the_state_is_the_state_of_its_name(nlp):
    text = (
        "The state of Ohio sued the company on Monday. "
        "The state said the company had hidden the risks."
    )
    assert speakers(nlp, text)[-1] == ("The state", "Ohio")


def test_a_place_named_without_of_still_does_not_speak(nlp):
    text = "Flooding hit Millbrook last month. The city said the water was safe to drink."
    assert speakers(nlp, text)[-1] == ("The city", None)


def test_each_names_no_single_speaker(nlp):
    text = (
        "Mayor Ann Smith and Governor Bill Jones met on Friday. Each said the talks had gone well."
    )
    assert speakers(nlp, text)[-1] == (None, None)


def test_most_of_whom_is_the_group_the_clause_hangs_on(nlp):
    text = (
        "The union represents 4,000 nurses, most of whom said they would strike "
        "if the contract was not renewed."
    )
    assert speakers(nlp, text)[-1] == ("4,000 nurses", None)


def test_a_news_conference_does_not_speak_its_subject_does(nlp):
    text = "Lena Park spoke at a news conference announcing that the budget would grow."
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    announcing = [c for c in find_claims(doc, actors) if c.cue == "announcing"]
    assert [(c.source_text, names.get(c.source or "")) for c in announcing] == [
        ("Lena Park", "Lena Park")
    ]


def test_a_closing_setting_is_not_part_of_what_was_said(nlp):
    text = (
        "Ms. Reyes said the plan would cut costs during a forum sponsored by the "
        "Easton Chamber of Commerce."
    )
    doc = nlp(text)
    found = find_claims(doc, find_actors(doc))
    assert [text[c.content.start : c.content.end] for c in found] == ["the plan would cut costs"]


def test_a_setting_of_the_reported_event_stays(nlp):
    text = "Hale said the vote would take place at a rally in Ohio."
    doc = nlp(text)
    found = find_claims(doc, find_actors(doc))
    assert [text[c.content.start : c.content.end] for c in found] == [
        "the vote would take place at a rally in Ohio"
    ]


def test_voters_in_a_town_are_not_the_town(nlp):
    text = "Voters in Easton said the new bridge was a waste of money."
    assert speakers(nlp, text) == [("Voters in Easton", None)]


def test_an_aide_to_a_senator_is_not_the_senator(nlp):
    text = "An aide to Senator Maria Lopez said the bill would pass."
    assert speakers(nlp, text) == [("An aide to Senator Maria Lopez", None)]


def test_the_city_of_a_name_still_speaks_for_it(nlp):
    text = "The city of Phoenix said the ads must stop."
    assert speakers(nlp, text)[0][1] == "Phoenix"


def test_a_spokesman_for_a_company_speaks_for_it(nlp):
    text = "A spokesman for Acme Corp. said the plant would close."
    assert speakers(nlp, text) == [("A spokesman for Acme Corp.", "Acme Corp.")]


def test_a_time_phrase_is_not_part_of_the_speakers_name(nlp):
    text = (
        "Cruz has drawn closer to the nominee, and Trump this week said he would "
        "consider naming Lee to the court."
    )
    assert speakers(nlp, text)[-1][0] == "Trump"


def test_it_is_the_one_company_when_the_subject_before_is_plural(nlp):
    text = "Regulators fined Acme Corp. $2 million on Monday. It said it would appeal the decision."
    assert speakers(nlp, text)[-1] == ("It", "Acme Corp.")


def test_it_is_the_one_company_when_the_subject_before_is_a_person(nlp):
    text = "Maria Lopez praised Acme Corp. on Monday. It said the plant would stay open."
    assert speakers(nlp, text)[-1] == ("It", "Acme Corp.")


def test_it_after_a_singular_subject_stays_without_a_speaker(nlp):
    text = "The court fined Acme Corp. on Monday. It said the company had hidden the risks."
    assert speakers(nlp, text)[-1] == ("It", None)


def test_it_after_a_document_stays_without_a_speaker(nlp):
    text = (
        "Regulators published the report of the Acme Corp. board. "
        "It said the risks had been hidden."
    )
    assert speakers(nlp, text)[-1] == ("It", None)
