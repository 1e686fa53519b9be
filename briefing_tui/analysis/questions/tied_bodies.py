"""Naming a bare body ("the company") by the one actor the article's other mentions tie it to.

The actors analysis ties most mentions of "the company" to the firm the article
is about, but not every one ("She declined to say whether the company expected
..."). When every other "the company" of the article that the analysis tied to
an actor is tied to one and the same actor, the untied one is that actor too:
the article uses the phrase for that body throughout. Two bodies so called leave
it untied (which one is then in doubt).
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


def tied_name_of(ctx: RuleContext) -> Callable[[Token], str | None]:
    """``ctx.name_of``, with a bare body the analysis left untied named by ``tied_elsewhere``."""

    def name_of(token: Token) -> str | None:
        named = ctx.name_of(token)
        if named is not None:
            return named
        elsewhere = tied_elsewhere(ctx, token)
        return with_the(elsewhere) if elsewhere is not None else None

    return name_of
