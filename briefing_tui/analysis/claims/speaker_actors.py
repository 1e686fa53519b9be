"""Speakers the article names that the actors analysis missed: made actors, their claims theirs.

A claim is left without a speaker when its written source names someone who is on no
actor's list. Once the claims are found, each such claim is read again, by the class of
its source's head word:

* a name (``named``): proper nouns heading the source, of a person ("Station Officer
  Greta Varnum" ... "Varnum said") or of a body whose last word is an organisation's head word
  ("The Port Orla Renters' Union said") or set beside one ("Norlink, the transport
  agency, said"). A new actor is made with every mention of the name, and a person's
  surname written alone; a name that is no one's in particular (two people share the
  surname, an entity of a place) makes none;
* a spokesperson of a body: "a hospital spokesman", "a council spokesperson",
  "a spokeswoman" with no owner written, right after the body said something (the body
  just quoted) or right after a sentence about the body alone ("The board declined to
  comment. A spokesman said ...", ``voiced_bodies``): the body speaks. A source that
  speaks without being named stays alone;
* a body by its common noun: "the hospital said", where the article names one
  institution with that head word, which the actors analysis listed as a place;
* a "he" or "she" the actors left alone, right after the person made from a name, the
  only person named since the sentence before and of the pronoun's sex.

And the reverse: an actor named in the source only as a modifier of its head word is not
the speaker ("the EU delegation in Orla" is not Orla; "the Port Orla Renters' Union" is
not the town), but "the government in Orla" is the government seated there.

Rules are tables of word classes (``lexicon/actors/org_heads.txt``,
``lexicon/claims/voice_nouns.txt``, first names and titles); no article's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.described_speakers import adopt_described, next_actor_id
from briefing_tui.analysis.claims.group_speakers import adopt_groups
from briefing_tui.analysis.claims.voiced_bodies import body_of_sentence_before
from briefing_tui.analysis.doctext import DocWords, char_span, doc_words
from briefing_tui.analysis.spans import actor_at, name_head
from briefing_tui.model import Actor, ActorKind, Claim, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Entity labels of names that never speak in their own right.
_NOT_SPEAKERS = frozenset(
    {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT"}
)
#: Labels of a name's entity that say which kind of actor it is.
_PERSON_LABEL, _ORG_LABEL = "PERSON", "ORG"
#: Parts of a name that join proper nouns: "Renters' Union", "St Anne's Hospital".
_NAME_JOINERS = frozenset({"'", "'s", "\u2019", "\u2019s"})
#: Words that say a source speaks without being named ("on condition of anonymity").
_UNNAMED_WORDS = frozenset({"anonymity", "named", "identified", "authorised", "authorized"})
#: Nouns of people who speak for a body, besides the voice nouns: "a council official".
_OFFICIAL_NOUNS = frozenset({"official"})
#: How many sentences back a bare spokesperson's body may have spoken.
_VOICE_SENTENCES = 1


@cache
def _org_heads() -> frozenset[str]:
    return data_files.words("actors/org_heads.txt")


@cache
def _institution_heads() -> frozenset[str]:
    """Institutions the actors analysis may list as places (a building) that speak as bodies."""
    return frozenset(row[0].lower() for row in data_files.rows("actors/institution_buildings.tsv"))


@cache
def _voice_nouns() -> frozenset[str]:
    """Nouns of people who speak for an owner ("spokesman"), without "office", "campaign"."""
    return data_files.words("claims/voice_nouns.txt") - {"office", "campaign"}


@cache
def _first_names() -> frozenset[str]:
    return frozenset(row[0].lower() for row in data_files.rows("actors/first_names.tsv"))


@cache
def _title_words() -> frozenset[str]:
    """Every word of a title, an honorific or a rank ("chief", "fire", "officer", "mr")."""
    titles = {w for row in data_files.rows("actors/titles.tsv") for w in row[0].lower().split()}
    titles |= {row[0].lower().rstrip(".") for row in data_files.rows("actors/honorifics.tsv")}
    return frozenset(titles | data_files.words("claims/rank_words.txt"))


@dataclass(slots=True)
class _Made:
    """An actor being made from a speaker's name: its words and its kind."""

    words: tuple[str, ...]
    kind: ActorKind


