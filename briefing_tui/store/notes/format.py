"""The notes file format: one article's notes as Markdown, rendered and parsed.

One file per article: YAML-style front matter (title, source, sha256, created,
updated), then one section per note. Each section sits between hidden HTML
comment markers, so parsing never depends on what a note says while the file
still reads well in any Markdown editor::

    <!-- note uid="3f2a9c1b7d4e" kind="claim" id="c3" speaker="Ana Ruiz" created="…" … -->
    ## Claim by Ana Ruiz: the claim's opening words, as the article prints them…

    > the claim text the note is attached to

    the note itself, any Markdown at all

    <!-- /note -->

The heading says what the note is on in the reader's words: the actor's name, the
question, or the claim's speaker and its opening words (no quotation marks: the words
may be reported speech). It is never read back: the marker's ``id`` (ids change between
analysis versions) and the ``>`` quote (the words notes re-attach by) are. Files of
earlier versions, whose headings named the id (``## Claim c3``), read the same; their
headings are rewritten at the next save, the notes themselves unchanged.

Notes whose anchor is gone from the current article follow a ``# Detached``
heading. Body lines that begin with ``<!--`` are written with one extra
leading backslash (which Markdown also renders as the plain text), so a note
can never close its own section.

The file is the user's: the app owns only the front matter's own keys, the
``# Notes:`` title line, the ``# Detached`` heading and the note sections.
Everything else (a summary under the title, a section of one's own, other
front matter keys) is kept, byte for byte and in place: a parsed file
remembers it as its ``layout`` and rendering puts it back.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field, replace

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
_SPEAKER_MAX = 40
_OPENING_MAX = 72
#: A claim's speaker that begins so is the source the article gives it on ("according
#: to a filing"): its heading says "Claim according to …", not "Claim by …".
ACCORDING_TO = "according to"
#: How many of a claim's words its heading opens with.
_OPENING_WORDS = 10
_TITLE_PREFIX = "# Notes:"
_OWN_KEYS = ("title", "source", "sha256", "created", "updated")
_BLANK_ENDED = re.compile(r"\n\r?\n\Z")


def new_uid() -> str:
    """A new note identity: 12 random hexadecimal digits."""
    return uuid.uuid4().hex[:12]


#: How a note kept beside another on one quote is labelled: both were written on parts of
#: a quote read as separate claims then, as one claim now.
JOINED_LABEL = "a second note on this quote: both were written on parts of it"


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
    #: Written on one part of a quote that is now read as one claim with another part,
    #: which has a note of its own: kept beside that note, with its own words (no conflict).
    joined: bool = False
    #: Who made the claim (a claim note only), as the briefing named them when the note
    #: was last attached: for the heading, so the file says whose words the note is on.
    speaker: str = ""

    @property
    def beside(self) -> bool:
        """Kept beside its item's main note: a conflict copy, or a note on another part of
        a joined quote."""
        return self.conflict or self.joined


@dataclass(frozen=True, slots=True)
class NoteSlot:
    """Where a note stood in a parsed file: its section's text there and what it said."""

    raw: str  # the section as written, opening marker to end marker with its line end
    note: Note  # a copy of the note as parsed; while the note still equals it, ``raw`` is kept
    #: The heading is the one earlier versions wrote, naming the id ("## Claim c3"): the
    #: section is written anew (same note, a heading a reader can use) at the next save.
    old_heading: bool = False


@dataclass(frozen=True, slots=True)
class TitleLine:
    """The ``# Notes: <title>`` line as written, and the title it was written for."""

    raw: str
    title: str


@dataclass(frozen=True, slots=True)
class DetachedLine:
    """The ``# Detached`` heading line as written."""

    raw: str


#: One piece of a notes file after its front matter: text the app does not own
#: (kept verbatim), a note's section, the title line or the detached heading.
Segment = str | NoteSlot | TitleLine | DetachedLine


