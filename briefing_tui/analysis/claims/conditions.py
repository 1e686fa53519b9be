"""A condition written before an inserted cue stays with the content it conditions.

"If the tests confirm the leak, Dr. Lind said, the beach would stay closed": the
content's clause has an "if" or "unless" clause before the cue, and the claim is
conditional. Shown without it, the content would read as an assertion, so the
content starts at the condition and runs over the inserted cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.draft import Draft
from briefing_tui.analysis.doctext import char_span, doc_heads
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Marks of a condition.
CONDITION_MARKS = frozenset({"if", "unless"})


def with_condition(doc: Doc, draft: Draft) -> None:
    """Start a reported content at the condition its clause has before the cue."""
    if draft.kind not in (ClaimKind.INDIRECT, ClaimKind.MIXED) or draft.cue_span is None:
        return
    content = char_span(doc, *draft.content)
    cue = char_span(doc, *draft.cue_span)
    if content is None or cue is None or not len(content):
        return
    if cue.start > content.start:
        return  # the cue comes before the content: a condition there is inside it
    heads, inside = doc_heads(doc), range(content.start, content.end)  # no Token built per word
    roots = {heads[i] for i in inside if heads[i] not in inside}
    for clause in (doc[i] for i in inside if heads[i] == i or heads[i] in roots or i in roots):
        for child in clause.children:
            if child.dep_ != "advcl" or child.right_edge.i >= cue.start:
                continue
            mark = doc[child.left_edge.i]
            if mark.lower_ in CONDITION_MARKS and mark.sent.start == cue.sent.start:
                draft.content = (mark.idx, draft.content[1])
                return
