"""The data model: an article and what the analysis found in it.

Everything here is plain data. Offsets are Python code-point offsets into
``Article.text``, end-exclusive. ``Briefing.to_json`` produces the
``briefing/1`` contract read by the scorers; ``Briefing.from_json`` reads it back
(the cache and the app's reopen path use that).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any, Literal, get_args

SCHEMA = "briefing/1"


class ActorKind(StrEnum):
    """What an actor is; the value is what the contract writes."""

    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"
    GROUP = "group"
    #: a location that is not a country: a city, state, region, venue, building or street
    PLACE = "place"


class ClaimKind(StrEnum):
    """How a claim is reported; the value is what the contract writes."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"
    ACCORDING_TO = "according_to"
    UNSOURCED = "unsourced"


class QuestionKind(StrEnum):
    """What leaves a question open; the value is what the contract writes."""

    PENDING = "pending"
    EXPECTATION = "expectation"
    CONDITIONAL = "conditional"
    UNRESOLVED = "unresolved"
    DISPUTED = "disputed"
    UNVERIFIED = "unverified"


@dataclass(frozen=True, slots=True)
class QuestionKindInfo:
    """How one kind of open question is shown and ranked."""

    #: The heading its questions are listed under.
    heading: str
    #: Which kind wins when one sentence carries cues of several kinds (higher wins).
    priority: int
    #: How much the kind weighs in the ranking, beside the actors' salience.
    weight: float


#: Every question kind, in the order briefings list them.
QUESTION_KIND_INFO: dict[QuestionKind, QuestionKindInfo] = {
    QuestionKind.DISPUTED: QuestionKindInfo("Disputed", priority=6, weight=1.0),
    QuestionKind.PENDING: QuestionKindInfo("Pending decisions", priority=4, weight=0.8),
    QuestionKind.CONDITIONAL: QuestionKindInfo("Conditional outcomes", priority=5, weight=0.8),
    QuestionKind.EXPECTATION: QuestionKindInfo("Expectations and plans", priority=1, weight=0.6),
    QuestionKind.UNRESOLVED: QuestionKindInfo("Unresolved", priority=2, weight=0.6),
    QuestionKind.UNVERIFIED: QuestionKindInfo("Unverified", priority=3, weight=0.5),
}


#: What stands between the parts of a claim's content where it is shown as words.
PART_JOINER = " … "


@dataclass(frozen=True, slots=True)
class Span:
    """A character range ``[start, end)`` of the article text."""

    start: int
    end: int

    def to_json(self) -> dict[str, int]:
        """The span as ``{"start": .., "end": ..}``."""
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Span:
        """Read a span written by ``to_json``."""
        return cls(int(data["start"]), int(data["end"]))


class MarkupKind(StrEnum):
    """How a Markdown source styled a range of the text; the value is what the contract writes."""

    HEADING = "heading"
    STRONG = "strong"
    EMPHASIS = "emphasis"
    CODE = "code"
    LINK = "link"
    LIST_ITEM = "list_item"
    QUOTE = "quote"


@dataclass(frozen=True, slots=True)
class Markup:
    """A range ``[start, end)`` of the article text that its Markdown source styled.

    ``level`` is a heading's level (1 for ``#``), a list item's depth (1 at the top),
    else 0.
    """

    start: int
    end: int
    kind: MarkupKind
    level: int = 0

    def to_json(self) -> dict[str, Any]:
        """The range as the contract writes it."""
        data: dict[str, Any] = {"start": self.start, "end": self.end, "kind": self.kind}
        if self.level:
            data["level"] = self.level
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Markup:
        """Read a range written by ``to_json``."""
        return cls(
            int(data["start"]),
            int(data["end"]),
            MarkupKind(data["kind"]),
            int(data.get("level", 0)),
        )


