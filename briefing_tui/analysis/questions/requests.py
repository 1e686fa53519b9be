"""Requests and demands put to someone: "urged the council to", "asked X not to"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext


def find_requests(ctx: RuleContext, doc: Doc) -> list[Candidate]:
    """Pending questions from requests: will the one asked do what was asked?"""
    return []
