"""One name, one actor: a name of two words or more recorded both as a person's and as an
organisation's (the model labelled one of its mentions otherwise: "Civic Passion" once a
person) is one actor, of the kind most of its mentions were given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_tui.analysis.actors.drafts import Draft, Names


def join_same_names(names: Names, merge: Callable[[str, str], None]) -> None:
    """Join ``person:NAME`` and ``org:NAME`` into the draft with more name mentions; on a tie
    the person stays when a title or a gender shows it is one, else the organisation."""
    drafts = names.drafts
    for key in [k for k in drafts if k.startswith("person:")]:
        name = key[len("person:") :]
        other = f"org:{name}"
        if len(name.split()) < 2 or key not in drafts or other not in drafts:
            continue
        person, org = drafts[key], drafts[other]
        if _named(person) > _named(org) or (
            _named(person) == _named(org) and (person.title or person.gender)
        ):
            merge(other, key)
        else:
            merge(key, other)


def _named(draft: Draft) -> int:
    return sum(1 for m in draft.mentions if m.kind == "name")
