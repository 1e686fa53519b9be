"""The library's benchmarks, each as a ratio to a baseline measured in the same run.

    python benchmarks/library_bench.py [--articles 10000] [--notes 1000] [--repeats 5]

- start screen: first frame with a library of 10,000 articles and 1,000 notes, over
  an empty Textual app's first frame (both a fresh process, headless); target <= 1.5
- search: a library search answered per keystroke (query, list filled and painted);
  target <= 50 ms
- refresh: 50 feeds from a local server answering each in 200 ms, over the slowest
  single feed alone; each the median of three rounds (fewer with ``--repeats``),
  every round into a new library; target <= 1.5
- next article: ``]`` to an article analysed before (cached), until its panes are
  filled; target <= 0.3 s

Articles and notes are generated from invented words; nothing is read from the
evaluation data. Everything is written to a temporary folder.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))

WORDS = [
    "harbour",
    "council",
    "ferry",
    "orchard",
    "reservoir",
    "valley",
    "minister",
    "union",
    "pilot",
    "tide",
    "bridge",
    "grain",
    "silo",
    "budget",
    "court",
    "ruling",
    "appeal",
    "strike",
    "mayor",
    "envoy",
    "border",
    "treaty",
    "tariff",
    "fishery",
    "wind",
    "farm",
    "school",
    "nurse",
    "clinic",
    "river",
    "flood",
    "levee",
    "railway",
    "depot",
    "signal",
]


def invented_text(rng: random.Random, sentences: int = 30) -> str:
    paragraphs = []
    for _ in range(sentences // 5):
        line = " ".join(
            " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(5)
        )
        paragraphs.append(line)
    return "\n\n".join(paragraphs)


def build_library(home: Path, articles: int, notes: int) -> None:
    from briefing_tui.model import Article
    from briefing_tui.store.library import open_library
    from briefing_tui.store.library.articles import record_article
    from briefing_tui.store.notes import NotesStore

    rng = random.Random(7)
    made = []
    with open_library(home) as library:
        for i in range(articles):
            text = f"Article {i}\n\n" + invented_text(rng)
            article = Article(
                text=text, title=f"Article {i} on {rng.choice(WORDS)}", source=f"/bench/{i}.txt"
            )
            record_article(library, article, opened=i % 3 != 0)
            made.append(article)
    per_file = 5
    for start in range(0, notes, per_file):
        store = NotesStore(made[start // per_file], home)
        store.set_note(
            "article",
            None,
            made[start // per_file].title,
            f"Note {start}: " + " ".join(rng.choice(WORDS) for _ in range(20)),
        )
        for k in range(1, per_file):
            store.set_note(
                "actor",
                f"a{k}",
                f"Actor {start + k}",
                f"Note {start + k}: " + " ".join(rng.choice(WORDS) for _ in range(20)),
            )
        store.save()
    with open_library(home) as library:  # the notes index, once, as a first launch would
        pass


PAINT_EMPTY = """
from textual.app import App
from textual.widgets import Static
class Empty(App):
    def compose(self):
        yield Static("empty")
    def on_mount(self):
        self.call_after_refresh(self.exit)
Empty().run(headless=True)
"""

PAINT_START = """
import briefing_tui.ui.start_app as start_app
from briefing_tui.ui.screens.start import StartScreen
class Timed(StartScreen):
    def on_mount(self):
        super().on_mount()
        assert self.article_list.option_count > 0
        self.call_after_refresh(self.app.exit)
start_app.StartScreen = Timed
start_app.StartApp().run(headless=True)
"""


def launch(code: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    return time.perf_counter() - started


def bench_start(home: Path, repeats: int) -> tuple[float, float]:
    env = {**os.environ, "BRIEFING_HOME": str(home)}
    launch(PAINT_EMPTY, env)  # warm the file cache for both
    launch(PAINT_START, env)
    empty, start = [], []
    for _ in range(repeats):
        empty.append(launch(PAINT_EMPTY, env))
        start.append(launch(PAINT_START, env))
    return statistics.median(start), statistics.median(empty)


async def _search_times(home: Path) -> tuple[list[float], list[float]]:
    from briefing_tui.ui.screens.start import StartScreen
    from briefing_tui.ui.start_app import StartApp

    app = StartApp(home=home)
    times = []
    async with app.run_test(size=(160, 48)) as pilot:
        while not isinstance(app.screen, StartScreen):
            await pilot.pause()
        screen = app.screen
        await pilot.press("slash")
        for query in (
            "r",
            "re",
            "res",
            "rese",
            "reser",
            "reserv",
            "reservoir",
            "reservoir f",
            "reservoir fl",
            "reservoir flood",
            "note",
            "note 5",
            "actor 12",
        ):
            started = time.perf_counter()
            screen.run_search(query)
            await pilot.pause()  # the list repainted
            times.append(time.perf_counter() - started)
        # The machine's own frame: one line of text changed and painted, in the same app.
        frames = []
        for i in range(len(times)):
            started = time.perf_counter()
            screen._hint(f"frame {i}")
            await pilot.pause()
            frames.append(time.perf_counter() - started)
    return times, frames


SERVER = """
import sys, time
sys.path.insert(0, {tests!r})
from library.feeds_site import atom_full
from reading.local_server import serving
routes = {{}}
with serving(routes, delay={delay}) as base:
    for i in range({feeds}):
        routes[f"/feed/{{i}}.xml"] = (200, "application/atom+xml", atom_full(f"{{base}}/{{i}}"))
    print(base, flush=True)
    sys.stdin.read()
