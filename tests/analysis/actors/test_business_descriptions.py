""" "The company" and "the firm" stand for a business, never for the government department,
council or union named just before them. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from tests.analysis.actors.test_coref_binding import owner

_TEXT = (
    "Bayline Freight Corporation wants to build a rail depot near the river. "
    "The plan needs a permit. "
    "The Riverside Department of Transportation has not ruled on the permit. "
    "A spokeswoman for the department said a ruling was due in May. "
    "Council member Ann Vole warned that the company could move the depot elsewhere."
)


def test_the_company_is_not_the_department_named_last(nlp) -> None:
    actors = find_actors(nlp(_TEXT))
    assert owner(actors, "the company", _TEXT) != "Riverside Department of Transportation"


def test_the_company_is_the_business_named_lately(nlp) -> None:
    text = (
        "Bayline Freight Corporation wants to build a rail depot. "
        "The Riverside Department of Transportation has not ruled on its permit. "
        "The company says the depot will bring 80 jobs."
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "The company", text) in {"Bayline Freight Corporation", None}
    assert owner(actors, "The company", text) != "Riverside Department of Transportation"


def test_a_headline_in_sentence_case_makes_no_actor_of_its_first_words(nlp) -> None:
    text = (
        "Harbor city council delays vote on port expansion\n\n"
        "The Portsmouth City Council postponed a vote on Tuesday. The plan would deepen "
        "the harbor channel."
    )
    names = [a.name for a in find_actors(nlp(text))]
    assert "Harbor city council" not in names, names


def test_a_judges_court_rank_is_no_organisation(nlp) -> None:
    text = (
        "U.S. District Judge Ann Morrow said the rule imposes a heavy burden. "
        "Circuit Judge Tom Reyes agreed."
    )
    names = [a.name for a in find_actors(nlp(text))]
    assert "District" not in names and "Circuit" not in names, names
    assert "Ann Morrow" in names, names


def test_a_company_goes_by_its_name_without_its_trade_word(nlp) -> None:
    text = (
        "The regulator opened an inquiry into whether Eastwind Energy misled customers. "
        "If it finds that Eastwind breached its licence, the company could face a fine. "
        "Eastwind said it would cooperate fully."
    )
    actors = find_actors(nlp(text))
    names = [a.name for a in actors]
    assert "Eastwind" not in names, names
    assert owner(actors, "Eastwind", text, 1) == "Eastwind Energy"


def test_a_companys_trade_word_alone_is_not_the_company(nlp) -> None:
    text = (
        "Regulators open inquiry into Eastwind Energy's failed grid upgrade\n\n"
        "The regulator opened an inquiry into whether Eastwind Energy misled customers. "
        "The government has said it will publish plans by the summer. Energy Secretary "
        "Ed Miliband told parliament in March that delays were the biggest obstacle."
    )
    actors = find_actors(nlp(text))
    assert owner(actors, "Energy", text, 2) != "Eastwind Energy"  # "Energy Secretary"


def test_a_pharma_company_and_its_short_name_are_one_organisation(nlp) -> None:
    text = (
        "A trial of an experimental drug has been paused, its maker, Brandvik Pharma, said. "
        "The U.S. Food and Drug Administration said it had been informed of the pause and "
        "was in contact with the company. Shares in Brandvik fell 18 percent. "
        "Brandvik said it hoped to restart the trial next year."
    )
    actors = find_actors(nlp(text))
    kinds = {a.name: a.kind.value for a in actors}
    assert kinds.get("Brandvik Pharma") == "organisation", kinds
    assert "Brandvik" not in kinds, kinds
    assert owner(actors, "the company", text) != "U.S. Food and Drug Administration"
