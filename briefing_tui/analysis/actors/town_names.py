"""Towns that organisations are named after: "Brennick" beside "Brennick General Hospital"
and "the Brennick Courier". The model labels the bare town an organisation or a person now
and then ("a shooting in Brennick", "the first strike at Brennick General"); a name of one
or two words that opens a longer organisation's or place's name (more than its own name
and a head word: "Freedom Magazine" is the magazine's), never speaks, holds no
title, is no person's first name and surname, and is written somewhere as a place's ("in
Brennick", "Brennick residents") is that town: a place, shown only if it acts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.actors.places import place_evidence
from briefing_tui.model import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefing_tui.analysis.actors.drafts import Draft
    from briefing_tui.analysis.actors.lexicon import Lexicon

#: The most words a town's name is read to have.
MAX_WORDS = 2
#: The kinds the model takes a town for.
TAKEN_KINDS = frozenset({ActorKind.ORGANISATION, ActorKind.PERSON})
#: The kinds of the longer names a town opens.
NAMED_KINDS = frozenset({ActorKind.ORGANISATION, ActorKind.PLACE})


def retype_town_names(doc: Doc, drafts: list[Draft], lex: Lexicon) -> None:
    """Make a place of each organisation or person draft that is a town other actors'
    names are named after."""
    longer = {
        m.text
        for d in drafts
        if d.kind in NAMED_KINDS
        for m in d.mentions
        if m.kind == "name" and len(m.text.split()) >= 2
    }
    heads_only = lex.media_heads | lex.org_heads
    for draft in drafts:
        if draft.kind not in TAKEN_KINDS or draft.speeches or draft.title:
            continue
        words = draft.name.split()
        if not words or len(words) > MAX_WORDS or words[0].lower() in first_names():
            continue
        opening = f"{draft.name} "
        named_after = [name[len(opening) :].split() for name in longer if name.startswith(opening)]
        # "Freedom" beside "Freedom Magazine" is the magazine's short name, no town
        if all(all(w.lower() in heads_only for w in rest) for rest in named_after):
            continue
        heads = [
            h
            for m, h in zip(draft.mentions, draft.heads, strict=True)
            if m.kind == "name" and 0 <= h < len(doc)
        ]
        if any(place_evidence(doc[h], lex) for h in heads):
            if draft.kind == ActorKind.PERSON:  # "he" and "she" were a person's, not a town's
                kept = [
                    (m, h)
                    for m, h in zip(draft.mentions, draft.heads, strict=True)
                    if m.kind != "pronoun"
                ]
                draft.mentions = [m for m, _ in kept]
                draft.heads = [h for _, h in kept]
            draft.kind = ActorKind.PLACE
