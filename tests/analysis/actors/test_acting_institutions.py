"""Session 17, issue 16 items 1 and 5: an institution, a club or a described body listed as a
place or a person is an organisation when the article shows it to be one (invented texts)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors


def actors_of(nlp, text: str) -> dict[str, tuple[str, bool]]:
    return {a.name: (a.kind, a.located_only) for a in find_actors(nlp(text))}


def test_a_hospital_that_acts_is_an_organisation(nlp):
    text = (
        "Nurses at Brennick General Hospital returned to work on Tuesday after a three-day "
        "strike.\n\nThe hospital postponed 140 planned operations during the strike.\n\n"
        "The hospital's chief executive, Tom Reed, welcomed the nurses back."
    )
    assert actors_of(nlp, text).get("Brennick General Hospital") == ("organisation", False)


def test_a_museum_that_only_locates_stays_a_place(nlp):
    text = (
        "A concert was held at the Orla Museum on Friday. Hundreds of people attended the "
        "concert, the organisers said."
    )
    assert actors_of(nlp, text).get("Orla Museum", ("place", True))[0] == "place"


def test_a_museum_that_acts_without_speaking_stays_a_place(nlp):
    text = (
        "The Orla Museum put a great deal of effort into the bid. The Orla Museum is on "
        "the waterfront."
    )
    assert actors_of(nlp, text).get("Orla Museum", ("place", True))[0] == "place"


def test_a_club_named_after_its_town_is_an_organisation(nlp):
    text = (
        "A supporters' group representing 5,000 fans of Kestrel Rovers said on Friday it "
        "would oppose a takeover of the club. Kestrel Rovers were founded in 1889."
    )
    assert actors_of(nlp, text)["Kestrel Rovers"][0] == "organisation"


def test_a_name_beside_a_body_based_somewhere_is_an_organisation(nlp):
    text = (
        "Analysts at Harmattan Capital, an Orla-based brokerage, said in a note to clients "
        "that they expected the bank to hold rates."
    )
    assert actors_of(nlp, text)["Harmattan Capital"][0] == "organisation"


def test_a_person_based_somewhere_stays_a_person(nlp):
    text = "Jo Pike, a Paris-based designer, said she would stay in the city."
    assert actors_of(nlp, text).get("Jo Pike", ("person", False))[0] == "person"


def _one_word_join(nlp, text: str, word: str, person_marked: bool = False) -> set[str]:
    from briefing_tui.analysis.actors.drafts import Names
    from briefing_tui.analysis.actors.same_name import join_same_names

    doc = nlp(text)
    names = Names()
    person = names.draft(f"person:{word}", "person", word)
    org = names.draft(f"org:{word}", "organisation", word)
    if person_marked:
        person.gender = "f"
    starts = [t.idx for t in doc if t.text == word]
    person.add(starts[0], starts[0] + len(word), word, "name", 0)
    for start in starts[1:]:
        org.add(start, start + len(word), word, "name", 0)

    def merge(source: str, target: str) -> None:
        names.drafts[target].mentions.extend(names.drafts.pop(source).mentions)

    join_same_names(names, merge, doc)
    return set(names.drafts)


def test_a_one_word_company_labelled_once_a_person_is_the_company(nlp):
    text = "Vantrel said it would appeal. Vantrel, a delivery company, was fined in May."
    assert _one_word_join(nlp, text, "Vantrel") == {"org:Vantrel"}


def test_a_one_word_person_with_a_gender_stays_apart(nlp):
    text = "Vantrel said it would appeal. Vantrel, a delivery company, was fined in May."
    assert _one_word_join(nlp, text, "Vantrel", person_marked=True) == {
        "person:Vantrel",
        "org:Vantrel",
    }


def test_a_one_word_thing_does_not_take_the_person(nlp):
    text = "Sales of Pellex fell. Pellex, a blood-pressure medicine, was recalled in May."
    assert "person:Pellex" in _one_word_join(nlp, text, "Pellex")
