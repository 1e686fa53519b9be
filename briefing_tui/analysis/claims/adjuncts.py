"""Adjuncts that belong to the act of saying, cut off the end of a reported content.

"She said the plan would cut costs during a forum sponsored by the chamber": the
forum is where she said it, not part of what she said. A prepositional phrase of
place or time whose object is an occasion of speaking (``lexicon/claims/
setting_nouns.txt``: forum, rally, news conference, ...) that closes a reported
content is taken off it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.draft import Draft, chars, trim
from briefing_tui.analysis.claims.speaker import setting_nouns
from briefing_tui.analysis.doctext import doc_text
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Prepositions that place an act in a setting ("during a forum", "at a rally").
SETTING_PREPS = frozenset({"at", "during"})
#: Verbs whose own place the setting is ("the vote will take place at a rally").
_HAPPENING_VERBS = frozenset(
    {"be", "have", "take", "hold", "happen", "occur", "meet", "appear", "speak"}
)
#: The fewest words a content keeps after its setting is cut.
_MIN_WORDS = 3


def drop_setting(doc: Doc, draft: Draft) -> None:
    """Cut a closing setting phrase ("during a forum ...") off a reported content."""
    if draft.kind not in (ClaimKind.INDIRECT, ClaimKind.MIXED):
        return
    content = doc.char_span(*draft.content, alignment_mode="expand")
    if content is None:
        return
    text = doc_text(doc)
    for token in content:
        if not _is_setting(token) or token.right_edge.i < content.end - 1:
            continue
        words = [t for t in doc[content.start : token.i] if not (t.is_punct or t.is_space)]
        if len(words) < _MIN_WORDS or text[token.idx - 1 : token.idx] == "\n":
            return
        if any(t.text in '"“”' for t in doc[token.i : content.end]):
            return  # a quotation runs through it: the words are the speaker's
        start, end = trim(text, draft.content[0], chars(doc, content.start, token.i)[1])
        draft.content = (start, end)
        return


def _is_setting(prep: Token) -> bool:
    """A preposition of place or time whose object is an occasion of speaking."""
    if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or objects[0].lemma_.lower() not in setting_nouns():
        return False
    host = prep.head  # "voters were angry at the meeting": the meeting is theirs
    return host.pos_ == "VERB" and host.lemma_.lower() not in _HAPPENING_VERBS
