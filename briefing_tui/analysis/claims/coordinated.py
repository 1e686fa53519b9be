"""Two reported clauses, each opened by its own "that", are two claims.

"told reporters that observers had been present at every count and that no complaint
had been lodged": the second "that" repeats the cue's complementiser, so the writer
reports two statements made by one speaker with one cue. Shown as one claim, the second
is glued on to the first (and a reader who copies the first takes the second with it);
each becomes a claim of its own, with the same speaker, cue and stance.

A split inside a quotation would cut the quoted words, so a "that" between an opening
mark and its closing one is left alone, also when the whole content stands inside the
quotation (a speaker's quoted "... told that X and that Y"), and a report whose source
is "I" or "we" outside any marks (a pull quote printed without them) stays whole.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.draft import Draft, trim
from briefing_tui.analysis.doctext import char_span, doc_text
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Conjunctions that join the two reported clauses.
_JOINERS = frozenset({"and", "but"})
#: Complementisers that open the second clause.
_OPENERS = frozenset({"that"})
_REPORTED = frozenset({ClaimKind.INDIRECT, ClaimKind.MIXED})
#: Whether a second "that" clause is split off. The references disagree: PolNeAR makes
#: one attribution of "said A and that B" (split, its F1 falls 0.744 -> 0.739 on
#: ``../shared/eval``), the judges of fresh articles grade it two claims glued into one.
#: Off for now: split, the claims no longer carry some disputes the questions pane
#: raised from the whole report (a told act and its denial, on 2 of 62 fresh articles),
#: which has to learn to pair a denial with either half first.
SPLIT_THAT_CLAUSES = False
#: Sources that show the sentence is itself someone's words, quoted without marks.
_FIRST_PERSON = frozenset({"i", "we"})
_DOUBLE_MARKS = {'"': '"', "“": "”"}


def split_that_conjuncts(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Each reported content that joins a second "that" clause to its first ("... and
    that ...") split into one draft per clause, in document order; a second clause the
    content was cut short of, after a relative clause the parse hung it on, is a draft too."""
    out: list[Draft] = []
    taken = [d.content for d in drafts]
    for draft in drafts:
        out.extend(_split(doc, draft) if SPLIT_THAT_CLAUSES else [draft])
        lost = _lost_second_clause(doc, draft, taken)
        if lost is not None:
            out.append(lost)
            taken.append(lost.content)
    if len(out) > len(drafts) and all(a.content[0] <= b.content[0] for a, b in pairwise(drafts)):
        out.sort(key=lambda d: d.content[0])  # the drafts came in document order: keep it
    return out


def _lost_second_clause(doc: Doc, draft: Draft, taken: list[tuple[int, int]]) -> Draft | None:
    """ "said the officer had been placed on restricted duties, which she described as
    standard practice, and that the force would cooperate": the content stops before the
    relative clause, and the parse hangs the second "that" clause on that clause's verb;
    the second clause is reported by the same cue all the same."""
    if draft.kind not in _REPORTED or draft.parts is not None:
        return None
    if (draft.source_text or "").lower() in _FIRST_PERSON:
        return None
    content = char_span(doc, *draft.content)
    if content is None or not len(content) or content.end >= len(doc):
        return None
    text = doc_text(doc)
    sentence_end = doc[content.end - 1].sent.end
    for opener in doc[content.end : sentence_end]:
        joiner = _second_clause(opener, content.start, sentence_end)
        if joiner is None:
            continue
        first = opener.head.head
        hung_on_relative = first.dep_ == "relcl" and content.start <= first.head.i < content.end
        if not hung_on_relative:
            return None
        if not _outside_quotes(text[text.rfind("\n", 0, opener.idx) + 1 : opener.idx]):
            return None
        last = opener.head.right_edge
        while last.i > opener.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        start = _skip_space(text, opener.idx + len(opener.text), last.idx)
        span = (start, last.idx + len(last.text))
        if any(s < span[1] and span[0] < e for s, e in taken) or " " not in text[slice(*span)]:
            return None
        kind = ClaimKind.MIXED if _quoted(text[slice(*span)]) else ClaimKind.INDIRECT
        return replace(draft, content=span, kind=kind, carried_from=None)
    return None


def _split(doc: Doc, draft: Draft) -> list[Draft]:
    if draft.kind not in _REPORTED or draft.parts is not None:
        return [draft]
    if (draft.source_text or "").lower() in _FIRST_PERSON:
        return [draft]  # "I was told that A and that B": words of a speaker, kept as written
    text = doc_text(doc)
    start, end = draft.content
    span = char_span(doc, start, end)
    if span is None:
        return [draft]
    cuts = [
        (joiner, opener)
        for opener in span
        if (found := _second_clause(opener, span.start, span.end)) is not None
        for joiner in (found,)
    ]
    pieces: list[tuple[int, int]] = []
    piece_start = start
    paragraph_start = text.rfind("\n", 0, start) + 1
    for joiner, opener in cuts:
        if not _outside_quotes(text[paragraph_start : joiner.idx]):
            continue  # inside a quotation: the speaker's own words, or a quote in them
        piece_end = _with_closing_mark(text, *trim(text, piece_start, joiner.idx), joiner.idx)[1]
        pieces.append((piece_start, piece_end))
        piece_start = _skip_space(text, opener.idx + len(opener.text), end)
    if not pieces:
        return [draft]
    # the first piece starts and the last ends where the content did, with its marks
    pieces.append((piece_start, end))
    if any(s >= e or " " not in text[s:e] for s, e in pieces):
        return [draft]
    return [
        replace(
            draft,
            content=(s, e),
            kind=ClaimKind.MIXED if _quoted(text[s:e]) else ClaimKind.INDIRECT,
            carried_from=None,
        )
        for s, e in pieces
    ]


def _second_clause(opener: Token, start: int, end: int) -> Token | None:
    """The "and" or "but" before ``opener`` when ``opener`` is the complementiser "that"
    of a clause joined to an earlier clause inside the same content; else None."""
    if opener.lower_ not in _OPENERS or opener.dep_ != "mark":
        return None
    verb = opener.head
    if verb.dep_ != "conj" or not start <= verb.head.i < opener.i or verb.i >= end:
        return None
    joiner = opener.nbor(-1) if opener.i > start else None
    if joiner is None or joiner.lower_ not in _JOINERS or joiner.head.i != verb.head.i:
        return None
    return joiner


def _with_closing_mark(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """Run a piece on to the closing mark its trim cut off ('"at every stage,"'), so a
    quotation opened inside it is shown whole, with its own punctuation."""
    if _outside_quotes(text[start:end]):
        return start, end
    closing = max(text.rfind('"', end, limit), text.rfind("”", end, limit))
    return (start, closing + 1) if closing >= end else (start, end)


def _skip_space(text: str, start: int, end: int) -> int:
    """The first character from ``start`` that is not a space or a comma (an opening
    quotation mark stays: 'and that "standing still is not an option."')."""
    while start < end and text[start] in " \t\n,":
        start += 1
    return start


def _outside_quotes(before: str) -> bool:
    """Whether a point after ``before`` stands outside any double quotation."""
    if before.count('"') % 2:
        return False
    return before.count("“") == before.count("”")


def _quoted(words: str) -> bool:
    return any(mark in words for mark in _DOUBLE_MARKS)
