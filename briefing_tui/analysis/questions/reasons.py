"""Why a held-back question is not shown, told in a few words for the pane and the JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.confidence import SHOW_AT
from briefing_tui.analysis.questions.references import (
    anchored_pronouns,
    unnamed_because,
    vague_reference,
)
from briefing_tui.analysis.questions.unanchored import unanchored_phrase

if TYPE_CHECKING:
    from briefing_tui.analysis.questions.rules import Candidate

#: The holding vetoes told in words; a veto not listed is told by its name.
_SAID = {
    "rhetorical-question": "a rhetorical question",
    "headline-only": "only in the headline",
    "vague-reference": "needs the article",
    "no-actor": "names no one who would act",
    "below-rank": "ranked below the questions shown",
    "points-back": "needs the article: “such”, “that” or “either” points back",
    "any-subject": "needs the article: any of what?",
    "nameless-pronoun": "needs the article: “it” names nobody",
    "names-nobody": "an unknown asked of nobody named",
    "should-question": "asks what ought to be, not what will be",
}


def held_reason(candidate: Candidate) -> str | None:
    """Why ``candidate`` is held back ("low confidence 0.45 < 0.55", 'vague: "the
    measure"'), or None when it is shown."""
    veto = candidate.veto
    if veto is None:
        return None
    if veto == "below-threshold":
        return f"low confidence {candidate.confidence:.2f} < {SHOW_AT:.2f}"
    if veto == "vague-reference":
        words = vague_reference(
            candidate.text,
            anchored_pronouns(candidate.text, candidate.sentences),
            candidate.sentences,
        )
        if not words:
            return _SAID[veto]
        why = unnamed_because(words, candidate.sentences)  # "2 earlier: X; Y"
        return f"vague: “{words}” ({why})" if why else f"vague: “{words}”"
    if veto == "unanchored-reference":
        words = unanchored_phrase(candidate.text, candidate.sentences)
        return f"unanchored: “{words}”" if words else "needs the article"
    return _SAID.get(veto, veto.replace("-", " "))
