"""The cue lexicon: attribution verbs, their stance and where their content sits.

The verbs live in ``lexicon/shared/cues.tsv`` (lemma, stance, frames), nouns and
adjectives in ``lexicon/claims/``; this module only reads those files and
answers lookups.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from briefing_tui.analysis import lexicon as data_files

#: Frames a cue may take; see the headers of ``shared/cues.tsv`` and ``claims/cue_verbs.tsv``.
FRAMES = frozenset({"that", "to", "obj", "pred", "of", "as", "at", "ing"})


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry: ``particle`` is set for phrasal verbs ("point out")."""

    lemma: str
    particle: str | None
    stance: str
    frames: frozenset[str]


@cache
def cue_table() -> dict[str, tuple[Cue, ...]]:
    """Cue entries keyed by verb lemma; phrasal entries come first. The claims pane's own
    verbs (``lexicon/claims/cue_verbs.tsv``) join the shared ones."""
    return _table(data_files.CUE_VERBS, "claims/cue_verbs.tsv")


@cache
def noun_cue_table() -> dict[str, tuple[Cue, ...]]:
    """Noun cues ("claim", "pledge", "concern about") keyed by lemma; with a preposition first."""
    return _table("claims/nouns.tsv")


@cache
def adjective_cue_table() -> dict[str, tuple[Cue, ...]]:
    """Adjectives of stance ("critical of", "confident that") keyed by lemma."""
    return _table("claims/adjectives.tsv")


def _table(*names: str) -> dict[str, tuple[Cue, ...]]:
    table: dict[str, dict[str | None, Cue]] = {}
    for row in (row for name in names for row in data_files.rows(name)):
        words = row[0].split()
        stance = row[1] if len(row) > 1 else "assertion"
        frames = frozenset(f.strip() for f in row[2].split(",")) if len(row) > 2 else {"that"}
        particle = words[1] if len(words) > 1 else None
        entries = table.setdefault(words[0], {})
        old = entries.get(particle)
        merged = frozenset(frames) | (old.frames if old else frozenset())
        entries[particle] = Cue(words[0], particle, stance, merged & FRAMES)
    return {
        lemma: tuple(sorted(entries.values(), key=lambda c: c.particle is None))
        for lemma, entries in table.items()
    }


def label_stoplist() -> frozenset[str]:
    """Line labels ("Update:", "Photo:") that introduce no speaker."""
    return data_files.words("claims/label_stoplist.txt")


def light_verbs() -> frozenset[str]:
    """Verbs whose subject owns the cue noun they take ("made the claim that")."""
    return data_files.words("claims/light_verbs.txt")


def content_nouns() -> frozenset[str]:
    """Nouns of something said or believed: what a verb of denial may take as its object."""
    return data_files.words("claims/content_nouns.txt")
