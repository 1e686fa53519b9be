"""What the article pane marks for a selection, and the mentions or matches n / N walk through.

Pure functions over the model: the main screen applies what they return to the
article view.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate

from briefing_tui.model import Actor, Claim, Question, Span

#: Mark layers, painted in this order (later layers win where they overlap).
LAYERS: tuple[str, ...] = (
    "evidence",
    "claim-content",
    "claim-source",
    "mention",
    "match",
    "current",
)


@dataclass(frozen=True)
class Highlight:
    """Marks to show: ``marks`` replaces those layers, ``clear`` empties others."""

    marks: dict[str, list[Span]]
    clear: tuple[str, ...] = ()
    scroll_to: int | None = None
    """The character offset to bring into view, if any."""


def mention_spans(actor: Actor) -> list[Span]:
    """The actor's mentions as spans."""
    return [Span(m.start, m.end) for m in actor.mentions]


def actor_highlight(actor: Actor) -> Highlight:
    """An actor marks its mentions (n / N then walk them) and drops claim and question marks."""
    return Highlight(
        marks={"mention": mention_spans(actor)},
        clear=("claim-content", "claim-source", "evidence"),
    )


def claim_highlight(claim: Claim) -> Highlight:
    """A claim marks its content (the quoted parts, not the cue between them) and source
    and scrolls to whichever comes first."""
    sources = [claim.source_span] if claim.source_span else []
    return Highlight(
        marks={"claim-content": list(claim.parts), "claim-source": sources},
        clear=("evidence",),
        scroll_to=min(s.start for s in [claim.content, *sources]),
    )


def question_highlight(question: Question) -> Highlight:
    """A question marks its evidence and scrolls to the first piece of it."""
    evidence = list(question.evidence)
    return Highlight(
        marks={"evidence": evidence},
        clear=("claim-content", "claim-source"),
        scroll_to=min(s.start for s in evidence) if evidence else None,
    )


@dataclass
class MarkCycle:
    """The spans n / N move through (mentions or search matches), in text order, wrapping."""

    spans: list[Span] = field(default_factory=list)
    index: int = -1

    def __post_init__(self) -> None:
        self.spans = sorted(self.spans, key=lambda s: (s.start, s.end))

    @property
    def current(self) -> Span | None:
        """The span last moved to, if any."""
        if 0 <= self.index < len(self.spans):
            return self.spans[self.index]
        return None

    def go(self, index: int) -> Span | None:
        """Move to the span at ``index`` (wrapping); None if there are no spans."""
        if not self.spans:
            return None
        self.index = index % len(self.spans)
        return self.spans[self.index]

    def step(self, delta: int) -> Span | None:
        """Move ``delta`` spans on (back when negative)."""
        return self.go(self.index + delta)


class MarkLayer:
    """One layer's spans, sorted, with a running maximum of their ends for overlap lookups.

    Building one for a million spans (a one-letter search in 10 MB) takes a few
    tenths of a second, so the search builds it in a thread (``from_spans``) and
    hands it to ``ArticleView.show_marks`` ready.
    """

    __slots__ = ("max_ends", "spans", "starts")

    @classmethod
    def from_spans(cls, spans: Iterable[Span]) -> MarkLayer:
        """The layer of ``spans``, in any order."""
        return cls(sorted(spans, key=lambda s: (s.start, s.end)))

    def __init__(self, spans: list[Span]) -> None:
        """``spans`` must be sorted by start, then end."""
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.max_ends = list(accumulate((s.end for s in spans), max))

    def overlapping(self, start: int, end: int) -> Iterable[Span]:
        """The spans that overlap ``start`` to ``end``, the last starting first."""
        index = bisect.bisect_left(self.starts, end) - 1
        while index >= 0 and self.max_ends[index] > start:
            span = self.spans[index]
            if span.end > start:
                yield span
            index -= 1
