"""``briefing analyze --explain``: every candidate question, its family, confidence and fate."""

from __future__ import annotations

from pathlib import Path

from briefing_runner import RunBriefing

ARTICLE = (
    "Budget talks resume\n"
    "The mayor is expected to announce the new budget on Monday. He said he would resign.\n"
)


def test_explain_prints_each_candidate_and_what_became_of_it(
    run_briefing: RunBriefing, tmp_path: Path
) -> None:
    article = tmp_path / "budget.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    done = run_briefing("analyze", "--explain", str(article))
    assert done.returncode == 0, done.stderr
    assert "forecast [expectation] SHOWN conf=" in done.stdout
    assert "Q: Will the mayor announce the new budget on Monday?" in done.stdout
    assert "vetoed: reported-past" in done.stdout
    assert "He said he would resign." in done.stdout


def test_explain_says_when_nothing_is_open(run_briefing: RunBriefing, tmp_path: Path) -> None:
    article = tmp_path / "museum.txt"
    article.write_text("The museum opened in 1901. It holds four thousand paintings.\n")
    done = run_briefing("analyze", "--explain", str(article))
    assert done.returncode == 0, done.stderr
    assert "0 shown" in done.stdout and "nothing open is shown" in done.stdout


def test_analyze_help_lists_explain(run_briefing: RunBriefing) -> None:
    assert "--explain" in run_briefing("analyze", "--help").stdout
