"""One actor per entity, round three: a party under its nicknames, an acronym defined in
brackets whatever its letters, and titles of works kept out of the actors (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.acronyms import defines_acronym
from briefing_tui.analysis.actors.find import find_actors
from briefing_tui.analysis.actors.lexicon import gazetteer


def names_of(doc) -> list[str]:
    return [a.name for a in find_actors(doc)]


def mentions_of(doc, name: str) -> list[str]:
    actors = [a for a in find_actors(doc) if a.name == name]
    assert len(actors) == 1, names_of(doc)
    return [doc.text[m.start : m.end] for m in actors[0].mentions]


def test_party_nicknames_join_the_party(nlp):
    doc = nlp(
        "The Republican Party pushed the farm bill through the Senate on Tuesday. "
        "The GOP has tried for two years to pass it. "
        "Democrats vowed to fight it, and Dems said it cut food aid."
    )
    assert {"GOP", "Republican Party"} <= set(mentions_of(doc, "Republican Party"))
    names = names_of(doc)
    assert "GOP" not in names and "Dems" not in names
    democrats = [a for a in find_actors(doc) if "Dems" in a.aliases or a.name == "Dems"]
    assert len(democrats) == 1 and "Democrats" in {a.text for a in democrats[0].mentions}


def test_tories_are_the_conservative_party(nlp):
    doc = nlp(
        "The Conservative Party lost the by-election on Thursday. "
        "The Tories had held the seat since 1997."
    )
    assert "Tories" in mentions_of(doc, "Conservative Party")


def test_a_nickname_inside_a_longer_name_stays_apart(nlp):
    doc = nlp(
        "Members of the Democratic Party met on Monday. "
        "Ken Lo of the Neo Democrats lost his seat, and the Democratic Party said it was sad."
    )
    assert "Democrats" not in mentions_of(doc, "Democratic Party")


def test_a_bracketed_acronym_from_another_language_defines_the_name(nlp):
    doc = nlp(
        "Doctors Without Borders (MSF) said its clinics were running out of supplies. "
        "MSF asked for help on Friday."
    )
    assert mentions_of(doc, "Doctors Without Borders")[:3] == [
        "Doctors Without Borders",
        "MSF",
        "its",
    ]


def test_an_organisations_acronym_with_other_letters_joins_it(nlp):
    doc = nlp(
        "The German Football Association (DFB) gave money to the clubs. "
        "The DFB said the money would arrive in May."
    )
    assert "DFB" in mentions_of(doc, "German Football Association")
    assert "DFB" not in names_of(doc)


def test_a_country_in_brackets_is_no_acronym():
    gaz = gazetteer()
    assert not defines_acronym("Acme Holdings", "UK", gaz)
    assert defines_acronym("Doctors Without Borders", "MSF", gaz)
    assert defines_acronym("the Union of Dock Workers", "UDW", gaz)
    assert not defines_acronym("Acme Holdings", "Ltd", gaz)


def test_a_game_people_play_is_no_actor(nlp):
    doc = nlp("Many fans had played Dune Raiders for years. Anna Pell said the game was fun.")
    assert "Dune Raiders" not in names_of(doc)


def test_a_team_played_in_a_match_report_stays(nlp):
    doc = nlp("Arsenal played Chelsea on Saturday. Chelsea won 2-1, said coach Anna Pell.")
    assert "Chelsea" in names_of(doc)


def test_a_shows_title_is_no_actor(nlp):
    doc = nlp(
        "Fans of the show Castle Rock Nights queued for hours on Friday. "
        "Critic Anna Pell said they were loud."
    )
    assert "Castle Rock Nights" not in names_of(doc)


def _names_with(person_mentions: int, org_mentions: int, title: str | None = None):
    from briefing_tui.analysis.actors.drafts import Names

    names = Names()
    person = names.draft("person:Civic Hope", "person", "Civic Hope")
    person.title = title
    org = names.draft("org:Civic Hope", "organisation", "Civic Hope")
    at = 0
    for draft, count in ((person, person_mentions), (org, org_mentions)):
        for _ in range(count):
            draft.add(at, at + 10, "Civic Hope", "name", 0)
            at += 20
    return names


def _join(names):
    from briefing_tui.analysis.actors.same_name import join_same_names

    def merge(source: str, target: str) -> None:
        src = names.drafts.pop(source)
        names.drafts[target].mentions.extend(src.mentions)

    join_same_names(names, merge)
    return {key: len(d.mentions) for key, d in names.drafts.items()}


def test_a_name_labelled_once_a_person_joins_the_organisation():
    assert _join(_names_with(1, 2)) == {"org:Civic Hope": 3}


def test_a_name_labelled_once_an_organisation_joins_the_person():
    assert _join(_names_with(3, 1)) == {"person:Civic Hope": 4}
    assert _join(_names_with(1, 1, title="mayor")) == {"person:Civic Hope": 2}


def test_a_country_under_its_federation_name_is_the_country(nlp):
    doc = nlp(
        "Sweden beat Korea\n\nGroup F — Sweden 1 – 0 Korea Republic\n"
        "In the first game, Sweden beat South Korea on Monday."
    )
    korea = [a for a in find_actors(doc) if a.name == "South Korea"]
    assert len(korea) == 1
    assert "Korea Republic" in {m.text for m in korea[0].mentions}


def test_a_name_its_acronym_spells_out_is_no_person(nlp):
    doc = nlp(
        "PARIS — The conservatives backed the bill on Thursday. "
        "Les Républicains (LR) leader Marc Dorval said the reform was overdue."
    )
    party = [a for a in find_actors(doc) if a.name == "Les Républicains"]
    assert len(party) == 1 and party[0].kind == "organisation"
    assert "LR" in {m.text for m in party[0].mentions}


def test_house_republicans_are_the_gop(nlp):
    doc = nlp(
        "House Republicans on Tuesday unveiled a tax plan that the GOP says will help "
        "families. Republicans hold most seats, Rep. Dana Whitfield said."
    )
    gop = [a for a in find_actors(doc) if "GOP" in {m.text for m in a.mentions}]
    assert len(gop) == 1 and "Republicans" in {m.text for m in gop[0].mentions}


def test_a_party_and_state_tag_between_commas_is_no_actor(nlp):
    doc = nlp('"This is a plan for working people," said Rep. Dana Whitfield, R-Ohio, on Monday.')
    assert "R-Ohio" not in names_of(doc)


def test_an_acronym_spelled_out_in_brackets_after_it_is_an_organisation(nlp):
    doc = nlp(
        "Teams met at the PACT Robot Games (Partners for Advanced Computing Training) on "
        "Monday. PACT said the games would move to Oslo, and PACT will pay for travel."
    )
    pact = [a for a in find_actors(doc) if "PACT" in {m.text for m in a.mentions}]
    assert len(pact) == 1 and pact[0].kind == "organisation"
    assert "Partners for Advanced Computing Training" in {m.text for m in pact[0].mentions}


def test_a_spelled_out_treaty_is_no_organisation(nlp):
    doc = nlp(
        "Ministers discussed the NAFTA deal (North American Free Trade Agreement) on Monday, "
        "Minister Ann Lee said."
    )
    assert all("North American Free Trade Agreement" not in a.name for a in find_actors(doc))


def test_an_undefined_acronym_of_words_inside_an_organisations_name_is_no_actor(nlp):
    doc = nlp(
        "The Institute for Research on Chronic Kidney Failure opened on Monday. "
        "The best known effects of CKF are tiredness and pain, director Ann Lee said."
    )
    assert "CKF" not in names_of(doc)
    assert "Institute for Research on Chronic Kidney Failure" in names_of(doc)
