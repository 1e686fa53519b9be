"""The folder the last export went to, offered for the next one (a small JSON file)."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from briefing_tui.store.atomic import atomic_write_text


class ExportFolder:
    """Where the reader last exported to; failing to read or write it is not an error."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def get(self) -> Path | None:
        """The folder last exported to, if it is known and still exists."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        folder = data.get("folder") if isinstance(data, dict) else None
        if not isinstance(folder, str) or not Path(folder).is_dir():
            return None
        return Path(folder)

    def remember(self, folder: Path) -> None:
        """Keep ``folder`` (made absolute) for the next export."""
        text = json.dumps({"folder": str(folder.expanduser().resolve())}, indent=2) + "\n"
        with contextlib.suppress(OSError):
            atomic_write_text(self.path, text)
