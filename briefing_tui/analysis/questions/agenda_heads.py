"""The agenda's votes a matter is sent to: "goes to a vote", "faces a vote", "is put to a vote".

A story's own pending decision is often told with no scheduling word and no
modal: "A plan to build 300 homes will go to a vote of the full Selo City
Council next Tuesday", "The levy faces a tight vote in the assembly next
Thursday", "The government will put its pension bill to a final vote in the
National Assembly on Thursday". The vote noun is the object of a verb of facing
(``FACING``) or the object of a "to" or "for" after a verb of sending
(``SENDING``); the matter is the clause's subject (or, after a verb that sends
something, its object); the body the one the vote is "of", "in" or "before". The
clause looks ahead: a present "faces", a "will go", a "heads to"; one told in
the past or negated sends nothing. This module reads the parse only; the
agenda names the body, the matter and the day and asks the question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.agenda_words import told_past
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES
from briefing_tui.analysis.questions.votes import ADOPTING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs whose object is a vote still ahead of the matter: "faces a vote", "awaits a vote".
FACING = frozenset({"face", "await"})
#: Verbs that send a matter to a vote ("goes to a vote", "heads for a vote"); those of
#: ``SENDERS`` send their object ("put the bill to a vote"), the rest their subject.
SENDING = frozenset({"go", "head", "move", "proceed", "advance", "come", "put", "send", "bring"})
SENDERS = frozenset({"put", "send", "bring"})
#: Prepositions that join a vote to the body that casts it ("a vote of the council").
_BODY_PREPS = frozenset({"of", "in", "by", "before"})
#: Bodies that do not vote on measures (a court or a jury rules).
NOT_VOTING = frozenset({"court", "judge", "justice", "jury", "tribunal"})


#: What a body that says yes does to a matter sent to its vote that the forecast rules'
#: ``votes.ADOPTING`` does not list (lemmas).
_MORE_MATTERS = {
    "reform": "pass",
    "package": "pass",
    "motion": "pass",
    "scheme": "approve",
    "project": "approve",
    "development": "approve",
    "policy": "approve",
}


@dataclass(frozen=True, slots=True)
class HeadedVote:
    """A vote a matter is sent to: the verb that sends it, the matter, and the body
    named with the vote (None where the clause names none)."""

    verb: Token
    matter: Token
    body: Token | None


def _carrier(noun: Token) -> Token | None:
    """The verb that sends a matter to the vote ``noun`` names, or None."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in FACING:
        return head
    if noun.dep_ == "pobj" and head.lower_ in {"to", "for"}:
        verb = head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in SENDING:
            return verb
    return None


def looks_ahead(verb: Token) -> bool:
    """Whether a clause tells its act as still to come: a present "faces", a "will go",
    a "heads to", "is heading for"; not a past, a perfect or a negated one."""
    if is_negated(verb) or told_past(verb):
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    if verb.tag_ == "VB":
        return any(a.lower_ in {"will", "'ll", "shall"} for a in auxes)
    if verb.tag_ == "VBG":
        return any(a.tag_ in {"VBZ", "VBP"} for a in auxes)  # "is heading for a vote"
    return False


def _body(noun: Token, verb: Token) -> Token | None:
    """The body the vote is "of", "in" or "before", joined to the vote or its verb."""
    for owner in (noun, verb):
        for prep in owner.children:
            if prep.dep_ != "prep" or prep.lower_ not in _BODY_PREPS:
                continue
            for pobj in prep.children:
                lemma = pobj.lemma_.lower()
                if pobj.dep_ == "pobj" and lemma in DECIDING_BODIES and lemma not in NOT_VOTING:
                    return pobj
    return None


def headed_vote(noun: Token) -> HeadedVote | None:
    """The vote ``noun`` names as one a matter goes to, faces or is put to, still to
    come; None where it is no such vote."""
    verb = _carrier(noun)
    if verb is None or not looks_ahead(verb):
        return None
    if verb.lemma_.lower() in SENDERS:
        matter = next((c for c in verb.children if c.dep_ == "dobj"), None)
    else:
        matter = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if matter is None or matter.pos_ not in {"NOUN", "PROPN"}:
        return None
    return HeadedVote(verb, matter, _body(noun, verb))


def matter_verb(matter: Token) -> str | None:
    """What a body that says yes does to ``matter`` ("pass" a bill, "approve" a plan), or
    None where the noun names no matter a body votes on ("the towers")."""
    lemma = matter.lemma_.lower()
    return ADOPTING.get(lemma) or _MORE_MATTERS.get(lemma)
