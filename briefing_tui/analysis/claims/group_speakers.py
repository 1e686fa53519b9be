"""Speakers the article names as a group: a group actor named as written.

"Residents of Millbrook said they had been buying bottled water", "Tenant groups
welcomed the vote", "Survivors described a sudden list": a source headed by a plural
noun of people who speak together without a name (``lexicon/actors/
speaking_crowd_nouns.txt``, ``lexicon/claims/group_nouns.txt`` and the person nouns of
``lexicon/claims/described_speakers.tsv``) is a group actor of its own when no actor
holds it, named by the words the article writes for it without "the" ("residents of
Millbrook", "tenant groups"). Before the noun only "the" and words of what kind they
are ("Opposition lawmakers", "Tenant groups", "Patients' groups"); after it only a
phrase of where they are, whose side they are on or which place they are of ("in the
capital", "of Millbrook"). Not a group: people counted or picked out ("Two people",
"Several survivors", "officials who asked not to be named"), a body's own people
("Council officers", "Acme officials", "scientists at the Volcano Institute": the body
the article names is left to speak), "officials" or "authorities" of any kind (a
government's voice), people of a body's trade written bare ("Researchers said": the
body's or the study's voice), a possessor's ("Ortega's supporters"), "critics of the
plan". The same words again are the same group.

People who speak for the body they work in (``lexicon/claims/member_nouns.txt``) named
by the one organisation the article names so are that body: "Council officers" (the one
council), "Acme officials", "scientists at the Halden Institute".

A family is the group of the person who owns it, when the actors analysis resolved the
owner ("his family", "Ana Ruiz's family", "the family of Ana Ruiz"): named for that
person ("Ana Ruiz's family"), the same group at each mention as a speaker. "The family
of an aid worker kidnapped last week" names no one the actors list holds: no group.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.described_speakers import next_actor_id
from briefing_tui.analysis.doctext import char_span, doc_text
from briefing_tui.analysis.spans import actor_at, name_words
from briefing_tui.model import Actor, ActorKind, Claim, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Modifiers that only say what kind the speakers are ("Tenant groups", "Opposition
#: lawmakers").
_KIND_MODIFIERS = frozenset({"amod", "compound"})
#: Words of a kind modifier's part of speech.
_KIND_POS = frozenset({"NOUN", "ADJ"})
#: Adjectives that count or pick out some of them ("several experts", "other critics").
_QUANTIFIERS = frozenset(
    {"several", "few", "many", "some", "most", "other", "various", "numerous", "both", "all"}
)
#: Prepositions of a phrase of place, side or origin ("in the capital", "on both
#: sides", "of Millbrook"); the object of "of" must be a place ("critics of the agency"
#: are no group of the agency's).
_WHERE_PREPS = frozenset({"in", "at", "on", "from", "for", "of", "near", "around"})
_OF = "of"
#: Nouns that speak for a government or a body the article may name, bare or not
#: ("Officials said", "City officials said").
_GOVERNMENT_VOICES = frozenset({"official", "authority"})
#: Kinds of actor a group may be of, or be where ("residents of Millbrook").
_PLACE_KINDS = frozenset({ActorKind.PLACE, ActorKind.COUNTRY})
#: The tag of a modal verb ("may", "would").
_MODAL_TAG = "MD"
#: Prepositions by which people are named by the body they work in ("scientists at Acme").
_MEMBER_PREPS = frozenset({"at", "of", "from", "with"})
#: Entity labels of a land or a people, which name no body ("Dutch officials").
_LAND_LABELS = frozenset({"GPE", "NORP", "LOC"})
#: Dependencies inside a body's phrase that make it more than a name ("at Acme, which ...",
#: "at Acme and the university").
_NOT_A_NAME_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj"})
#: Singular nouns of a group of kin, owned by the person they belong to ("his family").
_KIN_GROUPS = frozenset({"family"})
#: How a family's made actor is keyed, beside the written groups.
_KIN_KEY = "kin:"
#: Dependencies of an aside on the group set off by a comma ("Tenant groups, which ...").
_ASIDE_DEPS = frozenset({"relcl", "acl", "appos"})
#: Dependencies of a clause inside a phrase after the noun.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "appos"})


@cache
def _group_nouns() -> frozenset[str]:
    """Singular nouns of people who speak together without a name ("resident")."""
    people = frozenset(
        row[0] for row in data_files.rows("claims/described_speakers.tsv") if row[1] == "person"
    )
    crowds = data_files.words("actors/speaking_crowd_nouns.txt")
    return crowds | data_files.words("claims/group_nouns.txt") | people


@cache
def _member_nouns() -> frozenset[str]:
    """Singular nouns of people who speak for the body they work in ("officer")."""
    return data_files.words("claims/member_nouns.txt")


@cache
def _body_heads() -> frozenset[str]:
    """Head nouns of organisation names: "Council officers" are the council's."""
    return data_files.words("actors/org_heads.txt")


