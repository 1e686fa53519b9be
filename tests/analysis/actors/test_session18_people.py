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


def test_a_common_word_opening_the_headline_is_no_actor(nlp):
    text = (
        "Software firm Pellane to cut 200 jobs\n\n"
        "Pellane, a maker of accounting software, said on Monday it would close its office "
        "in Cork. Pellane said the cuts were needed."
    )
    found = actors_of(nlp, text)
    assert "Software" not in found
    assert "Pellane" in found


def test_the_first_piece_of_a_hyphenated_headline_word_is_no_actor(nlp):
    text = (
        "Runner-up rejects count as board certifies result\n\n"
        "Ana Belko, who came second, said the count was flawed. Belko said she would appeal."
    )
    assert "Runner" not in actors_of(nlp, text)


def test_a_headline_word_written_with_a_capital_inside_a_sentence_stays_a_name(nlp):
    text = (
        "Harrow says it will appeal\n\n"
        "The regulator fined Harrow on Monday. A harrow is a farm tool; Harrow makes them."
    )
    assert "Harrow" in actors_of(nlp, text)


def test_a_rank_before_a_name_is_no_actor_of_its_own(nlp):
    text = '"We boarded it at dawn," said Lieutenant Colonel Amina Okoth, a navy spokeswoman.'
    found = actors_of(nlp, text)
    assert "Lieutenant" not in found
    assert "Lieutenant Colonel Amina Okoth" in found["Amina Okoth"][1]


def test_an_abbreviated_rank_before_a_name_is_no_person(nlp):
    text = (
        "A police spokeswoman, Sgt. Lena Morrow, declined to say whether anyone had been arrested."
    )
    found = actors_of(nlp, text)
    assert "Sgt" not in found
    assert "Lena Morrow" in found


def test_a_first_name_and_a_nature_word_apposed_to_a_person_noun_is_a_person(nlp):
    text = (
        "Parents are divided. Helena Creek, chair of the National Parents' Council, said "
        'families "understand" the strike.'
    )
    assert actors_of(nlp, text)["Helena Creek"][0] == "person"


def test_a_first_name_and_a_nature_word_where_people_gather_is_a_place(nlp):
    text = "Anglers gathered at Helena Creek on Sunday. The water at Helena Creek was clear."
    assert actors_of(nlp, text)["Helena Creek"][0] == "place"


def test_a_surname_after_a_title_and_a_missed_first_name_names_the_person_in_full(nlp):
    text = (
        "Runner-up rejects count as board certifies result\n\n"
        "Ana Belko, who came second, said the count was flawed. Belko said she would appeal."
    )
    found = actors_of(nlp, text)
    assert "Belko" not in found
    assert found["Ana Belko"][0] == "person"
