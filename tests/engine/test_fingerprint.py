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
