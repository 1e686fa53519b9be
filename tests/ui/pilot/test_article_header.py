"""The header names the article (headline, byline, dateline); Markdown shows rendered, the
title once."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.model import Briefing, Span
from briefing_tui.reading import load_article
from briefing_tui.ui.app import BriefingApp

from ..support import WIDE, screen_rows, styles_at, text_article, wait_analysed

MARKDOWN = """# Council Backs New Flood Plan

By Jane Doe

## What was agreed

The council voted **unanimously** on Monday, the *mayor* said, citing a
[report](https://example.org/report) by engineers.

- New barriers by spring
- A fund for homeowners
"""

WIRE_STORY = """Council Backs New Flood Plan
By Jane Doe
LONDON, Oct 3 (Reuters) - The council voted on Monday to build new barriers.
The mayor said the work would start in spring.
"""


def _app(article) -> BriefingApp:
    return BriefingApp(article, use_cache=False, briefing=Briefing(article=article))


def _header_text(app: BriefingApp) -> str:
    return "".join(screen_rows(app)[0])


def _article_rows(app: BriefingApp) -> list[str]:
    """The article pane's rows, inside its border, right-trimmed."""
    region = app.main.article_view.content_region
    rows = screen_rows(app)
    return [
        "".join(rows[y][region.x : region.right]).rstrip() for y in range(region.y, region.bottom)
    ]


async def test_the_header_shows_headline_byline_and_dateline():
    app = _app(text_article(WIRE_STORY, source="story.txt"))
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        header = _header_text(app)
        assert "Council Backs New Flood Plan" in header
        assert "By Jane Doe" in header
        assert "LONDON, Oct 3 (Reuters)" in header
        assert "story.txt" in header
        assert "0 actors" in header  # the summary stays


async def test_the_header_never_sends_control_characters_or_markup():
    article = text_article("Storm [bold]hits[/] \x1b[31mcoast\nBy Jane\tDoe\nRain fell all day.\n")
    app = _app(article)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        header = _header_text(app)
        assert "Storm [bold]hits[/] ␛[31mcoast" in header  # the escape made visible
        assert "By Jane Doe" in header
        assert "\x1b" not in header and "\t" not in header


async def test_markdown_is_rendered_and_the_title_shown_once(tmp_path: Path):
    path = tmp_path / "flood.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    article = load_article(str(path))
    app = _app(article)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        rows = _article_rows(app)
        shown = "\n".join(rows)
        for raw in ("**", "##", "# ", "](", "https://example.org", "- New"):
            assert raw not in shown, raw
        assert sum("Council Backs New Flood Plan" in row for row in rows) == 1
        assert "What was agreed" in shown
        assert "• New barriers by spring" in shown
        assert "• A fund for homeowners" in shown
        assert "voted unanimously on Monday, the mayor said, citing a report by" in " ".join(rows)
        # The heading and the bold word are drawn bold, the emphasis italic.
        region = app.main.article_view.content_region
        y = next(region.y + i for i, row in enumerate(rows) if "unanimously" in row)
        x = region.x + rows[y - region.y].index("unanimously")
        italic_x = region.x + rows[y - region.y].index("mayor")
        bold, italic = styles_at(app, y, (x, italic_x))
        assert bold.bold and italic.italic
        heading_y = next(region.y + i for i, row in enumerate(rows) if "What was agreed" in row)
        (heading,) = styles_at(app, heading_y, (region.x,))
        assert heading.bold
        assert "Council Backs New Flood Plan — By Jane Doe" in _header_text(app)


async def test_marks_land_on_the_rendered_markdown_words(tmp_path: Path):
    path = tmp_path / "flood.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    article = load_article(str(path))
    start = article.text.index("mayor")
    app = _app(article)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        view.set_marks("match", [Span(start, start + len("mayor"))])
        await pilot.pause()
        rows = _article_rows(app)
        region = view.content_region
        i = next(i for i, row in enumerate(rows) if "mayor" in row)
        column = rows[i].index("mayor")
        styles = styles_at(app, region.y + i, (region.x + column, region.x + column - 2))
        assert styles[0].bgcolor != styles[1].bgcolor  # the mark covers "mayor" only


async def test_a_markdown_title_is_shown_once_as_the_heading(tmp_path: Path):
    path = tmp_path / "flood.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    app = _app(load_article(str(path)))
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        rows = _article_rows(app)
        titled = [i for i, row in enumerate(rows) if "Council Backs New Flood Plan" in row]
        assert len(titled) == 1
        assert rows[titled[0]].strip() == "Council Backs New Flood Plan"  # no "# " before it
        region = app.main.article_view.content_region
        (title,) = styles_at(app, region.y + titled[0], (region.x,))
        assert title.bold
