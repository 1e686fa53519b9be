"""A prosecutor's office written before the name is a title, not part of it (issue 16,
actors): "Prosecutor Marie Dufresne" is Marie Dufresne, and "the prosecutor" is she
(invented sentences)."""

from __future__ import annotations

from briefing_tui.analysis.actors.find import find_actors


def test_a_capitalised_prosecutor_before_a_name_is_a_title(nlp):
    doc = nlp(
        "Prosecutor Marie Dufresne rejected that account. The defence lawyer, Paul Roy, "
        "disagreed. According to the prosecutor, the phone was at the depot."
    )
    found = {a.name: [doc.text[m.start : m.end] for m in a.mentions] for a in find_actors(doc)}
    assert "Marie Dufresne" in found
    assert "the prosecutor" in found["Marie Dufresne"]