def adopt_speakers(doc: Doc, actors: list[Actor], claims: list[Claim]) -> None:
    """Give each claim whose written source names a speaker the actors missed its actor,
    adding that actor (with its mentions) to ``actors``."""
    made: list[tuple[_Made, Actor]] = []
    for claim in claims:
        if claim.source is not None and _only_a_modifier(doc, claim, actors):
            claim.source = None
    for claim in claims:
        if claim.source is not None or claim.source_span is None:
            continue
        head = _source_head(doc, claim)
        if head is None:
            continue
        found = _named(doc, head, actors)
        if found is None:
            continue
        actor = next((a for m, a in made if m.words == found.words), None)
        if actor is None:
            actor = _new_actor(doc, found, actors)
            if actor is None:
                continue
            made.append((found, actor))
            actors.append(actor)
    for claim in claims:
        if claim.source is None and claim.source_span is not None:
            span = claim.source_span
            claim.source = actor_at([a for _, a in made], span.start, span.end)
    for claim in claims:
        if claim.source is None and claim.source_span is not None:
            claim.source = _owner_speaks(doc, claim, claims, actors)
    people = [a for m, a in made if m.kind == ActorKind.PERSON]
    for claim in claims:
        if claim.source is None and claim.source_span is not None and people:
            claim.source = _pronoun_of(doc, claim, people, actors)
    adopt_described(doc, actors, claims)
    adopt_groups(doc, actors, claims)


#: Prepositions that say where a speaker is, not whom it speaks for ("the delegation in Orla").
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


def _only_a_modifier(doc: Doc, claim: Claim, actors: list[Actor]) -> bool:
    """Whether a claim's actor is named in its source only as a modifier of the head word:
    a place a locative phrase on the head names ("the EU delegation in Orla" is not Orla),
    or a name inside a body's name whose own head word no actor holds ("the Port Orla
    Renters' Union" is not Port Orla)."""
    head = _source_head(doc, claim)
    if head is None or claim.source_span is None:
        return False
    if actor_at(actors, head.idx, head.idx + len(head)) is not None:
        return False
    actor = next((a for a in actors if a.id == claim.source), None)
    if actor is None:
        return False
    span = claim.source_span
    inside = [m for m in actor.mentions if span.start <= m.start and m.end <= span.end]
    if not inside:
        return False
    if actor.kind == ActorKind.PLACE and not _seated_government(head):
        places = [
            t
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS
            for t in c.subtree
        ]
        if places and all(_within(m, places) for m in inside):
            return True
    if actor.kind not in _INNER_KINDS:
        return False
    if head.pos_ != "PROPN" or head.lemma_.lower() not in _org_heads():
        return False
    modifiers = [t for t in head.subtree if t.i < head.i]
    return all(_within(m, modifiers) for m in inside)


@cache
def _government_nouns() -> frozenset[str]:
    return data_files.words("actors/government_nouns.txt")


def _seated_government(head: Token) -> bool:
    """ "The government in Dastrel", "officials in Orla": a government noun with no owner
    of its own is the government seated in the place ("the EU delegation in Orla" has one)."""
    if head.lemma_.lower() not in _government_nouns():
        return False
    return not any(c.dep_ in ("compound", "poss", "nmod", "amod") for c in head.children)


def _within(mention: Mention, tokens: list[Token]) -> bool:
    """Whether a mention lies within the characters of ``tokens``."""
    return any(t.idx <= mention.start < t.idx + len(t) for t in tokens) and any(
        t.idx < mention.end <= t.idx + len(t) for t in tokens
    )


#: Personal pronouns and the sex of the first names they stand for.
_PRONOUN_SEXES = {"he": "m", "she": "f"}


@cache
def _first_name_sexes() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in data_files.rows("actors/first_names.tsv")}


