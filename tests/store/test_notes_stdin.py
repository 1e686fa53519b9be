"""Notes on articles read from standard input belong to their text, not to "standard input"."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.model import Article
from briefing_tui.store.notes import NotesStore, notes_path


def _stdin_article(text: str) -> Article:
    return Article(text=text, title="", source="standard input")


def test_a_note_on_one_piped_article_does_not_attach_to_another(home: Path) -> None:
    first = _stdin_article("The council voted to close the library on Sundays.")
    second = _stdin_article("A new bridge opened across the river on Monday.")
    store = NotesStore(first, home)
    store.load()
    store.set_note("article", None, "", "a note on the library")
    store.save()

    other = NotesStore(second, home)
    assert other.load() == []
    assert other.adopted_from is None
    other.set_note("article", None, "", "a note on the bridge")
    other.save()
    assert "library" not in other.path.read_text(encoding="utf-8")
    assert notes_path(first, home) != notes_path(second, home)

    again = NotesStore(first, home)
    assert [note.body for note in again.load()] == ["a note on the library"]


def test_titled_piped_articles_with_the_same_title_keep_their_own_notes(home: Path) -> None:
    first = Article(text="Version one of the story.", title="Story", source="standard input")
    second = Article(text="A different story.", title="Story", source="standard input")
    store = NotesStore(first, home)
    store.load()
    store.set_note("article", None, "", "mine")
    store.save()
    assert NotesStore(second, home).load() == []
