"""A possessive that stands for the doer of the question's own act is no vague reference:
"urged the water board to raise fees at its meeting" asks of the board's own meeting."""

from __future__ import annotations

from briefing_tui.analysis.questions.references import (
    anchored_pronouns,
    controller_of,
    vague_reference,
)

from .helpers import analysed


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


def test_a_clause_subject_must_agree_with_someone_the_question_names(nlp):
    doc = nlp('"I would be surprised if they move before June," the analyst Mara Quell said.')
    sents = list(doc.sents)
    assert (
        vague_reference(
            "Would Mara Quell be surprised if they move before June?", frozenset(), sents
        )
        == "they"
    )
    doc = nlp(
        "Relations between the two states would suffer if the envoy Ilse Brand were not freed soon."
    )
    sents = list(doc.sents)
    assert (
        vague_reference(
            "Will relations between the states suffer if she is not freed?", frozenset(), sents
        )
        == "she"
    )
    doc = nlp("Ann Lee will resign if she loses the vote, her office said.")
    assert (
        vague_reference("Will Ann Lee resign if she loses the vote?", frozenset(), list(doc.sents))
        is None
    )


def test_her_is_named_by_the_one_person_her_sentence_names(nlp):
    text = (
        "The Rowing Federation said it backed Tilda Quorn and would decide on her selection "
        "for the Spring Regatta once the tribunal's ruling was known."
    )
    shown = [q.question for q in analysed(nlp, text).shown]
    assert any("Tilda Quorn’s selection" in q for q in shown)
    assert not any(" her selection" in q for q in shown)
