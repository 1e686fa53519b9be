"""Speakers of cue verbs whose subject the parse put in the wrong place.

Four constructions the parser often gets wrong, each read from the word order and
the verb's form rather than from the tree alone:

* "... mishandled the inquiry and Democrats accused the GOP of ...": a noun right
  after "and" and right before a finite cue without a subject of its own was read as
  a second object; it is the cue's subject (``noun_before_cue``).
* "... despite a few senators now saying they ...", "with officials saying ...": a
  participle after the object of "with", "despite", "without" or "amid" says what
  that object says, not what the main clause's subject says (``absolute_subject``).
* "They claimed Ruiz was a volunteer and claim she ...": a cue joined to the reported
  clause borrows that clause's subject ("Ruiz"), but its form cannot agree with it
  (a plural verb after a singular subject, or the reverse); the speaker is the
  reporting verb's subject, when that one agrees (``disagreeing_conjunct``).

* "... has attacked her since Lee, at the debate, cited ...": a subordinator read as a
  preposition, its clause's subject as that preposition's object and its finite verb
  as a second verb of the main clause with no "and"; the "object" is the cue's subject
  (``subordinated_subject``).

Each returns the word that names the speaker, or None when the construction is not
there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.cues import cue_table

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependencies of a verb's own subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: Tags of a finite verb that can take a subject.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Prepositions that open an absolute construction: "with officials saying ...".
_ABSOLUTE_PREPS = frozenset({"with", "despite", "without", "amid"})
#: Conjunctions between a clause and a second clause whose subject the parse lost.
_JOINERS = frozenset({"and", "but"})
_NOUNS = frozenset({"NOUN", "PROPN"})
#: A verb's objects and complements: a verb with one needs no object from what follows.
_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "dative"})
#: Pronouns by grammatical number.
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
_PLURAL_PRONOUNS = frozenset({"they", "we"})
#: The parse's tags of nouns by number.
_SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
_PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def noun_before_cue(verb: Token) -> Token | None:
    """ "X mishandled the inquiry and Democrats accused ...": the noun the parse made a
    conjunct of an earlier object, written right before a finite cue with no subject; or
    made the conjunct of a subject "the inquiry and Democrats" whose first part is the
    object the verb before it lacks."""
    if verb.tag_ not in _FINITE or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if _own_subject(verb):
        return _object_read_as_subject(verb, noun)
    if noun.pos_ not in _NOUNS or noun.dep_ != "conj" or noun.head.i >= noun.i:
        return None
    if noun.head.i == verb.i or any(a.i == noun.i for a in verb.ancestors):
        return None
    joined = [t for t in verb.doc[noun.head.i + 1 : noun.left_edge.i] if t.lower_ in _JOINERS]
    if not joined or joined[-1].i != noun.left_edge.i - 1:
        return None  # "and" must open the noun's own phrase
    return noun


def _object_read_as_subject(verb: Token, noun: Token) -> Token | None:
    """ "mishandled the inquiry and Democrats accused": the cue's subject is a coordination
    whose first part follows, with nothing between, a verb that has no object of its own
    and reports nothing (so "said the inquiry and Democrats erred" keeps both)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or noun.pos_ not in _NOUNS or noun.dep_ != "conj":
        return None
    first = subjects[0]
    if noun.head.i != first.i or first.left_edge.i == 0:
        return None
    joined = verb.doc[noun.left_edge.i - 1]
    before = verb.doc[first.left_edge.i - 1]
    if joined.lower_ not in _JOINERS or before.pos_ != "VERB" or before.tag_ not in _FINITE:
        return None
    if before.lemma_.lower() in cue_table() or any(c.dep_ in _OBJECT_DEPS for c in before.children):
        return None
    return noun


