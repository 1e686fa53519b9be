"""An office named by its country ("Greek court", "the Malaysian navy") written again in the
same words where the parse did not make it a noun phrase of its own (a headline's "Greek
court rules ..."): the same office.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefing_tui.analysis.actors.drafts import Names


def add_repeated_offices(doc: Doc, names: Names) -> None:
    """Every other occurrence of an unnamed office's words, with the same capitals and not
    inside a longer capitalised name or another mention, is a mention of that office."""
    text = doc_text(doc)
    taken = [(m.start, m.end) for d in names.drafts.values() for m in d.mentions]
    for key, draft in names.drafts.items():
        if not key.startswith("unnamed:"):
            continue
        for written in {m.text for m in draft.mentions if m.kind == "name"}:
            if len(written.split()) < 2:
                continue
            for found in re.finditer(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text):
                start, end = found.span()
                if any(s < end and start < e for s, e in taken) or _continued(text, start, end):
                    continue
                span = doc.char_span(start, end)
                if span is None:
                    continue
                draft.add(start, end, written, "name", span.root.i)
                taken.append((start, end))


def _continued(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands right before or after ``text[start:end]``."""
    before = text[:start].split()[-1:] if text[:start].strip() else []
    after = text[end:].split()[:1]
    joined = bool(before) and text[start - 1 : start] == " " and before[0][:1].isupper()
    return joined or (bool(after) and text[end : end + 1] == " " and after[0][:1].isupper())
