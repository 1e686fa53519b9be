"""A reported "would" that still looks ahead: "the ministry said it would review the rules".

A modal told under a past reporting verb is vetoed as ``reported-past`` unless something
dates it ahead. In news a party's move told that way ("the ministry said it would review
the rules", "the firm said it had hired auditors and would review its rules") is
still to come at the article's time unless the article tells that it happened, which the
forecast rule's ``settled-later`` check reads. ``reported_forecast`` tells such a "would"
from the rest, which stay vetoed:

- it is the main verb of the reported clause: the complement of a verb of telling
  (``telling_ahead``) told in the past in a main clause, or a conjunct of that complement
  or of the telling verb itself ("said ..., adding that", "said in a statement that");
  not a relative clause, a noun's complement, a condition, a comparison, a progressive or
  perfect ("would be steadying", "would have acted"), nor a "would" inside a quote;
- its verb is a move, not a state or an effect (``reported_states``), and not negated;
  a concrete act of ``pledged_acts`` is the pledge family's to ask;
- no year dates the telling or the move ("said in 2010 that it would appeal").

``reported_subject`` gives who makes the move: the reported clause's own subject, and for
a predicate coordinated with the telling verb ("the ministry said the firm had hired
auditors and would review ...") the subject of the first reported conjunct, not the
speaker. ``reported_party`` keeps the move only when that subject is a party of the story
(its head word an actor's mention, not "her priority"; a "the party" tied to another
actor than the one its speaker speaks for is not trusted; or a pronoun that agrees with
the actor who speaks: "the ministry said *it* would", "Ms Lee said *she* would", not "her
lawyer said she would"), or a definite thing a passive move is done to ("said
the advisory would be reviewed"); a move of "some", "no aircraft" or "economists" stays
vetoed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.scope import is_negated, quoted_region
from briefing_tui.analysis.syntax import clause_subject, nominal_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The forms of "would": the only modal whose reported use pledges a move ("could" and
#: "might" under "said" hedge a possibility).
_WOULD = frozenset({"would", "'d", "\u2019d"})
#: Where a verb of telling stands in a main clause ("said", "..., and said").
_MAIN = frozenset({"ROOT", "conj"})
#: Pronouns that stand for a speaking body ("the ministry said it would"), and for a
#: speaking person ("Ms Lee said she would").
_BODY_PRONOUNS = frozenset({"it", "they", "we"})
_PERSON_PRONOUNS = frozenset({"he", "she", "i"})
#: Subordinators of a condition, read by the condition families, not here.
_CONDITION_MARKS = frozenset({"if", "unless"})
#: Subjects that name no one ("there would be").
_EXPLETIVES = frozenset({"there"})


def telling_verb(verb: Token) -> Token | None:
    """The verb of telling that reports ``verb``'s clause, or None: its head when ``verb``
    is its complement, through a chain of conjuncts ("said it would X and would Y"), or the
    telling verb itself when ``verb`` is coordinated with it after its complement."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in lemma_set("telling_ahead") and _complement_before(node, verb):
            return node  # "said the firm had hired auditors and would publish ..."
    if node.dep_ == "acl" and _in_a_statement(node):
        head = node.head.head.head  # "said in a statement that it would ..."
    elif node.dep_ == "ccomp" and node.head.i != node.i:
        head = node.head
    else:
        return None
    return head if head.lemma_.lower() in lemma_set("telling_ahead") else None


def _in_a_statement(clause: Token) -> bool:
    """ "said in a statement that it would appeal": the parse hangs the "that" clause on the
    noun of the phrase that tells where it was said, not on the verb of telling."""
    noun, prep = clause.head, clause.head.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _complement_before(telling: Token, verb: Token) -> Token | None:
    """The clause ``telling`` reports that comes before ``verb``, or None."""
    return next((c for c in telling.children if c.dep_ == "ccomp" and c.i < verb.i), None)


def reported_subject(verb: Token) -> Token | None:
    """Who does ``verb``, a predicate in reported speech: its own subject, the subject of
    the conjunct it shares one with, or, for a predicate coordinated with the telling verb
    itself, the subject of the clause that verb reports; None for "there"."""
    own = nominal_subject(verb)
    if own is None:
        telling = telling_verb(verb)
        node = verb
        while node.dep_ == "conj" and node.head.i != node.i and node.head != telling:
            node = node.head
        if telling is not None and node.head == telling and node.dep_ == "conj":
            first = _complement_before(telling, verb)
            own = clause_subject(first) if first is not None else None
        else:
            own = clause_subject(verb)
    if own is None or own.lower_ in _EXPLETIVES:
        return None
    return own


def reported_forecast(modal: Token) -> Token | None:
    """The subject of the move a reported "would" forecasts ("the union said it would
    strike": "it"), or None when the "would" tells a past stance, a state or a habit and
    the ``reported-past`` veto stands."""
    if modal.lower_ not in _WOULD or modal.dep_ != "aux" or modal.head.i == modal.i:
        return None
    verb = modal.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in lemma_set("reported_states"):
        return None
    if verb.lemma_.lower() in lemma_set("pledged_acts"):
        return None  # "said she would veto it": the pledge family asks it, by name
    if is_negated(verb) or quoted_region(modal) is not None:
        return None  # "said it would 'defend' the case" quotes a word; the "would" is told
    if any(c.dep_ == "aux" and c.lemma_ in {"have", "be"} for c in verb.children):
        return None  # "said it would have acted" looks back; "would be steadying" describes
    if any(c.lower_ == "than" for c in verb.children) or _on_condition(verb):
        return None  # a comparison; a condition, which the condition families read
    telling = telling_verb(verb)
    if telling is None or not _told_in_past(telling):
        return None
    if any(_dates(year, (verb, telling)) for year in verb.sent if _is_year(year)):
        return None  # "said in 2010 that it would appeal": a year gone by
    return reported_subject(verb)


