"""Quotes split by their own cue, joined back into one claim: '"A," she said, "B."'.

A quotation interrupted by its attribution ('"A," she said, "B."', '"A," said Ann
Lee, the mayor. "B."') is one attribution: one claim whose content runs from the
first part's opening mark to the last part's closing mark, the cue words inside it.
Parts join only when they are consecutive direct claims of the same speaker, in one
paragraph, and every word between them belongs to that claim's own cue clause: the
cue, the words naming the speaker, adjuncts of the cue ("on Tuesday"), at most one
sentence end. A clause of narration ("as the crowd cheered"), another speaker, a
paragraph break or a reported claim between them keeps the parts apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.draft import Draft
from briefing_tui.analysis.doctext import doc_text
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Dependencies that open a clause of their own under the cue: narration, or a
#: second statement ("she said, adding that ..."), never part of the attribution.
_CLAUSAL_DEPS = frozenset(
    {"advcl", "conj", "cc", "ccomp", "xcomp", "parataxis", "csubj", "csubjpass", "mark"}
)
#: Punctuation that ends a sentence; the cue's own sentence may end between the parts.
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def join_cue_split_quotes(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """The drafts (in document order) with each quote split by its cue joined into one.

    The joined draft is the first part's: its cue, source and speaker; its content
    runs from the first part's start to the last part's end.
    """
    text = doc_text(doc)
    joined: list[Draft] = []
    for draft in drafts:
        previous = joined[-1] if joined else None
        if previous is not None and _continues(doc, text, previous, draft):
            previous.content = (previous.content[0], draft.content[1])
            continue
        joined.append(draft)
    return joined


def _continues(doc: Doc, text: str, first: Draft, second: Draft) -> bool:
    """Whether ``second`` is the next part of ``first``'s quote, past its cue clause."""
    if first.kind != ClaimKind.DIRECT or second.kind != ClaimKind.DIRECT:
        return False
    if not _same_claim(first, second):
        return False
    gap = (first.content[1], second.content[0])
    if gap[0] >= gap[1] or "\n" in text[gap[0] : gap[1]]:
        return False
    cue_span = first.cue_span
    if cue_span is None or not (gap[0] <= cue_span[0] and cue_span[1] <= gap[1]):
        return False  # the cue must be what interrupts the quote
    return _only_cue_clause(doc, first, gap)


def _same_claim(first: Draft, second: Draft) -> bool:
    """Whether ``second`` carries ``first``'s speaker: it continues it, or shares its cue."""
    if second.carried_from is not None:
        return second.carried_from is first
    return (
        second.cue_span is not None
        and second.cue_span == first.cue_span
        and second.source_span == first.source_span
    )


def _only_cue_clause(doc: Doc, draft: Draft, gap: tuple[int, int]) -> bool:
    """Whether every word in ``gap`` belongs to the draft's cue clause (punctuation aside)."""
    cue = _head_in(doc, draft.cue_span)
    if cue is None:
        return False
    source = _head_in(doc, draft.source_head or draft.source_span)
    source_span = draft.source_span or (0, 0)
    stops = 0
    for token in _tokens_in(doc, gap):
        if token.is_space:
            continue
        if token.is_punct:
            stops += token.text in _SENTENCE_ENDS
            continue
        if source_span[0] <= token.idx < source_span[1]:
            continue
        if source is not None and source.left_edge.i <= token.i <= source.right_edge.i:
            continue  # the speaker's description: "Ann Lee, the mayor of Dover"
        if not _in_cue_clause(token, cue):
            return False
    return stops <= 1


def _in_cue_clause(token: Token, cue: Token) -> bool:
    """Whether ``token`` hangs from the cue with no clause of its own between them."""
    while token.i != cue.i:
        if token.dep_ in _CLAUSAL_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return True


def _head_in(doc: Doc, span: tuple[int, int] | None) -> Token | None:
    """The syntactic head of the tokens in a character span, if it meets any."""
    if span is None:
        return None
    tokens = doc.char_span(*span, alignment_mode="expand")
    return None if tokens is None or len(tokens) == 0 else tokens.root


def _tokens_in(doc: Doc, span: tuple[int, int]) -> list[Token]:
    """The tokens that lie wholly inside a character span."""
    tokens = doc.char_span(*span, alignment_mode="contract")
    if tokens is not None:
        return list(tokens)
    wide = doc.char_span(*span, alignment_mode="expand")
    if wide is None:
        return []
    return [t for t in wide if span[0] <= t.idx and t.idx + len(t.text) <= span[1]]
