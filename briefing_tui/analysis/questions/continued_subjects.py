"""Naming a reporting "It" that goes on from the sentence before, and the "it" it reports.

"Tarsk called the sanctions an act of aggression and said it would respond. It
did not say what measures it was considering": the second sentence's "It" goes on
with the body the sentence before was about, its main subject, and the "it" inside
what "It" did not say is the same body ("What measures was Vostrana considering?").
A subject "it" or "they" that the actors analysis tied to no one is named so when
the verb above it has the same pronoun for subject, that pronoun opens its sentence
as the subject of a verb of saying or refusing, and the sentence before has a main
subject of the same number that the actors analysis ties to an actor the entities do
not mostly take for a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.questions.cues import lemma_set

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

#: Verbs besides those of saying whose subject goes on from the sentence before.
_REFUSING = frozenset({"decline", "refuse"})
_PLURAL = frozenset({"NNS", "NNPS"})


def _reporting_subject(pronoun: Token) -> Token | None:
    """The same pronoun as subject of the verb of saying above ``pronoun``, or None."""
    node = pronoun.head
    while node.head.i != node.i:
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            said = node.lemma_.lower() in lemma_set("reporting") | _REFUSING
            return subject if said and subject.lower_ == pronoun.lower_ else None
    return None


def continued_subject(pronoun: Token, name_of: Callable[[Token], str | None]) -> str | None:
    """The body a reported subject "it"/"they" stands for (see the module's docstring)."""
    if pronoun.lower_ not in {"it", "they"} or pronoun.dep_ != "nsubj":
        return None
    opener = _reporting_subject(pronoun)
    if opener is None:
        return None
    named = name_of(opener)
    if named is not None:
        return named
    sent = opener.sent
    if opener.i != sent.start or sent.start == 0:
        return None  # only a sentence's opening "It" goes on from the one before
    before = pronoun.doc[sent.start - 1].sent
    root = before.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    if (subject.tag_ in _PLURAL) != (pronoun.lower_ == "they"):
        return None
    named = name_of(subject)
    return named if named is not None and not _mostly_person(pronoun.doc, named) else None


def _mostly_person(doc: Doc, name: str) -> bool:
    """Whether the article's entities take the name's last word for a person more often than
    for anything else (a capital the model took for a person once is still a place)."""
    last = name.split()[-1]
    read = doc_words(doc)
    labels = [doc[i].ent_type_ for i, word in enumerate(read.texts) if word == last]
    people = labels.count("PERSON")
    return people > 0 and people >= len([label for label in labels if label]) - people
