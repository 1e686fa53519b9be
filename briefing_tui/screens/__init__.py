"""The app's modal screens: help, actor detail, paragraph items, prompts, recent files."""
