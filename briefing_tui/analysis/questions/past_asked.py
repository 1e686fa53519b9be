"""Questions asked back from a report: a view argued, a belief, a body's talking-over.

"The dissenters argued that earlier increases had not yet fed through" gives
"Have earlier increases fed through?": a view argued (a verb of
``arguing_verbs``), not a matter a reader waits for; a dispute, which asks what
two sides said, is not judged here. "A spokesman declined to say whether
investigators believed the fire was set" gives "Did investigators believe
...?": a state of mind (``belief_verbs``), not the matter. "The governor
declined to say whether the board had discussed a larger rise" gives "Has the
board discussed ...?": a body's talking over (``deliberation_verbs``), a minor
internal step; what it decides is open.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words, tokens_where
from briefing_tui.analysis.questions.cues import lemma_set

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
#: Openers of a yes/no question asked in the past or the perfect.
_PAST_OPENERS = frozenset({"had", "has", "have", "did", "was", "were"})


def _verbs_asked(text: str, sentences: Sequence[Span]) -> set[str]:
    """The lemmas of the sentence's verbs the question says."""
    if not sentences:
        return set()
    asked = {w.lower() for w in _WORD.findall(text)}
    words = doc_words(sentences[0].doc)
    return {
        words.lemmas[i]
        for sent in sentences
        for i in range(sent.start, sent.end)
        if words.pos[i] == "VERB" and (words.lowers[i] in asked or words.lemmas[i] in asked)
    }


def belief_asked(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks whether someone believed something ("Did investigators
    believe the fire was set?", "Do investigators believe ...?") rather than the matter
    believed."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3 or words[0] not in _PAST_OPENERS | {"do", "does"}:
        return False
    beliefs = lemma_set("belief_verbs")
    return any(w in beliefs for w in words[2:5]) and bool(_verbs_asked(text, sentences) & beliefs)


def deliberation_asked(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks whether a body talked a matter over in the past ("Has
    the board discussed a larger increase?", "Have the ministers been consulted?")."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3 or words[0] not in _PAST_OPENERS:
        return False
    return bool(_verbs_asked(text, sentences) & lemma_set("deliberation_verbs"))


def argued_view(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks back a clause its sentence gives as what someone argues
    ("Have earlier increases fed through?" from "argued that earlier increases had not
    yet fed through"): a verb the question says whose clause hangs on a verb of
    ``arguing_verbs``."""
    asked = {w.lower() for w in _WORD.findall(text)}
    arguing = lemma_set("arguing_verbs")
    for sent in sentences:
        for verb in tokens_where(sent, "lowers", asked):
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            clause = verb
            while clause.dep_ in {"xcomp", "conj"} and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in arguing:
                return True
    return False
