"""Questions about a matter their sentence names in general, or about the weather.

"The authority said it did not comment on ongoing cases" names no case: asked
"How will the ongoing cases end?", the question is about nothing in the story.
A bare plural with no article, owner or number is said of all such things.
"Forecasters said the wind was expected to ease on Monday" is an outlook of
the weather (a noun of ``weather_nouns``); the story's stake is asked in its
own words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.cues import lemma_set

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span

#: "How will the ongoing cases end?": the outcome of a matter named by its last noun.
_OUTCOME = re.compile(r"^How will (?:the )?(?:[\w’'-]+ )*?(?P<noun>[a-z]+) end\?$")
#: What makes a plural particular: an article, an owner, a number, a name.
_PARTICULAR = frozenset({"det", "poss", "nummod", "compound", "amod:poss"})
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
#: Openers of a question of what is to come.
_FORWARD = frozenset({"will", "would", "is", "are"})


def generic_matter(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks how a matter ends that its sentence names as a bare
    plural, in general ("How will the ongoing cases end?" from "did not comment on
    ongoing cases")."""
    match = _OUTCOME.match(text)
    if match is None:
        return False
    noun = match["noun"]
    found = [t for sent in sentences for t in tokens_where(sent, "lowers", {noun})]
    return bool(found) and all(
        t.tag_ == "NNS" and not any(c.dep_ in _PARTICULAR for c in t.children) for t in found
    )


def weather_asked(text: str) -> bool:
    """Whether the question's subject is the weather ("Will the wind ease on Monday?")."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3 or words[0] not in _FORWARD:
        return False
    subject = words[2] if words[1] == "the" else words[1]
    weather = lemma_set("weather_nouns")
    return subject in weather or (subject.endswith("s") and subject[:-1] in weather)
