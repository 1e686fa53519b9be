"""A speaker is never an actor named only beside the source's noun: the body in "a
person familiar with Acme's finances", the land owning "Greece's coast guard", a person
whose title only holds the body's name ("the coast guard commander") (issue 16, item 9;
``sources._in_a_clause_on``, ``sources._body_of_a_land``, ``epithets.person_words``).
Every text is invented."""

from __future__ import annotations

from tests.analysis.readers import speaker_by_source_text as speakers


def test_a_person_familiar_with_a_body_is_not_the_body(nlp):
    text = (
        "Acme Corp lost the case. A person familiar with the company's finances said "
        "Acme's insurance would cover only part of the award."
    )
    assert speakers(nlp, text)["A person familiar with the company's finances"] is None


def test_a_source_close_to_a_body_is_not_the_body(nlp):
    text = "Acme Corp lost the case. A source close to Acme said the firm would appeal."
    assert speakers(nlp, text)["A source close to Acme"] is None


def test_a_land_s_coast_guard_is_not_the_land(nlp):
    text = (
        "Divers found two more bodies on Tuesday, Greece's coast guard said. Greece's "
        "government said it would help."
    )
    found = speakers(nlp, text)
    # the coast guard speaks for itself (``actors/speaking_bodies.py``), not for Greece
    assert found["Greece's coast guard"] == "Greece's coast guard"
    assert found["Greece's government"] == "Greece"


def test_the_coast_guard_is_not_its_commander(nlp):
    text = (
        "Ferry sinks off Greece\n\nDivers found two more bodies on Tuesday. Rear Admiral "
        "Tomas Berg, the coast guard commander, said the search would continue.\n\n"
        "The coast guard said the number of missing could rise. The commander said hopes "
        "were slim."
    )
    found = speakers(nlp, text)
    assert found["The coast guard"] is None
    assert found["The commander"] == "Tomas Berg"


def test_a_memo_from_a_body_seen_by_an_outlet_is_the_body_s(nlp):
    text = (
        "WELLSBY (Wellsby Evening Chronicle) — The Trade Ministry faced questions on "
        "Monday.\n\nA memo from the Trade Ministry seen by the Wellsby Evening Chronicle, "
        "dated May 4, acknowledged that the estimate was too high."
    )
    found = speakers(nlp, text)
    source = next(s for s in found if s.startswith("A memo"))
    assert found[source] == "Trade Ministry"
