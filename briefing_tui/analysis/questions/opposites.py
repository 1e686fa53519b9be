"""Disputes between two sources stating opposite states or acts of one thing, in any sentences.

"The interior ministry said the crossing had been closed" and, later, "the
government of Lusovia said the crossing was open" dispute one matter with no
denial word: two claims by different sources whose subjects share their head
noun, one predicating a state and the other its opposite (``opposites``
lexicon) or the same state negated. Asked as "Is the Tarn border crossing
closed?", both sentences as evidence and both sources as actors.

Acts are compared the same way (``opposite_acts``): "the union said the firm
had cut wages" and, paragraphs later, "the firm said it had not cut wages"
(one doer, by actor or by head noun; one object or none; the same verb negated,
or an opposite verb such as "rise" / "fall"; not dated apart) ask "Had the firm
cut wages?", as the positive side says it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import char_span, doc_heads
from briefing_tui.analysis.questions.cues import lexicon
from briefing_tui.analysis.questions.disputes import Dispute, not_restated, same_source
from briefing_tui.analysis.questions.phrasing import statement
from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.model import Claim


@cache
def _opposite_pairs() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(line.split()) for line in lexicon("opposites"))


@cache
def _position_verbs() -> frozenset[str]:
    return frozenset(line.split()[0] for line in lexicon("positions"))


def _state(content_root: Token) -> tuple[Token, Token] | None:
    """The subject and the state a clause predicates of it ("the crossing" / "closed" in
    "the crossing had been closed", "open" in "the crossing was open"), or None."""
    verb = content_root
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    if verb.lemma_ == "be":
        state = next((c for c in verb.children if c.dep_ in {"acomp", "attr"}), None)
        return (subject, state) if state is not None and state.pos_ == "ADJ" else None
    if any(c.dep_ == "auxpass" for c in verb.children) and verb.tag_ == "VBN":
        return subject, verb  # "had been closed"
    return None


def _same_thing(first: Token, second: Token) -> bool:
    """Whether two subjects name one thing: the same head, and no modifiers that set them
    apart ("the north gate" and "the south gate" are two)."""
    if first.lemma_.lower() != second.lemma_.lower():
        return _part_named(first, second) or _part_named(second, first)
    kinds = {"compound", "amod", "nummod"}
    one = {c.lower_ for c in first.children if c.dep_ in kinds}
    other = {c.lower_ for c in second.children if c.dep_ in kinds}
    return not (one and other and one != other)


def _part_named(whole: Token, short: Token) -> bool:
    """ "the border" for "the Korday border crossing": a bare noun that is the modifier of
    the other's head, said with no modifier of its own."""
    if any(c.dep_ in {"compound", "amod", "nummod"} for c in short.children):
        return False
    return any(
        c.dep_ == "compound" and c.lemma_.lower() == short.lemma_.lower() for c in whole.children
    )


def _opposed(first: Token, second: Token) -> bool:
    one, other = first.lemma_.lower(), second.lemma_.lower()
    if one == other:
        return is_negated(first) != is_negated(second)
    return frozenset({one, other}) in _opposite_pairs()


def _phrase(subject: Token) -> str:
    words = statement(t for t in subject.subtree)[9:-1]
    return words[:1].lower() + words[1:] if subject.left_edge.pos_ == "DET" else words


