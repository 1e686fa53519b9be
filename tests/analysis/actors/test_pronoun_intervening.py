"""He and she past another person: a fronted participle clause belongs to the subject after
it, "He said" after "Lee said Ray would ..." is not Ray, and the possessor of a statement
speaks its quotation (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def mentions(doc) -> dict[str, list[str]]:
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_his_in_an_opening_participle_clause_is_the_person_named_after_it(nlp):
    doc = nlp(
        "Talks stalled on Friday, said Tom Reed. Discussing his concern in a public "
        'statement, Malaysia\'s Prime Minister, Najib Razak said, "We are worried."'
    )
    found = mentions(doc)
    assert "his" not in found["Tom Reed"]
    assert "his" in found["Najib Razak"]


def test_his_in_an_opening_participle_clause_with_no_named_subject_is_left_alone(nlp):
    doc = nlp(
        "Talks stalled on Friday, said Tom Reed. Discussing his concern in a public "
        'statement, a spokesman said, "We are worried."'
    )
    assert mentions(doc)["Tom Reed"] == ["Tom Reed"]


def test_his_in_an_opening_participle_clause_before_he_goes_as_he_goes(nlp):
    doc = nlp(
        "Talks stalled on Friday, said Tom Reed. Discussing his concern in a public "
        'statement, he said, "We are worried."'
    )
    assert mentions(doc)["Tom Reed"] == ["Tom Reed", "his", "he"]


def test_he_said_after_a_reported_subject_is_not_that_subject(nlp):
    doc = nlp(
        "Senator Mark Ellison has led the race for months. His campaign manager, Greg "
        "Tolliver, dismissed the poll.\n\nTolliver said Ellison would release a new ad on "
        "Friday. He said it would focus on jobs."
    )
    found = mentions(doc)
    assert "He" not in found["Mark Ellison"]


def test_i_in_the_quotation_of_a_persons_statement_is_that_person(nlp):
    doc = nlp(
        "Senator Ann Cole issued a statement on Monday. Cole's statement added, \"There is "
        'no question the plant should stay open. I am deeply disappointed."'
    )
    assert "I" in mentions(doc)["Ann Cole"]


def test_he_inside_a_quotation_after_a_reported_subject_may_still_be_that_subject(nlp):
    doc = nlp(
        "Governor James Porter has said he will sign the bill. His spokeswoman, Ellen "
        "Carter, said on Wednesday that the governor had spoken with Carl Hughes twice.\n\n"
        '"He believes the Legislature has a duty to act," Carter said.'
    )
    assert "He" in mentions(doc)["James Porter"]


def test_his_in_an_opening_participle_clause_is_not_the_owner_of_the_subjects_title(nlp):
    doc = nlp(
        "Senator Paul Hale left on Friday. Discussing his concern in a statement, Hale's "
        'deputy, Tom Reed said, "We are worried."'
    )
    found = mentions(doc)
    assert "his" not in found["Paul Hale"]
