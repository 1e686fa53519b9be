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
- rhetoric, from ``questions/rhetoric.txt`` ("will stop at nothing");
- permission granted by a ruling ("the court ruled they may now worship");
- a plan inside someone's belief ("believes she has the best plan to ...");
- a past habit told with "would" ("he would often walk to work");
- campaign rhetoric: a speaker's own "we will win", "make the country great
  again", from ``questions/aspiration.txt``;
- a generic person: "you", "your", an everyone-"we" ("we all", "together"),
  or the writer's own "we" or "I" outside anyone's quoted words.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.questions.cues import entry_words, lemma_set, lexicon
from briefing_tui.analysis.questions.scope import (
    clause_tokens,
    is_negated,
    quoted_region,
)
from briefing_tui.analysis.syntax import clause_subject, has_nominal_subject, tense

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
    | {"nothing", "everything", "something", "anything", "several"}
)
#: Determiners that make a noun phrase particular ("the", "this", "their" are possessives).
_SPECIFIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
#: Modals that hedge: they weigh a possibility rather than announce an outcome.
_HEDGED = frozenset({"would", "could", "might", "may", "'d"})
#: How a said clause hangs under the verb that reports it.
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis", "pcomp", "dobj"})
#: Modals with which a speaker announces or promises rather than weighs.
_PROMISING = frozenset({"will", "'ll", "shall", "wo"})
#: Words with which the writer speaks to the reader.
_SECOND_PERSON = frozenset({"you", "your", "yours"})
#: Verbs that take the reader as the one told or asked ("let me ask you").
_TELLING = frozenset({"ask", "tell", "remind", "assure", "warn", "show"})
#: Third-person pronouns that, in reported speech, may stand for the speaker.
_THIRD_PERSON = frozenset({"he", "she", "they"})
#: Dependency labels of a clause's complements that carry its point ("great", "there").
_COMPLEMENTS = frozenset({"ccomp", "oprd", "acomp", "xcomp", "attr"})


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
    if any(c.dep_ in {"amod", "det"} and c.lower_ in _GENERIC_PRONOUNS for c in subject.children):
        return False  # "many Democrats would ...", "some crops may ...": no one in particular
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
            return child.lower_ not in {"your", "one"}  # "your savings may grow": anyone's
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
    speech = lemma_set("reporting") | lemma_set("opinion") | _speech_cue_lemmas()
    node = verb
    while node.head.i != node.i:
        if node.dep_ in _CLAUSE_LINKS and node.head.lemma_.lower() in speech:
            return True
        node = node.head
    root = node
    for child in root.children:
        if child.dep_ in {"parataxis", "ccomp"} and child.lemma_.lower() in speech:
            # "..., he said": the parse hangs the reporting clause on the content; a clause
            # the content itself goes on into ("wish that they would reckon") is no aside
            before = child.left_edge.i - 1
            if before < 0 or verb.doc[before].is_punct:
                return True
    return any(t.lower_ == "according" for t in verb.sent) or _transcript_line(verb)


def _transcript_line(verb: Token) -> bool:
    """Whether ``verb``'s sentence is a transcript line: "SMITH: We will ...", "Q: ..."."""
    words = [t for t in verb.sent if not t.is_space and t.tag_ != "``"][:4]
    colon = next((i for i, t in enumerate(words) if t.text == ":"), None)
    return colon is not None and colon > 0 and all(t.is_upper for t in words[:colon])


def is_commentary(verb: Token, reported_chars: list[tuple[int, int]]) -> bool:
    """Whether a hedged modal clause is the reporter's own reading of events.

    "The plans could offer a retort to critics" and "resources could be
    better spent" weigh what something means or how it compares, in the
    article's voice: nobody in the story forecast it. The verb comes from
    ``questions/analytic.txt``, or the clause compares ("more", "better").
    """
    if modal_of(verb) not in _HEDGED or is_reported(verb, reported_chars):
        return False
    if verb.lemma_.lower() in lemma_set("analytic"):
        return True
    if modal_of(verb) in {"would", "'d"} and _imagines_a_kind(verb):
        return True  # "a trade war would hurt both sides": what any such thing would do
    graded = [verb, *(c for c in verb.children if c.dep_ in {"acomp", "attr"})]
    return any(c.tag_ in {"JJR", "RBR"} for g in graded for c in (g, *g.children) if c.i != verb.i)


def _imagines_a_kind(verb: Token) -> bool:
    """Whether an undated clause's subject is an indefinite "a/an" thing: "a tie would leave
    the ruling in place" imagines any tie; no particular event is pending.
    """
    subject = clause_subject(verb)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or is_dated(verb):
        return False
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children)


def is_record(verb: Token) -> bool:
    """Whether a "be" clause ranks its subject: "the debate will be his first against one
    rival", "she would be the second woman in the post", "the largest ever". A record
    described is a fact about the event, not an outcome to wait for.
    """
    if verb.lemma_ != "be":
        return False
    for attr in (c for c in verb.children if c.dep_ == "attr"):
        # the rank modifies the noun, or its adjective ("the *most* lasting legacy", "the
        # second-ever"); in "first-order business" it modifies "order", and ranks nothing
        ranks = [attr, *attr.children]
        ranks += [g for c in attr.children if c.pos_ in {"ADV", "ADJ"} for g in c.children]
        if any(t.ent_type_ == "ORDINAL" or t.tag_ in {"JJS", "RBS"} for t in ranks):
            return True
    return False


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


@cache
def _runs(category: str) -> tuple[tuple[str, ...], ...]:
    """The multi-word entries of a lexicon, as tuples of lemmas."""
    return tuple(
        tuple(lemma for lemma, _tag in entry_words(e)) for e in lexicon(category) if " " in e
    )


