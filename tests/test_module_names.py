"""No module binds a top-level name twice: a second ``_CLAUSE_DEPS = ...`` or ``def _owner``
further down a module silently replaces the first for every function that reads it, which
ruff does not report for constants."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefing_tui"


def top_level_names(source: str) -> list[str]:
    """The names a module's own statements bind at its top level, in order."""
    names: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def twice_bound(source: str) -> list[str]:
    """The top-level names a module binds more than once."""
    return sorted(name for name, n in Counter(top_level_names(source)).items() if n > 1)


def test_a_constant_bound_twice_is_found():
    assert twice_bound("A = 1\ndef f():\n    return A\nA = 2\n") == ["A"]
    assert twice_bound("A = 1\nB: int = 2\n") == []


def test_no_module_binds_a_name_twice():
    found = {
        str(path.relative_to(PACKAGE)): names
        for path in sorted(PACKAGE.rglob("*.py"))
        if (names := twice_bound(path.read_text(encoding="utf-8")))
    }
    assert found == {}
