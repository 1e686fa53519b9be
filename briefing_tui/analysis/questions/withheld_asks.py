"""The question a withheld answer leaves open, found past the unknown-marker's own words.

"X declined to comment on whether ..." hangs its whether-clause on the marker's verb;
two other shapes hang it further down, and the unknowns rule finds them here:

- ``requested``: the clause is what a request, question or comment was about: "did not
  respond to *questions about* whether it had paid the fine", "did not respond to *a
  request for comment on* whether the two leaders had met". Only through the nouns of the
  ``comment_requests`` lexicon, so "did not respond to the report on whether ..." (a
  report's topic) asks nothing here.
- ``coordinated``: the clause is the second of two things withheld: "declined to comment
  on its accounts *or on whether* it would pay the workers", "declined to comment on the
  complaint *or to say whether* the bank had received it". Only a coordinated preposition,
  or a coordinated verb that is itself an unknown-marker word (``unknowns`` entries such
  as "not say"), so "declined to comment and said the plant would reopen" asks nothing.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set, lexicon

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: Prepositions that open what a request or comment was about.
_ABOUT = frozenset({"about", "on", "over", "as", "regarding", "concerning"})


@cache
def _withholding_verbs() -> frozenset[str]:
    """Verbs that, negated or declined, withhold an answer: "say" of "not say", "comment"."""
    return frozenset(
        e.split()[-1].lower()
        for e in lexicon("unknowns")
        if e.lower().startswith(("not ", "decline to ", "refuse to ")) and len(e.split()) >= 2
    )


def _about_clause(noun: Token, asks: Callable[[Token], bool]) -> Token | None:
    """The asking clause a noun's "about"/"on" phrase holds: "questions about *whether* ..."."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _ABOUT:
            clause = next((g for g in prep.children if g.dep_ == "pcomp"), None)
            if clause is not None and asks(clause):
                return clause
    return None


def requested_question(verb: Token, asks: Callable[[Token], bool]) -> Token | None:
    """The asking clause a request, question or comment under ``verb`` was about, following
    request nouns only ("respond to a request for comment on whether ...")."""
    requests = lemma_set("comment_requests")
    frontier = [verb]
    for _ in range(4):  # "to" > "request" > "for" > "comment" > "on whether"
        nouns = []
        for node in frontier:
            for child in node.children:
                if child.dep_ == "dobj" and child.lemma_.lower() in requests:
                    nouns.append(child)
                elif child.dep_ == "prep":
                    nouns.extend(
                        g
                        for g in child.children
                        if g.dep_ == "pobj" and g.lemma_.lower() in requests
                    )
        for noun in nouns:
            clause = _about_clause(noun, asks)
            if clause is not None:
                return clause
        frontier = nouns
        if not frontier:
            return None
    return None


def coordinated_question(verb: Token, asks: Callable[[Token], bool]) -> Token | None:
    """The asking clause of a second thing withheld: "comment on X *or on whether* ...",
    "comment on X *or to say whether* ..."."""
    preps = [c for c in verb.children if c.dep_ == "prep"]  # "on X or on whether": the
    # parse hangs the second "on" on the verb or on the first "on"
    conjs = [c for node in (verb, *preps) for c in node.children if c.dep_ == "conj"]
    for conj in conjs:
        if conj.pos_ == "ADP" and conj.lower_ in _ABOUT:
            clause = next((g for g in conj.children if g.dep_ == "pcomp"), None)
            if clause is not None and asks(clause):
                return clause
        elif conj.pos_ == "VERB" and conj.lemma_.lower() in _withholding_verbs():
            for child in conj.children:
                if child.dep_ in {"ccomp", "xcomp"} and asks(child):
                    return child
            clause = requested_question(conj, asks)
            if clause is not None:
                return clause
    return None


def withheld_question(verb: Token, asks: Callable[[Token], bool]) -> Token | None:
    """The asking clause a withheld answer leaves open below ``verb``'s own words
    (``requested``, then ``coordinated``), or None."""
    return requested_question(verb, asks) or coordinated_question(verb, asks)
