"""Run ``briefing ARGS``, but exit (status 0) once every pane shows the final analysis.

Usage: python benchmarks/exit_when_ready.py [briefing arguments]

For profiling a launch to "ready" (e.g. under ``python -X importtime`` or a
profiler): the app exits when it posts ``BriefingReady``, that is once the
lists show the final analysis and are painted in full. The app module is
imported before the command parses its arguments, earlier than ``briefing``
itself imports it; ``run.py`` times launches of ``briefing`` itself.
"""

from __future__ import annotations

import sys

from briefing_tui import cli
from briefing_tui.ui import app as app_module
from briefing_tui.ui.messages import BriefingReady


class ExitWhenReadyApp(app_module.BriefingApp):
    """The app, exiting with status 0 once it is ready."""

    def on_briefing_ready(self, message: BriefingReady) -> None:
        self.exit(0, 0)


def main(argv: list[str]) -> int:
    """Run the ``briefing`` command on ``argv`` with the app that exits when ready."""
    # ``run_app`` builds the app class its module names at the time of the call.
    app_module.BriefingApp = ExitWhenReadyApp
    return cli.main(argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
