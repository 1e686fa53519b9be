"""A note's heading says what it is on in the reader's words, never by an id; files whose
headings earlier versions wrote by id still load, whole, and get readable headings."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.model import Article
from briefing_tui.store.notes import (
    Note,
    NotesFile,
    NotesStore,
    parse_notes_file,
    render_notes_file,
)

from .conftest import make_briefing


def _headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("## ")]


def test_claim_note_is_headed_by_its_speaker_and_opening_words(
    home: Path, article: Article
) -> None:
    store = NotesStore(article)
    store.reanchor(make_briefing(article))
    store.set_note("claim", "c1", "the tariffs would start in March", "Source?")
    store.set_note("question", "q1", "Will Canada retaliate?", "Watch Ottawa.")
    store.save()
    text = store.path.read_text(encoding="utf-8")
    assert _headings(text) == [
        "## Claim by Donald Trump: the tariffs would start in March",
        "## Question: Will Canada retaliate?",
    ]
    assert 'id="c1"' in text and 'speaker="Donald Trump"' in text  # machine-readable
    again = NotesStore(article)
    again.load()
    assert again.note_for("claim", "c1").speaker == "Donald Trump"


def test_long_claim_heading_opens_with_its_first_words_verbatim() -> None:
    words = "the council would, after a long review, close the old pier by the end of June"
    note = Note("claim", "c2", words, "b", "t", "t", speaker="Ana Ruiz", uid="u")
    text = render_notes_file(parse_notes_file(render_notes_file(_file([note]))))
    opening = "the council would, after a long review, close the old…"
    assert _headings(text) == [f"## Claim by Ana Ruiz: {opening}"]


def test_unattributed_claim_heading_has_no_speaker() -> None:
    note = Note("claim", "c5", "prices will rise", "b", "t", "t", uid="u")
    assert _headings(render_notes_file(_file([note]))) == ["## Claim: prices will rise"]


def _file(notes: list[Note]) -> NotesFile:
    return NotesFile(title="T", source="/news/tariffs.txt", sha256="0" * 64, notes=notes)


OLD_FILE = """---
format: briefing-notes/1
title: "Tariffs: what comes next"
source: "/news/tariffs.txt"
sha256: "{sha}"
created: "2026-11-01T10:00:00Z"
updated: "2026-11-01T10:05:00Z"
---

# Notes: Tariffs: what comes next

My own summary, kept as written.

<!-- note uid="aaaaaaaaaaaa" kind="claim" id="c1" created="t1" updated="t1" -->
## Claim c1

> the tariffs would start in March

Ask the ministry.
  indented line

<!-- /note -->

<!-- note uid="bbbbbbbbbbbb" kind="question" id="q1" created="t2" updated="t2" -->
## Question q1

> Will Canada retaliate?

Watch Ottawa.

<!-- /note -->

<!-- note uid="cccccccccccc" kind="actor" id="a1" created="t3" updated="t3" -->
## My own heading for Trump

> Donald Trump

Check his March remarks.

<!-- /note -->
"""


def test_old_file_loads_whole_and_gets_readable_headings(home: Path, article: Article) -> None:
    store = NotesStore(article)
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(OLD_FILE.format(sha=article.sha256), encoding="utf-8")
    notes = store.load()
    assert [(n.anchor_kind, n.anchor_id, n.body) for n in notes] == [
        ("claim", "c1", "Ask the ministry.\n  indented line"),
        ("question", "q1", "Watch Ottawa."),
        ("actor", "a1", "Check his March remarks."),
    ]
    store.reanchor(make_briefing(article))
    assert store.dirty  # the id headings are written anew at the next save
    store.save()
    text = store.path.read_text(encoding="utf-8")
    assert _headings(text) == [
        "## Claim by Donald Trump: the tariffs would start in March",
        "## Question: Will Canada retaliate?",
        "## My own heading for Trump",  # not one the app wrote: kept
    ]
    assert "My own summary, kept as written.\n" in text
    assert "Ask the ministry.\n  indented line\n" in text
    reread = parse_notes_file(text)
    assert [(n.uid, n.anchor_id, n.body, n.created) for n in reread.notes] == [
        (n.uid, n.anchor_id, n.body, n.created) for n in notes
    ]


def test_a_claim_given_on_a_sources_word_is_headed_according_to_it(article: Article) -> None:
    from dataclasses import replace

    from briefing_tui.model import ClaimKind
    from briefing_tui.store.notes.anchors import claim_speakers

    briefing = make_briefing(article)
    briefing.claims[0] = replace(briefing.claims[0], kind=ClaimKind.ACCORDING_TO)
    speaker = claim_speakers(briefing)["c1"]
    assert speaker == "according to Donald Trump"
    note = Note("claim", "c1", "the tariffs would start in March", "b", "t", "t", speaker=speaker)
    assert _headings(render_notes_file(_file([note]))) == [
        "## Claim according to Donald Trump: the tariffs would start in March"
    ]
