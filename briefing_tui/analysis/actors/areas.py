"""A district by its bare name: "Eastgate" beside "Brennock's Eastgate district" is one place.

A one-word place whose word comes right before an area noun ("district", "ward", "county":
``lexicon/actors/place_words.tsv``) in exactly one other place's name is that place, and
its mentions join it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_tui.analysis.actors.drafts import Draft
    from briefing_tui.analysis.actors.lexicon import Lexicon


def join_area_names(drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """The drafts with each one-word place joined to the one area whose name it opens
    before the area noun; the joined drafts left out."""
    areas: dict[str, list[Draft]] = {}
    for draft in drafts:
        if draft.kind != "place":
            continue
        for mention in draft.mentions:
            words = mention.text.replace("’s", "'s").split()
            if len(words) >= 2 and words[-1] in lex.area_nouns:
                areas.setdefault(words[-2], []).append(draft)
                break
    joined: set[int] = set()
    for draft in drafts:
        names = {m.text for m in draft.mentions if m.kind == "name"}
        if draft.kind != "place" or len(names) != 1:
            continue
        word = names.pop()
        into = [d for d in areas.get(word, []) if d is not draft]
        if len(into) != 1:
            continue
        into[0].take_mentions(draft)
        joined.add(id(draft))
    return [d for d in drafts if id(d) not in joined]
