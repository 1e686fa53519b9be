"""The header's one-line summary of a briefing."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from briefing_tui.model import Briefing
from briefing_tui.ui.logic.summary import briefing_summary

FIXTURE = Path(__file__).parents[1] / "snapshots" / "fixtures" / "sample_briefing.json"


def _sample() -> Briefing:
    return Briefing.from_json(json.loads(FIXTURE.read_text(encoding="utf-8")))


def test_summary_of_the_sample():
    assert briefing_summary(_sample()) == (
        "17 actors · 12 claims by 6 sources · 7 questions, 1 disputed"
    )


def test_summary_in_the_singular_and_without_disputes():
    sample = _sample()
    one = replace(
        sample,
        actors=sample.actors[:1],
        claims=sample.claims[:1],
        questions=[q for q in sample.questions if q.kind != "disputed"][:1],
    )
    assert briefing_summary(one) == "1 actor · 1 claim by 1 source · 1 question"
    empty = replace(sample, actors=[], claims=[], questions=[])
    assert briefing_summary(empty) == "0 actors · 0 claims · 0 questions"
