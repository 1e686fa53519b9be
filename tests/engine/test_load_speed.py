"""What the pipeline's load skips: components off by default that the analysis never runs."""

from __future__ import annotations

import json
from pathlib import Path

from briefing_tui.engine.nlp import NEEDED_COMPONENTS, installed_model, unloaded_components


def test_components_off_by_default_and_unused_are_not_loaded(nlp) -> None:
    """The small English pipelines ship "senter" switched off: loading its weights only to
    leave it off cost time at every load."""
    assert set(unloaded_components(installed_model())) <= set(nlp.disabled) | {"senter"}
    assert not set(unloaded_components(installed_model())) & set(nlp.component_names)
    assert set(nlp.pipe_names) >= NEEDED_COMPONENTS & set(nlp.component_names)


def test_unloaded_components_are_the_disabled_and_unneeded(tmp_path: Path) -> None:
    meta = {"lang": "en", "name": "x", "disabled": ["senter", "parser", 3], "pipeline": []}
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert unloaded_components(str(tmp_path)) == ["senter"]
    (tmp_path / "meta.json").write_text("[]", encoding="utf-8")
    assert unloaded_components(str(tmp_path)) == []
    assert unloaded_components(str(tmp_path / "absent")) == []
