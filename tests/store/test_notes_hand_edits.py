"""The notes file is the user's: text written into it by hand survives every save, in place."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.model import Article
from briefing_tui.store.notes import (
    Note,
    NotesFile,
    NotesStore,
    parse_notes_file,
    render_notes_file,
)

SUMMARY = "My summary: the tariffs story is mostly spin.\n\n"
BETWEEN = "## My own section\n\nSee also the *Financial Times* piece.\n\n"
AFTER = "\n---\n\nWritten by hand at the end, no newline at the end"
FRONT = "tags: [trade, us]\nreviewed: yes\n"


def _saved_store(article: Article) -> NotesStore:
    store = NotesStore(article)
    store.load()
    store.set_note("article", None, article.title, "overall: skeptical")
    store.set_note("actor", "a1", "Donald Trump", "check his March remarks")
    store.set_note("claim", "c1", "the tariffs would start in March", "source?")
    store.save()
    return store


def _section(text: str, uid: str) -> str:
    match = re.search(rf'<!-- note uid="{uid}".*?<!-- /note -->\n?', text, re.S)
    assert match is not None
    return match.group()


def _hand_edit(text: str) -> str:
    """The file with text of the user's own everywhere the app does not write."""
    text = text.replace("\n---\n", f"\n{FRONT}---\n", 1)
    first_marker = text.index("<!-- note ")
    text = text[:first_marker] + SUMMARY + text[first_marker:]
    first_end = text.index("<!-- /note -->\n") + len("<!-- /note -->\n")
    text = text[:first_end] + "\n" + BETWEEN.rstrip("\n") + "\n" + text[first_end:]
    return text + AFTER


def _without_updated(text: str) -> str:
    return re.sub(r'(?m)^updated: ".*"$', "updated: -", text)


def test_hand_edits_anywhere_survive_a_save_in_place(home: Path, article: Article) -> None:
    store = _saved_store(article)
    edited = _hand_edit(store.path.read_text(encoding="utf-8"))
    store.path.write_text(edited, encoding="utf-8")

    again = NotesStore(article)
    again.load()
    claim = again.note_for("claim", "c1")
    assert claim is not None
    old_section = _section(edited, claim.uid)
    again.set_note("claim", "c1", claim.anchor_text, "source? asked the ministry")
    again.save()

    saved = again.path.read_text(encoding="utf-8")
    for hand_written in (SUMMARY, BETWEEN, AFTER, FRONT):
        assert hand_written in saved
    # Only the edited note's section (and the time of the save) changed.
    new_section = _section(saved, claim.uid)
    assert "asked the ministry" in new_section
    assert _without_updated(saved) == _without_updated(edited.replace(old_section, new_section))


def test_hand_edits_survive_a_save_that_merges_another_instance(
    home: Path, article: Article
) -> None:
    store = _saved_store(article)
    # The user edits the file in an editor while the app has it open.
    edited = _hand_edit(store.path.read_text(encoding="utf-8"))
    store.path.write_text(edited, encoding="utf-8")
    store.set_note("question", "q1", "Will Canada retaliate?", "ask Ottawa")
    store.save()
    assert store.merged_on_save
    saved = store.path.read_text(encoding="utf-8")
    for hand_written in (SUMMARY, BETWEEN, AFTER, FRONT):
        assert hand_written in saved
    assert "ask Ottawa" in saved
    assert len(NotesStore(article).load()) == 4


def test_removing_a_note_keeps_the_text_around_it(home: Path, article: Article) -> None:
    store = _saved_store(article)
    store.path.write_text(_hand_edit(store.path.read_text(encoding="utf-8")), encoding="utf-8")
    again = NotesStore(article)
    again.load()
    again.set_note("actor", "a1", "Donald Trump", "")
    again.save()
    saved = again.path.read_text(encoding="utf-8")
    assert "check his March remarks" not in saved
    for hand_written in (SUMMARY, BETWEEN, AFTER, FRONT):
        assert hand_written in saved
    assert len(NotesStore(article).load()) == 2


