"""The notes store: naming, editing, loading, re-anchoring, damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.model import Article
from briefing_tui.store.notes import NotesStore, article_slug, notes_home

from .conftest import ARTICLE_TEXT, make_article, make_briefing


def test_notes_home_follows_briefing_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path))
    assert notes_home() == tmp_path
    monkeypatch.delenv("BRIEFING_HOME")
    assert notes_home().name.lower() == "briefing"


def test_file_is_named_from_title_and_content_hash(home: Path, article: Article) -> None:
    store = NotesStore(article)
    assert store.path == home / "notes" / f"tariffs-what-comes-next-{article.sha256[:8]}.md"


@pytest.mark.parametrize(
    ("title", "source", "slug"),
    [
        ("Zürich: Ça va?", "", "zurich-ca-va"),
        ("", "/home/me/news/Big Story.txt", "big-story"),
        ("", "https://example.org/world/story.html?x=1", "story"),
        ("", "https://example.org/", "example-org"),
        ("", "", "article"),
        ("東京", "", "article"),
    ],
)
def test_slugs(title: str, source: str, slug: str) -> None:
    assert article_slug(Article(text="x", title=title, source=source)) == slug


def test_set_note_creates_updates_and_removes(home: Path, article: Article) -> None:
    store = NotesStore(article)
    store.load()
    assert not store.dirty and store.note_for("actor", "a1") is None
    note = store.set_note("actor", "a1", "Donald Trump", "first")
    assert store.dirty and store.note_for("actor", "a1") is note
    assert note.created == note.updated and note.created.endswith("Z")
    assert store.set_note("actor", "a1", "Donald Trump", "second") is note
    assert note.body == "second"
    removed = store.set_note("actor", "a1", "Donald Trump", "  \n")
    assert removed.body == "" and store.note_for("actor", "a1") is None and store.notes == []


def test_article_note_has_no_id(home: Path, article: Article) -> None:
    store = NotesStore(article)
    store.set_note("article", "ignored", article.title, "overall")
    assert store.note_for("article", None) is not None


def test_save_then_load_gives_the_same_notes(home: Path, article: Article) -> None:
    store = NotesStore(article)
    store.load()
    store.set_note("article", None, article.title, "overall # not a heading\n\n---\n> q")
    store.set_note("actor", "a1", "Donald Trump", "check 🗳️")
    store.set_note("claim", "c1", "the tariffs would start in March", "<!-- /note -->")
    store.save()
    assert not store.dirty and store.path.exists()
    again = NotesStore(article)
    assert again.load() == store.notes
    assert not again.dirty and again.warning is None


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    bodies=st.lists(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",))).filter(str.strip),
        min_size=1,
        max_size=4,
    )
)
def test_store_round_trip_property(home: Path, article: Article, bodies: list[str]) -> None:
    store = NotesStore(article)
    store.load()
    for index, body in enumerate(bodies):
        store.set_note("question", f"q{index}", f"Question {index}?", body)
    store.save()
    reread = NotesStore(article)
    assert reread.load() == store.notes
    assert [n.body for n in reread.notes] == bodies
    store.path.unlink()


def test_reanchor_follows_changed_ids_and_detaches_lost_anchors(
    home: Path, article: Article
) -> None:
    store = NotesStore(article)
    store.set_note("article", None, article.title, "a")
    store.set_note("actor", "a1", "Donald Trump", "b")
    store.set_note("claim", "c1", "the tariffs would start in March", "c")
    store.set_note("question", "q1", "Will Canada retaliate?", "d")
    store.set_note("question", "q7", "A question no longer asked?", "e")
    store.save()

    store.reanchor(make_briefing(article, id_prefix="v2-"))
    assert store.dirty
    assert store.note_for("actor", "v2-a1").body == "b"
    assert store.note_for("claim", "v2-c1").body == "c"
    assert store.note_for("question", "v2-q1").body == "d"
    assert store.note_for("article", None).body == "a"
    assert [n.body for n in store.detached_notes] == ["e"]
    assert store.notes[-1].body == "e"  # detached notes come last


def test_reanchor_matches_aliases_and_reattaches(home: Path, article: Article) -> None:
    store = NotesStore(article)
    store.set_note("actor", "a9", "Trump", "alias")
    store.reanchor(make_briefing(article))
    assert store.detached_notes and store.note_for("actor", "a1") is None
    briefing = make_briefing(article)
    briefing.actors[0].aliases.append("Trump")
    store.reanchor(briefing)
    assert store.note_for("actor", "a1").body == "alias" and not store.detached_notes


def test_changed_article_finds_its_earlier_notes(home: Path, article: Article) -> None:
    store = NotesStore(article)
    store.set_note("actor", "a1", "Donald Trump", "kept")
    store.set_note("actor", "a2", "European Commission", "gone")
    store.save()

    changed = make_article(ARTICLE_TEXT.replace("The European Commission", "Brussels"))
    reopened = NotesStore(changed)
    assert reopened.path != store.path
    notes = reopened.load()
    assert reopened.adopted_from == store.path
    assert {n.body: n.detached for n in notes} == {"kept": False, "gone": True}
    assert [n.body for n in reopened.detached_notes] == ["gone"]

    reopened.reanchor(make_briefing(changed))
    reopened.save()
    assert reopened.path.exists() and store.path.exists()  # the earlier file is kept
    rendered = reopened.path.read_text(encoding="utf-8")
    assert rendered.index("# Detached") < rendered.index("gone")


def test_earlier_notes_need_the_same_source(home: Path, article: Article) -> None:
    store = NotesStore(article)
    store.set_note("actor", "a1", "Donald Trump", "kept")
    store.save()
    other = Article(text="different text", title=article.title, source="/elsewhere.txt")
    assert NotesStore(other).load() == []


def test_corrupt_file_is_kept_as_bak_and_load_starts_empty(home: Path, article: Article) -> None:
    store = NotesStore(article)
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(b"\xff\xfe not a notes file")
    assert store.load() == []
    assert store.warning and "damaged" in store.warning and ".bak" in store.warning
    backup = store.path.with_name(store.path.name + ".bak")
    assert backup.read_bytes() == b"\xff\xfe not a notes file"

    store.set_note("article", None, article.title, "fresh")
    store.save()
    assert backup.read_bytes() == b"\xff\xfe not a notes file"
    assert NotesStore(article).load()[0].body == "fresh"


def test_second_corrupt_file_does_not_overwrite_first_backup(home: Path, article: Article) -> None:
    store = NotesStore(article)
    store.path.parent.mkdir(parents=True)
    store.path.write_text("garbage one", encoding="utf-8")
    store.load()
    store.path.write_text("garbage two", encoding="utf-8")
    store.load()
    assert store.path.with_name(store.path.name + ".bak").read_text() == "garbage one"
    assert store.path.with_name(store.path.name + ".bak2").read_text() == "garbage two"


def test_corrupt_file_is_backed_up_before_save_when_load_could_not(
    home: Path, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = NotesStore(article)
    store.path.parent.mkdir(parents=True)
    store.path.write_text("---\nunterminated", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("briefing_tui.store.notes.store.shutil.copy2", refuse)
    assert store.load() == []
    assert store.warning and "could not be copied aside" in store.warning
    monkeypatch.undo()

    store.set_note("article", None, "t", "new")
    store.save()
    backup = store.path.with_name(store.path.name + ".bak")
    assert backup.read_text(encoding="utf-8") == "---\nunterminated"


def test_empty_file_is_no_notes_without_warning(home: Path, article: Article) -> None:
    store = NotesStore(article)
    store.path.parent.mkdir(parents=True)
    store.path.write_text("", encoding="utf-8")
    assert store.load() == [] and store.warning is None


def test_update_note_edits_and_removes_detached_notes(home: Path, article: Article) -> None:
    store = NotesStore(article)
    store.set_note("question", "q9", "Gone?", "old")
    store.reanchor(make_briefing(article))
    [detached] = store.detached_notes
    assert store.update_note(detached, "edited").body == "edited"
    store.update_note(detached, "")
    assert store.notes == []


def test_save_removes_temp_files_left_by_a_killed_save(home: Path, article: Article) -> None:
    store = NotesStore(article)
    store.path.parent.mkdir(parents=True)
    orphan = store.path.parent / f".{store.path.name}.abc123.tmp"
    orphan.write_text("half", encoding="utf-8")
    store.set_note("article", None, "t", "x")
    store.save()
    assert not orphan.exists()
