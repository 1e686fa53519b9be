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
