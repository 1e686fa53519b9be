"""Fixtures for the notes store tests: an article, its briefing, and a private data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.model import Actor, Article, Briefing, Claim, Question, Span

ARTICLE_TEXT = (
    "Donald Trump said the tariffs would start in March. "
    "The European Commission warned that it would respond. "
    "It is not clear whether Canada will retaliate."
)


def make_article(text: str = ARTICLE_TEXT, title: str = "Tariffs: what comes next") -> Article:
    """An article as the reader would open it from a file."""
    return Article(text=text, title=title, source="/news/tariffs.txt")


def make_briefing(article: Article, id_prefix: str = "") -> Briefing:
    """A small briefing over ``article``; ``id_prefix`` lets a test renumber the ids."""
    text = article.text
    claim_text = "the tariffs would start in March"
    start = text.find(claim_text)
    claims = []
    if start >= 0:
        claims.append(
            Claim(
                id=f"{id_prefix}c1",
                source=f"{id_prefix}a1",
                source_text="Donald Trump",
                source_span=None,
                cue="said",
                cue_span=None,
                content=Span(start, start + len(claim_text)),
            )
        )
    actors = [
        Actor(id=f"{id_prefix}a{i + 1}", name=name, kind="person")
        for i, name in enumerate(["Donald Trump", "European Commission"])
        if name in text
    ]
    questions = [
        Question(id=f"{id_prefix}q1", question="Will Canada retaliate?", kind="unresolved")
    ]
    return Briefing(article=article, actors=actors, claims=claims, questions=questions)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder, also set as BRIEFING_HOME."""
    folder = tmp_path / "home"
    monkeypatch.setenv("BRIEFING_HOME", str(folder))
    return folder


@pytest.fixture
def article() -> Article:
    """The standard test article."""
    return make_article()