@dataclass(slots=True)
class NotesFile:
    """The parsed contents of a notes file.

    ``front_matter`` (its lines, ``---`` to ``---``), ``layout`` and ``newline``
    remember the file as written so that rendering keeps what the app does not
    own; a new file has none of them.
    """

    title: str = ""
    source: str = ""
    sha256: str = ""
    created: str = ""
    updated: str = ""
    notes: list[Note] = field(default_factory=list)
    front_matter: tuple[str, ...] | None = field(default=None, compare=False)
    layout: tuple[Segment, ...] = field(default=(), compare=False)
    newline: str = field(default="\n", compare=False)  # "\r\n" for a file of CRLF lines


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


def _opening(text: str, count: int = _OPENING_WORDS) -> str:
    """The first ``count`` words of ``text``, with "…" when there are more."""
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def said_by(speaker: str) -> str:
    """Whose words a claim is, as a note names them: "by Ana Ruiz", or the speaker as it
    stands where it is the source the article gives the claim on ("according to a filing")."""
    return speaker if speaker.startswith(f"{ACCORDING_TO} ") else f"by {speaker}"


def note_heading(note: Note) -> str:
    """What a note is on, as its section's heading says it (without the ``## ``): "Actor:
    Ana Ruiz", "Claim by Ana Ruiz: We will wait and…", "Question: Who pays?", "Article"."""
    kind = note.anchor_kind
    label = kind.capitalize()
    if kind == "article":
        heading = label
    elif kind == "claim":
        speaker = _one_line(note.speaker, _SPEAKER_MAX)
        by = f" {said_by(speaker)}" if speaker else ""
        said = _one_line(_opening(note.anchor_text), _OPENING_MAX)
        heading = f"{label}{by}: {said}" if said else f"{label}{by}"
    else:
        text = _one_line(note.anchor_text)
        heading = f"{label}: {text}" if text else label
    if note.joined:
        return heading + f" ({JOINED_LABEL})"
    return heading + (" (conflict copy)" if note.conflict else "")


def _heading(note: Note) -> str:
    return f"## {note_heading(note)}"


def _id_heading(note: Note) -> str | None:
    """The heading earlier versions gave a note on a claim or question: its id."""
    if note.anchor_kind not in ("claim", "question") or not note.anchor_id:
        return None
    heading = f"## {note.anchor_kind.capitalize()} {_one_line(note.anchor_id, 20)}"
    if note.joined:
        return heading + f" ({JOINED_LABEL})"
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
        *([f"speaker={_attr_value(note.speaker)}"] if note.speaker else []),
        f"created={_attr_value(note.created)}",
        f"updated={_attr_value(note.updated)}",
    ]
    if note.conflict:
        attrs.append("conflict=true")
    if note.joined:
        attrs.append("joined=true")
    lines = [f"<!-- note {' '.join(attrs)} -->", _heading(note), ""]
    lines += [f"> {line}" for line in note.anchor_text.split("\n")]
    lines.append("")
    lines += [_escape_body_line(line) for line in note.body.split("\n")]
    lines += ["", _END_MARKER, ""]
    return lines


def _section(note: Note) -> str:
    """A note's section, opening marker to end marker and its newline."""
    return "\n".join(_note_lines(note)[:-1]) + "\n"


def _line_end(raw: str) -> str:
    if raw.endswith("\r\n"):
        return "\r\n"
    return "\n" if raw.endswith("\n") else ""


def _title_line(title: str) -> str:
    return f"{_TITLE_PREFIX} {_one_line(title) or 'Untitled article'}"


def _front_matter_field(line: str) -> tuple[str, str] | None:
    """The key and value of one of the app's front matter lines, else None.

    Raises ``NotesFormatError`` if the value of one of the app's keys is malformed.
    """
    key, sep, raw = line.rstrip("\r\n").partition(":")
    key = key.strip()
    if not sep or key not in (*_OWN_KEYS, "format"):
        return None
    raw = raw.strip()
    if not raw.startswith('"'):
        return key, raw
    try:
        return key, str(json.loads(raw))
    except json.JSONDecodeError as err:
        raise NotesFormatError(f"bad front matter value for {key!r}") from err


