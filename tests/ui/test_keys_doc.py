"""docs/keys.md must match the bindings; ``python -m tests.ui.test_keys_doc`` regenerates them.

Regenerating writes docs/keys.md and docs/screenshot.svg (the sample at 160x48,
analysed, with an actor selected), both from the app itself.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.keys import key_rows
from briefing_tui.ui.screens.help import keys_markdown

DOCS = Path(__file__).resolve().parents[2] / "docs"


def current_keys_markdown() -> str:
    return keys_markdown(key_rows(BriefingApp.key_bindings()))


def test_keys_doc_is_up_to_date():
    assert (DOCS / "keys.md").read_text(encoding="utf-8") == current_keys_markdown()


async def _screenshot(path: Path) -> None:
    import os
    import tempfile

    from briefing_tui.reading import load_article
    from briefing_tui.reading.samples import default_sample

    os.environ["BRIEFING_HOME"] = tempfile.mkdtemp()
    from dataclasses import replace

    article = replace(load_article(str(default_sample())), source="seeds/" + default_sample().name)
    app = BriefingApp(article, use_cache=False)
    app.theme = "textual-dark"
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(5000):
            await pilot.pause()
            if app.briefing is not None and not app.analysis_running:
                break
        await pilot.press("2", "j", "enter", "3", "j")
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        app.save_screenshot(filename=path.name, path=str(path.parent))


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "keys.md").write_text(current_keys_markdown(), encoding="utf-8")
    asyncio.run(_screenshot(DOCS / "screenshot.svg"))


if __name__ == "__main__":
    main()
