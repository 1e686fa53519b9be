"""Disputes over an actor's record: two sources say the actor was for and against one thing.

"Ann Lee said her rival supported the invasion" and, later, "Tom Reed says he
was totally against the invasion" dispute Tom Reed's record with no denial
word. Two claims by different sources whose content has the same subject
actor and the same object (head lemma), one taking a position for it
("support", "back", "be for") and the other against it ("oppose", "be
against", or the same position negated), are asked as "Did Tom Reed support
the invasion?", both sentences as evidence and both sources as actors.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lexicon
from briefing_tui.analysis.questions.disputes import Dispute, same_source
from briefing_tui.analysis.questions.phrasing import statement
from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import RuleContext
    from briefing_tui.model import Claim

#: Prepositions that take a position after "be" ("was for it", "is against the plan").
_POSITION_PREPS = {"for": 1, "against": -1}


@cache
def _positions() -> dict[str, int]:
    """Verb lemma -> +1 (for the object) or -1 (against it), from the ``positions`` lexicon."""
    table: dict[str, int] = {}
    for line in lexicon("positions"):
        word, sign = line.split()
        table[word] = 1 if sign == "for" else -1
    return table


def _position(root: Token) -> tuple[int, Token, Token] | None:
    """A clause's position, the word that takes it and its object: (+1, "supported",
    "invasion") for "X supported the invasion", (-1, "against", "invasion") for "X was
    against the invasion"; None when it takes none."""
    sign = 0
    taker: Token | None = None
    thing: Token | None = None
    lemma = root.lemma_.lower()
    if lemma in _positions() and root.pos_ == "VERB":
        sign = _positions()[lemma]
        taker = root
        thing = next((c for c in root.children if c.dep_ == "dobj"), None)
    elif lemma == "be":
        prep = next(
            (c for c in root.children if c.dep_ == "prep" and c.lower_ in _POSITION_PREPS), None
        )
        if prep is not None:
            sign, taker = _POSITION_PREPS[prep.lower_], prep
            thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if taker is None or thing is None or thing.pos_ not in {"NOUN", "PROPN"}:
        return None
    return (-sign if is_negated(root) else sign), taker, thing


def _subject(root: Token) -> Token | None:
    return next((c for c in root.children if c.dep_ == "nsubj"), None)


def _doer(ctx: RuleContext, subject: Token | None) -> str | None:
    """The actor a clause's subject names: the word itself, else its apposition ("her
    rival, businessman Tom Reed": Tom Reed, not the "her" before it)."""
    if subject is None:
        return None
    if subject.i in ctx.actor_at:
        return ctx.actor_at[subject.i]
    for appos in (c for c in subject.children if c.dep_ == "appos"):
        actor = ctx.actor_of(appos)
        if actor is not None:
            return actor
    own = [t for t in subject.subtree if not any(a.dep_ == "poss" for a in [t, *t.ancestors])]
    return next((ctx.actor_at[t.i] for t in own if t.i in ctx.actor_at), None)


def _one_name(ctx: RuleContext, actor: str, other: str) -> bool:
    """Whether two actors are one person named in full and in short ("Paul Harlan",
    "Harlan"): the shorter name's words all belong to the longer, which the actors
    analysis may have kept apart."""
    words = [ctx.names.get(a, "").split() for a in (actor, other)]
    short, full = sorted(words, key=len)
    return bool(short) and len(short) < len(full) and set(short) <= set(full)


def _time(root: Token) -> str:
    """Whether a clause tells the past ("supported", "had opposed", "was against") or the
    present ("supports", "is against")."""
    auxiliaries = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
    if root.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return "past"
    if root.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries):
        return "past"
    return "present"


def _asked(name: str, root: Token, taker: Token) -> str:
    """The question the first claim asks: "Did Tom Reed support the invasion of X?",
    "Was Tom Reed against the invasion?"."""
    rest = [t for t in root.subtree if t.i > taker.i and not t.is_space]
    while rest and rest[-1].is_punct:
        rest.pop()
    words = statement(rest)[9:-1] if rest else ""
    if rest and rest[0].pos_ != "PROPN":
        words = words[:1].lower() + words[1:]
    if taker.pos_ == "ADP":
        be = "Is" if root.tag_ in {"VBZ", "VBP"} else "Was"
        return f"{be} {name} {taker.lower_} {words}?"
    do = "Does" if root.tag_ in {"VBZ", "VBP"} else "Did"
    return f"{do} {name} {root.lemma_.lower()} {words}?"


def opposite_positions(ctx: RuleContext, doc: Doc, claims: list[Claim]) -> list[Dispute]:
    """Disputes from two claims of different sources giving one actor opposite positions
    on one thing."""
    taken: list[tuple[Claim, Token, int, Token, Token, str]] = []
    for claim in claims:
        if not (claim.source or claim.source_text):
            continue
        content = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
        if content is None or not len(content):
            continue
        root = content.root
        found = _position(root)
        actor = _doer(ctx, _subject(root))
        if found is None or actor is None:
            continue
        sign, taker, thing = found
        taken.append((claim, root, sign, taker, thing, actor))
    disputes: list[Dispute] = []
    for index, (first, root, sign, taker, thing, actor) in enumerate(taken):
        for second, other_root, other_sign, _taker, other_thing, other_actor in taken[index + 1 :]:
            if other_sign == sign or same_source(doc, first, second):
                continue
            if other_actor != actor and not _one_name(ctx, actor, other_actor):
                continue
            if thing.lemma_.lower() != other_thing.lemma_.lower():
                continue
            if _time(root) != _time(other_root):
                continue  # "supported it in 2010" and "opposes it now": a change of mind
            name = ctx.names.get(actor)
            if not name:
                continue
            sentences = [root.sent]
            if other_root.sent.start != root.sent.start:
                sentences.append(other_root.sent)
            disputes.append(
                Dispute(
                    sentences,
                    None,
                    sources=[s for s in (first.source, second.source) if s],
                    claims=[c.id for c in (first, second) if c.id],
                    text=_asked(name, root, taker),
                    cue=f"{taker.text} / {_taker.text}",
                )
            )
            break
    return disputes
