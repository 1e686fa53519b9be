"""Issue 16, actors items 2, 3 and 5: no fragments, one actor per entity, kinds from evidence
(invented sentences)."""

from __future__ import annotations

from spacy.tokens import Span

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.actors.lexicon import gazetteer


def actors_of(nlp, text: str):
    return find_actors(nlp(text))


def by_name(actors, name: str):
    return next(a for a in actors if a.name == name)


def test_a_pronoun_in_capitals_is_never_an_actor(nlp):
    text = "\"We won't sign a deal that YOU can't explain,\" the mayor said. SHE left early."
    names = {a.name for a in actors_of(nlp, text)}
    assert not {"YOU", "SHE"} & names


def test_a_dateline_in_capitals_is_one_place_not_a_fragment(nlp):
    text = "KESTREL BAY, Norway - The Green Party said on Tuesday it would vote against the plan."
    actors = actors_of(nlp, text)
    assert "BAY" not in {a.name for a in actors}
    assert all(a.kind == "place" for a in actors if "BAY" in a.name)


def test_a_hyphenated_surname_joins_its_full_name(nlp):
    text = (
        "Chilean prosecutor Marco Soto-Vidal said his office had a suspect. "
        "Soto-Vidal added that the suspect had fled."
    )
    actors = actors_of(nlp, text)
    person = by_name(actors, "Marco Soto-Vidal")
    assert "Soto-Vidal" in [m.text for m in person.mentions]
    assert not any(a.name in ("Soto-Vidal", "Vidal") for a in actors)


def test_a_name_the_model_cut_into_two_places_is_one_person(nlp):
    text = "Valla Paris, a nurse, said the ward was full. Paris said she would stay."
    doc = nlp(text)
    second = [t.i for t in doc if t.text == "Paris"][1]
    doc.ents = [
        Span(doc, 0, 1, label="GPE"),
        Span(doc, 1, 2, label="GPE"),
        Span(doc, second, second + 1, label="GPE"),
    ]  # the model's mistake, forced
    actors = find_actors(doc)
    person = by_name(actors, "Valla Paris")
    assert person.kind == "person"
    assert [m.text for m in person.mentions if m.kind == "name"] == ["Valla Paris", "Paris"]
    assert not any(a.kind == "country" for a in actors)


def test_a_founders_name_inside_a_colleges_name_is_not_a_place(nlp):
    names = {a.name for a in actors_of(nlp, "Students at Pellworth College protested on Monday.")}
    assert "Pellworth" not in names


def test_a_museum_is_a_place(nlp):
    actors = actors_of(nlp, "Visitors packed the Dunmore Museum of Flight on Sunday.")
    museum = next(a for a in actors if "Museum" in a.name)
    assert museum.kind == "place"


def test_a_formal_country_name_is_the_country():
    gaz = gazetteer()
    assert gaz.country_of_name("the Republic of Chile") == gaz.country_of_name("Chile")
    assert gaz.country_of_name("the Republic of Nowhereland") is None


def test_the_formal_and_short_country_names_are_one_actor(nlp):
    text = "The Republic of Chile has asked for help. Chile said the attack had hit its ports."
    countries = [a for a in actors_of(nlp, text) if "Chile" in a.name]
    assert len(countries) == 1
    assert countries[0].kind == "country"


def test_the_plural_of_a_partys_name_is_the_party(nlp):
    text = (
        "The Green Party said it would vote against the plan. "
        "The Greens hold nine seats in the assembly."
    )
    parties = [a for a in actors_of(nlp, text) if "Green" in a.name]
    assert len(parties) == 1
    assert "Greens" in [m.text for m in parties[0].mentions]


def test_an_organisation_head_word_keeps_a_name_from_being_a_person(nlp):
    text = "Mira Lund said Harbor Network, the logistics firm that runs the rail link, backed it."
    actors = actors_of(nlp, text)
    assert by_name(actors, "Harbor Network").kind == "organisation"


def test_a_pollster_is_an_organisation(nlp):
    text = "According to a poll by Norstat, 54 percent of residents oppose the expansion."
    assert by_name(actors_of(nlp, text), "Norstat").kind == "organisation"


def test_an_agency_acronym_is_an_organisation_not_a_place(nlp):
    text = "Chile has asked the F.B.I. to help. The F.B.I. did not comment."
    actors = actors_of(nlp, text)
    assert by_name(actors, "F.B.I.").kind == "organisation"


