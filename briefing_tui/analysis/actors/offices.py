"""An office named by its country ("Greek court", "the Malaysian navy") written again in the
same words where the parse did not make it a noun phrase of its own (a headline's "Greek
court rules ..."): the same office.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.spans import continues_name
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
                if any(s < end and start < e for s, e in taken) or continues_name(text, start, end):
                    continue
                span = doc.char_span(start, end)
                if span is None:
                    continue
                draft.add(start, end, written, "name", span.root.i)
                taken.append((start, end))
