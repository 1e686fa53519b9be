"""Shortening a conditional question that runs too long, rather than dropping it.

A threat or a consequence on a condition often carries its own adjuncts: "If the
panel upholds the appeal, she would be banned for four years *from the date of the
ruling*, *minus any period already served*", "would file it in a court *if the company
did not agree to compensate them* *by the end of the year*". Asked whole, such a question
runs past the pane's limit and was dropped; what hangs on what is still asked without
them. The cuts are, right to left, the adjuncts after the outcome's verb (prepositional
and adverbial phrases, an aside like "minus ...") but the first, and the adjuncts after
the condition's verb; a participle clause that comments on the act after a comma
(", deepening a standoff") goes too; the condition clause itself, the verbs' subjects
and objects stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependencies of the adjuncts a long conditional question may lose.
_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod", "agent"})
#: Coordinators that open an aside rather than a second clause ("minus any period served").
_ASIDE_COORDINATORS = frozenset({"minus", "plus", "excluding", "including"})


def _comment(child: Token) -> bool:
    """Whether ``child`` is a participle clause after a comma that comments on the act
    (", deepening a standoff over the budget"), with no subordinator of its own."""
    if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i == 0:
        return False
    if any(c.dep_ == "mark" for c in child.children):
        return False
    return child.doc[child.left_edge.i - 1].text == ","


def _adjuncts(verb: Token, keep_first: bool) -> list[set[int]]:
    """The adjuncts after ``verb`` that a long question may lose, nearest first, each with
    the comma before it; the first is kept where ``keep_first`` ("banned *for four years*")."""
    found: list[set[int]] = []
    for child in verb.children:
        if child.i < verb.i:
            continue
        aside = (child.dep_ == "cc" and child.lower_ in _ASIDE_COORDINATORS) or _comment(child)
        if child.dep_ not in _ADJUNCT_DEPS and not aside:
            continue
        if child.dep_ == "advmod" and child.right_edge.i == child.i:
            continue  # "again", "also": one word saves little and may carry the sense
        words = {t.i for t in child.subtree}
        before = child.left_edge.i - 1
        if before > verb.i and verb.doc[before].text == ",":
            words.add(before)
        found.append(words)
    return found[1:] if keep_first else found


def condition_cuts(outcome: Token, condition: Token) -> list[set[int]]:
    """Groups of token indices a too-long conditional question drops in turn, the first
    to go first: the outcome's later adjuncts from the right, then the condition's (and
    its infinitives') from the right."""
    cuts = [c for c in _adjuncts(outcome, keep_first=True) if condition.i not in c]
    cuts.reverse()
    later: list[set[int]] = []
    verb: Token | None = condition
    while verb is not None:  # "did not agree to compensate them *by the end of the year*"
        later.extend(_adjuncts(verb, keep_first=False))
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    later.sort(key=min, reverse=True)
    return [*cuts, *later]
