"""A body introduced by a description that names it, and the description taken up later.

"A group calling itself Nightfox claimed the attack. The group said it had the data":
a noun introduced with the name it goes by ("a group calling itself X", "a charity
called X", "a militia known as X") is that named body, both in the introducing phrase
("A group calling itself X, which ..., said") and when "the <noun>" takes it up later,
as long as no other thing of that noun is written between the two.

"Harlow Freight has asked the court to suspend the fine, the company said": a bare
"the <body noun>" speaking after (or before) a reported clause whose subject is a named
organisation restates that organisation (``restated_body``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from briefing_tui.analysis.doctext import doc_text, word_index
from briefing_tui.analysis.syntax import restated_subject

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: Verbs of a clause on a noun that give the name it goes by, and the dependency of
#: the name: "calling itself X" (oprd), "called X" (oprd), "known as X" (as -> pobj).
NAMING_VERBS = frozenset({"call", "name", "know", "dub"})
#: Dependencies of the name given by a naming verb.
_NAME_DEPS = frozenset({"oprd", "attr", "xcomp", "ccomp", "dobj"})
#: Prepositions that give the name after a naming verb ("known as X").
_NAME_PREPS = frozenset({"as"})
#: Dependencies of a verb of speech's reported clause, and of a speech verb set after
#: the clause it reports ("X has acted, the company said": "said" hangs on the clause).
_REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ORGANISATION = "organisation"


class Bodies(Protocol):
    """What this module needs of the claims' actor index."""

    def kind_of(self, actor_id: str) -> str | None: ...

    def first_mention(self, actor_id: str, after: int = 0) -> int: ...


def self_named(noun: Token, actor_of: Callable[[Token], str | None], index: Bodies) -> str | None:
    """The organisation a noun is introduced as by the name it goes by ("a group calling
    itself Nightfox", "a charity called Clean Rivers"), or None."""
    if noun.pos_ != "NOUN":
        return None
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in NAMING_VERBS:
            continue
        names = [c for c in clause.children if c.dep_ in _NAME_DEPS and c.pos_ == "PROPN"]
        names += [
            o
            for c in clause.children
            if c.dep_ == "prep" and c.lower_ in _NAME_PREPS
            for o in c.children
            if o.dep_ == "pobj" and o.pos_ == "PROPN"
        ]
        for name in names:
            actor = actor_of(name)
            if actor is not None and index.kind_of(actor) == _ORGANISATION:
                return actor
    return None


def taken_up(head: Token, actor_of: Callable[[Token], str | None], index: Bodies) -> str | None:
    """The organisation a bare "the <noun>" takes up: the nearest earlier use of that noun
    introduced it by its name (``self_named``), or None."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    if [c.lower_ for c in head.children if not c.is_punct] != ["the"]:
        return None  # "the other group", "a group", "its parent group"
    doc = head.doc
    earlier = [i for i in word_index(doc, "lemmas").get(head.lemma_.lower(), ()) if i < head.i]
    earlier = [i for i in earlier if doc[i].pos_ == "NOUN"]
    if not earlier:
        return None
    return self_named(doc[earlier[-1]], actor_of, index)


def restated_body(
    head: Token, actor_of: Callable[[Token], str | None], index: Bodies, body_nouns: frozenset[str]
) -> str | None:
    """The organisation a bare "the <body noun>" restates as the named subject of the
    clause it speaks after ("Harlow Freight has asked the court ..., the company said"),
    if the sentence is where the article first names that organisation; else None.

    An organisation named before may be taken up by another body's description ("Acme
    misled investors, the regulator said" after the regulator was named), so only a
    body the sentence introduces is restated; the noun must head a body's name.
    """
    if head.pos_ != "NOUN" or head.lemma_.lower() not in body_nouns:
        return None
    subject = restated_subject(head)
    if subject is None:
        return None
    actor = actor_of(subject)
    if actor is None or index.kind_of(actor) != _ORGANISATION:
        return None
    if index.first_mention(actor, after=_headline_end(head)) < head.sent.start_char:
        return None
    return actor


def _headline_end(token: Token) -> int:
    """Where a headline line (a first line with no closing stop) ends, or 0: a headline
    naming the body does not introduce it."""
    text = doc_text(token.doc)
    line = text.split("\n", 1)[0].rstrip()
    return len(line) if line and line[-1] not in ".!?\"'”" else 0
