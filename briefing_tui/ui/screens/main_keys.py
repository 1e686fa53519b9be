"""The main screen's keys: panes, marks, search, notes, copy, export and jumps."""

from __future__ import annotations

from textual.binding import Binding, BindingType

#: The panes' keys (the app adds theme, help and quit). Under a modal screen they
#: are off: the modal, not the main screen, is then the active one.
MAIN_BINDINGS: list[BindingType] = [
    Binding("tab", "next_pane", "Next pane", id="pane.next", show=False, priority=True),
    Binding(
        "shift+tab",
        "previous_pane",
        "Previous pane",
        id="pane.previous",
        show=False,
        priority=True,
    ),
    Binding(
        "1",
        "show_pane('article')",
        "Article pane",
        id="pane.article",
        show=False,
        priority=True,
    ),
    Binding(
        "2",
        "show_pane('actors')",
        "Actors pane",
        id="pane.actors",
        show=False,
        priority=True,
    ),
    Binding(
        "3",
        "show_pane('claims')",
        "Claims pane",
        id="pane.claims",
        show=False,
        priority=True,
    ),
    Binding(
        "4",
        "show_pane('questions')",
        "Questions pane",
        id="pane.questions",
        show=False,
        priority=True,
    ),
    Binding(
        "5",
        "show_pane('notes')",
        "Notes pane",
        id="pane.notes",
        show=False,
        priority=True,
    ),
    Binding(
        "escape",
        "clear_filter",
        "Clear",
        id="filter.clear",
        show=False,
        tooltip=(
            "Clear the selection, its note target, the search and the marks; with "
            "none, back to the start screen (an article opened from it)"
        ),
    ),
    Binding("n", "next_mark", "Next", id="mark.next", tooltip="Next mention or match"),
    Binding(
        "N",
        "previous_mark",
        "Previous",
        id="mark.previous",
        show=False,
        tooltip="Previous mention or match",
    ),
    Binding("slash", "search", "Search", id="search.open", priority=True),
    Binding(
        "a",
        "annotate",
        "Note",
        id="note.write",
        tooltip="Write a note on the item the notes pane names (or the article)",
        priority=True,
    ),
    Binding(
        "A",
        "notes_overview",
        "All notes",
        id="notes.overview",
        show=False,
        tooltip="List every note of the article, Detached ones too, and go to one",
    ),
    Binding("d", "actor_detail", "Actor", id="actor.detail", tooltip="Actor detail view"),
    Binding(
        "p",
        "paragraph_items",
        "Paragraph",
        id="article.paragraph",
        tooltip="Claims and actors of the paragraph in view",
    ),
    Binding(
        "y",
        "copy",
        "Copy",
        id="copy",
        tooltip="Copy the selected claim with its source, or the selected text",
    ),
    Binding(
        "e",
        "export",
        "Export",
        id="export",
        tooltip="Export the briefing and notes to a Markdown file",
    ),
    Binding("o", "open_file", "Open", id="file.open", tooltip="Open another article"),
    Binding(
        "r",
        "recent_files",
        "Recent",
        id="file.recent",
        show=False,
        tooltip="Reopen a recently opened article",
    ),
    # Ctrl+I is Tab in most terminals (tmux sends a Tab for it), and Tab moves between
    # the panes; Ctrl+N goes forward everywhere, Ctrl+I where the terminal tells it apart.
    Binding(
        "ctrl+o",
        "jump_back",
        "Back",
        id="jump.back",
        show=False,
        tooltip="Go back to the place and selection before the last jump (as vim's Ctrl+O)",
    ),
    Binding(
        "ctrl+n,ctrl+i",
        "jump_forward",
        "Forward",
        id="jump.forward",
        show=False,
        tooltip="Go forward again after Ctrl+O (Ctrl+I where the terminal sends it apart)",
    ),
    Binding(
        "z",
        "toggle_zoom",
        "Zoom",
        id="pane.zoom",
        tooltip="Maximise the focused pane (the article full width), or restore the panes",
    ),
]
