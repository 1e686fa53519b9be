"""Briefing's benchmarks: every figure next to a baseline measured in the same run.

    python benchmarks/run.py            # full: 1 MB and 10 MB articles (15-25 minutes)
    python benchmarks/run.py --quick    # a few minutes: smaller articles, fewer repeats
    python benchmarks/run.py --only startup,paint,cache

Sections: startup, paint, ready, overhead, batch, scale, cache. The texts come
from the evaluation data beside the project (``../shared/eval/data``, or
``--data``), read at run time and written only to a temporary directory.
Launch timings use real processes in a private tmux server; the ratio is
Briefing's figure over the baseline's, so below 1.0 is faster than baseline
except for throughput, where it is baseline time over Briefing time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE = ROOT / "seeds" / "000_4418247077a2d3e9.txt"
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "data"
PYTHON = sys.executable
BRIEFING = str(Path(PYTHON).parent / "briefing")
SECTIONS = ("startup", "paint", "ready", "overhead", "batch", "scale", "cache")
#: Environment variable naming the file bare_parse.py writes its "parsed" time to.
DONE_ENV = "BRIEFING_BENCH_DONE_FILE"
MB = 1_000_000


@dataclass
class Row:
    """One line of the table."""

    section: str
    measure: str
    value: str
    baseline: str
    ratio: str
    target: str
    ok: str


ROWS: list[Row] = []


def row(
    section: str,
    measure: str,
    value: str,
    baseline: str = "",
    ratio: float | None = None,
    target: str = "",
    ok: bool | None = None,
) -> None:
    """Record (and echo, for progress) one line of the table."""
    verdict = "" if ok is None else ("yes" if ok else "NO")
    ratio_text = "" if ratio is None else f"{ratio:.2f}"
    ROWS.append(Row(section, measure, value, baseline, ratio_text, target, verdict))
    print(f"  {measure}: {value}  [{baseline}]  {ratio_text}  {target} {verdict}", file=sys.stderr)


def secs(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds:.3f} s"


def median(values: list[float]) -> float:
    return statistics.median(values)


def timed_run(argv: list[str], env: dict[str, str] | None = None) -> float:
    """Wall time of one process, run to completion (output discarded)."""
    started = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


# --- real terminals ------------------------------------------------------------------


class Tmux:
    """A private tmux server (its own socket) to launch apps in and read their screens."""

    def __init__(self, width: int = 160, height: int = 48) -> None:
        self.socket = f"briefing-bench-{os.getpid()}"
        self.size = (str(width), str(height))
        self.count = 0
        # A long-lived session keeps the server up between measurements.
        self._tmux("new-session", "-d", "-s", "keep", "-x", self.size[0], "-y", self.size[1])

    def _tmux(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False
        )

    def time_until(
        self,
        argv: list[str],
        done: Callable[[str | None], bool],
        env: dict[str, str] | None = None,
        timeout: float = 60.0,
        poll: float = 0.005,
    ) -> float | None:
        """Seconds from launching ``argv`` until ``done(screen)``; screen is None once it exited.

        The screen is read every ``poll`` seconds (each read starts a tmux client).
        """
        self.count += 1
        name = f"m{self.count}"
        prefix = ["env", *(f"{k}={v}" for k, v in (env or {}).items())]
        command = shlex.join(prefix + argv)
        started = time.perf_counter()
        self._tmux("new-session", "-d", "-s", name, "-x", self.size[0], "-y", self.size[1], command)
        try:
            while time.perf_counter() - started < timeout:
                shown = self._tmux("capture-pane", "-p", "-t", name)
                screen = shown.stdout if shown.returncode == 0 else None
                if done(screen):
                    return time.perf_counter() - started
                time.sleep(poll)
            return None
        finally:
            self._tmux("kill-session", "-t", name)

    def time_to_mark(
        self, argv: list[str], env: dict[str, str], mark_env: str, timeout: float = 60.0
    ) -> float | None:
        """Seconds from launching ``argv`` to the wall-clock time it writes to the file
        named in its ``mark_env`` variable (None if it wrote none before exiting)."""
        mark = Path(tempfile.mkdtemp(prefix="briefing-mark-")) / "mark"
        launched = time.time()
        # The time comes from the mark, so the exit is polled slowly: reading the
        # screen often would take CPU from the process being timed.
        self.time_until(argv, exited, {**env, mark_env: str(mark)}, timeout, poll=0.1)
        try:
            return float(mark.read_text(encoding="utf-8")) - launched
        except (OSError, ValueError):
            return None
        finally:
            shutil.rmtree(mark.parent, ignore_errors=True)

    def close(self) -> None:
        self._tmux("kill-server")


def shows(needle: str) -> Callable[[str | None], bool]:
    return lambda screen: screen is not None and needle in screen


def exited(screen: str | None) -> bool:
    return screen is None


def first_line_needle(text: str, length: int = 24) -> str:
    line = next(line for line in text.splitlines() if line.strip())
    return line.strip()[:length]


# --- the sections --------------------------------------------------------------------


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.quick = args.quick
        self.repeats = 3 if args.quick else 5
        self.data = Path(args.data)
        self.tmp = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
        self.cache = self.tmp / "cache"
        self.env = {**os.environ, "BRIEFING_CACHE": str(self.cache)}
        self.sample_text = SAMPLE.read_text(encoding="utf-8")
        self._tmux: Tmux | None = None
        self.model = self._model_name()
        # Measure what a reader's every launch costs: with the bytecode compiled, as a
        # wheel install leaves it (an editable install writes it at the first launch,
        # unless PYTHONDONTWRITEBYTECODE is set).
        subprocess.run(
            [PYTHON, "-m", "compileall", "-q", str(ROOT / "briefing_tui")],
            stdout=subprocess.DEVNULL,
            check=False,
        )
        self.bare_seconds_per_mb: float | None = None
        self.sample_paint: float | None = None

    @property
    def tmux(self) -> Tmux:
        if self._tmux is None:
            self._tmux = Tmux()
        return self._tmux

    def close(self) -> None:
        if self._tmux is not None:
            self._tmux.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _model_name(self) -> str:
        from briefing_tui.engine.nlp import installed_model

        name = installed_model()
        if name is None:
            sys.exit("no spaCy pipeline installed; see the README")
        return name

    def texts(self, name: str) -> list[str]:
        path = self.data / f"{name}.jsonl"
        return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]

    def write(self, name: str, text: str) -> Path:
        path = self.tmp / name
        path.write_text(text, encoding="utf-8")
        return path

    def clear_cache(self) -> None:
        shutil.rmtree(self.cache, ignore_errors=True)

    # startup: --help and --version stay light
    def startup(self) -> None:
        base = median([timed_run([PYTHON, "-c", "import argparse"]) for _ in range(self.repeats)])
        for flag in ("--help", "--version"):
            took = median([timed_run([BRIEFING, flag]) for _ in range(self.repeats)])
            row(
                "startup",
                f"briefing {flag}",
                secs(took),
                f"python -c 'import argparse' {secs(base)}",
                took / base,
                "no spaCy/Textual import",
            )
        probe = (
            "import sys\nfrom briefing_tui.cli import main\n"
            "for argv in (['--help'], ['--version']):\n"
            "    try:\n        main(argv)\n    except SystemExit:\n        pass\n"
            "heavy = sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in "
            "('spacy', 'thinc', 'textual', 'numpy')})\nprint('HEAVY:' + ','.join(heavy))\n"
        )
        found = subprocess.run([PYTHON, "-c", probe], capture_output=True, text=True, check=True)
        heavy = found.stdout.rsplit("HEAVY:", 1)[-1].strip()
        row(
            "startup",
            "heavy modules imported by --help/--version",
            heavy or "none",
            "",
            None,
            "none",
            not heavy,
        )

    # paint: launch to article visible
    def paint(self) -> None:
        path = self.write("sample.txt", self.sample_text)
        needle = first_line_needle(self.sample_text)
        base, ours = [], []
        for _ in range(self.repeats):
            base.append(
                self.tmux.time_until(
                    [PYTHON, str(HERE / "empty_app.py"), str(path)], shows(needle), self.env
                )
            )
            self.clear_cache()
            ours.append(
                self.tmux.time_until([BRIEFING, "--no-cache", str(path)], shows(needle), self.env)
            )
        if None in base or None in ours:
            row("paint", "first paint, sample", "n/a (text not seen)", "", None, "<= 1.5x")
            return
        b, o = median(base), median(ours)
        self.sample_paint = o
        row(
            "paint",
            "first paint, sample (launch to article visible)",
            secs(o),
            f"empty Textual app {secs(b)}",
            o / b,
            "<= 1.5x",
            o / b <= 1.5,
        )

    # ready: launch to all panes filled
    def ready(self) -> None:
        path = self.write("sample.txt", self.sample_text)
        bare_argv = [PYTHON, str(HERE / "bare_parse.py"), self.model, str(path)]
        base = [self.tmux.time_until(bare_argv, exited, self.env) for _ in range(self.repeats)]
        b = median([x for x in base if x is not None])
        # Launch to "parsed": the script writes the wall-clock time of that moment, so
        # its own shutdown is not counted (nor is the app's, below).
        parsed = [
            self.tmux.time_to_mark(bare_argv, self.env, DONE_ENV) for _ in range(self.repeats)
        ]
        b_mark = median([x for x in parsed if x is not None])
        # Without a UI: the engine alone, launch to the final Briefing.
        probe = [PYTHON, str(HERE / "scale_probe.py"), str(path)]
        engine = median(
            [self.tmux.time_until(probe, exited, self.env) for _ in range(self.repeats)]
        )
        row(
            "ready",
            "engine only: launch to final Briefing, sample (no UI)",
            secs(engine),
            f"bare spaCy import+load+parse {secs(b)}",
            engine / b,
            "<= 1.2x",
            engine / b <= 1.2,
        )
        # "Filled" is seen on screen, as the first paint is: each list's title shows
        # the final count (from an analysis of the same text; it is deterministic).
        found = subprocess.run(
            [BRIEFING, "analyze", "--json", "--no-cache", str(path)],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        )
        final = json.loads(found.stdout)
        # "Questions (5)" or, with questions held back, "Questions (5, 1 held back)"
        titles = [
            (f"{label} ({len(final[key])})", f"{label} ({len(final[key])},")
            for label, key in (
                ("Actors", "actors"),
                ("Claims", "claims"),
                ("Questions", "questions"),
            )
        ]

        def filled(screen: str | None) -> bool:
            return screen is not None and all(
                any(form in screen for form in forms) for forms in titles
            )

        ours = []
        for _ in range(self.repeats):
            self.clear_cache()
            ours.append(
                self.tmux.time_until(
                    [BRIEFING, "--no-cache", str(path)], filled, self.env, poll=0.02
                )
            )
        if None in ours:
            row(
                "ready",
                "app: launch to all panes filled, sample",
                "n/a (not filled in time)",
                secs(b_mark),
                None,
                "<= 1.2x",
            )
            return
        o = median(ours)
        row(
            "ready",
            "app: launch to all panes filled (seen on screen), sample",
            secs(o),
            f"bare spaCy import+load+parse, launch to parsed {secs(b_mark)}",
            o / b_mark,
            "<= 1.2x",
            o / b_mark <= 1.2,
        )
        # Second open: the panes come from the cache.
        self.clear_cache()
        subprocess.run(
            [BRIEFING, "analyze", "--json", str(path)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            check=True,
        )
        cached = [
            self.tmux.time_until([BRIEFING, str(path)], filled, self.env)
            for _ in range(self.repeats)
        ]
        if None in cached:
            row("ready", "app: second open, panes filled from cache", "n/a", "", None, "<= 0.3 s")
            return
        c = median(cached)
        paint = self.sample_paint
        row(
            "ready",
            "app: second open, launch to all panes filled from cache",
            secs(c),
            f"Briefing first paint (no cache) {secs(paint)}" if paint else "",
            c / paint if paint else None,
            "<= 0.3 s",
            c <= 0.3,
        )

    # overhead: the analysis over an already parsed Doc, against the parse
    def overhead(self) -> None:
        import spacy

        from briefing_tui.analysis.actors import find_actors
        from briefing_tui.analysis.claims import find_claims
        from briefing_tui.analysis.questions import find_questions
        from briefing_tui.engine.nlp import load_pipeline

        nlp = load_pipeline()
        bare = spacy.load(self.model)
        sets = {"sample": [self.sample_text] * self.repeats}
        polnear = self.texts("polnear_dev_subset")
        sets["PolNeAR (35)"] = polnear[:10] if self.quick else polnear
        for label, texts in sets.items():
            totals = {
                "parse": 0.0,
                "bare parse": 0.0,
                "actors": 0.0,
                "claims": 0.0,
                "questions": 0.0,
            }
            for text in texts:
                started = time.perf_counter()
                bare(text)
                totals["bare parse"] += time.perf_counter() - started
                started = time.perf_counter()
                doc = nlp(text)
                totals["parse"] += time.perf_counter() - started
                started = time.perf_counter()
                actors = find_actors(doc)
                totals["actors"] += time.perf_counter() - started
                started = time.perf_counter()
                claims = find_claims(doc, actors)
                totals["claims"] += time.perf_counter() - started
                started = time.perf_counter()
                find_questions(doc, actors, claims)
                totals["questions"] += time.perf_counter() - started
            parse = totals["parse"]
            name = f"{label}, {len(texts)} texts" if label != "sample" else "sample"
            row(
                "overhead",
                f"Briefing's parse vs bare spaCy, {name}",
                secs(parse),
                f"bare nlp() {secs(totals['bare parse'])}",
                parse / totals["bare parse"],
                "",
            )
            analysis = totals["actors"] + totals["claims"] + totals["questions"]
            for stage in ("actors", "claims", "questions"):
                row(
                    "overhead",
                    f"  {stage}, {name}",
                    secs(totals[stage]),
                    f"parse {secs(parse)}",
                    totals[stage] / parse,
                    "",
                )
            row(
                "overhead",
                f"actors+claims+questions, {name}",
                secs(analysis),
                f"parse {secs(parse)}",
                analysis / parse,
                "<= 0.20x",
                analysis / parse <= 0.2,
            )

    # batch: briefing analyze --json over the 59 texts
    def batch(self) -> None:
        texts = self.texts("polnear_dev_subset") + self.texts("gum_news_coref")
        folder = self.tmp / "batch"
        folder.mkdir(exist_ok=True)
        paths = []
        for i, text in enumerate(texts):
            path = folder / f"{i:03d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        out = str(self.tmp / "batch.jsonl")
        repeats = 1 if self.quick else 2
        bare_argv = [PYTHON, str(HERE / "bare_parse.py"), self.model, *paths]
        bare_times, bare_parse = [], []
        for _ in range(repeats):
            started = time.perf_counter()
            done = subprocess.run(bare_argv, capture_output=True, text=True, check=True)
            bare_times.append(time.perf_counter() - started)
            bare_parse.append(float(done.stdout.strip()))
        b = median(bare_times)
        chars = sum(len(t) for t in texts)
        self.bare_seconds_per_mb = median(bare_parse) / (chars / MB)
        label = f"{len(texts)} articles, {chars / MB:.2f} MB"
        for jobs in (1, 2):
            argv = [
                BRIEFING,
                "analyze",
                "--json",
                "--no-cache",
                "--jobs",
                str(jobs),
                "-o",
                out,
                *paths,
            ]
            took = median([timed_run(argv, self.env) for _ in range(repeats)])
            row(
                "batch",
                f"analyze --json --jobs {jobs}, {label}",
                secs(took),
                f"bare nlp.pipe script {secs(b)}",
                b / took,
                ">= 0.8x throughput",
                b / took >= 0.8,
            )
        self.clear_cache()
        subprocess.run([BRIEFING, "analyze", "--json", "-o", out, *paths], env=self.env, check=True)
        took = median(
            [
                timed_run([BRIEFING, "analyze", "--json", "-o", out, *paths], self.env)
                for _ in range(repeats)
            ]
        )
        row(
            "batch",
            f"analyze --json, all cached, {label}",
            secs(took),
            f"bare nlp.pipe script {secs(b)}",
            b / took,
            "",
        )

    # scale: long articles
    def scale(self) -> None:
        wikinews = "\n\n".join(self.texts("gum_news_coref"))
        sizes = [float(s) for s in self.args.sizes.split(",")]
        for size in sizes:
            text = build_text(wikinews, int(size * MB))
            path = self.write(f"long_{size:g}mb.txt", text)
            label = f"{len(text.encode('utf-8')) / MB:.2f} MB"
            needle = first_line_needle(text)
            shown = self.tmux.time_until(
                [BRIEFING, "--no-cache", str(path)], shows(needle), self.env, timeout=30
            )
            base = self.sample_paint
            row(
                "scale",
                f"first paint, {label}",
                secs(shown),
                f"sample first paint {secs(base)}" if base else "",
                shown / base if shown and base else None,
                "<= 0.5 s",
                shown is not None and shown <= 0.5,
            )
            probe = subprocess.run(
                [PYTHON, str(HERE / "scale_probe.py"), str(path), "--rss"],
                capture_output=True,
                text=True,
                env=self.env,
                check=True,
            )
            result = json.loads(probe.stdout)
            per_mb = result["total"] / (len(text) / MB)
            bare = self.bare_seconds_per_mb
            row(
                "scale",
                f"first partial Briefing, {label}",
                secs(result["first_partial"]),
                "",
                None,
                "panes fill chunk by chunk",
            )
            row(
                "scale",
                f"analysis, {label}",
                f"{per_mb:.1f} s/MB ({result['total']:.0f} s)",
                f"bare parse {bare:.1f} s/MB" if bare else "",
                per_mb / bare if bare else None,
                "linear in size",
            )
            peak = max(result["rss_self_mb"], result["rss_child_mb"])
            row(
                "scale",
                f"peak memory, {label}",
                f"{peak:.0f} MB (app side {result['rss_self_mb']:.0f} MB)",
                "",
                None,
                "< 2048 MB",
                peak < 2048,
            )
        self._jumps(path, label)
        key_text = build_text(wikinews, int(min(sizes) * MB))
        key_path = self.write("keys.txt", key_text)
        seconds = 15 if self.quick else 40
        keys = subprocess.run(
            [PYTHON, str(HERE / "keys.py"), str(key_path), str(seconds)],
            capture_output=True,
            text=True,
            env=self.env,
            check=True,
        )
        latency = json.loads(keys.stdout.strip().splitlines()[-1])
        idle, busy = latency["idle"], latency["busy"]
        row(
            "scale",
            f"key latency while analysing ({len(busy)} presses), max",
            f"{max(busy):.1f} ms",
            f"idle max {max(idle):.1f} ms",
            max(busy) / max(idle),
            "<= 100 ms",
            max(busy) <= 100,
        )
        row(
            "scale",
            "key latency while analysing, median",
            f"{median(busy):.1f} ms",
            f"idle median {median(idle):.1f} ms",
            median(busy) / median(idle),
            "",
        )
        app = subprocess.run(
            [PYTHON, str(HERE / "keys.py"), "--app", str(key_path), str(seconds)],
            capture_output=True,
            text=True,
            env=self.env,
            check=False,
        )
        if app.returncode != 0 or not app.stdout.strip():
            row(
                "scale",
                "real app: UI loop lag while analysing",
                "n/a (app failed)",
                "",
                None,
                "<= 100 ms",
            )
            return
        lag = json.loads(app.stdout.strip().splitlines()[-1])
        if lag["busy"]:
            idle, busy = lag["idle"], lag["busy"]
            row(
                "scale",
                f"real app: UI loop lag while analysing ({len(busy)} probes), max",
                f"{max(busy):.1f} ms",
                f"idle max {max(idle):.1f} ms",
                max(busy) / max(idle),
                "<= 100 ms",
                max(busy) <= 100,
            )

    def _jumps(self, path: Path, label: str) -> None:
        """End and a search keystroke on the largest article (and as one paragraph),
        against the same on the sample: what they cost the UI thread."""

        def measure(file: Path) -> dict[str, dict]:
            done = subprocess.run(
                [PYTHON, str(HERE / "jumps.py"), str(file)],
                capture_output=True,
                text=True,
                env=self.env,
                check=True,
            )
            return json.loads(done.stdout.strip().splitlines()[-1])

        base = measure(self.write("sample.txt", self.sample_text))["paragraphs"]
        for shape, found in measure(path).items():
            row(
                "scale",
                f"End key, {label} ({shape}): scroll and draw",
                f"{found['end'] * 1000:.1f} ms",
                f"sample {base['end'] * 1000:.1f} ms",
                found["end"] / base["end"],
                "<= 100 ms",
                found["end"] <= 0.1,
            )
            row(
                "scale",
                f"search keystroke, {label} ({shape}): UI thread, '{found['query']}'",
                f"{found['search_key'] * 1000:.1f} ms",
                f"sample {base['search_key'] * 1000:.1f} ms",
                found["search_key"] / base["search_key"],
                "<= 100 ms",
                found["search_key"] <= 0.1,
            )
            row(
                "scale",
                f"  its {found['matches']:,} matches on screen after",
                secs(found["search_shown"]),
                f"sample {secs(base['search_shown'])}",
                None,
                "searched in a thread",
            )

    # cache: a second open fills the panes from the cache
    def cache_section(self) -> None:
        path = self.write("sample.txt", self.sample_text)
        self.clear_cache()
        cold = timed_run([BRIEFING, "analyze", "--json", str(path)], self.env)
        warm = median(
            [
                timed_run([BRIEFING, "analyze", "--json", str(path)], self.env)
                for _ in range(self.repeats)
            ]
        )
        row(
            "cache",
            "analyze --json, sample, cache hit",
            secs(warm),
            f"cache miss {secs(cold)}",
            warm / cold,
            "<= 0.3 s",
            warm <= 0.3,
        )
        probe = (
            "import sys, time\nstarted = time.perf_counter()\n"
            "from briefing_tui.reading import read_article\n"
            "from briefing_tui.engine.session import AnalysisSession\n"
            f"steps = list(AnalysisSession(read_article({str(path)!r})).progress())\n"
            "print(time.perf_counter() - started, len(steps), 'spacy' in sys.modules)\n"
        )
        hits = []
        for _ in range(self.repeats):
            out = subprocess.run(
                [PYTHON, "-c", probe], capture_output=True, text=True, env=self.env, check=True
            ).stdout.split()
            hits.append(float(out[0]))
        spacy_loaded = out[2] == "True"
        row(
            "cache",
            "AnalysisSession, sample, cache hit (in process)",
            secs(median(hits)),
            "",
            None,
            "<= 0.3 s, no spaCy",
            median(hits) <= 0.3 and not spacy_loaded,
        )


def build_text(source: str, size: int) -> str:
    """``source`` repeated (paragraph-joined) to at least ``size`` UTF-8 bytes."""
    unit = source.strip() + "\n\n"
    repeats = size // len(unit.encode("utf-8")) + 1
    return unit * repeats


def print_table(started: float, quick: bool) -> None:
    load = os.getloadavg()
    machine = (
        f"{platform.node()}: {cpu_name()}, {os.cpu_count()} cores, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    )
    print(
        f"Briefing benchmarks, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
        f"{' (--quick)' if quick else ''}"
    )
    print(f"Machine: {machine}; load average at the end {load[0]:.1f}")
    print()
    print("| section | measure | Briefing | baseline (same run) | ratio | target | met |")
    print("|---|---|---|---|---|---|---|")
    for r in ROWS:
        print(
            f"| {r.section} | {r.measure} | {r.value} | {r.baseline} | {r.ratio} | {r.target} "
            f"| {r.ok} |"
        )
    print()
    print(
        f"Took {time.perf_counter() - started:.0f} s. Ratios are Briefing / baseline "
        "(throughput: baseline time / Briefing time)."
    )


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return re.sub(r"\s+", " ", line.split(":", 1)[1]).strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats")
    parser.add_argument(
        "--only",
        default=",".join(SECTIONS),
        help=f"comma-separated sections (default all: {','.join(SECTIONS)})",
    )
    parser.add_argument(
        "--sizes", default=None, help="long-article sizes in MB (default 1,10; --quick 0.25,1)"
    )
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="evaluation data folder")
    args = parser.parse_args()
    if args.sizes is None:
        args.sizes = "0.25,1" if args.quick else "1,10"
    wanted = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(wanted) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    started = time.perf_counter()
    bench = Bench(args)
    try:
        for section in SECTIONS:  # in this order: later sections reuse earlier baselines
            if section in wanted:
                print(f"[{section}]", file=sys.stderr)
                getattr(bench, "cache_section" if section == "cache" else section)()
    finally:
        bench.close()
    print_table(started, args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
