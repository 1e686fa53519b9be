"""A possessive that stands for the doer of the question's own act is no vague reference:
"urged the water board to raise fees at its meeting" asks of the board's own meeting."""

from __future__ import annotations

from briefing_tui.analysis.questions.references import anchored_pronouns, controller_of


def _its(nlp, sentence: str, word: str = "its"):
    doc = nlp(sentence)
    return next(t for t in doc if t.lower_ == word), list(doc.sents)


def test_the_object_of_urge_owns_the_possessive_of_its_to_clause(nlp):
    its, sents = _its(
        nlp, "The mayor on Monday urged the water board to raise fees at its meeting next month."
    )
    assert controller_of(its, "it").text == "board"
    question = "Will the water board raise fees at its meeting next month?"
    assert "its" in anchored_pronouns(question, sents)


def test_the_object_of_call_on_owns_the_possessive(nlp):
    their, _ = _its(
        nlp, "Farm groups called on the ministers to settle the matter at their summit.", "their"
    )
    assert controller_of(their, "they").text == "ministers"


def test_a_second_noun_that_may_own_it_leaves_it_unanchored(nlp):
    its, _ = _its(nlp, "The mayor asked the council to approve the plan at its session on Monday.")
    assert controller_of(its, "it") is None