def text_lines(text: str, span: Span) -> list[Span]:
    """The non-blank lines of ``text[span]``, each without its surrounding spaces."""
    found = []
    start = span.start
    while start < span.end:
        newline = text.find("\n", start, span.end)
        end = span.end if newline < 0 else newline
        line = text[start:end]
        if line.strip():
            left = start + len(line) - len(line.lstrip())
            found.append(Span(left, left + len(line.strip())))
        start = end + 1
    return found


@dataclass(slots=True)
class Article:
    """The text being read, with what is known of where it came from."""

    text: str
    title: str = ""
    source: str = ""
    byline: str | None = None
    dateline: str | None = None
    paragraphs: list[Span] = field(default_factory=list)
    outlet: str | None = None
    """Who published it (a web page's site name, a wire agency in the dateline), if known."""
    date: str | None = None
    """When it was published, as the article or its page gives it, if known."""
    markup: list[Markup] = field(default_factory=list)
    """What a Markdown source styled (headings, emphasis, list items...), by start; the
    text holds the plain words only. Empty for plain text and HTML."""

    @property
    def sha256(self) -> str:
        """Hex digest of the text as analysed (UTF-8)."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def title_line(self) -> Span | None:
        """The text's first line, when it is the article's title: the headline above the
        body, which the article pane draws as its heading and the analysis reads no claim in."""
        if not self.title or not self.text.strip():
            return None
        first = self.paragraphs[0] if self.paragraphs else Span(0, len(self.text))
        lines = text_lines(self.text, first)
        if lines and self.text[lines[0].start : lines[0].end] == self.title.strip():
            return lines[0]
        return None

    def to_json(self) -> dict[str, Any]:
        """The article part of the contract."""
        return {
            "text": self.text,
            "title": self.title,
            "source": self.source,
            "byline": self.byline,
            "dateline": self.dateline,
            "sha256": self.sha256,
            "paragraphs": [p.to_json() for p in self.paragraphs],
            "outlet": self.outlet,
            "date": self.date,
            # Only for Markdown, so the briefings of other articles are as they were.
            **({"markup": [m.to_json() for m in self.markup]} if self.markup else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Article:
        """Read an article written by ``to_json``."""
        return cls(
            text=data["text"],
            title=data.get("title", ""),
            source=data.get("source", ""),
            byline=data.get("byline"),
            dateline=data.get("dateline"),
            paragraphs=[Span.from_json(p) for p in data.get("paragraphs", [])],
            outlet=data.get("outlet"),
            date=data.get("date"),
            markup=[Markup.from_json(m) for m in data.get("markup") or []],
        )


@dataclass(slots=True)
class Mention:
    """One place where the article refers to an actor."""

    start: int
    end: int
    text: str
    kind: Literal["name", "title", "description", "pronoun", "metonym", "inside"] = "name"

    def to_json(self) -> dict[str, Any]:
        """The mention as the contract writes it."""
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Mention:
        """Read a mention written by ``to_json``."""
        return cls(
            int(data["start"]), int(data["end"]), data.get("text", ""), data.get("kind", "name")
        )


@dataclass(slots=True)
class Actor:
    """A person, organisation, country, group or place named in the article.

    ``located_only`` marks a place that only says where things happen, or a body
    or land named only to say where or whose ("appealed to the Tribunal",
    "Britain's Competition Authority": ``analysis.actors.bystanders``): it never
    speaks, acts or is a claim's source, so the UI and the export list it apart
    from the actors.
    """

    id: str
    name: str
    kind: ActorKind
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    salience: float = 0.0
    role: str | None = None
    parent: str | None = None  # e.g. a ministry's country
    located_only: bool = False

    def to_json(self) -> dict[str, Any]:
        """The actor as the contract writes it."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "parent": self.parent,
            "located_only": self.located_only,
            "aliases": list(self.aliases),
            "salience": round(self.salience, 4),
            "mentions": [m.to_json() for m in self.mentions],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Actor:
        """Read an actor written by ``to_json``."""
        return cls(
            id=data["id"],
            name=data["name"],
            kind=ActorKind(data["kind"]),
            mentions=[Mention.from_json(m) for m in data.get("mentions", [])],
            aliases=list(data.get("aliases", [])),
            salience=float(data.get("salience", 0.0)),
            role=data.get("role"),
            parent=data.get("parent"),
            located_only=bool(data.get("located_only", False)),
        )


