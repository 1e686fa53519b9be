"""Speakers the article describes without naming them: an actor of their own.

"A Western diplomat, speaking on condition of anonymity, said ...", "One freight
consultant said ...", "A consumer foundation said ...": a source that is one person or
one body brought in by an indefinite description (``a``, ``an``, ``one``) whose head
noun is a kind of person or body that speaks (``lexicon/claims/described_speakers.tsv``)
is an actor of its own, named by the description as the article brings it in, without
any clause or aside on it ("a senior official in the prime minister's office", "one
freight consultant"); a bare noun ("an official said") describes no one in particular.
A later source that takes the noun up with nothing but "the" ("the diplomat said",
"The official added") is the same speaker while no other one of that noun was brought
in between. A description the next sentence answers with a name written there first
("A campaign group asked ... The Campaign for Fair Exports told the court") only brings
that name in. A spokesperson is left to the body it speaks for (``speaker_actors``); a
head word some actor already holds, or a description with a number, a name of its own
("a diplomat, Ana Ruiz,") or a possessor, makes none. A "he" or "she" that goes on in
the next sentence about a speaker so made is that speaker (``described_pronouns``). A
description the article answers later with the one person it describes with the same noun
("a water engineer who says ..." in the lead ... "Ola Brandt, an independent engineer")
is that person, not an actor of its own.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.described_pronouns import carry_to_pronouns
from briefing_tui.analysis.doctext import char_span, doc_text, word_index
from briefing_tui.model import Actor, ActorKind, Claim, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Determiners that bring in one speaker the article does not name.
_INDEFINITE = frozenset({"a", "an", "one"})
#: Dependencies of the words before the head that describe the speaker ("senior", "port").
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: Dependencies of what follows the head and still describes it ("in the office",
#: "familiar with the talks"); clauses, appositions and asides end the description.
_AFTER_DEPS = frozenset({"prep", "amod"})
#: Dependencies inside the description that make it no plain description.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "appos"})
_KINDS = {"person": ActorKind.PERSON, "organisation": ActorKind.ORGANISATION}


@cache
def _speaker_nouns() -> dict[str, ActorKind]:
    """Head noun -> the kind of actor it describes (``claims/described_speakers.tsv``)."""
    return {row[0]: _KINDS[row[1]] for row in data_files.rows("claims/described_speakers.tsv")}


def adopt_described(doc: Doc, actors: list[Actor], claims: list[Claim]) -> None:
    """Give each claim whose source describes one unnamed speaker an actor of its own, and
    the later claims that take the description up ("the diplomat said") the same one."""
    made: list[tuple[str, Actor]] = []  # (head lemma, actor), in the article's order
    for claim in sorted(claims, key=lambda c: c.source_span.start if c.source_span else -1):
        if claim.source is not None or claim.source_span is None:
            continue
        head = _head(doc, claim)
        if head is None:
            continue
        lemma = head.lemma_.lower()
        if lemma not in _speaker_nouns() or head.tag_ != "NN":
            continue
        if _determiner(head) in _INDEFINITE:
            later = _named_later(head, actors, _speaker_nouns()[lemma])
            if later is not None:
                _add_mention(later, head)
                claim.source = later.id
                continue
            actor = _new_actor(doc, head, actors, _speaker_nouns()[lemma])
            if actor is not None:
                actors.append(actor)
                made.append((lemma, actor))
                claim.source = actor.id
        elif _taken_up(head):
            actor = _last_made(made, lemma, head)
            if actor is not None:
                _add_mention(actor, head)
                claim.source = actor.id
    carry_to_pronouns(doc, actors, claims, [actor for _noun, actor in made])


def _head(doc: Doc, claim: Claim) -> Token | None:
    assert claim.source_span is not None
    span = char_span(doc, claim.source_span.start, claim.source_span.end)
    if span is None or not len(span):
        return None
    head = span.root
    return head if head.pos_ == "NOUN" else None


def _named_later(head: Token, actors: list[Actor], kind: ActorKind) -> Actor | None:
    """The one person the article names after ``head`` with a description of the same head
    noun ("a water engineer who says ..." ... "Ola Brandt, an independent engineer"): a
    lead that brings a speaker in by a description and names them later, so ``head``
    must be in the article's first paragraph (under its headline, if any). None when no
    one, or more than one, is so described, or one is before ``head``."""
    if kind != ActorKind.PERSON or any(t.lower_ in _UNNAMED_WORDS for t in head.sent):
        return None  # "who asked not to be named": never the one named later
    if not _in_lead(head):
        return None  # only a lead describes first and names later
    noun = head.lower_
    found = []
    for actor in actors:
        if actor.kind != ActorKind.PERSON:
            continue
        described = [
            m
            for m in actor.mentions
            if m.kind in _DESCRIBING and m.text.lower().rstrip(".,").split()[-1:] == [noun]
        ]
        if described:
            found.append((actor, min(m.start for m in described)))
    if len(found) != 1 or found[0][1] < head.idx:
        return None
    return found[0][0]


def _in_lead(head: Token) -> bool:
    """Whether ``head`` is in the article's first paragraph, under a headline (a first line
    with no closing stop) if there is one."""
    text = doc_text(head.doc)
    lines = [
        line for line in text[: text.rfind("\n", 0, head.idx) + 1].splitlines() if line.strip()
    ]
    if not lines:
        return True
    first = text.lstrip().split("\n", 1)[0].rstrip()
    headline = bool(first) and first[-1] not in ".!?\"'\u201d"
    return len(lines) == 1 and headline


#: Words that say a speaker is not named ("on condition of anonymity", "not to be named").
_UNNAMED_WORDS = frozenset({"anonymity", "named", "identified", "authorised", "authorized"})
#: Kinds of mention that describe a person by a role or a kind ("an independent researcher").
_DESCRIBING = frozenset({"title", "description"})


def _determiner(head: Token) -> str | None:
    dets = [c.lower_ for c in head.children if c.dep_ in ("det", "nummod") and c.i < head.i]
    return dets[0] if len(dets) == 1 else None


def _taken_up(head: Token) -> bool:
    """ "the diplomat": "the" and the noun, nothing else before or after it."""
    lefts = [c for c in head.lefts if not c.is_punct]
    if [c.lower_ for c in lefts] != ["the"]:
        return False
    return not any(c.dep_ in _AFTER_DEPS | _CLAUSE_DEPS for c in head.rights)


def _last_made(made: list[tuple[str, Actor]], lemma: str, head: Token) -> Actor | None:
    """The speaker last brought in with the noun before ``head``, if no other one of that
    noun was brought in after it (by a description the claims did not read as a source)."""
    before = [a for noun, a in made if noun == lemma and a.mentions[0].start < head.idx]
    if not before:
        return None
    actor = before[-1]
    since = actor.mentions[0].end
    doc = head.doc
    for token in doc[_token_index(doc, since) : head.i]:
        if token.lemma_.lower() == lemma and _determiner(token) in _INDEFINITE:
            return None
    return actor


def _token_index(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char, alignment_mode="expand")
    return span.start if span is not None else 0


def _description(head: Token) -> list[Token] | None:
    """The words that describe the speaker, without the article: modifiers before the head
    and phrases after it; None when a clause, a name or a number is part of it."""
    words = [head]
    for left in head.lefts:
        if left.dep_ == "det" or left.is_punct:
            continue
        if left.dep_ not in _MODIFIER_DEPS or left.like_num:
            return None
        words.extend(left.subtree)
    for right in head.rights:
        if right.dep_ not in _AFTER_DEPS:
            break
        sub = _until_aside(right)
        words.extend(sub)
        if len(sub) < len(list(right.subtree)):
            break  # "in the prime minister's office, who spoke ...": the aside ends it
    words.sort(key=lambda t: t.i)
    if any(t.dep_ == "poss" and t.head.i == head.i for t in words):
        return None
    if words[-1].i - words[0].i + 1 != len(words) or len(words) < 2:
        return None  # a bare "an official" describes no one in particular
    return words


def _until_aside(right: Token) -> list[Token]:
    """The words of a phrase after the head up to a comma or a clause that opens an aside
    ("from a member state who has followed the talks": "from a member state")."""
    subtree = list(right.subtree)
    ends = [t.i for t in subtree if t.is_punct]
    ends += [t.left_edge.i for t in subtree if t.dep_ in _CLAUSE_DEPS]
    end = min(ends, default=subtree[-1].i + 1)
    return [t for t in subtree if t.i < end]


def next_actor_id(actors: list[Actor]) -> str:
    """The first free actor id after the analysis's own ("a7" after six actors)."""
    used = {a.id for a in actors}
    number = len(actors) + 1
    while f"a{number}" in used:
        number += 1
    return f"a{number}"


