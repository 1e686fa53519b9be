"""Textual-free logic of the UI: pane layout, highlights, selection, relations."""
