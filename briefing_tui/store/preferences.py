"""The reader's preferences kept between launches: a small JSON object in the data folder.

Only what the reader chose in the app (the theme, the folder of the last export)
is kept here; settings from the environment are ``briefing_tui.settings``. Reading a missing
or damaged file gives no preferences; failing to write one is not an error.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from briefing_tui.store.atomic import atomic_write_text

#: The file's name in the data folder.
PREFERENCES_FILE = "settings.json"


class Preferences:
    """The preferences in ``path`` (``<data dir>/settings.json``), read and written whole."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def in_folder(cls, data_dir: Path) -> Preferences:
        """The preferences kept in the data folder ``data_dir``."""
        return cls(Path(data_dir) / PREFERENCES_FILE)

    def read(self) -> dict[str, Any]:
        """Every preference (empty if the file is missing or not a JSON object)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, name: str) -> Any:
        """One preference, or None."""
        return self.read().get(name)

    def set(self, name: str, value: Any) -> None:
        """Keep ``name`` = ``value`` (the others stay), written atomically."""
        data = self.read()
        if data.get(name) == value:
            return
        data[name] = value
        with contextlib.suppress(OSError):
            atomic_write_text(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")


class ExportFolder:
    """Where the reader last exported to, kept in the preferences as ``export_folder``."""

    def __init__(self, preferences: Preferences) -> None:
        self.preferences = preferences

    def get(self) -> Path | None:
        """The folder last exported to, if it is known and still exists."""
        folder = self.preferences.get("export_folder")
        if not isinstance(folder, str) or not Path(folder).is_dir():
            return None
        return Path(folder)

    def remember(self, folder: Path) -> None:
        """Keep ``folder`` (made absolute) for the next export."""
        self.preferences.set("export_folder", str(folder.expanduser().resolve()))
