"""New articles from feeds are analysed ahead of time, so opening one is a cache hit."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.engine.feeds import analyze_stored, articles_to_analyse
from briefing_tui.model import Article
from briefing_tui.store.library import open_library
from briefing_tui.store.library.articles import record_article


def test_stored_articles_are_analysed_once(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path / "cache"))
    web = Article(
        text="The harbour board said on Monday that the ferry pier would close for repairs.",
        title="Pier to close",
        source="https://coast.example/pier",
    )
    local = Article(text="A file is analysed when it is opened.", source="/notes/a.txt")
    with open_library(tmp_path / "home") as library:
        record_article(library, web, opened=False)
        record_article(library, local)
        assert [a.sha256 for a in articles_to_analyse(library)] == [web.sha256]
        assert analyze_stored(library) == 1
        assert articles_to_analyse(library) == []
        assert analyze_stored(library) == 0
