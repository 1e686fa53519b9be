"""The plain values the name stages fill: an actor being assembled, all of them by key, and
what the classify stage hands to the merge stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing_tui.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(slots=True)
class Draft:
    """An actor while it is being assembled."""

    key: str
    kind: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # token index of each mention's head
    gender: str | None = None
    country: str | None = None  # a person's nationality, an organisation's country, a country
    title: str | None = None  # "president"
    family: str | None = None  # the title's family, "head" for presidents and leaders
    role: str | None = None  # "US president", as the article writes it
    parent: str | None = None  # key of the actor this one belongs to
    speeches: int = 0  # times it is the subject of a speech verb
    #: token indexes of the organisations a person speaks for ("a spokesman for Acme",
    #: "Acme's Jo Pike", "Jo Pike of Acme"): their "we" is that organisation
    affiliations: list[int] = field(default_factory=list)
    confirmed: bool = True  # False for a lone one-word "person" nothing else supports yet

    def add(self, start: int, end: int, text: str, kind: str, head: int) -> None:
        """Record one mention of this actor."""
        self.mentions.append(Mention(start, end, text, kind))  # type: ignore[arg-type]
        self.heads.append(head)

    def take_mentions(self, other: Draft) -> None:
        """Take over ``other``'s mentions, kept in text order, and its speeches; ``other``
        is left with no mentions (one actor is two drafts: "Eastgate" and "the Eastgate
        district")."""
        pairs = sorted(
            zip([*self.mentions, *other.mentions], [*self.heads, *other.heads], strict=True),
            key=lambda pair: pair[0].start,
        )
        self.mentions = [m for m, _ in pairs]
        self.heads = [h for _, h in pairs]
        self.speeches += other.speeches
        other.mentions, other.heads = [], []

    def remove_within(self, start: int, end: int) -> None:
        """Forget the mentions that lie inside ``[start, end)``."""
        kept = [
            (m, h)
            for m, h in zip(self.mentions, self.heads, strict=True)
            if not (start <= m.start and m.end <= end)
        ]
        self.mentions = [m for m, _ in kept]
        self.heads = [h for _, h in kept]


@dataclass(slots=True)
class Names:
    """The named actors of a document, by key, with the helpers the later passes need."""

    drafts: dict[str, Draft] = field(default_factory=dict)

    def draft(self, key: str, kind: str, name: str) -> Draft:
        """The draft for ``key``, created on first use."""
        found = self.drafts.get(key)
        if found is None:
            found = self.drafts[key] = Draft(key, kind, name)
        return found


@dataclass(slots=True)
class PendingName:
    """A one-word person name, to be attached to a full name once all are known."""

    span: Span
    text: str
    gender: str | None
    mention_start: int  # character offset where its mention begins, with a title before it
    label: str
    titled: bool


@dataclass(slots=True)
class ClassifiedNames:
    """The drafts the classify stage made, with what the merge stage needs to join them."""

    names: Names = field(default_factory=Names)
    pending: list[PendingName] = field(default_factory=list)
    #: several-word names that may hold other actors' names ("the University of Vermont")
    containers: list[Span] = field(default_factory=list)
    org_acronyms: dict[str, str] = field(default_factory=dict)  # "NEA" -> its organisation's key
    #: last word of a multi-word organisation or place name -> that actor's key
    multiword_owner: dict[str, str] = field(default_factory=dict)
    #: drafts made from unlabelled proper nouns: too uncertain to lend their words to others
    guessed: set[str] = field(default_factory=set)
