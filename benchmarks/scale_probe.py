"""Analyse one long file with ``analyze_stream`` (no cache) and report how it went, as JSON.

Usage: python benchmarks/scale_probe.py FILE [--rss]
Prints {"first_partial": s, "total": s, "steps": n, "chars": n, ...} on stdout, with
the peak resident memory of this process (the app's side) and of the analysis child.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from briefing_tui.engine.session import analyze_stream
from briefing_tui.reading import read_article


def peak_rss_self_mb() -> float:
    """This process's peak resident memory since exec, in MB.

    Not ``RUSAGE_SELF``: after a fork from a large parent (the benchmark runner),
    Linux keeps the pre-exec peak in it.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


started = time.perf_counter()
article = read_article(sys.argv[1])
first_partial = None
steps = 0
final = None
for progress in analyze_stream(article, use_cache=False):
    steps += 1
    if progress.briefing is not None and first_partial is None:
        first_partial = time.perf_counter() - started
    final = progress.briefing
total = time.perf_counter() - started
assert final is not None
print(
    json.dumps(
        {
            "first_partial": first_partial,
            "total": total,
            "steps": steps,
            "chars": len(article.text),
            "bytes": Path(sys.argv[1]).stat().st_size,
            "actors": len(final.actors),
            "claims": len(final.claims),
            "questions": len(final.questions),
            "timings": final.timings,
            "rss_self_mb": peak_rss_self_mb(),
            # ru_maxrss is in KiB on Linux; the analysis child has been waited for.
            "rss_child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        }
    )
)
