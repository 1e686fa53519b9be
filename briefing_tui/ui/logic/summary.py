"""The briefing in one line, for the header: how many actors, claims, sources and questions."""

from __future__ import annotations

from briefing_tui.model import Briefing, QuestionKind
from briefing_tui.ui.logic.relations import claim_source_name


def _count(number: int, noun: str) -> str:
    """``number`` with ``noun``, plural unless it is one ("1 actor", "12 claims")."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def briefing_summary(briefing: Briefing) -> str:
    """ "17 actors · 12 claims by 7 sources · 7 questions, 1 disputed".

    Sources are counted by the name claims are shown under (an actor, or the
    words that introduced an unattributed claim); the disputed count is left
    out when there are none.
    """
    sources = {claim_source_name(briefing, claim) for claim in briefing.claims}
    claims = _count(len(briefing.claims), "claim")
    if briefing.claims:
        claims += f" by {_count(len(sources), 'source')}"
    questions = _count(len(briefing.questions), "question")
    disputed = sum(1 for q in briefing.questions if q.kind == QuestionKind.DISPUTED)
    if disputed:
        questions += f", {disputed} disputed"
    return " · ".join((_count(len(briefing.actors), "actor"), claims, questions))
