"""Political camps named by their stance: "the pro-Beijing camp", "the anti-war bloc".

A camp or bloc whose modifier is a stance prefix joined by a hyphen ("pro-", "anti-",
"pan-") names a group that acts in politics (it wins seats, loses votes), although no
word of it is a name. Each spelling that differs only in its first capital ("Pro-Beijing
camp" opening a sentence) is the same camp.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefing_tui.analysis.actors.drafts import Names

#: "pro-Beijing camp", "anti-establishment bloc", "pan-democracy camp".
_CAMP = re.compile(r"\b(?:[Pp]ro|[Aa]nti|[Pp]an)-[A-Za-z]+ (?:camp|bloc)\b")


def add_camps(doc: Doc, names: Names) -> None:
    """Record each stance-named camp of the article as a group, with all its mentions."""
    text = doc_text(doc)
    for match in _CAMP.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None:
            continue
        written = match.group(0)
        name = written[0].lower() + written[1:]
        draft = names.draft(f"group:{name}", "group", name)
        draft.add(match.start(), match.end(), written, "name", span.root.i)
