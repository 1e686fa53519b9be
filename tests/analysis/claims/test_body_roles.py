"""A title held in a body named as its possessor ("the assembly's speaker") is the one
person the article gives that title, else nobody; never the body (issue 16, item 9;
``sources._body_role``). Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def first_speaker(nlp, text: str) -> tuple[str | None, str | None]:
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    claim = find_claims(doc, actors)[0]
    return claim.source_text, names.get(claim.source) if claim.source else None


def test_the_body_s_speaker_is_the_person_with_that_title(nlp):
    text = (
        "The National Assembly will vote on the budget on May 21, the assembly's speaker "
        "said.\n\nSpeaker Tomas Hale said the date was set after talks."
    )
    assert first_speaker(nlp, text) == ("the assembly's speaker", "Tomas Hale")


def test_the_body_s_speaker_with_no_named_holder_is_nobody(nlp):
    text = "The National Assembly will vote on the budget on May 21, the assembly's speaker said."
    assert first_speaker(nlp, text)[1] is None


def test_a_linked_leader_of_a_described_body_is_that_leader(nlp):
    text = (
        "Ingrid Sollum, leader of the Agrarian Renewal Party, spoke on Monday.\n\n"
        "The leader of the junior coalition partner threatened to quit the government."
    )
    assert first_speaker(nlp, text)[1] == "Ingrid Sollum"


def test_a_leader_of_a_named_other_body_is_not_that_leader(nlp):
    text = (
        "Ingrid Sollum, leader of the Agrarian Renewal Party, spoke on Monday.\n\n"
        "The leader of the Civic Union threatened to quit the government."
    )
    assert first_speaker(nlp, text)[1] != "Ingrid Sollum"