def _pronoun_of(doc: Doc, claim: Claim, people: list[Actor], actors: list[Actor]) -> str | None:
    """ "Station Officer Greta Varnum spoke next. She said ...": a "he" or "she"
    source the actors analysis left alone is the person made from a speaker's name when that
    person, of the pronoun's sex by the first name, is the only person named from the
    sentence before to the pronoun. The pronoun becomes that person's mention."""
    span = claim.source_span
    assert span is not None
    words = doc_words(doc)
    head = _source_head(doc, claim)
    sex = _PRONOUN_SEXES.get(words.lowers[head.i]) if head is not None else None
    if head is None or sex is None or span.end - span.start > len(head.text) + 1:
        return None
    first = head.sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    reach = doc[first].idx
    named = {
        a.id
        for a in actors
        if a.kind == ActorKind.PERSON
        for m in a.mentions
        if m.kind != "pronoun" and reach <= m.start < span.start
    }
    if len(named) != 1:
        return None
    person = next((a for a in people if a.id in named), None)
    if person is None or _first_name_sexes().get(person.name.split()[0].lower()) != sex:
        return None
    person.mentions.append(Mention(span.start, span.end, head.text, "pronoun"))
    person.mentions.sort(key=lambda m: m.start)
    return person.id


def _source_head(doc: Doc, claim: Claim) -> Token | None:
    """The head word of a claim's written source."""
    assert claim.source_span is not None
    span = char_span(doc, claim.source_span.start, claim.source_span.end)
    return None if span is None or not len(span) else span.root


def _named(doc: Doc, head: Token, actors: list[Actor]) -> _Made | None:
    """The name heading a source, with the kind of actor it names; None if it is no name
    of a speaker, or a name some actor already holds (the actors analysis placed it)."""
    if head.ent_type_ in _NOT_SPEAKERS:
        return None
    proper = head.pos_ == "PROPN"
    if not proper and not _capitalised_body(doc, head):
        return None
    tokens = _name_tokens(head)
    start, end = tokens[0].idx, head.idx + len(head)
    if _held(actors, start, end):
        return None
    words = tuple(t.text for t in tokens)
    if _is_body(head, tokens):
        return _Made(_without_article(words), ActorKind.ORGANISATION)
    person = _person_words(doc, tokens)
    return None if person is None else _Made(person, ActorKind.PERSON)


#: Kinds of actor whose name may stand inside a body's ("the Port Orla Renters' Union").
_INNER_KINDS = frozenset({ActorKind.PLACE, ActorKind.COUNTRY})


def _held(actors: list[Actor], start: int, end: int) -> bool:
    """Whether an actor's mention overlaps ``[start, end)``, other than a place's or a
    land's name written inside it."""
    return any(
        m.start < end
        and start < m.end
        and not (
            actor.kind in _INNER_KINDS
            and start <= m.start
            and m.end <= end
            and (m.start, m.end) != (start, end)
        )
        for actor in actors
        for m in actor.mentions
    )


def _capitalised_body(doc: Doc, head: Token) -> bool:
    """ "Norlink, the state transport agency, said": a capitalised word the tagger did not
    read as a name, set beside an organisation's head noun, never written in lower case."""
    if not head.text[:1].isupper() or head.lower_ in _lower_words(doc):
        return False
    return any(c.dep_ == "appos" and c.lemma_.lower() in _org_heads() for c in head.children)


def _lower_words(doc: Doc) -> frozenset[str]:
    words = doc_words(doc)
    return frozenset(t for t in words.texts if t.islower())


def _name_tokens(head: Token) -> list[Token]:
    """The proper nouns that end at ``head``: its compounds and possessive joiners."""
    doc = head.doc
    start = head.i
    while start > 0:
        before = doc[start - 1]
        proper = before.pos_ == "PROPN" and before.ent_type_ not in _NOT_SPEAKERS
        joiner = before.text in _NAME_JOINERS and start > 1 and doc[start - 2].pos_ == "PROPN"
        if not (proper or joiner):
            break
        start -= 1
    return list(doc[start : head.i + 1])


def _is_body(head: Token, tokens: list[Token]) -> bool:
    """Whether the name is a body's: its last word is an organisation's head word, or an
    organisation's head noun is set beside it."""
    if head.lemma_.lower() in _org_heads() or head.lower_ in _org_heads():
        return len(tokens) > 1  # "Union" alone names no one body
    return any(c.dep_ == "appos" and c.lemma_.lower() in _org_heads() for c in head.children)


