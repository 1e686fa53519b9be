"""A definite description right after its noun was brought in anew: no earlier actor.

"Leda Health Group said its clinics were open. ... a researcher wrote that a criminal
group calling itself Redfox had posted the files. The group says it holds ...": "the
group" takes up the noun the article has just brought in with "a", the criminal group,
not the body named earlier whose name ends in that noun. When a claim's source is
"the" and a common noun, and the same noun was brought in by "a", "an" or "another"
earlier in the source's sentence or in the sentence before, and that phrase holds no
mention of the actor the source's words were given ("a criminal group calling itself
Redfox ... The group said": Redfox), the source may be that new one: the claim keeps its
words and no speaker. A document's issuer ("issued a statement ... The statement said")
is not what the description names, and keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import char_span
from briefing_tui.analysis.sentences import sentence_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.claims.draft import Draft
    from briefing_tui.analysis.claims.sources import ActorIndex

#: Determiners that bring a new thing into the story.
_INDEFINITE = frozenset({"a", "an", "another"})


def drop_reintroduced_descriptions(doc: Doc, drafts: list[Draft], index: ActorIndex) -> None:
    """Take the speaker off each draft whose source is "the" and a noun just brought in
    anew by an indefinite noun phrase (see the module), in place."""
    for draft in drafts:
        if draft.actor is None or draft.source_span is None or draft.carried_from is not None:
            continue
        if index.at(*draft.source_span) != draft.actor:
            continue  # "The statement said": the issuer speaks, not what the words name
        head = _definite_head(doc, draft.source_span)
        if head is None:
            continue
        if _brought_in_anew(doc, head, draft.actor, index):
            draft.actor = None


def _definite_head(doc: Doc, source: tuple[int, int]) -> Token | None:
    """The head noun of a source that is "the" and a common noun ("The group"), or None."""
    span = char_span(doc, *source)
    if span is None or not len(span):
        return None
    head = span.root
    if head.pos_ != "NOUN" or head.ent_type_:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(t.pos_ == "PROPN" for t in span):
        return None  # "the Harbour Board": a name of its own
    return head


def _brought_in_anew(doc: Doc, head: Token, actor: str, index: ActorIndex) -> bool:
    """Whether ``head``'s noun was brought in by an indefinite noun phrase, in its sentence
    before it or in the sentence before, outside every mention of ``actor``."""
    start, _end = sentence_bounds(doc, head.i)
    if start > 0:
        start, _end = sentence_bounds(doc, start - 1)
    lemma = head.lemma_.lower()
    for word in doc[start : head.i]:
        if word.pos_ != "NOUN" or word.lemma_.lower() != lemma:
            continue
        if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in word.children):
            continue
        last = word.right_edge
        inside = index.named_in(word.left_edge.idx, last.idx + len(last), described_bodies=True)
        if actor not in inside:
            return True  # not "a group calling itself Redfox" when Redfox is the actor
    return False
