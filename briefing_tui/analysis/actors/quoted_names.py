"""Names given in quotation marks, and their clipped forms: 'a user labelled "Anonymous"' names
an actor the model does not see, and a lone "Anon" is that actor's short form.

A quoted name counts only after a noun for someone who acts ("user", "group", "hacker") and
a verb of naming ("labelled", "called", "dubbed", "known as"): "a film called "Dune"" names a
work, no actor. A clipped form is a capitalised word of three letters or more that begins
the one-word name of exactly one organisation or group, and names no place the gazetteer
knows (and no organisation the article names more than once: "Apple" beside "Applebee").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.spans import gazetteer_place
from briefing_tui.analysis.doctext import doc_text, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefing_tui.analysis.actors.drafts import Draft, Names
    from briefing_tui.analysis.actors.lexicon import Gazetteer

#: Nouns for someone who acts that a quoted name may follow.
AGENT_NOUNS = frozenset(
    {
        "user",
        "users",
        "group",
        "collective",
        "hacker",
        "hackers",
        "activist",
        "activists",
        "movement",
        "network",
        "account",
        "blogger",
        "poster",
        "organisation",
        "organization",
    }
)
_QUOTED = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:labell?ed|called|dubbed|named|known as|calling (?:itself|themselves))"
    r"\s+[\"“](?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){0,3})[\"”]"
)
#: Tags of a clipped form the model took for a noun ("Nulls" read as a plural).
NOUN_TAGS = frozenset({"NNP", "NNPS", "NNS"})
#: The fewest letters a clipped form has.
MIN_CLIPPED = 3


def add_quoted_names(doc: Doc, names: Names, gaz: Gazetteer) -> None:
    """Record each quoted name after an agent noun and a verb of naming as a group actor,
    then join the clipped forms of one-word organisation and group names to them."""
    text = doc_text(doc)
    taken = [(m.start, m.end) for d in names.drafts.values() for m in d.mentions]
    for found in _QUOTED.finditer(text):
        if found.group("noun") not in AGENT_NOUNS:
            continue
        start, end = found.span("name")
        if any(s < end and start < e for s, e in taken):
            continue
        span = doc.char_span(start, end)
        if span is None:
            continue
        name = found.group("name")
        draft = names.draft(f"group:{name}", "group", name)
        draft.add(start, end, name, "name", span.root.i)
        taken.append((start, end))
    join_clipped_names(names, gaz)
    _add_clipped_words(doc, names, gaz)


def join_clipped_names(names: Names, gaz: Gazetteer) -> None:
    """Move each one-word draft that clips exactly one organisation's or group's one-word
    name ("Anon" for "Anonymous") into that draft."""
    drafts = names.drafts
    full = {
        d.name: key
        for key, d in drafts.items()
        if d.kind in ("organisation", "group") and " " not in d.name and d.name[:1].isupper()
    }
    for key in list(drafts):
        draft = drafts.get(key)
        if draft is None or not _clippable(draft, gaz):
            continue
        longer = [
            k for name, k in full.items() if name != draft.name and name.startswith(draft.name)
        ]
        if len(longer) != 1 or longer[0] == key or longer[0] not in drafts:
            continue
        target = drafts[longer[0]]
        target.mentions.extend(draft.mentions)
        target.heads.extend(draft.heads)
        target.speeches += draft.speeches
        del drafts[key]


def _add_clipped_words(doc: Doc, names: Names, gaz: Gazetteer) -> None:
    """A capitalised noun outside every entity and mention that clips exactly one
    organisation's or group's one-word name ("Nulls declares war" after a group calling
    itself "Nullsec")."""
    quoted = {
        d.name: d
        for d in names.drafts.values()
        if d.kind in ("organisation", "group") and " " not in d.name and not d.name.isupper()
    }
    if not quoted:
        return
    taken = [(m.start, m.end) for d in names.drafts.values() for m in d.mentions]
    for token in tokens_where(doc[:], "tags", NOUN_TAGS):
        word = token.text
        if token.tag_ not in NOUN_TAGS or token.ent_iob_ != "O" or len(word) < MIN_CLIPPED:
            continue
        if not word[:1].isupper() or word.isupper() or gazetteer_place(word, gaz):
            continue
        longer = [d for name, d in quoted.items() if name != word and name.startswith(word)]
        start, end = token.idx, token.idx + len(token)
        if len(longer) != 1 or any(s < end and start < e for s, e in taken):
            continue
        longer[0].add(start, end, word, "name", token.i)
        taken.append((start, end))


def _clippable(draft: Draft, gaz: Gazetteer) -> bool:
    name = draft.name
    if draft.kind == "organisation" and len(draft.mentions) > 1:
        return False  # "Apple" written often beside "Applebee": two companies
    return (
        draft.kind != "person"
        and " " not in name
        and len(name) >= MIN_CLIPPED
        and name[:1].isupper()
        and not name.isupper()
        and not gazetteer_place(name, gaz)
    )
