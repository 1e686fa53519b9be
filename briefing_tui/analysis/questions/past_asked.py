"""Questions asked in the past that a report's tense left there, asking nothing open.

"The dissenters argued that earlier increases had not yet fed through" gives
"Had earlier increases fed through?", the past of a past, about a moment of its
own ("earlier"): a view argued, not a matter a reader waits for (a dispute,
which asks what two sides said, is not judged here). "A spokesman declined to
say whether investigators believed the fire was set" gives "Did investigators
believe ...?": a state of mind, not the matter. "The governor declined to say whether
the board had discussed a larger rise" gives "Has the board discussed ...?": a
body's talking over, a minor internal step; what it decides is open. Verbs of
``belief_verbs`` and ``deliberation_verbs``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.tense import present_perfect

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
#: Openers of a yes/no question asked in the past or the perfect.
_PAST_OPENERS = frozenset({"had", "has", "have", "did", "was", "were"})


def _verbs_asked(text: str, sentences: Sequence[Span]) -> set[str]:
    """The lemmas of the sentence's verbs the question says."""
    asked = {w.lower() for w in _WORD.findall(text)}
    return {
        t.lemma_.lower()
        for sent in sentences
        for t in sent
        if t.pos_ == "VERB" and (t.lower_ in asked or t.lemma_.lower() in asked)
    }


def past_of_past(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question opens with a "Had" the present perfect cannot restate, as it
    holds a past moment of its own ("Had earlier increases fed through?"): a view of a
    past state, reported. (An open "Had the firm received a subpoena?" is asked as "Has
    ...": ``tense.present_perfect``.)"""
    return text.startswith("Had ") and present_perfect(text, list(sentences)) == text


def belief_asked(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks whether someone believed something ("Did investigators
    believe the fire was set?") rather than the matter believed."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3 or words[0] not in _PAST_OPENERS:
        return False
    beliefs = lemma_set("belief_verbs")
    return any(w in beliefs for w in words[2:5]) and bool(_verbs_asked(text, sentences) & beliefs)


def deliberation_asked(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks whether a body talked a matter over in the past ("Has
    the board discussed a larger increase?", "Have the ministers been consulted?")."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3 or words[0] not in _PAST_OPENERS:
        return False
    return bool(_verbs_asked(text, sentences) & lemma_set("deliberation_verbs"))
