"""Held-back questions through the engine: chunk merges, the cache and the JSON round trip."""

from __future__ import annotations

import json
from pathlib import Path

from briefing_tui.engine.merge import BriefingMerger
from briefing_tui.engine.session import AnalysisSession
from briefing_tui.model import Actor, Article, Briefing, Mention, Question, Span
from briefing_tui.reading import article_from_text

TEXT = "The town council will vote on the new park next week. The rain could spoil the fair."


def _part(name: str) -> Briefing:
    actor = Actor("a1", name, "person", [Mention(0, 5, name[:5])])
    shown = Question("q1", "Will it open?", "pending", [Span(0, 10)], ["a1"], confidence=0.7)
    held = Question("h1", "Could it fail?", "expectation", [Span(12, 30)], ["a1"], confidence=0.4)
    return Briefing(Article(text="x" * 30), [actor], questions=[shown], held_back_questions=[held])


def test_the_merger_keeps_held_back_questions_apart_with_their_own_ids() -> None:
    merger = BriefingMerger()
    merger.add(_part("Alice"), 0)
    merger.add(_part("Bobby"), 100)
    merged = merger.briefing(Article(text="x" * 130), None)
    assert [q.id for q in merged.questions] == ["q1", "q2"]
    assert [q.id for q in merged.held_back_questions] == ["h1", "h2"]
    second = merged.held_back_questions[1]
    assert second.evidence == [Span(112, 130)]
    assert second.actors == ["a2"]  # Bobby's id in the merged briefing
    assert second.confidence == 0.4
    assert all(q.question == "Will it open?" for q in merged.questions)


def test_json_round_trip_keeps_them_and_old_json_without_them_loads() -> None:
    briefing = _part("Alice")
    data = briefing.to_json()
    assert data["held_back_questions"][0]["confidence"] == 0.4
    again = Briefing.from_json(json.loads(json.dumps(data)))
    assert [q.to_json() for q in again.held_back_questions] == data["held_back_questions"]
    del data["held_back_questions"]
    assert Briefing.from_json(data).held_back_questions == []


def test_briefing_question_finds_shown_and_held_back() -> None:
    briefing = _part("Alice")
    assert briefing.question("q1") is briefing.questions[0]
    assert briefing.question("h1") is briefing.held_back_questions[0]
    assert briefing.question("h9") is None


def test_a_cache_hit_gives_back_the_held_back_questions(private_cache: Path) -> None:
    article = article_from_text(TEXT, source="first.txt")
    steps = list(AnalysisSession(article).progress())
    first = steps[-1].briefing
    assert first is not None and first.held_back_questions
    again = list(AnalysisSession(article_from_text(TEXT, source="second.txt")).progress())
    assert [s.stage for s in again] == ["done (cached)"]
    second = again[-1].briefing
    assert second is not None
    assert [q.to_json() for q in second.held_back_questions] == [
        q.to_json() for q in first.held_back_questions
    ]
