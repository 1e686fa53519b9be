"""The noun a person's name is set beside. In "a spokesman for the president, Piet Lund,"
the parse hangs the name on the nearer noun, "president", but the name is set beside the
whole phrase: Lund is the spokesman, and "the president" is someone else. A name after a
noun for a person with a prepositional complement ("the wife of the mayor, Ann Lee", "a
lawyer for the family, Tom Hale") is that person's.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.kinds import person_cues
from briefing_tui.analysis.actors.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions that tie a noun for a person to whom or what they serve or belong to.
COMPLEMENT_PREPS = frozenset({"for", "of", "to"})


@cache
def person_nouns() -> frozenset[str]:
    """Nouns for a person: the person cue nouns and the one-word titles."""
    return person_cues().nouns | frozenset(t for t in lexicon().titles if " " not in t)


def outer_person_noun(noun: Token) -> Token | None:
    """The noun for a person whose prepositional complement ``noun`` is ("spokesman" for
    "president" in "a spokesman for the president"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in COMPLEMENT_PREPS:
        return None
    outer = prep.head
    if outer.i > noun.i or outer.pos_ != "NOUN" or outer.lemma_.lower() not in person_nouns():
        return None
    return outer


def apposed_noun(name_head: Token) -> Token | None:
    """The noun before a person's name that the name stands in apposition with, lifted
    over a prepositional complement ("a spokesman for the president, Piet Lund":
    "spokesman"); None when the name is in apposition with nothing before it."""
    if name_head.dep_ != "appos" or name_head.head.i > name_head.i:
        return None
    noun = name_head.head
    return outer_person_noun(noun) or noun
