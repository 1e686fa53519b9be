"""Colours that stay legible in any theme: WCAG contrast, and the marks' colours made from it.

The article's marks tint the pane's background with a theme colour (warning for
mentions, success for claim content, ...). How strong a tint can be while the
text on it stays readable depends on the theme, so the tints are computed from
the theme's colours: as strong as possible up to a limit, but never below WCAG
AA (4.5:1) for the text on them. ``legible_variables`` turns a theme's CSS
variables into the ``$briefing-*`` variables ``app.tcss`` uses.
"""

from __future__ import annotations

from collections.abc import Mapping

RGB = tuple[int, int, int]

#: WCAG AA: normal text on its background, and non-text marks such as a focus border.
TEXT_CONTRAST, BORDER_CONTRAST = 4.5, 3.0

#: Each mark layer: (the theme colour it tints the background with, the strongest tint).
MARK_TINTS: dict[str, tuple[str, float]] = {
    "evidence": ("primary", 0.45),
    "claim-content": ("success", 0.35),
    "claim-source": ("accent", 0.55),
    "mention": ("warning", 0.55),
    "match": ("secondary", 0.55),
}

BLACK: RGB = (0, 0, 0)
WHITE: RGB = (255, 255, 255)


def parse_hex(value: str) -> RGB | None:
    """``#rrggbb`` (or ``#rgb``, ``#rrggbbaa``; the alpha is ignored) as RGB; None otherwise."""
    text = value.strip()
    if not text.startswith("#") or " " in text:
        return None
    digits = text[1:]
    if len(digits) in (3, 4):
        digits = "".join(d * 2 for d in digits[:3])
    if len(digits) not in (6, 8):
        return None
    try:
        return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))
    except ValueError:
        return None


def to_hex(colour: RGB) -> str:
    """``colour`` as ``#rrggbb``."""
    return "#{:02x}{:02x}{:02x}".format(*colour)


def relative_luminance(colour: RGB) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 for black, 1 for white)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: RGB, second: RGB) -> float:
    """WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(base: RGB, tint: RGB, fraction: float) -> RGB:
    """``tint`` laid over ``base`` at ``fraction`` opacity."""
    return tuple(round(b + (t - b) * fraction) for b, t in zip(base, tint, strict=True))  # type: ignore[return-value]


def tinted_background(
    surface: RGB, tint: RGB, text: RGB, strongest: float, minimum: float = TEXT_CONTRAST
) -> RGB:
    """The strongest blend of ``tint`` over ``surface`` (at most ``strongest``) that keeps
    ``text`` at ``minimum`` contrast on it; ``surface`` itself if no tint does."""
    steps = round(strongest * 100)
    for step in range(steps, 0, -1):
        background = blend(surface, tint, step / 100)
        if contrast_ratio(text, background) >= minimum:
            return background
    return surface


def _more_contrasting(background: RGB) -> RGB:
    """Black or white, whichever contrasts more with ``background``."""
    black_wins = contrast_ratio(BLACK, background) >= contrast_ratio(WHITE, background)
    return BLACK if black_wins else WHITE


def legible_colour(colour: RGB, background: RGB, minimum: float) -> RGB:
    """``colour``, or the least change of it toward black or white that reaches ``minimum``
    contrast on ``background`` (toward whichever of the two contrasts more with it)."""
    if contrast_ratio(colour, background) >= minimum:
        return colour
    target = _more_contrasting(background)
    for step in range(1, 101):
        candidate = blend(colour, target, step / 100)
        if contrast_ratio(candidate, background) >= minimum:
            return candidate
    return target


def legible_variables(theme: Mapping[str, str]) -> dict[str, str]:
    """The ``briefing-*`` CSS variables for a theme's variables (``surface``, ``foreground``,
    ``accent``, and the marks' tints).

    For each mark layer: ``briefing-mark-<layer>`` (its background) and
    ``briefing-mark-<layer>-text`` (``current``, the mark n / N is on, is the
    text's colours swapped); ``briefing-focus-border`` is the accent made
    to stand out from the panes' background; ``briefing-cursor*`` are the lists'
    cursor. A theme whose colours are not
    ``#rrggbb`` (the ANSI theme) keeps its own colours, untinted.
    """
    surface = parse_hex(theme.get("surface", ""))
    foreground = parse_hex(theme.get("foreground", ""))
    variables: dict[str, str] = {}
    for layer, (tint_name, strongest) in MARK_TINTS.items():
        tint = parse_hex(theme.get(tint_name, ""))
        if surface is None or foreground is None or tint is None:
            variables[f"briefing-mark-{layer}"] = theme.get(tint_name, "ansi_default")
            variables[f"briefing-mark-{layer}-text"] = theme.get("foreground", "ansi_default")
            continue
        background = tinted_background(surface, tint, foreground, strongest)
        text = legible_colour(foreground, background, TEXT_CONTRAST)
        variables[f"briefing-mark-{layer}"] = to_hex(background)
        variables[f"briefing-mark-{layer}-text"] = to_hex(text)
    # The mention or match n / N is on: the text's colours swapped, its own made legible.
    if surface is None or foreground is None:
        variables["briefing-mark-current"] = theme.get("foreground", "ansi_default")
        variables["briefing-mark-current-text"] = theme.get("surface", "ansi_default")
    else:
        variables["briefing-mark-current"] = to_hex(foreground)
        current_text = legible_colour(surface, foreground, TEXT_CONTRAST)
        variables["briefing-mark-current-text"] = to_hex(current_text)
    accent = parse_hex(theme.get("accent", ""))
    if surface is None or accent is None:
        variables["briefing-focus-border"] = theme.get("accent", "ansi_default")
    else:
        border = legible_colour(accent, surface, BORDER_CONTRAST)
        variables["briefing-focus-border"] = to_hex(border)
    variables.update(_cursor_variables(theme, surface, foreground))
    return variables


def _cursor_variables(
    theme: Mapping[str, str], surface: RGB | None, foreground: RGB | None
) -> dict[str, str]:
    """The lists' cursor: ``briefing-cursor`` (and ``-text``) in a focused list, the theme's
    primary colour darkened or lightened for its text; ``briefing-cursor-blurred`` elsewhere."""
    primary = parse_hex(theme.get("primary", ""))
    if primary is None or surface is None or foreground is None:
        fallback = theme.get("primary", "ansi_default")
        text = theme.get("foreground", "ansi_default")
        return {
            "briefing-cursor": fallback,
            "briefing-cursor-text": text,
            "briefing-cursor-blurred": fallback,
            "briefing-cursor-blurred-text": text,
        }
    text = _more_contrasting(primary)
    blurred = tinted_background(surface, primary, foreground, 0.3)
    return {
        "briefing-cursor": to_hex(legible_colour(primary, text, TEXT_CONTRAST)),
        "briefing-cursor-text": to_hex(text),
        "briefing-cursor-blurred": to_hex(blurred),
        "briefing-cursor-blurred-text": to_hex(legible_colour(foreground, blurred, TEXT_CONTRAST)),
    }
