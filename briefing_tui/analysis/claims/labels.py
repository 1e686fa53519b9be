"""Speaker labels at a line start ("SMITH: ..."), a transcript turn running to the next."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.cues import label_stoplist
from briefing_tui.analysis.claims.draft import MAX_TURN_CHARS, VERBAL, Draft, trim
from briefing_tui.analysis.datelines import dateline_at
from briefing_tui.analysis.doctext import doc_text
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LABEL_RE = re.compile(
    r"^[ \t]*[\"“]?(?P<label>[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3})[ \t]*:[ \t]+"
    r"(?P<content>\S[^\n]{12,})$",
    re.MULTILINE,
)
#: How far a transcript turn may run past its label's line, in line breaks.
MAX_TURN_LINES = 8
#: Words that a name leaves in lower case: title-cased, they mark a headline.
_FUNCTION_WORD_RE = re.compile(
    r"(?:An?|And|As|At|By|For|From|Into?|Is|Of|On|Or|Over|The|To|Was|Were|With)"
)

#: Articles: a one-off label that opens with one is a heading ("The Latest:").
_ARTICLES = frozenset({"The", "A", "An"})


def label_drafts(doc: Doc) -> list[Draft]:
    """Speaker labels at a line start: "SMITH: ..." (transcripts, headlines).

    A one-off label must read as a name (no title-cased function word, as in a
    headline "Stealth Over Health: ...", and no article opening it, as in "The
    Latest: ...") and its line must state something (a
    verb): "Profile: Jane Doe" and other link lines are not claims.
    """
    text = doc_text(doc)
    stop = label_stoplist()
    drafts = []
    for match in _LABEL_RE.finditer(text):
        label = match.group("label")
        if label.lower() in stop or label.lower().rstrip(".") in stop:
            continue
        span = trim(text, match.start("content"), match.end("content"))
        drafts.append(
            Draft(
                span,
                ":",
                (match.end("label"), match.end("label") + 1),
                (match.start("label"), match.end("label")),
                (match.start("label"), match.end("label")),
                "assertion",
                ClaimKind.DIRECT,
            )
        )
    turns = _extend_turns(text, drafts)
    return [
        d
        for d in drafts
        if d.source_span in turns
        or (_one_off_claim(doc, d) and dateline_at(doc, d.source_span[0]) is None)  # "OSLO: "
    ]


def _one_off_claim(doc: Doc, draft: Draft) -> bool:
    """A label used once: a name, and a line with a verb."""
    assert draft.source_span is not None
    label = doc_text(doc)[draft.source_span[0] : draft.source_span[1]]
    words = label.split()
    if any(_FUNCTION_WORD_RE.fullmatch(word) for word in words[1:]):
        return False
    if len(words) > 1 and words[0] in _ARTICLES:
        return False  # "The Latest: ...", "A Look Back: ...": a heading, not a speaker
    span = doc.char_span(*draft.content, alignment_mode="expand")
    if span is None:
        return False
    # a headline in title case states something even where the tagger found no verb
    return any(t.pos_ in VERBAL for t in span) or _title_case(span.text)


def _title_case(line: str) -> bool:
    long_words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def _extend_turns(text: str, drafts: list[Draft]) -> set[tuple[int, int] | None]:
    """In a transcript (a label used twice or more), a turn runs on to the next label.

    Returns the label spans of the transcript's turns.
    """
    counts = Counter(text[d.source_span[0] : d.source_span[1]] for d in drafts if d.source_span)
    turns: set[tuple[int, int] | None] = set()
    if not counts or max(counts.values()) < 2:
        return turns
    for draft in drafts:
        if draft.source_span is not None:
            label = text[draft.source_span[0] : draft.source_span[1]]
            if counts[label] >= 2 or label.isupper():
                turns.add(draft.source_span)
    for draft, following in pairwise(drafts):
        if following.source_span is None or draft.source_span is None:
            continue
        label = text[draft.source_span[0] : draft.source_span[1]]
        if counts[label] < 2 and not label.isupper():
            continue  # a one-off "Name: ..." line (a headline) is not a turn
        line_start = text.rfind("\n", draft.content[1], following.source_span[0])
        if line_start == -1:
            continue
        gap = text[draft.content[1] : line_start]
        if len(gap) <= MAX_TURN_CHARS and gap.count("\n") <= MAX_TURN_LINES:
            draft.content = trim(text, draft.content[0], line_start)
    return turns
