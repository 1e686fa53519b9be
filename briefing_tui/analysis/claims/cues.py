"""The cue lexicon: attribution verbs, their stance and where their content sits.

The words live in ``lexicon/cues.tsv`` (lemma, stance, frames); this module
only reads that file and answers lookups.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent.parent / "lexicon"
#: Frames a cue may take; see the header of ``cues.tsv``.
FRAMES = frozenset({"that", "to", "obj", "pred", "of", "as"})


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry: ``particle`` is set for phrasal verbs ("point out")."""

    lemma: str
    particle: str | None
    stance: str
    frames: frozenset[str]


def _read_rows(name: str) -> list[list[str]]:
    rows = []
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@cache
def cue_table() -> dict[str, tuple[Cue, ...]]:
    """Cue entries keyed by verb lemma; phrasal entries come first."""
    return _table("cues.tsv")


@cache
def noun_cue_table() -> dict[str, tuple[Cue, ...]]:
    """Noun cues ("claim", "pledge", "concern about") keyed by lemma; with a preposition first."""
    return _table("cue_nouns.tsv")


@cache
def adjective_cue_table() -> dict[str, tuple[Cue, ...]]:
    """Adjectives of stance ("critical of", "confident that") keyed by lemma."""
    return _table("cue_adjectives.tsv")


def _table(name: str) -> dict[str, tuple[Cue, ...]]:
    table: dict[str, dict[str | None, Cue]] = {}
    for row in _read_rows(name):
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


@cache
def cue_lemmas() -> frozenset[str]:
    """Every verb lemma that can start a cue."""
    return frozenset(cue_table())


@cache
def label_stoplist() -> frozenset[str]:
    """Line labels ("Update:", "Photo:") that introduce no speaker."""
    return frozenset(row[0].lower() for row in _read_rows("cue_label_stoplist.txt"))


@cache
def light_verbs() -> frozenset[str]:
    """Verbs whose subject owns the cue noun they take ("made the claim that")."""
    return frozenset(row[0].lower() for row in _read_rows("cue_light_verbs.txt"))
