"""A trade noun opening the sentence before a company's name is no word of the name
(issue 16, actors): "Retailer Halden Stores said" names Halden Stores (invented
sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def actors_of(nlp, text: str) -> dict[str, list[str]]:
    doc = nlp(text)
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_a_retailer_opening_the_sentence_is_no_word_of_the_name(nlp):
    found = actors_of(
        nlp,
        "Shares fell on Monday. Retailer Halden Stores said sales dropped 4 percent. Halden "
        "said it would close ten shops.",
    )
    assert "Halden Stores" in found
    assert "Halden" in found["Halden Stores"]


def test_an_insurer_opening_the_sentence_is_no_word_of_the_name(nlp):
    found = actors_of(nlp, "Insurer Corvane Mutual said claims rose in the spring.")
    assert list(found) == ["Corvane Mutual"]


def test_a_company_whose_own_name_opens_with_a_common_word_keeps_it(nlp):
    found = actors_of(nlp, "Business Insider reported the deal on Monday.")
    assert list(found) == ["Business Insider"]
