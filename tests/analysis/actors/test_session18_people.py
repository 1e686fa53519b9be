"""Session 18: people the model mislabels or splits, found from the article's own names
(invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.actors.lexicon import lexicon
from briefing_tui.analysis.actors.missed_people import missed_full_names
from briefing_tui.analysis.actors.unlabelled import headline_sentences


def actors_of(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.kind, [m.text for m in a.mentions]) for a in find_actors(nlp(text))}


def missed(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [s.text for s in missed_full_names(doc, lexicon(), set(headline_sentences(doc)))]


def test_a_surname_labelled_an_organisation_joins_the_full_name_the_model_missed(nlp):
    text = (
        'The union said its members would strike. "If we are pushed, we will walk out."\n\n'
        "Ilse Dravnik, the education minister, rejected that description. "
        "Dravnik said her door remained open."
    )
    found = actors_of(nlp, text)
    assert "Dravnik" not in found
    kind, mentions = found["Ilse Dravnik"]
    assert kind == "person"
    assert "Dravnik" in mentions


def test_a_ship_with_a_first_name_is_no_missed_full_name(nlp):
    text = "The Santa Morena sank on Monday. The MV Santa Morena was built in 1990."
    assert missed(nlp, text) == []


def test_four_capitalised_words_are_no_missed_full_name(nlp):
    text = "She spoke at Helen Park Community Hall on Monday."
    assert "Helen Park" not in missed(nlp, text)
