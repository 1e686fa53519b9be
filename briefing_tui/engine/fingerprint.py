"""The analysis fingerprint: which rules and lexicons produced a Briefing.

Every Briefing carries it (``analysis_version``) and the cache is keyed by it,
so a cached result is never served for an analysis that has since changed.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from briefing_tui import __version__

#: The files whose content decides what the analysis finds.
_ANALYSIS_SUFFIXES = frozenset({".py", ".txt", ".tsv", ".json"})


#: Folders of ``analysis/`` that read several Briefings, never one article: they do not
#: change a Briefing, so a change to them keeps the cache.
_CROSS_ARTICLE = ("dossier", "lexicon/dossier")
_ROOT = Path(__file__).resolve().parent.parent / "analysis"


def fingerprint_files(root: Path = _ROOT) -> list[Path]:
    """The analysis code and lexicons that decide what one article's Briefing holds."""
    return [root.joinpath(*parts) for parts in _relative_files(root)]


def _relative_files(root: Path) -> list[tuple[str, ...]]:
    """The parts of each fingerprinted file's path under ``root``, in path order.

    A walk of directory entries (no stat per file, no Path per entry): the app
    computes the fingerprint at every launch, before it can look in the cache.
    Sorting the parts tuples orders the files as sorting their Paths does.
    """
    found: list[tuple[str, ...]] = []
    for folder, dirs, files in os.walk(root):
        base = Path(folder).relative_to(root).parts
        prefix = "/".join(base)
        if any((prefix + "/").startswith(cross + "/") for cross in _CROSS_ARTICLE):
            dirs.clear()
            continue
        found.extend(
            (*base, name) for name in files if os.path.splitext(name)[1] in _ANALYSIS_SUFFIXES
        )
    return sorted(found)


def _analysis_fingerprint(root: Path = _ROOT) -> str:
    """The package version plus a digest of the analysis code and lexicons."""
    digest = hashlib.sha256()
    for parts in _relative_files(root):
        digest.update("/".join(parts).encode())
        digest.update(root.joinpath(*parts).read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


#: Changes whenever the analysis changes what it finds, so cached results are redone.
ANALYSIS_VERSION = _analysis_fingerprint()
