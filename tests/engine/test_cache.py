"""The analysis cache: hits, misses, corrupt and stale entries, --no-cache."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_tui.engine import cache
from briefing_tui.engine.batch import analyze_many
from briefing_tui.engine.fingerprint import ANALYSIS_VERSION
from briefing_tui.engine.nlp import installed_model_info
from briefing_tui.engine.session import AnalysisSession
from briefing_tui.model import Briefing, ModelInfo
from briefing_tui.reading import article_from_text


def _final(article, **kwargs) -> tuple[Briefing, list[str]]:
    steps = list(AnalysisSession(article, **kwargs).progress())
    assert steps[-1].done and steps[-1].briefing is not None
    return steps[-1].briefing, [s.stage for s in steps]


def _entries(directory: Path) -> list[Path]:
    return sorted(directory.rglob("*.json")) if directory.exists() else []


def test_installed_model_info_matches_loaded_pipeline(nlp) -> None:
    from briefing_tui.engine.nlp import model_info

    assert installed_model_info() == model_info(nlp)


def test_miss_then_hit(sample_text: str, private_cache: Path) -> None:
    article = article_from_text(sample_text, source="first.txt")
    first, first_stages = _final(article)
    assert "loading language model" in first_stages
    assert len(_entries(private_cache)) == 1

    again = article_from_text(sample_text, source="second.txt")
    second, second_stages = _final(again)
    assert second_stages == ["done (cached)"]
    assert second.article is again  # the entry is keyed by text, not by file name
    assert [a.to_json() for a in second.actors] == [a.to_json() for a in first.actors]
    assert [c.to_json() for c in second.claims] == [c.to_json() for c in first.claims]
    assert [q.to_json() for q in second.questions] == [q.to_json() for q in first.questions]


def test_different_text_misses(sample_text: str, private_cache: Path) -> None:
    _final(article_from_text(sample_text))
    _, stages = _final(article_from_text(sample_text + "\nOne more line."))
    assert stages != ["done (cached)"]
    assert len(_entries(private_cache)) == 2


def test_corrupt_entry_is_ignored_and_rewritten(sample_text: str, private_cache: Path) -> None:
    article = article_from_text(sample_text)
    _final(article)
    (entry,) = _entries(private_cache)
    entry.write_text('{"schema": "briefing/1", "actors": [', encoding="utf-8")
    briefing, stages = _final(article)
    assert stages != ["done (cached)"]
    assert briefing.actors
    assert Briefing.from_json(json.loads(entry.read_text(encoding="utf-8"))).actors


def test_stale_entry_is_ignored_and_rewritten(sample_text: str, private_cache: Path) -> None:
    article = article_from_text(sample_text)
    _final(article)
    (entry,) = _entries(private_cache)
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["analysis_version"] = "0.0.0-old"
    data["actors"] = []
    entry.write_text(json.dumps(data), encoding="utf-8")
    briefing, stages = _final(article)
    assert stages != ["done (cached)"]
    assert briefing.actors
    assert json.loads(entry.read_text(encoding="utf-8"))["analysis_version"] == ANALYSIS_VERSION


def test_entry_of_other_text_under_same_key_is_ignored(sample_text: str) -> None:
    article = article_from_text(sample_text)
    info = ModelInfo(*installed_model_info())
    other = Briefing(
        article=article_from_text("Something else."), model=info, analysis_version=ANALYSIS_VERSION
    )
    path = cache.entry_path(article, info, ANALYSIS_VERSION)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(other.to_json()), encoding="utf-8")
    assert cache.load(article, info, ANALYSIS_VERSION) is None


def test_key_depends_on_model_and_analysis_version() -> None:
    keys = {
        cache.cache_key("abc", ModelInfo("en_core_web_sm", "3.8.0"), "1"),
        cache.cache_key("abc", ModelInfo("en_core_web_sm", "3.8.1"), "1"),
        cache.cache_key("abc", ModelInfo("en_core_web_md", "3.8.0"), "1"),
        cache.cache_key("abc", ModelInfo("en_core_web_sm", "3.8.0"), "2"),
        cache.cache_key("abd", ModelInfo("en_core_web_sm", "3.8.0"), "1"),
    }
    assert len(keys) == 5


def test_no_cache_neither_reads_nor_writes(sample_text: str, private_cache: Path) -> None:
    article = article_from_text(sample_text)
    _, stages = _final(article, use_cache=False)
    assert _entries(private_cache) == []
    _final(article)
    _, stages = _final(article, use_cache=False)
    assert stages != ["done (cached)"]


def test_analyze_many_uses_and_fills_cache(sample_text: str, private_cache: Path) -> None:
    articles = [article_from_text(sample_text), article_from_text(sample_text + "\nAnd more.")]
    list(analyze_many(articles[:1]))
    assert len(_entries(private_cache)) == 1
    results = list(analyze_many(articles))
    assert [b.article for b in results] == articles
    assert len(_entries(private_cache)) == 2
    list(analyze_many(articles, use_cache=False))
    assert len(_entries(private_cache)) == 2


def test_cli_no_cache_flag(sample_text: str, tmp_path: Path, private_cache: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(sample_text, encoding="utf-8")
    from briefing_tui.cli import main

    assert main(["analyze", "--json", "--no-cache", str(path)]) == 0
    assert _entries(private_cache) == []
    assert main(["analyze", "--json", str(path)]) == 0
    assert len(_entries(private_cache)) == 1


def test_cache_hit_does_not_import_spacy(
    sample_text: str, tmp_path: Path, private_cache: Path
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(sample_text, encoding="utf-8")
    _final(article_from_text(sample_text))
    probe = (
        "import sys\n"
        "from briefing_tui.reading import read_article\n"
        "from briefing_tui.engine.session import AnalysisSession\n"
        f"steps = list(AnalysisSession(read_article({str(path)!r})).progress())\n"
        "assert [s.stage for s in steps] == ['done (cached)'], steps\n"
        "assert 'spacy' not in sys.modules\n"
        "assert 'textual' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)


def _break_contract(data: dict, how: str) -> None:
    """Make a parsed entry break the briefing/1 contract in one way."""
    if how == "span-out-of-range":
        data["claims"][0]["content"]["end"] = len(data["article"]["text"]) + 50
    elif how == "unknown-source":
        data["claims"][0]["source"] = "actor-that-is-not-there"
    elif how == "mention-out-of-range":
        mention = data["actors"][0]["mentions"][0]
        mention["start"], mention["end"] = -5, -1
    else:
        raise AssertionError(how)


@pytest.mark.parametrize("how", ["span-out-of-range", "unknown-source", "mention-out-of-range"])
def test_entry_breaking_the_contract_is_reanalysed(
    sample_text: str, private_cache: Path, how: str
) -> None:
    """An entry that parses but breaks the contract is never served (issue 18, item 9)."""
    from briefing_tui.contract import contract_problems

    article = article_from_text(sample_text)
    _final(article)
    (entry,) = _entries(private_cache)
    data = json.loads(entry.read_text(encoding="utf-8"))
    assert data["claims"] and data["actors"]
    _break_contract(data, how)
    entry.write_text(json.dumps(data), encoding="utf-8")
    info = ModelInfo(*installed_model_info())
    assert cache.load(article, info, ANALYSIS_VERSION) is None

    briefing, stages = _final(article)
    assert stages != ["done (cached)"]
    assert contract_problems(briefing.to_json()) == []
    assert contract_problems(json.loads(entry.read_text(encoding="utf-8"))) == []
