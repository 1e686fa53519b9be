"""The analysis fingerprint covers what decides one article's Briefing, and only that."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.engine.fingerprint import fingerprint_files


def test_cross_article_code_and_data_do_not_change_the_fingerprint(tmp_path: Path) -> None:
    for name in (
        "actors/find.py",
        "lexicon/actors/titles.tsv",
        "dossier/actors.py",
        "lexicon/dossier/city_state_names.txt",
        "dossiers_note.txt",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in fingerprint_files(tmp_path)]
    assert names == ["actors/find.py", "dossiers_note.txt", "lexicon/actors/titles.tsv"]


def test_the_real_analysis_files_are_fingerprinted_without_the_dossier() -> None:
    names = {p.parent.name + "/" + p.name for p in fingerprint_files()}
    assert "actors/find.py" in names and "claims/find.py" in names
    assert not any(name.startswith("dossier/") for name in names)


def _tree(root: Path) -> None:
    for name in ("a/x.py", "a-b/x.py", "a/b/y.tsv", "ab.json", "a/__pycache__/x.pyc", "b.md"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name, encoding="utf-8")


def test_the_files_come_in_path_order(tmp_path: Path) -> None:
    """Sorted as Paths sort (by parts: "a/x.py" before "a-b/x.py"), so the digest is stable."""
    _tree(tmp_path)
    expected = [
        p
        for p in sorted(tmp_path.rglob("*"))
        if p.is_file() and p.suffix in {".py", ".txt", ".tsv", ".json"}
    ]
    assert fingerprint_files(tmp_path) == expected


def test_the_fingerprint_reads_directory_entries_without_a_stat_per_file(
    tmp_path: Path, monkeypatch
) -> None:
    """The app computes it at every launch: a stat per file (and per pycache entry) cost
    milliseconds before the cache could be looked in."""
    from briefing_tui.engine import fingerprint

    _tree(tmp_path)
    files = fingerprint_files(tmp_path)
    digest = fingerprint._analysis_fingerprint()

    def no_stat(self, *args, **kwargs):
        raise AssertionError(f"stat of {self}")

    monkeypatch.setattr(Path, "is_file", no_stat)
    monkeypatch.setattr(Path, "stat", no_stat)
    assert fingerprint_files(tmp_path) == files
    assert fingerprint._analysis_fingerprint() == digest
    assert digest == fingerprint.ANALYSIS_VERSION
