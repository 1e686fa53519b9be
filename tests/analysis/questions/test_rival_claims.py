"""Rival claims: two named sources telling one matter in ways that cannot both hold, with
no contest word between them and paragraphs apart, are asked as one disputed question;
a time apart, a scope apart, a forecast or one side's own words pair nothing."""

from __future__ import annotations

from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article

#: Filler paragraphs that keep the two claims apart, as an article does.
_BETWEEN = "The port of Salvo handles most of the region's grain. Its quays were rebuilt in 2015. "


def _disputes(nlp, text: str) -> list[str]:
    doc = nlp(text)
    briefing = analyze_doc(doc, Article(text=text))
    return [q.question for q in briefing.questions if q.kind == "disputed"]


def test_an_act_denied_by_a_negated_noun_is_disputed(nlp) -> None:
    text = (
        "The Arnel family said on Monday that the gunmen had demanded a ransom for the "
        "engineer. " + _BETWEEN + "The Tollan Mining Company said in a statement that it "
        "had received no demand of any kind and was working with the police."
    )
    found = _disputes(nlp, text)
    assert "Did the gunmen demand a ransom for the engineer?" in found, found


def test_a_narrowed_denial_denies_no_other_act(nlp) -> None:
    text = (
        "The Arnel family said on Monday that the gunmen had demanded a ransom for the "
        "engineer. " + _BETWEEN + "The Tollan Mining Company said in a statement that it "
        "had received no demand from the police for its records."
    )
    found = _disputes(nlp, text)
    assert not any("ransom" in q for q in found), found


def test_opposite_trends_of_one_measure_are_disputed(nlp) -> None:
    text = (
        "Health Minister Dora Velk said the number of new admissions had fallen for three "
        "days. " + _BETWEEN + "The Red Lantern charity said new admissions at its clinics had "
        "risen over the past week."
    )
    found = _disputes(nlp, text)
    assert "Are new admissions falling or rising?" in found, found


def test_trends_of_two_measures_stay_apart(nlp) -> None:
    text = (
        "Health Minister Dora Velk said the number of new admissions had fallen for three "
        "days. " + _BETWEEN + "The Red Lantern charity said donations to its clinics had "
        "risen over the past week."
    )
    found = _disputes(nlp, text)
    assert not any("falling or rising" in q for q in found), found


def test_trends_told_of_two_days_stay_apart(nlp) -> None:
    text = (
        "Health Minister Dora Velk said new admissions had fallen on Monday. "
        + _BETWEEN
        + "The Red Lantern charity said new admissions had risen on Friday."
    )
    found = _disputes(nlp, text)
    assert not any("falling or rising" in q for q in found), found


def test_a_toll_against_none_is_disputed(nlp) -> None:
    text = (
        "The Tarvian army said rebels had shelled a border post, killing four soldiers. "
        + _BETWEEN
        + "The Dawn Front said in a statement that no soldiers had died in the exchange."
    )
    found = _disputes(nlp, text)
    assert "How many soldiers were killed?" in found, found


def test_an_act_denied_outright_with_the_same_verb_is_disputed(nlp) -> None:
    text = (
        "The Morven Herald said its reporter, Ana Koll, had applied for a press permit "
        "through the embassy in March. " + _BETWEEN + "Interior ministry spokesman Piet Dorn "
        "said Koll had entered the country as a tourist and had never applied for a permit."
    )
    found = _disputes(nlp, text)
    assert "Did Ana Koll apply for a permit?" in found, found


def test_a_plain_not_of_the_same_verb_is_no_outright_denial(nlp) -> None:
    text = (
        "The Morven Herald said its reporter, Ana Koll, had applied for a press permit "
        "through the embassy in March. " + _BETWEEN + "Interior ministry spokesman Piet Dorn "
        "said the embassy had not applied the new rules to her case."
    )
    found = _disputes(nlp, text)
    assert not any("apply" in q for q in found), found


def test_a_failed_act_is_no_act_told(nlp) -> None:
    text = (
        "The Velsa Workers' Union said the company had failed to consult staff before the "
        "layoffs. " + _BETWEEN + "Union organiser Mara Lind said there had been no "
        "consultation of any kind."
    )
    found = _disputes(nlp, text)
    assert not any("consult" in q for q in found), found


def test_a_thing_told_and_denied_outright_is_disputed(nlp) -> None:
    text = (
        "The Harbour Authority said it had issued a flood warning for the valley on Friday "
        "morning. " + _BETWEEN + "The Selva Ferry Company said its duty office had not "
        "received any warning before the crossing."
    )
    found = _disputes(nlp, text)
    assert (
        "Did Selva Ferry Company’s duty office receive any warning before the crossing?" in found
    ), found


def test_a_thing_denied_to_the_speaker_names_the_speaker(nlp) -> None:
    text = (
        "The Marden Council said the union had rejected a revised offer on Sunday. "
        + _BETWEEN
        + "The Lowfield Transport Union said no revised offer had been sent to it before "
        "the strike."
    )
    found = _disputes(nlp, text)
    assert (
        "Was any revised offer sent to the Lowfield Transport Union before the strike?" in found
    ), found


def test_a_narrowed_thing_denies_no_other_thing(nlp) -> None:
    text = (
        "The Harbour Authority said it had issued a flood warning for the valley on Friday "
        "morning. " + _BETWEEN + "The Selva Ferry Company said its duty office had not "
        "received any warning of the closure before the crossing."
    )
    found = _disputes(nlp, text)
    assert not any("warning" in q for q in found), found


def test_a_denial_pointing_back_asks_nothing(nlp) -> None:
    text = (
        "The Arden police said a knife had been recovered at the scene. "
        + _BETWEEN
        + "The Kessler family said Tomas Kessler never carried a knife in his life."
    )
    found = _disputes(nlp, text)
    assert not any("knife" in q for q in found), found


def test_a_thing_acted_on_with_the_denial_verb_is_disputed(nlp) -> None:
    text = (
        "The Marden Council said protesters who blocked the north gate had been warned. "
        + _BETWEEN
        + "The Lowfield Transport Union said no gate had been blocked at the Marden depot "
        "on Monday."
    )
    found = _disputes(nlp, text)
    assert "Was any gate blocked at the Marden depot on Monday?" in found, found


def test_a_thing_told_and_denied_of_two_days_stays_apart(nlp) -> None:
    told = "The Arnel family said officers had made two arrests at the Tollan mine"
    denied = "The Tollan Mining Company said no arrests had been made at the Tollan mine"
    same_day = f"{told}. {_BETWEEN}{denied}."
    assert "Were any arrests made at the Tollan mine?" in _disputes(nlp, same_day)
    two_days = f"{told} on Friday. {_BETWEEN}{denied} on Monday."
    found = _disputes(nlp, two_days)
    assert not any("arrest" in q for q in found), found