def test_a_one_word_person_label_after_in_is_a_place(nlp):
    text = "He had worked for Andes Data Systems, a contractor in Concepcion."
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == "Concepcion")
    doc.ents = [*[e for e in doc.ents if e.end <= at], Span(doc, at, at + 1, label="PERSON")]
    concepcion = [a for a in find_actors(doc) if a.name == "Concepcion"]
    assert concepcion and concepcion[0].kind == "place"


def test_names_given_as_examples_of_things_are_not_actors(nlp):
    text = "Villagers still worship the old spirits, such as Velmar, Ossa and Tarrin."
    names = {a.name for a in actors_of(nlp, text)}
    assert not {"Velmar", "Ossa", "Tarrin"} & names


def test_names_given_as_examples_of_people_stay(nlp):
    text = "The festival drew writers such as Jo Pike and Ann Vell."
    names = {a.name for a in actors_of(nlp, text)}
    assert {"Jo Pike", "Ann Vell"} <= names


def test_a_rank_after_a_name_is_not_an_actor(nlp):
    text = "Speaking for the defence, Tom Wexley, QC, said the parents were not guilty."
    names = {a.name for a in actors_of(nlp, text)}
    assert "QC" not in names
    assert "Tom Wexley" in names


def test_an_office_after_an_organisations_name_belongs_to_its_holder(nlp):
    text = (
        "The US Trade Department issued a warning. "
        "Jeff Olsen, the Trade Department Spokesperson, said talks would go on."
    )
    actors = actors_of(nlp, text)
    assert not any(a.name.endswith("Spokesperson") and a.kind != "person" for a in actors)
    olsen = by_name(actors, "Jeff Olsen")
    assert all("Department" not in m.text for m in olsen.mentions)


MATCH_REPORT = (
    "Norland beat Ostmark 2-1 in Group B on Saturday. Norland faced a strong side and "
    "Ostmark scored first. Norland won the match after a late goal. Ostmark lost again."
)


def test_countries_that_play_in_a_match_report_are_teams(nlp):
    doc = nlp(MATCH_REPORT)
    doc.ents = [
        Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text in ("Norland", "Ostmark")
    ]
    actors = find_actors(doc)
    assert {a.name: a.kind for a in actors if a.name in ("Norland", "Ostmark")} == {
        "Norland": "organisation",
        "Ostmark": "organisation",
    }


def test_a_country_in_a_text_without_a_score_stays_a_country(nlp):
    text = (
        "Sweden beat Norway in the vote on Monday. Sweden won the contract. Sweden faced critics."
    )
    sweden = by_name(actors_of(nlp, text), "Sweden")
    assert sweden.kind == "country"


def test_a_name_only_in_a_picture_credit_is_not_an_actor(nlp):
    text = "The mayor opened the bridge on Monday.\nImage: Torvald Brekke.\nTraffic resumed."
    assert "Torvald Brekke" not in {a.name for a in actors_of(nlp, text)}


def test_a_dateline_of_town_and_state_is_a_place(nlp):
    text = "Dunmore, Indiana, United States - The university opened a new gallery this week."
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 1, label="PERSON"), *[e for e in doc.ents if e.start > 0]]
    # named only in the dateline, the town is no actor (``analysis.datelines``), never a person
    assert all(a.kind == "place" for a in find_actors(doc) if a.name == "Dunmore")


def test_a_name_after_the_town_of_is_a_place(nlp):
    text = "The army evacuated 80 people in the town of Vellaro after a shell landed."
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == "Vellaro")
    doc.ents = [Span(doc, at, at + 1, label="ORG")]
    vellaro = [a for a in find_actors(doc) if a.name == "Vellaro"]
    assert vellaro and vellaro[0].kind == "place"


def test_a_country_in_a_newspapers_name_is_not_a_mention_of_the_country(nlp):
    text = "According to the Norway Herald, Norway will vote in May."
    actors = actors_of(nlp, text)
    norway = [a for a in actors if a.kind == "country"]
    assert norway
    assert all(m.start > text.index(",") for m in norway[0].mentions)


def test_an_apposed_office_is_mentioned_without_the_actors_after_it(nlp):
    text = "Professor Jan Holt, the chairman of the project's panel, said the vote was fair."
    holt = by_name(actors_of(nlp, text), "Jan Holt")
    titles = [m.text for m in holt.mentions if m.kind == "title"]
    assert titles and all("project" not in t for t in titles)


def test_a_project_that_acts_is_an_organisation(nlp):
    text = "The Flag Review Project has planned ten public meetings across the country."
    actors = actors_of(nlp, text)
    assert any(a.name.endswith("Flag Review Project") for a in actors)


