"""Progress: one step of an analysis, as the app shows it."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.model import Briefing


@dataclass(slots=True)
class Progress:
    """One step of a streamed analysis, for the app's progress display.

    ``briefing`` is None until something can be shown; it may be partial
    (actors only, say, or the first chunks of a long text) before the final
    step, where ``done`` is True.
    """

    stage: str
    fraction: float
    briefing: Briefing | None = None
    done: bool = False
