"""Matching notes to the items of a briefing by the text they are attached to."""

from __future__ import annotations

from briefing_tui.model import Briefing, ClaimKind
from briefing_tui.store.notes.format import ACCORDING_TO, Note


def normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def anchor_candidates(briefing: Briefing) -> dict[str, list[tuple[str, list[str]]]]:
    """For each anchor kind, the (id, texts that identify it) of every item in the briefing."""
    text = briefing.article.text
    return {
        "actor": [(a.id, [a.name, *a.aliases]) for a in briefing.actors],
        "claim": [(c.id, [c.words(text)]) for c in briefing.claims],
        "question": [
            (q.id, [q.question]) for q in (*briefing.questions, *briefing.held_back_questions)
        ],
    }


def claim_speakers(briefing: Briefing) -> dict[str, str]:
    """Who made each claim, by claim id: its actor's name, else the words naming its source,
    after "according to" for a claim the article gives on a source's word ("according to
    a filing"); no entry for a claim without a source."""
    speakers: dict[str, str] = {}
    for claim in briefing.claims:
        actor = briefing.actor(claim.source)
        name = " ".join((actor.name if actor is not None else claim.source_text or "").split())
        if name and claim.kind == ClaimKind.ACCORDING_TO:
            name = f"{ACCORDING_TO} {name}"
        if name:
            speakers[claim.id] = name
    return speakers


def match_anchor(note: Note, candidates: list[tuple[str, list[str]]]) -> str | None:
    """The id of the item whose text is the note's anchor text (same id preferred), or None."""
    wanted = normalised(note.anchor_text)
    if not wanted:
        return None
    exact = [item_id for item_id, texts in candidates if wanted in map(normalised, texts)]
    if not exact and note.anchor_kind == "claim":
        # Claim boundaries move a little between analysis versions.
        exact = [
            item_id
            for item_id, texts in candidates
            if any(wanted in t or (t and t in wanted) for t in map(normalised, texts))
        ]
    if note.anchor_id in exact:
        return note.anchor_id
    return exact[0] if exact else None
