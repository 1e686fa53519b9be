"""One-word "organisations" the article's own place names show to be places: "the Orla"
written after "the Orla River" is the river, not an organisation of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefing_tui.analysis.actors.drafts import Names
    from briefing_tui.analysis.actors.facts import ArticleFacts


def join_place_openers(facts: ArticleFacts, names: Names, join: Callable[[str, str], None]) -> None:
    """Move each one-word organisation that never speaks and opens the article's one
    two-word name of a river, lake or other natural feature ("Orla" and "the Orla River")
    into that place: "The Orla has shifted its course" is the river."""
    drafts = names.drafts
    nature = facts.lex.nature_heads
    features: dict[str, list[str]] = {}
    for key in drafts:
        words = key[6:].split() if key.startswith("place:") else []
        if len(words) == 2 and words[1].istitle() and words[1].lower() in nature:
            features.setdefault(words[0], []).append(key)
    for key in [k for k in drafts if k.startswith("org:")]:
        found = features.get(key[4:], [])
        if len(found) == 1 and not drafts[key].speeches:
            join(key, found[0])
