"""Rival owners of an "its" (another body its sentence names before it) and rival
antecedents of an "it" (a thing named between the actor and it).

"leaving the government dependent on Acme for its majority", "an industry that sends a third
of its exports", "the union gave the agency ten days to meet its demands": when the sentence
names another body before the "its" (an actor, or a noun for a body nobody is named for),
the grammar alone does not show whose it is, and the "its" is left unresolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from spacy.tokens import Token

#: Nouns for a body that may own things, besides the head nouns of organisation names.
BODY_NOUNS = frozenset({"industry", "sector", "government", "state", "country", "nation"})

#: Dependencies of a noun standing as an argument (a possible owner), not a modifier.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos"})


def rival_owner(
    its: Token,
    owner: int,
    owner_key: str,
    body_nouns: frozenset[str],
    key_of: Callable[[int], str | None],
    bodies: Iterable[int],
    aside: Callable[[Token], bool],
) -> bool:
    """Whether the sentence of ``its`` names a body other than ``owner_key`` before it.

    ``owner`` is the head token of the chosen owner's mention; ``key_of`` gives the actor a
    token heads a mention of (None when it heads none); ``bodies`` are the head tokens of the
    sentence's mentions of organisations and countries, resolved so far; ``body_nouns`` the
    nouns for a body ("ministry", "party"); ``aside`` tells a word that cannot own the "its"
    wherever it stands (one in a clause closed before it, a place that only locates).
    """
    sent = its.sent
    owner_token = its.doc[owner]
    if bound_by_subject(its, owner):
        return False
    for index in bodies:
        rival = sent.start <= index < its.i and key_of(index) not in (None, owner_key)
        if rival and not aside(its.doc[index]):
            return True
    for word in its.doc[sent.start : its.i]:
        if word.i == owner or word.tag_ not in ("NN", "NNP") or word.dep_ not in ARGUMENT_DEPS:
            continue
        lemma = word.lemma_.lower()
        if lemma not in body_nouns and lemma not in BODY_NOUNS:
            continue
        if key_of(word.i) is not None or not word.is_lower or aside(word):
            continue  # a name, or a description already given to an actor
        if word.dep_ == "appos" and word.head.i == owner:
            continue  # "Acme, a company that ...": the owner itself
        if any(
            child.dep_ in ("poss", "compound", "nmod")
            and (child.i == owner or child.is_ancestor(owner_token))
            for child in word.children
        ):
            continue  # "Belmark's government": the owner's own body
        if any(child.dep_ == "det" for child in word.children) or word.dep_ == "nsubj":
            return True
    return False


def bound_by_subject(its: Token, owner: int) -> bool:
    """Whether ``owner`` is the subject of the clause that holds ``its``, through clauses
    without a subject of their own ("Acme dropped its plans", "Acme offered to host talks in
    its capital"): the owner the grammar gives first."""
    word = its.head
    while True:
        if word.i == owner:
            return True  # "Acme, which ..., offered to host talks in its capital", parsed
            # with the verb hung on the name
        if word.pos_ in ("VERB", "AUX"):
            subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return any(s.i == owner for s in subjects)
            if word.dep_ == "relcl":
                return False  # "an industry that sends a third of its exports"
        if word.head.i == word.i:
            return False
        word = word.head


def thing_between(
    it: Token,
    start: int,
    key_of: Callable[[int], str | None],
    person_nouns: frozenset[str],
    statement_nouns: frozenset[str],
) -> bool:
    """Whether an "it" that is the subject of a side clause ("unless it pays", "the moment it
    reaches her desk", "the urgency it deserves") may be a thing the clause hangs on, named
    after the actor (head token ``start``): the object of the verb the clause qualifies
    ("would sue the city's utility unless it pays") or the noun it qualifies. Then the grammar
    alone does not tell which is "it". A noun for a statement is no rival: "a statement that it
    would appeal" holds what was said.
    """
    clause = it.head
    if it.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("advcl", "relcl", "acl"):
        return False
    anchor = clause.head
    things = [anchor] if anchor.pos_ == "NOUN" else []
    verb = anchor.head if anchor.pos_ == "NOUN" else anchor
    things += [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        start < word.i < it.i
        and word.tag_ == "NN"
        and any(c.dep_ in ("det", "poss") for c in word.children)
        and word.lemma_.lower() not in person_nouns
        and word.lemma_.lower() not in statement_nouns
        and key_of(word.i) is None
        for word in things
    )
