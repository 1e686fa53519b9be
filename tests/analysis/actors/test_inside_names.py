"""Names written inside an organisation's name (issue 16): carried in the JSON as mentions
of kind "inside" of an actor the article lists on its own, never an actor of their own nor
seen by the claims (invented sentences)."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article, Briefing


def briefing(nlp, text: str) -> Briefing:
    return analyze_doc(nlp(text), Article(text=text))


def json_actors(result: Briefing) -> dict[str, dict]:
    return {a["name"]: a for a in result.to_json()["actors"]}


def inside_texts(actor: dict) -> list[str]:
    return [m["text"] for m in actor["mentions"] if m["kind"] == "inside"]


AGENCY = (
    "The Norway Fisheries Directorate said on Monday that the stocks had recovered after "
    "three cold winters."
)


def test_a_country_named_only_inside_an_agency_name_makes_no_actor(nlp):
    result = briefing(nlp, AGENCY)
    assert "Norway" not in {a.name for a in result.actors}
    assert "Norway" not in json_actors(result)
    assert result.inside_names == []


def test_the_claim_stays_the_agency_s(nlp):
    result = briefing(nlp, AGENCY)
    names = {a.id: a.name for a in result.actors}
    assert [names.get(c.source) for c in result.claims] == ["Norway Fisheries Directorate"]


def test_an_acting_country_gets_no_mention_inside_its_body_s_name(nlp):
    text = (
        "Chile raised its fishing quota on Monday. The Chile Fisheries Board said the stocks "
        "had recovered after three cold winters."
    )
    result = briefing(nlp, text)
    assert inside_texts(json_actors(result)["Chile"]) == []


def test_a_founder_inside_a_name_and_no_state_named_only_there(nlp):
    text = (
        "Ann Dorn, a chemist, founded the Dorn Foundation in 1990. A study by the Ohio "
        "Institute of Technology found that the lakes had warmed."
    )
    actors = json_actors(briefing(nlp, text))
    assert "Ohio" not in actors
    assert inside_texts(actors["Ann Dorn"]) == ["Dorn"]


def test_a_state_the_article_names_on_its_own_gets_its_inside_mention(nlp):
    text = (
        "Ohio cut its water budget on Monday. A study by the Ohio Institute of Technology "
        "found that the lakes had warmed."
    )
    actors = json_actors(briefing(nlp, text))
    assert inside_texts(actors["Ohio"]) == ["Ohio"]


def test_no_inside_name_at_the_end_of_a_name_or_after_a_hyphen(nlp):
    text = (
        "Norway raised its fishing quota on Monday. A spokeswoman for Fisheries Norway said "
        "the pro-Norway Coastal League had agreed."
    )
    actors = json_actors(briefing(nlp, text))
    assert inside_texts(actors["Norway"]) == []


def test_the_json_reads_back_into_the_same_briefing(nlp):
    result = briefing(nlp, "Ohio cut its water budget on Monday. The Ohio Fisheries Board said it.")
    assert result.inside_names
    again = Briefing.from_json(result.to_json())
    assert [a.mentions for a in again.actors] == [a.mentions for a in result.actors]
    assert again.inside_names == result.inside_names
    assert again.to_json()["actors"] == result.to_json()["actors"]


def test_no_inside_name_in_a_possessive_or_a_paper_s_name(nlp):
    text = (
        "Chile raised its fishing quota on Monday, the Chile Herald reported. Chile's "
        "Fisheries Ministry said the stocks had recovered after three cold winters."
    )
    actors = json_actors(briefing(nlp, text))
    assert inside_texts(actors["Chile"]) == []
