"""The one loader of the analysis's data files and its registry."""

from __future__ import annotations

import threading
from importlib import resources

import pytest

from briefing_tui.analysis import lexicon


def _files_on_disk() -> set[str]:
    root = resources.files("briefing_tui.analysis").joinpath("lexicon")
    return {
        f"{folder.name}/{file.name}"
        for folder in root.iterdir()
        if folder.is_dir()
        for file in folder.iterdir()
        if file.is_file()
    }


def test_the_registry_lists_exactly_the_files_on_disk():
    assert _files_on_disk() == lexicon.FILES


@pytest.mark.parametrize("name", sorted(lexicon.FILES))
def test_every_registered_file_loads_entries_without_comments(name):
    entries = lexicon.lines(name)
    assert entries
    assert all(entry == entry.strip() and "#" not in entry for entry in entries)
    if name.endswith(".tsv"):
        assert all(all(row) for row in lexicon.rows(name))


def test_the_comment_rule_drops_whole_line_and_trailing_comments_and_blank_lines():
    text = "# a heading\n\nwill/MD   # the modal\n  go on to \n\t\n   # indented\nx\ty\n"
    assert lexicon.uncomment(text) == ("will/MD", "go on to", "x\ty")


def test_an_inline_comment_in_a_real_file_is_dropped():
    assert "’ll/MD" in lexicon.lines("questions/modality.txt")


def test_words_are_lower_case_and_rows_are_split_on_tabs():
    assert {"update", "photo"} <= lexicon.words("claims/label_stoplist.txt")
    assert "will/md" in lexicon.words("questions/modality.txt")  # "will/MD", lower-cased
    assert ("vice president", "-", "deputy") in lexicon.rows("actors/titles.tsv")
    assert {"say", "point"} <= lexicon.first_words("shared/cues.tsv")


@pytest.mark.parametrize("name", ["titles.tsv", "actor_titles.tsv", "actors/nope.txt", "../x"])
def test_an_unknown_name_is_a_clear_error(name):
    with pytest.raises(lexicon.UnknownLexiconError, match="unknown lexicon file"):
        lexicon.lines(name)


def test_a_file_is_read_once_for_every_thread():
    results: list[tuple[str, ...]] = []
    threads = [
        threading.Thread(target=lambda: results.append(lexicon.lines("questions/hedges.txt")))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8
    assert all(result is results[0] for result in results)


def test_the_package_is_searched_once_for_every_file(monkeypatch) -> None:
    """``resources.files`` searched the import system for each file read, on the first
    article's path; the package's files are found once."""
    from importlib import resources

    calls: list[str] = []
    real = resources.files
    monkeypatch.setattr(resources, "files", lambda package: calls.append(package) or real(package))
    read = lexicon.lines.__wrapped__  # the reader itself, past the per-name memo
    names = sorted(lexicon.FILES)[:3]
    assert [read(name) for name in names] == [lexicon.lines(name) for name in names]
    assert len(calls) <= 1
