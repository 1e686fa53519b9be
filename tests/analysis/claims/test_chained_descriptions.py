"""A description opening the sentence after a name's (issue 16, item 9; ``chain.py``).
Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def last_speaker(nlp, text: str) -> tuple[str | None, str | None]:
    """(source text, actor name) of the last claim."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    claim = find_claims(doc, actors)[-1]
    return claim.source_text, names.get(claim.source) if claim.source else None


def test_a_description_after_a_name_as_subject_is_that_person(nlp):
    text = (
        "Tom Baxter says he has big plans for the last month of the race.\n\n"
        "The Republican nominee noted Friday that his campaign had not spent much on ads."
    )
    assert last_speaker(nlp, text) == ("The Republican nominee", "Tom Baxter")


def test_a_description_after_two_people_is_nobody(nlp):
    text = (
        "Tom Baxter says Ellen Pratt lied about the budget.\n\n"
        "The Democratic nominee noted Friday that the budget had been audited twice."
    )
    assert last_speaker(nlp, text)[1] is None


def test_a_description_after_a_description_is_nobody(nlp):
    text = (
        "The senator says he has big plans for the last month of the race.\n\n"
        "The Republican nominee noted Friday that his campaign had not spent much on ads."
    )
    assert last_speaker(nlp, text)[1] is None


def test_a_description_that_does_not_open_its_sentence_is_not_chained(nlp):
    text = (
        "Tom Baxter says he has big plans for the last month of the race. "
        "On Friday, voters said the nominee had not spent much on ads."
    )
    assert last_speaker(nlp, text)[1] != "Tom Baxter"


def test_an_office_after_a_name_may_be_someone_unnamed(nlp):
    text = "Tom Baxter says the dam will fail.\n\nThe governor said the dam was safe."
    assert last_speaker(nlp, text)[1] is None


def test_a_role_the_person_was_not_given_is_not_that_person(nlp):
    text = "Tom Baxter, a farmer, says the dam will fail.\n\nThe businessman said the dam was safe."
    assert last_speaker(nlp, text)[1] is None


def test_a_relational_noun_after_a_name_may_be_someone_elses(nlp):
    text = "Tom Baxter says the plan will fail.\n\nThe lawyer said the plan was sound."
    assert last_speaker(nlp, text)[1] is None
