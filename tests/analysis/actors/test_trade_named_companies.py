"""Companies the model takes for people, shown by their own name or by the office written
after it (issue 16, actors): "Westmoor Rail" ends in a trade word, "Calder managing director
Tom Hale" names a company's office; once retyped, such a company is the one "the company"
stands for (invented sentences; the drafts are built by hand, as the model labels these
names a person's only in longer articles)."""

from __future__ import annotations

from briefing_tui.analysis.actors.businesses import ends_in_trade_word
from briefing_tui.analysis.actors.company_people import company_named
from briefing_tui.analysis.actors.drafts import Draft, Names
from briefing_tui.analysis.actors.find import find_actors
from briefing_tui.analysis.actors.merge import _merge_retyped_company


def person_draft(doc, name: str) -> Draft:
    """A person's draft holding every mention of ``name`` in ``doc``."""
    draft = Draft(f"person:{name}", "person", name)
    at = doc.text.find(name)
    while at >= 0:
        span = doc.char_span(at, at + len(name))
        draft.add(at, at + len(name), name, "name", span.root.i)
        at = doc.text.find(name, at + 1)
    return draft


def test_a_name_ending_in_a_trade_word_is_a_company(nlp):
    doc = nlp("Westmoor Rail raised its offer on Monday, hours before the vote.")
    assert company_named(doc, person_draft(doc, "Westmoor Rail"))


def test_a_name_written_before_a_companys_office_is_a_company(nlp):
    doc = nlp("Calder managing director Tom Hale said the tests were clear.")
    assert company_named(doc, person_draft(doc, "Calder"))


def test_a_name_before_a_chief_executive_is_a_company(nlp):
    doc = nlp("Westmoor chief executive Ann Lee said the offer was final.")
    assert company_named(doc, person_draft(doc, "Westmoor"))


def test_a_first_name_before_a_trade_word_stays_a_person(nlp):
    doc = nlp("Samantha Power said on Monday that the talks would go on.")
    assert not company_named(doc, person_draft(doc, "Samantha Power"))


def test_a_name_with_a_pronoun_of_its_own_stays_a_person(nlp):
    doc = nlp("Oduya Rail said he would resign. Oduya Rail left on Monday.")
    draft = person_draft(doc, "Oduya Rail")
    he = next(t for t in doc if t.lower_ == "he")
    draft.add(he.idx, he.idx + 2, "he", "pronoun", he.i)
    assert not company_named(doc, draft)


def test_a_retyped_company_goes_under_an_organisations_key():
    names = Names()
    draft = names.draft("person:Westmoor Rail", "organisation", "Westmoor Rail")
    draft.add(0, 13, "Westmoor Rail", "name", 1)
    merged: dict[str, str] = {}
    _merge_retyped_company(names, merged, "person:Westmoor Rail")
    assert list(names.drafts) == ["org:Westmoor Rail"]
    assert merged == {"person:Westmoor Rail": "org:Westmoor Rail"}


def test_a_trade_word_before_group_makes_a_business(nlp):
    text = (
        "Marlow Media Group confirmed on Monday that hackers had reached part of its network. "
        "The company said no reader data had been taken."
    )
    doc = nlp(text)
    group = next(a for a in find_actors(doc) if a.name == "Marlow Media Group")
    assert "The company" in [doc.text[m.start : m.end] for m in group.mentions]


def test_group_alone_after_a_name_is_no_business():
    assert not ends_in_trade_word("Civic Renewal Group")
