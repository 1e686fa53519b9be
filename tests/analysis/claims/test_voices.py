"""A spokesperson, an office or a campaign speaks for the actor written as its owner
(issue 16, item 9; ``claims/voices.py``). Every text is invented."""

from __future__ import annotations

from tests.analysis.readers import speaker_by_source_text as speakers

LUND = "Senator Maria Lund opposes the plan to close the port. "


def test_a_person_s_office_speaks_for_the_person(nlp):
    found = speakers(nlp, LUND + "Lund's office said the vote would go ahead.")
    assert found["Lund's office"] == "Maria Lund"


def test_a_spokesman_for_a_titled_person_speaks_for_that_person(nlp):
    found = speakers(nlp, LUND + "A spokesman for the senator said she had not decided.")
    assert found["A spokesman for the senator"] == "Maria Lund"


def test_a_campaign_named_by_its_candidate_speaks_for_the_candidate(nlp):
    found = speakers(nlp, LUND + "The Lund campaign said it was confident of victory.")
    assert found["The Lund campaign"] == "Maria Lund"


def test_a_body_s_spokesperson_somewhere_speaks_for_the_body_not_the_place(nlp):
    text = (
        "PARIS, France — The Unity Health Organization sent doctors to France on Monday. "
        "A UHO spokesperson in Paris said the agency had not received a request."
    )
    found = speakers(nlp, text)
    assert found["A UHO spokesperson in Paris"] == "Unity Health Organization"


def test_a_spokesperson_of_an_unlisted_body_speaks_for_nobody(nlp):
    found = speakers(nlp, LUND + "A council spokesperson said the plan was legal.")
    assert found["A council spokesperson"] is None
