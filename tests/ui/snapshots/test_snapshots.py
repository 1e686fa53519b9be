"""The sample after analysis at 80x24 and 160x48 (regenerate with ``--snapshot-update``).

The analysis is injected (analysed once per session), the theme is fixed and
the header has no clock, so the pictures only change when the app or the
analysis does.
"""

from __future__ import annotations

from dataclasses import replace

from ..support import NARROW, WIDE, wait_analysed

#: The source line shows the path; a fixed one keeps the pictures independent of
#: where the project is checked out.
STABLE_SOURCE = "seeds/000_4418247077a2d3e9.txt"


def _app(make_app, sample_article, sample_briefing):
    article = replace(sample_article, source=STABLE_SOURCE)
    briefing = replace(sample_briefing, article=article)
    app = make_app(article=article, briefing=briefing)
    app.theme = "textual-dark"
    return app


async def _analysed_with_an_actor_selected(pilot) -> None:
    await wait_analysed(pilot)
    await pilot.press("2", "j")
    await pilot.pause()


def test_sample_wide(snap_compare, make_app, sample_article, sample_briefing):
    assert snap_compare(
        _app(make_app, sample_article, sample_briefing),
        terminal_size=WIDE,
        run_before=_analysed_with_an_actor_selected,
    )


def test_sample_narrow(snap_compare, make_app, sample_article, sample_briefing):
    assert snap_compare(
        _app(make_app, sample_article, sample_briefing),
        terminal_size=NARROW,
        run_before=_analysed_with_an_actor_selected,
    )