def adopt_groups(doc: Doc, actors: list[Actor], claims: list[Claim]) -> None:
    """Give each claim whose source is a group of people without a name (see the module) a
    group actor, the same one for the same words, adding it to ``actors``."""
    made: dict[str, Actor] = {}
    for claim in sorted(claims, key=lambda c: c.source_span.start if c.source_span else -1):
        if claim.source is not None or claim.source_span is None:
            continue
        span = char_span(doc, claim.source_span.start, claim.source_span.end)
        if span is None or not len(span):
            continue
        head = span.root
        if _subject_of_content(doc, claim):
            continue  # "Students found responsible may appeal": the content's own subject
        body = _members_body(head, actors)
        if body is not None:
            claim.source = body
            continue
        kin = _family_of(head, actors)
        if kin is not None:
            claim.source = _kin_group(doc, head, kin, actors, made).id
            continue
        words = _group_words(head, actors)
        if words is None:
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        own_end = head.idx + len(head)
        if any(m.start < own_end and start < m.end for a in actors for m in a.mentions):
            continue  # a group the actors analysis holds
        text = doc_text(doc)[start:end]
        name = text[:1].lower() + text[1:] if not words[0].ent_type_ else text
        claim.source = _group_actor(
            text.lower(), name, actors, made, Mention(start, end, text, "description")
        ).id


def _subject_of_content(doc: Doc, claim: Claim) -> bool:
    """Whether the claim's content opens on a modal with no subject of its own ("may
    appeal within 14 days"): the "speaker" is that subject, misread before a participle."""
    content = char_span(doc, claim.content.start, claim.content.end)
    return content is not None and len(content) > 0 and content[0].tag_ == _MODAL_TAG


