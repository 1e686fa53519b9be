"""Session 16, issue 16 item 5: kinds from the article's own evidence (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors


def kinds_of(nlp, text: str) -> dict[str, str]:
    return {a.name: a.kind for a in find_actors(nlp(text))}


def test_a_name_apposed_to_a_subsidiary_is_an_organisation(nlp):
    text = (
        "Shares in the group's shipping subsidiary, Tallis Freight, fell 4 percent on Monday. "
        "Tallis Freight did not comment."
    )
    assert kinds_of(nlp, text).get("Tallis Freight") == "organisation"


def test_a_name_apposed_to_an_authority_is_an_organisation(nlp):
    text = (
        "Corran Ports, the state-owned harbour authority, said nine ships were waiting "
        "offshore. Corran Ports said the delays would last a week."
    )
    assert kinds_of(nlp, text).get("Corran Ports") == "organisation"


def test_a_name_apposed_to_a_utility_is_an_organisation(nlp):
    text = "The utility, Bransby Water, said it would appeal the fine on Friday."
    assert kinds_of(nlp, text).get("Bransby Water") == "organisation"


def test_an_authority_on_a_field_is_still_a_person(nlp):
    text = (
        "Maria Lind, a leading authority on bird migration, said the birds came back a week "
        "early. Lind said she was surprised."
    )
    assert kinds_of(nlp, text).get("Maria Lind") == "person"


def test_a_name_after_a_subsidiary_and_a_comma_is_an_organisation_however_parsed(nlp):
    from spacy.tokens import Doc, Span

    from briefing_tui.analysis.actors.kinds import organisation_cue

    words = ["Shares", "in", "its", "freight", "subsidiary", ",", "Corvel", "Cargo", ",", "fell"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[9, 0, 4, 4, 1, 4, 7, 0, 0, 9],  # the name hung on "Shares", not "subsidiary"
        deps=[
            *("nsubj", "prep", "poss", "compound", "pobj"),
            *("punct", "compound", "appos", "punct", "ROOT"),
        ],
        tags=["NNS", "IN", "PRP$", "NN", "NN", ",", "NNP", "NNP", ",", "VBD"],
        pos=["NOUN", "ADP", "PRON", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"],
        lemmas=["share", "in", "its", "freight", "subsidiary", ",", "Corvel", "Cargo", ",", "fall"],
    )
    assert organisation_cue(Span(doc, 6, 8, label="PERSON")) == "organisation noun"


def test_a_name_before_a_state_that_owns_a_title_is_a_person_not_a_town(nlp):
    text = "Sunita Rao, Queensland's health minister, said she would visit the hospital."
    assert kinds_of(nlp, text).get("Sunita Rao") == "person"


def test_a_town_before_its_state_is_still_a_place(nlp):
    text = "Floods hit Pine Ridge, Tennessee, on Monday."
    assert kinds_of(nlp, text).get("Pine Ridge") == "place"


def test_a_publisher_with_a_first_name_is_a_person(nlp):
    text = "Mark Ellison, the publisher of the Harbour Courier, said the paper would appeal."
    assert kinds_of(nlp, text).get("Mark Ellison") == "person"


def test_a_name_beside_a_body_a_spokesman_speaks_for_is_the_spokesman(nlp):
    for text, name in (
        (
            "A spokesman for the council, Rhys Ap Gwynn, said the road would reopen.",
            "Rhys Ap Gwynn",
        ),
        ("A lawyer for the board, Xu Wen, said the decision was final.", "Xu Wen"),
    ):
        assert kinds_of(nlp, text).get(name) == "person", text