def _is_year(token: Token) -> bool:
    return token.ent_type_ == "DATE" and token.like_num and len(token.text) == 4


def _dates(year: Token, verbs: tuple[Token, ...]) -> bool:
    """Whether ``year`` dates one of ``verbs`` (the first verb above it is one: "said in
    2010", "would appeal the 2010 ruling"), not a clause of its own ("incidents that
    happened in 2023")."""
    node = year
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return any(node.i == v.i for v in verbs)
    return False


def _on_condition(verb: Token) -> bool:
    """Whether an "if"/"unless" clause hangs on ``verb``."""
    return any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


def reported_party(
    subject: Token, actor_at: Mapping[int, str], people: frozenset[str]
) -> Token | None:
    """The word naming the party a reported move is asked of, or None when it names none.

    ``subject`` (from ``reported_subject``) itself when its head word is an actor's
    mention (not "her priority", whose "her" is one); for a pronoun no actor was tied to,
    the actor's word in the speaker's phrase that it agrees with ("a spokeswoman for the
    bureau said it would": "bureau"); for the subject of a passive move, a definite noun
    ("the advisory")."""
    if subject.i in actor_at:  # "her priority" is no actor because "her" is one
        return None if _another_owner(subject, actor_at) else subject
    if subject.pos_ == "PRON":
        return _speaker_meant(subject, actor_at, people)
    verb = subject.head
    passive = subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    return subject if passive and definite and subject.pos_ == "NOUN" else None


def _speaker_meant(
    pronoun: Token, actor_at: Mapping[int, str], people: frozenset[str]
) -> Token | None:
    """The word of the speaker's phrase naming the actor ``pronoun`` stands for: a body for
    "it", "they", "we", a person for "he", "she", "I"; None when none agrees."""
    telling = telling_verb(pronoun.head)
    speaker = speaker_of(telling) if telling is not None else None
    if speaker is None:
        return None
    person = pronoun.lower_ in _PERSON_PRONOUNS
    if not person and pronoun.lower_ not in _BODY_PRONOUNS:
        return None
    if person and _speaks_for_another(speaker):
        return None  # "her lawyer said she would appeal": "she" is not the lawyer
    if not person and _thing_between(telling, pronoun):
        return None  # "the council said the bill was ready and it would pass": "it" is the bill
    phrase = sorted(speaker.subtree, key=lambda t: (t.i != speaker.i, t.i))
    for token in phrase:
        actor = actor_at.get(token.i)
        if actor is not None and (actor in people) == person:
            return token
    return None


def _speaks_for_another(speaker: Token) -> bool:
    """Whether the speaker's phrase names another party it speaks for: "her lawyer", "a
    spokesman for the minister", "the union's leader"."""
    return _owner(speaker) is not None


def _owner(speaker: Token) -> Token | None:
    """The party the speaker speaks for ("*its* leader", "a spokesman *for the ministry*",
    "the head *of the union*"), or None."""
    for child in speaker.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in {"for", "of"}:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _another_owner(subject: Token, actor_at: Mapping[int, str]) -> bool:
    """Whether "the party" in "its leader said the party would decide" was tied to another
    actor than the one the speaker speaks for: the reference is the speaker's own party, and
    a different tie (or none for "its") is not to be trusted. A name is its own party."""
    if subject.pos_ != "NOUN":
        return False
    telling = telling_verb(subject.head)
    speaker = speaker_of(telling) if telling is not None else None
    owner = _owner(speaker) if speaker is not None else None
    if owner is None:
        return False
    owners = {actor_at[t.i] for t in owner.subtree if t.i in actor_at}
    tied = {actor_at[t.i] for t in subject.subtree if t.i in actor_at}
    return not owners & tied


def _told_in_past(telling: Token) -> bool:
    """Whether a verb of telling is a main clause's past ("said", "..., and said") or adds
    to one ("he said it had closed two plants, adding that it would ...")."""
    main = _main_telling(telling)
    return main is not None and main.tag_ == "VBD" and main.dep_ in _MAIN


def _main_telling(telling: Token) -> Token | None:
    """The main clause's verb a verb of telling is or adds to: "said" itself, or "said" for
    the "adding" of "said ..., adding that" (hung on it or on the clause it reports)."""
    if telling.tag_ != "VBG":
        return telling
    if telling.dep_ != "advcl":
        return None
    head = telling.head
    if head.dep_ == "ccomp" and head.head.i != head.i:
        head = head.head  # "said it had closed two plants, adding that ..."
    return head if head.lemma_.lower() in lemma_set("telling_ahead") else None


def speaker_of(telling: Token) -> Token | None:
    """The subject of the main verb of telling: who speaks."""
    main = _main_telling(telling)
    return clause_subject(main) if main is not None else None


#: The tags of a noun a body's "it" may stand for, and of one "they" may.
_SINGULAR_NOUNS = frozenset({"NN", "NNP"})
_PLURAL_NOUNS = frozenset({"NNS", "NNPS"})


def _thing_between(telling: Token, pronoun: Token) -> bool:
    """Whether a noun of the pronoun's number stands between the verb of telling and the
    pronoun (not a date): the pronoun may stand for it rather than for the speaker."""
    tags = _PLURAL_NOUNS if pronoun.lower_ in {"they", "we"} else _SINGULAR_NOUNS
    start, end = sorted((telling.i, pronoun.i))
    return any(
        t.tag_ in tags and t.ent_type_ not in {"DATE", "TIME"} for t in pronoun.doc[start + 1 : end]
    )
