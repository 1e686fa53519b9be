"""``briefing analyze --dossier``: one briefing-dossier/1 object for several articles."""

from __future__ import annotations

import json
from pathlib import Path

from briefing_runner import RunBriefing

from briefing_tui.contract import dossier_problems

FIRST = (
    "Harbour council delays bridge vote\n"
    "Monday, March 2, 2020\n"
    "The harbour council of Eastvale delayed its vote on the new bridge on Monday. "
    '"We will not rush a decision that costs this much," said Mayor Ana Lopez. '
    "Councillor Tom Reyes said the bridge was safe and that the repairs could wait. "
    "It is unclear whether the council will approve the bridge. "
    "Engineer Maya Ortiz inspected the bridge in February.\n"
)
SECOND = (
    "Eastvale approves bridge after long debate\n"
    "Thursday, March 5, 2020\n"
    "The council met again on Thursday. "
    '"We will not rush a decision that costs this much," Mayor Ana Lopez said last week. '
    "Engineer Maya Ortiz said the bridge was not safe and that the repairs could not wait. "
    "The harbour council approved the new bridge by seven votes to two.\n"
)


def _write(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_dossier_json_keeps_the_contract(run_briefing: RunBriefing, tmp_path: Path) -> None:
    paths = _write(tmp_path)
    done = run_briefing("analyze", "--dossier", "--json", "--no-cache", *paths)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["schema"] == "briefing-dossier/1"
    assert dossier_problems(data) == []
    assert [a["article"]["text"] for a in data["articles"]] == [FIRST, SECOND]
    ortiz = [a for a in data["actors"] if "Maya Ortiz" in a["name"]]
    assert len(ortiz) == 1
    assert {m["article"] for m in ortiz[0]["members"]} == {0, 1}


def test_the_same_quote_twice_is_one_claim_group(run_briefing: RunBriefing, tmp_path: Path) -> None:
    done = run_briefing("analyze", "--dossier", *_write(tmp_path))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    verbatim = [g for g in data["claims"] if g["match"] == "verbatim"]
    assert len(verbatim) == 1
    assert {m["article"] for m in verbatim[0]["members"]} == {0, 1}
    dates = [e["date"] for e in data["timeline"] if e["kind"] == "published"]
    assert dates == ["2020-03-02", "2020-03-05"]


def test_two_speakers_contradicting_are_flagged(run_briefing: RunBriefing, tmp_path: Path) -> None:
    done = run_briefing("analyze", "--dossier", *_write(tmp_path))
    data = json.loads(done.stdout)
    flags = [d for d in data["divergences"] if d["kind"] == "contradiction"]
    assert len(flags) == 1
    texts = []
    for ref in flags[0]["claims"]:
        article = data["articles"][ref["article"]]
        claim = next(c for c in article["claims"] if c["id"] == ref["claim"])
        texts.append(
            article["article"]["text"][claim["content"]["start"] : claim["content"]["end"]]
        )
    assert sorted(texts) == [
        "the bridge was not safe and that the repairs could not wait",
        "the bridge was safe and that the repairs could wait",
    ]


def test_a_later_article_answers_a_question(run_briefing: RunBriefing, tmp_path: Path) -> None:
    done = run_briefing("analyze", "--dossier", *_write(tmp_path))
    data = json.loads(done.stdout)
    answered = [q for q in data["questions"] if q["answered_by"]]
    # the question names the council and the bridge as the first article does
    assert [q["question"] for q in answered] == ["Will the harbour council approve the new bridge?"]
    assert answered[0]["answered_by"][0]["article"] == 1
    assert answered[0]["answered_by"][0]["text"].startswith("The harbour council approved")
    # questions still open across the dossier come first
    assert [q["open"] for q in data["questions"]] == sorted(
        (q["open"] for q in data["questions"]), reverse=True
    )


def test_dossier_markdown(run_briefing: RunBriefing, tmp_path: Path) -> None:
    done = run_briefing("analyze", "--dossier", "--markdown", *_write(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# Dossier")
    assert "Maya Ortiz** (person) in [1], [2]" in done.stdout
    assert "## Timeline" in done.stdout


def test_an_article_that_cannot_be_read_fails_the_dossier(
    run_briefing: RunBriefing, tmp_path: Path
) -> None:
    paths = _write(tmp_path)
    done = run_briefing("analyze", "--dossier", paths[0], str(tmp_path / "missing.txt"))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("briefing: error:")


def test_dossier_command_help_and_a_missing_file(run_briefing: RunBriefing, tmp_path: Path) -> None:
    done = run_briefing("dossier", "--help")
    assert done.returncode == 0
    assert "briefing dossier" in done.stdout
    done = run_briefing("dossier", str(tmp_path / "missing.txt"))
    assert done.returncode == 1
    assert done.stderr.startswith("briefing: error:") and len(done.stderr.splitlines()) == 1
