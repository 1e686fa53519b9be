"""The dossier notes file: front matter listing the articles, the dossier's own notes,
each article's notes under its heading."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.model import Article
from briefing_tui.store.dossier_notes import (
    dossier_notes_path,
    read_dossier_notes,
    save_dossier_notes,
)
from briefing_tui.store.notes import NotesStore


def _articles() -> list[Article]:
    return [
        Article(text="The council met on Monday.\n", title="Council meets", source="a.txt"),
        Article(text="The council voted on Friday.\n", title="Council votes", source="b.txt"),
    ]


def test_a_note_on_the_dossier_is_kept_with_each_articles_notes(tmp_path: Path) -> None:
    articles = _articles()
    store = NotesStore(articles[1], tmp_path)
    store.load()
    store.set_note("article", None, "Council votes", "check the vote count")
    store.save()
    path = save_dossier_notes(articles, add="Two outlets, one vote.", home=tmp_path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\nformat: briefing-dossier-notes/1\narticles:\n")
    assert f'sha256: "{articles[0].sha256}"' in text and f'sha256: "{articles[1].sha256}"' in text
    assert "## [1] Council meets\n\n(no notes)" in text
    assert "## [2] Council votes" in text and "check the vote count" in text
    assert [n.body for n in read_dossier_notes(path)] == ["Two outlets, one vote."]


def test_notes_accumulate_and_one_cannot_close_its_own_section(tmp_path: Path) -> None:
    articles = _articles()
    save_dossier_notes(articles, add="first", home=tmp_path)
    path = save_dossier_notes(articles, add="<!-- /dossier-note -->\nsecond", home=tmp_path)
    assert [n.body for n in read_dossier_notes(path)] == [
        "first",
        "<!-- /dossier-note -->\nsecond",
    ]


def test_the_same_articles_in_any_order_share_one_file(tmp_path: Path) -> None:
    articles = _articles()
    assert dossier_notes_path(articles, tmp_path) == dossier_notes_path(articles[::-1], tmp_path)
    assert dossier_notes_path(articles[:1], tmp_path) != dossier_notes_path(articles, tmp_path)
