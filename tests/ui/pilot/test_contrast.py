"""Every highlight and mark is legible (WCAG AA) in both themes, computed from the theme.

The colours are read from what the widgets paint with (their component styles,
resolved from the theme's variables), not from the CSS text, so a theme change
or a CSS edit that makes a mark unreadable fails here.
"""

from __future__ import annotations

from rich.style import Style
from textual.color import Color

from briefing_tui.ui.logic.contrast import (
    BORDER_CONTRAST,
    TEXT_CONTRAST,
    contrast_ratio,
    legible_variables,
    parse_hex,
)
from briefing_tui.ui.logic.highlights import LAYERS

from ..support import WIDE, wait_analysed

THEMES = ("textual-dark", "textual-light")


def _rgb(color) -> tuple[int, int, int]:
    parsed = Color.from_rich_color(color)
    return (parsed.r, parsed.g, parsed.b)


def _text_ratio(style: Style) -> float:
    """The contrast of ``style``'s text on its background (reverse swaps them: the same)."""
    assert style.color is not None and style.bgcolor is not None, style
    return contrast_ratio(_rgb(style.color), _rgb(style.bgcolor))


def test_the_wcag_formula():
    black, white = (0, 0, 0), (255, 255, 255)
    assert round(contrast_ratio(black, white), 1) == 21.0
    assert contrast_ratio(white, white) == 1.0
    # #777 on white is the classic just-below-AA grey; #767676 just reaches it.
    assert contrast_ratio((0x77, 0x77, 0x77), white) < 4.5 <= contrast_ratio((0x76,) * 3, white)


def test_legible_variables_reach_aa_for_any_hex_theme():
    theme = {
        "surface": "#ffffff",
        "foreground": "#222222",
        "accent": "#ffff00",
        "primary": "#ffff00",
        "secondary": "#00ffff",
        "success": "#00ff00",
        "warning": "#ff00ff",
    }
    variables = legible_variables(theme)
    for layer in ("evidence", "claim-content", "claim-source", "mention", "match"):
        background = parse_hex(variables[f"briefing-mark-{layer}"])
        text = parse_hex(variables[f"briefing-mark-{layer}-text"])
        assert background and text and contrast_ratio(text, background) >= TEXT_CONTRAST
    border = parse_hex(variables["briefing-focus-border"])
    assert border and contrast_ratio(border, (255, 255, 255)) >= BORDER_CONTRAST
    assert "briefing-mark-mention" in legible_variables({"warning": "ansi_yellow"})


async def test_every_highlight_reaches_aa_in_both_themes(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        await pilot.press("2")  # a focused list with its cursor on the first actor
        await pilot.pause()
        failures = []
        for theme in THEMES:
            app.theme = theme
            await pilot.pause()
            view = app.main.article_view
            base = view.rich_style
            for layer in LAYERS:
                style = base + view.get_component_rich_style(f"article-view--{layer}", partial=True)
                ratio = _text_ratio(style)
                if ratio < TEXT_CONTRAST:
                    failures.append(f"{theme} {layer}: {ratio:.2f}")
            actors, claims = app.main.actor_list, app.main.claim_list
            assert actors.has_focus and not claims.has_focus
            for item_list in (actors, claims):  # the cursor focused, and not
                for component in ("option-list--option-highlighted", "option-list--option"):
                    style = item_list.rich_style + item_list.get_component_rich_style(component)
                    ratio = _text_ratio(style)
                    if ratio < TEXT_CONTRAST:
                        failures.append(f"{theme} {item_list.id} {component}: {ratio:.2f}")
            border = actors.styles.border.top[1]
            pane_background = actors.styles.background
            ratio = contrast_ratio(
                (border.r, border.g, border.b),
                (pane_background.r, pane_background.g, pane_background.b),
            )
            if ratio < BORDER_CONTRAST:
                failures.append(f"{theme} focus border: {ratio:.2f}")
        assert not failures, failures


async def test_the_marks_reach_aa_in_every_builtin_colour_theme(make_app):
    """Themes chosen from the palette too; the ANSI themes leave colours to the terminal."""
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot)
        failures = []
        for theme in sorted(app.available_themes):
            app.theme = theme
            await pilot.pause()
            if parse_hex(app.get_css_variables().get("surface", "")) is None:
                continue
            view = app.main.article_view
            for layer in LAYERS:
                style = view.rich_style + view.get_component_rich_style(
                    f"article-view--{layer}", partial=True
                )
                if (ratio := _text_ratio(style)) < TEXT_CONTRAST:
                    failures.append(f"{theme} {layer}: {ratio:.2f}")
        assert not failures, failures
