"""A person's role set beside the name: "Acme's chief executive, Ann Lee",
"Ann Lee, the group's convenor,", "Tom Brenner, head of the delegation", "One
detainee, Rui Costa,". The noun phrase in apposition is that person, as a reader takes
it: a mention (kind "title") of the person the name is, from its first word to its head
noun ("the chairman of the panel" is the chairman; the panel is someone else's).

Only a singular noun for a person (``apposition.person_nouns``, a title's last word, or
``lexicon/actors/role_nouns.txt``): "Acme's rival product, Quillo" and "two citizens,
Ann Lee and Tom Brenner" are not one person's roles. A role phrase another actor already has a
mention on, or the person already has, is left as it is.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.apposition import apposed_noun, person_nouns
from briefing_tui.analysis.actors.lexicon import lexicon, load_words
from briefing_tui.analysis.actors.spans import POSSESSIVE
from briefing_tui.analysis.doctext import doc_text, tokens_where
from briefing_tui.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft, Names

#: The mention kind a role phrase is recorded with.
ROLE = "title"
#: Parts of speech a role's head noun has.
NOUN_POS = frozenset({"NOUN", "PROPN"})
#: Singular noun tags.
SINGULAR = frozenset({"NN", "NNP"})


@cache
def role_nouns() -> frozenset[str]:
    """Nouns for a person by their role: the person nouns, the titles' words and the roles
    of ``role_nouns.txt``."""
    return person_nouns() | lexicon().title_words | load_words("role_nouns.txt")


def add_apposed_roles(doc: Doc, names: Names) -> None:
    """Record the role phrase in apposition to each person's name as a mention of them."""
    heads: dict[int, Draft] = {}
    for draft in names.drafts.values():
        if draft.kind != "person":
            continue
        for mention, head in zip(draft.mentions, draft.heads, strict=True):
            if mention.kind == "name":
                heads[head] = draft
    if not heads:
        return
    taken = [(m.start, m.end) for d in names.drafts.values() for m in d.mentions]
    text = doc_text(doc)
    found = [_role_and_name(token, heads) for token in tokens_where(doc[:], "deps", ("appos",))]
    found += [_titled_name(doc[i]) for i in heads]
    for role, name in found:
        if role is None or name is None:
            continue
        start, end = _role_bounds(role, name)
        if start is None:
            continue
        draft = heads[name.i]
        if role.i < name.i:
            _unglue(draft, role, name, text)  # "coach Nabil Maaloul": the name alone
            taken = [(m.start, m.end) for d in names.drafts.values() for m in d.mentions]
        if any(s <= role.idx < e for s, e in taken):
            continue  # "the president, Ann Lee": a mention there already
        draft.add(start, end, text[start:end], ROLE, role.i)
        taken.append((start, end))


def _role_and_name(token: Token, heads: dict[int, Draft]) -> tuple[Token | None, Token | None]:
    """The role noun and the head of a person's name (a key of ``heads``) that ``token``,
    in apposition, joins: the name after the role ("Acme's chief executive, Ann Lee") or
    the role after the name ("Ann Lee, the group's convenor"); (None, None) when it is no
    person's role."""
    if token.i in heads and token.head.i < token.i:
        role, name = apposed_noun(token), token
    elif token.head.i in heads and token.head.i < token.i:
        role, name = token, token.head
    else:
        return None, None
    if role is None or role.i in heads or not _one_person(role):
        return None, None
    if role.i < name.i and not _set_off(name) and not _determined(role, name):
        return None, None  # "camp councillor Wu Lin": one name with its title
    return role, name


def _set_off(name: Token) -> bool:
    """Whether a comma sets the name off from the words before it."""
    left = name.left_edge.i
    return left > 0 and name.doc[left - 1].text == ","


def _one_person(role: Token) -> bool:
    """Whether ``role`` is a singular noun for a person, with no name of its own."""
    if role.pos_ not in NOUN_POS or role.tag_ not in SINGULAR:
        return False
    if role.ent_type_ and role.ent_type_ != "NORP":
        return False  # "Ann Lee, Republican from Ohio": a party's member is a role
    return role.lemma_.lower() in role_nouns() or role.lower_ in role_nouns()


def _titled_name(name: Token) -> tuple[Token | None, Token | None]:
    """A role written against the name with an article or a possessor before it, which
    makes it a noun phrase of its own: "the match referee Joel Aguilar", "Tunisia's
    goalkeeper Mouez Hassen" (not "Swedish captain Andreas Granqvist", one name with its
    title); (None, None) when there is none."""
    doc = name.doc
    first = name.left_edge.i
    while first < name.i and doc[first].ent_type_ != "PERSON":
        first += 1
    role = doc[first - 1] if first > 0 else None
    if role is None or role.dep_ != "compound" or role.head.i != name.i:
        return None, None
    if not _one_person(role) or not _determined(role, name):
        return None, None
    return role, name


def _determined(role: Token, name: Token) -> bool:
    """Whether an article or a possessor opens the phrase the role ends."""
    opener = role.doc[min(role.left_edge.i, name.left_edge.i)]
    return opener.dep_ in ("det", "poss") or opener.tag_ == "PRP$" or opener.lower_ == "one"


def _unglue(draft: Draft, role: Token, name: Token, text: str) -> None:
    """The name mention that holds the role before the name ("coach Nabil Maaloul")
    starts at the name instead."""
    doc = name.doc
    first = role.i + 1
    while first < name.i and doc[first].is_punct:
        first += 1
    start, end = doc[first].idx, name.idx + len(name)
    for j, mention in enumerate(draft.mentions):
        if mention.kind == "name" and mention.start <= role.idx < mention.end == end:
            draft.mentions[j] = Mention(start, end, text[start:end], mention.kind)


def _role_bounds(role: Token, name: Token) -> tuple[int | None, int]:
    """Character bounds of the role phrase, from its first word to its head noun; an
    organisation named before it is its own ("Acme's chief executive": "chief executive").
    (None, 0) when the phrase holds a quotation or a line break, or its head is the first
    part of a hyphenated word ("vice-" of "vice-chancellor", whose noun is the next one)."""
    doc = role.doc
    if role.i + 1 < len(doc) and _glued(role):
        return None, 0
    left = role.left_edge.i
    if role.head.i == name.i and role.i < name.i:
        # "the match referee Joel Aguilar": the article the parse gives the name opens it
        left = min(left, name.left_edge.i)
    names = [t.i for t in doc[left : role.i] if t.pos_ == "PROPN" and t.ent_type_ == "ORG"]
    if names:
        left = names[-1] + 1
        while left < role.i and doc[left].text in POSSESSIVE:
            left += 1
    while left > 0 and _glued(doc[left - 1]):
        left -= 1  # "Co-founder", cut in three by the tokenizer
    span = doc[left : role.i + 1]
    if any(t.is_quote or "\n" in t.text_with_ws[:-1] for t in span):
        return None, 0
    return span.start_char, span.end_char


def _glued(token: Token) -> bool:
    """Whether ``token`` is written against the next word: a hyphen, or a word before one."""
    if token.whitespace_:
        return False
    if token.text.endswith("-"):
        return True
    return token.i + 1 < len(token.doc) and token.is_alpha and token.nbor(1).text == "-"
