"""Naming "the measure" of a question by the clause that first told what it does.

"A Senate panel approved a bill that would fund repairs of rural bridges ...
Will the full Senate vote on the measure?" needs the article: which measure?
Its first mention says, in a relative clause: the question asks about "the
bill to fund repairs of rural bridges". Only a bare "the bill", "the measure"
(or another word for a proposal) is named, by the nearest earlier proposal of
the same kind whose relative clause tells what it would do, in a few words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.phrasing import statement
from briefing_tui.analysis.questions.references import bare_the, find_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Words for a proposal before a deciding body, and the words that may name the same one.
_KIN: dict[str, frozenset[str]] = {
    "bill": frozenset({"bill", "measure", "legislation"}),
    "measure": frozenset({"bill", "measure", "legislation", "proposal"}),
    "legislation": frozenset({"bill", "measure", "legislation"}),
    "proposal": frozenset({"proposal", "measure", "plan"}),
    "plan": frozenset({"plan", "proposal"}),
    "resolution": frozenset({"resolution"}),
    "ordinance": frozenset({"ordinance", "measure"}),
    "amendment": frozenset({"amendment"}),
}
#: How many tokens back the first mention may sit.
LOOK_BACK = 1500
#: The most words the naming phrase may have ("the bill to fund repairs of rural bridges").
MAX_WORDS = 12


def _is_time(word: Token) -> bool:
    """Whether ``word`` heads a time phrase ("last year", "on Monday")."""
    inner = [t for t in word.subtree if t.i != word.i] if word.dep_ == "prep" else [word]
    if word.dep_ not in {"prep", "npadvmod"} or not inner:
        return False
    return all(t.ent_type_ in {"DATE", "TIME"} for t in inner)


def _does(proposal: Token) -> str | None:
    """ "a bill that would fund X" -> "the bill to fund X", or None."""
    clause = next((c for c in proposal.children if c.dep_ in {"relcl", "acl"}), None)
    if clause is None or clause.pos_ != "VERB":
        return None
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if clause.dep_ == "acl" and not infinitive:
        return None
    if not infinitive:  # "a bill that would fund X" (else "a bill to fund X")
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        modal = [c for c in clause.children if c.dep_ == "aux" and c.lower_ in {"would", "will"}]
        if subject is None or subject.lower_ not in {"that", "which"} or not modal:
            return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    # "..., sending it to the Senate": what the clause goes on to tell is no part of it
    asides = [c for c in clause.children if c.dep_ in {"advcl", "parataxis", "punct"}]
    cut = {t.i for c in asides for t in c.subtree}
    rest = [t for t in clause.subtree if t.i > clause.i and t.i not in cut]
    timed = {t.i for c in rest if _is_time(c) for t in c.subtree}
    rest = [t for t in rest if t.i not in timed]  # "last year", "on Monday": no part of it
    while rest and (rest[-1].is_punct or rest[-1].is_space):
        rest.pop()
    if any(t.is_punct for t in rest):
        return None  # "that would fund X, Y and Z": too much to carry into a question
    words = statement(rest)[9:-1] if rest else ""
    if rest and rest[0].pos_ != "PROPN":
        words = words[:1].lower() + words[1:]
    text = f"the {proposal.text} to {clause.lemma_} {words}".strip()
    return text if len(text.split()) <= MAX_WORDS else None


def _first_told(noun: Token) -> str | None:
    kin = _KIN.get(noun.lemma_.lower())
    if kin is None:
        return None
    doc = noun.doc
    for index in range(noun.i - 1, max(-1, noun.i - LOOK_BACK), -1):
        token = doc[index]
        if token.pos_ != "NOUN" or token.lemma_.lower() not in kin:
            continue
        if (token.tag_ == "NNS") != (noun.tag_ == "NNS"):
            continue
        said = _does(token)
        if said is not None:
            return said
    if noun.lemma_.lower() in {"measure", "proposal", "plan"}:
        return _voted_on(noun)
    return None


def _voted_on(noun: Token) -> str | None:
    """What the nearest earlier "vote on ..." puts to the vote ("postponed a vote on a $240
    million expansion of the port": "the $240 million expansion of the port"), if it is
    one thing named in a few words."""
    doc = noun.doc
    for index in range(noun.i - 1, max(-1, noun.i - LOOK_BACK), -1):
        vote = doc[index]
        if vote.lemma_.lower() != "vote" or vote.pos_ != "NOUN":
            continue
        on = next((c for c in vote.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        thing = next((c for c in on.children if c.dep_ == "pobj"), None) if on else None
        if thing is None or thing.pos_ != "NOUN" or _is_time(thing):
            return None
        words = [t for t in thing.subtree if not t.is_space]
        if len(words) > MAX_WORDS or any(t.dep_ in {"relcl", "cc"} for t in words):
            return None
        text = doc[words[0].i : words[-1].i + 1].text
        first = words[0].lower_
        if first in {"a", "an"}:
            return "the" + text[len(first) :]
        return text if first == "the" else f"the {text}"
    return None


#: "the measure to cap rents" is named already; "the measure to the floor" is not.
_NAMED_AFTER = re.compile(
    r"\s+(?:(?:that|which|on|of|for)\b|to\s+(?!(?:the|a|an|its|his|her|their|this)\b)[a-z])"
)


def _named_already(after: str) -> bool:
    """Whether the words after a measure in the question already say which it is."""
    return _NAMED_AFTER.match(after) is not None


def name_measures(text: str, sentences: list[Span]) -> str:
    """``text`` with a bare "the measure" named by what its first mention says it would
    do ("the bill to fund repairs of rural bridges")."""
    for sent in sentences:
        for noun in tokens_where(sent, "pos", ("NOUN",)):  # bare_the() takes a noun only
            if not bare_the(noun):
                continue
            defining = {"of", "on", "for", "against", "about", "over"}
            if any(
                c.dep_ in {"acl", "relcl"} or (c.dep_ == "prep" and c.lower_ in defining)
                for c in noun.children
            ):
                continue  # "the measure on rents": said in full
            found = find_words(text, f"the {noun.text}")
            if found is None or _named_already(text[found.end() :]):
                continue  # "the measure to cap rents": named already
            said = _first_told(noun)
            if said is None or said.lower() in text.lower():
                continue
            text = text[: found.start()] + said + text[found.end() :]
    return text
