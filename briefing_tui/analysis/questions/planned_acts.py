"""Naming "the plans" of a question by what the article first said they were to do.

"Velo Dairy announced plans to close two creameries in the north of Selo by
2027, ... The union says the plans could cost 300 jobs": "Could the plans cost
300 jobs?" asks of "Velo Dairy’s plans to close two creameries". A bare matter
(a shell noun) is named by the nearest earlier same noun, of the same number, with
an infinitive that says what it is to do, cut to the verb and its object (the
object's own phrases, places and times left out), with its owner: the actor the
actors analysis ties to the subject of the verb that took it ("Velo Dairy
announced plans"). None when that cut is not one run of words or is too long.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.phrasing import possessive

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: How many tokens back the earlier noun may sit.
LOOK_BACK = 2000
#: The most words of the infinitive kept ("to close two creameries").
MAX_WORDS = 10
#: What the object keeps: the words before its head, and the objects joined to it.
_KEPT = frozenset({"det", "amod", "compound", "nummod", "poss", "case", "punct", "advmod"})
_JOINED = frozenset({"cc", "conj"})
#: Tags of plural nouns.
_PLURAL = frozenset({"NNS", "NNPS"})


def _object_words(obj: Token) -> list[Token]:
    """The object with the words before its head and the objects joined to it."""
    words = [obj]
    for child in obj.children:
        if child.i < obj.i and child.dep_ in _KEPT:
            words += list(child.subtree)
        elif child.i > obj.i and child.dep_ in _JOINED:
            words += [child] if child.dep_ == "cc" else _object_words(child)
    return words


def _infinitive(noun: Token) -> str | None:
    """ "to close two creameries" for "plans to close two creameries in the north", or None."""
    verb = next(
        (
            c
            for c in noun.children
            if c.dep_ in {"acl", "relcl"}
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if verb is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    particle = [c for c in verb.children if c.dep_ == "prt"]
    words = sorted({t.i for t in [verb, *particle, *_object_words(obj)]})
    if words != list(range(words[0], words[-1] + 1)) or len(words) + 1 > MAX_WORDS:
        return None  # the cut leaves a gap, or is too long to ask
    doc = noun.doc
    return f"to {doc[words[0] : words[-1] + 1].text}"


def planned_act(noun: Token, name_of: Callable[[Token], str | None]) -> str | None:
    """ "Velo Dairy’s plans to close two creameries" for a bare "the plans", or None (see
    the module's docstring)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in lemma_set("shell_nouns"):
        return None
    read, plural = doc_words(noun.doc), noun.tag_ in _PLURAL
    for index in range(noun.sent.start - 1, max(-1, noun.sent.start - LOOK_BACK), -1):
        if read.lemmas[index] != lemma or read.pos[index] != "NOUN":
            continue
        earlier = noun.doc[index]
        if (earlier.tag_ in _PLURAL) != plural:
            continue
        said = _infinitive(earlier)
        if said is None:
            return None  # the nearest one says nothing of what it is to do
        owner = None
        if earlier.dep_ == "dobj":
            subject = next((c for c in earlier.head.children if c.dep_ == "nsubj"), None)
            owner = name_of(subject) if subject is not None else None
        if owner is None:
            return f"the {earlier.text} {said}"
        return f"{possessive(owner)} {earlier.text} {said}"
    return None
