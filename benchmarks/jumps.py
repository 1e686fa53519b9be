"""What a jump costs the UI thread on a long article: End, and a search keystroke.

Runs the real app headless (``App.run_test``) with an empty analysis injected (no
spaCy) on the article FILE, then times, on the UI thread:
- End: ``ArticleView.action_scroll_end`` and drawing the lines it brings on screen;
- a search keystroke: the app's handler of a changed query (``MainScreen.on_search_changed``)
  for a one-letter query, the worst case; and when its matches are on screen.
Each on a fresh app; the same text as one paragraph (line breaks made spaces) too.

Usage: python benchmarks/jumps.py FILE
Prints {"paragraphs": {...}, "one paragraph": {...}} as JSON, in seconds.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import time
from pathlib import Path

from textual.geometry import Region

from briefing_tui.model import Briefing
from briefing_tui.reading import article_from_text
from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.messages import SearchChanged

SIZE = (160, 48)
QUERY = "e"


def _fresh_app(text: str) -> BriefingApp:
    """The app on ``text`` with an empty analysis injected (no spaCy)."""
    article = article_from_text(text, source="jumps.txt")
    return BriefingApp(article, use_cache=False, briefing=Briefing(article=article))


async def _settled(pilot, app: BriefingApp) -> None:
    while not (app.main.panes_mounted and app.main.article_view.painted):
        await pilot.pause()
    await pilot.pause()


async def _time_end(text: str) -> float:
    app = _fresh_app(text)
    async with app.run_test(size=SIZE) as pilot:
        await _settled(pilot, app)
        view = app.main.article_view
        region = view.scrollable_content_region
        started = time.perf_counter()
        view.action_scroll_end()
        view.render_lines(Region(0, 0, region.width, region.height))
        return time.perf_counter() - started


async def _time_search(text: str) -> tuple[float, float, int]:
    app = _fresh_app(text)
    async with app.run_test(size=SIZE) as pilot:
        await _settled(pilot, app)
        main = app.main
        started = time.perf_counter()
        main.on_search_changed(SearchChanged(QUERY))
        handler = time.perf_counter() - started
        while not main.article_view.marks("match"):
            await pilot.pause()
        return handler, time.perf_counter() - started, len(main.article_view.marks("match"))


async def _measure(text: str) -> dict[str, float | str]:
    end = await _time_end(text)
    handler, shown, matches = await _time_search(text)
    return {
        "end": end,
        "search_key": handler,
        "search_shown": shown,
        "matches": matches,
        "query": QUERY,
    }


async def main(path: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    one_paragraph = re.sub(r"\s*\n\s*", " ", text)
    print(
        json.dumps(
            {
                "paragraphs": await _measure(text),
                "one paragraph": await _measure(one_paragraph),
            }
        )
    )


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
