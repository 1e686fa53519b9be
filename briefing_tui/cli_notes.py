"""``briefing notes``: every note of the library, filtered, printed or exported."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from briefing_tui.terminal_text import escaped_json, one_line


def build_notes_parser(parser_class: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Parser for ``briefing notes``."""
    parser = parser_class(
        prog="briefing notes", description="Every note in the library, with its article."
    )
    parser.add_argument("--actor", metavar="NAME", help="only notes on actors named like NAME")
    parser.add_argument("--text", metavar="WORDS", help="only notes holding WORDS")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument(
        "--export",
        metavar="FILE.md",
        help="write them to one Markdown file (front matter per article)",
    )
    out.add_argument(
        "--vault", metavar="FOLDER", help="write one Markdown file per article (an Obsidian vault)"
    )
    return parser


def run_notes(args: argparse.Namespace) -> int:
    """List or export the library's notes; returns the exit code."""
    from briefing_tui.store.library import open_library
    from briefing_tui.store.library.notes_export import export_file, export_vault, library_notes

    with open_library() as library:
        notes = library_notes(library, actor=args.actor, text=args.text)
    if args.json:
        data = [
            {
                "article": {"title": n.title, "source": n.source, "sha256": n.sha256},
                "anchor": {"kind": n.anchor_kind, "text": n.anchor_text},
                "body": n.body,
                "updated": n.updated,
            }
            for n in notes
        ]
        print(escaped_json(json.dumps({"notes": data}, ensure_ascii=False, indent=2)))
        return 0
    if args.export or args.vault:
        report = (
            export_file(notes, Path(args.export))
            if args.export
            else export_vault(notes, Path(args.vault))
        )
        for path in report.kept:
            sys.stderr.write(
                f"briefing: warning: {one_line(str(path))} was edited since the last export; "
                "kept as it is\n"
            )
        print(
            f"{len(notes)} notes: {len(report.written)} files written, "
            f"{len(report.unchanged)} unchanged, {len(report.kept)} kept (edited)"
        )
        return 0
    if not notes:
        print("No notes" + (" match" if args.actor or args.text else " yet"))
    current = None
    for note in notes:
        if note.sha256 != current:
            current = note.sha256
            print(f"{one_line(note.title or note.source)}  <{one_line(note.source)}>")
        on = note.anchor_kind
        if note.anchor_kind != "article":
            on += f" {note.anchor_text}"
        first = next((line for line in note.body.splitlines() if line.strip()), "")
        print(f"  [{one_line(on)[:60]}] {one_line(first)[:100]}")
    return 0
