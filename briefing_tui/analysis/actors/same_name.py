"""One name, one actor: a name of two words or more recorded both as a person's and as an
organisation's (the model labelled one of its mentions otherwise: "Civic Passion" once a
person) is one actor, of the kind most of its mentions were given. A one-word name so
recorded ("Vantix, a drone maker, said ... Vantix shares fell") is the organisation's
unless something shows a person: a first name, a title, a gender, a personal pronoun.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.gender import first_names

if TYPE_CHECKING:
    from briefing_tui.analysis.actors.drafts import Draft, Names


def join_same_names(names: Names, merge: Callable[[str, str], None]) -> None:
    """Join ``person:NAME`` and ``org:NAME`` into the draft with more name mentions; on a tie
    the person stays when a title or a gender shows it is one, else the organisation."""
    drafts = names.drafts
    for key in [k for k in drafts if k.startswith("person:")]:
        name = key[len("person:") :]
        other = f"org:{name}"
        if key not in drafts or other not in drafts:
            continue
        person, org = drafts[key], drafts[other]
        if len(name.split()) < 2:
            if not _bare_word(person, name):
                continue
            merge(key, other)
            continue
        if _named(person) > _named(org) or (
            _named(person) == _named(org) and (person.title or person.gender)
        ):
            merge(other, key)
        else:
            merge(key, other)


def _bare_word(person: Draft, name: str) -> bool:
    """Whether a one-word person's draft shows nothing of a person: no first name of the
    name list, no title, no gender, no pronoun."""
    if person.title or person.gender or name.lower() in first_names():
        return False
    return all(m.kind != "pronoun" for m in person.mentions)


def _named(draft: Draft) -> int:
    return sum(1 for m in draft.mentions if m.kind == "name")
