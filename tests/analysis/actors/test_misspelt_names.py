"""Names the article misspells once: a lone surname one letter off, a first name one letter
off beside the same surname, and initials written together ("K.C.") before a surname."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def _people(doc) -> dict[str, list[str]]:
    return {
        a.name: [doc.text[m.start : m.end] for m in a.mentions if m.kind == "name"]
        for a in find_actors(doc)
        if a.kind == "person"
    }


def test_a_lone_surname_one_letter_off_is_the_person_it_misspells(nlp):
    doc = nlp(
        "Marguerite Halvorsen, director of the Lakeside Gallery, opened the show on Friday. "
        "Halvorsen said the prints came from a private collection. "
        '"It is a rare chance," Halvorsn said.'
    )
    people = _people(doc)
    assert "Halvorsn" not in people, people
    assert "Halvorsn" in people["Marguerite Halvorsen"], people


def test_a_first_name_one_letter_off_beside_the_same_surname_is_one_person(nlp):
    doc = nlp(
        "The curator, Kristen Ostrander, chose forty prints for the show. "
        "Kristen Ostrander said the show would travel next year. "
        "Ostrander thanked the donors. "
        "A full interview with Kristin Ostrander is online."
    )
    people = _people(doc)
    assert "Kristin Ostrander" not in people, people
    assert "Kristin Ostrander" in people["Kristen Ostrander"], people


def test_two_people_of_one_surname_and_close_first_names_stay_apart(nlp):
    doc = nlp(
        "Mary Delacroix and her husband Mark Delacroix ran the farm for thirty years. "
        "Mary Delacroix said the drought had been the worst she remembered."
    )
    people = _people(doc)
    assert "Mary Delacroix" in people and "Mark Delacroix" in people, people


def test_a_lone_surname_close_to_two_people_joins_neither(nlp):
    doc = nlp(
        "Tom Brandt and Lena Brandes spoke at the meeting. "
        "Brandt said the plan was sound, and Brandes agreed. "
        "Later Brants said more money was needed."
    )
    people = _people(doc)
    assert people["Tom Brandt"].count("Brants") == 0, people
    assert people["Lena Brandes"].count("Brants") == 0, people


def test_initials_written_together_open_a_persons_name(nlp):
    doc = nlp(
        "J.R. Whitcombe, the treasurer of the foundation, said 300 schools had applied. "
        "Whitcombe said the grants would be paid in May."
    )
    people = _people(doc)
    assert "J.R. Whitcombe" in people, people
    assert "Whitcombe" in people["J.R. Whitcombe"], people


def test_a_surname_two_people_share_goes_to_the_one_named_most_so_far(nlp):
    doc = nlp(
        "Ahmed Karimi, 14, was arrested at his school. Karimi had built a clock. "
        "Teachers said Karimi was a quiet student. Karimi later met the mayor. "
        "His father Yusuf Karimi said the family would travel to New York. "
        "Reporters said Karimi had become famous."
    )
    people = _people(doc)
    assert people["Ahmed Karimi"].count("Karimi") == 4, people
    assert people["Yusuf Karimi"] == ["Yusuf Karimi"], people
