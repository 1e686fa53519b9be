"""One rule forms a name as the owner in every question: an apostrophe alone after a final
"s" ("Northlight Analytics’", "Mara Voss’", "the players’"), "’s" after any other letter
("Velo Dairy’s"); a denier's and a hearing's questions use it as the others do."""

from __future__ import annotations

from briefing_tui.analysis.questions.phrasing import possessive
from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article


def _questions(nlp, text: str) -> list[str]:
    found = analyze_doc(nlp(text), Article(text=text))
    return [q.question for q in found.questions]


def test_an_owner_takes_an_apostrophe_alone_after_a_final_s():
    assert possessive("Velo Dairy") == "Velo Dairy’s"
    assert possessive("Northlight Analytics") == "Northlight Analytics’"
    assert possessive("Mara Voss") == "Mara Voss’"
    assert possessive("the players") == "the players’"


def test_a_denier_is_named_as_the_owner_by_the_same_rule(nlp):
    text = (
        "Investigators say the voice on the recording is that of Luca Ferris.\n\n"
        "Luca Ferris denies that the voice is his."
    )
    asked = _questions(nlp, text)
    assert any("Luca Ferris’?" in q for q in asked), asked
