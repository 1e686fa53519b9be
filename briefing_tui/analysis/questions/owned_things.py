"""Naming "the plant" by the owner the article introduced it with.

"Halvard Pharma declined to say when the plant might reopen" asks "When will
the plant reopen?", which needs the article. When the article brought the thing
in once, indefinitely, with its owner or operator ("a plant in Drossia run by
Halvard Pharma", "a refinery owned by Talvik Oil"), and spoke of no other thing
of that kind before the question's sentence, "the plant" is that owner's plant:
"When will Halvard Pharma's plant reopen?". Two such things, or one brought in
without its owner, leave it as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Participles that say who has a thing ("a plant run by ...", "a mine operated by ...").
_OWNING_VERBS = frozenset({"run", "own", "operate", "manage"})
#: Words a proper owner's name is built from ahead of its head.
_NAME_DEPS = frozenset({"compound", "flat"})


def _only_the(noun: Token) -> bool:
    """Whether ``noun`` is said with "the" and nothing else before it."""
    left = [c for c in noun.children if c.i < noun.i]
    return len(left) == 1 and left[0].dep_ == "det" and left[0].lower_ == "the"


def _indefinite(noun: Token) -> bool:
    """Whether ``noun`` is brought in with "a" or "an"."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


def _owner(noun: Token) -> str | None:
    """The proper name after "run by", "owned by" or "operated by" on ``noun``, or None."""
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _OWNING_VERBS:
            continue
        for agent in verb.children:
            if agent.dep_ != "agent":
                continue
            names = [c for c in agent.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if len(names) != 1:
                return None
            name = names[0]
            words = [t for t in name.lefts if t.dep_ in _NAME_DEPS and t.pos_ == "PROPN"]
            return " ".join(t.text for t in [*words, name])
    return None


def introduced_owner(noun: Token) -> str | None:
    """ "Halvard Pharma’s plant" for a bare "the plant" the article brought in once as "a
    plant ... run by Halvard Pharma", or None when it is not so brought in or another
    thing of its kind is spoken of before it."""
    if noun.pos_ != "NOUN" or not _only_the(noun):
        return None
    lemma = noun.lemma_.lower()
    earlier = [
        t
        for t in noun.doc[: noun.sent.start]
        if t.pos_ == "NOUN" and t.lemma_.lower() == lemma and t.dep_ != "compound"
    ]
    if not earlier or not _indefinite(earlier[0]) or earlier[0].tag_ != noun.tag_:
        return None
    if any(not _only_the(t) for t in earlier[1:]):
        return None  # "another plant", "its plants": more than the one brought in
    owner = _owner(earlier[0])
    return f"{owner}’s {noun.text}" if owner is not None else None
