"""The agenda's confidence votes: the one who faces one asks whether they survive it.

"... leaving Prime Minister Ann Lee to face a confidence vote in the National
Assembly on Thursday" and "the minister will face a confidence vote next week"
put a leader's fate on a vote still to come: "Will Prime Minister Ann Lee
survive the confidence vote in the National Assembly on Thursday?". The vote
is a "vote" with "confidence" before it; the one who faces it is the subject
of "face", or the object of the verb that leaves them to face it ("leaving X to
face"), named by a name of their own (``unnamed-matter`` where not); a "face"
told as past or negated asks nothing; a later sentence telling them survive or
lose it settles it (``settled-later``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.agenda_words import own_name, told_past
from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Words before "vote" that make it a vote of confidence.
_CONFIDENCE = frozenset({"confidence", "no-confidence"})
#: Verbs that tell the vote's outcome for the one who faced it.
_OUTCOME = frozenset({"survive", "lose", "win", "fall"})
#: Entity types of a name that may face a confidence vote: a person or a government.
_FACERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def is_confidence_vote(noun: Token) -> bool:
    """Whether ``noun`` is a "confidence vote" ("a no-confidence vote")."""
    return noun.lemma_.lower() == "vote" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _CONFIDENCE for c in noun.children
    )


def _facer(verb: Token) -> Token | None:
    """The one who faces the vote: "face"'s subject, or the object of the verb that
    leaves them to face it ("leaving X to face")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in _FACERS:
        return None
    return subject


def _settled(facer: Token, noun: Token) -> bool:
    """Whether a later sentence tells the one who faced the vote survive or lose it."""
    for token in noun.doc[noun.sent.end :]:
        if token.lower_ != facer.lower_ or token.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        verb = token.head
        if verb.lemma_.lower() in _OUTCOME and verb.tag_ == "VBD" and not is_negated(verb):
            return True
    return False


def confidence_question(
    noun: Token, body: str | None, day: str | None
) -> tuple[str, str] | str | None:
    """ "Will Prime Minister Ann Lee survive the confidence vote in the National Assembly
    on Thursday?" for a confidence vote someone faces, or a veto's name, or None where
    nobody is told to face it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() != "face" or verb.pos_ != "VERB":
        return None
    if verb.tag_ == "VBD" or told_past(verb) or is_negated(verb):
        return None
    facer = _facer(verb)
    if facer is None:
        return "unnamed-matter"
    if _settled(facer, noun):
        return "settled-later"
    words = ["Will", own_name(facer), "survive the confidence vote"]
    if body:
        words.append(f"in {body}")
    if day:
        words.append(day)
    return " ".join(words) + "?", "vote"
