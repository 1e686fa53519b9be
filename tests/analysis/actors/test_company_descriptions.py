""" "The company" is a business the article shows to be one, never a regulator; "the agency"
is no business; "the group" is the one the article called a group (issue 16; invented
texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def holders(doc, words: str) -> list[str]:
    return [
        a.name
        for a in find_actors(doc)
        if any(doc.text[m.start : m.end] == words for m in a.mentions)
    ]


def test_the_company_is_never_a_regulator_without_evidence_of_a_business(nlp):
    doc = nlp(
        "Ofcom fined a broadcaster on Monday. Ofcom said the company had broken the rules. "
        "Health Canada said the company had not tested the pills."
    )
    assert holders(doc, "the company") == []


def test_the_company_and_the_firm_go_to_the_business_beside_its_regulator(nlp):
    doc = nlp(
        "Ofgem opened an inquiry into Northwind Energy on Monday. Ofgem said the firm had "
        "failed customers. Ofgem will publish its findings in May."
    )
    assert holders(doc, "the firm") == ["Northwind Energy"]


def test_a_business_the_article_called_a_firm_is_the_company(nlp):
    doc = nlp("Vexa, a Denver firm, was sued by regulators on Monday. The company denied it.")
    assert holders(doc, "The company") == ["Vexa"]


def test_the_agency_is_no_business(nlp):
    doc = nlp(
        "Northwind Energy raised its prices on Monday. Northwind Energy said the agency had "
        "approved the rise."
    )
    assert holders(doc, "the agency") == []


def test_the_group_is_the_organisation_called_a_group_before(nlp):
    doc = nlp(
        "The Consumers Alliance, a group that represents renters, welcomed the ruling. "
        "The group said it would keep pushing for lower rents."
    )
    assert holders(doc, "The group") == ["Consumers Alliance"]


def test_a_capitalised_head_word_after_the_is_the_organisation_so_named(nlp):
    doc = nlp(
        "The Federal Aviation Administration grounded the jets on Monday. Pilots said the "
        "Administration had acted too late, and the Center for Rural Affairs agreed."
    )
    assert holders(doc, "the Administration") == ["Federal Aviation Administration"]
    assert holders(doc, "the Center") == []


def test_the_agency_is_no_group_nor_committee(nlp):
    doc = nlp(
        "The Water Commission fined Acme Energy on Monday. The Tenants Alliance, a group that "
        "represents renters, welcomed the fine. The group said the agency had acted too late."
    )
    assert holders(doc, "the agency") in ([], ["Water Commission"])


def test_a_pharma_or_corporation_name_shows_a_business(nlp):
    doc = nlp(
        "Halvorsen Pharma paused the trial on Monday. The regulator said the company had "
        "told it of two cases of liver damage."
    )
    assert holders(doc, "the company") == ["Halvorsen Pharma"]


def test_an_organisation_with_a_named_founder_is_a_business(nlp):
    doc = nlp(
        "Vexa founder Ann Lee spoke in Denver on Monday. Lee said the company would hire "
        "200 engineers next year."
    )
    assert holders(doc, "the company") == ["Vexa"]
