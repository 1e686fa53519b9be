"""The analysis's data is loaded with the pipeline: the first article pays only its analysis."""

from __future__ import annotations

import json
import subprocess
import sys

from briefing_tui.engine.prime import PRIMER, prime_analysis

_PROBE = """
import json
from briefing_tui.analysis.actors import gender
from briefing_tui.analysis.questions import cues
from briefing_tui.engine.nlp import load_pipeline

before = [gender.first_names.cache_info().currsize, len(cues._matchers)]
nlp = load_pipeline()
after = [gender.first_names.cache_info().currsize, id(nlp.vocab) in cues._matchers]
print(json.dumps([before, after]))
"""


def test_loading_the_pipeline_loads_the_analysis_tables() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=300
    )
    before, after = json.loads(done.stdout.strip().splitlines()[-1])
    assert before == [0, 0]  # nothing is loaded by importing the analysis
    assert after == [1, True]  # the first names and the vocabulary's cue matcher


def test_priming_runs_the_analysis_and_leaves_no_trace_in_a_later_one(nlp) -> None:
    from briefing_tui.engine.analyze import analyze_doc
    from briefing_tui.model import Article

    text = "Maria Ortiz, a senator, said the bill would pass. Critics disagreed."
    first = analyze_doc(nlp(text), Article(text=text)).to_json()
    assert prime_analysis(nlp) is True
    again = analyze_doc(nlp(text), Article(text=text)).to_json()
    for result in (first, again):
        result.pop("timings", None)
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)
    assert first["actors"]  # the analysis did find something to compare


def test_a_failing_pipeline_leaves_the_failure_to_the_article() -> None:
    def broken(text: str):
        raise RuntimeError(f"cannot parse {len(text)} characters")

    assert prime_analysis(broken) is False  # type: ignore[arg-type]
    assert PRIMER.strip()


_WAITING_PROBE = """
import json, os, sys
from briefing_tui.analysis.actors import gender
from briefing_tui.analysis.questions import cues
from briefing_tui.engine import child

def loaded():
    return [gender.first_names.cache_info().currsize, len(cues._matchers)]

read_end, write_end = os.pipe()
os.write(write_end, b"request")
sys.stdin = os.fdopen(read_end, "rb")
waiting = child._request_waiting()
child._warm_up(["--no-nice"])
after_waiting = loaded()
sys.stdin.close()
os.close(write_end)
read_end, write_end = os.pipe()  # nothing written yet: the child is idle
sys.stdin = os.fdopen(read_end, "rb")
idle = child._request_waiting()
child._warm_up(["--no-nice"])
print(json.dumps([waiting, after_waiting, idle, loaded()]))
"""


def test_a_child_whose_request_is_waiting_does_not_prime_the_analysis() -> None:
    """Priming parses and analyses a primer: worth it while the child waits for the
    article, a delay of the article's own analysis once the article is there."""
    done = subprocess.run(
        [sys.executable, "-c", _WAITING_PROBE],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    waiting, after_waiting, idle, after_idle = json.loads(done.stdout.strip().splitlines()[-1])
    assert waiting is True
    assert after_waiting == [0, 0]  # the pipeline is loaded, the analysis's data is not
    assert idle is False
    assert after_idle == [1, 1]  # idle: the same pipeline, primed now
