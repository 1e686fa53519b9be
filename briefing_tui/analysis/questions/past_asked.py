"""Questions asked back from a report: a view argued, a belief, a body's talking-over.

"The dissenters argued that earlier increases had not yet fed through" gives
"Have earlier increases fed through?": a view argued (a verb of
``arguing_verbs``), not a matter a reader waits for; a dispute, which asks what
two sides said, is not judged here. "A spokesman declined to say whether
investigators believed the fire was set" gives "Did investigators believe
...?": a state of mind (``belief_verbs``), not the matter. "The governor
declined to say whether the board had discussed a larger rise" gives "Has the
board discussed ...?": a body's talking over (``deliberation_verbs``), a minor
internal step; what it decides is open. "The director said he would consider
releasing the footage" gives "Would the director consider releasing the footage?": the
talking-over is announced, so asked ahead it only echoes the article; what is decided is
the open matter.
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


#: Openers of a yes/no question asked of what is still to come.
_FORWARD_OPENERS = frozenset({"will", "would", "could", "might", "may", "shall", "can"})
#: Words that open a clause of their own after a question's main verb.
_CLAUSE_OPENERS = frozenset(
    {"if", "unless", "when", "once", "until", "before", "after", "whether", "that", "as"}
)
#: Marks under which a verb is asked, not told ("did not say whether it would consider").
_ASKING_MARKS = frozenset({"whether", "if"})
#: Modals that tell a deliberation as announced ("would consider", "will consider"); an
#: obligation ("would have to consider") or a purpose ("a process to consider") is not.
_TOLD_AHEAD = frozenset({"will", "would", "'ll", "’ll", "'d", "’d", "shall"})


def deliberation_ahead(text: str, sentences: Sequence[Span]) -> bool:
    """Whether a yes/no question about what is to come asks whether someone will talk a
    matter over ("Would the director consider releasing the footage?") while its sentence
    tells that deliberation as announced ("said he would consider releasing the
    footage"): the article already answers it; what is decided is the open matter."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3 or words[0] not in _FORWARD_OPENERS:
        return False
    deliberating = lemma_set("deliberation_verbs")
    main = next((w for w in words[2:] if w in _CLAUSE_OPENERS or w in deliberating), None)
    if main is None or main not in deliberating:
        return False  # the question's own verb is another, or comes after a clause opener
    for sent in sentences:
        for verb in tokens_where(sent, "lowers", {main}):
            if verb.pos_ != "VERB":
                continue  # "the debate": a noun
            below = {c.lower_ for c in verb.children if c.dep_ in {"mark", "neg", "aux"}}
            if below & _ASKING_MARKS or below & {"not", "n't", "never"}:
                continue  # "did not say whether it would consider ...": asked, not told
            if below & _TOLD_AHEAD:
                return True  # "said he would consider", "will now consider"
    return False


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
