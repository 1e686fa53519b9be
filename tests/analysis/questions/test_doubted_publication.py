"""An unknown whether a body puts its findings out at all is asked; an announced one is not."""

from __future__ import annotations

from tests.analysis.questions.test_editor_drops import _shown, _vetoes


def test_a_doubted_publication_is_asked(nlp):
    text = (
        "The Selo Arts College suspended six students on Monday after a protest. A panel of "
        "three lecturers will hear their cases next week. The college did not say whether it "
        "would publish the lecturers' findings."
    )
    shown = _shown(nlp, text)
    assert "Will Selo Arts College publish the lecturers' findings?" in shown, shown


def test_an_announced_publication_stays_vetoed(nlp):
    text = (
        "The Selo Arts College suspended six students on Monday after a protest. A panel of "
        "three lecturers will hear their cases next week. The college said it would publish "
        "the lecturers' findings within 30 days."
    )
    shown = _shown(nlp, text)
    # (what the findings say is asked by the decision-due family)
    assert not any(q.startswith("Will") and "publish" in q for q in shown), shown
    assert "publication-asked" in _vetoes(nlp, text)
