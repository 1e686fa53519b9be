"""Regenerate docs/dossier.svg: the dossier screen on three invented articles about one story.

    python docs/dossier_screenshot.py

The articles are made up for the picture (no real outlet, person or place is meant).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent

ARTICLES = {
    "harbour-herald.txt": (
        "Eastvale council delays vote on harbour bridge\n"
        "Monday, March 2, 2020\n"
        "EASTVALE — The Eastvale city council delayed its vote on the new harbour bridge on "
        'Monday after a heated debate. "We will not rush a decision that costs this much," '
        "said Mayor Ana Lopez. Councillor Tom Reyes said the old bridge was safe and that the "
        "repairs could wait. It is unclear whether the council will approve the new bridge. "
        "The Harbour Authority is expected to publish its inspection report on Thursday.\n"
    ),
    "valley-courier.txt": (
        "Engineers warn on Eastvale bridge\n"
        "Wednesday, March 4, 2020\n"
        "Engineer Maya Ortiz said the old bridge was not safe and that the repairs could not "
        'wait. "We cannot keep patching a structure that is eighty years old," Ortiz said. '
        "Mayor Ana Lopez said the council would not rush a decision on the cost. The Harbour "
        "Authority published its inspection report on Tuesday.\n"
    ),
    "coast-daily.txt": (
        "Eastvale approves new harbour bridge\n"
        "Friday, March 6, 2020\n"
        "The Eastvale city council approved the new harbour bridge on Thursday by seven votes "
        'to two. "We will not rush a decision that costs this much, and we did not," Mayor '
        "Ana Lopez told reporters. Work on the bridge is to start in May.\n"
    ),
}


async def _screenshot(folder: Path, target: Path) -> None:
    from briefing_tui.engine.dossier import analyze_dossier
    from briefing_tui.reading import load_article
    from briefing_tui.ui.app import BriefingApp
    from briefing_tui.ui.screens.dossier import DossierScreen

    articles = []
    for name, text in ARTICLES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        articles.append(load_article(str(path)))
    dossier = analyze_dossier(articles, use_cache=False)
    first = dossier.briefings[0]
    app = BriefingApp(first.article, use_cache=False, briefing=first, dossier=dossier)
    app.theme = "textual-dark"
    async with app.run_test(size=(160, 40)) as pilot:
        for _ in range(100):
            await pilot.pause()
            if isinstance(app.screen, DossierScreen):
                break
        await pilot.pause(0.3)
        target.write_text(app.export_screenshot(title="briefing dossier"), encoding="utf-8")


def main() -> None:
    os.environ["BRIEFING_HOME"] = tempfile.mkdtemp()
    os.environ["BRIEFING_CACHE"] = tempfile.mkdtemp()
    asyncio.run(_screenshot(Path(tempfile.mkdtemp()), DOCS / "dossier.svg"))


if __name__ == "__main__":
    main()
