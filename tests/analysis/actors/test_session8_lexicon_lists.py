"""Actor word lists read from the lexicon (issue 16 item 5) and a company's short name
written as a "person" (item 3), on invented sentences."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.actors.kinds import first_and_last_name
from briefing_tui.analysis.actors.lexicon import business_heads, gazetteer, lexicon
from briefing_tui.model import Actor


def by_name(actors: list[Actor]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


def test_every_assembly_title_is_in_the_legislator_family():
    titles = lexicon().titles
    for title in ("assemblyman", "assemblywoman", "assemblymember", "rep.", "sen."):
        assert titles[title].family == "legislator"


def test_an_assemblywomans_title_is_no_part_of_her_name(nlp):
    text = (
        "Assemblywoman Dora Vance of Marlow Bend said the bill would pass. Vance said she "
        "had the votes."
    )
    actors = by_name(find_actors(nlp(text)))
    assert "Dora Vance" in actors
    assert "Assemblywoman Dora Vance" not in actors


def test_the_home_after_an_mps_name_is_no_organisation(nlp):
    text = "MP Dora Vance of Hallam said the bill would pass. Vance said she had the votes."
    actors = by_name(find_actors(nlp(text)))
    assert "Hallam" not in actors or actors["Hallam"].kind == "place"


def test_business_endings_come_from_the_lexicon():
    assert {"holdings", "labs", "therapeutics"} <= business_heads()


def test_a_companys_short_name_taken_for_a_person_joins_the_company(nlp):
    text = (
        "Shares of Quorvik Therapeutics fell on Monday. Quorvik said the trial would resume in May."
    )
    actors = find_actors(nlp(text))
    assert [a.name for a in actors] == ["Quorvik Therapeutics"]
    assert "Quorvik" in {m.text for m in actors[0].mentions}


def test_a_surname_that_opens_a_company_name_stays_a_person(nlp):
    text = (
        "Ella Quorvik founded Quorvik Therapeutics in 2019. Mr. Quorvik said the trial "
        "would resume in May."
    )
    kinds = {a.name: a.kind for a in find_actors(nlp(text))}
    assert kinds.get("Ella Quorvik") == "person"


def test_a_hyphenated_surname_alone_joins_the_full_name(nlp):
    text = (
        "Nadia Soto-Carver, a spokeswoman for Brenmoor, called the audit unfair. "
        '"Our labels are honest," Soto-Carver said on Monday.'
    )
    actors = by_name(find_actors(nlp(text)))
    assert "Soto-Carver" not in actors
    assert "Soto-Carver" in {m.text for m in actors["Nadia Soto-Carver"].mentions}


def test_a_first_name_and_hyphenated_surname_is_a_full_name(nlp):
    doc = nlp("Nadia Soto-Carver called the audit unfair.")
    assert first_and_last_name(doc[0:4], lexicon(), gazetteer())


def test_the_head_of_an_organisations_name_alone_is_its_short_form(nlp):
    text = (
        "The Tallis County board sued the U.S. Army Corps of Engineers on Tuesday. The suit "
        "asks a judge to order the Corps to give towns notice before releases."
    )
    corps = by_name(find_actors(nlp(text)))["U.S. Army Corps of Engineers"]
    assert "Corps" in {m.text for m in corps.mentions}


def test_a_first_name_before_and_and_a_full_name_shares_its_surname(nlp):
    text = "The prize went to the sisters Nell and Cora Kessling, who sang a ballad."
    names = {a.name for a in find_actors(nlp(text))}
    assert {"Nell Kessling", "Cora Kessling"} <= names
    assert "Nell" not in names


def test_a_name_before_and_that_is_no_first_name_keeps_its_own_name(nlp):
    text = "The prize went to Acme and Cora Kessling, who sang a ballad."
    names = {a.name for a in find_actors(nlp(text))}
    assert "Acme Kessling" not in names
