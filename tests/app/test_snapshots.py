"""The sample after analysis at 80x24 and 160x48 (regenerate with ``--snapshot-update``).

The analysis is injected (analysed once per session), the theme is fixed and
the header has no clock, so the pictures only change when the app or the
analysis does.
"""

from __future__ import annotations

from .conftest import NARROW, WIDE, wait_analysed


def _app(make_app):
    app = make_app()
    app.theme = "textual-dark"
    return app


async def _analysed_with_an_actor_selected(pilot) -> None:
    await wait_analysed(pilot)
    await pilot.press("2", "j")
    await pilot.pause()


def test_sample_wide(snap_compare, make_app):
    assert snap_compare(
        _app(make_app), terminal_size=WIDE, run_before=_analysed_with_an_actor_selected
    )


def test_sample_narrow(snap_compare, make_app):
    assert snap_compare(
        _app(make_app), terminal_size=NARROW, run_before=_analysed_with_an_actor_selected
    )
