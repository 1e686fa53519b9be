"""The byline, date and dateline are drawn as credits, not as body text; the source line
is in the header only, not above the title."""

from __future__ import annotations

from briefing_tui.model import Briefing, Span
from briefing_tui.ui.app import BriefingApp

from ..support import WIDE, screen_rows, styles_at, text_article, wait_analysed

WIRE_STORY = """Council Backs New Flood Plan

By Jane Doe

LONDON, Oct 3 (Reuters) - The council voted on Monday to build new barriers.

The mayor said the work would start in spring.
"""

#: Title, byline and date in one paragraph, as many pasted articles are.
STACKED = """Council Backs New Flood Plan
By Jane Doe and John Roe
October 17, 2025

The council voted on Monday to build new barriers.
"""


def _app(article) -> BriefingApp:
    return BriefingApp(article, use_cache=False, briefing=Briefing(article=article))


def _article_rows(app: BriefingApp) -> list[str]:
    region = app.main.article_view.content_region
    rows = screen_rows(app)
    return [
        "".join(rows[y][region.x : region.right]).rstrip() for y in range(region.y, region.bottom)
    ]


def _style_of(app: BriefingApp, rows: list[str], words: str):
    """The style of the first cell of ``words`` in the article pane."""
    region = app.main.article_view.content_region
    i = next(i for i, row in enumerate(rows) if words in row)
    (style,) = styles_at(app, region.y + i, (region.x + rows[i].index(words),))
    return style


async def test_byline_and_dateline_are_credits_and_the_source_is_not_above_the_title():
    article = text_article(WIRE_STORY, source="story.txt")
    assert article.byline == "Jane Doe" and article.dateline == "LONDON, Oct 3 (Reuters)"
    app = _app(article)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        rows = _article_rows(app)
        assert not any("story.txt" in row for row in rows)  # in the header only
        assert "story.txt" in "".join(screen_rows(app)[0])
        assert rows[0].strip() == "Council Backs New Flood Plan"
        title = _style_of(app, rows, "Council")
        byline = _style_of(app, rows, "By Jane Doe")
        dateline = _style_of(app, rows, "LONDON")
        dash = _style_of(app, rows, "- The council")
        body = _style_of(app, rows, "The council")
        later = _style_of(app, rows, "The mayor")
        assert title.bold
        for credit in (byline, dateline, dash):
            assert credit.italic and not credit.bold
            assert credit.color == byline.color != later.color  # dimmed
        assert not body.italic and not later.italic
        # The credit lines stay in the text, set apart by blank lines, and offsets map.
        i = next(i for i, row in enumerate(rows) if "By Jane Doe" in row)
        assert rows[i - 1] == rows[i + 1] == ""
        start = article.text.index("Jane")
        app.main.article_view.set_marks("match", [Span(start, start + 4)])
        await pilot.pause()
        rows = _article_rows(app)
        region = app.main.article_view.content_region
        jane, by = styles_at(
            app, region.y + i, (region.x + rows[i].index("Jane"), region.x + rows[i].index("By"))
        )
        assert jane.bgcolor != by.bgcolor


async def test_a_byline_and_date_under_the_title_in_one_paragraph_are_credits():
    article = text_article(STACKED, source="stacked.txt")
    assert article.title == "Council Backs New Flood Plan"
    app = _app(article)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        rows = _article_rows(app)
        assert sum("Council Backs New Flood Plan" in row for row in rows) == 1
        assert _style_of(app, rows, "Council").bold
        body = _style_of(app, rows, "The council")
        for credit in ("By Jane Doe", "October 17, 2025"):
            style = _style_of(app, rows, credit)
            assert style.italic and not style.bold
            assert style.color != body.color  # dimmed
        assert not body.italic
