"""Second halves of a complement clause that the parse hung on the cue itself.

"said the bridge was safer and, above all, would cost less" and "claims that her
car was taken and she was forced to walk": the part after "and" belongs to what
was said, but the parser makes it a second complement or a conjunct of the cue
verb, so the content stopped at "and".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.cues import cue_table
from briefing_tui.analysis.doctext import char_span
from briefing_tui.analysis.syntax import has_nominal_subject, tense
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.claims.draft import Draft

_JOINERS = frozenset({"and", "but", "or"})
_VERBAL = frozenset({"VERB", "AUX"})


def coordinated_end(verb: Token, clause: Token, end: int) -> int:
    """The end (token index) of the content ``clause`` of cue ``verb``, run on over a
    later part the parser hung on the cue: a second complement without a subject of its
    own ("..., and would cost less"), or a conjunct clause with its own subject in the
    past under a cue in the present ("claims that X was taken and she was forced ...":
    what she claims now about then; "said that X failed and he resigned" stays the
    writer's). A part that is itself a cue ("and said ...") is a statement of its own.
    """
    for other in sorted(verb.children, key=lambda c: c.i):
        if other.i < end or other.pos_ not in _VERBAL:
            continue
        backshifted = _backshifted_perfect(verb, clause, other)
        if _is_cue(other) and not backshifted:
            continue
        if not _joined(verb, clause, end, other):
            break
        if not (_second_complement(other) or _reported_conjunct(verb, other) or backshifted):
            break
        end = other.right_edge.i + 1
    return end


def corrects_a_negation(clause: Token, other: Token) -> bool:
    """Whether ``other`` is the "but" half of a "not A but B" the clause states: a negated
    reported clause and a conjunct with no subject of its own after "but" ("residents were
    not opposed to housing but wanted lower buildings"). The two halves are one position,
    and its first half alone reads the other way round."""
    if not any(c.dep_ == "neg" for c in clause.children) or has_nominal_subject(other):
        return False
    joiners = [c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < other.i]
    return bool(joiners) and joiners[-1].lower_ == "but"


#: Dependencies of what an active verb of the speaker's own takes: an object, a clause,
#: a subject or an auxiliary of its own ("and urged workers to stay", "and added that").
_OWN_TAKES = frozenset(
    {"dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "nsubj", "aux", "auxpass", "neg"}
)


def shares_passive(clause: Token, other: Token) -> bool:
    """Whether ``other``, joined to a passive ``clause``, is a second participle of that
    passive: "the seals had been noted and explained in the protocols" (explained by
    whom noted them), not the reporter's next act ("... was closed and urged workers to
    stay home"), which takes an object or a clause of its own."""
    if not any(c.dep_ == "auxpass" for c in clause.children):
        return False
    return not any(c.dep_ in _OWN_TAKES for c in other.children)


#: Stances of a cue that says what its subject thinks or means to do.
INNER_STANCES = frozenset({"belief", "intention"})
#: Subjects that stand for the speaker in what the speaker says of itself.
SELF_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})


def states_a_state(root: Token) -> bool:
    """A copula or a passive: "were ineligible", "were devastated"."""
    if root.lemma_ == "be" and any(c.dep_ in {"acomp", "attr"} for c in root.children):
        return True
    return any(c.dep_ in {"auxpass", "cop"} for c in root.children)


def thinks_on(clause: Token, other: Token) -> bool:
    """Whether ``other`` goes on with what a pronoun subject thinks or means to do ("said
    it was pleased with the ruling and expected to start work in the spring"): a cue of
    belief or intention joined to a clause whose subject is a pronoun for the speaker,
    who is then the one who expects either way, and whose expecting was said with it."""
    if not any(c.stance in INNER_STANCES for c in cue_table().get(other.lemma_.lower(), ())):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and subjects[0].lower_ in SELF_PRONOUNS


def _second_complement(other: Token) -> bool:
    """ "..., and would cost less": a complement sharing the first one's subject."""
    return other.dep_ == "ccomp" and not has_nominal_subject(other)


def _reported_conjunct(verb: Token, other: Token) -> bool:
    """ "claims that X was taken and she was forced": a past clause under a present cue."""
    return (
        other.dep_ == "conj"
        and has_nominal_subject(other)
        and tense(verb) == "present"
        and tense(other) == "past"
    )


