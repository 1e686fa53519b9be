"""The office a spokesperson means by "the department" (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def mentions(doc) -> dict[str, list[str]]:
    return {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}


def test_the_department_in_a_spokeswomans_words_is_the_office_she_speaks_for(nlp):
    doc = nlp(
        "Environment Canada spokeswoman Sujata Rai told CBC News the department will look "
        "into the incident."
    )
    assert "the department" in mentions(doc)["Environment Canada"]


def test_the_department_in_a_senators_words_is_not_his_committee(nlp):
    doc = nlp("Senator Tom Hale of the Budget Committee said the department had failed.")
    found = mentions(doc)
    assert not any("the department" in texts for texts in found.values())
