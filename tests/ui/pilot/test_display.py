"""Robust display: markup in articles, wide and right-to-left scripts, light and dark themes."""

from __future__ import annotations

from textual.color import Color

from briefing_tui.model import Briefing, Span
from briefing_tui.ui.app import BriefingApp
from briefing_tui.ui.widgets.article_view import LAYERS

from ..support import WIDE, screen_rows, screen_text, text_article, wait_analysed

MIXED_SCRIPTS = (
    "国际新闻：谈判继续\n"
    "日本の首相は「交渉は続く」と述べた。😀🎉 The family 👩‍👩‍👧 waited.\n"
    "שלום עולם — the minister said peace is near.\n"
    "قال الوزير إن السلام قريب. Then [bold]markup[/] stayed text.\n"
)


def _app_for(text: str) -> BriefingApp:
    article = text_article(text)
    return BriefingApp(article, briefing=Briefing(article=article))


async def test_markup_in_the_article_is_never_interpreted():
    text = "A [bold]headline[/] here\nShe said [red]nothing[/red] and [link=http://x]y[/link].\n"
    app = _app_for(text)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        screen = screen_text(app)
        assert "A [bold]headline[/] here" in screen
        assert "She said [red]nothing[/red] and [link=http://x]y[/link]." in screen
        # Marks over bracketed text keep it literal too.
        app.main.article_view.set_marks("match", [Span(2, 8)])
        await pilot.pause()
        assert "[bold]headline[/]" in screen_text(app)


async def test_wide_and_right_to_left_text_keep_the_panes_aligned():
    app = _app_for(MIXED_SCRIPTS)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        rows = screen_rows(app)
        assert all(len(row) == WIDE[0] for row in rows)
        article = app.main.article_view.region
        actors = app.main.actor_list.region
        for y in range(article.y, article.bottom):
            assert rows[y][article.x] in "╭│╰", y
            assert rows[y][article.right - 1] in "╮│╯", y
        for y in range(actors.y, actors.bottom):
            assert rows[y][actors.x] in "╭│╰", y
        text = screen_text(app)
        for fragment in ("国际新闻", "交渉は続く", "שלום עולם", "قال الوزير", "[bold]markup[/]"):
            assert fragment in text


def _contrast(foreground: Color, background: Color) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(color: Color) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = color.rgb
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


async def test_light_and_dark_themes_keep_text_and_marks_readable(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        view = app.main.article_view
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            base = view.rich_style
            base_fg, base_bg = (
                Color.from_rich_color(base.color),
                Color.from_rich_color(base.bgcolor),
            )
            assert _contrast(base_fg, base_bg) >= 4.5, theme
            for layer in LAYERS:
                style = base + view.get_component_rich_style(f"article-view--{layer}")
                if style.reverse:
                    continue  # swaps the (readable) colours
                fg = Color.from_rich_color(style.color)
                bg = Color.from_rich_color(style.bgcolor)
                assert _contrast(fg, bg) >= 3.0, (theme, layer, _contrast(fg, bg))