def _backshifted_perfect(verb: Token, clause: Token, other: Token) -> bool:
    """ "told the jury that he had relied on the team and had never asked anyone to ...": a
    conjunct with no subject of its own and a "had" of its own, hung on a cue in the simple
    past whose clause is in the past perfect too, is that clause backshifted with it (the
    reporter's own next act would be told in the cue's simple past)."""
    return (
        other.dep_ == "conj"
        and not has_nominal_subject(other)
        and _perfect(other)
        and _perfect(clause)
        and not _perfect(verb)
        and tense(verb) == "past"
    )


def _perfect(verb: Token) -> bool:
    """Whether a verb has a "had" of its own before it."""
    return any(c.dep_ == "aux" and c.lower_ == "had" and c.i < verb.i for c in verb.children)


def _joined(verb: Token, clause: Token, end: int, other: Token) -> bool:
    """Whether "and", "but" or "or" joins ``other`` to the clause: a conjunction of the
    cue between them, or one left dangling at the clause's end ("... the old one and,
    even more important, ...") with no sentence break in between."""
    doc = verb.doc
    gap = doc[end : other.left_edge.i]
    if any(t.text in {";", ":", "."} or "\n" in t.text for t in gap):
        return False
    if any(t.dep_ == "cc" and t.lower_ in _JOINERS and t.head.i == verb.i for t in gap):
        return not any(t.text == "," for t in gap)
    dangling = [
        t
        for t in doc[clause.i : end]
        if t.dep_ == "cc"
        and t.lower_ in _JOINERS
        and not any(c.dep_ == "conj" for c in t.head.children)
    ]
    return bool(dangling) and (other.dep_ == "ccomp" or _backshifted_perfect(verb, clause, other))


def _is_cue(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in cue_table()


#: Modals of a future told in reported speech ("said it ... and would decide").
_BACKSHIFTED = frozenset({"would", "could", "might", "should"})


#: Past forms of "be" that make a progressive of reported speech ("and was reviewing").
_PAST_BE = frozenset({"was", "were"})


def _reported_aspect(verb: Token) -> bool:
    """A modal of reported speech ("would decide") or a past progressive ("was
    reviewing"): a conjunct in the tense of what was said, not the reporter's next act
    (which is told in the simple past, "and urged ...")."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if any(c.lower_ in _BACKSHIFTED for c in auxiliaries):
        return True
    return verb.tag_ == "VBG" and any(c.lower_ in _PAST_BE for c in auxiliaries)


def with_backshifted_conjunct(doc: Doc, draft: Draft) -> None:
    """ "said that it was studying the ruling and would decide whether to join the
    appeal" (or "..., and would decide", "... and was reviewing the data"): a conjunct
    of the past cue with no subject and a modal or progressive of reported speech is
    the rest of what was said, when the content's subject is a pronoun that can be
    the speaker too ("said the cranes were safe and would announce ..." stays cut)."""
    if draft.kind not in (ClaimKind.INDIRECT, ClaimKind.MIXED):
        return
    content = char_span(doc, *draft.content)
    if content is None or content.end >= len(doc):
        return
    after = content.end
    while after < len(doc) and (
        doc[after].is_quote or doc[after].is_space or doc[after].text == ","
    ):
        after += 1  # '..." and would', '..., and would'
    if after >= len(doc) or doc[after].dep_ != "cc" or doc[after].lower_ not in _JOINERS:
        return
    cue = doc[after].head
    if cue.i >= content.start or cue.pos_ != "VERB" or tense(cue) != "past":
        return
    other = next((c for c in cue.children if c.dep_ == "conj" and c.i > after), None)
    if other is None or other.pos_ not in _VERBAL:
        return
    if has_nominal_subject(other) or not _reported_aspect(other):
        return
    subjects = [t for t in content if t.dep_ in ("nsubj", "nsubjpass") and t.head.i != cue.i]
    if not subjects or subjects[0].pos_ != "PRON":
        return  # "said the cranes were safe and would announce ...": the cue's subject acts
    last = other.right_edge
    while last.i > other.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    draft.content = (draft.content[0], last.idx + len(last.text))
