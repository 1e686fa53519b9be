"""Baseline for first paint: the smallest Textual app that shows a file's text.

Usage: python benchmarks/empty_app.py FILE [--exit-after-paint]
"""

from __future__ import annotations

import sys
from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import Static


class EmptyApp(App[None]):
    """A static text, nothing else."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(Text(self.text))


if __name__ == "__main__":
    EmptyApp(Path(sys.argv[1]).read_text(encoding="utf-8")).run()
