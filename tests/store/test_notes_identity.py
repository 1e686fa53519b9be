"""An article's notes are found by what it is, not by how its path was typed (issue 15 #5)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_tui.model import Article
from briefing_tui.reading import load_article
from briefing_tui.store.notes import NotesStore, slugify


@pytest.mark.parametrize("headline", ["", "Storm hits the coast of Brittany\n\n"])
def test_an_edited_articles_notes_are_found_however_its_path_is_spelled(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, headline: str
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    monkeypatch.chdir(folder)
    path = folder / "a.txt"
    path.write_text(headline + "The mayor said the bridge will reopen in May.\n")
    store = NotesStore(load_article("a.txt"))
    store.set_note("article", None, "", "follow up with the mayor")
    store.save()

    path.write_text(headline + "The mayor said the bridge will reopen in June.\n")
    for spelling in ("./a.txt", "a.txt", str(path), "../news/a.txt"):
        edited = NotesStore(load_article(spelling))
        notes = edited.load()
        assert [n.body for n in notes] == ["follow up with the mayor"], spelling
        assert edited.adopted_from == store.path


def test_notes_of_a_file_typed_relative_to_another_folder_are_found(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same title in a file of the same name: a path typed from elsewhere."""
    (tmp_path / "news").mkdir()
    path = tmp_path / "news" / "a.txt"
    path.write_text("Storm hits the coast of Brittany\n\nThe bridge will reopen in May.\n")
    monkeypatch.chdir(tmp_path)
    store = NotesStore(load_article(os.path.join("news", "a.txt")))
    assert store.article.title
    store.set_note("article", None, "", "kept")
    store.save()
    path.write_text("Storm hits the coast of Brittany\n\nThe bridge will reopen in June.\n")
    monkeypatch.chdir(tmp_path / "news")
    assert [n.body for n in NotesStore(load_article("a.txt")).load()] == ["kept"]


def test_slugs_are_cut_at_the_end_of_a_word() -> None:
    title = "Ukraine and its allies weigh the offer of long-range missiles from Washington"
    slug = slugify(title)
    assert len(slug) <= 60
    assert slug == "ukraine-and-its-allies-weigh-the-offer-of-long-range"
    assert slugify("x" * 80) == "x" * 60  # one word longer than the limit is cut


def test_notes_saved_under_an_earlier_title_are_found_for_the_same_text(home: Path) -> None:
    """A changed title rule renames the slug; the text's sha256 still finds its notes."""
    text = "The mayor said the bridge will reopen in May.\n"
    untitled = Article(text=text, title="", source="/news/bridge.txt")
    first = NotesStore(untitled)
    first.set_note("article", None, "", "ask about the contractor")
    first.save()

    titled = Article(text=text, title="Bridge to reopen", source="/news/bridge.txt")
    again = NotesStore(titled)
    assert [n.body for n in again.load()] == ["ask about the contractor"]
    assert again.path == first.path  # kept in its file, not copied beside it
    again.set_note("article", None, "", "ask about the contractor and the date")
    again.save()
    assert sorted(p.name for p in first.path.parent.glob("*.md")) == [first.path.name]