def test_a_file_of_crlf_lines_keeps_them(home: Path, article: Article) -> None:
    store = _saved_store(article)
    crlf = _hand_edit(store.path.read_text(encoding="utf-8")).replace("\n", "\r\n")
    store.path.write_bytes(crlf.encode("utf-8"))
    again = NotesStore(article)
    again.load()
    again.set_note("question", "q1", "Will Canada retaliate?", "new")
    again.save()
    saved = again.path.read_bytes().decode("utf-8")
    assert SUMMARY.replace("\n", "\r\n") in saved
    assert "\n" not in saved.replace("\r\n", "")


# --- any hand edit, anywhere --------------------------------------------------

_MARKUP_LINE = re.compile(r"^(---|# Detached|# Notes:.*|.*<!--.*)$", re.M)

#: A line of the user's own: anything not read as one of the app's markers.
own_line = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\n\r"),
    max_size=30,
).filter(lambda line: not _MARKUP_LINE.match(line.strip("\r")) and "<!--" not in line)
own_text = st.lists(own_line, max_size=4).map(lambda lines: "".join(f"{x}\n" for x in lines))
own_key = st.from_regex(r"[a-z]{1,8}", fullmatch=True).filter(
    lambda key: key not in ("format", "title", "source", "sha256", "created", "updated")
)


def _note(index: int, detached: bool) -> Note:
    kind = ("article", "actor", "claim", "question")[index % 4]
    return Note(
        kind,
        f"x{index}",
        f"anchor {index}",
        f"body {index}\n\nmore",
        "t",
        "t",
        detached,
        uid=f"u{index}",
    )


@settings(max_examples=150, deadline=None)
@given(
    note_count=st.integers(0, 4),
    detached_count=st.integers(0, 2),
    inserts=st.lists(st.tuples(st.integers(0, 10_000), own_text), max_size=5),
    front_keys=st.lists(st.tuples(own_key, own_line), max_size=3),
    end=st.sampled_from(["", "\n", "trailing words"]),
    changed=st.integers(0, 5),
)
def test_any_hand_edited_file_round_trips_and_an_edit_changes_only_its_note(
    note_count: int,
    detached_count: int,
    inserts: list[tuple[int, str]],
    front_keys: list[tuple[str, str]],
    end: str,
    changed: int,
) -> None:
    notes = [_note(i, False) for i in range(note_count)]
    notes += [_note(note_count + i, True) for i in range(detached_count)]
    text = render_notes_file(NotesFile(title="T", sha256="ab" * 32, notes=notes))
    text = text.replace(
        "\n---\n", "\n" + "".join(f"{k}: {v}\n" for k, v in front_keys) + "---\n", 1
    )
    # Insert the user's text before any line after the front matter, outside the sections.
    lines = text.splitlines(keepends=True)
    front_end = lines.index("---\n", 1)
    inside = [False] * len(lines)
    in_section = False
    for number, line in enumerate(lines):
        in_section = in_section or line.startswith("<!-- note ")
        inside[number] = in_section
        in_section = in_section and not line.startswith("<!-- /note -->")
    starts = [
        at
        for at in range(front_end + 1, len(lines) + 1)
        if not (inside[at - 1] and not lines[at - 1].startswith("<!-- /note -->"))
    ]
    placed = sorted(
        ((starts[position % len(starts)], own) for position, own in inserts), reverse=True
    )
    for at, own in placed:  # from the end, so that each index still holds
        lines.insert(at, own)
    text = "".join(lines) + end

    parsed = parse_notes_file(text)
    assert render_notes_file(parsed) == text
    assert parsed.notes == notes

    if parsed.notes:
        target = parsed.notes[changed % len(parsed.notes)]
        before = _section(text, target.uid)
        target.body = "changed by the app"
        after = render_notes_file(parsed)
        assert after == text.replace(before, _section(after, target.uid))


def test_a_front_matter_key_of_ones_own_is_never_read_as_the_apps(
    home: Path, article: Article
) -> None:
    store = _saved_store(article)
    own = 'note: "an unclosed quote\n'
    store.path.write_text(
        store.path.read_text(encoding="utf-8").replace("\n---\n", f"\n{own}---\n", 1),
        encoding="utf-8",
    )
    again = NotesStore(article)
    assert len(again.load()) == 3
    assert again.warning is None  # not set aside as damaged
    again.set_note("question", "q1", "Will Canada retaliate?", "more")
    again.save()
    assert own in again.path.read_text(encoding="utf-8")
