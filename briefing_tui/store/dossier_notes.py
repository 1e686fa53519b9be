"""Notes on a dossier: one Markdown file, its front matter listing the articles.

The file holds the reader's notes on the dossier itself (each in a section between
hidden markers, as the article notes files do) and, under one heading per article,
that article's notes as its own notes file keeps them (anchored to its actors,
claims and questions). The articles' notes files stay the source of truth for
their notes; the dossier file keeps the dossier's own notes and is rewritten from
both whenever it is saved::

    ---
    format: briefing-dossier-notes/1
    articles:
      - title: "Harbour vote delayed"
        source: "first.txt"
        sha256: "3f2a…"
    updated: "2026-12-06T04:20:00Z"
    ---
    # Dossier notes

    <!-- dossier-note created="…" -->
    what the reader wrote on the story as a whole
    <!-- /dossier-note -->

    ## [1] Harbour vote delayed

    ### claim c1
    > the claim's text

    the note
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from briefing_tui.model import Article
from briefing_tui.store.atomic import atomic_write_text
from briefing_tui.store.notes import Note, NotesStore, notes_home, utc_now

FORMAT = "briefing-dossier-notes/1"
_SECTION = re.compile(
    r'<!-- dossier-note created="(?P<created>[^"]*)" -->\n(?P<body>.*?)\n<!-- /dossier-note -->',
    re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class DossierNote:
    """One note on the dossier as a whole."""

    body: str
    created: str


def dossier_notes_path(articles: list[Article], home: Path | None = None) -> Path:
    """Where the notes on a dossier of these articles live (the same articles in any order
    share one file)."""
    key = hashlib.sha256("\n".join(sorted(a.sha256 for a in articles)).encode()).hexdigest()
    return (home or notes_home()) / "notes" / "dossiers" / f"dossier-{key[:16]}.md"


def read_dossier_notes(path: Path) -> list[DossierNote]:
    """The dossier's own notes in the file at ``path`` (none if it does not exist)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [
        DossierNote(_unescape(m.group("body")), m.group("created")) for m in _SECTION.finditer(text)
    ]


def _escape(body: str) -> str:
    # A body line starting a comment gets a backslash: no note closes its own section.
    return "\n".join(
        "\\" + line if line.lstrip().startswith("<!--") else line for line in body.split("\n")
    )


def _unescape(body: str) -> str:
    return "\n".join(
        line[1:] if line.lstrip().startswith("\\<!--") else line for line in body.split("\n")
    )


def _article_notes(index: int, article: Article, notes: list[Note]) -> list[str]:
    lines = [f"## [{index + 1}] {article.title or article.source}", ""]
    if not notes:
        return [*lines, "(no notes)", ""]
    for note in notes:
        where = (
            "the article"
            if note.anchor_kind == "article"
            else f"{note.anchor_kind} {note.anchor_id}"
        )
        lines.append(f"### {where}{' (detached)' if note.detached else ''}")
        if note.anchor_kind != "article":
            lines.append("> " + " ".join(note.anchor_text.split()))
        lines += ["", note.body.rstrip(), ""]
    return lines


def render_dossier_notes(
    articles: list[Article], own: list[DossierNote], notes: list[list[Note]]
) -> str:
    """The dossier notes file: front matter, the dossier's notes, each article's notes."""
    lines = ["---", f"format: {FORMAT}", "articles:"]
    for article in articles:
        lines += [
            f"  - title: {json.dumps(article.title, ensure_ascii=False)}",
            f"    source: {json.dumps(article.source, ensure_ascii=False)}",
            f"    sha256: {json.dumps(article.sha256)}",
        ]
    lines += [f'updated: "{utc_now()}"', "---", "# Dossier notes", ""]
    for note in own:
        lines += [
            f'<!-- dossier-note created="{note.created}" -->',
            _escape(note.body.rstrip()),
            "<!-- /dossier-note -->",
            "",
        ]
    for index, (article, article_notes) in enumerate(zip(articles, notes, strict=True)):
        lines += _article_notes(index, article, article_notes)
    return "\n".join(lines).rstrip() + "\n"


def save_dossier_notes(
    articles: list[Article], add: str | None = None, home: Path | None = None
) -> Path:
    """Write the dossier notes file from its own notes (plus ``add``, a new one) and the
    articles' notes files; returns its path."""
    path = dossier_notes_path(articles, home)
    own = read_dossier_notes(path)
    if add and add.strip():
        own.append(DossierNote(add.strip(), utc_now()))
    notes = [NotesStore(article, home).load() for article in articles]
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, render_dossier_notes(articles, own, notes))
    return path
