"""Importing spaCy without its command-line interface, which Briefing never uses.

``import spacy`` runs ``from .cli.info import info`` (to offer ``spacy.info``),
and that one line imports the whole of ``spacy.cli``: the download, project
and training commands with typer, weasel, requests and httpx behind them.
It is about 350 modules and 0.15 s of a 0.5 s import, paid by every analysis
before the model even starts to load.

``import_spacy`` puts a stand-in for ``spacy.cli.info`` in ``sys.modules``
before importing spaCy, so that line finds it and nothing else is imported.
The stand-in's ``info`` imports the real module when it is first called, so
``spacy.info()`` and ``spacy.cli`` still work (they just cost their import then).
If spaCy is already imported, nothing is changed.
"""

from __future__ import annotations

import sys
import types
from typing import Any

STAND_IN = "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: imports the real ``spacy.cli.info`` on first use and calls it."""
    if getattr(sys.modules.get(STAND_IN), "stand_in", False):
        del sys.modules[STAND_IN]
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """Import spaCy (without ``spacy.cli``, unless something already imported it)."""
    if "spacy" not in sys.modules and STAND_IN not in sys.modules:
        stand_in = types.ModuleType(STAND_IN, "Stand-in until spacy.info is first called.")
        stand_in.info = _info  # type: ignore[attr-defined]
        stand_in.stand_in = True  # type: ignore[attr-defined]
        sys.modules[STAND_IN] = stand_in
    import spacy

    return spacy
