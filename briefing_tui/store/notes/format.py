"""The notes file format: one article's notes as Markdown, rendered and parsed.

One file per article: YAML-style front matter (title, source, sha256, created,
updated), then one section per note. Each section sits between hidden HTML
comment markers, so parsing never depends on what a note says while the file
still reads well in any Markdown editor::

    <!-- note uid="3f2a9c1b7d4e" kind="claim" id="c3" created="…" updated="…" -->
    ## Claim c3

    > the claim text the note is attached to

    the note itself, any Markdown at all

    <!-- /note -->

Notes whose anchor is gone from the current article follow a ``# Detached``
heading. Body lines that begin with ``<!--`` are written with one extra
leading backslash (which Markdown also renders as the plain text), so a note
can never close its own section.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field

from briefing_tui.model import ANCHOR_KINDS, AnchorKind

FORMAT = "briefing-notes/1"
DETACHED_HEADING = "# Detached"
_END_MARKER = "<!-- /note -->"
_OPEN_MARKER = re.compile(r"<!-- note (?P<attrs>.*) -->")
_ATTR = re.compile(r'(?P<key>[a-z]+)=(?P<value>"(?:[^"\\]|\\.)*"|null|true)')
_ESCAPED_COMMENT = re.compile(r"\\*<!--")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_YAML_UNSAFE = re.compile(r"[\ud800-\udfff\u2028\u2029\x85]")
_HEADING_MAX = 80


def new_uid() -> str:
    """A new note identity: 12 random hexadecimal digits."""
    return uuid.uuid4().hex[:12]


@dataclass(slots=True)
class Note:
    """One note, attached to the article or to an actor, claim or question of it."""

    anchor_kind: AnchorKind
    anchor_id: str | None  # id in the current Briefing; None for the article
    anchor_text: str  # what it is attached to: actor name, claim text, question
    body: str
    created: str
    updated: str
    detached: bool = False  # the anchor is gone from the current article/briefing
    conflict: bool = False  # another instance's edit kept beside ours by a merge
    uid: str = field(default_factory=new_uid)  # stable identity, used when merging


@dataclass(slots=True)
class NotesFile:
    """The parsed contents of a notes file."""

    title: str = ""
    source: str = ""
    sha256: str = ""
    created: str = ""
    updated: str = ""
    notes: list[Note] = field(default_factory=list)


class NotesFormatError(ValueError):
    """The text is not a notes file this version can read."""


def in_file_order(notes: list[Note]) -> list[Note]:
    """Attached notes first, then detached ones, each keeping its order (as the file has them)."""
    return [n for n in notes if not n.detached] + [n for n in notes if n.detached]


def _quote_string(value: str) -> str:
    """A double-quoted string valid as both JSON and YAML, on one line."""
    quoted = json.dumps(value, ensure_ascii=False)
    # Lone surrogates cannot be written as UTF-8 and YAML reads these as line breaks.
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _attr_value(value: str | None) -> str:
    """A marker attribute value that cannot end the HTML comment it sits in."""
    if value is None:
        return "null"
    return json.dumps(value).replace("--", "-\\u002d").replace(">", "\\u003e")


def _one_line(text: str, limit: int = _HEADING_MAX) -> str:
    folded = " ".join(text.split())
    return folded if len(folded) <= limit else folded[: limit - 1].rstrip() + "…"


def _heading(note: Note) -> str:
    label = note.anchor_kind.capitalize()
    if note.anchor_kind == "actor":
        heading = f"## {label}: {_one_line(note.anchor_text)}"
    elif note.anchor_id and note.anchor_kind != "article":
        heading = f"## {label} {_one_line(note.anchor_id, 20)}"
    else:
        heading = f"## {label}"
    return heading + (" (conflict copy)" if note.conflict else "")


def _escape_body_line(line: str) -> str:
    return "\\" + line if _ESCAPED_COMMENT.match(line) else line


def _unescape_body_line(line: str) -> str:
    return line[1:] if line.startswith("\\") and _ESCAPED_COMMENT.match(line) else line


def _note_lines(note: Note) -> list[str]:
    attrs = [
        f"uid={_attr_value(note.uid)}",
        f"kind={_attr_value(note.anchor_kind)}",
        f"id={_attr_value(note.anchor_id)}",
        f"created={_attr_value(note.created)}",
        f"updated={_attr_value(note.updated)}",
    ]
    if note.conflict:
        attrs.append("conflict=true")
    lines = [f"<!-- note {' '.join(attrs)} -->", _heading(note), ""]
    lines += [f"> {line}" for line in note.anchor_text.split("\n")]
    lines.append("")
    lines += [_escape_body_line(line) for line in note.body.split("\n")]
    lines += ["", _END_MARKER, ""]
    return lines


def render_notes_file(notes_file: NotesFile) -> str:
    """The Markdown text of a notes file; ``parse_notes_file`` reads it back exactly.

    Attached notes come first, in order, then the detached ones under ``# Detached``.
    """
    lines = [
        "---",
        f"format: {FORMAT}",
        f"title: {_quote_string(notes_file.title)}",
        f"source: {_quote_string(notes_file.source)}",
        f"sha256: {_quote_string(notes_file.sha256)}",
        f"created: {_quote_string(notes_file.created)}",
        f"updated: {_quote_string(notes_file.updated)}",
        "---",
        "",
        f"# Notes: {_one_line(notes_file.title) or 'Untitled article'}",
        "",
    ]
    for note in notes_file.notes:
        if not note.detached:
            lines += _note_lines(note)
    detached = [note for note in notes_file.notes if note.detached]
    if detached:
        lines += [DETACHED_HEADING, ""]
        for note in detached:
            lines += _note_lines(note)
    # Lone surrogates (from undecodable input) cannot be stored as UTF-8.
    return _SURROGATE.sub("\ufffd", "\n".join(lines))


def _parse_front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """The front matter's fields and the index of the first line after it."""
    if not lines or lines[0].rstrip("\r") != "---":
        raise NotesFormatError("no front matter")
    fields: dict[str, str] = {}
    for index in range(1, len(lines)):
        line = lines[index].rstrip("\r")
        if line == "---":
            return fields, index + 1
        key, sep, raw = line.partition(":")
        if not sep:
            continue
        raw = raw.strip()
        if raw.startswith('"'):
            try:
                value = json.loads(raw)
            except json.JSONDecodeError as err:
                raise NotesFormatError(f"bad front matter value for {key!r}") from err
        else:
            value = raw
        fields[key.strip()] = str(value)
    raise NotesFormatError("unterminated front matter")


