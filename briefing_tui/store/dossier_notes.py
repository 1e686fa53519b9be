"""Notes on a dossier: one Markdown file, its front matter listing the articles.

The file holds the reader's notes on the dossier itself (each in a section between
hidden markers, as the article notes files do) and, under one heading per article,
that article's notes as its own notes file keeps them (anchored to its actors,
claims and questions). The articles' notes files stay the source of truth for
their notes; the dossier file keeps the dossier's own notes and is rewritten from
both whenever it is saved. Nothing is lost by that rewrite: a note being written
is saved again and again under its own ``created`` stamp (replacing only its own
section), saves are serialised by a lock on the folder, and a file whose text the
rewrite would drop (text written by hand outside the notes' sections, or in the
article part, whose digest ``generated`` no longer matches) is first copied to a
``.bak`` file beside it::

    ---
    format: briefing-dossier-notes/1
    articles:
      - title: "Harbour vote delayed"
        source: "first.txt"
        sha256: "3f2a…"
    updated: "2026-12-06T04:20:00Z"
    generated: "9c1e…"
    ---
    # Dossier notes

    <!-- dossier-note created="…" id="…" -->
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
from dataclasses import dataclass, replace
from pathlib import Path

from briefing_tui.model import Article
from briefing_tui.store.atomic import atomic_write_text
from briefing_tui.store.notes import Note, NotesStore, notes_home, utc_now
from briefing_tui.store.notes.store import _backup, _folder_lock

FORMAT = "briefing-dossier-notes/1"
_SECTION = re.compile(
    r'<!-- dossier-note created="(?P<created>[^"]*)"(?: id="(?P<id>[^"]*)")? -->\n'
    r"(?P<body>.*?)\n<!-- /dossier-note -->",
    re.DOTALL,
)


_GENERATED = re.compile(r'^generated: "(?P<digest>[0-9a-f]+)"$', re.MULTILINE)
#: Where the article part of the file starts (the first article's heading).
_ARTICLE_PART = re.compile(r"^## \[\d+\] ", re.MULTILINE)
_OWN_HEADING = "# Dossier notes"


@dataclass(frozen=True, slots=True)
class DossierNote:
    """One note on the dossier as a whole; ``id`` is its identity in the file (a file
    of an earlier version has none: its ``created`` stamp serves)."""

    body: str
    created: str
    id: str = ""

    @property
    def key(self) -> str:
        """What names this note among the file's."""
        return self.id or self.created


def new_dossier_note(body: str = "") -> DossierNote:
    """A note to write now, with an identity of its own."""
    import uuid

    return DossierNote(body, utc_now(), uuid.uuid4().hex[:12])


@dataclass(frozen=True, slots=True)
class DossierNotesSaved:
    """Where the dossier notes were saved, and the copy kept of a hand-edited file."""

    path: Path
    kept_copy: Path | None = None


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
    return _sections(text)


def _sections(text: str) -> list[DossierNote]:
    return [
        DossierNote(_unescape(m.group("body")), m.group("created"), m.group("id") or "")
        for m in _SECTION.finditer(text)
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


def _own_lines(own: list[DossierNote]) -> list[str]:
    lines: list[str] = []
    for note in own:
        lines += [
            f'<!-- dossier-note created="{note.created}"'
            + (f' id="{note.id}"' if note.id else "")
            + " -->",
            _escape(note.body.rstrip()),
            "<!-- /dossier-note -->",
            "",
        ]
    return lines


def _digest(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8", "surrogatepass")).hexdigest()[:16]


def render_dossier_notes(
    articles: list[Article], own: list[DossierNote], notes: list[list[Note]]
) -> str:
    """The dossier notes file: front matter, the dossier's notes, each article's notes."""
    article_lines: list[str] = []
    for index, (article, article_notes) in enumerate(zip(articles, notes, strict=True)):
        article_lines += _article_notes(index, article, article_notes)
    article_part = "\n".join(article_lines)
    lines = ["---", f"format: {FORMAT}", "articles:"]
    for article in articles:
        lines += [
            f"  - title: {json.dumps(article.title, ensure_ascii=False)}",
            f"    source: {json.dumps(article.source, ensure_ascii=False)}",
            f"    sha256: {json.dumps(article.sha256)}",
        ]
    lines += [f'updated: "{utc_now()}"', f'generated: "{_digest(article_part)}"', "---"]
    lines += [_OWN_HEADING, "", *_own_lines(own), article_part]
    return "\n".join(lines).rstrip() + "\n"


def would_lose_text(text: str) -> bool:
    """Whether rewriting the file ``text`` would drop something written in it by hand:
    text outside the dossier notes' sections, or an article part changed since it was
    written (its digest in the front matter no longer matches)."""
    own = _sections(text)
    heading = text.find("\n" + _OWN_HEADING + "\n")
    start = heading + len(_OWN_HEADING) + 2 if heading >= 0 else 0
    part = _ARTICLE_PART.search(text, start)
    own_region = text[start : part.start() if part else len(text)]
    if own_region.strip() != "\n".join(_own_lines(own)).strip():
        return True
    generated = _GENERATED.search(text[: max(heading, 0)])
    if generated is None or part is None:
        return False  # a file of an earlier version: nothing to compare its articles with
    return _digest(text[part.start() :]) != generated.group("digest")


def save_dossier_notes(
    articles: list[Article], add: str | None = None, home: Path | None = None
) -> Path:
    """Write the dossier notes file from its own notes (plus ``add``, a new one) and the
    articles' notes files; returns its path."""
    note = new_dossier_note(add.strip()) if add and add.strip() else None
    return save_dossier_note(articles, note, home).path


def save_dossier_note(
    articles: list[Article], note: DossierNote | None, home: Path | None = None
) -> DossierNotesSaved:
    """Write the dossier notes file with ``note`` in it: it replaces the note of the
    same ``key`` (a note saved while it is written), else it is added. An
    empty note removes that section. The file is read again under the folder's lock
    (notes saved meanwhile by another process stay), and copied aside first if the
    rewrite would drop text written in it by hand. Raises OSError."""
    path = dossier_notes_path(articles, home)
    path.parent.mkdir(parents=True, exist_ok=True)
    kept: Path | None = None
    with _folder_lock(path.parent):
        try:
            old = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            old = None
        own = read_dossier_notes(path) if old is not None else []
        if note is not None:
            others = [n for n in own if n.key != note.key]
            if note.body.strip():
                at = next((i for i, n in enumerate(own) if n.key == note.key), len(own))
                others.insert(min(at, len(others)), replace(note, body=note.body.rstrip()))
            own = others
        if old is not None and would_lose_text(old):
            kept = _backup(path)
        notes = [NotesStore(article, home).load() for article in articles]
        atomic_write_text(path, render_dossier_notes(articles, own, notes))
    return DossierNotesSaved(path, kept)
