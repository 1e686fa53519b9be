"""Baseline for "ready" and "batch": import spaCy, load the model, parse the files. Nothing else.

Usage: python benchmarks/bare_parse.py MODEL FILE...
Prints the parse time (without import and load) on stdout, in seconds; with
BRIEFING_BENCH_DONE_FILE set, also writes the wall-clock time the parse ended to
that file.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import spacy

model, *paths = sys.argv[1:]
texts = [Path(p).read_text(encoding="utf-8") for p in paths]
nlp = spacy.load(model)
started = time.perf_counter()
docs = [nlp(texts[0])] if len(texts) == 1 else list(nlp.pipe(texts, batch_size=8))
print(f"{time.perf_counter() - started:.4f}")
if os.environ.get("BRIEFING_BENCH_DONE_FILE"):
    Path(os.environ["BRIEFING_BENCH_DONE_FILE"]).write_text(f"{time.time():.6f}\n")
