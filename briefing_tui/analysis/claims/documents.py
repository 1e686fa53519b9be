"""A document as a speaker: the one who was just reported saying something in it.

"The company said in a statement that the data was safe. It shut off the access the
same day, the statement said.": "the statement" is the one the company spoke in, so its
claim is the company's, however the article named the company ("The company", "Lumora",
"she"), once the claim that spoke in it has a speaker. Only a definite document ("the
statement", "that report") of the same noun, spoken in within the few sentences before
(``sources.ISSUER_SENTENCES``), is read so; "a statement said" names no issuer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.sources import DEFINITE, is_document, issuer_reach
from briefing_tui.analysis.doctext import char_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.claims.draft import Draft

#: The preposition by which a cue names the document it speaks in ("said in a statement").
_IN = "in"


def _token(doc: Doc, span: tuple[int, int] | None) -> Token | None:
    found = char_span(doc, *span) if span is not None else None
    return found[-1] if found is not None and len(found) else None


def _spoken_in(cue: Token) -> frozenset[str]:
    """Lemmas of the documents a cue speaks in ("said in a statement": "statement")."""
    return frozenset(
        obj.lemma_.lower()
        for prep in cue.children
        if prep.dep_ == "prep" and prep.lower_ == _IN
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def speakers_of_documents(doc: Doc, drafts: list[Draft]) -> None:
    """Give a definite document source with no speaker the speaker of the claim just
    made in that document (see the module), in place."""
    for draft in drafts:
        head = _token(doc, draft.source_head)
        if draft.actor is not None or head is None or not is_document(head):
            continue
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
            continue
        since = doc[issuer_reach(head)].idx
        earlier = [
            d
            for d in drafts
            if d.cue_span is not None and since <= d.cue_span[0] < head.idx and d is not draft
        ]
        lemma = head.lemma_.lower()
        for other in sorted(earlier, key=lambda d: d.cue_span or (0, 0), reverse=True):
            cue = _token(doc, other.cue_span)
            if cue is None:
                continue
            # "said in a statement that ...": the verb's, or the noun's when it carries the claim
            if cue.lemma_.lower() == lemma or lemma in _spoken_in(cue):
                draft.actor = other.actor  # the latest one spoken in decides
                break
