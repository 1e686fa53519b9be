"""Disputes between two sources that state opposite states of one thing, in any sentences.

"The interior ministry said the crossing had been closed" and, later, "the
government of Lusovia said the crossing was open" dispute one matter with no
denial word: two claims by different sources whose subjects share their head
noun, one predicating a state and the other its opposite (``opposites``
lexicon) or the same state negated. Asked as "Is the Tarn border crossing
closed?", both sentences as evidence and both sources as actors.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import char_span
from briefing_tui.analysis.questions.cues import lexicon
from briefing_tui.analysis.questions.disputes import Dispute
from briefing_tui.analysis.questions.phrasing import statement
from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.model import Claim


@cache
def _opposite_pairs() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(line.split()) for line in lexicon("opposites"))


def _state(content_root: Token) -> tuple[Token, Token] | None:
    """The subject and the state a clause predicates of it ("the crossing" / "closed" in
    "the crossing had been closed", "open" in "the crossing was open"), or None."""
    verb = content_root
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    if verb.lemma_ == "be":
        state = next((c for c in verb.children if c.dep_ in {"acomp", "attr"}), None)
        return (subject, state) if state is not None and state.pos_ == "ADJ" else None
    if any(c.dep_ == "auxpass" for c in verb.children) and verb.tag_ == "VBN":
        return subject, verb  # "had been closed"
    return None


def _same_thing(first: Token, second: Token) -> bool:
    """Whether two subjects name one thing: the same head, and no modifiers that set them
    apart ("the north gate" and "the south gate" are two)."""
    if first.lemma_.lower() != second.lemma_.lower():
        return _part_named(first, second) or _part_named(second, first)
    kinds = {"compound", "amod", "nummod"}
    one = {c.lower_ for c in first.children if c.dep_ in kinds}
    other = {c.lower_ for c in second.children if c.dep_ in kinds}
    return not (one and other and one != other)


def _part_named(whole: Token, short: Token) -> bool:
    """ "the border" for "the Korday border crossing": a bare noun that is the modifier of
    the other's head, said with no modifier of its own."""
    if any(c.dep_ in {"compound", "amod", "nummod"} for c in short.children):
        return False
    return any(
        c.dep_ == "compound" and c.lemma_.lower() == short.lemma_.lower() for c in whole.children
    )


def _opposed(first: Token, second: Token) -> bool:
    one, other = first.lemma_.lower(), second.lemma_.lower()
    if one == other:
        return is_negated(first) != is_negated(second)
    return frozenset({one, other}) in _opposite_pairs()


def _phrase(subject: Token) -> str:
    words = statement(t for t in subject.subtree)[9:-1]
    return words[:1].lower() + words[1:] if subject.left_edge.pos_ == "DET" else words


def opposite_states(doc: Doc, claims: list[Claim]) -> list[Dispute]:
    """Disputes from two claims of different sources stating opposite states of one thing."""
    stated: list[tuple[Claim, Token, Token]] = []
    for claim in claims:
        if not claim.source:
            continue
        content = char_span(doc, claim.content.start, claim.content.end)
        if content is None or not len(content):
            continue
        # a quotation of several sentences states something in each ("The border is open.
        # We have seen no order ...")
        for sentence in content.sents:
            part = doc[max(sentence.start, content.start) : min(sentence.end, content.end)]
            found = _state(part.root) if len(part) else None
            if found is not None:
                stated.append((claim, *found))
                break
    disputes: list[Dispute] = []
    for index, (first, subject, state) in enumerate(stated):
        for second, other_subject, other_state in stated[index + 1 :]:
            if second.source == first.source:
                continue
            if not _same_thing(subject, other_subject):
                continue
            if not _opposed(state, other_state):
                continue
            be = "Are" if subject.tag_ in {"NNS", "NNPS"} else "Is"
            text = f"{be} {_phrase(subject)} {state.lemma_.lower()}?"
            if state.lemma_.lower() == "close":
                text = f"{be} {_phrase(subject)} closed?"
            disputes.append(
                Dispute(
                    [subject.sent, other_subject.sent],
                    None,
                    sources=[first.source, second.source],  # type: ignore[list-item]
                    claims=[c.id for c in (first, second) if c.id],
                    text=text,
                    cue=f"{state.text} / {other_state.text}",
                )
            )
    return disputes
