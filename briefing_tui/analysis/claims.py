"""Claims: who asserted what, quoted or reported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.model import Actor, Claim, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

_CUE_LEMMAS = frozenset({"say", "tell", "warn", "claim", "deny", "announce", "state", "add", "post"})


def _actor_at(actors: list[Actor], start: int, end: int) -> str | None:
    for actor in actors:
        if any(m.start < end and start < m.end for m in actor.mentions):
            return actor.id
    return None


def find_claims(doc: Doc, actors: list[Actor]) -> list[Claim]:
    """Attributions found by a reporting-verb rule: SOURCE CUE CONTENT."""
    claims: list[Claim] = []
    for token in doc:
        if token.lemma_ not in _CUE_LEMMAS or token.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        contents = [c for c in token.children if c.dep_ in {"ccomp", "xcomp", "parataxis"}]
        if not subjects or not contents:
            continue
        subject = subjects[0]
        src = doc[subject.left_edge.i : subject.right_edge.i + 1]
        body = contents[0]
        content = doc[body.left_edge.i : body.right_edge.i + 1]
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                source=_actor_at(actors, src.start_char, src.end_char),
                source_text=src.text,
                source_span=Span(src.start_char, src.end_char),
                cue=token.text,
                cue_span=Span(token.idx, token.idx + len(token.text)),
                content=Span(content.start_char, content.end_char),
                kind="indirect",
            )
        )
    return claims
