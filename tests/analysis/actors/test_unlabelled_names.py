"""Names the model leaves unlabelled or buries in longer names (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors


def names_of(nlp, text: str) -> set[str]:
    return {a.name for a in find_actors(nlp(text))}


def test_a_place_a_stadium_is_named_after_is_an_actor_of_its_own(nlp):
    assert {"Brackwell Stadium", "Brackwell"} <= names_of(
        nlp, "Fans filled Brackwell Stadium on Sunday."
    )


def test_a_district_named_after_a_place_is_its_own_actor(nlp):
    text = "Voters in the Kessington West geographical constituency went to the polls on Sunday."
    names = names_of(nlp, text)
    assert "Kessington West" in names
    assert "Kessington West geographical constituency" in names


def test_a_proper_noun_subject_of_a_passive_verb_is_an_actor(nlp):
    assert "Ravenmoor" in names_of(
        nlp, "Ravenmoor was excluded from the scheme, the ministry said."
    )


def test_a_newspaper_subject_stays_an_organisation(nlp):
    actors = find_actors(nlp("The Tollan Courier reported that the bridge had closed."))
    courier = next(a for a in actors if a.name == "Tollan Courier")
    assert courier.kind == "organisation"


def test_a_headline_in_title_case_yields_no_guessed_names(nlp):
    names = names_of(
        nlp, "Local Baker Wins Regional Bread Prize After Long Wait\nThe prize was given."
    )
    assert not {"Local Baker", "Regional Bread Prize", "Long Wait"} & names


def test_a_newspaper_the_model_took_for_a_work_is_an_organisation(nlp):
    from spacy.tokens import Span

    doc = nlp("Readers wrote to the Pellham Morning Herald about the flood.")
    doc.ents = [Span(doc, 3, 7, label="WORK_OF_ART")]  # the model's mistake, forced
    herald = [a for a in find_actors(doc) if a.name == "Pellham Morning Herald"]
    assert herald and herald[0].kind == "organisation"


def test_a_team_named_by_its_country_is_an_actor_and_the_team_refers_to_it(nlp):
    text = "The Norwegian team won the prize on Friday. The team thanked the judges."
    team = next(a for a in find_actors(nlp(text)) if "Norwegian team" in a.name)
    assert [m.text for m in team.mentions] == ["The Norwegian team", "The team"]


def test_a_description_with_another_proper_adjective_is_another_actor(nlp):
    text = "The Norwegian team won the prize on Friday. The European team came second."
    team = next(a for a in find_actors(nlp(text)) if "Norwegian team" in a.name)
    assert "The European team" not in [m.text for m in team.mentions]


def test_we_in_the_words_of_a_countrys_leader_is_the_country(nlp):
    text = 'France sent aid on Monday. French President Anna Berg said: "We will send more."'
    france = next(a for a in find_actors(nlp(text)) if a.name == "France")
    assert "We" in [m.text for m in france.mentions]


def test_a_country_inside_a_regions_name_is_not_the_country(nlp):
    text = "Floods hit Western Australia on Monday. Australia sent troops to help."
    actors = find_actors(nlp(text))
    australia = next(a for a in actors if a.name == "Australia")
    assert all(m.start > text.index(".") for m in australia.mentions)


def test_a_place_a_city_name_borrows_is_mentioned_within_it(nlp):
    text = "Police in Mexico City said the talks went well."
    actors = find_actors(nlp(text))
    assert {"Mexico City", "Mexico"} <= {a.name for a in actors}


def test_an_organisation_whose_place_is_written_as_initials_is_the_same(nlp):
    text = (
        "The New Haven Harbour Board met on Monday. "
        "A spokesman for the NH Harbour Board said the port would reopen."
    )
    actors = find_actors(nlp(text))
    board = [a for a in actors if "Harbour Board" in a.name]
    assert len(board) == 1
    assert len(board[0].mentions) == 2


def test_a_name_before_a_title_is_the_holders_organisation(nlp):
    actors = find_actors(nlp("Harbourline chairman Jo Pike said the ferries would run again."))
    assert any(a.name == "Harbourline" and a.kind == "organisation" for a in actors)


def test_a_place_after_of_inside_a_museums_name_is_borrowed(nlp):
    names = names_of(nlp, "Visitors flocked to the Grey Aviation Museum of Tullbrook on Saturday.")
    assert "Tullbrook" in names


def test_a_known_city_before_an_airports_borrowed_name_is_apart(nlp):
    actors = find_actors(nlp("Flights landed at Paris Calloway International Airport."))
    assert "Paris" in {a.name for a in actors}
    # "Calloway", written nowhere else, is a person an airport is named after, not a place
    assert not any(a.name == "Calloway" and a.kind == "place" for a in actors)


def test_a_name_before_an_airport_written_alone_elsewhere_is_kept(nlp):
    text = "Flights landed at Calloway International Airport. Calloway lies on the coast."
    assert "Calloway" in names_of(nlp, text)


def test_the_organization_is_never_a_country(nlp):
    actors = find_actors(nlp("Germany said on Monday that the organization had not replied."))
    germany = next(a for a in actors if a.name == "Germany")
    assert [m.text for m in germany.mentions] == ["Germany"]
