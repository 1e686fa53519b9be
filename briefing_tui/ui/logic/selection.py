"""What follows from the reader's selection: which list items to show, what y copies, whom d shows.

Pure functions over the Briefing (and the reader's choices); the main screen
keeps the selection and applies the results to its panes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefing_tui.export import claim_citation
from briefing_tui.model import PART_JOINER, Actor, Anchor, Article, Briefing, Claim, Question
from briefing_tui.ui.logic.relations import (
    actor_matches,
    claim_involves,
    claim_matches,
    one_line,
    question_involves,
    question_matches,
)


@dataclass(frozen=True)
class ListFilters:
    """What each list shows (None: everything) and the labels saying why."""

    actors: Callable[[Actor], bool] | None
    claims: Callable[[Claim], bool] | None
    questions: Callable[[Question], bool] | None
    actors_label: str
    """The selected actor, and why the actors are narrowed (the search)."""
    label: str
    """Why claims and questions are narrowed (the selected actor and the search)."""


def list_filters(briefing: Briefing, actor: Actor | None, query: str) -> ListFilters:
    """Claims and questions involving ``actor`` and matching ``query``; actors matching it."""
    about = f"involving {actor.name}" if actor else ""
    matching = f"matching “{query}”" if query else ""
    label = " · ".join(part for part in (about, matching) if part)
    chosen = f"selected: {actor.name}" if actor else ""

    def claim_ok(claim: Claim) -> bool:
        if actor is not None and not claim_involves(claim, actor):
            return False
        return not query or claim_matches(briefing, claim, query)

    def question_ok(question: Question) -> bool:
        if actor is not None and not question_involves(question, actor):
            return False
        return not query or question_matches(briefing, question, query)

    def actor_ok(candidate: Actor) -> bool:
        return actor_matches(candidate, query)

    return ListFilters(
        actors=actor_ok if query else None,
        claims=claim_ok if label else None,
        questions=question_ok if label else None,
        actors_label=" · ".join(part for part in (chosen, matching) if part),
        label=label,
    )


def filtered_claims(briefing: Briefing, actor: Actor | None, query: str = "") -> list[Claim]:
    """The claims the Claims pane lists for this actor and search."""
    keep = list_filters(briefing, actor, query).claims
    return [c for c in briefing.claims if keep is None or keep(c)]


def filtered_questions(briefing: Briefing, actor: Actor | None, query: str = "") -> list[Question]:
    """The questions the Questions pane lists for this actor and search."""
    keep = list_filters(briefing, actor, query).questions
    return [q for q in briefing.questions if keep is None or keep(q)]


def question_with_evidence(article: Article, question: Question) -> str:
    """A question followed by its evidence as Markdown quotes."""
    quotes = [f"> {one_line(article.text, span)}" for span in question.evidence]
    return "\n".join([question.question, *quotes])


def item_anchor(article: Article, item: Actor | Claim | Question | None) -> Anchor | None:
    """What a note on ``item`` is attached to (None for no item)."""
    if isinstance(item, Actor):
        return Anchor("actor", item.id, item.name)
    if isinstance(item, Claim):
        return Anchor("claim", item.id, item.words(article.text))
    if isinstance(item, Question):
        return Anchor("question", item.id, item.question)
    return None


def _clipped(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, an ellipsis ending it where it was cut."""
    return text if len(text) <= width else text[: max(width - 1, 1)].rstrip() + "…"


def anchor_label(anchor: Anchor, width: int = 40) -> str:
    """What the notes pane's header names: "the article", or the item's kind and its text
    cut to ``width`` characters. A claim its cue interrupts shows the start of every part
    ('claim "We will win…" … "and win big."'), so its header is not read as the first
    part alone."""
    if anchor.kind == "article":
        return "the article"
    text = " ".join(anchor.text.split())
    parts = text.split(PART_JOINER) if anchor.kind == "claim" else [text]
    if len(text) <= width or len(parts) == 1:
        return f"{anchor.kind} {_clipped(text, width)}"
    share = max(8, (width - len(PART_JOINER) * (len(parts) - 1)) // len(parts))
    return f"{anchor.kind} " + PART_JOINER.join(_clipped(part, share) for part in parts)


def copy_text(
    article: Article,
    briefing: Briefing | None,
    anchor: Anchor | None,
    claim: Claim | None = None,
    question: Question | None = None,
) -> str | None:
    """What y copies for the selection ``anchor``: a claim cited, a question quoted, or its text.

    A claim is written as ``export.claim_citation`` writes it: direct speech quoted,
    reported speech never, then the article and the paragraph it is in.
    """
    if briefing is None or anchor is None:
        return None
    if anchor.kind == "claim" and claim is not None:
        return claim_citation(article, briefing, claim)
    if anchor.kind == "question" and question is not None:
        return question_with_evidence(article, question)
    return anchor.text


def detail_actor(
    briefing: Briefing | None,
    *,
    focused: Actor | None,
    selected: Actor | None,
    claim: Claim | None,
    highlighted: Actor | None,
) -> Actor | None:
    """Whom d shows: the actor focused in its list, else the selected one, else the source of
    the selected claim, else the actor highlighted in the Actors pane."""
    if briefing is None:
        return None
    if focused is not None:
        return focused
    if selected is not None:
        return selected
    if claim is not None and briefing.actor(claim.source) is not None:
        return briefing.actor(claim.source)
    return highlighted
