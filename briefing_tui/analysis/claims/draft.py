"""Claim drafts and the span helpers every rule family shares.

A draft is a claim before numbering: character spans plus the cue's stance
and kind; the helpers turn token ranges into trimmed character spans.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.sentences import doc_sentences
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Trimmed from both ends of a content span.
TRIM_CHARS = " \t\r\n,;:.—–-\"'“”‘’«»()"
#: How far a transcript turn (or a colon's content) may run, in characters.
MAX_TURN_CHARS = 2500
VERBAL = frozenset({"VERB", "AUX"})
QUOTE_MARKS = frozenset("\"“”‘’'«»„")


@dataclass(slots=True)
class Draft:
    """A claim before numbering: character spans plus the parse tokens behind them."""

    content: tuple[int, int]
    cue: str
    cue_span: tuple[int, int] | None
    source_span: tuple[int, int] | None
    source_head: tuple[int, int] | None
    stance: str
    kind: ClaimKind
    actor: str | None = None
    source_text: str | None = None
    carried_from: Draft | None = None  # a quote continuing this claim's speaker
    clause: tuple[int, str] | None = None  # where the cue's clause starts, and its dependency
    #: The stretches of ``content`` that were said, when the cue interrupts it: a quote's
    #: parts ('"A," she said, "b."') or a clause's ("The plan, she said, would fail").
    parts: list[tuple[int, int]] | None = None
    #: A quote's part before its cue, too short to stand alone: kept only joined.
    fragment: bool = False


def token_range(tokens: list[Token]) -> tuple[int, int] | None:
    if not tokens:
        return None
    return min(t.i for t in tokens), max(t.i for t in tokens) + 1


def subtree_range(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


class Sentences:
    """Sentence bounds by token, read once (``Token.sent`` rescans the whole doc each time)."""

    def __init__(self, doc: Doc) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for sent in doc_sentences(doc):
            self.starts.append(sent.start)
            self.ends.append(sent.end)

    def bounds(self, i: int) -> tuple[int, int]:
        """Token range ``[start, end)`` of the sentence holding token ``i``."""
        k = max(0, bisect_right(self.starts, i) - 1)
        return self.starts[k], self.ends[k]


def chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding spaces, punctuation and quote marks."""
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


#: Complementisers that open a reported clause.
_OPENERS = frozenset({"that", "whether"})


def strip_mark(doc: Doc, start: int, end: int) -> int:
    """Skip a leading complementiser ("that", "whether") of a content clause; an "if"
    that opens a condition ("If the talks fail, the strike will go ahead") stays, or the
    condition would read as an assertion."""
    first = doc[start]
    opener = doc[start + 1] if end - start > 2 else first
    if first.pos_ == "ADV" and opener.lower_ in _OPENERS and _is_complementiser(opener):
        # "said only that the talks would resume": an adverb before the complementiser
        # qualifies the act of saying ("only", "again", "simply"), not what was said
        start += 1
        first = doc[start]
    complementiser = _is_complementiser(first) and not _determines_a_noun(doc, start, end)
    if first.lower_ == "if" and first.head.dep_ == "advcl":
        return start
    if end - start > 1 and complementiser and first.lower_ in _OPENERS | {"if"}:
        return start + 1
    return start


@cache
def _count_discourse_nouns() -> frozenset[str]:
    """Nouns of something said that need a determiner in the singular: the nouns of
    ``discourse_nouns.txt`` and ``content_nouns.txt`` less ``mass_nouns.txt``."""
    said = data_files.words("claims/discourse_nouns.txt") | data_files.words(
        "claims/content_nouns.txt"
    )
    return said - data_files.words("claims/mass_nouns.txt")


def _determines_a_noun(doc: Doc, start: int, end: int) -> bool:
    """ "said that account was untrue", "said that decision rested with the board": a
    "that" before a bare singular noun of something said, the subject of the clause, is
    the noun's determiner, which the parse took for a complementiser; stripped, the content
    would start headless ("account was untrue")."""
    if doc[start].lower_ != "that" or start + 2 >= end:
        return False
    noun = doc[start + 1]
    return (
        noun.tag_ == "NN"
        and noun.dep_ in {"nsubj", "nsubjpass"}
        and noun.lemma_.lower() in _count_discourse_nouns()
        and not any(c.dep_ in {"det", "poss"} for c in noun.children)
    )


def _is_complementiser(token: Token) -> bool:
    """A clause-opening "that" or "whether", as the parse marks it or reads it (a "that"
    read as a relative word)."""
    return token.dep_ == "mark" or (token.tag_ == "WDT" and token.dep_ == "advmod")


def source_on_one_line(text: str, draft: Draft) -> None:
    """Clip a source phrase that runs over a line break to the line of its head word: a
    parse joined across paragraphs ("rampant critic,\nracist ... who")."""
    if draft.source_span is None or draft.source_head is None:
        return
    start, end = draft.source_span
    if "\n" not in text[start:end]:
        return
    head_start, head_end = draft.source_head
    line_start = max(start, text.rfind("\n", 0, head_start) + 1)
    line_end = text.find("\n", head_end, end)
    draft.source_span = trim(text, line_start, end if line_end == -1 else line_end)
