"""Parties under their nicknames: "the GOP", "Republicans" and "the Republican Party" are one
actor, and so are "Dems" and "Democrats", "Tories" and "the Conservatives".

The names of one party are data (``lexicon/actors/party_names.tsv``): a nickname is no
word the article could build from the party's name, so no rule finds it. Forms are matched
as written, capitals and all ("republicans" in lower case is no party).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from briefing_tui.analysis.actors.drafts import Names
from briefing_tui.analysis.actors.lexicon import load_table, load_words

#: Capitalised words a party's name may follow and stay the party: an article, or a chamber
#: its members sit in ("House Republicans", "Senate Democrats").
OPEN_WORDS = frozenset({"The", "A", "House", "Senate", "Congressional"})


@cache
def party_families() -> dict[str, str]:
    """Each form of a party's name, as written, to its family ("GOP" -> "republican")."""
    return {row[1]: row[0] for row in load_table("party_names.tsv") if len(row) >= 2}


@cache
def party_heads() -> frozenset[str]:
    """Last words of the names of parties and blocs ("Party", "Alliance", "Front")."""
    return load_words("party_heads.txt")


def join_party_names(text: str, names: Names, merge: Callable[[str, str], None]) -> None:
    """Join the drafts named by forms of one party: into its organisation's draft (the one
    with the most words in its name: "Republican Party" before "GOP"), else into the draft
    with the most mentions. A form written after another capitalised word is part of a
    longer name ("the Neo Democrats" read as "Democrats"), and its draft stays apart."""
    families = party_families()
    found: dict[str, list[str]] = {}
    for key, draft in names.drafts.items():
        if not key.startswith(("org:", "group:")):
            continue
        family = families.get(_bare(draft.name))
        if family is not None and not any(_after_capital(text, m.start) for m in draft.mentions):
            found.setdefault(family, []).append(key)
    for keys in found.values():
        if len(keys) < 2:
            continue
        target = max(keys, key=lambda k: _rank(names, k))
        for key in keys:
            if key != target and key in names.drafts:
                merge(key, target)


def _after_capital(text: str, start: int) -> bool:
    """Whether the word before ``start`` is capitalised (and not "The")."""
    words = text[max(0, start - 40) : start].split()
    if not words or text[start - 1 : start] not in (" ", "-"):
        return False
    word = words[-1]
    return word[:1].isupper() and word.isalpha() and word not in OPEN_WORDS


def _bare(name: str) -> str:
    """A name without the article before it ("the Tories" is "Tories")."""
    for article in ("the ", "The "):
        if name.startswith(article):
            return name[len(article) :]
    return name


def _rank(names: Names, key: str) -> tuple[bool, int, int]:
    draft = names.drafts[key]
    return (key.startswith("org:"), len(draft.name.split()), len(draft.mentions))
