"""The sample after analysis at 80x24, 120x40 and 160x48 (regenerate with ``--snapshot-update``).

One picture per layout: narrow (one pane below the article), medium (the lists
in two rows beside it) and wide (everything in one row).

The analysis comes from a fixed file, ``fixtures/sample_briefing.json`` (the
``briefing/1`` JSON of ``briefing analyze --no-cache --json`` on the sample),
the theme is fixed and the header has no clock, so the pictures only change
when the app does, not when the analysis does.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefing_tui.model import Briefing
from briefing_tui.ui.app import BriefingApp

from ..support import NARROW, WIDE, wait_analysed, wait_for

#: Its article's source is the sample's path relative to the project, so the
#: pictures do not depend on where the project is checked out.
SAMPLE_BRIEFING = Path(__file__).with_name("fixtures") / "sample_briefing.json"


def _app() -> BriefingApp:
    briefing = Briefing.from_json(json.loads(SAMPLE_BRIEFING.read_text(encoding="utf-8")))
    app = BriefingApp(briefing.article, use_cache=False, briefing=briefing)
    app.theme = "textual-dark"
    return app


MEDIUM = (120, 40)


async def _analysed_with_an_actor_selected(pilot) -> None:
    await wait_analysed(pilot)
    # The header's summary comes once the lists show the whole analysis.
    await wait_for(pilot, lambda: "actors ·" in pilot.app.sub_title)
    await pilot.press("2", "j", "enter")
    await pilot.pause()


def test_sample_wide(snap_compare):
    assert snap_compare(_app(), terminal_size=WIDE, run_before=_analysed_with_an_actor_selected)


def test_sample_medium(snap_compare):
    assert snap_compare(_app(), terminal_size=MEDIUM, run_before=_analysed_with_an_actor_selected)


def test_sample_narrow(snap_compare):
    assert snap_compare(_app(), terminal_size=NARROW, run_before=_analysed_with_an_actor_selected)