def _render_front_matter(notes_file: NotesFile) -> str:
    """The front matter: the file's own lines, with the app's keys brought up to date."""
    values = {key: getattr(notes_file, key) for key in _OWN_KEYS}
    written = notes_file.front_matter or ("---\n", "---\n")
    lines = [written[0]]
    seen: set[str] = set()
    for line in written[1:-1]:
        known = _front_matter_field(line)
        if known is not None:
            key, value = known
            seen.add(key)
            if key in values and value != values[key]:
                line = f"{key}: {_quote_string(values[key])}{_line_end(line) or chr(10)}"
        lines.append(line)
    if "format" not in seen:
        lines.append(f"format: {FORMAT}\n")
    lines += [f"{key}: {_quote_string(values[key])}\n" for key in _OWN_KEYS if key not in seen]
    lines.append(written[-1])
    return "".join(lines)


class _Writer:
    """Text being rendered, with what is needed to keep one blank line around new sections."""

    def __init__(self, start: str) -> None:
        self.parts = [start]
        self.tail = start[-4:]
        self.blank_after = False  # a section was just added: what follows needs a blank line
        self.dropped = False  # a section was just left out: its blank line may go too

    def _add(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.tail = (self.tail + text)[-4:]

    def blank_line(self) -> None:
        """End the text so far with a blank line, unless it already does."""
        if not self.tail:
            return
        if not self.tail.endswith("\n"):
            self._add("\n")
        if not _BLANK_ENDED.search(self.tail):
            self._add("\n")

    def text(self, text: str) -> None:
        if self.dropped and _BLANK_ENDED.search(self.tail) and text.startswith("\n"):
            text = text[1:]  # the blank line that separated a removed note
        if self.blank_after and text and not text.startswith(("\n", "\r\n")):
            self.blank_line()
        self.blank_after = self.dropped = False
        self._add(text)

    def new_section(self, note: Note) -> None:
        self.blank_line()
        self.dropped = False
        self._add(_section(note))
        self.blank_after = True

    def __str__(self) -> str:
        return "".join(self.parts)


def _kept_slots(layout: tuple[Segment, ...], notes: list[Note]) -> dict[int, Note]:
    """For each slot of ``layout`` (by index) whose note is still there, in the same part."""
    waiting: dict[str, list[Note]] = {}
    for note in notes:
        waiting.setdefault(note.uid, []).append(note)
    kept: dict[int, Note] = {}
    for index, segment in enumerate(layout):
        if not isinstance(segment, NoteSlot):
            continue
        candidates = waiting.get(segment.note.uid, [])
        match = next((n for n in candidates if n.detached == segment.note.detached), None)
        if match is not None:
            candidates.remove(match)
            kept[index] = match
    return kept


def render_notes_file(notes_file: NotesFile) -> str:
    """The Markdown text of a notes file; ``parse_notes_file`` reads it back exactly.

    A parsed file is written back as it was, except for what changed: the app's
    front matter keys, the title line, and the sections of notes that changed.
    Notes not in the file yet go after the last attached note (or the detached
    ones after the last detached note), each with a blank line before it; a new
    file has attached notes first, then the detached ones under ``# Detached``.
    """
    notes = in_file_order(notes_file.notes)
    layout = notes_file.layout if notes_file.front_matter is not None else ("\n", TitleLine("", ""))
    kept = _kept_slots(layout, notes)
    placed = {id(note) for note in kept.values()}
    new_attached = [n for n in notes if not n.detached and id(n) not in placed]
    new_detached = [n for n in notes if n.detached and id(n) not in placed]
    attached_slots = [i for i, note in kept.items() if not note.detached]
    detached_slots = [i for i, note in kept.items() if note.detached]
    headings = [i for i, segment in enumerate(layout) if isinstance(segment, DetachedLine)]
    # New notes go before the segment at these indexes (len(layout): at the end).
    attached_at = max(attached_slots) + 1 if attached_slots else (headings or [len(layout)])[0]
    detached_at = (
        max(detached_slots) + 1 if detached_slots else (headings[-1] + 1 if headings else None)
    )

    out = _Writer(_render_front_matter(notes_file))
    for index in range(len(layout) + 1):
        if index == attached_at:
            for note in new_attached:
                out.new_section(note)
        if index == detached_at:
            for note in new_detached:
                out.new_section(note)
        if index == len(layout):
            break
        segment = layout[index]
        if isinstance(segment, str):
            out.text(segment)
        elif isinstance(segment, NoteSlot):
            note = kept.get(index)
            if note is None:
                out.dropped = True
            elif note == segment.note and not segment.old_heading:
                out.text(segment.raw)
            else:
                out.text(_section(note) if segment.raw.endswith("\n") else _section(note)[:-1])
        elif isinstance(segment, TitleLine):
            unchanged = segment.raw and segment.title == notes_file.title
            line = _title_line(notes_file.title) + (_line_end(segment.raw) or "\n")
            out.text(segment.raw if unchanged else line)
        else:
            out.text(segment.raw)
    if detached_at is None and new_detached:
        out.blank_line()
        out.text(f"{DETACHED_HEADING}\n\n")
        for note in new_detached:
            out.new_section(note)
    text = str(out)
    if notes_file.newline != "\n":
        text = text.replace("\r\n", "\n").replace("\n", notes_file.newline)
    # Lone surrogates (from undecodable input) cannot be stored as UTF-8.
    return _SURROGATE.sub("\ufffd", text)


def _parse_front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """The front matter's fields and the index of the first line after it."""
    if not lines or lines[0].rstrip("\r") != "---":
        raise NotesFormatError("no front matter")
    fields: dict[str, str] = {}
    for index in range(1, len(lines)):
        line = lines[index].rstrip("\r")
        if line == "---":
            return fields, index + 1
        known = _front_matter_field(line)
        if known is not None:
            fields[known[0]] = known[1]
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
        joined=attrs.get("joined") is True,
        speaker=text_attr("speaker"),
        uid=text_attr("uid") or new_uid(),
    )


