"""Capitals that speak for a union of countries seated there: "the company will cooperate
with Brussels" after "the European Commission opened an inquiry" names the Commission, not
Belgium. When the article names one of the bodies seated in a capital
(``lexicon/actors/union_seats.tsv``), the capital's mentions are that body's, and a
country draft left with no name of its own is no actor.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import load_table
from briefing_tui.model import ActorKind

if TYPE_CHECKING:
    from briefing_tui.analysis.actors.drafts import Draft


#: Kinds of mention that name the country: its name, or its capital standing for it.
NAME_KINDS = frozenset({"name", "metonym"})


@cache
def union_seats() -> dict[str, tuple[str, ...]]:
    """Each capital with the bodies seated there, in the table's order."""
    seats: dict[str, list[str]] = {}
    for capital, body in load_table("union_seats.tsv"):
        seats.setdefault(capital, []).append(body)
    return {capital: tuple(bodies) for capital, bodies in seats.items()}


def give_seats_to_unions(drafts: list[Draft]) -> list[Draft]:
    """The drafts with each seat capital's mentions moved from its country to the first
    body seated there that the article names; a country named only by that capital is
    that body's, whole (its pronouns too)."""
    seats = union_seats()
    named = {m.text: d for d in drafts if d.kind == ActorKind.ORGANISATION for m in d.mentions}
    kept = []
    for draft in drafts:
        moved = False
        if draft.kind == ActorKind.COUNTRY:
            for capital, bodies in seats.items():
                body = next((named[b] for b in bodies if b in named), None)
                if body is not None and any(m.text == capital for m in draft.mentions):
                    _move(draft, body, capital)
                    moved = True
        if not moved or any(m.kind in NAME_KINDS for m in draft.mentions):
            kept.append(draft)
    return kept


def _move(draft: Draft, body: Draft, capital: str) -> None:
    """Move the capital's mentions to ``body``; all of them when the country has no other
    name."""
    names = {m.text for m in draft.mentions if m.kind in NAME_KINDS}
    whole = names == {capital}
    pairs = list(zip(draft.mentions, draft.heads, strict=True))
    moving = [(m, h) for m, h in pairs if whole or (m.kind in NAME_KINDS and m.text == capital)]
    staying = [pair for pair in pairs if pair not in moving]
    joined = sorted(
        [*zip(body.mentions, body.heads, strict=True), *moving], key=lambda p: p[0].start
    )
    body.mentions = [m for m, _ in joined]
    body.heads = [h for _, h in joined]
    draft.mentions = [m for m, _ in staying]
    draft.heads = [h for _, h in staying]
