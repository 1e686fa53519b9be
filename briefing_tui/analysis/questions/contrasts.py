"""Disputes that no denial word marks: two sources with opposite stance on one matter."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefing_tui.analysis.questions.disputes import Dispute
    from briefing_tui.model import Claim


def find_contrasts(doc: Doc, claims: list[Claim], found: list[Dispute]) -> list[Dispute]:
    """Disputes between claims of different sources that oppose each other."""
    return []
