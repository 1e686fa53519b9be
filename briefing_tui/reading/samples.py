"""The bundled sample articles, found from any working directory."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.errors import InputError

#: In a checkout ``briefing_tui/seeds`` links to the top-level ``seeds/``; a wheel copies it.
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def sample_paths() -> list[Path]:
    """The bundled sample articles, sorted by name."""
    if not SEEDS_DIR.is_dir():
        return []
    return sorted(p for p in SEEDS_DIR.iterdir() if p.suffix == ".txt")


def default_sample() -> Path:
    """The first bundled sample article."""
    paths = sample_paths()
    if not paths:
        raise InputError("no bundled sample article found; reinstall briefing-tui")
    return paths[0]