def test_an_offices_field_after_a_title_is_not_an_organisation(nlp):
    text = "Minister of Education Anna Ricci said schools would reopen."
    assert "Education" not in {a.name for a in actors_of(nlp, text)}


def test_a_time_zone_is_not_an_actor(nlp):
    text = "As of 15:11 GMT the site was back online, the company said."
    assert "GMT" not in {a.name for a in actors_of(nlp, text)}


def test_a_newspaper_the_model_calls_a_person_is_an_organisation(nlp):
    text = "The story ran in the Dunmore Sun on Friday."
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == "Dunmore")
    doc.ents = [Span(doc, at, at + 2, label="PERSON")]
    sun = [a for a in find_actors(doc) if a.name == "Dunmore Sun"]
    assert sun and sun[0].kind == "organisation"


def test_a_municipality_by_name_is_an_organisation(nlp):
    text = "The Municipality of Corvale asked the court to order the payment."
    doc = nlp(text)
    doc.ents = [Span(doc, 1, 4, label="GPE")]
    body = [a for a in find_actors(doc) if a.name == "Municipality of Corvale"]
    assert body and body[0].kind == "organisation"


def test_an_acronym_opening_an_events_name_is_an_organisation(nlp):
    doc = nlp("Fans gathered for the KLF Cup final on Sunday.")
    at = next(t.i for t in doc if t.text == "KLF")
    doc.ents = [Span(doc, at, at + 2, label="ORG")]
    klf = [a for a in find_actors(doc) if a.name == "KLF"]
    assert klf and all(a.kind == "organisation" for a in klf)


def test_an_offices_field_before_a_title_is_not_an_organisation(nlp):
    text = "Environment Minister Jo Baird said the papers were found on a road."
    assert "Environment" not in {a.name for a in actors_of(nlp, text)}


def test_an_organisation_name_cut_before_a_studys_head_is_not_an_actor(nlp):
    doc = nlp("The results of the Tarvik Nutrition Study were published on Monday.")
    at = next(t.i for t in doc if t.text == "Tarvik")
    doc.ents = [Span(doc, at, at + 2, label="ORG")]  # the model leaves "Study" out
    assert "Tarvik Nutrition" not in {a.name for a in find_actors(doc)}


def test_a_person_before_a_collection_stays_a_person(nlp):
    doc = nlp("Visitors saw the Jo Pike collection at the library.")
    at = next(t.i for t in doc if t.text == "Jo")
    doc.ents = [Span(doc, at, at + 2, label="PERSON")]
    assert "Jo Pike" in {a.name for a in find_actors(doc)}


def test_an_organisations_name_with_its_head_in_lower_case_is_the_same_actor(nlp):
    text = (
        "The Norlandic Navy rescued 400 people on Friday. "
        "A spokesman said the Norlandic navy would keep searching."
    )
    navies = [a for a in actors_of(nlp, text) if "navy" in a.name.lower()]
    assert len(navies) == 1
    assert len([m for m in navies[0].mentions if m.kind == "name"]) == 2


def test_a_foundation_for_the_arts_cut_in_two_is_one_organisation(nlp):
    text = (
        "The Jo Pike Foundation gave ten prints. "
        "The gift came from the Jo Pike Foundation for the Visual Arts in May."
    )
    doc = nlp(text)
    # the model's cut, forced: "Jo Pike Foundation" twice, then "the Visual Arts"
    doc.ents = [Span(doc, s, e, label="ORG") for s, e in ((1, 4), (12, 16), (17, 20))]
    names = {a.name for a in find_actors(doc)}
    assert "Visual Arts" not in names
    assert "Jo Pike Foundation for the Visual Arts" in names
    assert "Jo Pike Foundation" not in names  # the short form joined the full one


def test_a_town_and_state_read_as_one_organisation_are_a_place_and_a_state(nlp):
    text = "The exhibit, which is located in Dunmore, Indiana, runs until May."
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == "Dunmore")
    doc.ents = [Span(doc, at, at + 3, label="ORG")]
    kinds = {a.name: a.kind for a in find_actors(doc)}
    assert kinds.get("Dunmore") == "place"
    assert "Dunmore, Indiana" not in kinds


SANDS = (
    "Finance Minister Lena Sand spoke first. "
    "The central bank governor, Erik Sand, said rates would stay. "
)


