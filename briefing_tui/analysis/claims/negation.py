"""A content never loses the negation that governs it.

A quote that opens after its negation ('urged the council not to "sell the
harbour"', 'said he had no "plans to resign"') read alone says the opposite of
what was said. The content takes the negation back, and for a call or warning
("urge X not to", "tell X never to") the addressee and the cue that asks too.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.cues import cue_table
from briefing_tui.analysis.claims.draft import Draft
from briefing_tui.analysis.doctext import doc_words
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Words that negate the word they hang on.
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
#: How many words may stand between the negation and the content ("not to").
_MAX_GAP = 3


def _negation_before(doc: Doc, start: int, end: int) -> tuple[Token, Token] | None:
    """The negation just before a content that governs a word inside it, and that word."""
    idxs = doc_words(doc).idxs  # the tokens' offsets, read once per Doc
    at = bisect_left(idxs, start)  # the first token at or after ``start``
    if at == len(idxs):
        return None
    first = doc[at]
    sent_start = first.sent.start
    for i in range(first.i - 1, max(sent_start, first.i - 1 - _MAX_GAP) - 1, -1):
        token = doc[i]
        if token.lower_ not in NEGATIONS or token.dep_ not in ("neg", "det", "advmod", "preconj"):
            continue
        head = token.head
        if start <= head.idx < end:
            return token, head
        return None
    return None


def _addressee(verb: Token, before: Token) -> Token | None:
    """The object of a calling cue just before its negated infinitive ("urged Lisk not to")."""
    if verb.dep_ != "xcomp":
        return None
    for child in verb.head.children:
        if child.dep_ in ("dobj", "dative") and child.right_edge.i == before.i - 1:
            return child
    return None


def keep_negation(doc: Doc, draft: Draft) -> None:
    """Start a content at the negation (and the addressee) a cut left outside it."""
    found = _negation_before(doc, *draft.content)
    if found is None:
        return
    negation, verb = found
    start = negation
    addressee = _addressee(verb, negation)
    if addressee is not None:
        start = addressee.left_edge
        caller = verb.head
        entries = cue_table().get(caller.lemma_.lower(), ())
        if entries and draft.cue_span is None:
            draft.cue = caller.text
            draft.cue_span = (caller.idx, caller.idx + len(caller.text))
            draft.stance = entries[-1].stance
    draft.content = (start.idx, draft.content[1])
    if draft.kind == ClaimKind.DIRECT:
        draft.kind = ClaimKind.MIXED