def _parse_attrs(text: str) -> dict[str, str | bool | None]:
    attrs: dict[str, str | bool | None] = {}
    for match in _ATTR.finditer(text):
        raw = match["value"]
        try:
            attrs[match["key"]] = True if raw == "true" else json.loads(raw)
        except json.JSONDecodeError as err:
            raise NotesFormatError(f"bad note marker attribute {match['key']!r}") from err
    return attrs


def _parse_note(attrs: dict[str, str | bool | None], block: list[str], detached: bool) -> Note:
    kind = attrs.get("kind")
    if kind not in ANCHOR_KINDS:
        raise NotesFormatError(f"unknown note kind {kind!r}")
    index = 0
    if index < len(block) and block[index].startswith("#"):
        index += 1
    if index < len(block) and block[index] == "":
        index += 1
    quoted: list[str] = []
    while index < len(block) and block[index].startswith(">"):
        line = block[index]
        quoted.append(line[2:] if line.startswith("> ") else line[1:])
        index += 1
    if index < len(block) and block[index] == "":
        index += 1
    body_lines = block[index:]
    if body_lines and body_lines[-1] == "":
        body_lines = body_lines[:-1]

    def text_attr(key: str) -> str:
        value = attrs.get(key)
        return value if isinstance(value, str) else ""

    anchor_id = attrs.get("id")
    return Note(
        anchor_kind=kind,  # type: ignore[arg-type]
        anchor_id=anchor_id if isinstance(anchor_id, str) else None,
        anchor_text="\n".join(quoted),
        body="\n".join(_unescape_body_line(line) for line in body_lines),
        created=text_attr("created"),
        updated=text_attr("updated"),
        detached=detached,
        conflict=attrs.get("conflict") is True,
        uid=text_attr("uid") or new_uid(),
    )


def parse_notes_file(text: str) -> NotesFile:
    """Read the text of a notes file; raises ``NotesFormatError`` if it is not one.

    Text outside the note markers (other than the ``# Detached`` heading) is ignored.
    """
    if text.count("\r\n") == text.count("\n"):
        # An editor converted every line ending; ours never end the front matter with \r.
        text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    fields, index = _parse_front_matter(lines)
    notes: list[Note] = []
    detached = False
    while index < len(lines):
        line = lines[index].rstrip("\r")
        index += 1
        if line == DETACHED_HEADING:
            detached = True
            continue
        opening = _OPEN_MARKER.fullmatch(line)
        if opening is None:
            continue
        attrs = _parse_attrs(opening["attrs"])
        start = index
        while index < len(lines) and lines[index].rstrip("\r") != _END_MARKER:
            index += 1
        if index >= len(lines):
            raise NotesFormatError("a note section is not closed")
        notes.append(_parse_note(attrs, lines[start:index], detached))
        index += 1
    return NotesFile(
        title=fields.get("title", ""),
        source=fields.get("source", ""),
        sha256=fields.get("sha256", ""),
        created=fields.get("created", ""),
        updated=fields.get("updated", ""),
        notes=notes,
    )
