"""``briefing notes``: every note of the library, filtered by actor and text, exported as one
file or a vault, never over a file edited since."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from briefing_runner import run_briefing

from briefing_tui.model import Article
from briefing_tui.store.notes import NotesStore

PORT = Article(
    text="Mayor Ines Okafor said the port would reopen. The union disputed the timetable.",
    title="Port to reopen",
    source="/news/port.txt",
)
RAIL = Article(
    text="The rail regulator fined the operator. Minister Tomas Reyes welcomed the fine.",
    title="Rail operator fined",
    source="/news/rail.txt",
)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    port = NotesStore(PORT, folder)
    port.set_note("actor", "a1", "Ines Okafor", "Ask Okafor's office for the reopening date.")
    port.set_note("article", None, PORT.title, "Compare with last year's closure.")
    port.save()
    rail = NotesStore(RAIL, folder)
    rail.set_note("actor", "a2", "Tomas Reyes", "Reyes spoke for the ministry, not the party.")
    rail.save()
    return folder


def notes(home: Path, *args: str):
    return run_briefing("notes", *args, env={"BRIEFING_HOME": str(home)})


def test_overview_lists_every_note_with_its_article_and_filters(home: Path):
    everything = json.loads(notes(home, "--json").stdout)["notes"]
    assert sorted(n["article"]["title"] for n in everything) == [
        "Port to reopen",
        "Port to reopen",
        "Rail operator fined",
    ]
    by_actor = json.loads(notes(home, "--json", "--actor", "okafor").stdout)["notes"]
    assert [(n["anchor"]["kind"], n["anchor"]["text"]) for n in by_actor] == [
        ("actor", "Ines Okafor")
    ]
    by_text = json.loads(notes(home, "--json", "--text", "closure").stdout)["notes"]
    assert [n["body"] for n in by_text] == ["Compare with last year's closure."]
    assert json.loads(notes(home, "--json", "--text", "100%").stdout)["notes"] == []
    listing = notes(home).stdout
    assert "Port to reopen" in listing and "[actor Tomas Reyes]" in listing


def test_export_one_file_with_front_matter_per_article(home: Path, tmp_path: Path):
    target = tmp_path / "all-notes.md"
    done = notes(home, "--export", str(target))
    assert done.returncode == 0 and "1 files written" in done.stdout
    text = target.read_text()
    assert text.count("\n---\n") >= 2 and text.startswith("---\n")
    assert 'title: "Port to reopen"' in text and 'title: "Rail operator fined"' in text
    assert "## Actor: Ines Okafor" in text


def test_vault_export_never_overwrites_an_edited_file(home: Path, tmp_path: Path):
    vault = tmp_path / "vault"
    first = notes(home, "--vault", str(vault))
    assert "2 files written" in first.stdout
    files = sorted(vault.glob("*.md"))
    assert len(files) == 2
    edited = next(f for f in files if "rail" in f.name)
    edited.write_text(edited.read_text() + "\nMy own addition.\n")
    again = notes(home, "--vault", str(vault))
    assert "0 files written, 1 unchanged, 1 kept (edited)" in again.stdout
    assert "was edited since the last export" in again.stderr
    assert edited.read_text().endswith("My own addition.\n")
