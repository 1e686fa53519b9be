"""Rival figures told in one frame: no contest word needed where the matter is plainly one.

"The ministry said average rents rose 14 percent in the year to June" ... "the
landlords' association said rents rose 6 percent over the same period": two
sources, one counted thing, one act, two figures. No "disputes that figure"
joins them, yet the matter is certain: the figures count the same noun, with the
same verb, of the same subject (or of the figure's own noun: "12,000 people
marched" / "40,000 people marched"). ``same_frame`` says so; ``rival_figures``
then asks the two figures as it asks a contested pair.

Two figures are one matter only when nothing sets them apart:

- ``frame-verb``: the two clauses' verbs differ, or one is a light verb ("be",
  "have", "say") that tells no act to count by;
- ``frame-subject``: the subjects differ ("the plant employs 600" / "the group
  employs 900"), or one is a pronoun the parse cannot tie;
- ``frame-negated``: one clause is negated ("did not lose 40 jobs");
- ``frame-time`` / ``frame-place``: each clause has its own date or place, and they
  differ ("rose 4 percent in May" / "6 percent in June"; "in the north" / "in the
  south").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.scope import clause_verb, is_negated

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs too light to tell that two figures count one act.
LIGHT_VERBS = frozenset({"be", "have", "say", "tell", "do", "make", "get", "give", "see"})
#: Entity labels that date a clause.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: Entity labels that place a clause.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
#: Parts of speech inside a date or a place that do not tell it ("in", "the").
_FRAME_WORDS = frozenset({"DET", "ADP", "PUNCT", "CCONJ"})
#: Modifiers that set two subjects (or two counted nouns) apart.
_SETTING_APART = frozenset({"compound", "amod", "nummod", "poss"})


def told_as_so(verb: Token) -> bool:
    """Whether a clause tells what is so: not negated, no modal, no "if" or "unless"."""
    if is_negated(verb):
        return False
    return not any(
        (c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "mark" and c.lower_ in {"if", "unless"})
        for c in verb.children
    )


def frame_veto(one: Token, other: Token) -> str | None:
    """Why two figures' nouns (``one``, ``other``: the nouns the figures count, of the same
    measure) are not certainly one matter, or None when they are: told with one verb, of one
    subject, neither negated nor dated or placed apart."""
    verbs = clause_verb(one), clause_verb(other)
    lemmas = {v.lemma_.lower() for v in verbs}
    if len(lemmas) != 1 or lemmas & LIGHT_VERBS or any(v.pos_ != "VERB" for v in verbs):
        return "frame-verb"
    if not _same_subject(one, verbs[0], other, verbs[1]):
        return "frame-subject"
    if any(is_negated(v) for v in verbs):
        return "frame-negated"
    if _apart(verbs, TIME_ENTITIES):
        return "frame-time"
    if _apart(verbs, PLACE_ENTITIES):
        return "frame-place"
    return None


def _same_subject(one: Token, verb: Token, other: Token, other_verb: Token) -> bool:
    """Whether two clauses tell one act of one thing: the counted nouns play one role (the
    doer: "600 people marched"; the thing acted on: "killed 40 people", "40 people were
    killed"), with the same modifiers ("Velmoran soldiers" and "soldiers" are two counts),
    and the doers, where both are named, have one head noun."""
    if _role(one, verb) != _role(other, other_verb) or _role(one, verb) is None:
        return False
    if _modifiers(one) != _modifiers(other):
        return False
    doers = [counted_doer(v, noun) for v, noun in ((verb, one), (other_verb, other))]
    first, second = doers
    if first is None or second is None:
        return (first is None and second is None) or _role(one, verb) == "patient"
    if first.pos_ not in {"NOUN", "PROPN"} or second.pos_ not in {"NOUN", "PROPN"}:
        return False
    if first.lemma_.lower() != second.lemma_.lower():
        return False
    return _modifiers(first) == _modifiers(second)


def _role(noun: Token, verb: Token) -> str | None:
    """The part a counted noun plays in its clause: "doer" (the subject of an active verb),
    "patient" (its object, or the subject of a passive one), a measure of the act ("rose 6
    percent", "by 6 percent"), or None."""
    if noun.head.dep_ == "prep" and noun.head.head.i == verb.i:
        return f"measure {noun.head.lower_}"  # "rose by 6 percent", "cut to 40 jobs"
    if noun.head.i != verb.i:
        return None
    if noun.dep_ == "npadvmod":
        return "measure"  # "rents rose 6 percent"
    if noun.dep_ == "nsubj":
        return "doer"
    if noun.dep_ in {"nsubjpass", "dobj"}:
        return "patient"
    return None


def counted_doer(verb: Token, noun: Token) -> Token | None:
    """Who does the act, where the clause names one other than the counted noun: an active
    subject, or a passive verb's agent ("by the army")."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i != noun.i:
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _modifiers(noun: Token) -> frozenset[str]:
    """The words that say which things a noun counts or names ("Tarsk", "active")."""
    return frozenset(c.lower_ for c in noun.children if c.dep_ in _SETTING_APART - {"nummod"})


def _apart(verbs: tuple[Token, Token], labels: frozenset[str]) -> bool:
    """Whether both clauses carry entities of ``labels`` (a date, a place) and they differ."""
    found = [entity_words(v, labels) for v in verbs]
    return bool(found[0] and found[1] and found[0] != found[1])


def entity_words(verb: Token, labels: frozenset[str]) -> frozenset[str]:
    """The words of a clause's entities of ``labels`` (its dates, its places)."""
    return frozenset(
        t.lower_ for t in verb.subtree if t.ent_type_ in labels and t.pos_ not in _FRAME_WORDS
    )
