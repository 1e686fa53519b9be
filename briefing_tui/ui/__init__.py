"""The Textual app: screens, widgets, and the Textual-free logic they use."""
