"""A body written by a description beside its name speaks under that name: "a group
calling itself Nightfox", "the group" after it, and "Harlow Freight has asked ..., the
company said" (issue 16, item 9; ``claims/introduced.py``). Every text is invented."""

from __future__ import annotations

from tests.analysis.readers import actors_by_name
from tests.analysis.readers import speaker_by_source_text as speakers


def test_the_group_after_a_group_calling_itself_a_name_is_that_name(nlp):
    text = (
        "A criminal group calling itself Nightfox claimed the attack on Monday. "
        "The group said it had taken the files."
    )
    assert speakers(nlp, text)["The group"] == "Nightfox"


def test_the_group_after_another_group_in_between_names_nobody(nlp):
    text = (
        "A criminal group calling itself Nightfox claimed the attack on Monday. "
        "A second group posted a denial the next day. "
        "The group said it had taken the files."
    )
    assert speakers(nlp, text)["The group"] != "Nightfox"


def test_a_description_after_the_clause_restates_the_body_it_names(nlp):
    text = (
        "Harlow Freight, the Leeds-based parcel carrier, has asked the court to suspend "
        "the fine, the company said."
    )
    assert speakers(nlp, text)["the company"] == "Harlow Freight"


def test_a_regulator_restating_the_agency_of_its_clause_makes_no_actor_of_its_own(nlp):
    text = (
        "Coldwater Health has ordered the recall of all lots of Pemzor after receiving "
        "reports of injury, the federal regulator said on Tuesday."
    )
    assert speakers(nlp, text)["the federal regulator"] == "Coldwater Health"
    assert "federal regulator" not in actors_by_name(nlp, text)


def test_a_description_after_a_body_named_before_is_not_restated(nlp):
    text = (
        "The watchdog Fair Trade Office fined Acme Corp last year. "
        "Acme Corp misled investors, the regulator said."
    )
    assert speakers(nlp, text)["the regulator"] != "Acme Corp"


def test_a_source_after_its_verb_who_asked_not_to_be_named_stays_unnamed(nlp):
    text = (
        "Acme Foods closed the plant in May. The plant will not reopen, said a manager at "
        "Acme Foods, who asked not to be named."
    )
    assert speakers(nlp, text)["a manager at Acme Foods, who asked not to be named"] is None


def test_a_source_that_said_on_condition_of_anonymity_stays_unnamed(nlp):
    text = (
        "Acme Foods closed the plant in May. A senior official at Acme Foods said on "
        "condition of anonymity that the plant would not reopen."
    )
    assert speakers(nlp, text)["A senior official at Acme Foods"] is None


def test_a_source_who_declined_to_be_identified_stays_unnamed(nlp):
    text = (
        "Acme Foods closed the plant in May. An Acme Foods manager who declined to be "
        "identified said the plant would not reopen."
    )
    assert speakers(nlp, text)["An Acme Foods manager who declined to be identified"] is None


def test_a_named_body_s_manager_speaking_openly_still_speaks_for_it(nlp):
    text = (
        "Acme Foods closed the plant in May. A manager at Acme Foods said on Monday that "
        "the plant would not reopen."
    )
    assert speakers(nlp, text)["A manager at Acme Foods"] == "Acme Foods"


def test_a_description_restating_a_name_after_a_dateline_is_that_name(nlp):
    text = (
        "Korvo appeals\n\n"
        "LEEDS — Korvo, the grocery platform, has asked the Northern Trade Court to annul "
        "the fine, the company said on Wednesday."
    )
    assert speakers(nlp, text)["the company"] == "Korvo"
