"""What the article pane marks for a selection, and the mentions or matches n / N walk through.

Pure functions over the model: the main screen applies what they return to the
article view.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_tui.model import Actor, Claim, Question, Span


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
    """A claim marks its content and source and scrolls to whichever comes first."""
    sources = [claim.source_span] if claim.source_span else []
    return Highlight(
        marks={"claim-content": [claim.content], "claim-source": sources},
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
