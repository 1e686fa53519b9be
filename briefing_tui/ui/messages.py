"""The messages the app's widgets send each other (through the app)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.message import Message

from briefing_tui.model import Actor, Claim, Question

AnchorKind = Literal["article", "actor", "claim", "question"]


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a note is attached to: the article itself or one item of the briefing."""

    kind: AnchorKind
    id: str
    text: str
    """The anchor's text as shown (actor name, claim content, question); used to reattach notes."""

    @property
    def label(self) -> str:
        """A short description for the notes pane title."""
        if self.kind == "article":
            return "the article"
        text = " ".join(self.text.split())
        if len(text) > 40:
            text = text[:39] + "…"
        return f"{self.kind} {text}"


class ActorSelected(Message):
    """The reader moved to an actor in the Actors pane."""

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.actor = actor


class ClaimSelected(Message):
    """The reader moved to a claim in the Claims pane."""

    def __init__(self, claim: Claim) -> None:
        super().__init__()
        self.claim = claim


class QuestionSelected(Message):
    """The reader moved to a question in the Questions pane."""

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.question = question


class NoteEditingDone(Message):
    """The reader left the note editor (Esc or focus moved away)."""


class SearchChanged(Message):
    """The search text changed; an empty query ends the search."""

    def __init__(self, query: str) -> None:
        super().__init__()
        self.query = query


class SearchClosed(Message):
    """The search bar was closed; ``keep`` says whether the matches stay highlighted."""

    def __init__(self, keep: bool) -> None:
        super().__init__()
        self.keep = keep


class ArticleShown(Message):
    """The main screen has painted a (new) article, so its analysis may start."""