def opposite_states(doc: Doc, claims: list[Claim]) -> list[Dispute]:
    """Disputes from two claims of different sources stating opposite states of one thing."""
    stated: list[tuple[Claim, Token, Token]] = []
    for claim in claims:
        if not (claim.source or claim.source_text):
            continue  # a source the article names, even one no actor stands for
        content = char_span(doc, claim.content.start, claim.content.end)
        if content is None or not len(content):
            continue
        # a quotation of several sentences states something in each ("The border is open.
        # We have seen no order ...")
        for sentence in content.sents:
            part = doc[max(sentence.start, content.start) : min(sentence.end, content.end)]
            found = _state(part.root) if len(part) else None
            if found is not None:
                stated.append((claim, *found))
                break
    disputes: list[Dispute] = []
    for index, (first, subject, state) in enumerate(stated):
        for second, other_subject, other_state in stated[index + 1 :]:
            # "The Dravian interior ministry" and "the government of Lusovia" are two sides
            # though the actors analysis gives no actor for the ministry
            if same_source(doc, first, second, by_heads=True):
                continue
            if not _same_thing(subject, other_subject):
                continue
            if not _opposed(state, other_state):
                continue
            be = "Are" if subject.tag_ in {"NNS", "NNPS"} else "Is"
            text = f"{be} {_phrase(subject)} {state.lemma_.lower()}?"
            if state.lemma_.lower() == "close":
                text = f"{be} {_phrase(subject)} closed?"
            disputes.append(
                Dispute(
                    [subject.sent, other_subject.sent],
                    None,
                    sources=[s for s in (first.source, second.source) if s],
                    claims=[c.id for c in (first, second) if c.id],
                    text=text,
                    cue=f"{state.text} / {other_state.text}",
                )
            )
    return disputes


#: Objects that point back to a thing named before ("had not paid for it").
_BACK_POINTERS = frozenset({"it", "them", "that", "this"})


def _predicates(content: Span) -> list[Token]:
    """The verbs a claim's content tells something with: each sentence's top verb and the
    verbs joined to it with their own subject ("her passport was taken and she was forced
    to work"), inside the content."""
    found: list[Token] = []
    for sentence in content.sents:
        part = content.doc[max(sentence.start, content.start) : min(sentence.end, content.end)]
        if not len(part):
            continue
        # the tops of the part: its root, and a conjunct the parse hangs on the reporting
        # verb outside it ("claims that X was taken and she was forced ...")
        heads = doc_heads(content.doc)  # a Token is built for a top only
        tops = [
            content.doc[i]
            for i in range(part.start, part.end)
            if heads[i] == i or not part.start <= heads[i] < part.end
        ]
        for top in tops:
            found.append(top)
            found += [
                c
                for c in top.children
                if c.dep_ == "conj"
                and c.pos_ in {"VERB", "AUX"}
                and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            ]
    return found


def _act(verb: Token) -> tuple[Token, Token, tuple[Token, ...]] | None:
    """The subject, verb and objects of an act a clause tells ("customers", "paid",
    ("rollout",) in "customers had paid for the rollout"; none in "burglaries had
    risen"; ("room",) in "she was forced to work in the engine room"), or None: the verb
    must be a full verb with a subject, told as a fact (no modal)."""
    if verb.pos_ != "VERB" or verb.lemma_ == "be":
        return None
    if any(c.tag_ == "MD" for c in verb.children):
        return None  # "would pay": a forecast, not a state of affairs
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.tag_ in {"WDT", "WP"} or subject.lower_ in {"i", "we", "you"}:
        return None
    if any(c.dep_ in {"ccomp", "dative"} for c in verb.children):
        return None  # an object told by a clause is not compared
    things: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj":
            things.append(child)
        elif child.dep_ == "prep" and child.i > verb.i:
            things += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "xcomp":
            things += [t for t in child.subtree if t.dep_ in {"dobj", "pobj"}]
    # "in May", "last week": a time is compared by ``_dated_apart``, not as a thing acted on
    things = [t for t in things if t.ent_type_ not in {"DATE", "TIME"}]
    if any(t.pos_ not in {"NOUN", "PROPN", "PRON"} for t in things):
        return None
    return subject, verb, tuple(things)


def _same_doer(
    first: tuple[Claim, Token], second: tuple[Claim, Token], actor_of: Callable[[Token], str | None]
) -> bool:
    """Whether two subjects are one doer: the same actor (a pronoun standing for its
    claim's own source: "he had opposed it", said by him), else the same thing."""
    actors = []
    for claim, subject in (first, second):
        if subject.pos_ == "PRON":
            actors.append(actor_of(subject) or (claim.source if subject.lower_ in _SELF else None))
        else:
            actors.append(actor_of(subject))
    if all(actors) and actors[0] != actors[1] and _denier_as_she(first, second, actors[1]):
        return True
    if all(actors):
        return actors[0] == actors[1]
    if any(s.pos_ == "PRON" for s in (first[1], second[1])):
        return False
    return _same_thing(first[1], second[1])


