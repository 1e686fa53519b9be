"""Briefing's settings: one frozen object read from the environment and platformdirs.

Every ``BRIEFING_*`` variable is read here and nowhere else:

| variable | field | default |
|---|---|---|
| ``BRIEFING_HOME`` | ``data_dir`` (notes, recent articles) | the user data folder |
| ``BRIEFING_CACHE`` | ``cache_dir`` (analysed briefings) | the user cache folder |
| ``BRIEFING_MODEL`` | ``model`` (spaCy pipeline name) | none: the installed default |
| ``BRIEFING_MAX_SIZE`` | ``max_bytes`` (megabytes, largest article) | 20 |
| ``BRIEFING_TIMEOUT`` | ``fetch_timeout`` (seconds, web servers) | 20 |
| ``BRIEFING_DEBUG`` | ``debug`` (show tracebacks) | off |
| ``BRIEFING_ANALYSIS_IN_PROCESS`` | ``analysis_in_process`` (no child process) | off |

The size limit and the timeout are checked when they are used, so a bad
``BRIEFING_TIMEOUT`` only stops a command that fetches a URL. ``load_settings()``
reads the environment each time it is called: the command line reads it once
and hands the object down; library calls without one read the current
environment (tests change it with ``monkeypatch``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from briefing_tui.errors import InputError

HOME_ENV = "BRIEFING_HOME"
CACHE_ENV = "BRIEFING_CACHE"
MODEL_ENV = "BRIEFING_MODEL"
MAX_SIZE_ENV = "BRIEFING_MAX_SIZE"
TIMEOUT_ENV = "BRIEFING_TIMEOUT"
DEBUG_ENV = "BRIEFING_DEBUG"
IN_PROCESS_ENV = "BRIEFING_ANALYSIS_IN_PROCESS"

DEFAULT_MAX_MB = 20
DEFAULT_TIMEOUT = 20.0
MB = 1024 * 1024

#: The largest size limit accepted, in megabytes (a gigabyte, far beyond any
#: article): reading sets aside room for the whole limit at once, so a limit
#: must fit in memory, and far beyond it float arithmetic overflows.
HIGHEST_MAX_MB = 1024
#: The longest timeout accepted, in seconds (a day): beyond it the system's
#: timers overflow.
HIGHEST_TIMEOUT = 24 * 3600.0


@dataclass(frozen=True, slots=True)
class Settings:
    """What the environment says about where Briefing keeps data and how it runs."""

    data_dir: Path
    cache_dir: Path
    model: str | None = None
    max_size_text: str = ""
    timeout_text: str = ""
    debug: bool = False
    analysis_in_process: bool = False

    @property
    def max_bytes(self) -> int:
        """The largest article to read, in bytes; InputError if the variable is malformed."""
        raw = self.max_size_text
        if not raw:
            return DEFAULT_MAX_MB * MB
        megabytes = _positive(raw, MAX_SIZE_ENV, HIGHEST_MAX_MB, "a number of megabytes", "50")
        return int(megabytes * MB)

    @property
    def fetch_timeout(self) -> float:
        """How long to wait for a web server, in seconds; InputError if malformed."""
        raw = self.timeout_text
        if not raw:
            return DEFAULT_TIMEOUT
        return _positive(raw, TIMEOUT_ENV, HIGHEST_TIMEOUT, "a number of seconds", "20")


def parse_positive(raw: str, highest: float, what: str = "a number") -> float:
    """``raw`` as a number above 0 and at most ``highest``; else ValueError whose message
    says what is wrong with it ("is not {what}", ...), for the caller to prefix.

    Shared by the command-line options and the variables, so both accept the same
    numbers: not NaN, not infinite, not 0 or below, not beyond ``highest``.
    """
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"is not {what}") from None
    if not 0 < value <= highest:  # also false for NaN
        raise ValueError(f"must be a number above 0 and at most {highest:.15g}")
    return value


def _positive(raw: str, name: str, highest: float, what: str, example: str) -> float:
    try:
        return parse_positive(raw, highest, what)
    except ValueError as exc:
        raise InputError(f"{name}={raw!r} {exc}; set it to e.g. {example}") from None


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """The settings from ``environ`` (default: the process environment) and platformdirs."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV)
    cache = env.get(CACHE_ENV)
    if home:
        data_dir = Path(home).expanduser()
    else:
        from platformdirs import user_data_dir

        data_dir = Path(user_data_dir("briefing"))
    if cache:
        cache_dir = Path(cache)
    else:
        from platformdirs import user_cache_dir

        cache_dir = Path(user_cache_dir("briefing", appauthor=False)) / "briefings"
    return Settings(
        data_dir=data_dir,
        cache_dir=cache_dir,
        model=env.get(MODEL_ENV) or None,
        max_size_text=env.get(MAX_SIZE_ENV, "").strip(),
        timeout_text=env.get(TIMEOUT_ENV, "").strip(),
        debug=bool(env.get(DEBUG_ENV)),
        analysis_in_process=env.get(IN_PROCESS_ENV) == "1",
    )
