"""The cause an inquiry is into, and whether the article tells it.

"Investigators opened an investigation into the cause of the crash of a
regional jet" leaves open "What caused the crash of a regional jet?" until a
later sentence tells the cause ("the crash was caused by ice on the wings",
"investigators blamed the crash on a faulty valve", "the cause of the crash
was a fuel leak"); a hedged cause ("ice may have caused the crash") tells
nothing settled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of a cause (lemmas).
_CAUSE_NOUNS = frozenset({"cause", "origin"})
#: Dependents of an event noun that describe it rather than name it, left out of the question.
_ASIDES = frozenset({"relcl", "appos", "punct", "acl"})


def into_phrases(cue: Token) -> list[Token]:
    """The "into" phrases of an inquiry noun: its own, or its verb's after it ("opened an
    investigation on Sunday into the cause ...")."""
    found = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "into"]
    if cue.dep_ == "dobj":
        found += [
            c for c in cue.head.children if c.dep_ == "prep" and c.lower_ == "into" and c.i > cue.i
        ]
    return found


def caused_event(cue: Token) -> Token | None:
    """The event an inquiry seeks the cause of ("the crash" in "an investigation into the
    cause of the crash"), or None."""
    for into in into_phrases(cue):
        cause = next((c for c in into.children if c.dep_ == "pobj"), None)
        if cause is None or cause.lemma_.lower() not in _CAUSE_NOUNS:
            continue
        of = next((c for c in cause.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        event = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if event is not None and event.pos_ in {"NOUN", "PROPN"}:
            return event
    return None


def event_words(event: Token) -> str:
    """The event as a question names it: "the crash of a regional jet near Lindvik
    airport", without a relative clause or aside, made definite."""
    cut = {t.i for c in event.subtree if c.dep_ in _ASIDES and c.i != event.i for t in c.subtree}
    tokens = [t for t in event.subtree if t.i not in cut]
    if tokens and tokens[0].dep_ == "det" and tokens[0].head.i == event.i:
        tokens = tokens[1:]
        return "the " + running_words(tokens)
    if tokens and tokens[0].dep_ == "poss":
        return running_words(tokens)
    return "the " + running_words(tokens)


def _hedged(verb: Token) -> bool:
    return any(c.tag_ == "MD" for c in verb.children) or is_negated(verb)


def _about(verb: Token, lemma: str) -> bool:
    """Whether a verb's subject, object or prepositional object is the event."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"} and child.lemma_.lower() == lemma:
            return True
        if child.dep_ == "prep":
            inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is not None and inner.lemma_.lower() == lemma:
                return True
    return False


def cause_told(event: Token) -> bool:
    """Whether a sentence after the event's tells its cause as settled."""
    doc = event.doc
    lemma = event.lemma_.lower()
    for token in doc[event.sent.end :]:
        word = token.lemma_.lower()
        if word in {"cause", "blame"} and token.pos_ == "VERB":
            if token.tag_ in {"VBD", "VBN"} and not _hedged(token) and _about(token, lemma):
                return True
        elif word in _CAUSE_NOUNS and token.dep_ == "nsubj" and token.head.lemma_ == "be":
            be = token.head
            told = any(c.dep_ == "attr" for c in be.children)
            of = next((c for c in token.children if c.lower_ == "of"), None)
            inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            if told and not _hedged(be) and (inner is None or inner.lemma_.lower() == lemma):
                return True
    return False
