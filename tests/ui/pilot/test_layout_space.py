"""The layout uses the space: the README's breakpoints, fair list widths, zoom, the key bar."""

from __future__ import annotations

import re
from pathlib import Path

from briefing_tui.ui.logic.panes import PANES

from ..support import NARROW, screen_rows, wait_analysed

README = Path(__file__).resolve().parents[3] / "README.md"


def _regions(app) -> dict:
    return {pane: app.query_one(f"#{pane}").region for pane in PANES}


def _lists_in_one_row(app) -> bool:
    regions = _regions(app)
    return len({regions[pane].y for pane in ("actors", "claims", "questions")}) == 1


def _readme_breakpoints() -> tuple[int, int, int]:
    """(wide from, medium from, medium to) as the README's layout sentence gives them."""
    text = " ".join(README.read_text(encoding="utf-8").split())
    wide = re.search(r"At (\d+) columns and wider the article and the three lists sit side", text)
    medium = re.search(r"from (\d+) to (\d+) columns the lists and the notes share", text)
    assert wide and medium, "the README's layout sentence is missing"
    return int(wide[1]), int(medium[1]), int(medium[2])


async def test_the_readme_breakpoints_are_the_apps(make_app):
    wide_from, medium_from, medium_to = _readme_breakpoints()
    assert medium_to == wide_from - 1
    app = make_app()
    async with app.run_test(size=(wide_from, 40)) as pilot:
        await wait_analysed(pilot)
        assert not app.narrow and _lists_in_one_row(app)
        await pilot.resize_terminal(medium_to, 40)
        await pilot.pause()
        assert not app.narrow and not _lists_in_one_row(app)
        await pilot.resize_terminal(medium_from, 40)
        await pilot.pause()
        assert not app.narrow and not _lists_in_one_row(app)
        await pilot.resize_terminal(medium_from - 1, 40)
        await pilot.pause()
        assert app.narrow


async def test_lists_get_a_fair_share_from_120_columns(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        for width in (120, 140, 159, 160):
            await pilot.resize_terminal(width, 40)
            await pilot.pause()
            regions = _regions(app)
            for pane in ("actors", "claims", "questions"):
                assert regions[pane].width >= 30, (width, pane, regions[pane].width)
            assert regions["article"].width >= 50, (width, regions["article"].width)


async def test_z_zooms_the_focused_pane_and_back(make_app):
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_analysed(pilot)
        panes = app.query_one("#panes").region
        await pilot.press("z")
        await pilot.pause()
        assert app.main.zoomed
        article = app.query_one("#article").region
        assert article.width == panes.width and article.height == panes.height
        assert all(app.query_one(f"#{pane}").region.area == 0 for pane in PANES[1:])
        await pilot.press("3")  # another pane, zoomed in turn
        await pilot.pause()
        claims = app.query_one("#claims").region
        assert claims.width == panes.width
        assert app.query_one("#article").region.area == 0
        await pilot.press("z")
        await pilot.pause()
        assert not app.main.zoomed
        assert all(app.query_one(f"#{pane}").region.area > 0 for pane in PANES)


async def test_zoom_shows_the_article_alone_in_a_narrow_terminal(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await wait_analysed(pilot)
        await pilot.press("2", "z")
        await pilot.pause()
        assert app.query_one("#article").region.area == 0
        assert app.query_one("#actors").region.height > NARROW[1] // 2
        await pilot.press("1")
        await pilot.pause()
        assert app.query_one("#article").region.width == NARROW[0]


async def test_the_key_bar_keeps_help_and_quit_at_80x24(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await wait_analysed(pilot)
        for keys in ((), ("2",), ("1",)):
            await pilot.press(*keys)
            await pilot.pause()
            bar = "".join(screen_rows(app)[-1])
            assert "? Keys" in bar and "q Quit" in bar, bar
