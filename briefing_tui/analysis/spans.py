"""Looking actors up by position (which actor a character range mentions), and the
words of their names.

A pure lookup over the actors' mention spans, shared by the analyses that
name the actor behind a span of text (a claim's source, a question's subject).
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefing_tui.model import Actor


class MentionIndex:
    """The mentions of a list of actors, sorted by start, for lookups by character range."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        entries = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions)
        self.starts = [start for start, _, _ in entries]
        self.entries = entries
        self.longest = max((end - start for start, end, _ in entries), default=0)

    def actor_at(self, start: int, end: int) -> str | None:
        """The id of the actor whose mention overlaps ``[start, end)`` most (then most tightly)."""
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, max(end, start + 1))
        best: tuple[int, int] | None = None
        found = None
        for m_start, m_end, actor_id in self.entries[lo:hi]:
            overlap = min(end, m_end) - max(start, m_start)
            if overlap <= 0 and not (start == end and m_start <= start < m_end):
                continue
            rank = (-overlap, m_end - m_start)
            if best is None or rank < best:
                best, found = rank, actor_id
        return found


#: The index of the actors list last asked about (an analysis asks about one list many times).
_cached: tuple[Sequence[Actor], int, MentionIndex] | None = None
_cache_lock = threading.Lock()


def actor_at(actors: Sequence[Actor], start: int, end: int) -> str | None:
    """The id of the actor with a mention overlapping ``[start, end)``, preferring the tightest fit.

    The index is built once per actors list and reused while the list is unchanged.
    """
    global _cached
    signature = sum(len(a.mentions) for a in actors) * 1_000_003 + len(actors)
    with _cache_lock:
        cached = _cached
        if cached is None or cached[0] is not actors or cached[1] != signature:
            cached = _cached = (actors, signature, MentionIndex(actors))
    return cached[2].actor_at(start, end)


def name_head(name: str) -> str:
    """The head word of a name, in lower case: the word before its first "of" ("Court of
    Appeal", "National Assembly of Orla"), else its last word ("High Court")."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w == "of" and i > 0), len(words))
    return words[cut - 1].lower()


def name_words(name: str) -> frozenset[str]:
    """The words of a name, lower-cased, a possessive "'s" and edge commas, stops and
    apostrophes off ("Ministry of Mines'" -> {"ministry", "of", "mines"})."""
    return frozenset(w.strip(",.'’").lower() for w in name.replace("'s", "").split())
