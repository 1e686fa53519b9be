"""The dossier's data: the plain values the cross-article analysis produces.

Members and references name an article by its index in the dossier and an item
by its local id in that article's ``briefing/1`` object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefing_tui.contract import DOSSIER_SCHEMA
from briefing_tui.model import Briefing


@dataclass(frozen=True, slots=True)
class Ref:
    """One item of one article: its article index and its local id."""

    article: int
    id: str


@dataclass(slots=True)
class DossierActor:
    """One person, organisation or place across the articles that name it."""

    id: str
    name: str
    kind: str
    members: list[Ref] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The actor as the dossier contract writes it."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "members": [{"article": m.article, "actor": m.id} for m in self.members],
        }


@dataclass(slots=True)
class Divergence:
    """Where the accounts differ: a reworded quote or opposite positions."""

    #: "reworded" (one speaker, different words for one statement) or
    #: "contradiction" (different speakers, opposite positions on one matter)
    kind: str
    claims: list[Ref]
    note: str

    def to_json(self) -> dict[str, Any]:
        """The divergence as the dossier contract writes it."""
        return {
            "kind": self.kind,
            "claims": [{"article": c.article, "claim": c.id} for c in self.claims],
            "note": self.note,
        }


@dataclass(slots=True)
class ClaimGroup:
    """Claims of several articles that report one statement (or one claim on its own)."""

    id: str
    speaker: str | None
    """The dossier actor id of who speaks, or None."""
    text: str
    """The statement as the first article reports it."""
    members: list[Ref] = field(default_factory=list)
    #: "verbatim" (quotes word for word), "near" (nearly the same words),
    #: "reported" (same speaker and content) or "single"
    match: str = "single"

    def to_json(self) -> dict[str, Any]:
        """The group as the dossier contract writes it."""
        return {
            "id": self.id,
            "speaker": self.speaker,
            "text": self.text,
            "match": self.match,
            "members": [{"article": m.article, "claim": m.id} for m in self.members],
        }


@dataclass(slots=True)
class DossierQuestion:
    """An open question across the dossier: the articles that raise it, and any answer."""

    id: str
    question: str
    kind: str
    members: list[Ref] = field(default_factory=list)
    answered_by: list[dict[str, Any]] = field(default_factory=list)
    """Evidence that settles it: ``{"article", "start", "end", "text"}`` each."""

    @property
    def open(self) -> bool:
        """Still open across the whole dossier."""
        return not self.answered_by

    def to_json(self) -> dict[str, Any]:
        """The question as the dossier contract writes it."""
        return {
            "id": self.id,
            "question": self.question,
            "kind": self.kind,
            "open": self.open,
            "members": [{"article": m.article, "question": m.id} for m in self.members],
            "answered_by": list(self.answered_by),
        }


@dataclass(slots=True)
class TimelineEntry:
    """One point of the timeline: an article's publication or an event it reports."""

    date: str | None
    """ISO date (YYYY-MM-DD), or None when the article gives none."""
    kind: str  # "published" or "event"
    article: int
    text: str
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The entry as the dossier contract writes it."""
        data: dict[str, Any] = {
            "date": self.date,
            "kind": self.kind,
            "article": self.article,
            "text": self.text,
        }
        if self.start is not None and self.end is not None:
            data["start"], data["end"] = self.start, self.end
        return data


@dataclass(slots=True)
class Dossier:
    """Several articles' Briefings and what they say together."""

    briefings: list[Briefing]
    actors: list[DossierActor] = field(default_factory=list)
    claims: list[ClaimGroup] = field(default_factory=list)
    divergences: list[Divergence] = field(default_factory=list)
    questions: list[DossierQuestion] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The whole dossier as the ``briefing-dossier/1`` contract."""
        return {
            "schema": DOSSIER_SCHEMA,
            "articles": [b.to_json() for b in self.briefings],
            "actors": [a.to_json() for a in self.actors],
            "claims": [c.to_json() for c in self.claims],
            "divergences": [d.to_json() for d in self.divergences],
            "questions": [q.to_json() for q in self.questions],
            "timeline": [t.to_json() for t in self.timeline],
        }

    def actor_of(self, article: int, local_id: str | None) -> DossierActor | None:
        """The dossier actor a local actor of one article belongs to, or None."""
        if local_id is None:
            return None
        for actor in self.actors:
            if Ref(article, local_id) in actor.members:
                return actor
        return None
