"""A couple by its family name: "the parents" and "the couple" are the one pair the article
names by a family name in the plural ("the Vales" after "Tom Vale" and "Rita Vale").

Only when the article has exactly one such pair; a noun with more after it ("the parents of
the pupils") or a possessor ("her parents") may mean others and stays unresolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_text, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft, Names

#: Nouns that name two people together.
PAIR_NOUNS = frozenset({"parents", "couple"})


def add_pair_descriptions(doc: Doc, names: Names) -> None:
    """Record "the parents", "the couple" (and a headline's "Parents") as mentions of the one
    family named in the plural, when the article names exactly one."""
    shared = _shared_surnames(names)
    families = [d for d in names.drafts.values() if _family_pair(d, shared)]
    if len(shared) != 1 or len(families) != 1:
        return
    family = families[0]
    taken = [(m.start, m.end) for d in names.drafts.values() for m in d.mentions]
    for token in tokens_where(doc[:], "lowers", PAIR_NOUNS):
        if token.lower_ not in PAIR_NOUNS or not _plain_description(token):
            continue
        start = token.idx
        first = token.i
        if first > 0 and doc[first - 1].lower_ == "the":
            start = doc[first - 1].idx
        end = token.idx + len(token)
        if any(s < end and start < e for s, e in taken):
            continue
        family.add(start, end, doc_text(doc)[start:end], "description", token.i)
        taken.append((start, end))


def _shared_surnames(names: Names) -> set[str]:
    """The last names that two or more of the article's named people bear."""
    seen: dict[str, int] = {}
    for draft in names.drafts.values():
        words = draft.name.split()
        if draft.kind == "person" and len(words) >= 2:
            seen[words[-1]] = seen.get(words[-1], 0) + 1
    return {surname for surname, count in seen.items() if count >= 2}


def _family_pair(draft: Draft, shared: set[str]) -> bool:
    """A group named by a shared family name in the plural ("Vales", "Mosses")."""
    name = draft.name
    if draft.kind != "group" or not name.endswith("s") or " " in name:
        return False
    return name[:-1] in shared or (name.endswith("es") and name[:-2] in shared)


def _plain_description(token: Token) -> bool:
    """ "the parents", or "Parents" opening a sentence (a headline): nothing more after it
    that could make it someone else's ("the parents of the pupils"), no possessor."""
    deps = {c.dep_ for c in token.children}
    if deps & {"poss", "prep", "relcl", "nummod", "amod"}:
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_ == "the":
        return "acl" not in deps
    # a headline's "Parents charged after ...": its verb may hang on the noun
    return token.is_sent_start and token.text[:1].isupper() and token.tag_ == "NNS"
