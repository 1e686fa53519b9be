"""The app's screens: the main reading screen, and the modals (help, actor detail,
paragraph items, prompts, recent files)."""
