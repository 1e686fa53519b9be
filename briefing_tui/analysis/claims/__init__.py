"""Claims: who asserted what, quoted or reported."""

from briefing_tui.analysis.claims.find import find_claims

__all__ = ["find_claims"]
