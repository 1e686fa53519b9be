""" "According to SOURCE, CONTENT" in either order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.draft import Draft, Sentences, chars, trim
from briefing_tui.analysis.claims.sources import phrase_bounds
from briefing_tui.analysis.doctext import doc_text
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc


def according_drafts(doc: Doc, sentences: Sentences) -> list[Draft]:
    """ "according to SOURCE, CONTENT" in either order."""
    text = doc_text(doc)
    drafts = []
    for token in doc:
        if (
            token.lower_ != "according"
            or token.i + 1 >= len(doc)
            or doc[token.i + 1].lower_ != "to"
        ):
            continue
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ in {"pobj", "pcomp"}] or [
            c for c in token.children if c.dep_ == "pobj"
        ]
        if not objects:
            continue
        src_start, src_end = phrase_bounds(objects[0], None)
        if any(c.dep_ == "dobj" for c in objects[0].children):
            src_end = objects[0].i + 1  # "according to Smith the plan ...": a misparse
        names = [o for o in objects[1:] if o.pos_ == "PROPN" and o.left_edge.i == src_end]
        if names:
            # "according to curator Elaine Gustafon" parsed as two objects: the name heads it
            src_end = max(src_end, phrase_bounds(names[0], None)[1])
            objects = [names[0]]
        sent_start, sent_end = sentences.bounds(token.i)
        phrase_start, phrase_end = token.i, max(src_end, to.i + 1)
        if phrase_start - sent_start >= sent_end - phrase_end:
            content = (sent_start, phrase_start)
        else:
            content = (phrase_end, sent_end)
        if content[1] - content[0] < 3:
            continue
        span = trim(text, *chars(doc, *content))
        drafts.append(
            Draft(
                span,
                f"{token.text} {to.text}",
                (token.idx, to.idx + len(to.text)),
                chars(doc, src_start, src_end),
                chars(doc, objects[0].i, objects[0].i + 1),
                "assertion",
                ClaimKind.ACCORDING_TO,
            )
        )
    return drafts
