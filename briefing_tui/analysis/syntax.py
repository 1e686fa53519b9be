"""Reading the dependency parse: subjects, tense and voice, shared by the three analyses.

Two questions about a verb's subject have two answers, and so two functions:

* ``clause_subject`` is the grammatical subject of the verb's clause, the
  expletive "it"/"there" included, looked for up xcomp and conj chains (and,
  from a non-finite verb, acl and advcl ones). The questions analysis phrases
  a question about the clause around it ("Will it rain?").
* ``doer_of`` is the word naming who does the verb: a subject borrowed along
  more kinds of chain, the noun a participle describes ("a statement saying
  ..."), the doer of the verb a gerund adjunct hangs on ("responded by saying
  ..."), or a name written right before a verb the parser left without a
  subject. The claims analysis needs a speaker even where the grammar gives none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from briefing_tui.analysis.datelines import dateline_at

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

Tense = Literal["past", "present", "modal"]

#: Penn tags of a finite verb or a modal: a clause of its own, that states something.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Dependency labels of a noun phrase that is a verb's subject.
NOMINAL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: ... and of anything that fills the subject slot of a clause, expletives included.
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
#: Dependency labels of a subject that can name a doer (an expletive names none).
DOER_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: How a verb without its own subject borrows the doer of the verb it hangs on.
BORROW_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "parataxis"})
#: Prepositions whose gerund shares the subject of the verb they modify ("after saying ...").
#: Not "from" or "against": "barred them from saying" has another subject.
ADJUNCT_PREPOSITIONS = frozenset(
    {
        "by",
        "after",
        "before",
        "since",
        "despite",
        "while",
        "whilst",
        "when",
        "upon",
        "on",
        "in",
        "without",
    }
)


def nominal_subject(verb: Token) -> Token | None:
    """``verb``'s own noun-phrase subject (active or passive), if written; None otherwise."""
    return next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)


def has_nominal_subject(verb: Token) -> bool:
    """Whether ``verb`` has a noun phrase of its own as subject."""
    return any(child.dep_ in NOMINAL_SUBJECT_DEPS for child in verb.children)


def tense(verb: Token) -> Tense | None:
    """The tense the clause of ``verb`` is written in, or None for a non-finite clause."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return "modal"
    finite = [a for a in auxiliaries if a.tag_ in {"VBD", "VBZ", "VBP"}]
    tag = finite[0].tag_ if finite else verb.tag_
    if tag == "VBD":
        return "past"
    if tag in {"VBZ", "VBP"}:
        return "present"
    return None


def partitive_noun(number: Token) -> Token | None:
    """The noun a number counts out of, where the number heads an "of" phrase: "shells" of
    "at least one of the shells", "members" of "two of its members"; None otherwise."""
    if number.pos_ != "NUM" and not number.like_num:
        return None
    for prep in number.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ in {"NOUN", "PROPN"}:
                return noun
    return None


def clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb``'s clause, looking through xcomp and conj chains."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in CLAUSE_SUBJECT_DEPS]
        if subjects:
            # "The largest of them, this addition will ...": of two, the one next to the verb
            before = [c for c in subjects if c.i < node.i]
            return before[-1] if len(subjects) > 1 and before else subjects[0]
        non_finite = tense(node) is None
        climbs = {"xcomp", "conj", "acl", "advcl"} if non_finite else {"xcomp", "conj"}
        if node.dep_ in climbs and node.head.i != node.i:
            node = node.head
            continue
        break
    return None


def doer_of(verb: Token) -> Token | None:
    """The word naming who does ``verb``: its own subject, else one borrowed along its chain.

    When the parser found none, a name or pronoun right before the verb
    ("... the Washington Post Trump said") is taken for it.
    """
    found = _chained_doer(verb)
    if found is None and verb.i > 0 and not verb.is_sent_start:
        previous = verb.doc[verb.i - 1]
        if previous.pos_ in {"PROPN", "PRON"} and previous.dep_ not in DOER_SUBJECT_DEPS:
            return previous
    return found


#: Dependencies of a noun that is the object or predicate of another verb.
_OBJECT_DEPS = frozenset({"attr", "dobj", "pobj", "oprd", "dative"})


def _chained_doer(verb: Token) -> Token | None:
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in DOER_SUBJECT_DEPS]
        if subjects:
            return min(subjects, key=lambda s: abs(s.i - current.i))
        if current.dep_ == "acl" and current.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            if current.tag_ == "VBD" and current.head.dep_ in _OBJECT_DEPS:
                # "Dorn, whose party is the largest group, called ...": a finite past read
                # as a clause on the object of another verb; that object does not speak
                return None
            return current.head  # "a statement saying ...": the noun speaks
        if _in_adjunct(current):
            current = current.head.head  # "responded by saying ...": the responder says it
            continue
        if _in_exception(current):
            current = current.head.head.head  # "refused ..., aside from saying ...": the refuser
            continue
        if current.dep_ not in BORROW_DEPS or current.head is current:
            return None
        current = current.head
    return None


def _in_adjunct(verb: Token) -> bool:
    """A gerund in a prepositional adjunct of a verb: "by saying", "despite admitting"."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and prep.lower_ in ADJUNCT_PREPOSITIONS
        and verb.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.head is not prep
        and prep.head.pos_ in {"VERB", "AUX"}
    )


