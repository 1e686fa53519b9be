"""Speaker labels at a line start ("SMITH: ..."), a transcript turn running to the next."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from briefing_tui.analysis.claims.cues import label_stoplist
from briefing_tui.analysis.claims.draft import MAX_TURN_CHARS, Draft, trim
from briefing_tui.model import ClaimKind

_LABEL_RE = re.compile(
    r"^[ \t]*[\"“]?(?P<label>[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3})[ \t]*:[ \t]+"
    r"(?P<content>\S[^\n]{12,})$",
    re.MULTILINE,
)
#: How far a transcript turn may run past its label's line, in line breaks.
MAX_TURN_LINES = 8


def label_drafts(text: str) -> list[Draft]:
    """Speaker labels at a line start: "SMITH: ..." (transcripts, headlines)."""
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
    _extend_turns(text, drafts)
    return drafts


def _extend_turns(text: str, drafts: list[Draft]) -> None:
    """In a transcript (a label used twice or more), a turn runs on to the next label."""
    counts = Counter(text[d.source_span[0] : d.source_span[1]] for d in drafts if d.source_span)
    if not counts or max(counts.values()) < 2:
        return
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
