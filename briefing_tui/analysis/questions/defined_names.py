"""Naming "the new law" of a question by the one name the article gave such a thing.

"A group sued over the Safe Streets Act ... Would the courts uphold the new law?"
asks about the act the article named: "Would the courts uphold the Safe Streets
Act?". A bare "the law", "the rules" or "the plan" is named by an earlier proper
name whose head is a word of the same kind ("Act", "Rule", "Plan"), only when the
article names exactly one such thing before it and tells of no other one of the
same noun ("a 1990 law", "a plan to build a bridge"): else the reference stays
as it is, and the vague-reference veto holds it back where it is a shell noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The heads of a name that may stand for a bare common noun ("the law": "the X Act").
NAME_HEADS: dict[str, frozenset[str]] = {
    "law": frozenset({"act", "law", "code", "statute"}),
    "act": frozenset({"act"}),
    "rule": frozenset({"rule", "rules", "regulation", "regulations", "standard", "plan"}),
    "regulation": frozenset({"regulation", "regulations", "rule", "rules"}),
    "plan": frozenset({"plan", "programme", "program", "strategy", "scheme"}),
    "program": frozenset({"program", "programme", "plan", "scheme"}),
    "programme": frozenset({"program", "programme", "plan", "scheme"}),
    "scheme": frozenset({"scheme", "plan", "programme", "program"}),
    "treaty": frozenset({"treaty", "accord", "agreement", "convention"}),
    "agreement": frozenset({"agreement", "accord", "treaty", "pact"}),
}
#: How many tokens back the name may sit.
LOOK_BACK = 2000
#: The most words a name may bring into a question.
MAX_NAME_WORDS = 8
#: How a word tells which one of a noun it is ("a 1990 law", "the state's plan").
_TELLING = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
#: Prepositions and clauses that say which one a noun is ("a plan to build a bridge").
_DEFINING = frozenset({"on", "of", "against", "for", "to"})


def _name_at(token: Token) -> str | None:
    """The proper name ``token`` ends ("the Safe Streets Act", "the agency's Clean Air
    Plan"), with its owner and "the"; None when ``token`` ends no name of two words or more."""
    if token.pos_ != "PROPN" or not token.is_title:
        return None
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN":
        return None  # "the Clean Air Act Committee": the name goes on
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    if not words or any(not w.is_title and not w.like_num for w in words):
        return None
    first = min(w.left_edge.i for w in words)
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    doc = token.doc
    if owner is not None:
        start = owner.left_edge.i
        if doc[start].lower_ in {"a", "an", "the"}:
            start += 1
        name = doc[start : token.i + 1].text
        if doc[start].pos_ != "PROPN" or (start > 0 and doc[start - 1].lower_ == "the"):
            name = "the " + name  # "the agency's Clean Air Plan", "the EPA's Clean Air Plan"
    else:
        name = "the " + doc[first : token.i + 1].text
    inside = doc[first : token.i]
    if len(name.split()) > MAX_NAME_WORDS or any(t.is_punct for t in inside):
        return None
    return name


#: What closes a sentence of the body; a line without it is a headline.
_CLOSING = frozenset({".", "!", "?", "”", '"', "’", "'", ")"})


def _headline(token: Token) -> bool:
    """Whether ``token`` sits in a line with no closing punctuation (a headline)."""
    words = [t for t in token.sent if not t.is_space]
    return bool(words) and words[-1].text not in _CLOSING


def _tells_another(token: Token, name: Token | None) -> bool:
    """Whether a common-noun mention says which one it is by itself ("a 1990 law", "a plan
    to build a bridge"), unless it stands beside the name as its apposition."""
    if name is not None and (token.head == name or any(c == token for c in name.children)):
        return False
    if any(c.dep_ in _TELLING and c.lower_ not in _PLAIN for c in token.children):
        return True
    return any(
        (c.dep_ == "prep" and c.lower_ in _DEFINING) or c.dep_ in {"relcl", "acl"}
        for c in token.children
    )


#: Adjectives that tell no more than "the" ("the new law").
_PLAIN = frozenset({"new", "current", "proposed", "federal", "national", "state", "planned"})


def defined_name(noun: Token) -> str | None:
    """The one name the article gave, before ``noun``, to a thing of ``noun``'s kind ("the
    Safe Streets Act" for "the law"), or None when there is none, or another is told."""
    heads = NAME_HEADS.get(noun.lemma_.lower())
    if heads is None or noun.pos_ != "NOUN":
        return None
    doc = noun.doc
    names: dict[str, Token] = {}
    others: list[Token] = []
    for token in doc[max(0, noun.i - LOOK_BACK) : noun.i]:
        if token.pos_ == "PROPN" and token.lower_ in heads:
            name = _name_at(token)
            if name is not None:
                names.setdefault(name.lower(), token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() == noun.lemma_.lower():
            others.append(token)
    if len(names) != 1:
        return None  # none, or two named things of one kind: which one is meant?
    (head,) = names.values()
    # "Banks fight new capital rules": a headline sums up, it tells no other one
    if any(_tells_another(t, head) for t in others if not _headline(t)):
        return None  # "a 1990 law" besides "the Safe Streets Act"
    return _name_at(head)
