"""A quote its cue interrupts is one claim: its quoted parts joined, the cue left between.

'"We will win," Lee said, "and we will win big."' and '"This is not right," Lee
said. "The council squeezed the workers."' are one statement each, as a reader
and PolNeAR read them, not two. The part after the cue was drafted as the
speaker's going on (``carried_from``); here it joins the part before when all that
stands between them is the cue's own sentence: the cue and its speaker, in the
same paragraph, with no sentence, quote or other cue of their own. The claim's
content runs from the first part's start to the last part's end and keeps the
parts, so what is shown and copied is the quoted words alone (issue 16, item 7).

A reported content its own cue stands inside, set off by commas ("If the wind
does not ease, Vale said, the fire could reach the town"), keeps the two stretches
around the insert as its parts in the same way.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.draft import QUOTE_MARKS, Draft, trim
from briefing_tui.analysis.doctext import doc_text
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The longest stretch between two quoted parts that is only their cue's sentence: a
#: speaker named with a long apposition ("said Ann Lee, an economist who ... group.").
MAX_CUE_SENTENCE_CHARS = 260
#: Marks and stops that close the first part and open the second around the cue.
_EDGE_CHARS = "\"“”„«»'‘’ \t,.;:!?…"
#: Whether parts in two sentences join ('"A," she said. "B."'), not only a sentence its cue
#: splits ('"A," she said, "b."'). The references disagree: PolNeAR makes one attribution
#: of them, the dev set (``../shared/eval/dev``) one claim per sentence, and a joined
#: claim whose other part is long loses a short part there (README, "One claim per
#: statement"). The product reads them as one statement.
JOIN_SENTENCES = True
_MARKS_AND_SPACE = " \t\"“”„«»'‘’"
#: Kinds of claim a quote may go on from over its cue: a quote, or a paraphrase that
#: quotes ('The cuts are "not working," Lee says. "We ..."').
_FIRST_PART_KINDS = frozenset({ClaimKind.DIRECT, ClaimKind.MIXED})
#: Tokens that end a sentence inside the stretch: a second sentence is not the cue's.
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def join_interrupted(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """The drafts with each quote its cue interrupts made one claim of its parts; a part
    before a cue too short to stand alone (a fragment) is dropped when nothing joins it."""
    text = doc_text(doc)
    cues = sorted(d.cue_span for d in drafts if d.cue_span is not None)
    absorbed: set[int] = set()
    for draft in drafts:
        origin = draft.carried_from
        if origin is None or id(origin) in absorbed or not _joins(doc, text, origin, draft, cues):
            continue
        origin.parts = [*(origin.parts or [origin.content]), *(draft.parts or [draft.content])]
        origin.content = (origin.content[0], draft.content[1])
        origin.fragment = False
        absorbed.add(id(draft))
        # a third part going on from this one goes on from the joined claim
        for later in drafts:
            if later.carried_from is draft:
                later.carried_from = origin
    return [d for d in drafts if id(d) not in absorbed and not d.fragment]


#: The longest insert, in characters, between the commas around a cue inside its content.
MAX_INSERT_CHARS = 120


def leave_out_inserted_cue(text: str, draft: Draft) -> None:
    """Give a reported content that holds its own cue between two commas ("..., Vale said,
    ...") the stretches on either side of the insert as its parts."""
    if draft.parts or draft.kind == ClaimKind.DIRECT or draft.cue_span is None:
        return
    start, end = draft.content
    first = min(draft.cue_span[0], draft.source_span[0] if draft.source_span else end)
    last = max(draft.cue_span[1], draft.source_span[1] if draft.source_span else start)
    if not start < first or not last < end:
        return
    opening = text.rfind(",", start, first)
    closing = text.find(",", last, end)
    if opening <= start or closing == -1 or closing - opening > MAX_INSERT_CHARS:
        return
    if text[opening + 1 : first].strip() not in {"", "as"} or text[last:closing].count(" ") > 5:
        return  # the commas set off more than the cue, its speaker and a few words of its own
    before, after = trim(text, start, opening), trim(text, closing + 1, end)
    if before[0] < before[1] and after[0] < after[1]:
        draft.parts = [before, after]


def _joins(doc: Doc, text: str, origin: Draft, draft: Draft, cues: list[tuple[int, int]]) -> bool:
    """Whether ``draft`` is the second part of ``origin``'s quote, its cue between them."""
    if origin.kind not in _FIRST_PART_KINDS or draft.kind != ClaimKind.DIRECT:
        return False  # a mixed first part: 'The cuts are "not working," Lee says. "We ..."'
    if origin.cue_span is None or draft.cue_span is not None:
        return False
    gap_start, gap_end = origin.content[1], draft.content[0]
    if not gap_start <= origin.cue_span[0] < origin.cue_span[1] <= gap_end:
        return False  # the cue does not stand between the parts
    gap = text[gap_start:gap_end]
    if "\n" in gap or len(gap) > MAX_CUE_SENTENCE_CHARS:
        return False
    inner = gap.strip(_EDGE_CHARS)
    if any(ch in QUOTE_MARKS for ch in inner):
        return False  # a quote of its own stands between them
    if any(gap_start <= s and e <= gap_end and (s, e) != origin.cue_span for s, e in cues):
        return False  # another cue: someone else's voice, or a second act of saying
    if ";" in inner:
        return False  # '..., it added; and, later, "...': a second statement
    ends_sentence = gap.rstrip(_MARKS_AND_SPACE).endswith((".", "!", "?"))
    if ends_sentence and not JOIN_SENTENCES:
        return False
    opening = text[gap_end : draft.content[1]].lstrip(_EDGE_CHARS)
    if not ends_sentence and not opening[:1].islower():
        return False  # '"A," she said, "B ...': no sentence goes on over the cue
    return not _second_sentence(doc, gap_start + gap.find(inner), len(inner))


def _second_sentence(doc: Doc, start: int, length: int) -> bool:
    """Whether the cue's stretch ends a sentence before its own end ("Lee said. She left."):
    a stop before a capitalised word, not one inside an abbreviation ("(D-Mo.)")."""
    span = doc.char_span(start, start + length, alignment_mode="contract")
    if span is None:
        return True
    return any(t.text in _SENTENCE_ENDS and after.text[:1].isupper() for t, after in pairwise(span))
