"""The analysis fingerprint: which rules and lexicons produced a Briefing.

Every Briefing carries it (``analysis_version``) and the cache is keyed by it,
so a cached result is never served for an analysis that has since changed.
"""

from __future__ import annotations

import hashlib
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
    return [
        path
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and path.suffix in _ANALYSIS_SUFFIXES
        and not any(
            path.relative_to(root).as_posix().startswith(folder + "/") for folder in _CROSS_ARTICLE
        )
    ]


def _analysis_fingerprint() -> str:
    """The package version plus a digest of the analysis code and lexicons."""
    digest = hashlib.sha256()
    for path in fingerprint_files():
        digest.update(path.relative_to(_ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


#: Changes whenever the analysis changes what it finds, so cached results are redone.
ANALYSIS_VERSION = _analysis_fingerprint()
