"""The library's commands: ``briefing feed add|list|refresh|import|export`` and ``briefing notes``.

``feed add URL`` takes an RSS or Atom feed, or a web page whose
``<link rel="alternate">`` names one. ``feed refresh`` fetches every feed at
once, keeps the new entries' full text in the library for offline reading and
(unless ``--no-analyze``) analyses them in a background process.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from briefing_tui.errors import InputError
from briefing_tui.terminal_text import escaped_json, one_line


def build_feed_parser(parser_class: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Parser for ``briefing feed COMMAND``."""
    parser = parser_class(prog="briefing feed", description="Feeds in the library.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add = commands.add_parser("add", help="add a feed (or the feed a web page names)")
    add.add_argument("url", metavar="URL")
    listing = commands.add_parser("list", help="each feed with its entries, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    refresh = commands.add_parser("refresh", help="fetch every feed's new entries")
    refresh.add_argument(
        "--no-analyze", action="store_true", help="do not analyse the new articles afterwards"
    )
    refresh.add_argument(
        "--timeout", type=float, default=None, metavar="SECONDS", help="per feed (default 15)"
    )
    imp = commands.add_parser("import", help="add the feeds of an OPML file")
    imp.add_argument("file", metavar="FILE.opml")
    exp = commands.add_parser("export", help="write the feeds as OPML (- for stdout)")
    exp.add_argument("file", metavar="FILE.opml")
    commands.add_parser("analyze", help="analyse stored articles not analysed yet")
    for sub in commands.choices.values():
        sub.error = parser.error  # type: ignore[method-assign]
    return parser


def run(argv: list[str], parser_class: type[argparse.ArgumentParser]) -> int:
    """Run ``briefing feed ...`` or ``briefing notes ...`` (``argv`` starts with the word)."""
    if argv[0] == "notes":
        from briefing_tui.cli_notes import build_notes_parser, run_notes

        return run_notes(build_notes_parser(parser_class).parse_args(argv[1:]))
    return run_feed(build_feed_parser(parser_class).parse_args(argv[1:]))


def run_feed(args: argparse.Namespace) -> int:
    """Run one ``briefing feed`` command; returns the exit code."""
    from briefing_tui.store.library import open_library

    with open_library(sync_notes=False) as library:
        return _COMMANDS[args.command](library, args)


def _add(library, args) -> int:
    from briefing_tui.engine.feeds import add_feed_at

    title, url, added = add_feed_at(library, args.url)
    state = "added" if added else "already in the library"
    print(f"{one_line(title)} <{url}>: {state}; 'briefing feed refresh' fetches its entries")
    return 0


def _list(library, args) -> int:
    from briefing_tui.store.library.feeds import feed_entries, list_feeds

    feeds = list_feeds(library)
    if args.json:
        data = [
            {
                "url": f.url,
                "title": f.title,
                "unread": f.unread,
                "checked": f.checked,
                "error": f.error,
                "entries": [
                    {
                        "title": e.title,
                        "url": e.url,
                        "published": e.published,
                        "read": e.read,
                        "stored": e.article_sha is not None,
                        "error": e.error,
                    }
                    for e in feed_entries(library, f.id)
                ],
            }
            for f in feeds
        ]
        print(escaped_json(json.dumps({"feeds": data}, ensure_ascii=False, indent=2)))
        return 0
    if not feeds:
        print("No feeds yet: add one with 'briefing feed add URL'")
    for feed in feeds:
        problem = f"  (last refresh: {one_line(feed.error)})" if feed.error else ""
        print(f"{one_line(feed.title)} <{feed.url}>  {feed.unread} unread{problem}")
        for entry in feed_entries(library, feed.id):
            mark = " " if entry.read else "*"
            date = (entry.published or "")[:10] or "          "
            print(f"  {mark} {date}  {one_line(entry.title or entry.url or '')}")
    return 0


def _refresh(library, args) -> int:
    from briefing_tui.engine.feeds import refresh_feeds
    from briefing_tui.reading.feeds.refresh import FEED_TIMEOUT
    from briefing_tui.settings import load_settings

    report = refresh_feeds(
        library,
        timeout=args.timeout or FEED_TIMEOUT,
        article_max_bytes=load_settings().max_bytes,
    )
    for _where, message in report.errors:
        sys.stderr.write(f"briefing: warning: {one_line(message)}\n")
    print(
        f"{report.feeds} feeds checked ({report.not_modified} unchanged): "
        f"{report.new_entries} new entries, {report.stored} articles stored for offline reading"
        + (f", {len(report.errors)} problems" if report.errors else "")
    )
    if report.articles and not args.no_analyze:
        from briefing_tui.engine.feeds import analyse_in_background

        analyse_in_background()
        print(f"analysing {len(report.articles)} new articles in the background")
    failed_all = report.feeds and len([e for e in report.errors]) >= report.feeds
    return 1 if failed_all and not report.new_entries else 0


def _import(library, args) -> int:
    from briefing_tui.reading.feeds.opml import read_opml
    from briefing_tui.store.library.feeds import add_feed

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path} ({exc.strerror or exc})") from exc
    feeds = read_opml(data, str(path))
    added = sum(add_feed(library, f.url, f.title) for f in feeds)
    print(f"{len(feeds)} feeds in {path}: {added} added, {len(feeds) - added} already there")
    return 0


def _export(library, args) -> int:
    from briefing_tui.reading.feeds.opml import OpmlFeed, write_opml
    from briefing_tui.store.library.feeds import list_feeds
    from briefing_tui.store.output import check_output, write_output

    check_output(args.file, [])
    text = write_opml([OpmlFeed(f.url, f.title) for f in list_feeds(library)])
    write_output(args.file, text, [])
    return 0


def _analyze(library, args) -> int:
    from briefing_tui.engine.feeds import analyze_stored

    count = analyze_stored(library)
    print(f"{count} articles analysed")
    return 0


_COMMANDS = {
    "add": _add,
    "list": _list,
    "refresh": _refresh,
    "import": _import,
    "export": _export,
    "analyze": _analyze,
}
