"""The size limit on an article: its value and the message for an input above it.

Larger inputs are refused unless ``--max-size`` (or ``BRIEFING_MAX_SIZE``) allows them.
"""

from __future__ import annotations

import math

from briefing_tui.settings import HIGHEST_MAX_MB, MAX_SIZE_ENV, MB, load_settings


def _human_size(size: float) -> str:
    if size >= MB:
        return f"{size / MB:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{int(size)} bytes"


def describe_size_limit(
    source: str,
    size: int,
    limit: int,
    *,
    at_least: bool = False,
    endless: bool = False,
    compressed: bool = False,
) -> str:
    """The one-line message for an input above the size limit.

    It names the flag that lifts the limit only where lifting it could help: not for
    an ``endless`` source (a device such as /dev/zero) nor for a ``compressed``
    response that unpacks past it (a compression bomb looks just like that).
    """
    shown_limit = f"{limit / MB:g} MB" if limit >= MB else _human_size(limit)
    amount = f"{'over ' if at_least else ''}{_human_size(size)}"
    if endless:
        return (
            f"{source} is a device that keeps sending data (stopped at the {shown_limit} "
            "limit); give an article file"
        )
    if compressed:
        return (
            f"{source} unpacks to {amount}, above the {shown_limit} limit; refused "
            "(a small compressed page that unpacks this far may be a compression bomb)"
        )
    need = max(math.ceil(size / MB) * (2 if at_least else 1), 1)
    if need > HIGHEST_MAX_MB:
        return (
            f"{source} is {amount}, above the {shown_limit} limit and beyond the largest "
            f"limit Briefing accepts ({HIGHEST_MAX_MB} MB); give a smaller article"
        )
    return (
        f"{source} is {amount}, above the {shown_limit} limit; "
        f"allow it with --max-size {need} (or {MAX_SIZE_ENV}={need})"
    )


def max_bytes_from_env() -> int:
    """The size limit in bytes from ``BRIEFING_MAX_SIZE`` (megabytes), else the default."""
    return load_settings().max_bytes