def _denier_as_she(first: tuple[Claim, Token], second: tuple[Claim, Token], actor: str) -> bool:
    """ "X claimed she was forced ..." then "Y denied: She was never forced ...": the
    same "she" in a denial, read as the denier itself, is the accuser spoken of."""
    (_, subject), (claim, other) = first, second
    return (
        claim.stance == "denial"
        and subject.lower_ == other.lower_ in {"he", "she"}
        and actor == claim.source
    )


#: Pronouns with which a source speaks of itself in reported speech.
_SELF = frozenset({"he", "she", "it", "they"})


def _same_object(first: tuple[Token, ...], second: tuple[Token, ...]) -> bool:
    """Whether two acts are done to one thing ("the rollout" / "it"; "the engine room" in
    both), or both to none ("burglaries had risen" / "had fallen")."""
    if not first or not second:
        return not first and not second
    if len(second) == 1 and second[0].pos_ == "PRON":
        return second[0].lower_ in _BACK_POINTERS and any(t.pos_ != "PRON" for t in first)
    return any(
        a.pos_ != "PRON" and b.pos_ != "PRON" and _same_thing(a, b) for a in first for b in second
    )


def _negation(verb: Token) -> str:
    return "not " if is_negated(verb) else ""


def _dated_apart(first: Token, second: Token) -> bool:
    """Whether two clauses are dated differently ("in 2010", "last year"): then they may
    tell two times, not one matter disputed."""
    dates = [{t.lower_ for t in verb.subtree if t.ent_type_ == "DATE"} for verb in (first, second)]
    return bool(dates[0] and dates[1] and dates[0] != dates[1])


def opposite_acts(
    doc: Doc,
    claims: list[Claim],
    actor_of: Callable[[Token], str | None],
    ask: Callable[[Token, list[int]], str | None],
) -> list[Dispute]:
    """Disputes from two claims of different sources telling one act and its negation (or
    its opposite, ``opposites`` lexicon) of one doer and one object: "customers had paid
    for the rollout" / "customers had not paid for it". The act is asked as its positive
    side says it (``ask``: the clause of a verb without the given tokens)."""
    told: list[tuple[Claim, Token, Token, tuple[Token, ...]]] = []
    for claim in claims:
        if not (claim.source or claim.source_text):
            continue
        content = char_span(doc, claim.content.start, claim.content.end)
        if content is None or not len(content):
            continue
        for verb in _predicates(content):
            found = _act(verb)
            if found is not None:
                told.append((claim, *found))
    disputes: list[Dispute] = []
    for index, (first, subject, verb, thing) in enumerate(told):
        for second, other_subject, other_verb, other_thing in told[index + 1 :]:
            if same_source(doc, first, second) or not _opposed(verb, other_verb):
                continue
            if verb.lemma_.lower() in _position_verbs():
                continue  # "supported" / "opposed" is a record (``positions``)
            if not _same_doer((first, subject), (second, other_subject), actor_of):
                continue
            if not _same_object(thing, other_thing):
                continue
            asked_verb = other_verb if is_negated(verb) else verb
            text = ask(asked_verb, not_restated(asked_verb, asked_verb))
            if text is None:
                continue
            disputes.append(
                Dispute(
                    [verb.sent, other_verb.sent] if verb.sent != other_verb.sent else [verb.sent],
                    None,
                    sources=[s for s in (first.source, second.source) if s],
                    claims=[c.id for c in (first, second) if c.id],
                    text=text,
                    cue=f"{verb.text} / {_negation(other_verb)}{other_verb.text}",
                    # "rose in May" / "fell in June": two times, not one matter disputed
                    veto="dated-apart" if _dated_apart(verb, other_verb) else None,
                )
            )
            break
    return disputes
