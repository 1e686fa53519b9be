"""The government of the land an article is about: "the government" written bare (invented
texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors

LAND = (
    "Norvania's cabinet met on Monday. Norvanian officials said the talks would go on. "
    "The Norvanian foreign minister flew to the border. Norvania's parliament will vote "
    "on Friday. Prime Minister Ana Lind told reporters that she was confident of a "
    "majority. Union leaders met at noon. The talks ran late into the night. Farmers "
    "blocked the main road. Lind said the government would prevail."
)


def mentions_of(doc, name: str) -> list[str]:
    found = [a for a in find_actors(doc) if a.name == name]
    assert len(found) == 1, [a.name for a in find_actors(doc)]
    return [doc.text[m.start : m.end] for m in found[0].mentions]


def test_the_government_is_the_land_the_article_is_about(nlp):
    doc = nlp(LAND)
    assert "the government" in mentions_of(doc, "Norvania")


def test_a_government_a_word_of_its_own_describes_is_left_alone(nlp):
    doc = nlp(LAND.replace("the government would", "the previous government would"))
    assert not any("government" in m for m in mentions_of(doc, "Norvania"))


def test_a_government_below_the_nations_leaves_the_bare_one_alone(nlp):
    doc = nlp(LAND + " The provincial government said it would wait.")
    assert "the government" not in mentions_of(doc, "Norvania")


def test_a_polity_below_the_nation_written_as_an_owner_leaves_the_bare_one_alone(nlp):
    doc = nlp(
        LAND.replace(
            "Lind said the government", "The state's farm minister, Eva Holt, said the government"
        )
    )
    assert "the government" not in mentions_of(doc, "Norvania")


def test_the_federal_government_is_the_land_the_article_is_about(nlp):
    doc = nlp(LAND.replace("the government would", "the federal government would"))
    assert "the federal government" in mentions_of(doc, "Norvania")


def test_a_government_named_by_its_governing_party_is_the_land(nlp):
    doc = nlp(LAND.replace("the government would", "the Conservative government would"))
    assert "the Conservative government" in mentions_of(doc, "Norvania")


def test_a_party_government_leaves_the_bare_government_to_the_land(nlp):
    doc = nlp(LAND + " The Tory government raised taxes. Lind said the government had won.")
    assert "the government" in mentions_of(doc, "Norvania")


def test_a_party_word_in_lower_case_is_a_description_of_its_own(nlp):
    doc = nlp(LAND.replace("the government would", "the liberal government would"))
    assert not any("government" in m for m in mentions_of(doc, "Norvania"))
