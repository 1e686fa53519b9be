"""Whether a forecast is worth asking: the tests a modal clause must pass to become a question.

A question an analyst wants has a subject the story is about (an actor, a
named or definite thing, not "visitors" or "an infant") and looks ahead to an
event that can still go either way. These tests reject the rest:

- a generic subject: bare plurals and mass nouns, quantifiers, "you"
  ("some crops may have higher yields", "visitors will not be allowed"),
  unless a date ties the clause to one occasion;
- an evaluation rather than an event ("it may not be easy");
- the reporter's own commentary: a hedged modal in a clause nobody is
  reported to have said, weighing what something means or how it compares
  ("the plans could offer a retort", "Europe would be more capable");
- past inability ("the crews could not reach the roof");
- rhetoric, from ``questions_rhetoric.txt`` ("will stop at nothing");
- permission granted by a ruling ("the court ruled they may now worship");
- a plan inside someone's belief ("believes she has the best plan to ...").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.claim_cues import cue_lemmas
from briefing_tui.analysis.question_cues import entry_words, lemma_set, lexicon
from briefing_tui.analysis.question_scope import clause_tokens, is_negated, quoted_region

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Entity types that name a particular thing, so a subject of that type is specific.
_NAMED = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
#: Pronouns that point at no one in particular.
_GENERIC_PRONOUNS = frozenset(
    {"you", "one", "someone", "somebody", "anyone", "anybody", "everyone", "everybody"}
    | {"nobody", "none", "neither", "either", "some", "any", "many", "few", "most", "all"}
)
#: Determiners that make a noun phrase particular ("the", "this", "their" are possessives).
_SPECIFIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
#: Modals that hedge: they weigh a possibility rather than announce an outcome.
_HEDGED = frozenset({"would", "could", "might", "may", "'d"})
#: How a said clause hangs under the verb that reports it.
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis", "pcomp", "dobj"})


def modal_of(verb: Token) -> str | None:
    """The modal auxiliary of ``verb``'s clause, lower-cased, or None."""
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    return modal.lower_.replace("\u2019", "'") if modal is not None else None


def is_specific(subject: Token | None, is_actor: bool = False, *, strict: bool = False) -> bool:
    """Whether ``subject`` names someone or something particular.

    Actors, names, personal pronouns and definite or possessive noun phrases
    are particular; "visitors", "some crops", "you" are not. An indefinite
    ("a judge may not enforce it") introduces one, except under ``strict``,
    for the subject of a condition: "if an infant lacks iodine" means any.
    A missing subject gives the benefit of the doubt.
    """
    if subject is None or is_actor:
        return True
    if subject.dep_ == "csubj" or subject.pos_ in {"VERB", "AUX"}:
        return True  # "supplying Tomahawks would ...": an act, as particular as its object
    if subject.ent_type_ in _NAMED or subject.pos_ == "PROPN":
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ not in _GENERIC_PRONOUNS
    if subject.pos_ not in {"NOUN", "NUM", "ADJ", "DET"}:
        return True
    if subject.pos_ == "DET":
        return subject.lower_ in _SPECIFIC_DETERMINERS  # "this could be ..."
    for child in subject.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "det":
            return child.lower_ in _SPECIFIC_DETERMINERS or (
                child.lower_ in {"a", "an"} and not strict
            )
        if child.dep_ == "compound" and (child.pos_ == "PROPN" or child.ent_type_ in _NAMED):
            return True  # "Senate leaders", "Boeing engineers"
    # "failure to return the form": a bare noun made particular by its complement
    return subject.tag_ == "NN" and any(c.dep_ in {"acl", "prep"} for c in subject.children)


def is_evaluation(verb: Token) -> bool:
    """Whether a hedged modal clause judges rather than forecasts: "it may not be easy".

    "Might be a statistical blip" (a noun) still asks what something is;
    an adjective after a hedged "be" only grades it.
    """
    if modal_of(verb) not in _HEDGED:
        return False  # "the vote will be close" still forecasts
    grades = [c for c in verb.children if c.dep_ == "acomp"]
    # "how costly it could be" asks for the degree: that is a question, not a judgement
    return verb.lemma_ == "be" and any(
        not any(g.tag_ == "WRB" for g in grade.children) for grade in grades
    )