#: Adverbs that make "from" a preposition of exception ("aside from", "apart from").
_EXCEPTION_ADVERBS = frozenset({"aside", "apart"})


def _in_exception(verb: Token) -> bool:
    """A gerund after "aside from" or "apart from" on a verb ("declined to discuss it, aside
    from saying ..."): an exception to what that verb's subject did, done by that subject.
    Bare "from" is not one ("barred them from saying" has another subject)."""
    prep = verb.head
    adverb = prep.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.lower_ == "from"
        and prep.dep_ == "prep"
        and adverb.lower_ in _EXCEPTION_ADVERBS
        and adverb.head is not adverb
        and adverb.head.pos_ in {"VERB", "AUX"}
    )


def owner_words(noun: Token, preps: Collection[str], *, named_only: bool = False) -> list[Token]:
    """The words that write whose ``noun`` is (a spokesperson, an office): its possessor
    ("Lund's office"), a word before it that modifies it ("a WHO spokesperson"; with
    ``named_only`` a name only: "Velo lawyer Ann Lee"), and the object of one of ``preps``
    after it ("a spokesman for the president", "the director of the office")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [
        c
        for c in noun.children
        if c.dep_ == "compound" and c.i < noun.i and (c.pos_ == "PROPN" or not named_only)
    ]
    owners += [
        o
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return owners


#: Dependencies of a speech verb's reported clause, and of a speech verb set after the
#: clause it reports ("Acme has acted, the company said": the parse may hang "said" on it).
_REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
#: Words a bare description of a body may hold before its noun ("the federal regulator").
_DESCRIPTION_DEPS = frozenset({"det", "amod", "compound", "punct", "npadvmod"})


def restated_subject(noun: Token) -> Token | None:
    """The named subject of the clause a description speaks after, which the description
    restates: "Harlow Freight has asked the court ..., the company said" gives "Freight".

    ``noun`` must be the subject of the speech verb, written "the" and words before it
    only (no owner, number or phrase after it), and after the clause it reports; the
    clause's one subject must be a proper noun. The caller checks what the name is.
    """
    if noun.dep_ not in NOMINAL_SUBJECT_DEPS or noun.tag_ != "NN":
        return None
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    if dets != ["the"] or any(
        c.dep_ not in _DESCRIPTION_DEPS or c.i > noun.i for c in noun.children
    ):
        return None
    verb = noun.head
    clauses = [c for c in verb.children if c.dep_ in _REPORTED_CLAUSE_DEPS and c.i < noun.i]
    if verb.dep_ in _REPORTED_CLAUSE_DEPS and verb.head.i < noun.i:
        clauses.append(verb.head)
    if len(clauses) != 1:
        return None
    subjects = [c for c in clauses[0].children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or subjects[0].i > noun.i:
        return None
    subject = subjects[0]
    if dateline_at(noun.doc, subject.idx) is not None:
        # "BRUSSELS — Vantix, the delivery platform, has asked ...": the parse takes the
        # dateline for the subject and the name for its apposition
        names = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        return names[0] if len(names) == 1 else None
    return subject
