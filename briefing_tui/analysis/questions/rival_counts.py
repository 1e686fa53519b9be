"""Rival counts: two sources number one group of people or things, each with its own verb.

"The coast guard said 246 people had been listed on the manifest" ... "the operator
said 231 people boarded": one group, two counts, two sides. No contest word joins
them and the verbs differ ("list", "board"), so ``rival_frames`` does not pair them;
``count_veto`` does where the matter is still plainly one:

- ``count-noun``: the two figures count different nouns, or a noun outside the
  ``counted_things`` lexicon (people, passengers, homes, jobs: no money, percentages
  or units);
- ``count-group``: the nouns carry different modifiers ("Velmoran soldiers" and
  "soldiers", "suspected cases" and "cases") or play a part in a clause the predicate
  cannot be read from;
- ``count-predicate``: the two clauses' predicates share no line of the
  ``count_predicates`` lexicon ("killed" and "died" do; "killed" and "injured", "listed"
  and "missing" do not);
- ``count-doer``: the clauses name different doers ("Kola won 1,203 votes" / "Dervishi
  won 1,264"), or a pronoun the parse cannot tie;
- ``count-negated``: either clause is negated;
- ``count-ahead``: either clause is told with a modal ("could cut 600 jobs"), a forecast
  that the ``were ...`` of the question would misstate;
- ``count-time`` / ``count-place``: a date in one clause that the other does not share
  (a toll told for two days), or places in both that differ.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set, lexicon
from briefing_tui.analysis.questions.rival_frames import (
    PLACE_ENTITIES,
    TIME_ENTITIES,
    counted_doer,
    entity_words,
)
from briefing_tui.analysis.questions.scope import clause_verb, is_negated

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs whose complement tells what happened to the counted ("were aboard", "are missing").
_LIGHT = frozenset({"be", "remain", "stay"})
#: Dependents of a light verb that carry its predicate.
_COMPLEMENTS = frozenset({"acomp", "advmod", "attr", "oprd", "prep"})
#: Verbs of showing or finding that a count's own clause may hang on ("records show ...").
_SHOWING = frozenset({"show", "find", "indicate", "suggest", "reveal", "confirm"})
#: Modifiers that set two counted nouns (or two doers) apart.
_SETTING_APART = frozenset({"compound", "amod", "poss", "nmod"})


@cache
def _classes() -> tuple[tuple[str, frozenset[str]], ...]:
    """The ``count_predicates`` lexicon: each line's asking words and its set of lemmas."""
    classes = []
    for line in lexicon("count_predicates"):
        asked, _, lemmas = line.partition(" = ")
        classes.append((asked.strip(), frozenset(lemmas.lower().split())))
    return tuple(classes)


def count_veto(one: Token, other: Token) -> str | None:
    """Why two figures' counted nouns are not certainly one group counted twice, or None
    when they are: one counted noun with the same modifiers, predicates of one class, the
    same doer (or none), neither negated nor told ahead, not dated or placed apart."""
    lemma = one.lemma_.lower()
    if lemma != other.lemma_.lower() or lemma not in lemma_set("counted_things"):
        return "count-noun"
    if _modifiers(one) != _modifiers(other):
        return "count-group"
    frames = [_frame(one), _frame(other)]
    if frames[0] is None or frames[1] is None:
        return "count-group"
    verb, other_verb = frames[0][0], frames[1][0]
    if count_asked(one, other) is None:
        return "count-predicate"
    if not _same_doer(one, verb, other, other_verb):
        return "count-doer"
    if any(is_negated(v) for v in (verb, other_verb)):
        return "count-negated"
    if any(c.dep_ == "aux" and c.tag_ == "MD" for v in (verb, other_verb) for c in v.children):
        return "count-ahead"  # "could cut 600 jobs": a forecast, no count of what happened
    times = [entity_words(v, TIME_ENTITIES) for v in (verb, other_verb)]
    if times[0] != times[1]:
        return "count-time"
    places = [entity_words(v, PLACE_ENTITIES) for v in (verb, other_verb)]
    if places[0] and places[1] and places[0] != places[1]:
        return "count-place"
    return None


def count_asked(one: Token, other: Token) -> str | None:
    """The words a question asks two counts of one group with ("were aboard" for "had been
    listed" and "boarded"), or None where their predicates share no class."""
    frames = [_frame(one), _frame(other)]
    if frames[0] is None or frames[1] is None:
        return None
    said, other_said = frames[0][1], frames[1][1]
    return next((asked for asked, c in _classes() if said & c and other_said & c), None)


def _frame(noun: Token) -> tuple[Token, frozenset[str]] | None:
    """The clause a counted noun is an argument of and what it says of the noun: the verb's
    lemma, or the words after a light verb ("aboard", "missing", "dead"). A noun the parse
    hangs on a verb of showing with a participle after it ("records show 231 people
    boarded") is the participle's. None where the noun is no argument of a clause."""
    verb = clause_verb(noun)
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _SHOWING:
        told = next((c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1), None)
        if told is not None and told.tag_ in {"VBD", "VBN"}:
            return told, frozenset({told.lemma_.lower()})
    if noun.head.i != verb.i or noun.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return None
    lemma = verb.lemma_.lower()
    if lemma not in _LIGHT:
        return verb, frozenset({lemma})
    words = set()
    for child in verb.children:
        if child.dep_ in _COMPLEMENTS and child.i > verb.i:
            words.add(child.lemma_.lower())
            words.add(child.lower_)
    return (verb, frozenset(words)) if words else None


def _same_doer(one: Token, verb: Token, other: Token, other_verb: Token) -> bool:
    """Whether the clauses name no doer but the counted nouns, or one doer with the same
    head noun and modifiers."""
    doers = [counted_doer(v, noun) for v, noun in ((verb, one), (other_verb, other))]
    first, second = doers
    if first is None or second is None:
        return first is None and second is None
    if any(d.pos_ not in {"NOUN", "PROPN"} for d in doers):
        return False
    return first.lemma_.lower() == second.lemma_.lower() and _modifiers(first) == _modifiers(second)


def _modifiers(noun: Token) -> frozenset[str]:
    """The words that say which things a noun counts ("suspected", "Velmoran")."""
    return frozenset(c.lower_ for c in noun.children if c.dep_ in _SETTING_APART)
