"""Naming who would act in a question asked as a passive with no agent.

"Will a discussion table be opened with the shopkeepers?" names no one: who
would open it? When the sentence is someone's announcement ("Mayor Ines Carver
said a discussion table will be opened ..."), the speaker is the one who would
act, and the question asks it actively: "Will Ines Carver open a discussion
table with the shopkeepers?". When no named speaker supplies the agent, the
question is weak (``no-actor``): held back, not shown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: "Will a discussion table be opened with ...": a modal, an indefinite subject, "be", a
#: past participle, and what follows.
_AGENTLESS = re.compile(
    r"^(?P<before>(?:[^?]*?, )?)(?P<modal>Will|Would|Could|Can|May|Might|Should|will|would"
    r"|could|can|may|might|should) (?P<subject>(?:a|an) [a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3})"
    r" be (?P<verb>[a-z]+(?:ed|en|wn|ne|t))(?P<rest>(?: [^?]*)?)\?$"
)


def _participle(sentence: Span, word: str) -> Token | None:
    """The passive participle ``word`` in ``sentence`` with no "by" agent, or None."""
    for token in sentence:
        if token.lower_ != word or token.tag_ != "VBN":
            continue
        if not any(c.dep_ == "auxpass" for c in token.children):
            return None
        if any(c.dep_ == "agent" for c in token.children):
            return None  # "opened by the city": the agent is said
        return token
    return None


def agentless(text: str, sentence: Span) -> re.Match[str] | None:
    """The parts of a question asked as a passive with an indefinite subject and no agent
    ("Will a discussion table be opened ...?"), or None."""
    found = _AGENTLESS.match(text)
    if found is None or " by " in found.group("rest"):
        return None
    return found if _participle(sentence, found.group("verb")) is not None else None


def with_agent(text: str, sentence: Span, agent: str) -> str | None:
    """``text`` asked with ``agent`` doing what the passive tells ("Will Ines Carver open a
    discussion table ...?"), or None when it is no agentless passive."""
    found = agentless(text, sentence)
    if found is None:
        return None
    verb = _participle(sentence, found.group("verb"))
    if verb is None:
        return None
    modal = found.group("modal")
    before = found.group("before")
    if not before:
        modal = modal.capitalize()
    return (
        f"{before}{modal} {agent} {verb.lemma_.lower()} {found.group('subject')}"
        f"{found.group('rest')}?"
    )
