"""Naming a bare body ("the company") by the one actor the article's other mentions tie it to.

The actors analysis ties most mentions of "the company" to the firm the article
is about, but not every one ("She declined to say whether the company expected
..."). When every other "the company" of the article that the analysis tied to
an actor is tied to one and the same actor, the untied one is that actor too:
the article uses the phrase for that body throughout. Two bodies so called leave
it untied (which one is then in doubt).

A "the union" no other mention ties is named too when exactly one actor of the
article has a name whose head is that very noun and it is mentioned in the same
sentence or the next or previous one ("The union said ... . Members of the
Harbour Workers' Union voted ..."): the article names it there; two such actors
anywhere leave it untied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.rules import with_the

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from briefing_tui.analysis.questions.rules import RuleContext


def _bare_the(token: Token) -> bool:
    """Whether ``token`` is a common noun said with "the" and no other word before it."""
    left = [c for c in token.children if c.i < token.i]
    return (
        token.pos_ == "NOUN"
        and len(left) == 1
        and left[0].dep_ == "det"
        and left[0].lower_ == "the"
    )


def tied_elsewhere(ctx: RuleContext, token: Token) -> str | None:
    """The actor every other tied "the <body noun>" of the article stands for, or None."""
    lemma = token.lemma_.lower()
    if lemma not in lemma_set("body_nouns") or not _bare_the(token):
        return None
    doc, words = token.doc, doc_words(token.doc)  # no Token built for the other words
    tied = {
        ctx.actor_at[i]
        for i, other_lemma in enumerate(words.lemmas)
        if other_lemma == lemma
        and i != token.i
        and i in ctx.actor_at
        and words.tags[i] == token.tag_
        and _bare_the(doc[i])
    }
    if len(tied) != 1:
        return None
    return ctx.names.get(next(iter(tied)))


#: How many sentences before or after a bare body an actor's mention may name it.
NEAR_SENTENCES = 1


def _near_sentences(token: Token) -> tuple[int, int]:
    """The character range of ``token``'s sentence and ``NEAR_SENTENCES`` either side."""
    doc, sent = token.doc, token.sent
    start, end = sent.start, sent.end
    for _ in range(NEAR_SENTENCES):
        if start > 0:
            start = doc[start - 1].sent.start
        if end < len(doc):
            end = doc[end].sent.end
    return start, end


def named_nearby(ctx: RuleContext, token: Token) -> str | None:
    """The one actor of the article whose name's head is a bare "the <body noun>"'s noun,
    when it is named near it ("the union" for "the Harbour Workers' Union" in the next
    sentence), or None when there is none, more than one, or none near."""
    lemma = token.lemma_.lower()
    if lemma not in lemma_set("body_nouns") or not _bare_the(token) or token.tag_ != "NN":
        return None
    headed = {
        actor
        for actor, name in ctx.names.items()
        if name.split() and name.split()[-1].lower() == token.lower_
    }
    if len(headed) != 1:
        return None  # two unions in the article: which one is in doubt
    actor = next(iter(headed))
    start, end = _near_sentences(token)
    if not any(ctx.actor_at.get(i) == actor for i in range(start, end) if i != token.i):
        return None
    return ctx.names[actor]


def tied_name_of(ctx: RuleContext) -> Callable[[Token], str | None]:
    """``ctx.name_of``, with a bare body the analysis left untied named by ``tied_elsewhere``
    or, failing that, by ``named_nearby``."""

    def name_of(token: Token) -> str | None:
        named = ctx.name_of(token)
        if named is not None:
            return named
        elsewhere = tied_elsewhere(ctx, token) or named_nearby(ctx, token)
        return with_the(elsewhere) if elsewhere is not None else None

    return name_of
