"""The messages the app's widgets send each other (through the app)."""

from __future__ import annotations

from textual.message import Message

from briefing_tui.model import Actor, Claim, Question


class ActorSelected(Message):
    """The reader moved the cursor onto an actor in the Actors pane (a preview)."""

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.actor = actor


class ClaimSelected(Message):
    """The reader moved the cursor onto a claim in the Claims pane (a preview)."""

    def __init__(self, claim: Claim) -> None:
        super().__init__()
        self.claim = claim


class QuestionSelected(Message):
    """The reader moved the cursor onto a question in the Questions pane (a preview)."""

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.question = question


class ItemChosen(Message):
    """The reader pressed Enter on (or clicked) an item in a list: it is selected.

    ``item`` is the Actor, Claim or Question chosen.
    """

    def __init__(self, item: Actor | Claim | Question) -> None:
        super().__init__()
        self.item = item


class NotesChanged(Message):
    """An item gained or lost its note, or another article's notes were opened."""


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


class BriefingReady(Message):
    """Every pane shows the final analysis and the lists are painted in full."""


class ArticleJumped(Message):
    """The article pane jumped on its own (g / G): ``left`` is the offset that was at
    its top before, so the jump list can come back to it."""

    def __init__(self, left: int) -> None:
        super().__init__()
        self.left = left


class ArticleClicked(Message):
    """The reader clicked the article's text at character ``offset``."""

    def __init__(self, offset: int) -> None:
        super().__init__()
        self.offset = offset