def parse_notes_file(text: str) -> NotesFile:
    """Read the text of a notes file; raises ``NotesFormatError`` if it is not one.

    Text outside the note markers is kept in the result's ``layout``, where it
    stood, for ``render_notes_file`` to write back unchanged.
    """
    newline = "\n"
    if "\n" in text and text.count("\r\n") == text.count("\n"):
        # An editor converted every line ending; ours never end the front matter with \r.
        text = text.replace("\r\n", "\n")
        newline = "\r\n"
    lines = text.split("\n")
    # Each line as written, with its newline (the last one has none).
    raw_lines = [line + "\n" for line in lines[:-1]] + [lines[-1]]
    fields, index = _parse_front_matter(lines)
    title = fields.get("title", "")
    notes: list[Note] = []
    layout: list[Segment] = []
    verbatim: list[str] = []

    def add(segment: Segment) -> None:
        if verbatim:
            layout.append("".join(verbatim))
            verbatim.clear()
        layout.append(segment)

    detached = False
    while index < len(lines):
        line = lines[index].rstrip("\r")
        raw = raw_lines[index]
        index += 1
        if line == DETACHED_HEADING:
            detached = True
            add(DetachedLine(raw))
            continue
        if (
            not notes
            and line.startswith(_TITLE_PREFIX)
            and not any(isinstance(segment, TitleLine) for segment in layout)
        ):
            add(TitleLine(raw, title))
            continue
        opening = _OPEN_MARKER.fullmatch(line)
        if opening is None:
            verbatim.append(raw)
            continue
        attrs = _parse_attrs(opening["attrs"])
        start = index
        while index < len(lines) and lines[index].rstrip("\r") != _END_MARKER:
            index += 1
        if index >= len(lines):
            raise NotesFormatError("a note section is not closed")
        note = _parse_note(attrs, lines[start:index], detached)
        notes.append(note)
        heading = lines[start].rstrip("\r") if start < index else None
        old = heading is not None and heading == _id_heading(note)
        add(NoteSlot("".join(raw_lines[start - 1 : index + 1]), replace(note), old))
        index += 1
    if verbatim:
        layout.append("".join(verbatim))
    front_end = next(i for i in range(1, len(lines)) if lines[i].rstrip("\r") == "---")
    return NotesFile(
        title=title,
        source=fields.get("source", ""),
        sha256=fields.get("sha256", ""),
        created=fields.get("created", ""),
        updated=fields.get("updated", ""),
        notes=notes,
        front_matter=tuple(raw_lines[: front_end + 1]),
        layout=tuple(layout),
        newline=newline,
    )
