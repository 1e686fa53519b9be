"""The state and the province: the one state or province the article names around them.

"The state" in an article about Ohio is Ohio, never the United States; a
federation's part is only ever a region the gazetteer knows (a US state, an
Australian state, a Canadian province: ``Gazetteer.is_region``). The region
named in the description's own sentence wins; one named in the sentence before
wins unless another region is named at least twice as often so far ("Ohio ...
Ohio ... Ohio ... Michigan. The state ..." is left alone); farther away, the
region the article has named most so far, when it is named at least twice as
often as any other and was named (or so described) within ``REACH_SENTENCES``:
a live blog's "the state" far below its part on Michigan is not Michigan.
Otherwise the description is left alone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

#: How many times as often the main region must be named as any other to win.
DOMINANCE = 2
#: How many sentences back the main region must have been named lately, farther away.
REACH_SENTENCES = 10


@dataclass(frozen=True, slots=True)
class RegionMention:
    """One named mention of a region: its sentence and its actor key."""

    sent: int
    key: str


def region_for(mentions: list[RegionMention], sent: int) -> str | None:
    """The region a "the state" in sentence ``sent`` stands for, from the region mentions
    written before it (in text order), or None when none or no one region is singled out."""
    counts = Counter(m.key for m in mentions)
    for back in (0, 1):
        near = {m.key for m in mentions if m.sent == sent - back}
        if len(near) > 1:
            return None  # "Ohio and Michigan ... the state": either
        if near:
            key = near.pop()
            outranked = any(n >= DOMINANCE * counts[key] for k, n in counts.items() if k != key)
            return None if back and outranked else key
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]):
        return None
    key = ranked[0][0]
    latest = max(m.sent for m in mentions if m.key == key)
    return key if sent - latest <= REACH_SENTENCES else None
