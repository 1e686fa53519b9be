"""Whether a disputed decision is asked as a judgement with only its critic's side.

"Was the plan justified?" from "Dan Pryce called the plan reckless" recasts one
critic's opinion as a question: nothing the news can settle. It stands only
where the article gives the other side too: the decision's maker, named as
its owner ("NASA's decision"), speaks of it in another sentence ("NASA
Administrator Charles Bolden announced ..."), so two named sides disagree.
The judging words are those of ``justification``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

_JUDGED = re.compile(r"^(?:Was|Were|Is|Are)\s+(?P<thing>.+?)\s+(?P<word>[\w-]+)\?$")
_OWNER = re.compile(r"([\w.-]+)(?:'s|’s)\b")
#: Verbs with which a decision's maker gives its side (besides the reporting verbs).
_GIVING_ITS_SIDE = frozenset({"defend", "explain", "justify", "announce", "insist"})
#: How a name word hangs inside the subject phrase it belongs to.
_INSIDE = frozenset({"compound", "poss", "amod", "appos", "nmod", "det"})


def _speaks(token: Token) -> bool:
    """Whether ``token`` is in the subject of a verb of saying or defending."""
    node = token
    while node.dep_ in _INSIDE and node.head.i != node.i:
        node = node.head
    if node.dep_ != "nsubj":
        return False
    lemma = node.head.lemma_.lower()
    return lemma in lemma_set("reporting") or lemma in _GIVING_ITS_SIDE


def one_sided_judgement(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question asks whether a decision was justified (or legitimate) and the
    article gives no side but its critic's: no owner named, or the owner never speaks
    outside the critic's sentences."""
    match = _JUDGED.match(text)
    if match is None or match.group("word").lower() not in lemma_set("justification"):
        return False
    owner = _OWNER.search(match.group("thing"))
    if owner is None or not sentences:
        return True
    name = owner.group(1).lower()
    own = {s.start for s in sentences}
    for sent in sentences[0].doc.sents:
        if sent.start in own:
            continue
        if any(t.lower_ == name and _speaks(t) for t in sent):
            return False
    return True
