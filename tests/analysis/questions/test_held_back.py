"""Questions held back below the confidence threshold: kept apart, never shown, never vetoed."""

from __future__ import annotations

from briefing_tui.analysis.questions import find_question_sets
from briefing_tui.analysis.questions.confidence import SHOW_AT
from briefing_tui.engine.analyze import analyze_doc
from briefing_tui.model import Article

from .helpers import report

#: A scheduled vote (shown) and a weak, undated "could" with no actor (held back).
TEXT = "The town council will vote on the new park next week. The rain could spoil the fair."


def test_a_below_threshold_question_is_held_back_and_never_shown(nlp) -> None:
    doc = nlp(TEXT)
    briefing = analyze_doc(doc, Article(text=TEXT))
    held = briefing.held_back_questions
    assert held, "the weak forecast should be held back"
    shown_texts = {q.question for q in briefing.questions}
    for question in held:
        assert question.confidence < SHOW_AT
        assert question.question not in shown_texts
        assert question.id.startswith("h")
    assert all(q.confidence >= SHOW_AT for q in briefing.questions)
    assert any("rain" in q.question for q in held)
    assert not any("rain" in q.question for q in briefing.questions)


def test_held_back_are_those_the_explain_report_calls_below_threshold(nlp) -> None:
    doc = nlp(TEXT)
    shown, held = find_question_sets(doc, [], [])
    found = report(nlp, TEXT)
    assert [q.question for q in shown] == [q.question for q in found.shown]
    below = {f.question for f in found.findings if f.veto == "below-threshold"}
    assert {q.question for q in held} == below


def test_a_vetoed_candidate_is_never_held_back(nlp) -> None:
    # a bare pronoun subject is vetoed (below the threshold too, but not merely weak)
    text = "They could lose everything. The rain could spoil the fair."
    found = report(nlp, text)
    vetoed = {
        f.question for f in found.findings if f.question and f.veto not in (None, "below-threshold")
    }
    assert vetoed
    held_texts = {q.question for q in found.held}
    assert not vetoed & held_texts
    _shown, held = find_question_sets(nlp(text), [], [])
    assert {q.question for q in held} == held_texts


def test_held_back_ids_do_not_collide_with_shown_ones(nlp) -> None:
    shown, held = find_question_sets(nlp(TEXT), [], [])
    ids = [q.id for q in (*shown, *held)]
    assert len(ids) == len(set(ids))
    assert [q.id for q in held] == [f"h{n}" for n in range(1, len(held) + 1)]


def test_each_held_back_question_says_why_and_a_shown_one_does_not(nlp) -> None:
    doc = nlp(TEXT)
    briefing = analyze_doc(doc, Article(text=TEXT))
    rain = next(q for q in briefing.held_back_questions if "rain" in q.question)
    assert rain.held_because is not None and rain.held_because.startswith("low confidence")
    assert str(SHOW_AT)[:4] in rain.held_because
    assert all(q.held_because is None for q in briefing.questions)
    data = briefing.to_json()
    assert all("held_because" not in q for q in data["questions"])
    assert data["held_back_questions"][0]["held_because"]


def test_a_vague_reference_is_held_back_with_its_words(nlp) -> None:
    text = (
        "The mayor said on Monday that the new rules were unfair. "
        "The council will vote on this move next week."
    )
    briefing = analyze_doc(nlp(text), Article(text=text))
    held = [q for q in briefing.held_back_questions if "this move" in q.question]
    assert held and held[0].held_because == "vague: “this move” (no name before)"
