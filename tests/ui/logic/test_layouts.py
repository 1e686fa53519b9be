"""Which layout a terminal size gets, and which key hints fit a short key bar."""

from __future__ import annotations

from briefing_tui.ui.logic.panes import layout_for
from briefing_tui.ui.widgets.key_bar import KeyHint, fitting_hints, hint_width


def test_layout_for_sizes():
    assert layout_for(160, 48) == "wide"
    assert layout_for(159, 48) == layout_for(120, 40) == "medium"
    assert layout_for(119, 48) == layout_for(160, 29) == layout_for(80, 24) == "narrow"


def test_fitting_hints_drop_the_last_but_keep_help_and_quit():
    hints = [KeyHint(key, key, "Something", True) for key in "abcdef"]
    hints += [
        KeyHint("?", "?", "Keys", True, kept=True),
        KeyHint("q", "q", "Quit", True, kept=True),
    ]
    width = hint_width(hints[0]) * 2 + hint_width(hints[-2]) + hint_width(hints[-1])
    assert [hint.key for hint in fitting_hints(hints, width)] == ["a", "b", "?", "q"]
    assert fitting_hints(hints, 1000) == hints
    assert [hint.key for hint in fitting_hints(hints, 3)] == ["?", "q"]
