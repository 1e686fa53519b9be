"""``docs/layout.md`` names every module of the package, folder by folder."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "briefing_tui"
LAYOUT = ROOT / "docs" / "layout.md"


def documented_modules(text: str) -> set[str]:
    """``folder/module.py`` for every module row under a ``## `briefing_tui/folder/` `` heading."""
    modules: set[str] = set()
    folder = None
    for line in text.splitlines():
        heading = re.match(r"## `briefing_tui/(.*)`", line)
        if heading:
            folder = heading.group(1)
            continue
        row = re.match(r"\| `([\w]+\.py)` \|", line)
        if row and folder is not None:
            modules.add(folder + row.group(1))
    return modules


def test_every_module_is_in_the_layout_page() -> None:
    modules = {path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py")}
    assert documented_modules(LAYOUT.read_text(encoding="utf-8")) == modules


def test_the_page_reader_sees_rows_under_their_folder() -> None:
    text = "## `briefing_tui/ui/`\n\n| module | holds |\n|---|---|\n| `app.py` | the App |\n"
    assert documented_modules(text) == {"ui/app.py"}