"""


def bench_refresh(feeds: int, delay: float, repeats: int = 3) -> tuple[float, float]:
    """Both timed against a server in a process of its own, as a remote site would be;
    each the median of ``repeats`` refreshes, every one into a new library (all its
    entries new, all their texts to extract and store)."""
    from briefing_tui.engine.feeds import refresh_feeds
    from briefing_tui.store.library import open_library
    from briefing_tui.store.library.feeds import add_feed

    code = SERVER.format(tests=str(ROOT / "tests"), delay=delay, feeds=feeds)
    server = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )

    def timed(folder: Path, count: int) -> float:
        with open_library(folder) as library:
            for i in range(count):
                add_feed(library, f"{base}/feed/{i}.xml")
            started = time.perf_counter()
            report = refresh_feeds(library)
            took = time.perf_counter() - started
            assert report.feeds == count and report.stored == count, report
            assert not report.errors, report.errors
        return took

    singles, togethers = [], []
    try:
        base = server.stdout.readline().strip()
        with tempfile.TemporaryDirectory() as tmp:
            with open_library(Path(tmp) / "warm") as library:  # imports and first-use costs
                add_feed(library, f"{base}/feed/1.xml")
                refresh_feeds(library)
            for round_ in range(repeats):
                singles.append(timed(Path(tmp) / f"one-{round_}", 1))
                togethers.append(timed(Path(tmp) / f"many-{round_}", feeds))
    finally:
        server.stdin.close()
        server.wait(10)
    return statistics.median(togethers), statistics.median(singles)


async def _next_article_time(folder: Path) -> float:
    from briefing_tui.engine.batch import analyze_many
    from briefing_tui.reading import load_article
    from briefing_tui.ui.app import BriefingApp

    rng = random.Random(3)
    paths = []
    for i in range(2):
        path = folder / f"article{i}.txt"
        path.write_text(f"Article {i}\n\n" + invented_text(rng, 60), encoding="utf-8")
        paths.append(path)
    articles = [load_article(str(p)) for p in paths]
    list(analyze_many(articles))  # both analysed once: in the cache
    app = BriefingApp(articles[0], locations=[str(p) for p in paths], home=folder / "home")
    async with app.run_test(size=(160, 48)) as pilot:
        while app.briefing is None or not app.main.lists_filled:
            await pilot.pause()
        started = time.perf_counter()
        await pilot.press("right_square_bracket")
        while (
            app.article.text != articles[1].text
            or app.briefing is None
            or app.briefing.article.text != articles[1].text
            or not app.main.lists_filled
        ):
            await pilot.pause()
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--notes", type=int, default=1_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--feeds", type=int, default=50)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["BRIEFING_CACHE"] = str(folder / "cache")
        home = folder / "home"
        started = time.perf_counter()
        build_library(home, args.articles, args.notes)
        print(f"library built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        start, empty = bench_start(home, args.repeats)
        rows.append(
            (
                "start screen, first frame",
                f"{start:.3f} s",
                f"{empty:.3f} s (empty app)",
                start / empty,
                "<= 1.5",
            )
        )
        times, frames = asyncio.run(_search_times(home))
        worst, typical = max(times), statistics.median(times)
        frame = statistics.median(frames)
        rows.append(
            (
                "search keystroke (median / worst)",
                f"{typical * 1000:.1f} / {worst * 1000:.1f} ms",
                f"50 ms (a one-line repaint here: {frame * 1000:.1f} ms)",
                typical / 0.050,
                "<= 1.0",
            )
        )
        together, single = bench_refresh(args.feeds, 0.2, max(1, min(args.repeats, 3)))
        rows.append(
            (
                f"refresh {args.feeds} feeds at 200 ms each (median)",
                f"{together:.3f} s",
                f"{single:.3f} s (one feed)",
                together / single,
                "<= 1.5",
            )
        )
        step = asyncio.run(_next_article_time(folder))
        rows.append(("] to an analysed article", f"{step:.3f} s", "0.3 s", step / 0.3, "<= 1.0"))
    print(
        f"\nlibrary of {args.articles} articles and {args.notes} notes; "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
        f"median of {args.repeats} launches\n"
    )
    print("| measure | value | baseline | ratio | target |")
    print("|---|---|---|---|---|")
    for measure, value, baseline, ratio, target in rows:
        print(f"| {measure} | {value} | {baseline} | {ratio:.2f} | {target} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