def absolute_subject(verb: Token) -> Token | None:
    """ "despite a few senators, such as Ann Lee, now saying ...": the object of "with",
    "despite", "without" or "amid" that a subjectless participle cue follows."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp"} or _own_subject(verb):
        return None
    main = verb.head
    for prep in main.children:
        if prep.dep_ != "prep" or prep.lower_ not in _ABSOLUTE_PREPS or prep.i > verb.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ not in _NOUNS | {"PRON"}:
                continue
            between = verb.doc[obj.right_edge.i + 1 : verb.i]
            if all(t.is_punct or t.pos_ == "ADV" for t in between):
                return obj
    return None


def _number(token: Token) -> str | None:
    """ "singular", "plural" or None (unknown) for a subject word."""
    word = token.lower_
    if word in _SINGULAR_PRONOUNS or token.tag_ in _SINGULAR_NOUN_TAGS:
        if any(c.dep_ == "conj" for c in token.children):
            return "plural"  # "Ruiz and Lee"
        return "singular"
    if word in _PLURAL_PRONOUNS or token.tag_ in _PLURAL_NOUN_TAGS:
        return "plural"
    return None


def _verb_number(verb: Token) -> str | None:
    """The subject number a present-tense verb form demands; None for other forms."""
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    if verb.tag_ == "VBZ":
        return "singular"
    if verb.tag_ in {"VBP", "VB"}:
        return "plural"
    return None


def disagreeing_conjunct(verb: Token) -> Token | None:
    """ "They claimed Ruiz was a volunteer and claim she ...": the reporting verb's subject
    for a cue joined to the reported clause whose form cannot take that clause's subject."""
    clause = verb.head
    if verb.dep_ != "conj" or _own_subject(verb) or clause.dep_ != "ccomp":
        return None
    demanded = _verb_number(verb)
    borrowed = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if demanded is None or not borrowed or _number(borrowed[0]) in (None, demanded):
        return None
    if verb.tag_ == "VB" and (
        clause.tag_ not in _FINITE or any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
    ):
        return None  # "would leave and claim": the bare form shares the clause's auxiliary
    reporter = clause.head
    subjects = [c for c in reporter.children if c.dep_ == "nsubj"]
    if not subjects or _number(subjects[0]) != demanded:
        return None
    return subjects[0]


#: Subordinators the parse may read as prepositions when a name follows them ("since Lee").
_SUBORDINATORS = frozenset({"since", "after", "before", "until", "because", "once"})
#: Dependencies of an adjunct of the main verb set between a subject and its verb
#: ("since Lee, at Monday's debate, cited").
_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod"})


def subordinated_subject(verb: Token) -> Token | None:
    """ "has been attacking her since Lee, at Monday's debate, cited ...": the noun the
    parse made the object of a subordinator read as a preposition of the main verb, when
    the cue is a finite verb the parse joined to that main verb without "and" or "but"."""
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or _own_subject(verb):
        return None
    main = verb.head
    if any(c.dep_ in {"cc", "preconj"} and main.i < c.i < verb.i for c in main.children):
        return None
    for prep in main.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SUBORDINATORS:
            continue
        if not main.i < prep.i < verb.i:
            continue
        nouns = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in _NOUNS]
        if not nouns:
            continue
        between = verb.doc[nouns[0].right_edge.i + 1 : verb.i]
        if all(t.is_punct or _in_adjunct(t, main) for t in between):
            return nouns[0]
    return None


def _in_adjunct(token: Token, main: Token) -> bool:
    """Whether a word belongs to an adjunct hung on the main verb ("at the debate")."""
    return any(a.dep_ in _ADJUNCT_DEPS and a.head.i == main.i for a in (token, *token.ancestors))


def misparsed_subject(verb: Token) -> Token | None:
    """The word naming the speaker of cue ``verb`` when the parse put its subject
    elsewhere (see the module's four constructions), else None."""
    return (
        noun_before_cue(verb)
        or absolute_subject(verb)
        or disagreeing_conjunct(verb)
        or subordinated_subject(verb)
    )
