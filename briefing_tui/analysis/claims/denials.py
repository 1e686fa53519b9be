"""A denial of words just reported: "The council rejected that account", "She denied that."

A verb of denial (stance ``denial`` in the cue lexicon: deny, reject, dispute, refute,
dismiss, contradict) whose object points back at something the article has just
reported states the source's position: that the earlier account is wrong. The object
either is a demonstrative pronoun ("The ministry disputes that.") or a noun of
something said (``lexicon/claims/content_nouns.txt``: account, claim, figure,
explanation ...) under a demonstrative or a possessive ("rejected that account",
"disputes those figures", "disputed the airline's account"); a noun of accusation
takes a definite article as well ("rejected the allegations", "denied the charges").
The claim's content is that object, so the claim reads "The council rejected that
account".

Not a denial: a thing acted on ("rejected the offer", "dismissed the appeal"), a noun
with no pointer back ("disputes the findings", "defended the decision"), and a negated
cue ("did not dispute that figure", dropped by ``speech.py``).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.cues import content_nouns, cue_table
from briefing_tui.analysis.claims.draft import VERBAL

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.model import Claim

#: The stance of a cue verb that denies (``lexicon/shared/cues.tsv``).
DENIAL = "denial"
#: Determiners and pronouns that point back at what was just said.
DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})
#: Tags a demonstrative object takes ("denied that": DT, or IN when the tagger reads a
#: complementiser with no clause after it).
_POINTER_TAGS = frozenset({"DT", "IN"})
#: Determiners under which only a noun of accusation points back ("the allegations").
_DEFINITE = frozenset({"the"})


@cache
def accusation_nouns() -> frozenset[str]:
    """Nouns of an accusation, denied with a definite article
    (``lexicon/claims/accusation_nouns.txt``)."""
    return data_files.words("claims/accusation_nouns.txt")


def is_denial_verb(verb: Token) -> bool:
    """Whether ``verb`` is a cue verb of denial ("denied", "rejects", "disputed")."""
    if verb.pos_ not in VERBAL:
        return False
    return any(cue.stance == DENIAL for cue in cue_table().get(verb.lemma_.lower(), ()))


def points_back(obj: Token) -> bool:
    """Whether an object names words already reported: "that", "that account", "those
    figures", "the allegations"."""
    lower = obj.lower_
    if lower in DEMONSTRATIVES and obj.tag_ in _POINTER_TAGS:
        return not any(c.dep_ != "punct" for c in obj.children)
    if obj.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma = obj.lemma_.lower()
    if lemma not in content_nouns() and lemma not in accusation_nouns():
        return False
    if any(c.dep_ == "poss" for c in obj.children):
        return True  # "disputed the airline's account", "rejected his figures": another's words
    determiners = [c.lower_ for c in obj.children if c.dep_ == "det"]
    if any(d in DEMONSTRATIVES for d in determiners):
        return True
    return any(d in _DEFINITE for d in determiners) and lemma in accusation_nouns()


def denies_earlier_words(verb: Token, obj: Token) -> bool:
    """Whether ``verb`` denies what ``obj`` points back at: a verb of denial, after it its
    direct object that points back ("rejected that account", "denied that")."""
    return (
        obj.dep_ == "dobj"
        and obj.head.i == verb.i
        and obj.i > verb.i
        and is_denial_verb(verb)
        and points_back(obj)
    )


def only_points_back(doc: Doc, claim: Claim) -> bool:
    """Whether a claim's whole content is a denial's pointer back ("that account", "that"):
    it says which words were denied and nothing more. The questions pane reads such a
    denial from the parse and pairs it with the words it answers, so it is given only the
    claims that say something of their own."""
    if claim.stance != DENIAL:
        return False
    content = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
    if content is None or not len(content):
        return False
    root = content.root
    return root.dep_ == "dobj" and denies_earlier_words(root.head, root)
