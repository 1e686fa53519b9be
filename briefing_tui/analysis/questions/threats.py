"""Whether a condition's outcome is a concrete act a named party threatens or promises.

"If a joint commission confirmed the release, Kazakhstan would seek compensation"
hangs a named party's own act on a condition: a threat the story leaves open, even
though "a joint commission" is indefinite. "If a company fails, its shares fall"
has no named party acting: a general rule. The outcome's verb must be one of
``threatened_acts`` and its subject a named actor (a name, not a pronoun or a
common noun), and the outcome must not be negated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Token

#: Entity types of a party that can act on its own threat.
_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def named_party_acts(target: Token, subject: Token | None, actors: Container[int]) -> bool:
    """Whether ``target`` (the outcome of a condition) is a concrete act of the named
    actor ``subject``: "Kazakhstan would seek compensation" (``actors`` holds the token
    indices of the article's actors)."""
    if subject is None or subject.i not in actors:
        return False
    if subject.ent_type_ not in _PARTIES or subject.pos_ != "PROPN":
        return False
    if is_negated(target):
        return False
    verb = target
    # "would move to block the sale", "would try to recall": the act is the complement
    while verb.lemma_.lower() not in lemma_set("threatened_acts"):
        xcomp = next(
            (
                c
                for c in verb.children
                if c.dep_ == "xcomp"
                or (c.dep_ == "advcl" and any(a.tag_ == "TO" for a in c.children))
            ),
            None,
        )
        if xcomp is None:
            return False
        verb = xcomp
    return True