def _has_run(verb: Token, category: str) -> bool:
    """Whether ``verb``'s clause holds a multi-word entry of ``category`` as a run of lemmas."""
    entries = _runs(category)
    if not entries:
        return False
    lemmas = [t.lemma_.lower() for t in sorted(clause_tokens(verb), key=lambda t: t.i)]
    for entry in entries:
        size = len(entry)
        if any(tuple(lemmas[i : i + size]) == entry for i in range(len(lemmas) - size + 1)):
            return True
    return False


def is_habitual(verb: Token) -> bool:
    """Whether a "would" clause tells a past habit: "he would often walk to work".

    A frequency adverb ("often", from ``questions/habitual.txt``), "every" or
    "each" with a time noun, a "whenever" clause, a "when" clause told in the
    past, or a phrase that sets the scene in the past ("back then", "as a
    child") turns "would" into "used to".
    """
    if modal_of(verb) not in {"would", "'d"}:
        return False
    frequent = lemma_set("habitual")
    for child in verb.children:
        if child.dep_ == "advmod" and child.lemma_.lower() in frequent:
            return True
        if child.dep_ in {"npadvmod", "advmod"} and any(
            g.dep_ == "det" and g.lower_ in {"every", "each"} for g in child.children
        ):
            return True  # "every morning", "each week"
        if child.dep_ == "advcl":
            opener = {g.lower_ for g in child.children if g.i < child.i and g.tag_ in {"WRB", "IN"}}
            if "whenever" in opener or ("when" in opener and tense(child) == "past"):
                return True
    return _has_run(verb, "habitual")


def is_aspirational(verb: Token) -> bool:
    """Whether a clause's predicate rallies rather than plans: "win", "defeat", "great again".

    The verb, its adverbs and its complement ("make the country *great*
    *again*", "get there *together*") are checked against
    ``questions/aspiration.txt``.
    """
    words = lemma_set("aspiration")
    nodes = [verb, *(c for c in verb.children if c.dep_ in _COMPLEMENTS)]
    for node in nodes:
        if node.lemma_.lower() in words:
            return True
        if any(c.dep_ == "advmod" and c.lemma_.lower() in words for c in node.children):
            return True
    return False


def _speaker_of(verb: Token) -> Token | None:
    """The subject of the reporting verb that ``verb``'s clause hangs under, if any."""
    speech = lemma_set("reporting") | _speech_cue_lemmas()
    node = verb
    for _ in range(6):
        if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in speech:
            return clause_subject(node)
    return None


def speaks_for_self(
    subject: Token | None, verb: Token, reported_chars: list[tuple[int, int]]
) -> bool:
    """Whether a clause is its speaker's word about themselves.

    "I" or "we" in someone's quoted or reported words, or a "he", "she" or
    "they" under a reporting verb whose subject is a name or a noun ("the
    candidate said he will win").
    """
    if subject is None:
        return False
    if subject.lower_ in {"i", "we"}:
        return is_reported(verb, reported_chars)
    if subject.lower_ not in _THIRD_PERSON:
        return False
    speaker = _speaker_of(verb)
    return speaker is not None and (
        speaker.pos_ in {"PROPN", "NOUN"} or speaker.lower_ == subject.lower_
    )


def is_campaign_rhetoric(
    verb: Token, subject: Token | None, reported_chars: list[tuple[int, int]]
) -> bool:
    """Whether a "will" clause is a speaker's rallying promise: "We will win", "we will
    make this country great again", "he said he will defeat them".

    A promise of that kind about the speaker's own side cannot be followed up
    as an outcome; a plain plan ("we will appeal the ruling") still can.
    """
    return (
        modal_of(verb) in _PROMISING
        and speaks_for_self(subject, verb, reported_chars)
        and is_aspirational(verb)
    )


def _addresses_reader(verb: Token) -> bool:
    """Whether ``verb``'s clause (without clauses joined to it) says "you" or "your"."""
    own = [verb]
    while own:
        node = own.pop()
        told = node.dep_ in {"dative", "dobj"} and node.head.lemma_.lower() in _TELLING
        if node.lower_ in _SECOND_PERSON and not told:
            return True  # "let me ask you, ...": a way of speaking, not advice
        for child in node.children:
            separate = child.dep_ in {"conj", "parataxis"} and has_nominal_subject(child)
            if not separate:
                own.append(child)
    return False


def is_generic_person(
    subject: Token | None, verb: Token, reported_chars: list[tuple[int, int]]
) -> bool:
    """Whether the subject is anyone at all rather than a party to the story.

    "You" and "your ...", a "we" that takes in everyone ("we all", "all of
    us", "together", "as a nation", from ``questions/inclusive.txt``), the
    writer's own "we" or "I" in a clause nobody is quoted as saying, and any
    clause in the article's own voice that speaks to the reader ("you", "your").
    """
    if subject is not None and (
        subject.lower_ == "you"
        or any(c.dep_ == "poss" and c.lower_ == "your" for c in subject.children)
    ):
        return True
    first_person = subject is not None and subject.lower_ in {"we", "i"}
    if not first_person and not _addresses_reader(verb):
        return False
    if not is_reported(verb, reported_chars):
        # "we might wish ...", "borrowing against your home may be a good way to ...":
        # the writer speaking to the reader
        return True
    if subject is None or subject.lower_ != "we":
        return False
    inclusive = lemma_set("inclusive")
    beside = [*subject.children, *(c for c in verb.children if c.dep_ in {"advmod", "npadvmod"})]
    if any(t.lemma_.lower() in inclusive for t in beside):
        return True
    return _has_run(verb, "inclusive")


def _speech_cue_lemmas() -> frozenset[str]:
    """The verbs that attribute speech in the claims' cue lexicon."""
    return data_files.first_words(data_files.CUE_VERBS)
