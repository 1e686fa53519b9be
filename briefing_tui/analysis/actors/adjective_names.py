"""Names the article writes only as adjectives: "the Nordic market for cartons", "the market
is not Nordic". The model labels such a word a place or an organisation now and then, but a
word that only ever describes a noun or stands as a predicate adjective acts in nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefing_tui.analysis.actors.drafts import Draft

#: Dependencies of an adjective: describing a noun, or the predicate after a copula.
ADJECTIVE_DEPS = frozenset({"amod", "acomp"})


def adjective_only(doc: Doc, draft: Draft) -> bool:
    """Whether every mention of the draft is one word the parse reads as an adjective
    describing a noun or standing as a predicate ("the Nordic market", "is not Nordic")."""
    if not draft.mentions or any(" " in m.text for m in draft.mentions):
        return False
    heads = [doc[h] for h in draft.heads if 0 <= h < len(doc)]
    if len(heads) != len(draft.mentions) or any(m.kind != "name" for m in draft.mentions):
        return False
    return all(t.tag_ == "JJ" and t.dep_ in ADJECTIVE_DEPS for t in heads)
