"""Shared test set-up: this folder is on ``sys.path``, so tests import ``briefing_runner``."""
