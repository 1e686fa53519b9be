"""The app's message-loop lag while an uncached dossier is analysed, measured with Pilot.

Every key press waits in the app's message queue, so the time a posted callback
waits to run bounds the key latency whatever the key does (as ``keys.py --app``).
Two ways of analysing the same articles, in the same run, each with an empty cache:

- ``child``: the app's way (``DossierAnalysis``: the articles parsed and analysed in
  the analysis child process, this process relaying each article's step);
- ``thread``: the analysis in a thread of the app's own process (the way before).

Usage: python benchmarks/dossier_lag.py child|thread FILE...
Prints {"mode": ..., "busy": [ms...], "seconds": s, "rss_mb": the app process's peak
resident memory, "spacy": whether the app process imported spaCy} as JSON.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from keys import message_loop_lag  # benchmarks/ is the script's folder


async def measure(mode: str, paths: list[str]) -> dict:
    from briefing_tui.engine.dossier import DossierAnalysis, analyze_dossier
    from briefing_tui.reading import read_article
    from briefing_tui.ui.app import BriefingApp
    from briefing_tui.ui.dossier_actions import DossierBuild

    articles = [read_article(p) for p in paths]
    if mode == "child":
        build = DossierBuild(articles, analysis=DossierAnalysis(articles, use_cache=False))
    else:
        build = DossierBuild(articles, partial(analyze_dossier, articles, use_cache=False))
    home = Path(tempfile.mkdtemp(prefix="briefing-dossier-lag-"))
    app = BriefingApp(articles[0], use_cache=False, home=home, dossier=build)
    busy: list[float] = []

    started = time.perf_counter()
    async with app.run_test(size=(160, 50)):
        while app.dossier is build and time.perf_counter() - started < 300:
            busy.append(await message_loop_lag(app))
            await asyncio.sleep(0.05)
    import resource

    return {
        "mode": mode,
        "busy": busy,
        "seconds": time.perf_counter() - started,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "spacy": "spacy" in sys.modules,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(measure(sys.argv[1], sys.argv[2:]))))
    sys.stdout.flush()
    os._exit(0)  # a thread still parsing cannot be interrupted; do not wait for it
