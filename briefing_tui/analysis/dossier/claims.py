"""Claims across articles: one statement reported by several outlets, and where they differ.

Two claims of different articles are one statement when their words match (a quote
word for word, or nearly: "verbatim", "near") or when the same dossier actor is
reported saying much the same ("reported"). Differences are flagged, never guessed:
the same speaker quoted in different words for what reads as one statement
("reworded"), and two speakers taking opposite positions on one matter
("contradiction": the same content words, one side negated or denying).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from rapidfuzz.fuzz import ratio

from briefing_tui.analysis.dossier.model import ClaimGroup, Divergence, DossierActor, Ref
from briefing_tui.analysis.dossier.words import content_words, negated, overlap, words
from briefing_tui.model import Briefing, Claim, ClaimKind

#: Stances that deny or reject what the content says.
_DENYING = frozenset({"denial"})
_QUOTED = frozenset({ClaimKind.DIRECT, ClaimKind.MIXED})

#: Nearly the same words (a quote with a word changed).
NEAR = 88.0
#: The share of content words two claims of one speaker must share to be one statement.
SAME_STATEMENT = 0.6
#: The share of content words a quote reworded still keeps.
REWORDED = 0.3
#: The share of content words two speakers must share to be on one matter.
SAME_MATTER = 0.5


@dataclass(frozen=True, slots=True)
class _Said:
    """One claim, with its speaker in the dossier and its words."""

    ref: Ref
    claim: Claim
    speaker: str | None
    text: str
    words: tuple[str, ...]
    content: frozenset[str]
    negated: bool


def _said(ref: Ref, claim: Claim, speaker: str | None, text: str) -> _Said:
    return _Said(
        ref,
        claim,
        speaker,
        " ".join(text.split()),
        words(text),
        content_words(text),
        negated(text) or claim.stance in _DENYING,
    )


def match_of(x: _Said, y: _Said) -> str | None:
    """How two claims of different articles report one statement, or None."""
    if x.negated != y.negated:
        return None
    if len(x.words) >= 4 and len(y.words) >= 4:
        a, b = " ".join(x.words), " ".join(y.words)
        if a == b or (min(len(x.words), len(y.words)) >= 6 and (a in b or b in a)):
            return "verbatim"
        if ratio(a, b) >= NEAR:
            return "near"
    if x.speaker is None or x.speaker != y.speaker:
        return None
    if overlap(x.content, y.content) >= SAME_STATEMENT and len(x.content & y.content) >= 3:
        return "reported"
    return None


def divergence_of(x: _Said, y: _Said) -> str | None:
    """How two claims of different articles differ: "reworded", "contradiction" or None."""
    if x.speaker is None or y.speaker is None:
        return None
    shared = overlap(x.content, y.content)
    if x.speaker == y.speaker:
        quoted = x.claim.kind in _QUOTED and y.claim.kind in _QUOTED
        alike = x.negated == y.negated and len(x.content & y.content) >= 2
        if quoted and alike and shared >= REWORDED:
            return "reworded"
        return None
    if x.negated != y.negated and shared >= SAME_MATTER and len(x.content & y.content) >= 3:
        return "contradiction"
    return None


def _candidate_pairs(said: list[_Said]) -> list[tuple[int, int]]:
    """Pairs of claims of different articles that share two content words or more (every
    match and divergence but a word-for-word quote needs as much), or all their words,
    in order."""
    by_word: dict[str, list[int]] = {}
    by_text: dict[str, list[int]] = {}
    for i, item in enumerate(said):
        for word in item.content:
            by_word.setdefault(word, []).append(i)
        by_text.setdefault(" ".join(item.words), []).append(i)
    shared: dict[tuple[int, int], int] = {}
    for indices in by_word.values():
        for n, i in enumerate(indices):
            for j in indices[n + 1 :]:
                if said[i].ref.article != said[j].ref.article:
                    shared[(i, j)] = shared.get((i, j), 0) + 1
    same = {
        pair
        for indices in by_text.values()
        for pair in combinations(indices, 2)
        if said[pair[0]].ref.article != said[pair[1]].ref.article
    }
    return sorted(same | {pair for pair, count in shared.items() if count >= 2})


_STRENGTH = {"verbatim": 3, "near": 2, "reported": 1, "single": 0}


def align_claims(
    briefings: list[Briefing], actors: list[DossierActor]
) -> tuple[list[ClaimGroup], list[Divergence]]:
    """Every claim in one group (the same statement across articles together), and the
    divergences between groups or within them."""
    speaker_of = {(m.article, m.id): a.id for a in actors for m in a.members}
    said = [
        _said(
            Ref(i, claim.id),
            claim,
            speaker_of.get((i, claim.source)) if claim.source else None,
            claim.words(b.article.text),
        )
        for i, b in enumerate(briefings)
        for claim in b.claims
    ]
    parent = list(range(len(said)))
    strength = [0] * len(said)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    divergences: list[Divergence] = []
    for i, j in _candidate_pairs(said):
        x, y = said[i], said[j]
        match = match_of(x, y)
        if match:
            a, b = find(i), find(j)
            parent[b] = a
            strength[a] = max(strength[a], strength[b], _STRENGTH[match])
            if match == "reported" and x.claim.kind in _QUOTED and y.claim.kind in _QUOTED:
                divergences.append(Divergence("reworded", [x.ref, y.ref], _note("reworded", x, y)))
            continue
        kind = divergence_of(x, y)
        if kind:
            divergences.append(Divergence(kind, [x.ref, y.ref], _note(kind, x, y)))
    groups: dict[int, list[int]] = {}
    for i in range(len(said)):
        groups.setdefault(find(i), []).append(i)
    ordered = sorted(
        groups.items(),
        key=lambda kv: (-len({said[i].ref.article for i in kv[1]}), kv[1][0]),
    )
    names = {v: k for k, v in _STRENGTH.items()}
    result = []
    for n, (root, members) in enumerate(ordered, 1):
        first = said[members[0]]
        several = len({said[i].ref.article for i in members}) > 1
        result.append(
            ClaimGroup(
                f"g{n}",
                next((said[i].speaker for i in members if said[i].speaker), None),
                first.text,
                [said[i].ref for i in members],
                names[strength[root]] if several else "single",
            )
        )
    return result, divergences


def _note(kind: str, x: _Said, y: _Said) -> str:
    if kind == "reworded":
        return f"quoted differently: “{_short(x.text)}” / “{_short(y.text)}”"
    return f"opposite positions: “{_short(x.text)}” / “{_short(y.text)}”"


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