def is_bare(subject: Token | None) -> bool:
    """Whether ``subject`` is a noun without determiner or possessor ("voters", "names")."""
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and not any(c.dep_ in {"det", "poss"} for c in subject.children)
    )


def is_dated(verb: Token) -> bool:
    """Whether ``verb``'s clause is tied to a date ("voters would choose early in 2016")."""
    ahead = lemma_set("future_time")
    return any(t.ent_type_ == "DATE" or t.lemma_.lower() in ahead for t in clause_tokens(verb))


def is_reported(verb: Token, reported_chars: list[tuple[int, int]]) -> bool:
    """Whether ``verb``'s clause is someone's words rather than the reporter's own.

    Inside quotation marks, in a claim found by the claims pane, under a
    reporting or opinion verb, beside a ", he said" or after "according to".
    """
    if quoted_region(verb) is not None:
        return True
    if any(start <= verb.idx < end for start, end in reported_chars):
        return True
    speech = lemma_set("reporting") | lemma_set("opinion") | cue_lemmas()
    node = verb
    while node.head.i != node.i:
        if node.dep_ in _CLAUSE_LINKS and node.head.lemma_.lower() in speech:
            return True
        node = node.head
    root = node
    for child in root.children:
        if child.dep_ in {"parataxis", "ccomp"} and child.lemma_.lower() in speech:
            return True  # "..., he said": the parse hangs the reporting clause on the content
    return any(t.lower_ == "according" for t in verb.sent)


def is_commentary(verb: Token, reported_chars: list[tuple[int, int]]) -> bool:
    """Whether a hedged modal clause is the reporter's own reading of events.

    "The plans could offer a retort to critics" and "resources could be
    better spent" weigh what something means or how it compares, in the
    article's voice: nobody in the story forecast it. The verb comes from
    ``questions_analytic.txt``, or the clause compares ("more", "better").
    """
    if modal_of(verb) not in _HEDGED or is_reported(verb, reported_chars):
        return False
    if verb.lemma_.lower() in lemma_set("analytic"):
        return True
    graded = [verb, *(c for c in verb.children if c.dep_ in {"acomp", "attr"})]
    return any(c.tag_ in {"JJR", "RBR"} for g in graded for c in (g, *g.children) if c.i != verb.i)


def is_past_inability(verb: Token) -> bool:
    """Whether "could not" tells what someone was unable to do ("neither side could score")."""
    return modal_of(verb) == "could" and is_negated(verb)


@cache
def _rhetoric_entries() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(lemma for lemma, _tag in entry_words(e)) for e in lexicon("rhetoric"))


def is_rhetoric(verb: Token) -> bool:
    """Whether ``verb``'s clause is a figure of speech: "will stop at nothing", "of all time"."""
    lemmas = [t.lemma_.lower() for t in sorted(clause_tokens(verb), key=lambda t: t.i)]
    for entry in _rhetoric_entries():
        size = len(entry)
        if any(tuple(lemmas[i : i + size]) == entry for i in range(len(lemmas) - size + 1)):
            return True
    return False


def is_permission(verb: Token) -> bool:
    """Whether "may/can" grants leave: "the court ruled that worshippers may now gather"."""
    if modal_of(verb) not in {"may", "can", "ca"}:
        return False
    grants = lemma_set("permission")
    node = verb
    while node.dep_ in {"ccomp", "conj", "xcomp"} and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in grants:
            return True
    return False


def is_belief(word: Token) -> bool:
    """Whether a plan or effort word sits in a belief: "believes X has the best plan to"."""
    opinions = lemma_set("opinion")
    node = word
    for _ in range(8):
        if node.head.i == node.i:
            return False
        if node.dep_ in {"ccomp", "xcomp"} and node.head.lemma_.lower() in opinions:
            return True
        node = node.head
    return False
