"""``python -m briefing_tui``: the same as the ``briefing`` command."""

from briefing_tui.cli import entry_point

if __name__ == "__main__":
    entry_point()
