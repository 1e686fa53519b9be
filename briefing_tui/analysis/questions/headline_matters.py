"""Naming "the bill" of a question by the story's matter as its headline names it.

"Marsk's transit levy heads to final vote" over a body that speaks only of "the
levy": "Will the mayor sign the levy?" asks of "Marsk's transit levy". A bare
matter (a shell noun: "the bill", "the plan") that the body names nowhere more
fully is named by the headline's phrase with the same head noun, when the headline
is a sentence case line that the parse reads as a clause (the phrase is the subject
or the object of its verb) and the phrase says which one by a name or a noun before
its head. A title-case headline ("Transit Levy Heads To Vote"), a headline the parse
made no clause of, or one that names two such matters names nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.questions.agenda_heads import headed_vote, matter_verb
from briefing_tui.analysis.questions.cues import lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Roles of the headline's phrase in its clause (its verb's subject or object).
_CLAUSE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Tags of a finite verb: a headline with one is a clause, not a label.
_FINITE = frozenset({"VBZ", "VBD", "VBP"})
#: Words before the head that say which matter it is ("Marsk's transit levy").
_TELLING = frozenset({"poss", "compound", "amod", "nmod"})
#: Parts of speech such a phrase is made of.
_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "PART"})
#: Marks that close a body sentence; a headline has none.
_CLOSING = frozenset({".", "!", "?", "”", '"', "’", "'", ")", ":"})
#: The most words the headline's phrase may bring into a question.
MAX_WORDS = 5


def _headline(doc: Doc) -> Span | None:
    """The article's first line when it reads as a headline: no closing mark."""
    if not len(doc):
        return None
    sent = doc[0].sent
    texts = doc_words(doc).texts
    last = next(
        (texts[i] for i in range(sent.end - 1, sent.start - 1, -1) if not texts[i].isspace()),
        None,
    )
    return sent if last is not None and last not in _CLOSING else None


def _phrase(token: Token) -> str | None:
    """The headline's phrase headed by ``token`` ("Marsk's transit levy"), or None when
    nothing before it says which one or it holds other words than names and nouns."""
    left = [t for t in token.subtree if t.i < token.i]
    telling = [c for c in token.children if c.i < token.i and c.dep_ in _TELLING]
    if not telling or not left or any(t.pos_ not in _PHRASE_POS for t in left):
        return None
    if left[-1].i != token.i - 1 or any(not t.text.islower() for t in left if t.pos_ != "PROPN"):
        return None  # a word the parse left between, or a capital on a common word
    text = token.doc[left[0].i : token.i + 1].text
    owned = left[0].dep_ == "poss" or left[0].head.dep_ == "poss"
    phrase = text if owned else f"the {text}"
    return phrase if len(phrase.split()) <= MAX_WORDS else None


def headline_matter(noun: Token) -> str | None:
    """The headline's phrase for the matter a bare "the <noun>" stands for ("Marsk's
    transit levy" for "the levy"), or None (see the module's docstring)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in lemma_set("shell_nouns"):
        return None
    headline = _headline(noun.doc)
    if headline is None or noun.i < headline.end:
        return None
    plural = noun.tag_ in {"NNS", "NNPS"}
    found = [
        t
        for t in headline
        if t.lemma_.lower() == lemma
        and t.pos_ == "NOUN"
        and t.text.islower()
        and (t.tag_ in {"NNS", "NNPS"}) == plural
    ]
    if len(found) != 1:
        return None  # none, or two such matters: which one?
    token = found[0]
    verb = token.head
    if token.dep_ not in _CLAUSE_ROLES or verb.pos_ != "VERB" or verb.tag_ not in _FINITE:
        return None  # the parse made no clause of the headline: its words may be misread
    return _phrase(token)


def headline_vote_matter(doc: Doc, matter: Token) -> str | None:
    """The headline's phrase for the matter the story sends to a vote ("Marsk's transit
    levy" in "Marsk's transit levy heads to final vote"), for the body's ``matter`` of
    the same kind ("its levy plan" put to the vote), or None. The headline must be a
    clause whose subject goes to or faces a vote, and that subject a matter noun."""
    headline = _headline(doc)
    if headline is None or matter.i < headline.end:
        return None
    votes = [t for t in headline if t.lemma_.lower() == "vote" and t.pos_ == "NOUN"]
    headed = [h for h in map(headed_vote, votes) if h is not None]
    if len(headed) != 1:
        return None
    subject = headed[0].matter
    if subject.pos_ != "NOUN" or not subject.text.islower() or matter_verb(subject) is None:
        return None
    if matter_verb(subject) != matter_verb(matter):
        return None  # a bill and a plan: not plainly one matter
    return _phrase(subject)
