"""The agenda's elections: a contest the article tells as still open, asked by its winner.

"Tarvia's presidential runoff remains too close to call five days before polling"
leaves the story's matter open: "Who will win Tarvia's presidential runoff?". The
election noun (the ``election`` class of ``questions/agenda.tsv``) is the subject
of a present clause that calls its outcome open (``questions/open_outcomes.txt``:
"too close to call", "remains tight"), and its owner is named ("Tarvia's").
Vetoes: a contest told in the past or a later sentence telling someone won it
(``settled-later``); an election with no name of its own (``unnamed-matter``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.phrasing import possessive, running_words
from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that tell a contest won ("Lee won the runoff", "the runoff was won by Lee").
_WINNING = frozenset({"win", "lose", "concede"})


def _called_open(noun: Token) -> bool:
    """Whether ``noun`` is the subject of a present clause calling its outcome open
    ("remains too close to call", "is tight")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.tag_ not in {"VBZ", "VBP"} or is_negated(verb):
        return False
    return any(
        c.dep_ in {"acomp", "oprd", "attr"} and c.lemma_.lower() in lemma_set("open_outcomes")
        for c in verb.children
    )


def _won_later(noun: Token) -> bool:
    """Whether a later sentence tells the contest won or lost ("Lee won the runoff")."""
    lemma = noun.lemma_.lower()
    for token in noun.doc[noun.sent.end :]:
        if token.lemma_.lower() not in _WINNING or token.tag_ not in {"VBD", "VBN"}:
            continue
        if is_negated(token) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children):
            continue
        if any(t.lemma_.lower() == lemma for t in token.subtree):
            return True
    return False


def _owned_name(noun: Token) -> str | None:
    """ "Tarvia's presidential runoff": the election with its named owner and adjectives."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    adjectives = [c for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
    words = [*(t for a in adjectives for t in a.subtree), noun]
    owner_words = [t for t in owner.subtree if t.dep_ != "case"]
    owned = running_words(sorted(words, key=lambda t: t.i))
    return f"{possessive(running_words(owner_words))} {owned}"


def election_question(noun: Token, template: str) -> tuple[str, str] | str | None:
    """ "Who will win Tarvia's presidential runoff?" for an election the article calls
    open, with its class; a veto's name; or None where ``noun`` is told as no such one."""
    if not _called_open(noun):
        return None
    name = _owned_name(noun)
    if name is None:
        return "unnamed-matter"
    if _won_later(noun):
        return "settled-later"
    return template.format(election=name), "election"
