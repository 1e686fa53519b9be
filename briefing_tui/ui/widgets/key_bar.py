"""The key bar at the bottom of the screen: the keys that work where the focus is.

It shows what Textual's ``Footer`` shows (each action's first key with
``show=True``, disabled ones dimmed, the command palette key on the right;
a click presses the key), but as one widget that re-renders its line when the
bindings change. ``Footer`` re-composes a widget per key on every focus
change, which cost the app's start-up about a fifth of its time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.widget import Widget


@dataclass(frozen=True)
class KeyHint:
    """One key as the bar shows it."""

    key: str
    display: str
    description: str
    enabled: bool
    kept: bool = False
    """Shown even when the line is too short for every hint (help and quit)."""


#: The ids of the bindings whose hints stay when the bar is too short for all of them.
KEPT_BINDINGS: frozenset[str] = frozenset({"help", "quit", "start.back"})


def hint_width(hint: KeyHint) -> int:
    """The cells ``hint`` takes in the bar."""
    width = cell_len(f" {hint.display} ")
    if hint.description:
        width += cell_len(f"{hint.description} ")
    return width


def fitting_hints(hints: list[KeyHint], width: int) -> list[KeyHint]:
    """``hints`` in order, leaving out the last ones that are not kept until they fit ``width``."""
    shown = list(hints)
    while sum(hint_width(hint) for hint in shown) > width:
        droppable = [index for index, hint in enumerate(shown) if not hint.kept]
        if not droppable:
            break
        del shown[droppable[-1]]
    return shown


class KeyBar(Widget, can_focus=False):
    """One line of key hints, updated in place when the focus (and so the keys) change.

    When the line is too short for every hint, the last ones are left out, but
    never the help (``?``, which lists them all) and quit keys.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        width: 1fr;
        color: $footer-foreground;
        background: $footer-background;
        .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .key-bar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self, *, id: str | None = None, app_keys: bool = True) -> None:
        """``app_keys`` False shows only the screen's keys and its widgets' (a dialog's),
        not the app's (help, quit, the command palette), which are the main screen's."""
        super().__init__(id=id)
        self.app_keys = app_keys
        #: (first column, last column + 1, key) of each hint in the last rendered line.
        self._spans: list[tuple[int, int, str]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: object) -> None:
        self.refresh()

    def hints(self) -> tuple[list[KeyHint], KeyHint | None]:
        """The keys to show on the left, and the command palette's key (or None)."""
        active = self.screen.active_bindings
        seen: set[str] = set()
        hints: list[KeyHint] = []
        for node, binding, enabled, _tooltip in active.values():
            if not binding.show or binding.action in seen:
                continue
            if not self.app_keys and node is self.app:
                continue
            seen.add(binding.action)
            display = self.app.get_key_display(binding)
            kept = binding.id in KEPT_BINDINGS
            hints.append(KeyHint(binding.key, display, binding.description, enabled, kept))
        palette = None
        if self.app_keys and self.app.ENABLE_COMMAND_PALETTE:
            found = active.get(self.app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _node, binding, enabled, _tooltip = found
                display = self.app.get_key_display(binding)
                palette = KeyHint(binding.key, display, binding.description, enabled)
        return hints, palette

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        dim = Style(dim=True)
        hints, palette = self.hints()
        line = Text(no_wrap=True, overflow="crop", end="")
        spans: list[tuple[int, int, str]] = []

        def add(hint: KeyHint) -> None:
            start = line.cell_len
            extra = Style() if hint.enabled else dim
            line.append(f" {hint.display} ", key_style + extra)
            if hint.description:
                line.append(f"{hint.description} ", description_style + extra)
            spans.append((start, line.cell_len, hint.key))

        for hint in fitting_hints(hints, self.size.width):
            add(hint)
        if palette is not None:
            label = f"▏ {palette.display} {palette.description} "
            gap = self.size.width - line.cell_len - len(label)
            if gap >= 1:
                line.append(" " * gap)
                start = line.cell_len
                line.append("▏", Style(dim=True))
                line.append(f" {palette.display} ", key_style)
                line.append(f"{palette.description} ", description_style)
                spans.append((start, line.cell_len, palette.key))
        self._spans = spans
        return line

    def key_at(self, x: int) -> str | None:
        """The key whose hint covers column ``x``, if any."""
        for start, end, key in self._spans:
            if start <= x < end:
                return key
        return None

    def on_click(self, event: events.Click) -> None:
        key = self.key_at(event.x)
        if key is not None:
            self.app.simulate_key(key)