def _without_article(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[1:] if words and words[0].lower() == "the" else words


def _person_words(doc: Doc, tokens: list[Token]) -> tuple[str, ...] | None:
    """A person's name from the proper nouns of a source: from its first name on ("Station
    Officer Greta Varnum" is "Greta Varnum"), or the full name the article gives a surname
    written alone ("Varnum" after "Greta Varnum"); None when it is no person's, or two people's."""
    firsts = _first_names()
    start = next((i for i, t in enumerate(tokens) if t.lower_ in firsts), None)
    if start is not None and start < len(tokens) - 1:
        words = tuple(t.text for t in tokens[start:])
        if any(t.lower_ in _title_words() for t in tokens[start:]):
            return None
        return words
    if len(tokens) != 1 and not all(t.lower_ in _title_words() for t in tokens[:-1]):
        return None
    surname = tokens[-1].text
    full = {names for names in _full_names(doc) if names[-1] == surname and len(names) > 1}
    return next(iter(full)) if len(full) == 1 else None


def _full_names(doc: Doc) -> set[tuple[str, ...]]:
    """Every run of proper nouns that opens on a first name, from the first name on."""
    words = doc_words(doc)
    firsts = _first_names()
    found: set[tuple[str, ...]] = set()
    i = 0
    while i < len(words.texts):
        if words.pos[i] == "PROPN" and words.lowers[i] in firsts:
            end = i + 1
            while end < len(words.texts) and words.pos[end] == "PROPN":
                end += 1
            if end - i > 1 and words.lowers[end - 1] not in _title_words():
                found.add(words.texts[i:end])
            i = end
        else:
            i += 1
    return found


def _new_actor(doc: Doc, made: _Made, actors: list[Actor]) -> Actor | None:
    """The actor a speaker's name makes, with every mention of the name (and, for a person,
    of the surname alone) that no other actor holds; None if it has none."""
    words = doc_words(doc)
    forms = [made.words]
    if made.kind == ActorKind.PERSON:
        forms.append(made.words[-1:])
    mentions: list[Mention] = []
    taken: set[int] = set()
    made_text = ""
    for form in forms:
        for i in range(len(words.texts) - len(form) + 1):
            if words.texts[i : i + len(form)] != form or i in taken:
                continue
            if words.pos[i + len(form) - 1] != "PROPN" and not _capitalised(form):
                continue
            if i + len(form) < len(words.texts) and words.pos[i + len(form)] == "PROPN":
                continue  # "Varnum Industries": a longer name
            start = words.idxs[i]
            last = i + len(form) - 1
            end = words.idxs[last] + len(words.texts[last])
            if _held(actors, start, end):
                continue
            taken.update(range(i, i + len(form)))
            written = _words_text(words, i, last)
            made_text = made_text or written  # the full form comes first
            mentions.append(Mention(start, end, written, "name"))
    if not mentions:
        return None
    mentions.sort(key=lambda m: m.start)
    return Actor(
        id=next_actor_id(actors),
        name=made_text,
        kind=made.kind,
        mentions=mentions,
        salience=0.01 * len(mentions),
    )


def _capitalised(form: tuple[str, ...]) -> bool:
    return all(w[:1].isupper() for w in form)


def _words_text(words: DocWords, first: int, last: int) -> str:
    """The words ``first`` to ``last`` as the text writes them, spaces and all."""
    texts, idxs = words.texts, words.idxs
    out = texts[first]
    for i in range(first + 1, last + 1):
        gap = idxs[i] - (idxs[i - 1] + len(texts[i - 1]))
        out += " " * gap + texts[i]
    return out


def _owner_speaks(doc: Doc, claim: Claim, claims: list[Claim], actors: list[Actor]) -> str | None:
    """The body a spokesperson or a body noun speaks for, or None."""
    head = _source_head(doc, claim)
    if head is None or head.pos_ != "NOUN":
        return None
    lemma = head.lemma_.lower()
    if lemma in _institution_heads() and any(c.lower_ == "the" for c in head.children):
        return _institution(lemma, actors)  # "the hospital said"
    anonymous = any(t.lower_ in _UNNAMED_WORDS for t in head.sent)
    if lemma in _LAND_VOICES and not anonymous and (land := _land_by_adjective(head, actors)):
        return land  # "Norvanian officials said"
    if lemma not in _voice_nouns() and lemma not in _OFFICIAL_NOUNS:
        return None
    if any(t.lower_ in _UNNAMED_WORDS for t in head.sent):
        return None  # "who spoke on condition of anonymity": nobody's voice
    owners = [c for c in head.children if c.dep_ in ("compound", "poss", "nmod")]
    if owners:
        if len(owners) > 1 or any(c.dep_ == "amod" for c in head.children):
            return None  # "a foreign ministry spokeswoman": which land's ministry?
        return _owner(owners[0], actors)
    if lemma in _OFFICIAL_NOUNS or any(c.dep_ == "prep" for c in head.children):
        return None  # "a spokesman for ...": read by the claims analysis
    return _body_just_quoted(doc, head, claim, claims, actors) or body_of_sentence_before(
        doc, head, actors
    )


#: Nouns that speak for a land when its adjective is theirs ("Norvanian officials"): a
#: country takes in its government and its generic officials.
_LAND_VOICES = frozenset({"official", "government", "authority"})
#: The usual suffixes that make a land's adjective of its name: (letters dropped, suffix).
_ADJECTIVE_SUFFIXES = ((0, "n"), (1, "an"), (1, "ian"), (0, "ian"), (0, "i"), (1, "ese"))


def _land_by_adjective(head: Token, actors: list[Actor]) -> str | None:
    """The one country whose adjective, by the usual suffixes, is the only modifier of a
    government noun ("Tesmiri officials" for Tesmir, "the Norvanian government")."""
    mods = [c for c in head.children if c.dep_ not in ("det", "punct", "relcl", "acl")]
    if len(mods) != 1 or mods[0].dep_ not in ("amod", "compound"):
        return None
    adjective = mods[0].text
    if not adjective[:1].isupper():
        return None
    found = [
        a.id
        for a in actors
        if a.kind == ActorKind.COUNTRY
        and " " not in a.name
        and any(
            adjective == a.name[: len(a.name) - cut] + suffix for cut, suffix in _ADJECTIVE_SUFFIXES
        )
    ]
    return found[0] if len(found) == 1 else None


def _institution(noun: str, actors: list[Actor]) -> str | None:
    """The one actor whose name's head word is ``noun`` ("St Anne's Hospital")."""
    found = [a.id for a in actors if name_head(a.name) == noun and a.kind != ActorKind.PERSON]
    if len(found) != 1:
        return None
    _speaks(actors, found[0])
    return found[0]


def _owner(word: Token, actors: list[Actor]) -> str | None:
    """The body a spokesperson's own modifier names: a name ("an Acme spokesman") or the
    head word of one body's name ("a hospital spokesman", "a council spokesperson")."""
    found = actor_at(actors, word.idx, word.idx + len(word))
    if found is not None:
        kind = next(a.kind for a in actors if a.id == found)
        return found if kind in (ActorKind.ORGANISATION, ActorKind.COUNTRY) else None
    if word.pos_ != "NOUN":
        return None
    lemma = word.lemma_.lower()
    if lemma in _institution_heads():
        return _institution(lemma, actors)
    if lemma not in _org_heads():
        return None
    found_ids = [
        a.id for a in actors if a.kind == ActorKind.ORGANISATION and name_head(a.name) == lemma
    ]
    return found_ids[0] if len(found_ids) == 1 else None


def _body_just_quoted(
    doc: Doc, head: Token, claim: Claim, claims: list[Claim], actors: list[Actor]
) -> str | None:
    """ "Acme said it would appeal, though a spokeswoman said ...": a spokesperson with no
    owner written speaks for the body whose claim is the last one before, in the same
    sentence or the one before."""
    sent = head.sent
    first = sent.start
    for _ in range(_VOICE_SENTENCES):
        if first > 0:
            first = doc[first - 1].sent.start
    reach = doc[first].idx
    assert claim.source_span is not None
    before = [
        c
        for c in claims
        if c is not claim
        and c.source is not None
        and c.source_span is not None
        and reach <= c.source_span.start < claim.source_span.start
    ]
    if not before:
        return None
    last = max(before, key=lambda c: c.source_span.start if c.source_span else 0)
    kind = next((a.kind for a in actors if a.id == last.source), None)
    return last.source if kind == ActorKind.ORGANISATION else None


def _speaks(actors: list[Actor], actor_id: str) -> None:
    """An institution listed as a place that speaks is a body: an organisation."""
    for actor in actors:
        if actor.id == actor_id and actor.kind == ActorKind.PLACE:
            actor.kind = ActorKind.ORGANISATION
            actor.located_only = False
