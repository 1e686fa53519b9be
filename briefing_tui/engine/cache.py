"""Cached analyses: one JSON file per (article, model, analysis version).

A second open of the same article reads its Briefing back instead of loading
spaCy. The key is the article text's sha256 with the model's name and version
and ``fingerprint.ANALYSIS_VERSION``, so a new model or a changed analysis misses
the old entries. A corrupt or stale entry, or one that parses but breaks the
briefing/1 contract (``contract.contract_problems``: a span outside the text, a
claim source that is no actor), is treated as a miss and rewritten.

The cache lives in the platform's user cache directory; ``BRIEFING_CACHE``
names another directory (tests point it at a temporary one).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from briefing_tui.contract import contract_problems
from briefing_tui.model import Article, Briefing, ModelInfo
from briefing_tui.settings import load_settings


def cache_dir() -> Path:
    """The directory holding cached briefings (it may not exist yet)."""
    return load_settings().cache_dir


def cache_key(article_sha256: str, model: ModelInfo, analysis_version: str) -> str:
    """The hex key of one analysis: the same text, model and analysis give the same key."""
    # /2: briefings carry their held-back questions; /1 entries lack them, so they miss
    parts = ("briefing-cache/2", article_sha256, model.name, model.version, analysis_version)
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def entry_path(article: Article, model: ModelInfo, analysis_version: str) -> Path:
    """Where the cached briefing of ``article`` under ``model`` lives."""
    key = cache_key(article.sha256, model, analysis_version)
    return cache_dir() / key[:2] / f"{key}.json"


def load(article: Article, model: ModelInfo, analysis_version: str) -> Briefing | None:
    """The cached Briefing of ``article``, or None when absent, unreadable, corrupt, stale
    or breaking the contract.

    The returned Briefing carries ``article`` itself (the same text may have been
    cached under another file name).
    """
    path = entry_path(article, model, analysis_version)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        # Checked before use: the app and the JSON output trust spans and ids.
        if contract_problems(data):
            return None
        briefing = Briefing.from_json(data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    stored_sha = data.get("article", {}).get("sha256")
    if (
        briefing.analysis_version != analysis_version
        or briefing.model != model
        or stored_sha != article.sha256
        or briefing.article.text != article.text
    ):
        return None
    briefing.article = article
    return briefing


def cached_briefing(article: Article, model_name: str | None = None) -> Briefing | None:
    """The cached analysis of ``article`` by the pipeline ``model_name`` names, if any.

    Never imports spaCy: the model's name and version come from its package.
    """
    from briefing_tui.engine.fingerprint import ANALYSIS_VERSION
    from briefing_tui.engine.nlp import installed_model_info

    found = installed_model_info(model_name)
    if found is None:
        return None
    return load(article, ModelInfo(*found), ANALYSIS_VERSION)


def store(briefing: Briefing) -> Path | None:
    """Write ``briefing`` to the cache atomically; returns the path, or None if it cannot.

    A cache that cannot be written (read-only home, full disk) only costs speed,
    so errors are swallowed.
    """
    from briefing_tui.store.atomic import atomic_write_text

    if briefing.model is None or not briefing.analysis_version:
        return None
    path = entry_path(briefing.article, briefing.model, briefing.analysis_version)
    try:
        atomic_write_text(path, json.dumps(briefing.to_json(), ensure_ascii=False))
    except OSError:
        return None
    return path
