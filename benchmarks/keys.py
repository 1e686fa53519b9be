"""Key-press latency while a long article is analysed, measured with Textual's Pilot.

The harness app has the architecture the real app follows (the article shown
first; ``analyze_stream`` in a ``@work(thread=True)`` worker; each partial
Briefing posted back to the UI thread, which re-renders the pane counts).
A key is pressed every 50 ms; its latency is the time from the press to its
action running. The baseline is the same while no analysis runs.

Usage: python benchmarks/keys.py FILE SECONDS        (the harness)
       python benchmarks/keys.py --app FILE SECONDS  (the real app: its message-loop lag)
Prints {"idle": [ms...], "busy": [ms...], "updates": n} as JSON.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import ClassVar

from rich.text import Text
from textual import events, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from briefing_tui.engine.progress import Progress
from briefing_tui.model import Article
from briefing_tui.reading import read_article

#: Characters of the article put on screen: about one screenful. (Rendering a 20,000
#: character Static takes Textual seconds, on every layout; the real article view
#: must render only the visible lines.)
VISIBLE_CHARS = 4_000


async def message_loop_lag(app: App) -> float:
    """Milliseconds a callback posted to ``app`` waits before it runs: what any key
    press waits in the app's message queue, whatever the key does."""
    ran = asyncio.Event()
    posted = time.perf_counter()
    app.call_next(ran.set)
    await ran.wait()
    return (time.perf_counter() - posted) * 1000


class Harness(App[None]):
    """Article on the left, pane counts on the right, analysis in a thread."""

    BINDINGS: ClassVar = [("x", "ping", "Ping")]
    # Fixed sizes: a pane update must not re-wrap the article (as in the real layout).
    CSS = """
    #left { width: 2fr; height: 1fr; }
    #panes { width: 1fr; height: 1fr; overflow: hidden; }
    """

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self.handled_at: float | None = None
        self.handled = asyncio.Event()
        self.updates = 0
        self.done = False

    def compose(self) -> ComposeResult:
        with Horizontal():
            with VerticalScroll(id="left"):
                yield Static(Text(self.article.text[:VISIBLE_CHARS]), id="article")
            yield Static("waiting", id="panes")

    def action_ping(self) -> None:
        self.handled_at = time.perf_counter()
        self.handled.set()

    @work(thread=True, exclusive=True)
    def analyse(self) -> None:
        from briefing_tui.engine.session import analyze_stream

        for progress in analyze_stream(self.article, use_cache=False):
            self.call_from_thread(self.show, progress)
        self.done = True

    def show(self, progress: Progress) -> None:
        self.updates += 1
        briefing = progress.briefing
        if briefing is None:
            self.query_one("#panes", Static).update(progress.stage)
            return
        lines = [f"{progress.stage}  {progress.fraction:.0%}"]
        lines += [f"{a.name} ({len(a.mentions)})" for a in briefing.actors[:40]]
        lines.append(f"{len(briefing.claims)} claims, {len(briefing.questions)} questions")
        self.query_one("#panes", Static).update(Text("\n".join(lines)))


async def _press(pilot, app: Harness) -> float:
    """Send one key as the terminal driver does and wait for its action to run."""
    # Not ``pilot.press``: it also waits for the whole screen to settle, which is
    # not what a reader feels.
    app.handled_at = None
    app.handled.clear()
    pressed = time.perf_counter()
    app.post_message(events.Key("x", "x"))
    await app.handled.wait()
    assert app.handled_at is not None
    return (app.handled_at - pressed) * 1000


async def measure(path: str, seconds: float) -> dict:
    app = Harness(read_article(path))
    idle: list[float] = []
    busy: list[float] = []
    async with app.run_test(size=(160, 50)) as pilot:
        for _ in range(20):
            idle.append(await _press(pilot, app))
            await asyncio.sleep(0.05)
        app.analyse()
        stop = time.perf_counter() + seconds
        while not app.done and time.perf_counter() < stop:
            busy.append(await _press(pilot, app))
            await asyncio.sleep(0.05)
        app.workers.cancel_all()
    return {"idle": idle, "busy": busy, "updates": app.updates}


async def measure_app(path: str, seconds: float) -> dict:
    """The real app: how long its message loop takes to run a posted callback.

    Every key press waits in that queue, so this lag bounds the key latency
    whatever the key does.
    """
    import tempfile
    from pathlib import Path

    from briefing_tui.ui.app import BriefingApp

    home = Path(tempfile.mkdtemp(prefix="briefing-keys-"))
    app = BriefingApp(read_article(path), use_cache=False, home=home)
    idle: list[float] = []
    busy: list[float] = []

    async with app.run_test(size=(160, 50)):
        stop = time.perf_counter() + seconds
        while not app.analysis_running and time.perf_counter() < stop:
            await asyncio.sleep(0.05)
        while app.analysis_running and time.perf_counter() < stop:
            busy.append(await message_loop_lag(app))
            await asyncio.sleep(0.05)
        for _ in range(20):
            idle.append(await message_loop_lag(app))
            await asyncio.sleep(0.05)
    return {"idle": idle, "busy": busy, "updates": 0}


if __name__ == "__main__":
    if sys.argv[1] == "--app":
        result = asyncio.run(measure_app(sys.argv[2], float(sys.argv[3])))
    else:
        result = asyncio.run(measure(sys.argv[1], float(sys.argv[2])))
    print(json.dumps(result))
    sys.stdout.flush()
    # The worker thread cannot be interrupted mid-parse; do not wait for it.
    import os

    os._exit(0)
