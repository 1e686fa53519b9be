"""The analysis: pure functions over one parsed spaCy Doc, one module per pane.

Nothing here imports Textual; ``tests/test_imports.py`` checks it.
"""
