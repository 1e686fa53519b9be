"""Actor kinds, session 10 (issue 16 items 1, 2, 5): capitals standing for governments,
acting states, title words and companies (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from tests.analysis.readers import actors_by_name as by_name


def kinds_of(nlp, text: str, word: str) -> list[str]:
    """The kinds of every actor of ``text`` that has a mention written ``word`` (two actors
    may share a name, so not through ``by_name``)."""
    return [a.kind for a in find_actors(nlp(text)) if any(m.text == word for m in a.mentions)]


CAPITAL_ACTS = (
    "Brenna Solt, the trade minister, flew to the talks on Monday. Speaking in Kordell, she "
    "said a deal was close. Kordell has made a fair offer, the minister added."
)


def test_a_capital_written_as_a_place_is_no_person(nlp):
    assert "person" not in kinds_of(nlp, CAPITAL_ACTS, "Kordell")


def test_a_capital_written_as_a_place_and_acting_is_one_actor(nlp):
    assert len(kinds_of(nlp, CAPITAL_ACTS, "Kordell")) == 1


CAPITAL_TIED = (
    "Estrelia's foreign ministry said on Monday that Marovia had sunk an Estrelian fishing "
    "boat. In Vantor, the Estrelian capital, the navy gave its own account. Vantor said the "
    "boat had been five miles outside the zone."
)


def test_a_capital_tied_to_its_land_speaks_as_the_land(nlp):
    actors = by_name(nlp, CAPITAL_TIED)
    owners = [a for a in actors.values() if any(m.text == "Estrelia" for m in a.mentions)]
    assert len(owners) == 1
    spoken = [m for m in owners[0].mentions if m.text == "Vantor"]
    assert spoken and spoken[0].kind == "metonym"


def test_the_located_mention_of_a_tied_capital_stays_a_place(nlp):
    kinds = kinds_of(nlp, CAPITAL_TIED, "Vantor")
    assert "place" in kinds
    assert "person" not in kinds


def test_an_acting_state_with_an_adjective_is_a_country(nlp):
    text = (
        "Tarvonia will impose tariffs on cheese from June, the government said. Tarvonia "
        "accuses its neighbour of paying secret subsidies. Tarvonian officials said the "
        "tariffs would raise 400 million a year."
    )
    assert kinds_of(nlp, text, "Tarvonia") == ["country"]


def test_a_state_with_a_minister_is_a_country_not_a_person(nlp):
    text = (
        "Tarvonia will impose tariffs on cheese from neighbouring Lusk unless talks succeed. "
        "Lusk's agriculture minister, Tomas Ebb, said the charges were false. He said the "
        "talks would go on."
    )
    assert kinds_of(nlp, text, "Lusk") == ["country"]


def test_a_field_before_a_ministers_title_is_no_actor(nlp):
    text = (
        "Tariffs of 20 percent will start in June, Commerce Minister Hanna Wexler said on "
        'Tuesday. "We are ready to talk," she said.'
    )
    assert not kinds_of(nlp, text, "Commerce")


def test_a_word_opening_an_office_title_is_no_actor(nlp):
    text = (
        "Assistant District Attorney Mara Quell, who led the case, said the state would ask "
        "for nine years in prison."
    )
    actors = by_name(nlp, text)
    assert "Assistant" not in actors


def test_a_company_with_a_trade_head_is_an_organisation_with_its_short_name(nlp):
    text = (
        "Residents blamed the former Grell Industrial Coatings plant, which closed in 2019. "
        "A spokeswoman for Grell declined to comment."
    )
    actors = by_name(nlp, text)
    assert actors["Grell Industrial Coatings"].kind == "organisation"
    assert "Grell" in {m.text for m in actors["Grell Industrial Coatings"].mentions}


DISTRICT = (
    "Families in Carrick's Northgate district have been told to boil their water. The "
    "council sent inspectors to Northgate on Tuesday. Alderman Ruth Kemper, who represents "
    "Northgate, said people were angry."
)


def test_a_district_by_its_bare_name_is_no_organisation(nlp):
    assert "organisation" not in kinds_of(nlp, DISTRICT, "Northgate")


def test_a_district_by_its_bare_name_joins_the_district(nlp):
    assert kinds_of(nlp, DISTRICT, "Northgate") == ["place"]


def test_a_town_after_a_training_base_is_a_place(nlp):
    text = "Mira Dahl gave a sample at her training base in Tornvik in March, the federation said."
    assert kinds_of(nlp, text, "Tornvik") == ["place"]


def test_a_titled_name_the_model_calls_an_organisation_is_one_person(nlp):
    text = (
        "The county will decide on a plan by Superintendent Nadia Fairbanks to shut the "
        "clinic. Fairbanks said the county had no choice."
    )
    actors = by_name(nlp, text)
    assert actors["Nadia Fairbanks"].kind == "person"
    assert "Fairbanks" in {m.text for m in actors["Nadia Fairbanks"].mentions}


def test_a_titled_name_ending_in_a_natural_feature_word_is_no_place(nlp):
    text = (
        "The school board will vote in May on a plan by Superintendent Rosa Marsh to merge "
        "two schools. Marsh told parents the plan would save money."
    )
    actors = by_name(nlp, text)
    assert actors["Rosa Marsh"].kind == "person"
    assert "place" not in kinds_of(nlp, text, "Superintendent Rosa Marsh")


def test_the_dateline_town_written_again_is_a_place(nlp):
    text = (
        "BRAVIK - Dockworkers in Bravik walked off the job on Monday, the union said.\n"
        '"Bravik will not be the last port to stop," said Ada Kemp, the union\'s leader.'
    )
    assert kinds_of(nlp, text, "Bravik") == ["place"]


def test_a_town_after_a_rally_is_a_place(nlp):
    text = "At a rally in Tornfield on Saturday, Senator Paul Weir attacked the mayor's budget."
    assert kinds_of(nlp, text, "Tornfield") == ["place"]


def test_a_pollsters_short_name_joins_the_firm(nlp):
    text = (
        "A poll by Kestrel Analytics showed the mayor ahead. Kestrel surveyed 800 voters by "
        "phone, Kestrel said."
    )
    assert kinds_of(nlp, text, "Kestrel") == ["organisation"]


def test_a_town_after_in_on_a_passive_verb_is_a_place(nlp):
    text = "Federation officials said the sample was taken in Hallevik in March."
    assert kinds_of(nlp, text, "Hallevik") == ["place"]


def test_a_land_whose_officials_speak_is_a_country(nlp):
    text = (
        "The rower trained in Ostmora before the games. Ostmoran officials said the ban was unfair."
    )
    assert kinds_of(nlp, text, "Ostmora") == ["country"]
