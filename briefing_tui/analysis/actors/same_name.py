"""One name, one actor: a name of two words or more recorded both as a person's and as an
organisation's (the model labelled one of its mentions otherwise: "Civic Passion" once a
person) is one actor, of the kind most of its mentions were given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.actors.things import is_thing_mention
from briefing_tui.analysis.doctext import char_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefing_tui.analysis.actors.drafts import Draft, Names


def join_same_names(
    names: Names, merge: Callable[[str, str], None], doc: Doc | None = None
) -> None:
    """Join ``person:NAME`` and ``org:NAME`` into the draft with more name mentions; on a tie
    the person stays when a title or a gender shows it is one, else the organisation. A
    one-word name (with the ``doc``) joins the organisation unless the person is marked as
    one or the organisation is written as a thing."""
    drafts = names.drafts
    for key in [k for k in drafts if k.startswith("person:")]:
        name = key[len("person:") :]
        other = f"org:{name}"
        if key not in drafts or other not in drafts:
            continue
        person, org = drafts[key], drafts[other]
        if len(name.split()) < 2:
            if (
                doc is not None
                and unmarked(person)
                and name.lower() not in first_names()
                and not _written_as_thing(doc, org)
            ):
                merge(key, other)
            continue
        if _named(person) > _named(org) or (
            _named(person) == _named(org) and (person.title or person.gender)
        ):
            merge(other, key)
        else:
            merge(key, other)


def _named(draft: Draft) -> int:
    return sum(1 for m in draft.mentions if m.kind == "name")


def unmarked(person: Draft) -> bool:
    """Whether nothing but the model's label makes this draft a person's."""
    return (
        person.title is None
        and person.gender is None
        and not any(m.kind in ("pronoun", "title") for m in person.mentions)
    )


def _written_as_thing(doc: Doc, draft: Draft) -> bool:
    """Whether a name of the draft is written as a thing's ("Tralevan, a medicine")."""
    for mention in draft.mentions:
        span = char_span(doc, mention.start, mention.end) if mention.kind == "name" else None
        if span is not None and is_thing_mention(span, owner_possible=True):
            return True
    return False
