"""Every key binding as the help screen, docs/keys.md and the command palette show it.

All three are read from the ``Binding`` declarations, so a key is described once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from textual.binding import Binding, BindingType
from textual.keys import format_key

#: Actions the palette leaves out: it has its own quit and "Show keys" entries.
NOT_IN_PALETTE: frozenset[str] = frozenset({"interrupt", "quit", "help"})


def key_display(key: str) -> str:
    """A key as the footer shows it (``ctrl+c`` as ``^c``, ``question_mark`` as ``?``)."""
    *modifiers, name = key.split("+")
    shown = format_key(name)
    if "ctrl" in modifiers:
        modifiers.remove("ctrl")
        shown = f"^{shown}"
    return "+".join([*modifiers, shown])


def key_rows(bindings: Iterable[BindingType]) -> list[tuple[str, str, str]]:
    """(where, key, what it does) for ``bindings`` (the keys that work in every pane:
    the main screen's and the app's) and for the panes' own bindings."""
    # Imported here: the widgets are not needed for the app's first frame.
    from textual.widgets import OptionList

    from briefing_tui.ui.screens.dialog import Chooser, Dialog
    from briefing_tui.ui.screens.prompt import PromptScreen
    from briefing_tui.ui.widgets import ArticleView, ItemList, NotesPane, QuestionList, SearchBar

    groups: list[tuple[str, Iterable[BindingType]]] = [
        ("Everywhere", bindings),
        ("Article", ArticleView.BINDINGS),
        ("Lists", [*ItemList.BINDINGS, *OptionList.BINDINGS]),
        ("Questions", QuestionList.BINDINGS),
        ("Notes", NotesPane.BINDINGS),
        ("Search", SearchBar.BINDINGS),
        ("Dialogs", [*Dialog.BINDINGS, *Chooser.BINDINGS]),
        ("Prompts", PromptScreen.BINDINGS),
    ]
    rows: list[tuple[str, str, str]] = []
    for where, bindings in groups:
        for binding in bindings:
            if not isinstance(binding, Binding) or not binding.description:
                continue
            keys = ", ".join(key_display(key.strip()) for key in binding.key.split(","))
            rows.append((where, keys, binding.tooltip or binding.description))
    rows.append(("Everywhere", key_display("ctrl+p"), "Command palette: every action"))
    return rows


def palette_entries(bindings: Iterable[BindingType]) -> Iterator[tuple[str, str, str]]:
    """(title, help, action) for each action of ``bindings`` the command palette offers,
    once each."""
    seen: set[str] = set()
    for binding in bindings:
        if not isinstance(binding, Binding) or binding.action in seen:
            continue
        if binding.action in NOT_IN_PALETTE:
            continue
        seen.add(binding.action)
        help_text = f"{binding.tooltip or binding.description} (key: {binding.key})"
        yield binding.description, help_text, binding.action
