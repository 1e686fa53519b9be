"""The engine: load spaCy once, parse, run the analysis, cache it, in a child process."""