def _new_actor(doc: Doc, head: Token, actors: list[Actor], kind: ActorKind) -> Actor | None:
    """The actor a description of one unnamed speaker makes, or None."""
    words = _description(head)
    if words is None or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
        return None
    if _held(actors, head.idx, head.idx + len(head)) or _named_next(head):
        return None
    text = doc_text(doc)
    # named as the article brings the speaker in, with its article: "a Western diplomat"
    name = f"{_determiner(head)} {text[words[0].idx : words[-1].idx + len(words[-1])]}"
    # the mention: the description's words up to the head that no actor holds
    first = next(
        (t for t in words if t.i <= head.i and not _held(actors, t.idx, head.idx + len(head))),
        head,
    )
    start, end = first.idx, head.idx + len(head)
    return Actor(
        id=next_actor_id(actors),
        name=name,
        kind=kind,
        mentions=[Mention(start, end, text[start:end], "description")],
        salience=0.01,
    )


def _named_next(head: Token) -> bool:
    """Whether the next sentence opens on a name the article writes there for the first time
    and that holds a word of the description ("A campaign group asked the court ... The
    Campaign for Fair Exports told the court"): the description only brought in whom the
    article names next."""
    doc = head.doc
    if head.sent.end >= len(doc):
        return False
    following = doc[head.sent.end].sent
    subjects = [t for t in following if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    own = {t.lower_ for t in head.subtree if t.i <= head.i and t.dep_ != "det"}
    for subject in subjects:
        name = [t for t in subject.subtree if t.pos_ == "PROPN"]
        if subject.pos_ != "PROPN" or not name or not own & {t.lower_ for t in name}:
            continue  # a name with none of the description's words names someone else
        first = word_index(doc, "texts").get(name[0].text, ())
        if first and first[0] == name[0].i:
            return True
    return False


def _add_mention(actor: Actor, head: Token) -> None:
    start = min(c.idx for c in head.lefts) if any(True for _ in head.lefts) else head.idx
    end = head.idx + len(head)
    actor.mentions.append(Mention(start, end, doc_text(head.doc)[start:end], "description"))
    actor.mentions.sort(key=lambda m: m.start)


def _held(actors: list[Actor], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for a in actors for m in a.mentions)
