"""What the analysis finds in an invented text, in the shapes the analysis tests compare."""

from __future__ import annotations

from briefing_tui.analysis.actors import find_actors
from briefing_tui.analysis.claims import find_claims
from briefing_tui.model import Actor


def actors_by_name(nlp, text: str) -> dict[str, Actor]:
    """The actors found in ``text``, by name."""
    return {a.name: a for a in find_actors(nlp(text))}


def speaker_by_source_text(nlp, text: str) -> dict[str, str | None]:
    """Each claim's written source, mapped to the name of the actor it resolves to (or None)."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    return {c.source_text: names.get(c.source) for c in find_claims(doc, actors)}


def speakers_in_order(nlp, text: str) -> list[tuple[str | None, str | None]]:
    """(source text, actor name) of each claim, in order."""
    doc = nlp(text)
    actors = find_actors(doc)
    names = {a.id: a.name for a in actors}
    return [
        (c.source_text, names.get(c.source) if c.source else None) for c in find_claims(doc, actors)
    ]
