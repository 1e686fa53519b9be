"""A bare "the company" or "the union" as a speaker is the one such body named before it
(issue 16, item 9; ``claims/trades.py``). Every text is invented."""

from __future__ import annotations

from tests.analysis.readers import speaker_by_source_text as speakers

STRIKE = (
    "Dockers at Port Lenna walked out on Monday against plans by Velmora Group. The Harbor "
    "Workers' Alliance (HWA) says 300 jobs are at risk. Ann Lee, Velmora's chief "
    "executive, defended the plan.\n\n"
    '"We had no choice," Lee said. "The market has changed."\n\n'
    '"Our members will not give in," the HWA\'s negotiator said.\n\n'
)


def test_the_company_is_the_one_business_named_before(nlp):
    found = speakers(nlp, STRIKE + "The company said talks had failed on Sunday.")
    assert found["The company"] == "Velmora Group"


def test_the_union_is_the_one_labour_body_named_before(nlp):
    found = speakers(nlp, STRIKE + "The union said the strike would go on until Friday.")
    assert found["The union"] in ("HWA", "Harbor Workers' Alliance")


def test_a_firm_introduced_without_a_name_leaves_the_company_unnamed(nlp):
    text = STRIKE + "A shipping company hired extra crews.\n\nThe company said it had no choice."
    assert speakers(nlp, text)["The company"] is None


def test_two_labour_bodies_leave_the_union_unnamed(nlp):
    text = (
        STRIKE + "The Federation of Labour backed the strike.\n\n"
        '"We stand with them," Lee told reporters. "The port must stay open."\n\n'
        "Nothing moved at the quay on Tuesday.\n\n"
        "The union said the strike would go on until Friday."
    )
    assert speakers(nlp, text)["The union"] is None
