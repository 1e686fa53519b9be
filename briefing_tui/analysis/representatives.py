"""Words reported by someone who speaks for one other person ("Her lawyer, Ann Lee, said
she would appeal"): the "she" is the one "her" stands for, never the lawyer. Read by the
actors (whom the pronoun names) and by the questions (whose move is asked)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The owner pronoun that agrees with a subject pronoun.
_OWNER_OF = {"he": "his", "she": "her"}


@cache
def representative_nouns() -> frozenset[str]:
    """The nouns of people who speak for one other person (``representative_nouns.txt``)."""
    return data_files.words("shared/representative_nouns.txt")


def represented_owner(pronoun: Token) -> Token | None:
    """The owner pronoun of the representative whose reported words have ``pronoun`` as
    their subject ("Her" in "Her lawyer, Ann Lee, said she would appeal"), when it agrees
    with ``pronoun``; None when the sentence is not built so."""
    owner_word = _OWNER_OF.get(pronoun.lower_)
    if owner_word is None or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = pronoun.head
    if clause.dep_ != "ccomp":
        return None
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    if len(speakers) != 1 or speakers[0].lemma_.lower() not in representative_nouns():
        return None
    owners = [c for c in speakers[0].children if c.dep_ == "poss"]
    return owners[0] if len(owners) == 1 and owners[0].lower_ == owner_word else None
