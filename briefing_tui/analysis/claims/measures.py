"""A measure put on a thing: "Police put the number at about 1,200", "The company
estimated its losses at $62 million", "A report put the cost of the damage at 86,000
crowns".

A verb of reckoning (the ``at`` frame in ``lexicon/claims/cue_verbs.tsv``: put,
estimate) with a subject of its own, a noun-phrase object and an "at" phrase that holds
a number states the source's figure; the claim's content is the object with its
measure. Without a number the verb reports an act ("would never put patients at
risk"), and a verb without its own subject is part of what another cue reports ("said
it had received 412 claims and estimated its losses at $62 million").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The preposition that carries the measure.
MEASURE_PREP = "at"
#: Entity labels of a figure ("1,200", "$62 million", "40 percent", "12 tonnes").
_FIGURE_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Entity labels of a date or hour: "put the start at 9 a.m." sets a time, gives no figure.
_TIME_ENTS = frozenset({"DATE", "TIME"})


def _holds_figure(phrase: Token) -> bool:
    """Whether a phrase holds a number: "at about 1,200", "at A$62 million"."""
    return any(
        (t.like_num or t.ent_type_ in _FIGURE_ENTS) and t.ent_type_ not in _TIME_ENTS
        for t in phrase.subtree
    )


def measured_content(verb: Token) -> tuple[int, int] | None:
    """The object and its measure as a token range ("the number at about 1,200"), or None
    when the verb has no object or its "at" phrase holds no number."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "said it had received 412 claims and estimated ...": inside what was said
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return None
    obj = objects[0]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == MEASURE_PREP and child.i > obj.i:
            if _holds_figure(child):
                return obj.left_edge.i, child.right_edge.i + 1
            return None
    return None
