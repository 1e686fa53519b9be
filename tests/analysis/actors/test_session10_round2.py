"""Actor kinds and merges, session 10 round two (issue 16): states the model takes for
people, institutions in buildings that act, ministries that speak (invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors


def kinds_of(nlp, text: str, word: str) -> list[str]:
    """The kinds of every actor of ``text`` with a mention written ``word``."""
    return [a.kind for a in find_actors(nlp(text)) if any(m.text == word for m in a.mentions)]


def test_a_one_word_owner_of_a_foreign_minister_and_an_ambassador_is_a_country(nlp):
    text = (
        "Pellora's foreign minister, Ansel Drue, rejected the protest on Monday. Pellora had "
        "warned the boat twice, Drue said. Pellora's ambassador later left the talks."
    )
    assert kinds_of(nlp, text, "Pellora") == ["country"]


def test_a_hospital_that_speaks_is_an_organisation(nlp):
    text = (
        "Brackenfield General Hospital said on Monday that it had cancelled 40 operations. "
        "Its chief nurse, Dana Orle, said staff were exhausted."
    )
    assert kinds_of(nlp, text, "Brackenfield General Hospital") == ["organisation"]


def test_a_hospital_that_only_locates_stays_a_place(nlp):
    text = "Patients at Lindmoor Hospital waited six hours, the report found."
    assert "organisation" not in kinds_of(nlp, text, "Lindmoor Hospital")
