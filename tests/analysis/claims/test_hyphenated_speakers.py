"""A hyphenated surname as the speaker (issue 16, item 9): the full name whose first name
the parse reads as a verb is still a person (``actors/classify.py``), and the surname
written alone is a mention of that person (``actors/collect.py``). Every text is
invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from tests.analysis.readers import speakers_in_order as _speakers

TEXT = (
    "The water was brown for a week.\n\n"
    "Rosalind Achebe-Grant, a lawyer representing the Eastgate Tenants League, said the "
    "group had written to the authority.\n\n"
    '"They sat on it," Achebe-Grant said.'
)


def test_a_first_name_read_as_a_verb_still_names_a_person(nlp):
    doc = nlp(TEXT)
    people = [a.name for a in find_actors(doc) if a.kind == "person"]
    assert "Rosalind Achebe-Grant" in people


def test_the_hyphenated_surname_alone_is_that_person(nlp):
    doc = nlp(TEXT)
    person = next(a for a in find_actors(doc) if a.name == "Rosalind Achebe-Grant")
    written = [TEXT[m.start : m.end] for m in person.mentions]
    assert written.count("Achebe-Grant") == 1


def test_the_lawyer_speaks_not_the_body_she_represents(nlp):
    found = _speakers(nlp, TEXT)
    assert found[0][1] == "Rosalind Achebe-Grant"
    assert ("Achebe-Grant", "Rosalind Achebe-Grant") in found
