"""Actors: the people, organisations and countries acting in the article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.model import Actor, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KIND_OF_LABEL = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}


def find_actors(doc: Doc) -> list[Actor]:
    """Every actor once, with all its mentions in order (named entities grouped by text)."""
    groups: dict[str, Actor] = {}
    for ent in doc.ents:
        kind = _KIND_OF_LABEL.get(ent.label_)
        if kind is None:
            continue
        key = ent.text
        actor = groups.get(key)
        if actor is None:
            actor = Actor(id=f"a{len(groups) + 1}", name=ent.text, kind=kind)  # type: ignore[arg-type]
            groups[key] = actor
        actor.mentions.append(Mention(ent.start_char, ent.end_char, ent.text))
    actors = list(groups.values())
    for actor in actors:
        actor.aliases = sorted({m.text for m in actor.mentions})
        actor.salience = float(len(actor.mentions))
    return actors
