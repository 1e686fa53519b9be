"""Dossier benchmarks: each figure beside its baseline, measured in the same run.

    python benchmarks/dossier.py            # 3 repeats of each measure
    python benchmarks/dossier.py --repeats 1

Measures, on the 24 GUM news articles of the evaluation data (``../shared/eval/data``,
read at run time and written only to a temporary directory):

- uncached: ``briefing analyze --dossier --json --no-cache`` on the 24 articles
  against ``bare_parse.py`` (import spaCy, load the model once, ``nlp.pipe`` the
  same texts), both whole processes; bar 1.2x;
- cached: the same command once the cache holds the 24 analyses; bar 0.5 s;
- first paint: ``briefing dossier`` on the 24 (cached) until the dossier screen shows,
  against an empty Textual app showing a file; bar 1.5x. In a private tmux server;
- lag: the app's message-loop lag (which bounds key latency) while the 24 are analysed
  uncached in the app, the articles in the analysis child (the app's way) against
  in a thread of the app's own process (the way before); ``dossier_lag.py``.

Ratios are ours over the baseline's (below 1.0 is faster than the baseline).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from run import BRIEFING, DEFAULT_DATA, HERE, PYTHON, Tmux, shows, timed_run

#: Text the dossier screen shows once it is painted.
DOSSIER_NEEDLE = "Actors across articles"


class _Skip(Exception):
    """The first-paint measure was not asked for."""


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _lag_rows(paths: list[str], env: dict[str, str]) -> list[tuple]:
    """The message-loop lag while the dossier is analysed: in the child, then in a thread."""
    import subprocess

    found = {}
    for mode in ("thread", "child"):
        done = subprocess.run(
            [PYTHON, str(HERE / "dossier_lag.py"), mode, *paths],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        found[mode] = json.loads(done.stdout.strip().splitlines()[-1])
    child, thread = found["child"], found["thread"]
    presses = len(child["busy"])
    print(
        f"lag median {statistics.median(child['busy']):.2f} ms (child), "
        f"{statistics.median(thread['busy']):.2f} ms (thread); spaCy in the app's process: "
        f"{child['spacy']} (child), {thread['spacy']} (thread)",
        file=sys.stderr,
    )
    return [
        (
            f"message-loop lag while analysing, max ({presses} samples)",
            max(child["busy"]) / 1000,
            "analysis in a thread of the app",
            max(thread["busy"]) / 1000,
            "<= 100 ms",
            max(child["busy"]) <= 100,
        ),
        (
            "peak memory of the app's process while analysing",
            child["rss_mb"],
            "analysis in a thread of the app",
            thread["rss_mb"],
            "",
            None,
        ),
        (
            "uncached dossier ready in the app",
            child["seconds"],
            "analysis in a thread of the app",
            thread["seconds"],
            "",
            None,
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--only",
        default="uncached,cached,paint,lag",
        help="comma-separated: uncached,cached,paint,lag",
    )
    args = parser.parse_args()
    from briefing_tui.engine.nlp import installed_model

    model = installed_model()
    if model is None:
        sys.exit("no spaCy pipeline installed; see the README")
    tmp = Path(tempfile.mkdtemp(prefix="briefing-dossier-bench-"))
    env = {**os.environ, "BRIEFING_CACHE": str(tmp / "cache"), "BRIEFING_HOME": str(tmp / "home")}
    rows: list[tuple[str, float, str, float | None, str, bool | None]] = []
    try:
        records = [
            json.loads(line)
            for line in (Path(args.data) / "gum_news_coref.jsonl")
            .read_text(encoding="utf-8")
            .splitlines()
            if line.strip()
        ]
        paths = []
        for record in records:
            path = tmp / f"{record['id']}.txt"
            path.write_text(record["text"], encoding="utf-8")
            paths.append(str(path))
        size = sum(len(r["text"].encode()) for r in records) / 1e6
        label = f"{len(paths)} articles, {size:.2f} MB"

        only = set(args.only.split(","))
        bare = 1.0
        if "uncached" in only:
            bare = _median(
                [
                    timed_run([PYTHON, str(HERE / "bare_parse.py"), model, *paths], env)
                    for _ in range(args.repeats)
                ]
            )
        dossier_cmd = [BRIEFING, "analyze", "--dossier", "--json", *paths]
        if "uncached" in only:
            uncached = [*dossier_cmd[:2], "--no-cache", *dossier_cmd[2:]]
            ours = _median([timed_run(uncached, env) for _ in range(args.repeats)])
            rows.append(
                (
                    f"uncached dossier, {label}",
                    ours,
                    "bare nlp.pipe, one load",
                    bare,
                    "<= 1.2x",
                    ours / bare <= 1.2,
                )
            )

        if "lag" in only:
            rows += _lag_rows(paths, env)
        timed_run(dossier_cmd, env)  # fill the cache
        if "cached" in only:
            cached = _median([timed_run(dossier_cmd, env) for _ in range(max(3, args.repeats))])
            rows.append((f"cached dossier, {label}", cached, "", None, "<= 0.5 s", cached <= 0.5))
        if "paint" not in only:
            paths = []

        tmux = Tmux()
        try:
            if not paths:
                raise _Skip
            first = next(line for line in records[0]["text"].splitlines() if line.strip())
            empty, paint, single = [], [], []
            for _ in range(args.repeats):
                single.append(tmux.time_until([BRIEFING, paths[0]], shows(first.strip()[:24]), env))
                empty.append(
                    tmux.time_until(
                        [PYTHON, str(HERE / "empty_app.py"), paths[0]],
                        shows(first.strip()[:24]),
                        env,
                    )
                )
                paint.append(
                    tmux.time_until([BRIEFING, "dossier", *paths], shows(DOSSIER_NEEDLE), env)
                )
        except _Skip:
            empty, paint, single = [], [], []
        finally:
            tmux.close()
        if not paths:
            pass
        elif None in empty or None in paint:
            rows.append(
                (
                    "first paint, dossier screen",
                    float("nan"),
                    "n/a (not seen)",
                    None,
                    "<= 1.5x",
                    None,
                )
            )
        else:
            e, p = _median(empty), _median(paint)  # type: ignore[arg-type]
            if None not in single:
                one = _median(single)  # type: ignore[arg-type]
                rows.append(
                    (
                        "first paint, one article (briefing FILE, cached)",
                        one,
                        "empty Textual app",
                        e,
                        "<= 1.5x",
                        one / e <= 1.5,
                    )
                )
            rows.append(
                (
                    f"first paint, dossier screen, {label} (cached)",
                    p,
                    "empty Textual app",
                    e,
                    "<= 1.5x",
                    p / e <= 1.5,
                )
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print("| measure | Briefing | baseline | ratio | bar | met |")
    print("|---|---|---|---|---|---|")
    for measure, ours, base_label, base, bar, met in rows:
        ratio = f"{ours / base:.2f}" if base else ""
        # Lags in milliseconds, times in seconds.
        unit, scale = ("ms", 1000) if measure.startswith("message-loop") else ("s", 1)
        if measure.startswith("peak memory"):
            unit, scale = "MB", 1
        base_text = f"{base_label} {base * scale:.3f} {unit}" if base else base_label
        verdict = "" if met is None else ("yes" if met else "no")
        print(
            f"| {measure} | {ours * scale:.3f} {unit} | {base_text} | {ratio} | {bar} | {verdict} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