def test_a_title_with_a_shared_surname_joins_the_person_holding_it(nlp):
    actors = actors_of(nlp, SANDS + "Governor Sand said more later.")
    erik, lena = by_name(actors, "Erik Sand"), by_name(actors, "Lena Sand")
    assert "Governor Sand" in [m.text for m in erik.mentions]
    assert all("Governor" not in m.text for m in lena.mentions)
    assert all("governor" not in m.text.lower() for m in lena.mentions)


def test_an_honorific_with_a_surname_two_people_share_joins_neither(nlp):
    actors = actors_of(nlp, SANDS + "Ms Sand disagreed with the decision.")
    assert not any("Ms Sand" in [m.text for m in a.mentions] for a in actors)
    assert len([a for a in actors if "Sand" in a.name]) == 2


def test_a_headline_name_written_nowhere_else_is_not_an_actor(nlp):
    text = (
        "Central Bank Holds Rates As Inflation Cools\n\nThe bank kept its main rate at 4 percent."
    )
    names = {a.name for a in actors_of(nlp, text)}
    assert not {"Central Bank Holds Rates", "Inflation Cools"} & names


def test_a_title_case_phrase_in_quotes_is_not_an_actor(nlp):
    text = 'The governor said inflation was "Moving In The Right Direction" on Thursday.'
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == "Right")
    doc.ents = [Span(doc, at, at + 2, label="ORG")]
    assert "Right Direction" not in {a.name for a in find_actors(doc)}


def test_a_dateline_agency_in_brackets_is_not_the_towns_acronym(nlp):
    text = "VALMORA, Estland (AFP) - The Bank of Estland kept its rate on Thursday."
    actors = actors_of(nlp, text)
    assert not any("AFP" in [m.text for m in a.mentions] and a.name != "AFP" for a in actors)


def test_a_capital_inside_a_persons_name_is_not_a_place(nlp):
    text = "Valla Paris, a nurse, said the ward was full. Later Valla Paris left the city."
    doc = nlp(text)
    second = [t.i for t in doc if t.text == "Valla"][1]
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, second, second + 2, label="ORG")]
    actors = find_actors(doc)
    assert not any(a.kind in ("place", "country") for a in actors)
    assert len(by_name(actors, "Valla Paris").mentions) >= 2


def test_the_body_a_named_person_is_of_is_an_organisation(nlp):
    text = "Opposition leader Piet Marsh of the Liberal Democrats criticised the decision."
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == "Liberal")
    piet = next(t.i for t in doc if t.text == "Piet")
    doc.ents = [Span(doc, piet, piet + 2, label="PERSON"), Span(doc, at, at + 2, label="NORP")]
    party = [a for a in find_actors(doc) if a.name == "Liberal Democrats"]
    assert party and party[0].kind == "organisation"


def test_a_party_and_state_tag_is_no_actor(nlp):
    text = (
        "Sen. Tom Hale (R-Utah) said on Tuesday that the harbour bill would cost too much. "
        "Sen. Rita Moss (D-Ore.) said the bill was overdue."
    )
    names = {a.name for a in actors_of(nlp, text)}
    assert {"Tom Hale", "Rita Moss"} <= names
    assert not names & {"R-Utah", "Utah", "D-Ore.", "Ore."}


def test_a_word_of_a_title_is_no_actor(nlp):
    text = "Majority Leader Paul Green said the Senate would vote on the harbour bill next week."
    names = {a.name for a in actors_of(nlp, text)}
    assert "Paul Green" in names
    assert "Majority" not in names


def test_a_delegates_and_a_speakers_title_is_not_part_of_the_name(nlp):
    text = (
        "Del. Stacey Plaskett said the hearing was unfair. "
        "Speaker Paul Ryan said the victims deserved a hearing."
    )
    names = {a.name for a in actors_of(nlp, text)}
    assert {"Stacey Plaskett", "Paul Ryan"} <= names


def test_a_field_of_several_words_after_a_title_and_for_is_not_an_organisation(nlp):
    text = (
        "A spokesperson for the federal Minister for Digital Safety said the government "
        "was watching the digital safety of patients closely."
    )
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == "Digital")
    doc.ents = [Span(doc, at, at + 2, label="ORG")]
    assert "Digital Safety" not in {a.name for a in find_actors(doc)}


def test_the_field_of_an_office_before_a_name_is_not_the_first_name(nlp):
    doc = nlp("Senior Minister of State for Housing Peter Vance told reporters the tower was safe.")
    at = next(t.i for t in doc if t.text == "Peter")
    doc.ents = [Span(doc, at, at + 2, label="PERSON")]
    names = {a.name for a in find_actors(doc)}
    assert "Peter Vance" in names
    assert not names & {"Housing Peter Vance", "Senior"}
