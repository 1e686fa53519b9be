"""Naming "the appeal" of a question by who the article says will make it.

"Velo Dairy said it would appeal. ... Grocers fear delays while the appeal
proceeds": "How will the appeal end?" asks of "Velo Dairy’s appeal". A bare act
noun ("the appeal", "the closure") is named by the doer of the earlier uses of the
verb it is spelled like or made from (``nominalizations.tsv``): the actor the actors
analysis ties the verb's subject to, or, for an "it", "they" or "we" no one was tied
to, the actor of the reporting verb's subject ("The company said it would appeal").
Only when every such use has one and the same doer, said by a name; a use said
negated ("would not appeal") or with no doer the analysis can name leaves it unnamed.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.phrasing import possessive

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: How many tokens back the verb may sit.
LOOK_BACK = 2000
#: Subject pronouns that stand for the one whose statement reports them.
_SPEAKER_PRONOUNS = frozenset({"it", "they", "we"})
#: Legal forms left out of a possessive ("Velo Dairy Inc.’s appeal": "Velo Dairy’s appeal").
_LEGAL_FORMS = frozenset({"inc.", "inc", "ltd.", "ltd", "corp.", "corp", "llc", "plc", "co."})
#: Negations that make a use say the act will not be made.
_NEGATIONS = frozenset({"not", "n't", "never"})


@cache
def _made_from() -> dict[str, frozenset[str]]:
    """Event nouns made from a verb: noun -> the verb's lemmas (``nominalizations.tsv``)."""
    rows = data_files.rows("questions/nominalizations.tsv")
    return {row[0]: frozenset(row[1].split()) for row in rows}


def _reporter(verb: Token) -> Token | None:
    """The subject of the reporting verb above ``verb`` in its sentence, or None."""
    node = verb
    while node.head.i != node.i:
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in lemma_set("reporting"):
            return next((c for c in node.children if c.dep_ == "nsubj"), None)
    return None


def _doer(verb: Token, name_of: Callable[[Token], str | None]) -> str | None:
    """The actor who does ``verb``: its subject's, or its reporter's for a bare pronoun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    named = name_of(subject)
    if named is None and subject.lower_ in _SPEAKER_PRONOUNS:
        reporter = _reporter(verb)
        named = name_of(reporter) if reporter is not None else None
    return named


def _short(name: str) -> str:
    """``name`` without a legal form at its end ("Velo Dairy Inc." -> "Velo Dairy")."""
    words = name.split()
    if len(words) > 2 and words[-1].lower() in _LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words)


def act_doer(noun: Token, name_of: Callable[[Token], str | None]) -> str | None:
    """ "Velo Dairy’s appeal" for a bare "the appeal" (see the module's docstring), or None."""
    if noun.pos_ != "NOUN" or noun.tag_ in {"NNS", "NNPS"}:
        return None
    lemma = noun.lemma_.lower()
    verbs = {lemma} | _made_from().get(lemma, frozenset())
    if lemma not in lemma_set("shell_nouns") and lemma not in _made_from():
        return None
    doc, read = noun.doc, doc_words(noun.doc)
    doers: set[str] = set()
    for index in range(max(0, noun.i - LOOK_BACK), noun.sent.start):
        if read.lemmas[index] not in verbs or read.pos[index] != "VERB":
            continue
        verb = doc[index]
        if any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in verb.children):
            return None  # "would not appeal": no act to name
        doer = _doer(verb, name_of)
        if doer is None:
            return None  # a use whose doer is unnamed: the act may be another's
        doers.add(doer)
    if len(doers) != 1:
        return None
    doer = _short(doers.pop())
    if not doer.removeprefix("the ")[:1].isupper():
        return None  # "police’s investigation": a name says whose, a common noun does not
    return f"{possessive(doer)} {noun.text}"
