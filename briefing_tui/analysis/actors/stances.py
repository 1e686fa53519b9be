"""Groups named by where they stand on an actor: "critics of Acme", "opponents of the plan".

The name inside such a phrase is not a mention of its actor (the critics of a church are
not the church). The phrase is a group of its own when it acts, the subject of its clause,
and the name is one word ("Critics of Acme said ..."): named in full, its mention is the
group's own words ("Critics"). A longer name's head ("the Department of ...") is left for
the descriptions of its own actor ("the department"). The nouns are data:
``lexicon/actors/stance_nouns.txt``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import load_words
from briefing_tui.analysis.doctext import doc_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Names

#: Dependencies of a phrase that acts in its clause.
ACTING_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Words left out of the front of a group's name.
LEADING_WORDS = frozenset({"the", "some", "many", "several", "other", "most", "all"})


@cache
def stance_nouns() -> frozenset[str]:
    """Plural nouns naming people by their stance on an actor (``stance_nouns.txt``)."""
    return load_words("stance_nouns.txt")


def add_stance_groups(doc: Doc, names: Names) -> None:
    """Take the names inside "critics of X" phrases away from X; make each such phrase that
    is a clause's subject a group of its own."""
    nouns = stance_nouns()
    for token in (doc[i] for i, lower in enumerate(doc_words(doc).lowers) if lower in nouns):
        if token.lower_ not in nouns or token.tag_ not in ("NNS", "NNPS"):
            continue
        target = _object_of(token)
        if target is None:
            continue
        start, end = target.left_edge.idx, target.right_edge.idx + len(target.right_edge)
        taken = False
        for draft in names.drafts.values():
            before = len(draft.mentions)
            draft.remove_within(start, end)
            taken = taken or len(draft.mentions) < before
        if taken and token.dep_ in ACTING_DEPS and target.left_edge.i == target.i:
            first = token
            while first.i > token.left_edge.i and first.nbor(-1).lower_ not in LEADING_WORDS:
                first = first.nbor(-1)
            text = doc[first.i : target.right_edge.i + 1].text
            # the mention is the group's own words: the name after "of" is its actor's
            own = doc[first.i : token.i + 1]
            draft = names.draft(f"group:{text}", "group", text)
            draft.add(own.start_char, own.end_char, own.text, "description", token.i)


def _object_of(token: Token) -> Token | None:
    """The noun after "of" that ``token`` governs ("critics of [Acme]"), if it is a name."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    return obj
    return None
