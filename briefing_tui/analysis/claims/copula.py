"""Claims stated through "be": "the union's position is that the bill is unfair".

A cue noun of ``lexicon/claims/nouns.tsv`` that takes a "that" clause, owned by a
possessor and the subject of "be", whose complement is the "that" clause: the
possessor holds what the clause says ("Her view was that ...", "Lee's bet is that ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.cues import noun_cue_table
from briefing_tui.analysis.claims.draft import Draft, chars, subtree_range, trim
from briefing_tui.analysis.claims.sources import phrase_bounds
from briefing_tui.analysis.doctext import doc_text, doc_words
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def copular_drafts(doc: Doc, in_quote: list[int]) -> list[Draft]:
    """Claims of "X's NOUN is that CLAUSE" for the cue nouns that take a "that" clause."""
    text = doc_text(doc)
    drafts = []
    words, table = doc_words(doc), noun_cue_table()  # _that_cue reads a NOUN of the table only
    for noun in (
        doc[i] for i, lemma in enumerate(words.lemmas) if lemma in table and words.pos[i] == "NOUN"
    ):
        cue = _that_cue(noun)
        if cue is None or in_quote[noun.i] >= 0 or noun.dep_ != "nsubj":
            continue
        be = noun.head
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = _that_clause(be)
        if be.lemma_ != "be" or owner is None or clause is None:
            continue
        start, end = subtree_range(clause)
        span = trim(text, *chars(doc, start + 1, end))  # past the "that"
        if span[1] - span[0] < 2:
            continue
        s_start, s_end = phrase_bounds(owner, noun.i)
        drafts.append(
            Draft(
                span,
                noun.text,
                (noun.idx, noun.idx + len(noun.text)),
                chars(doc, s_start, s_end),
                chars(doc, owner.i, owner.i + 1),
                cue,
                ClaimKind.INDIRECT,
            )
        )
    return drafts


def _that_cue(noun: Token) -> str | None:
    """The stance of a cue noun that takes a "that" clause, else None."""
    if noun.pos_ != "NOUN":
        return None
    for cue in noun_cue_table().get(noun.lemma_.lower(), ()):
        if cue.particle is None and "that" in cue.frames:
            return cue.stance
    return None


def _that_clause(be: Token) -> Token | None:
    """The complement clause of "be" opened by "that", after it."""
    for child in be.children:
        if child.dep_ == "ccomp" and child.i > be.i:
            opener = be.doc[child.left_edge.i]
            if opener.lower_ == "that" and opener.dep_ == "mark":
                return child
    return None
