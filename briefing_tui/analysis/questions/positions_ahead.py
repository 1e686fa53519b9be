"""A party's position still to be taken, asked by what it will be.

"The Farmers' Union will decide its position at a caucus meeting on Wednesday" and
"she said her party would announce its decision after the leaders' meeting" tell
that a body is yet to choose its side, and when. Asked back ("Will the union decide
its position ...?") the question only repeats the schedule; what is open is the side
it takes: "What position will the Farmers' Union take at a caucus meeting on
Wednesday?". The verb is one of choosing or making known (``_CHOOSING``), its object
the body's own position or decision (``_POSITIONS``, with "its", "their", "his" or
"her"), its subject a body or person the article names ("announce its decision" is
asked as "What decision will ... announce"); what sets the time (a
prepositional phrase after the object: "at a caucus meeting", "after the vote",
"on Friday", on the verb or on its object) follows. A court or judge decides a case,
not a position: left to the court rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.agenda_heads import NOT_VOTING
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.syntax import clause_subject

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: Verbs of choosing a side or making it known (lemmas).
_CHOOSING = frozenset({"decide", "announce", "take", "reach", "adopt", "set"})
#: A body's own side: the object those verbs take (lemmas).
_POSITIONS = frozenset({"position", "decision", "stance"})
#: Possessives that make the position the subject's own.
_OWN = frozenset({"its", "their", "his", "her"})
#: Prepositions of a phrase that sets when the side is taken.
_WHEN = frozenset({"at", "after", "on", "by", "before", "during", "following"})


def position_ahead(verb: Token, name_of: Callable[[Token], str | None]) -> str | None:
    """ "What position will the Farmers' Union take at its caucus on Wednesday?" for a
    clause in which a named party is yet to decide or announce its own position; None
    for any other clause. ``name_of`` gives the article's name for the subject."""
    if verb.lemma_.lower() not in _CHOOSING or is_negated(verb):
        return None
    position = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if position is None or position.lemma_.lower() not in _POSITIONS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in _OWN for c in position.children):
        return None
    timed = [c for c in position.children if c.dep_ == "prep" and c.lower_ in _WHEN]
    if any(c.dep_ not in {"poss", "amod"} for c in position.children if c not in timed):
        return None  # "its decision about the levy": the matter is named; asked by other rules
    subject = clause_subject(verb)
    if subject is None or subject.lemma_.lower() in NOT_VOTING:
        return None
    name = name_of(subject)
    if not name:
        return None
    # "its decision after the leaders' meeting": the parse may hang the time on the object
    timing = timed + [
        c for c in verb.children if c.dep_ == "prep" and c.lower_ in _WHEN and c.i > position.i
    ]
    when = " ".join(running_words(list(c.subtree), all_punct=False) for c in timing)
    # "decide its position" is asked as the side it takes; "announce its decision" as it is
    noun, act = (
        ("position", "take")
        if verb.lemma_.lower() == "decide"
        else (position.lemma_.lower(), verb.lemma_.lower())
    )
    return f"What {noun} will {name} {act}{' ' + when if when else ''}?"
