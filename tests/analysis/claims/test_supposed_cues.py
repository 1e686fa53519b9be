"""A cue that is supposed ("if it finds that ...") or only times another clause ("after
the team reports") says nothing. Every text is invented."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims


def _cues(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [c.cue for c in find_claims(doc, find_actors(doc))]


def test_a_finding_supposed_by_if_is_no_claim(nlp) -> None:
    text = "If the regulator finds that Selo Power breached its licence, it could face a fine."
    assert "finds" not in _cues(nlp, text)


def test_a_cue_that_times_the_clause_is_not_its_source(nlp) -> None:
    text = "Ann Brandt said the closure would be reviewed next week, after the health team reports."
    assert _cues(nlp, text) == ["said"]


def test_a_cue_told_with_its_own_clause_is_still_a_claim(nlp) -> None:
    # a guard: "after X said that ..." keeps what X said
    text = "The shares fell after the minister said that the deal was dead."
    assert "said" in _cues(nlp, text)


def test_as_someone_told_a_paper_is_still_a_claim(nlp) -> None:
    # a guard: "as X told Y, ..." attributes the clause, it does not time it
    text = "As Ann Heald told the Harbour Gazette, ozone levels have dropped since 1990."
    assert "told" in _cues(nlp, text)
