"""A description by age or origin as a speaker: the person the article has just named.

"Susan Marek ... The 54-year-old engineer said", "Katya Renn ... the 24-year-old
said", "Katya Renn will face a hearing, as the Velmoran athlete insisted": news copy
goes on about the person just named with a definite description that gives their age
("the 24-year-old", "the 61-year-old former teacher") or where they come from (a
capitalised word before a person noun: "the Velmoran athlete"). Such a description is
the person mentioned last before it when all of these hold: it is definite and
singular; its head is the age itself, a noun after the age that names no body
("the 54-year-old engineer", not "the 40-year-old company": ``lexicon/actors/
org_heads.txt``) or a party member ("the 61-year-old Republican"); without an age, the
head is a person noun (``lexicon/actors/person_cues.tsv`` nouns, ``lexicon/claims/
person_roles.txt``) and every word before it gives an origin; that person
is the only person mentioned before it in its paragraph (or, when its paragraph
mentions nobody before it, in the paragraph before, or past up to two quoted
paragraphs that name nobody), not even by a pronoun; a body named only in a clause
on the description ("The 63-year-old, who ran the unit at Port Aldine Hospital,")
does not stand in the way; and no
one was introduced with the same noun ("a 30-year-old man") after the person was
first named, nor is the person given another party ("the 50-year-old Republican"
is not "Rep. Jane Doe (D-Ohio)"). Otherwise nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from briefing_tui.analysis.claims.chain import person_nouns
from briefing_tui.analysis.claims.epithets import (
    body_nouns,
    is_party_member,
    is_party_word,
    party_fits,
    someone_new,
)
from briefing_tui.analysis.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

    from briefing_tui.model import Actor

#: Determiners of a description that points back to someone named.
_DEFINITE = frozenset({"the", "this", "that"})
#: Dependencies of the words that describe a noun before it.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "nummod"})
#: Units of an age written as a compound adjective ("24-year-old", "six-month-old").
_AGE_UNITS = frozenset({"year", "month", "week"})


class Mentions(Protocol):
    """What this module needs of the claims' actor index."""

    def person(self, actor_id: str) -> Actor | None: ...

    def people_in(self, start: int, end: int) -> frozenset[str]: ...

    def latest_person(self, start: int, end: int) -> str | None: ...


def _is_age(token: Token) -> bool:
    """Whether ``token`` is the "old" of an age ("24-year-old")."""
    if token.lower_ != "old":
        return False
    return any(c.lemma_.lower() in _AGE_UNITS for c in token.children if c.i < token.i)


def _modifiers(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ in _MODIFIER_DEPS and c.i < head.i]


def _gives_origin(token: Token) -> bool:
    """A capitalised single word before a person noun, not a name of its own: "Velmoran",
    "French" ("the Velmoran athlete")."""
    if not token.text[:1].isupper() or token.i == token.sent.start or is_party_word(token):
        return False  # "the Republican lawmaker": a party, not an origin
    return token.pos_ in {"ADJ", "PROPN"} and not any(True for _ in token.children)


def _origin_and_person(head: Token, noun: str, modifiers: list[Token]) -> bool:
    """ "the Velmoran athlete": a person noun after words that all give an origin."""
    if noun not in person_nouns() and not is_party_member(head):
        return False
    return bool(modifiers) and all(_gives_origin(m) for m in modifiers)


#: How many quoted paragraphs that name nobody a description may look past.
_QUOTE_PARAGRAPHS = 2
#: Marks that open a quotation.
_OPENING_MARKS = "\"\u201c\u2018'\u00ab"


def _opens_quote(text: str, start: int) -> bool:
    """Whether the paragraph starting at ``start`` opens with a quotation mark."""
    return text[start : start + 1] in tuple(_OPENING_MARKS)


def _paragraph_before(text: str, at: int) -> int:
    """Where the paragraph before the one holding ``at`` starts."""
    start = text.rfind("\n", 0, at) + 1
    back = start - 1
    while back > 0 and text[back - 1].isspace():
        back -= 1
    return text.rfind("\n", 0, back) + 1 if back > 0 else 0


def aged_person(head: Token, index: Mentions) -> str | None:
    """The person a description by age or origin refers to (see the module), or None."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
        return None
    if _is_age(head):
        noun = head.lemma_.lower()
    elif head.tag_ == "NN" or is_party_member(head):
        noun = head.lemma_.lower()
        modifiers = _modifiers(head)
        if any(_is_age(m) for m in modifiers):
            if noun in body_nouns():
                return None  # "the 40-year-old company": a body, never a person
        elif not _origin_and_person(head, noun, modifiers):
            return None
    else:
        return None
    start = head.left_edge.idx
    text = doc_text(head.doc)
    window = text.rfind("\n", 0, start) + 1
    if index.latest_person(window, start) is None:
        window = _paragraph_before(text, start)
    for _step in range(_QUOTE_PARAGRAPHS):
        if index.latest_person(window, start) is not None or not _opens_quote(text, window):
            break
        window = _paragraph_before(text, window)  # past a quote that names nobody
    found = index.latest_person(window, start)
    person = index.person(found) if found is not None else None
    if person is None or index.people_in(window, start) != {found}:
        return None  # nobody, or someone else too: the description may be them
    if not party_fits(head, person):
        return None  # "Rep. Jane Doe (D-Ohio) ... the 50-year-old Republican said"
    if someone_new(head, noun, person):
        return None  # "a 30-year-old man was arrested ... the 30-year-old said"
    return found
