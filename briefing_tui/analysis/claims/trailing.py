"""A cue after what it reports ("A, but B, the minister said"): it vouches for all of it.

A sentence that ends on its cue reports every clause before it. The parse may hang
two clauses joined by "and" or "but" on the cue side by side ("The firm lost money,
but it will recover, she said": "lost" and "recover" both complements of "said"),
and the content then runs from the first to the last; and a clause of another
speaker inside that stretch ("Prices rose, and the bank expects more, analysts
said") does not cut it: the one who speaks last said all of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.draft import Draft, subtree_range

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Conjunctions that join two reported clauses into one statement.
_JOINERS = frozenset({"and", "but"})


def first_joined_clause(verb: Token, clause: Token, start: int) -> int:
    """Where a content before its cue starts when earlier complements of the cue are
    joined to it by "and" or "but" ("The firm lost money, but it will recover, she
    said"): the first such complement's start, or ``start`` unchanged.

    Each earlier complement must have its own subject, end right where the next
    begins (only a comma and its joining word between), and own that joining word.
    """
    if clause.i > verb.i:
        return start
    doc = verb.doc
    earlier = sorted(
        (c for c in verb.children if c.dep_ == "ccomp" and c.i < clause.i),
        key=lambda c: c.i,
        reverse=True,
    )
    for other in earlier:
        if not _has_subject(other) or not _has_subject(clause):
            break
        first, last = subtree_range(other)
        gap = doc[last:start]
        if any(not (t.is_punct or t.dep_ == "cc") for t in gap) or any(
            t.text not in {",", ";"} for t in gap if t.is_punct
        ):
            break
        joiners = [g for g in other.children if g.dep_ == "cc" and g.i > other.i]
        joiners += [t for t in gap if t.dep_ == "cc"]
        if not joiners or joiners[-1].lower_ not in _JOINERS:
            break
        start = first
    return start


def _has_subject(clause: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)


def vouches_for_all_before(outer: Draft) -> bool:
    """Whether a claim's cue comes after its whole content, as a trailing "..., she said"
    does: it reports the whole stretch before it, a clause of another speaker inside
    included, and that clause does not cut it."""
    return outer.cue_span is not None and outer.cue_span[0] >= outer.content[1]
