"""A court that hears evidence is no speaker (issue 16, item 9; ``claims/hearers.py``).
Every text is invented."""

from __future__ import annotations

from tests.analysis.readers import speaker_by_source_text as speakers

FINED = "Harlow Water was fined on Monday at Leeds Crown Court for polluting two rivers. "


def test_the_court_that_heard_evidence_is_not_its_speaker(nlp):
    text = FINED + "The court heard that staff had raised concerns about a faulty pump in 2018."
    assert speakers(nlp, text)["The court"] is None


def test_the_court_that_said_something_speaks(nlp):
    text = FINED + "The court said the fine reflected the harm to the rivers."
    assert speakers(nlp, text)["The court"] == "Leeds Crown Court"


def test_a_person_who_heard_something_keeps_the_belief(nlp):
    text = "Ann Cole runs a shop in the town. She heard that the plant would close."
    assert speakers(nlp, text)["She"] == "Ann Cole"