def _members_body(head: Token, actors: list[Actor]) -> str | None:
    """The organisation whose people ``head`` names ("Council officers", "Acme officials",
    "scientists at the Halden Institute"), when the article names exactly one body so:
    its people speak for it (``lexicon/claims/member_nouns.txt``); else None."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.lemma_.lower() not in _member_nouns():
        return None
    bodies = [a for a in actors if a.kind == ActorKind.ORGANISATION]
    lefts = [c for c in head.lefts if not (c.dep_ == "det" and c.lower_ == "the")]
    rights = [c for c in head.rights if not c.is_punct and not _aside(c)]
    if len(lefts) + len(rights) != 1:
        return None  # "officials", "Two officials", "senior council officials who ..."
    word = (lefts or rights)[0]
    if word.dep_ == "prep" and word.lower_ in _MEMBER_PREPS:
        objects = [c for c in word.children if c.dep_ == "pobj"]
        if len(objects) != 1:
            return None
        obj = objects[0]
        if not _only_apposed(obj):
            return None
        # "at the Halden Volcano Institute (HVI)": the name, or its short form in brackets
        names = [obj] + [c for c in obj.children if c.dep_ == "appos"]
        found = {actor_at(bodies, t.idx, t.idx + len(t)) for t in names} - {None}
        return found.pop() if len(found) == 1 else None
    if word.dep_ not in _KIND_MODIFIERS or _has_words(word) or word.ent_type_ in _LAND_LABELS:
        return None  # "Dutch officials": the land's, not a body named Dutch
    found = actor_at(bodies, word.idx, word.idx + len(word))
    if found is not None:
        return found  # "Meridian officials"
    named = [
        a
        for a in bodies
        if word.lower_ in name_words(a.name) and any(m.start < head.idx for m in a.mentions)
    ]
    return named[0].id if len(named) == 1 else None  # "Council officers": the one council


def _only_apposed(obj: Token) -> bool:
    """Whether the body's phrase holds nothing but its name and a short form in brackets
    ("the Halden Volcano Institute (HVI)"), no clause or second body."""
    return not any(t.dep_ in _NOT_A_NAME_DEPS for t in obj.subtree)


def _family_of(head: Token, actors: list[Actor]) -> Actor | None:
    """The person whose family ``head`` is ("his family", "Ana Ruiz's family", "the family
    of Ana Ruiz"), when the actors analysis resolved the owner to a person; else None."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in _KIN_GROUPS:
        return None
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [
        o
        for c in head.children
        if c.dep_ == "prep"
        and c.lower_ == _OF
        and head.i > 0
        and head.doc[head.i - 1].lower_ == "the"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if len(owners) != 1:
        return None
    owner = owners[0]
    if owner.dep_ == "pobj" and any(t.dep_ in _CLAUSE_DEPS for t in owner.subtree):
        return None  # "the family of a worker kidnapped in ...": no name of its own
    found = actor_at(actors, owner.idx, owner.idx + len(owner))
    person = next((a for a in actors if a.id == found), None)
    return person if person is not None and person.kind == ActorKind.PERSON else None


def _kin_group(
    doc: Doc, head: Token, person: Actor, actors: list[Actor], made: dict[str, Actor]
) -> Actor:
    """The group actor of ``person``'s family, made at its first mention as a speaker."""
    start = min(t.idx for t in head.subtree if t.i <= head.i)
    last = max(head.subtree, key=lambda t: t.i)
    end = last.idx + len(last) if last.i > head.i else head.idx + len(head)
    text = doc_text(doc)[start:end]
    name = f"{person.name}'s {head.lower_}"
    mention = Mention(start, end, text, "description")
    return _group_actor(f"{_KIN_KEY}{person.id}", name, actors, made, mention)


def _group_actor(
    key: str, name: str, actors: list[Actor], made: dict[str, Actor], mention: Mention
) -> Actor:
    """The group actor made for ``key`` (made now, named ``name``, and added to ``actors``
    at its first mention as a speaker), with ``mention`` added."""
    actor = made.get(key)
    if actor is None:
        actor = Actor(
            id=next_actor_id(actors),
            name=name,
            kind=ActorKind.GROUP,
            mentions=[],
            salience=0.01,
        )
        made[key] = actor
        actors.append(actor)
    actor.mentions.append(mention)
    return actor


def _group_words(head: Token, actors: list[Actor]) -> list[Token] | None:
    """The words naming a group of speakers headed by ``head``, without "the", or None."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return None
    lemma = head.lemma_.lower()
    if lemma not in _group_nouns():
        return None
    words = [head]
    kinds = 0
    for left in head.lefts:
        if left.dep_ == "det" and left.lower_ == "the" and left.i == head.left_edge.i:
            continue
        if left.dep_ not in _KIND_MODIFIERS and not _kinds_of_people(left):
            return None
        if left.dep_ in _KIND_MODIFIERS and not _kind_word(left):
            return None  # "Two people", "Ortega's supporters", "Meridian officials"
        if left.lower_ in _QUANTIFIERS or left.ent_type_ or _has_words(left):
            return None  # "Several survivors", "Dutch officials"
        if left.lemma_.lower() in _body_heads():
            return None  # "Council officers": a body's own people
        words.extend(left.subtree)
        kinds += 1
    for right in head.rights:
        if right.is_punct:
            continue
        if _aside(right):
            break  # "Tenant groups, which had campaigned for it,": an aside on all of them
        phrase = _where_phrase(right, actors)
        if phrase is None:
            return None  # "officials who ...", "lawyers for the ministry"
        words.extend(phrase)
    if lemma in _GOVERNMENT_VOICES:
        return None  # "Officials said", "City officials said": the government's voice
    if len(words) == 1 and lemma in _member_nouns():
        return None  # "Researchers said": the voice of a body or a study, left to it
    if _named_next(head, words, actors):
        return None
    words.sort(key=lambda t: t.i)
    if words[-1].i - words[0].i + 1 != len(words):
        return None
    return words


def _named_next(head: Token, words: list[Token], actors: list[Actor]) -> bool:
    """Whether the next sentence brings in a body whose name holds a word of the group's
    ("Patients' advocates said ... A spokeswoman for the Alder Patients' Council said"):
    the group may be that body, so it is left unnamed."""
    doc = head.doc
    if head.sent.end >= len(doc):
        return False
    following = doc[head.sent.end].sent
    own = {t.lower_ for t in words if not t.is_punct and t.i != head.i}
    own |= {t.lemma_.lower() for t in words if t.pos_ == "NOUN" and t.i != head.i}
    for actor in actors:
        if actor.kind != ActorKind.ORGANISATION or not actor.mentions:
            continue
        first = min(m.start for m in actor.mentions)
        if following.start_char <= first < following.end_char and own & name_words(actor.name):
            return True
    return False


def _aside(word: Token) -> bool:
    """Whether a word after the group's noun opens an aside set off by a comma ("Tenant
    groups, which had campaigned for it,"): about all of them, no part of their name."""
    first = word.left_edge.i
    return word.dep_ in _ASIDE_DEPS and first > 0 and word.doc[first - 1].is_punct


def _kinds_of_people(word: Token) -> bool:
    """ "Patients' groups", "doctors' groups": a plural common noun owning the group
    says what kind of people it is made of (not "Ortega's supporters", "his family")."""
    return word.dep_ == "poss" and word.tag_ == "NNS" and not word.ent_type_


def _has_words(word: Token) -> bool:
    """Whether a modifier has words of its own, besides a possessive's mark."""
    return any(c.dep_ != "case" for c in word.children)


def _kind_word(word: Token) -> bool:
    """A common noun or adjective of what kind they are; a sentence's first word may be
    read as a name only for its capital ("Tenant groups welcomed")."""
    if word.pos_ in _KIND_POS:
        return True
    return word.pos_ == "PROPN" and word.is_sent_start and not word.ent_type_


def _where_phrase(right: Token, actors: list[Actor]) -> list[Token] | None:
    """The words of a plain phrase of place or side after the group's noun ("in the
    capital", "of Millbrook"), or None: one object, no clause, no body's head word, and
    any actor named in it a place."""
    if right.dep_ != "prep" or right.lower_ not in _WHERE_PREPS:
        return None
    if [c.dep_ for c in right.children] != ["pobj"]:
        return None
    obj = next(iter(right.children))
    subtree = list(right.subtree)
    if obj.lemma_.lower() in _body_heads():
        return None  # "Opponents on the council": the body's own members
    if any(t.dep_ in _CLAUSE_DEPS or t.is_punct for t in subtree):
        return None
    named = {
        actor_at(actors, t.idx, t.idx + len(t)) for t in subtree if t.pos_ in ("PROPN", "NOUN")
    } - {None}
    kinds = {a.kind for a in actors if a.id in named}
    written = " ".join(t.text for t in obj.subtree if t.pos_ == "PROPN")
    kinds |= {a.kind for a in actors if a.name == written and a.kind in _PLACE_KINDS}
    if not kinds <= _PLACE_KINDS:
        return None  # "scientists at the Volcano Institute": the body speaks
    if right.lower_ == _OF and not kinds:
        return None  # "critics of the plan": whose critics, not where they are
    return subtree
