"""Names that are no actors, and one company under two names (issue 16, actors items 2, 3
and 5; invented texts): laws, codes and treaties; abbreviations of common nouns and of
lower-case phrases; a company's name with and without its legal form."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def names_of(nlp, text: str) -> list[str]:
    return [a.name for a in find_actors(nlp(text))]


def holders(nlp, text: str, word: str) -> list[str]:
    """The names of the actors with a mention written ``word``."""
    return [a.name for a in find_actors(nlp(text)) if any(m.text == word for m in a.mentions)]


def test_a_bill_is_no_actor(nlp):
    text = (
        "The Coastal Waters Protection Bill, introduced by Fisheries Minister Anna Kovac in "
        "May, would ban trawling near the shore. Kovac said it would pass."
    )
    assert names_of(nlp, text) == ["Anna Kovac"]


def test_a_first_name_bill_stays_a_person(nlp):
    text = "Senator Bill Morrow said the plan would pass. Bill Morrow later left the chamber."
    assert names_of(nlp, text) == ["Bill Morrow"]


def test_a_code_is_no_actor(nlp):
    text = (
        "The agency said it had a duty to appeal decisions it considered inconsistent with "
        "the World Sailing Safety Code. It said the ruling was wrong."
    )
    assert names_of(nlp, text) == []


def test_a_code_and_a_convention_with_its_acronym_are_no_actors(nlp):
    text = (
        "The ministry said the seizure broke the Convention on Northern Fisheries (CNF) and "
        "the Harbour Safety Code. Officials said the CNF allows inspections at sea."
    )
    names = names_of(nlp, text)
    assert not [n for n in names if "Convention" in n or "Code" in n or n == "CNF"]


def test_a_court_named_for_a_law_stays_an_actor(nlp):
    text = (
        "The Tribunal for the Law of Rivers said on Monday it would hear the case. The "
        "tribunal will sit in June."
    )
    assert "Tribunal for the Law of Rivers" in names_of(nlp, text)


def test_an_abbreviation_after_comma_or_is_no_actor(nlp):
    text = (
        "Chronic wasting disease, or CWD, has spread to four new counties, officials said. "
        "Hunters fear CWD will reach the valley by spring."
    )
    assert holders(nlp, text, "CWD") == []


def test_a_zone_abbreviated_after_a_possessive_is_no_actor(nlp):
    text = (
        "The coast guard said the boats were fishing inside Norvania's exclusive fishing zone "
        "(EFZ) without licences. Officials said the EFZ had been patrolled since May."
    )
    assert holders(nlp, text, "EFZ") == []


def test_abbreviations_of_common_nouns_are_no_actors(nlp):
    text = (
        "The Fiscal Council said the deficit would reach 4 percent of GDP next year. The army "
        "said it had GPS data showing the unit on the far bank."
    )
    assert holders(nlp, text, "GDP") == [] and holders(nlp, text, "GPS") == []


def test_a_company_and_its_name_with_a_legal_form_are_one(nlp):
    text = (
        "Dutch regulators opened an inquiry into Halvern Shipping NV on Tuesday. Halvern "
        "Shipping said it would cooperate with the inquiry."
    )
    assert holders(nlp, text, "Halvern Shipping") == ["Halvern Shipping NV"]


def test_a_company_short_name_and_its_full_name_with_trade_and_legal_form_are_one(nlp):
    text = (
        "The province granted Kestrel Ridge Minerals Inc. an exploration permit in June. "
        "Kestrel Ridge, a Toronto-based junior miner, said it had consulted the community."
    )
    assert holders(nlp, text, "Kestrel Ridge") == ["Kestrel Ridge Minerals Inc."]


def test_a_person_shown_to_be_a_company_joins_the_company_it_opens():
    from briefing_tui.analysis.actors.drafts import Names
    from briefing_tui.analysis.actors.merge import _merge_retyped_company

    names = Names()
    names.draft("org:Kestrel Ridge Minerals Inc.", "organisation", "Kestrel Ridge Minerals Inc.")
    short = names.draft("person:Kestrel Ridge", "organisation", "Kestrel Ridge")
    short.add(0, 13, "Kestrel Ridge", "name", 0)
    merged: dict[str, str] = {}
    _merge_retyped_company(names, merged, "person:Kestrel Ridge")
    assert merged == {"person:Kestrel Ridge": "org:Kestrel Ridge Minerals Inc."}