@dataclass(slots=True)
class Claim:
    """Something the article attributes to a source: who asserted what."""

    id: str
    source: str | None
    source_text: str | None
    source_span: Span | None
    cue: str
    cue_span: Span | None
    content: Span
    kind: ClaimKind = ClaimKind.INDIRECT
    stance: str = "assertion"
    #: The stretches of ``content`` that were said, when its cue interrupts it ('"We will
    #: win," Lee said, "and win big."', "The plan, she said, would fail"): ``content``
    #: runs from the first part's start to the last one's end, the cue between them;
    #: empty when the content is one stretch.
    content_parts: tuple[Span, ...] = ()

    @property
    def parts(self) -> tuple[Span, ...]:
        """The stretches of the content that were said: its parts, or the content itself."""
        return self.content_parts or (self.content,)

    def said_parts(self) -> list[Claim]:
        """The claim as one claim per part, each with the same id and the part as its
        content; the claim alone when its content is one stretch."""
        return [replace(self, content=part, content_parts=()) for part in self.content_parts] or [
            self
        ]

    def words(self, text: str) -> str:
        """What the claim says, from ``text`` (the article's): its parts joined with " … "."""
        return PART_JOINER.join(text[part.start : part.end] for part in self.parts)

    def to_json(self) -> dict[str, Any]:
        """The claim as the contract writes it (``content_parts`` only when it has parts)."""
        data: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "source_text": self.source_text,
            "source_span": self.source_span.to_json() if self.source_span else None,
            "cue": self.cue,
            "cue_span": self.cue_span.to_json() if self.cue_span else None,
            "content": self.content.to_json(),
            "kind": self.kind,
            "stance": self.stance,
        }
        if self.content_parts:
            data["content_parts"] = [part.to_json() for part in self.content_parts]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Claim:
        """Read a claim written by ``to_json``."""
        src_span = data.get("source_span")
        cue_span = data.get("cue_span")
        return cls(
            id=data["id"],
            source=data.get("source"),
            source_text=data.get("source_text"),
            source_span=Span.from_json(src_span) if src_span else None,
            cue=data.get("cue", ""),
            cue_span=Span.from_json(cue_span) if cue_span else None,
            content=Span.from_json(data["content"]),
            kind=ClaimKind(data.get("kind", ClaimKind.INDIRECT)),
            stance=data.get("stance", "assertion"),
            content_parts=tuple(Span.from_json(part) for part in data.get("content_parts", [])),
        )


