"""The notes file format: readable Markdown that reads back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.store.notes import (
    Note,
    NotesFile,
    NotesFormatError,
    parse_notes_file,
    render_notes_file,
)

TRICKY_BODIES = [
    "plain",
    "# not a heading of ours\n## nor this",
    "> quoted\n> more",
    "---\ntitle: fake front matter\n---",
    "\n\nblank lines around\n\n",
    "<!-- /note -->",
    '\\<!-- /note -->\n\\\\<!-- note kind="claim" -->',
    '<!-- note uid="x" kind="actor" id=null created="" updated="" -->',
    "# Detached",
    "unicode: Zürich, 東京, emoji 🗳️, rtl مرحبا",
    "carriage\rreturn and \r\n windows line",
    "ends with newline\n",
    "",
    " leading space",
    "line\u2028separator\x0bvertical tab\x0cform feed\x1c",
]

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)))
tricky_lines = st.sampled_from(
    ["", ">", "> ", "#", "# Detached", "---", "<!--", "<!-- /note -->", "\\<!--", " ", "\r"]
)
multiline = st.lists(st.one_of(texts, tricky_lines), max_size=6).map("\n".join)


@st.composite
def notes(draw: st.DrawFn) -> Note:
    """Any note, including ones the app would never make."""
    kind = draw(st.sampled_from(["article", "actor", "claim", "question"]))
    return Note(
        anchor_kind=kind,
        anchor_id=draw(st.none() | texts),
        anchor_text=draw(st.one_of(texts, multiline)),
        body=draw(st.one_of(texts, multiline)),
        created=draw(texts),
        updated=draw(texts),
        detached=draw(st.booleans()),
        conflict=draw(st.booleans()),
        uid=draw(st.text(alphabet="0123456789abcdef", min_size=1, max_size=12)),
    )


def in_file_order(note_list: list[Note]) -> list[Note]:
    return [n for n in note_list if not n.detached] + [n for n in note_list if n.detached]


@settings(max_examples=200, deadline=None)
@given(
    title=texts,
    source=texts,
    created=texts,
    note_list=st.lists(notes(), max_size=6),
)
def test_any_notes_file_round_trips_exactly(
    title: str, source: str, created: str, note_list: list[Note]
) -> None:
    original = NotesFile(
        title=title,
        source=source,
        sha256="ab" * 32,
        created=created,
        updated="2026-11-25T17:00:00Z",
        notes=in_file_order(note_list),
    )
    assert parse_notes_file(render_notes_file(original)) == original


@pytest.mark.parametrize("body", TRICKY_BODIES)
def test_tricky_bodies_round_trip(body: str) -> None:
    note = Note("claim", "c3", "the claim\n> with a quote", body, "t1", "t2", uid="1")
    original = NotesFile(title="T", notes=[note])
    assert parse_notes_file(render_notes_file(original)).notes == [note]


def test_file_reads_as_markdown() -> None:
    notes_file = NotesFile(
        title='A "quoted" title',
        source="/news/a.txt",
        sha256="0" * 64,
        created="2026-11-25T17:00:00Z",
        updated="2026-11-25T17:05:00Z",
        notes=[
            Note("article", None, "A title", "Overall: skeptical.", "t", "t", uid="a"),
            Note("actor", "a1", "Donald Trump", "Check his March remarks.", "t", "t", uid="b"),
            Note("claim", "c3", "tariffs start in March", "Source?", "t", "t", uid="c"),
            Note("question", "q1", "Will Canada retaliate?", "Watch Ottawa.", "t", "t", uid="d"),
            Note("claim", "c9", "a claim now gone", "Old note.", "t", "t", detached=True, uid="e"),
        ],
    )
    text = render_notes_file(notes_file)
    assert text.startswith('---\nformat: briefing-notes/1\ntitle: "A \\"quoted\\" title"\n')
    headings = (
        "## Article",
        "## Actor: Donald Trump",
        "## Claim: tariffs start in March",
        "## Question: Will Canada retaliate?",
    )
    for heading in headings:
        assert f"\n{heading}\n" in text
    assert "\n> Donald Trump\n\nCheck his March remarks.\n" in text
    # Detached notes come after the heading, attached ones before it.
    assert text.index("# Detached") < text.index("a claim now gone")
    assert text.index("# Detached") > text.index("Watch Ottawa.")
    assert text.endswith("<!-- /note -->\n")


def test_marker_attributes_cannot_close_the_comment() -> None:
    note = Note("claim", "c-->1", "x", "y", "--> created", ">", uid="1")
    text = render_notes_file(NotesFile(notes=[note]))
    marker = next(line for line in text.split("\n") if line.startswith("<!-- note "))
    assert marker.count("-->") == 1 and marker.endswith(" -->")
    assert "--" not in marker[len("<!-- ") : -len(" -->")].replace("-\\u002d", "")
    assert parse_notes_file(text).notes == [note]


def test_body_line_starting_a_comment_is_escaped_for_markdown() -> None:
    note = Note("article", None, "t", "<!-- /note -->", "t", "t", uid="1")
    text = render_notes_file(NotesFile(notes=[note]))
    assert "\n\\<!-- /note -->\n" in text


def test_front_matter_quotes_unicode_and_line_breaks() -> None:
    notes_file = NotesFile(title="Zürich\nline\u2028two", source="a: b # c")
    text = render_notes_file(notes_file)
    assert 'title: "Zürich\\nline\\u2028two"' in text
    assert 'source: "a: b # c"' in text
    assert parse_notes_file(text) == notes_file


def test_lone_surrogates_in_titles_survive() -> None:
    notes_file = NotesFile(title="bad \udce9 byte")
    text = render_notes_file(notes_file)
    text.encode("utf-8")  # storable
    assert parse_notes_file(text).title == "bad \udce9 byte"


def test_crlf_converted_file_still_parses() -> None:
    note = Note("actor", "a1", "Name", "body", "t", "t", uid="1")
    text = render_notes_file(NotesFile(title="T", notes=[note])).replace("\n", "\r\n")
    parsed = parse_notes_file(text)
    assert [n.uid for n in parsed.notes] == ["1"]
    assert parsed.notes[0].body == "body"


def test_text_outside_markers_is_ignored() -> None:
    note = Note("actor", "a1", "Name", "body", "t", "t", uid="1")
    text = render_notes_file(NotesFile(notes=[note])) + "\nsome stray text\n## Heading\n"
    assert parse_notes_file(text).notes == [note]


@pytest.mark.parametrize(
    "text",
    [
        "no front matter at all",
        '---\ntitle: "unterminated',
        '---\ntitle: "bad \\q escape"\n---\n',
        '---\n---\n<!-- note uid="1" kind="claim" id="c1" created="" updated="" -->\nbody\n',
        '---\n---\n<!-- note uid="1" kind="footnote" id=null created="" updated="" -->\n'
        "<!-- /note -->\n",
    ],
    ids=["no-front-matter", "open-front-matter", "bad-escape", "open-note", "unknown-kind"],
)
def test_damaged_files_are_rejected(text: str) -> None:
    with pytest.raises(NotesFormatError):
        parse_notes_file(text)
