"""Claims: who asserted what, quoted or reported."""

from briefing_tui.analysis.claims.find import find_claims
from briefing_tui.analysis.claims.speaker_actors import adopt_speakers

__all__ = ["adopt_speakers", "find_claims"]
