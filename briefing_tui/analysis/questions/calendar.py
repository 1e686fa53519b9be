"""Whether a question asks a deciding body's calendar, which the article states as fact.

"The House will break for the election on Friday" and "lawmakers will
return on November 14" tell a sitting's calendar: "Will the House break
before the election?" asks nothing open. What the body decides before it
breaks is the matter. A calendar verb is one of ``CALENDAR_VERBS``; the body
one of ``DECIDING_BODIES``.
"""

from __future__ import annotations

import re

from briefing_tui.analysis.questions.stakes import DECIDING_BODIES

#: Verbs of a sitting's calendar (as a question says them, after its modal).
CALENDAR_VERBS = frozenset({"break", "recess", "adjourn", "reconvene", "return", "sit"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_OPENERS = frozenset({"will", "would", "is", "are", "does", "do"})


def _body(word: str) -> bool:
    return word in DECIDING_BODIES or (word.endswith("s") and word[:-1] in DECIDING_BODIES)


def asks_a_calendar(text: str) -> bool:
    """Whether the question asks whether a deciding body will break, recess or return
    ("Will the House break for the election on Friday?", "Will lawmakers return on
    November 14?")."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3 or words[0] not in _OPENERS:
        return False
    # the verb right after the body that is its subject ("the House break"), not a noun
    # later on ("vote on the measure before the spring recess")
    return any(words[i] in CALENDAR_VERBS and _body(words[i - 1]) for i in range(2, len(words)))