@dataclass(slots=True)
class Question:
    """Something the article leaves open, asked as a reader would ask it."""

    id: str
    question: str
    kind: QuestionKind
    evidence: list[Span] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    #: Importance, for ranking: actor salience, kind, support.
    score: float = 0.0
    #: How sure the analysis is that the matter is open and well asked.
    confidence: float = 0.0
    #: Why a held-back question is not shown, in a few words ("low confidence"); None if shown.
    held_because: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The question as the contract writes it (``held_because`` only when held back)."""
        data: dict[str, Any] = {
            "id": self.id,
            "question": self.question,
            "kind": self.kind,
            "evidence": [e.to_json() for e in self.evidence],
            "actors": list(self.actors),
            "claims": list(self.claims),
            "score": round(self.score, 4),
            "confidence": round(self.confidence, 4),
        }
        if self.held_because is not None:
            data["held_because"] = self.held_because
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Question:
        """Read a question written by ``to_json``."""
        return cls(
            id=data["id"],
            question=data["question"],
            kind=QuestionKind(data["kind"]),
            evidence=[Span.from_json(e) for e in data.get("evidence", [])],
            actors=list(data.get("actors", [])),
            claims=list(data.get("claims", [])),
            score=float(data.get("score", 0.0)),
            confidence=float(data.get("confidence", 0.0)),
            held_because=data.get("held_because"),
        )


@dataclass(slots=True)
class ModelInfo:
    """Which language pipeline produced the analysis."""

    name: str
    version: str

    def to_json(self) -> dict[str, str]:
        """The model as ``{"name", "version"}``."""
        return asdict(self)


@dataclass(slots=True)
class Briefing:
    """An article with its actors, claims and open questions."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    model: ModelInfo | None = None
    timings: dict[str, float] = field(default_factory=dict)
    analysis_version: str = ""
    #: Questions phrased and not vetoed but below the confidence threshold: not shown
    #: unless the reader asks (the questions pane's ``h``); ids ``h1, h2, ...``.
    held_back_questions: list[Question] = field(default_factory=list)
    #: Names written inside an organisation's name ("Chile" in "the Chile Tourism Board"):
    #: per actor id, its mentions of kind "inside"; an id no listed actor has is an actor
    #: the article names only that way. The JSON writes them among ``actors`` (the
    #: mentions with their actor's, the new ones as actors); the app never lists them.
    inside_names: list[Actor] = field(default_factory=list)

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        if actor_id is None:
            return None
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def question(self, question_id: str | None) -> Question | None:
        """The question with this id, shown or held back, or None."""
        for question in (*self.questions, *self.held_back_questions):
            if question.id == question_id:
                return question
        return None

    def to_json(self) -> dict[str, Any]:
        """The whole briefing as the ``briefing/1`` contract."""
        return {
            "schema": SCHEMA,
            "article": self.article.to_json(),
            "model": self.model.to_json() if self.model else None,
            "analysis_version": self.analysis_version,
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
            "actors": _actors_json(self.actors, self.inside_names),
            "claims": [c.to_json() for c in self.claims],
            "questions": [q.to_json() for q in self.questions],
            "held_back_questions": [q.to_json() for q in self.held_back_questions],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Briefing:
        """Read a briefing written by ``to_json``."""
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} document")
        model = data.get("model")
        actors, inside = _split_inside([Actor.from_json(a) for a in data.get("actors", [])])
        return cls(
            article=Article.from_json(data["article"]),
            actors=actors,
            inside_names=inside,
            claims=[Claim.from_json(c) for c in data.get("claims", [])],
            questions=[Question.from_json(q) for q in data.get("questions", [])],
            model=ModelInfo(model["name"], model["version"]) if model else None,
            timings=dict(data.get("timings", {})),
            analysis_version=data.get("analysis_version", ""),
            held_back_questions=[
                Question.from_json(q) for q in data.get("held_back_questions", [])
            ],
        )


def _actors_json(actors: list[Actor], inside: list[Actor]) -> list[dict[str, Any]]:
    """The actors as the contract writes them: each with its mentions inside other names
    among its own, then the actors named only inside other names."""
    extra = {actor.id: actor.mentions for actor in inside}
    out = []
    for actor in actors:
        data = actor.to_json()
        if actor.id in extra:
            mentions = sorted([*actor.mentions, *extra.pop(actor.id)], key=lambda m: m.start)
            data["mentions"] = [m.to_json() for m in mentions]
        out.append(data)
    return out + [actor.to_json() for actor in inside if actor.id in extra]


def _split_inside(actors: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """The listed actors and ``Briefing.inside_names``, from the actors ``to_json`` wrote."""
    listed: list[Actor] = []
    inside: list[Actor] = []
    for actor in actors:
        inner = [m for m in actor.mentions if m.kind == "inside"]
        if inner:
            inside.append(Actor(id=actor.id, name=actor.name, kind=actor.kind, mentions=inner))
            actor.mentions = [m for m in actor.mentions if m.kind != "inside"]
        if actor.mentions:
            listed.append(actor)
    return listed, inside


# --- what a reader's note is attached to -------------------------------------------

AnchorKind = Literal["article", "actor", "claim", "question"]
ANCHOR_KINDS: tuple[str, ...] = get_args(AnchorKind)


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
