"""Whether a question forecasts what a speaker only imagines inside a quote.

'"They will have all the power and we will have none," said farmer Joe Kell'
and '"The state will have to find new money," the mayor said' picture a
consequence: no date, no one of the story named as the one who acts, no
decision taken. A forecast inside quotation marks whose subject is a pronoun
(or which says what someone "will have to" do), with no date in the quote, is
speculation; a party's legal or institutional move ('"We will appeal," she
said') is still a step to follow.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.questions.scope import quoted_region
from briefing_tui.analysis.questions.stakes import is_decision_move

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: Subjects that name no one of the story inside a quote.
_UNNAMED = frozenset({"we", "they", "you", "it", "i", "people", "everyone", "everybody"})
_DATES = frozenset({"DATE", "TIME"})


def _forecast(verb: Token) -> bool:
    """Whether ``verb`` carries "will"/"would"/"could" or "will have to"."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return True
    head = verb.head
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return (
        to
        and verb.dep_ == "xcomp"
        and head.lemma_ == "have"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    )


def _speculates(verb: Token) -> bool:
    region = quoted_region(verb)
    if region is None or not _forecast(verb) or is_decision_move(verb):
        return False
    doc = verb.doc
    if any(doc[i].ent_type_ in _DATES for i in range(*region)):
        return False  # a quoted plan with its day is a plan
    anchor = verb.head if verb.dep_ == "xcomp" else verb
    subject = next((c for c in anchor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    must = verb.dep_ == "xcomp" and verb.head.lemma_ == "have"
    if not must and subject is not None and subject.lower_ == "we" and _a_body_speaks(verb, region):
        return False  # 'the Home Office letter reads "we may extend ..."': a body's own plan
    return must or subject is None or subject.lower_ in _UNNAMED


def _a_body_speaks(verb: Token, region: tuple[int, int]) -> bool:
    """Whether an organisation is named outside the quote in its sentence: its "we"."""
    sent = verb.sent
    return any(t.ent_type_ == "ORG" for t in sent if not region[0] - 1 <= t.i <= region[1])


def quoted_speculation(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks a consequence a speaker imagines inside quotation marks,
    with no date and no one named who acts ("Will Joe Kell have none?" from '"... we
    will have none," said farmer Joe Kell')."""
    words = {w.lower() for w in _WORD.findall(text)[1:]}
    for sent in sentences:
        strings = doc_words(sent.doc)  # the tokens' strings, not a Token built for each
        for i in range(sent.start, sent.end):
            if strings.pos[i] not in {"VERB", "AUX"}:
                continue
            if strings.lowers[i] not in words and strings.lemmas[i] not in words:
                continue
            verb = sent.doc[i]
            if verb.lemma_ == "be":
                continue
            if _speculates(verb):
                return True
    return False
