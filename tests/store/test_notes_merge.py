"""Two app instances on the same article: a save merges, and never drops a note."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.model import Article
from briefing_tui.store.notes import Note, NotesStore, merge_notes


def two_stores(article: Article) -> tuple[NotesStore, NotesStore]:
    """Two instances that both loaded the same saved notes."""
    seed = NotesStore(article)
    seed.set_note("actor", "a1", "Donald Trump", "base trump")
    seed.set_note("claim", "c1", "the tariffs would start in March", "base claim")
    seed.save()
    first, second = NotesStore(article), NotesStore(article)
    first.load()
    second.load()
    return first, second


def bodies(store: NotesStore) -> dict[tuple[str, str | None, bool], str]:
    return {(n.anchor_kind, n.anchor_id, n.conflict): n.body for n in store.notes}


def test_notes_added_on_each_side_are_both_kept(home: Path, article: Article) -> None:
    first, second = two_stores(article)
    first.set_note("question", "q1", "Will Canada retaliate?", "from first")
    first.save()
    second.set_note("article", None, article.title, "from second")
    second.save()
    assert second.merged_on_save
    assert bodies(second)[("question", "q1", False)] == "from first"
    assert bodies(second)[("article", None, False)] == "from second"
    assert NotesStore(article).load() == second.notes


def test_change_made_on_one_side_wins(home: Path, article: Article) -> None:
    first, second = two_stores(article)
    first.set_note("actor", "a1", "Donald Trump", "first edited trump")
    first.save()
    second.set_note("claim", "c1", "the tariffs would start in March", "second edited claim")
    second.save()
    assert bodies(second) == {
        ("actor", "a1", False): "first edited trump",
        ("claim", "c1", False): "second edited claim",
    }
    # The first instance picks the second's edit up on its next save.
    first.save()
    assert bodies(first) == bodies(second) and not first.dirty


def test_both_sides_changing_a_note_keeps_a_conflict_copy(home: Path, article: Article) -> None:
    first, second = two_stores(article)
    first.set_note("actor", "a1", "Donald Trump", "first says")
    first.save()
    second.set_note("actor", "a1", "Donald Trump", "second says")
    second.save()
    assert second.note_for("actor", "a1").body == "second says"
    [copy] = second.conflicts_for("actor", "a1")
    assert copy.body == "first says" and copy.conflict
    saved = NotesStore(article).load()
    assert sorted(n.body for n in saved) == ["base claim", "first says", "second says"]
    assert "(conflict copy)" in second.path.read_text(encoding="utf-8")


def test_deleted_on_one_side_and_untouched_on_the_other_is_deleted(
    home: Path, article: Article
) -> None:
    first, second = two_stores(article)
    first.set_note("claim", "c1", "the tariffs would start in March", "")
    first.save()
    second.set_note("actor", "a1", "Donald Trump", "second edited")
    second.save()
    assert second.note_for("claim", "c1") is None


def test_deleted_on_one_side_and_edited_on_the_other_is_kept(home: Path, article: Article) -> None:
    first, second = two_stores(article)
    first.set_note("claim", "c1", "the tariffs would start in March", "")
    first.save()
    second.set_note("claim", "c1", "the tariffs would start in March", "still needed")
    second.save()
    assert second.note_for("claim", "c1").body == "still needed"

    first.save()  # first deleted; second's edit since then must survive
    assert first.note_for("claim", "c1").body == "still needed"


def test_same_new_anchor_on_both_sides_keeps_both(home: Path, article: Article) -> None:
    first, second = two_stores(article)
    first.set_note("question", "q1", "Will Canada retaliate?", "first q")
    first.save()
    second.set_note("question", "q1", "Will Canada retaliate?", "second q")
    second.save()
    assert second.note_for("question", "q1").body == "second q"
    assert [n.body for n in second.conflicts_for("question", "q1")] == ["first q"]


def test_same_new_note_on_both_sides_is_not_duplicated(home: Path, article: Article) -> None:
    first, second = two_stores(article)
    first.set_note("question", "q1", "Will Canada retaliate?", "same")
    first.save()
    second.set_note("question", "q1", "Will Canada retaliate?", "same")
    second.save()
    assert [n.body for n in second.notes if n.anchor_kind == "question"] == ["same"]


def test_file_deleted_by_the_other_side_is_rewritten(home: Path, article: Article) -> None:
    first, second = two_stores(article)
    first.path.unlink()
    second.set_note("article", None, "t", "mine")
    second.save()
    assert len(NotesStore(article).load()) == 3


def test_merge_notes_unit() -> None:
    def note(uid: str, body: str) -> Note:
        return Note("question", f"q{uid}", f"Q{uid}?", body, "t", "t", uid=uid)

    base = [note("1", "b1"), note("2", "b2"), note("3", "b3")]
    ours = [note("1", "o1"), note("3", "b3"), note("4", "o4")]  # 1 edited, 2 deleted, 4 added
    theirs = [note("1", "b1"), note("2", "b2"), note("3", "t3"), note("5", "t5")]
    merged = merge_notes(base, ours, theirs)
    assert [(n.uid, n.body) for n in merged] == [("1", "o1"), ("3", "t3"), ("4", "o4"), ("5", "t5")]
