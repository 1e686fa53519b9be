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

from briefing_tui.analysis import lexicon as data_files

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Words that make a subject definite: "the parents" are someone the article named.
_DEFINITE = r"(?:the|this|that|these|those|his|her|its|their|our|my|your)\b"
#: "Will a discussion table be opened with ...": a modal, an indefinite or bare subject
#: ("a discussion table", "new exam rules"), "be", a past participle, and what follows.
_AGENTLESS = re.compile(
    r"^(?P<before>(?:[^?]*?, )?)(?P<modal>Will|Would|Could|Can|May|Might|Should|will|would"
    rf"|could|can|may|might|should) (?P<subject>(?:(?:a|an) )?(?!{_DEFINITE})"
    r"[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3}) be (?P<verb>[a-z]+(?:ed|en|wn|ne|t))"
    r"(?P<rest>(?: [^?]*)?)\?$"
)


#: Families of offices (``actors/titles.tsv``) whose holder acts for a body: a mayor opens
#: talks, a spokesperson or a professor only tells of them.
ACTING_OFFICES = frozenset(
    {"head", "chair", "minister", "deputy", "governor", "mayor", "judge", "military"}
)


def acting(source_text: str, name: str) -> bool:
    """Whether a claim's source may be the one who acts on what it announces: a body
    ("the Education Ministry") or someone said with an acting office ("Mayor Ines Carver");
    not a spokesperson, an analyst or a bare name."""
    if name.split() and name.split()[-1].lower() in data_files.words("actors/org_heads.txt"):
        return True
    offices = {row[0]: row[2] for row in data_files.rows("actors/titles.tsv") if len(row) > 2}
    said = source_text.lower()
    return any(
        family in ACTING_OFFICES and re.search(rf"(?<![\w-]){re.escape(title)}(?![\w-])", said)
        for title, family in offices.items()
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


def _gapped_conjunct(verb: Token) -> bool:
    """Whether a second passive with its own subject is joined to ``verb`` with its "be"
    left out ("services would be suspended and rubbish collection halted"): an active
    recast of the first leaves the second without its verb."""
    for conj in (c for c in verb.children if c.dep_ == "conj"):
        if conj.tag_ == "VBN" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in conj.children):
            return True
        # the parser may join the second subject to the verb, its participle hung on it
        if conj.pos_ in {"NOUN", "PROPN"} and any(
            g.dep_ == "acl" and g.tag_ == "VBN" for g in conj.children
        ):
            return True
    return False


def with_agent(text: str, sentence: Span, agent: str) -> str | None:
    """``text`` asked with ``agent`` doing what the passive tells ("Will Ines Carver open a
    discussion table ...?"), or None when it is no agentless passive."""
    found = agentless(text, sentence)
    if found is None:
        return None
    verb = _participle(sentence, found.group("verb"))
    if verb is None or _gapped_conjunct(verb):
        return None
    modal = found.group("modal")
    before = found.group("before")
    if not before:
        modal = modal.capitalize()
    return (
        f"{before}{modal} {agent} {verb.lemma_.lower()} {found.group('subject')}"
        f"{found.group('rest')}?"
    )
