"""Settings: every ``BRIEFING_*`` variable, its default, and that only settings.py reads them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from platformdirs import user_cache_dir, user_data_dir

import briefing_tui
from briefing_tui import settings
from briefing_tui.errors import InputError
from briefing_tui.settings import DEFAULT_MAX_MB, DEFAULT_TIMEOUT, MB, Settings, load_settings

#: Every variable settings.py reads, with a value to set and the field that must show it.
VARIABLES = [
    ("BRIEFING_HOME", "/data/briefing", "data_dir", Path("/data/briefing")),
    ("BRIEFING_CACHE", "/cache/briefing", "cache_dir", Path("/cache/briefing")),
    ("BRIEFING_MODEL", "en_core_web_md", "model", "en_core_web_md"),
    ("BRIEFING_MAX_SIZE", "2.5", "max_bytes", int(2.5 * MB)),
    ("BRIEFING_TIMEOUT", "7", "fetch_timeout", 7.0),
    ("BRIEFING_DEBUG", "1", "debug", True),
    ("BRIEFING_ANALYSIS_IN_PROCESS", "1", "analysis_in_process", True),
]
PACKAGE = Path(briefing_tui.__file__).parent
SETTINGS_FILE = PACKAGE / "settings.py"


#: Modules still reading a BRIEFING_* variable themselves: (path in the package, variable).
@pytest.mark.parametrize(
    ("name", "value", "field", "expected"), VARIABLES, ids=[v[0] for v in VARIABLES]
)
def test_each_variable_sets_its_field(name: str, value: str, field: str, expected: object) -> None:
    assert getattr(load_settings(environ={name: value}), field) == expected
    assert getattr(load_settings(environ={}), field) != expected


def test_defaults_come_from_platformdirs_and_the_documented_values() -> None:
    defaults = load_settings(environ={})
    assert defaults == Settings(
        data_dir=Path(user_data_dir("briefing")),
        cache_dir=Path(user_cache_dir("briefing", appauthor=False)) / "briefings",
    )
    assert defaults.max_bytes == DEFAULT_MAX_MB * MB == 20 * MB
    assert defaults.fetch_timeout == DEFAULT_TIMEOUT == 20.0
    assert defaults.model is None
    assert not defaults.debug and not defaults.analysis_in_process


def test_blank_variables_mean_the_defaults() -> None:
    blank = {name: "" for name, *_ in VARIABLES}
    assert load_settings(environ=blank) == load_settings(environ={})


def test_home_expands_the_user_folder() -> None:
    assert load_settings(environ={"BRIEFING_HOME": "~/notes"}).data_dir == Path.home() / "notes"


def test_in_process_takes_exactly_1() -> None:
    assert not load_settings(environ={"BRIEFING_ANALYSIS_IN_PROCESS": "yes"}).analysis_in_process


@pytest.mark.parametrize(
    ("name", "field", "other_field"),
    [
        ("BRIEFING_MAX_SIZE", "max_bytes", "fetch_timeout"),
        ("BRIEFING_TIMEOUT", "fetch_timeout", "max_bytes"),
    ],
)
@pytest.mark.parametrize("raw", ["lots", "0", "-3", "nan", "inf", "-inf", "1e300"])
def test_a_malformed_number_is_an_error_only_where_it_is_used(
    name: str, field: str, other_field: str, raw: str
) -> None:
    loaded = load_settings(environ={name: raw})  # loading alone does not complain
    assert getattr(loaded, other_field) > 0
    with pytest.raises(InputError, match=f"^{name}={raw!r} .*set it to e.g."):
        getattr(loaded, field)


def test_the_mapping_given_is_used_instead_of_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value, *_ in VARIABLES:
        monkeypatch.setenv(name, value)
    from_process = load_settings()
    assert from_process.data_dir == Path("/data/briefing") and from_process.debug
    assert load_settings(environ={}) == load_settings(environ={"UNRELATED": "1"})
    given = load_settings(environ={"BRIEFING_HOME": str(tmp_path)})
    assert given.data_dir == tmp_path
    assert given.model is None and given.max_bytes == DEFAULT_MAX_MB * MB


def test_the_process_environment_is_read_at_each_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_MODEL", "first")
    assert load_settings().model == "first"
    monkeypatch.setenv("BRIEFING_MODEL", "second")
    assert load_settings().model == "second"


# --- only settings.py reads BRIEFING_* variables -----------------------------------------


def _is_environ(node: ast.AST, aliases: set[str]) -> bool:
    """``os.environ``, a bare ``environ`` or a local name bound to either."""
    if isinstance(node, ast.Attribute):
        return node.attr == "environ"
    return isinstance(node, ast.Name) and (node.id == "environ" or node.id in aliases)


def _is_getenv(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "getenv") or (
        isinstance(node, ast.Name) and node.id == "getenv"
    )


def _string_constants(tree: ast.Module) -> dict[str, str]:
    """Names bound to strings at the top of a module, and those importable from settings."""
    known = {
        name: value
        for name, value in vars(settings).items()
        if isinstance(value, str) and value.startswith("BRIEFING_")
    }
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Constant):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    known[target.id] = node.value.value
    return known


def _variable_name(key: ast.AST, constants: dict[str, str]) -> str | None:
    """The variable a key expression names, when it is a ``BRIEFING_*`` one."""
    if isinstance(key, ast.Constant) and isinstance(key.value, str):
        name = key.value
    elif isinstance(key, ast.Name | ast.Attribute):
        name = constants.get(key.id if isinstance(key, ast.Name) else key.attr, "")
    elif isinstance(key, ast.JoinedStr) and key.values:
        return _variable_name(key.values[0], constants)
    else:
        return None
    return name if name.startswith("BRIEFING_") else None


def briefing_variables_read(source: str) -> set[str]:
    """The ``BRIEFING_*`` variables a module's source reads from the environment."""
    tree = ast.parse(source)
    constants = _string_constants(tree)
    aliases = {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(_is_environ(part, set()) for part in ast.walk(node.value))
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    keys: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            reads_environ = isinstance(func, ast.Attribute) and _is_environ(func.value, aliases)
            if reads_environ or _is_getenv(func):
                keys.append(node.args[0])
        elif isinstance(node, ast.Subscript) and _is_environ(node.value, aliases):
            keys.append(node.slice)
        elif isinstance(node, ast.Compare) and any(
            _is_environ(side, aliases) for side in node.comparators
        ):
            keys.append(node.left)  # ``"BRIEFING_X" in os.environ``
    return {name for key in keys if (name := _variable_name(key, constants))}


@pytest.mark.parametrize(
    "source",
    [
        'import os\nos.environ.get("BRIEFING_X")',
        'import os\nos.getenv("BRIEFING_X", "")',
        'import os\nvalue = os.environ["BRIEFING_X"]',
        'import os\nflag = "BRIEFING_X" in os.environ',
        'from os import environ, getenv\nenviron.get("BRIEFING_X") or getenv("BRIEFING_X")',
        'import os\nNAME = "BRIEFING_X"\n\ndef f():\n    return os.environ.get(NAME)',
        'import os\nenv = os.environ\nenv.pop(f"BRIEFING_X")',
    ],
)
def test_the_scan_finds_a_reading(source: str) -> None:
    assert briefing_variables_read(source) == {"BRIEFING_X"}


def test_the_scan_ignores_other_variables_and_mere_mentions() -> None:
    source = (
        'import os\nos.environ.get("TERM")\nHELP = "set BRIEFING_DEBUG=1"\n'
        'EXAMPLE = "BRIEFING_HOME"\nprint(EXAMPLE)\n'
    )
    assert briefing_variables_read(source) == set()


def test_the_scan_sees_settings_read_every_variable() -> None:
    read = briefing_variables_read(SETTINGS_FILE.read_text(encoding="utf-8"))
    assert read == {name for name, *_ in VARIABLES}


def test_no_module_but_settings_reads_a_briefing_variable() -> None:
    found = {
        (path.relative_to(PACKAGE).as_posix(), name)
        for path in PACKAGE.rglob("*.py")
        if path != SETTINGS_FILE
        for name in briefing_variables_read(path.read_text(encoding="utf-8"))
    }
    assert found == set(), sorted(found)


def test_the_options_and_the_variables_share_their_bounds() -> None:
    """What ``--max-size`` and ``--timeout`` accept, the variables accept too."""
    from briefing_tui.settings import HIGHEST_MAX_MB, HIGHEST_TIMEOUT, parse_positive

    loaded = load_settings(
        environ={"BRIEFING_MAX_SIZE": str(HIGHEST_MAX_MB), "BRIEFING_TIMEOUT": "86400"}
    )
    assert loaded.max_bytes == HIGHEST_MAX_MB * MB
    assert loaded.fetch_timeout == HIGHEST_TIMEOUT
    for raw in ("nan", "inf", "0", str(HIGHEST_MAX_MB + 1)):
        with pytest.raises(ValueError):
            parse_positive(raw, HIGHEST_MAX_MB)
