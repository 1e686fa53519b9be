"""Sources of claims: the words naming who speaks, and the actor they refer to.

The actor is the one a mention of the source names: a name, a description the
actors analysis resolved ("the newspaper", "the Republican lawmaker") or a
pronoun it resolved ("he", only to a person of a compatible gender). A pronoun
it left alone stays without an actor: no guess from the nearest name. A source
that is a document or a statement ("the report said") speaks for its issuer
when the article names one ("the ministry's report", "a statement from Acme",
"Acme issued a statement ... The statement said"), else for nobody.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.aged import aged_person
from briefing_tui.analysis.claims.bodies import below_country, national_body, sole_country
from briefing_tui.analysis.claims.chain import chained_person
from briefing_tui.analysis.claims.context import (
    chained_body,
    described_actor,
    group_antecedent,
    other_antecedent,
    titled_actor,
)
from briefing_tui.analysis.claims.epithets import (
    epithet_holder,
    has_rival,
    is_party_member,
    named_for_noun,
    person_words,
    title_fits,
)
from briefing_tui.analysis.claims.introduced import restated_body, self_named, taken_up
from briefing_tui.analysis.claims.recent import recent_body
from briefing_tui.analysis.claims.trades import sole_trade_body
from briefing_tui.analysis.claims.voices import (
    described_owner,
    is_voice,
    names_after_owner,
    voiced_actor,
)
from briefing_tui.analysis.doctext import char_span, doc_text
from briefing_tui.analysis.spans import actor_at, name_words
from briefing_tui.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Subjects that stand for a clause, not a speaker ("it was reported that ...").
EXPLETIVES = frozenset({"it", "there"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
#: Relative pronouns that stand only for people.
PERSONAL_RELATIVES = frozenset({"who", "whom"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
#: Prepositions that name a document's issuer: "a statement from Acme", "a report by Acme".
ISSUER_PREPS = frozenset({"from", "by", "of"})
#: How many sentences back "the statement" may look for the actor that issued it.
ISSUER_SENTENCES = 3
#: Determiners of a document already introduced: "the statement", "that report".
DEFINITE = frozenset({"the", "this", "that"})
#: Clauses on a noun: names in them are not part of what the noun phrase names.
_CLAUSE_ON_NOUN = frozenset({"acl", "relcl"})
#: Kinds of actor that speak: two of them joined by "and" are no single speaker.
_SPEAKING_KINDS = frozenset({"person", "organisation", "country"})
#: Marks that join the parts of a hyphenated word.
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: Pronouns that never stand for a person.
NEUTER_PRONOUNS = frozenset({"it", "its"})
GROUP_PRONOUNS = frozenset({"it", "they", "them", "its", "their", "we"})


class ActorIndex:
    """Mentions sorted by position, for overlap and "latest before" lookups in log time."""

    def __init__(self, actors: list[Actor]) -> None:
        rows = sorted((m.start, m.end, a.id, a.kind, m.kind) for a in actors for m in a.mentions)
        self._actors = actors
        self._kinds = {a.id: a.kind for a in actors}
        self._rows = rows
        self._starts = [r[0] for r in rows]

    def at(self, start: int, end: int, prefer: tuple[int, int] | None = None) -> str | None:
        """The actor whose mention overlaps ``[start, end)``, trying ``prefer`` (the head) first."""
        if prefer is not None and (found := actor_at(self._actors, *prefer)):
            return found
        return actor_at(self._actors, start, end)

    def latest_person(self, start: int, end: int) -> str | None:
        """The person whose mention starts last in ``[start, end)``, pronouns too."""
        i = bisect_right(self._starts, end - 1)
        while i > 0 and self._rows[i - 1][0] >= start:
            i -= 1
            _start, m_end, actor_id, kind, _mention_kind = self._rows[i]
            if kind == "person" and m_end <= end:
                return actor_id
        return None

    def first_mention(self, actor_id: str, after: int = 0) -> int:
        """Where the actor's first mention from ``after`` on starts (-1 if none)."""
        i = bisect_right(self._starts, after - 1)
        return next((r[0] for r in self._rows[i:] if r[2] == actor_id), -1)

    def people(self) -> list[Actor]:
        """The actors that are persons."""
        return [a for a in self._actors if a.kind == "person"]

    def organisations(self) -> list[Actor]:
        """The actors that are organisations."""
        return [a for a in self._actors if a.kind == "organisation"]

    def person(self, actor_id: str) -> Actor | None:
        """The person ``actor_id`` names, or None for other kinds."""
        return next((a for a in self.people() if a.id == actor_id), None)

    def people_in(self, start: int, end: int) -> frozenset[str]:
        """Persons mentioned in ``[start, end)`` in any way, pronouns too."""
        found = set()
        i = bisect_right(self._starts, start - 1)
        while i < len(self._rows) and self._rows[i][0] < end:
            _start, m_end, actor_id, kind, _mention_kind = self._rows[i]
            if m_end <= end and kind == "person":
                found.add(actor_id)
            i += 1
        return frozenset(found)

    def named(self) -> list[tuple[str, str, str]]:
        """(id, name, kind) of every actor."""
        return [(a.id, a.name, str(a.kind)) for a in self._actors]

    def roles(self) -> dict[str, str]:
        """Each actor's role or title as the actors analysis found it ("Gov.", "senator")."""
        return {a.id: a.role for a in self._actors if a.role}

    def kind_of(self, actor_id: str) -> str | None:
        """The kind of actor ``actor_id`` ("person", "organization", ...)."""
        kind = self._kinds.get(actor_id)
        return None if kind is None else str(kind)

    def descriptions(self) -> list[tuple[int, int, str]]:
        """(start, end, actor id) of every mention the actors analysis found as a
        description ("the company")."""
        return [(r[0], r[1], r[2]) for r in self._rows if r[4] == "description"]

    def described_as(self, noun: str) -> str | None:
        """The one actor the actors analysis found written as "the ``noun``" ("the council"),
        or as the bare noun ("police", "Police said"), or None when none or several were."""
        wanted = {f"the {noun.lower()}", noun.lower()}
        found = {
            a.id
            for a in self._actors
            for m in a.mentions
            if m.kind == "description" and " ".join(m.text.lower().split()) in wanted
        }
        return next(iter(found)) if len(found) == 1 else None

    def named_with(self, noun: str) -> str | None:
        """The one organisation whose name holds the word ``noun`` ("ministry" in
        "Ministry of Mines", "police" in "Alder Police Service"), or None when none or
        several do."""
        word = noun.lower()
        found = {a.id for a in self.organisations() if word in name_words(a.name)}
        return next(iter(found)) if len(found) == 1 else None

    def named_in(self, start: int, end: int, described_bodies: bool = False) -> frozenset[str]:
        """Actors named (not by a pronoun) inside ``[start, end)``.

        A body's description ("the church", "the company") counts only with
        ``described_bodies``: a body's own statement may name the body so ("They said
        the company would ..."), so it does not rule the body out as the speaker.
        """
        found = set()
        i = bisect_right(self._starts, start - 1)
        while i < len(self._rows) and self._rows[i][0] < end:
            _start, m_end, actor_id, kind, mention_kind = self._rows[i]
            described_body = (
                not described_bodies and mention_kind == "description" and kind != "person"
            )
            if m_end <= end and mention_kind != "pronoun" and not described_body:
                found.add(actor_id)
            i += 1
        return frozenset(found)


def agent_of(verb: Token) -> Token | None:
    """The "by" phrase's noun of a passive verb, if written."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def is_passive(verb: Token) -> bool:
    """Whether the verb is in the passive voice."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def resolve_relative(subject: Token) -> Token:
    """ "who"/"which" as subject stands for the noun its clause modifies; when that noun
    only describes the subject of "be" ("Lund is a bully, cheat and liar who has
    promised ..."), for that subject (``_described_subject``); "who" hung on the object
    of a person's apposition, for that person (``_apposed_person``). A subject owned by
    "whose" is resolved by ``_whose_owner``."""
    if subject.lower_ in RELATIVE_PRONOUNS:
        clause = subject.head
        while clause.dep_ in {"conj"} and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "relcl":
            if subject.lower_ in PERSONAL_RELATIVES and (
                person := _apposed_person(clause.head, subject)
            ):
                return person
            return _described_subject(clause.head) or clause.head
    return _whose_owner(subject) or subject


def _apposed_person(noun: Token, relative: Token) -> Token | None:
    """ "Ann Lee, a former clerk at the company, who said ...": "who" is never the company.
    The parse hangs the clause on the nearest noun, the object of a preposition in an
    apposition to a person's name; the clause, set off by a comma after that
    apposition, is on the name."""
    if noun.ent_type_ == "PERSON" or noun.dep_ != "pobj" or relative.i < 1:
        return None
    if relative.doc[relative.i - 1].text != "," or noun.i > relative.i:
        return None
    current = noun
    while current.dep_ == "pobj" and current.head.dep_ == "prep":
        current = current.head.head
    if current.dep_ != "appos" or current.pos_ != "NOUN":
        return None
    name = current.head
    return name if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None


def _whose_owner(subject: Token) -> Token | None:
    """The speaker a subject owned by "whose" stands for, or None to keep the subject.

    "whose" opens a relative clause, so its noun is never the subject of the sentence's
    own verb: in "Lee, whose party holds 40 seats, said ..." read as one clause with two
    subjects, the speaker is the name before ", whose". In the clause itself ("Lee, whose
    party said ...") the subject stays.
    """
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if owner is None or subject.head.dep_ == "relcl":
        return None
    doc = subject.doc
    if owner.i < 2 or doc[owner.i - 1].text != ",":
        return None
    named = doc[owner.i - 2]
    while named.dep_ in {"compound", "flat"} and named.head.i > named.i:
        named = named.head
    # "the wife of Tom Lee, whose ...", "Lee, the minister, whose ...": the phrase's head
    while named.head.i < named.i and (
        named.dep_ == "appos" or (named.dep_ == "pobj" and named.head.dep_ == "prep")
    ):
        named = named.head if named.dep_ == "appos" else named.head.head
    return named if named.pos_ in {"NOUN", "PROPN"} and named.i < owner.i else None


def _described_subject(noun: Token) -> Token | None:
    """The named subject a predicate noun describes: "Hale" in "Hale is a farmer", and
    in "Hale shouts and is a bully, cheat and liar" for any of the listed nouns."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    copula = noun.head
    if noun.dep_ != "attr" or copula.lemma_.lower() != "be":
        return None
    verb = copula
    while True:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            found = subjects[0]
            # a name or a person ("Hale", "she"); "the real trouble is a memo which
            # claims ...": the memo claims, not the trouble
            named = found.pos_ == "PROPN" or found.lower_ in PERSON_PRONOUNS
            return found if named else None
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head


def phrase_bounds(head: Token, stop_before: int | None) -> tuple[int, int]:
    """Token range ``[start, end)`` of the phrase headed by ``head``, cut at ``stop_before``."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    if stop_before is not None and start < stop_before < end:
        end = max(head.i + 1, stop_before)
        for child in head.children:
            # "Smith, who had said ...": the source is Smith (and "who"), not the whole clause
            if (
                child.dep_ in {"relcl", "acl"}
                and child.left_edge.i <= stop_before <= child.right_edge.i
            ):
                # keep "who" itself: it is the word that names the speaker in the clause
                relative = child.left_edge.lower_ in RELATIVE_PRONOUNS
                end = max(head.i + 1, min(end, child.left_edge.i + int(relative)))
    doc = head.doc
    # "the seven vice-chancellors" parsed as three subjects: the word before the hyphen, and
    # its own words, belong to the phrase
    while (
        start >= 2
        and doc[start - 1].text in _HYPHENS
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
    ):
        start = min(start - 2, doc[start - 2].left_edge.i)
    # "Sen. Tom Hale (R-Utah)", "the Food Safety Authority (FSA)": the name ends at the bracket
    bracket = next((i for i in range(head.i + 1, end) if doc[i].text in ("(", "[")), None)
    if bracket is not None:
        end = bracket
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


def pronoun_kinds(word: str) -> frozenset[str] | None:
    """Which actor kinds a pronoun can stand for, or None for other words."""
    word = word.lower()
    if word in PERSON_PRONOUNS:
        return frozenset({"person"})
    if word in GROUP_PRONOUNS:
        return frozenset({"organisation", "country", "group"})
    return None


@cache
def _documents() -> tuple[frozenset[str], frozenset[str]]:
    """(document nouns, issuing verbs), from ``lexicon/claims/documents.tsv``."""
    rows = data_files.rows("claims/documents.tsv")
    nouns = frozenset(row[1].lower() for row in rows if row[0] == "document")
    verbs = frozenset(row[1].lower() for row in rows if row[0] == "verb")
    return nouns, verbs


def is_document(token: Token) -> bool:
    """Whether a source's head names a document or statement ("the report", "a statement",
    "figures released by the agency")."""
    nouns = _documents()[0]
    return token.pos_ == "NOUN" and (token.lemma_.lower() in nouns or token.lower_ in nouns)


def source_actor(
    doc: Doc,
    index: ActorIndex,
    span: tuple[int, int],
    head: tuple[int, int] | None,
    named: frozenset[str] = frozenset(),
) -> str | None:
    """The actor a claim's source names, or None.

    ``span`` and ``head`` are the source phrase and its head word (character
    ranges); ``named`` are the actors named in the claim's own content, which a
    pronoun source cannot be ("He described Smith as ...").
    """
    start, end = span
    actor = index.at(start, end, prefer=head) or _surname_holder(doc, span, index)
    word = doc_text(doc)[head[0] : head[1]] if head else ""
    if pronoun_kinds(word) is not None and end - start <= len(word) + 1:
        if actor is None and (pronoun := _token_at(doc, head[0])) is not None:
            # "Acme released its results. It said ...": the body just named; "The
            # allowances office replied. It said ...": the one body that description names
            actor = group_antecedent(pronoun, lambda t: _described_head_actor(t, index), index)
        elif (
            actor is not None
            and (pronoun := _token_at(doc, head[0])) is not None
            and other_antecedent(pronoun, actor, lambda t: _head_actor(t, index), index)
        ):
            # "The workers went on strike. They said": not a body named before; "Acme's
            # rival gave another account. It said": the subject just before, if a body
            actor = group_antecedent(pronoun, lambda t: _head_actor(t, index), index)
        elif (
            actor is not None
            and (pronoun := _token_at(doc, head[0])) is not None
            and (chained := chained_body(pronoun, actor, lambda t: _head_actor(t, index), index))
        ):
            actor = chained  # "In a statement, it said ... It said": the same body as before
        if (
            actor is not None
            and word.lower() in NEUTER_PRONOUNS
            and index.kind_of(actor) == "person"
        ):
            return None  # "what it says are inflated costs": "it" is never a person
        return actor if actor not in named else None  # only as the actors analysis resolved it
    if head is None:
        return actor
    token = _token_at(doc, head[0])
    if token is not None and _head_actor(token, index) is None and is_voice(token):
        # "A spokesman for the president said", "Lund's office denied": the owner speaks
        return voiced_actor(token, lambda t: _actor_of(t, index), index)
    below = token is not None and below_country(token)
    if below and actor is not None and index.kind_of(actor) == "country":
        return None  # "the regional government said": not the country's
    if token is not None and _several_people(token, index):
        return None  # "Two council members, Ann Lin and Omar Hadi, said": not one speaker
    if token is not None and actor is not None and _former_members(token, actor, index):
        return None  # "Two former employees of Acme said": they no longer speak for Acme
    if token is not None and actor is not None and _speaks_anonymously(token, index):
        return None  # "A senior official at the ministry, who spoke on condition of anonymity"
    if token is not None and (named := self_named(token, lambda t: _head_actor(t, index), index)):
        return named  # "A group calling itself Nightfox said": the name it goes by
    if token is not None and actor is not None and _in_a_clause_on(token, actor, index):
        return None  # "Truck drivers waiting on the Kazakh side said": the place does not speak
    if token is not None and actor is not None and _unlisted_person(token, actor, index):
        return None  # "Mayor Ines Duval of Port Hood said": Duval, whom the actors missed
    if token is not None and actor is not None and (named := _named_beside(token, actor, index)):
        return named  # "The company's chief executive, Daniel Hart, said": Hart, not Acme
    if token is not None and actor is not None and _body_role(token, actor, index):
        # "the assembly's speaker said": the one person given that title, never the body
        return _role_holder(token, index)
    if (
        token is not None
        and (actor is None or index.at(*head) is None)
        and (found := aged_person(token, index))
    ):
        # "Susan Marek ... The 54-year-old engineer said": Marek; and "The 63-year-old,
        # who ran the unit at Port Aldine Hospital, said": not the body in the clause
        return found
    if token is not None and token.pos_ == "NOUN" and not is_document(token):
        if actor is None or _only_a_modifier(token, actor, index):
            # "The New York businessman said": the one actor the article describes so
            return (
                described_actor(token, lambda t: _head_actor(t, index), index)
                or epithet_holder(token, index)
                or _fitting_title_holder(token, index)
                or named_for_noun(token, index)
                or chained_person(token, index)
                or sole_country(token, index)
                or national_body(token, index)
                or taken_up(token, lambda t: _head_actor(t, index), index)
                or restated_body(token, lambda t: _head_actor(t, index), index, _restating_nouns())
                or recent_body(token, index)
                or sole_trade_body(token, index)
            )
        person = index.person(actor) if index.at(*head) == actor else None
        named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)
        if person is not None and not named and not title_fits(token, person, linked=True):
            return None  # "the former governor" linked to a governor, "a senator ... the senator"
        if person is not None and not named and has_rival(token, person, index):
            return None  # "Senator Ann Cole met Sen. Bo Diaz. The senator said"
        if index.kind_of(actor) == "place" and index.at(*head) == actor:
            # "the city said": the place does not speak, its administration does; but
            # "the city of Millbrook" or "Marion County" ... "the county said" names the
            # municipality
            if _own_of_phrase_names(token, actor, index):
                return actor  # "The city of Phoenix said": its own "of" phrase names it
            described = described_actor(token, lambda t: _head_actor(t, index), index)
            return actor if actor in (described, named_for_noun(token, index)) else None
    if token is not None and is_party_member(token) and index.at(*head) is None:
        # "The Wyoming Republican said": a person of that party, never the place
        return epithet_holder(token, index)
    if token is not None and actor is not None and _place_before_a_name(token, actor, span, index):
        return None  # "the East European Coalition said": a name the actors missed
    if token is not None and is_document(token):
        # "the ministry's report": a name within the phrase, but not in a clause on it
        # ("a letter seen by the BBC": the BBC read the letter, it did not write it; a
        # clause of issuing names the issuer as its doer)
        clauses = [c for c in token.children if c.dep_ in _CLAUSE_ON_NOUN]
        # "a memo from the ministry seen by the Herald": a clause on the issuer's name
        # too ends the phrase that names the issuer
        inner = [t for t in token.subtree if t.dep_ in _CLAUSE_ON_NOUN and t.head.i != token.i]
        # "its filings with the Registration Office", "a report on Acme": a phrase after
        # the document on any other preposition than an issuer's names no issuer
        others = [
            c
            for c in token.children
            if c.dep_ == "prep" and c.i > token.i and c.lower_ not in ISSUER_PREPS
        ]
        own_end = min([end] + [c.left_edge.idx for c in clauses + inner + others])
        inside = index.at(start, own_end) if own_end > start else None
        if inside is not None and inside != index.at(head[0], head[1]):
            return inside
        for clause in clauses:
            if clause.lemma_.lower() in _documents()[1]:
                # "a report released by the ministry", "a speech Smith delivered"
                doers = [c for c in clause.children if c.dep_ == "nsubj"]
                doers += [a for a in [agent_of(clause)] if a is not None]
                found = next((a for d in doers if (a := _actor_of(d, index))), None)
                if found is None:
                    # "a statement issued by the airline": the one airline of the article
                    found = next((a for d in doers if (a := sole_trade_body(d, index))), None)
                if found is not None:
                    return found
        return issuer_of(token, index)
    if token is not None and actor is not None and _people_of_a_place(token, actor, index):
        # "voters in Easton" are nobody in particular; "the senator from Ohio" may be
        # the one senator the article names with Ohio
        return epithet_holder(token, index)
    if token is not None and actor is not None and _body_of_a_land(token, actor, index):
        return None  # "Norvania's coast guard said": a body of the country, not its government
    if token is not None and actor is not None and _named_in_an_adjective(token, actor, index):
        return None  # "a person familiar with Acme's finances", "people close to Ann Lee"
    if token is not None and actor is not None and _overseer_of(token, actor, index):
        # "Sarnovia's competition regulator said": never the organisation it oversees
        return described_actor(token, lambda t: _head_actor(t, index), index)
    if token is not None and actor is not None and _someone_elses(token, actor, index):
        return _apposed_actor(token, index) or described_actor(
            token, lambda t: _head_actor(t, index), index
        )
    if actor is not None and index.kind_of(actor) == "place" and _said_by_who(doc, span):
        return None  # "Democrats on Capitol Hill, who said ...": "who" is never a place
    return actor


def _surname_holder(doc: Doc, span: tuple[int, int], index: ActorIndex) -> str | None:
    """ "although de Groot said": a name the actors analysis left unlinked is the one
    person whose full name ends with all its words ("Martijn de Groot"), if only one does."""
    words = doc_text(doc)[span[0] : span[1]].split()
    found = char_span(doc, *span)
    if not words or found is None or not any(t.pos_ == "PROPN" for t in found):
        return None
    if any(not (t.pos_ == "PROPN" or t.is_lower) or t.is_punct for t in found):
        return None  # "the company's Lee", "Lee, who": more than a name
    holders = {
        person.id
        for person in index.people()
        if len(person.name.split()) > len(words) and person.name.split()[-len(words) :] == words
    }
    return next(iter(holders)) if len(holders) == 1 else None


def _several_people(head: Token, index: ActorIndex) -> bool:
    """Whether the source names two or more people or bodies joined by "and" (its head, or
    a list apposed to it): a claim has one speaker, so it is given none."""
    tops = [head, *(c for c in head.children if c.dep_ == "appos")]
    for top in tops:
        joined = [top, *(c for c in top.children if c.dep_ == "conj")]
        people = {_head_actor(t, index) for t in joined}
        people.discard(None)
        if len(people) >= 2 and all(index.kind_of(p) in _SPEAKING_KINDS for p in people):
            return True  # "Two grocers, Bexley Markets and Corrin Stores, said" too
    if head.tag_ == "NNS":
        # "Two members from the Farmers Alliance, Tom Berg and Lisa Moor, said": the parse
        # may hang the names on the body, but a plural noun naming two people is those two
        named = {_head_actor(t, index) for t in head.subtree if t.pos_ == "PROPN"}
        people = {p for p in named if p is not None and index.kind_of(p) == "person"}
        return len(people) >= 2
    return False


def _in_a_clause_on(head: Token, actor: str, index: ActorIndex) -> bool:
    """Whether the actor is named only inside a clause on the source's common noun ("truck
    drivers waiting on the Kazakh side", "Acme Foods, based in Dunmore, said", "Translink,
    the agency that plans bus services in Queensland, said"): the noun's people or the named
    body speak, not that actor. A subject the tagger took for a verb ("Translink/VB") is a
    noun all the same."""
    if not (head.pos_ in {"NOUN", "PROPN"} or _mistagged_name(head)):
        return False
    if head.lemma_.lower() in _government_nouns():
        return False
    if is_document(head):
        return False  # "a report released by the ministry": the issuer, read below
    if _head_actor(head, index) == actor:
        return False
    # "Translink, the state agency that plans bus services in Queensland": a clause on the
    # noun set beside a name is on the name as well (a description's own apposition, "The
    # 47-year-old, a geologist who led the firm", is read for the person it describes)
    named = head.pos_ == "PROPN" or _mistagged_name(head)
    beside = [c for c in head.children if c.dep_ == "appos"] if named else []
    nouns = [head, *beside]
    clauses = [c for noun in nouns for c in noun.children if c.dep_ in _CLAUSE_ON_NOUN]
    inside = {t.i for c in clauses for t in c.subtree}
    found = [t.i for t in head.subtree if _head_actor(t, index) == actor]
    return bool(found) and all(i in inside for i in found)


def _mistagged_name(head: Token) -> bool:
    """Whether a subject the tagger took for a verb or an adjective is a name all the same:
    one capitalised word of letters ("Translink/VB", "Connect/JJ")."""
    word = head.text
    subject = head.dep_ in {"nsubj", "nsubjpass"} and head.pos_ not in {"PRON", "DET", "NUM"}
    return subject and word[:1].isupper() and word.isalpha()


def _fitting_title_holder(head: Token, index: ActorIndex) -> str | None:
    """The one person holding the description's title, if the description fits them."""
    found = titled_actor(head, index)
    person = index.person(found) if found is not None else None
    return found if person is not None and title_fits(head, person) else None


def _said_by_who(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether the source phrase ends on the relative "who" (a person or a group)."""
    return doc_text(doc)[span[0] : span[1]].rstrip().lower().endswith((" who", ",who"))


#: Dependencies of a word that only modifies a noun ("the New York businessman").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


@cache
def _body_heads() -> frozenset[str]:
    """Head nouns of a body's name ("ministry", "council": ``actors/org_heads.txt``) and
    of government ("officials": ``actors/government_nouns.txt``)."""
    return data_files.words("actors/org_heads.txt") | _government_nouns()


@cache
def _restating_nouns() -> frozenset[str]:
    """Nouns by which a description restates a body named beside it ("the company", "the
    regulator"): heads of organisation names (``actors/org_heads.txt``), classes of trade
    body (``claims/trade_bodies.tsv``) and the one-word bodies of
    ``actors/speaking_bodies.tsv``."""
    trades = {row[1] for row in data_files.rows("claims/trade_bodies.tsv") if row[0] == "noun"}
    bodies = {
        row[1]
        for row in data_files.rows("actors/speaking_bodies.tsv")
        if row[0] == "body" and " " not in row[1]
    }
    return data_files.words("actors/org_heads.txt") | trades | bodies


def _government_nouns() -> frozenset[str]:
    """Nouns that after a country's name stand for the country ("U.S. officials")."""
    return data_files.words("actors/government_nouns.txt")


def _only_a_modifier(head: Token, actor: str, index: ActorIndex) -> bool:
    """ "The Indiana governor", "the New York businessman", "the East European Coalition":
    a place named only as a word before a noun or name that is someone else; the place
    does not speak.

    A country speaks through its government ("the Saudi government", "U.S. officials",
    by the actors' convention) but not through one person it describes ("the former
    first lady and U.S. senator", "the French novelist").
    """
    kind = index.kind_of(actor)
    if head.pos_ != "NOUN" or kind not in ("place", "country"):
        return False
    if index.at(head.idx, head.idx + len(head.text)) == actor:
        return False
    nouns = [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    modified = [
        noun
        for noun in nouns
        for c in noun.children
        if c.i < noun.i and c.dep_ in _MODIFIER_DEPS and _actor_of(c, index) == actor
    ]
    if not modified:
        return False
    if kind == "place":
        return True
    return all(n.lemma_.lower() not in _government_nouns() for n in nouns)


def _place_before_a_name(head: Token, actor: str, span: tuple[int, int], index: ActorIndex) -> bool:
    """ "the East European Coalition said": a place or country named only in the words
    before a name the actors analysis did not list; the name speaks, not the place (a
    government noun after a country, "the U.S. Senate", speaks for it)."""
    if head.pos_ != "PROPN" or index.kind_of(actor) not in ("place", "country"):
        return False
    if head.lemma_.lower() in _government_nouns():
        return False
    start, end = span
    own = index.at(head.idx, end)
    return own is None and index.at(start, head.idx) == actor


def _someone_elses(head: Token, actor: str, index: ActorIndex) -> bool:
    """Whether a common-noun source is a person's lawyer, aide or relative rather than that
    person: "Pagliano's attorney said" (the actor found is only the possessor).

    A body's spokesman speaks for the body ("the ministry's spokesman"), so only a
    possessor that is a person counts.
    """
    if head.pos_ != "NOUN" or index.kind_of(actor) != "person":
        return False
    if index.at(head.idx, head.idx + len(head.text)) == actor:
        return False
    if any(_actor_of(c, index) == actor for c in head.children if c.dep_ == "poss"):
        return True
    # "an aide to Senator Lopez", "a lawyer for Ruiz": named in the noun's own phrase
    return any(_actor_of(o, index) == actor for o in _prep_objects(head))


#: Nouns of a body that rules over others: "X's regulator" is never X.
_OVERSEEING_NOUNS = frozenset({"regulator", "watchdog", "ministry", "government", "inspectorate"})


def _overseer_of(head: Token, actor: str, index: ActorIndex) -> bool:
    """Whether the source is a body ruling over an organisation its possessor names
    ("Sarnovia's competition regulator" with "Sarnovia" taken for a union of that name)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _OVERSEEING_NOUNS:
        return False
    if index.kind_of(actor) != "organisation" or index.at(head.idx, head.idx + len(head.text)):
        return False
    return any(_actor_of(c, index) == actor for c in head.children if c.dep_ == "poss")


#: Kinds of actor that speak through their government, not through every body they hold.
_LAND_KINDS = frozenset({"country", "place"})


def _body_of_a_land(head: Token, actor: str, index: ActorIndex) -> bool:
    """Whether a common-noun source is a body or group a country or place holds, named by
    its possessor ("Norvania's coast guard", "the city's police", "Norvania's farmers", "a
    committee of Norvania's sports federation"):
    the land speaks through its government ("Norvania's government", "its officials"),
    and a body of its own is another speaker, which the actors did not list."""
    if head.pos_ != "NOUN" or index.kind_of(actor) not in _LAND_KINDS:
        return False
    if _head_actor(head, index) is not None or head.lemma_.lower() in _government_nouns():
        return False
    owners = [c for c in head.children if c.dep_ == "poss"]
    # "a disciplinary committee of Norvania's sports federation": a body of a body of hers
    owners += [
        c
        for body in _prep_objects(head)
        if body.pos_ == "NOUN"
        and body.lemma_.lower() not in _government_nouns()
        and _head_actor(body, index) is None
        for c in body.children
        if c.dep_ == "poss"
    ]
    return any(_actor_of(c, index) == actor for c in owners)


#: Dependencies of an adjective hung on a noun ("a person familiar with ...").
_ADJECTIVE_DEPS = frozenset({"amod", "acomp"})


def _named_in_an_adjective(head: Token, actor: str, index: ActorIndex) -> bool:
    """Whether the actor is named only inside an adjective's phrase on the source's noun
    ("a person familiar with Acme's finances", "people close to Ann Lee"): someone who
    knows of the actor or stands near it, who does not speak for it."""
    if head.pos_ != "NOUN" or _head_actor(head, index) == actor:
        return False
    phrases = [
        c
        for c in head.children
        if c.dep_ in _ADJECTIVE_DEPS and c.i > head.i and any(g.dep_ == "prep" for g in c.children)
    ]
    inside = {t.i for c in phrases for t in c.subtree}
    found = [t.i for t in head.subtree if _head_actor(t, index) == actor]
    return bool(found) and all(i in inside for i in found)


def _prep_objects(head: Token) -> list[Token]:
    """The objects of the prepositions a noun governs ("voters [in] Easton")."""
    return [o for c in head.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]


def _people_of_a_place(head: Token, actor: str, index: ActorIndex) -> bool:
    """ "Voters in Easton", "residents of Millbrook": people named by where they live or
    work; the place does not speak (its government does: "officials in Beijing")."""
    if head.pos_ != "NOUN" or index.kind_of(actor) not in ("place", "country"):
        return False
    if index.at(head.idx, head.idx + len(head.text)) == actor:
        return False
    if head.lemma_.lower() in _government_nouns():
        return False
    if head.tag_ == "NN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False  # "the city of Phoenix": the municipality itself
    return any(_actor_of(o, index) == actor for o in _prep_objects(head))


def _unlisted_person(head: Token, actor: str, index: ActorIndex) -> bool:
    """Whether the source's head is a name that no actor holds, and the actor found is
    only a place or country named in its phrase ("Mayor Ines Duval of Port Hood": the
    town): a place does not speak through someone's name."""
    if head.pos_ != "PROPN" or _head_actor(head, index) is not None:
        return False
    if head.lemma_.lower() in _body_heads():
        return False  # "The interior ministry of Kestria said": its government speaks
    if index.kind_of(actor) not in ("place", "country"):
        return False
    # named in the phrase's own "of"/"from" phrase ("The Oregon Democrat" is read elsewhere)
    return any(_actor_of(o, index) == actor for o in _prep_objects(head))


def _named_beside(head: Token, actor: str, index: ActorIndex) -> str | None:
    """The person named in apposition to a common-noun source whose own word is no
    mention of ``actor`` ("the company's chief executive, Daniel Hart": the actor found
    was only the company in its possessor)."""
    if head.pos_ != "NOUN" or _head_actor(head, index) == actor:
        return None
    person = _apposed_actor(head, index)
    if person is None or person == actor or index.kind_of(person) != "person":
        return None
    return person


@cache
def _title_families() -> dict[str, str]:
    """Title -> its family (``lexicon/actors/titles.tsv``: "speaker" -> "head")."""
    return {row[0].lower(): row[2] for row in data_files.rows("actors/titles.tsv") if len(row) > 2}


#: Title families whose holder speaks for the body itself ("the ministry's spokesman").
_VOICE_FAMILIES = frozenset({"spokesperson"})
#: Kinds of actor that hold offices rather than speak in one person's name.
_BODY_KINDS = frozenset({"organisation", "country", "place", "group"})


def _body_role(head: Token, actor: str, index: ActorIndex) -> bool:
    """Whether a source is a title held in a body named as its possessor ("the assembly's
    speaker", "Acme's chief executive"): the title's holder speaks, not the body. A
    spokesperson speaks for the body ("the ministry's spokesman") and stays with it."""
    if head.pos_ != "NOUN" or index.kind_of(actor) not in _BODY_KINDS:
        return False
    if _head_actor(head, index) is not None:
        return False
    family = _title_families().get(head.lemma_.lower())
    if family is None or family in _VOICE_FAMILIES:
        return False
    return any(_actor_of(c, index) == actor for c in head.children if c.dep_ == "poss")


def _role_holder(head: Token, index: ActorIndex) -> str | None:
    """The one person the article writes with the title ``head`` names ("Speaker Anton
    Reisvik" for "the assembly's speaker"), or None."""
    title = head.lemma_.lower()
    holders = [p.id for p in index.people() if title in person_words(head.doc, p)[0]]
    return holders[0] if len(holders) == 1 else None


def _apposed_actor(head: Token, index: ActorIndex) -> str | None:
    """The actor named beside a common-noun source ("his lawyer, Mark Hale, said"; "a
    spokesman for the president, Piet Lund, said", where the parse hangs the name on the
    object of "for")."""
    beside = [c for c in head.children if c.dep_ == "appos"]
    beside += names_after_owner(head)
    return next((found for c in beside if (found := _actor_of(c, index))), None)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = char_span(doc, char, char + 1)
    return span[0] if span is not None and len(span) else None


def issuer_reach(token: Token) -> int:
    """The first token of the ``ISSUER_SENTENCES`` sentences before ``token``'s own, where a
    document's issuer is looked for."""
    doc = token.doc
    first = token.sent.start
    for _ in range(ISSUER_SENTENCES):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    return first


def issuer_of(noun: Token, index: ActorIndex) -> str | None:
    """The actor that issued the document ``noun`` names, if the article names it."""
    own = _named_issuer(noun, index) or _issued_here(noun, index)
    if own is not None:
        return own
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return None  # "a statement said": an issuer only within its own phrase
    _, verbs = _documents()
    lemma = noun.lemma_.lower()
    doc = noun.doc
    for earlier in reversed(doc[issuer_reach(noun) : noun.i]):
        if earlier.lemma_.lower() != lemma:
            continue
        issuer = _named_issuer(earlier, index)
        if issuer is None and earlier.dep_ == "dobj" and earlier.head.lemma_.lower() in verbs:
            subjects = [c for c in earlier.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            issuer = next((a for s in subjects if (a := _actor_of(s, index))), None)
        if issuer is None and _said_in(earlier):
            # "Whitcombe said in a statement that ... . The statement said": hers
            verb = earlier.head.head
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            subjects += [c for s in subjects for c in s.children if c.dep_ == "appos"]
            issuer = next((a for s in subjects if (a := _head_actor(s, index))), None)
        return issuer  # the latest mention of that document decides
    return None


def _said_in(noun: Token) -> bool:
    """ "said in a statement": the document is where its verb's subject said something."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in _SAYING
    )


#: Verbs by which someone puts words in a document: "said in a statement".
_SAYING = frozenset({"say", "write", "state", "announce", "add", "tell"})


def _issued_here(noun: Token, index: ActorIndex) -> str | None:
    """ "The Harbor Authority issued a statement saying ...": the subject of the verb that
    issues the document in its own sentence (its head word only: "the mayor, who met
    Acme, issued a statement" is not Acme's)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _documents()[1]:
        return None
    subjects = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((a for s in subjects if (a := _head_actor(s, index))), None)


def _named_issuer(noun: Token, index: ActorIndex) -> str | None:
    """ "Acme's statement", "a statement from Acme", "a report by Acme", "a police
    statement" (the one organisation whose name holds "police": ``described_owner``),
    "a statement from the club" (the one club: ``sole_trade_body``)."""
    for child in noun.children:
        if child.dep_ == "compound" and child.i == noun.i - 1 and child.pos_ == "NOUN":
            found = described_owner(child, index)
            if found is not None:
                return found
        if child.dep_ == "poss":
            found = _actor_of(child, index)
            if found is not None:
                return found
        if child.dep_ == "prep" and child.lower_ in ISSUER_PREPS:
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                # "a statement from the club": the one club of the article
                found = _own_phrase_actor(obj, index) or sole_trade_body(obj, index)
                if found is not None:
                    return found
    return None


def _own_phrase_actor(token: Token, index: ActorIndex) -> str | None:
    """The actor of a noun phrase's head word, or of its words before any clause on it
    ("a memo from the ministry seen by Harbor News": not the paper that saw it)."""
    clauses = [c.left_edge.i for c in token.children if c.dep_ in _CLAUSE_ON_NOUN]
    last = min([token.right_edge.i + 1, *clauses]) - 1
    if last < token.left_edge.i:
        return _head_actor(token, index)
    end = token.doc[last]
    return _head_actor(token, index) or index.at(token.left_edge.idx, end.idx + len(end))


def _actor_of(token: Token, index: ActorIndex) -> str | None:
    """The actor of a noun phrase's head word (or of its whole phrase)."""
    head = (token.idx, token.idx + len(token))
    phrase = (token.left_edge.idx, token.right_edge.idx + len(token.right_edge))
    return index.at(*head) or index.at(*phrase)


def _described_head_actor(token: Token, index: ActorIndex) -> str | None:
    """The actor of a noun phrase's head word, or the one body a bare definite description
    the actors analysis left unresolved names: by its name's head ("the allowances office"
    for the Parliamentary Allowances Office) or by its kind ("the airline")."""
    found = _head_actor(token, index)
    if found is not None or token.pos_ != "NOUN":
        return found
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    return named_for_noun(token, index) or sole_trade_body(token, index)


def _head_actor(token: Token, index: ActorIndex) -> str | None:
    """The actor of a noun phrase's head word only (not of a name in a clause on it)."""
    return index.at(token.idx, token.idx + len(token))


def _own_of_phrase_names(noun: Token, actor: str, index: ActorIndex) -> bool:
    """Whether the description's own "of" phrase is a name of ``actor`` ("the city of
    Phoenix")."""
    return any(
        o.head.lower_ == "of" and o.pos_ == "PROPN" and _actor_of(o, index) == actor
        for o in _prep_objects(noun)
    )


#: Words that say a source speaks without being named: "on condition of anonymity",
#: "asked not to be named", "declined to be identified", "was not authorised to speak".
_ANONYMITY_NOUNS = frozenset({"anonymity"})
_UNNAMED_VERBS = frozenset({"name", "identify", "authorise", "authorize"})
#: Words that deny the naming verb after them ("not to be named", "declined to be named").
_DENYING = frozenset({"not", "decline", "refuse"})
#: How far after "not" the verb of naming may come ("not to be named").
_NOT_REACH = 4
#: Adjuncts of the speech verb that may say the speaker is unnamed: "said on condition of
#: anonymity", "said ..., speaking on condition that she not be named", "asking not to be
#: identified". Other adjuncts ("after the union refused to name ...") are about the matter.
_UNNAMED_ADJUNCT_PREPS = frozenset({"on"})
_UNNAMED_ADJUNCT_VERBS = frozenset({"speak", "ask", "request", "decline", "refuse", "talk"})


def _speaks_anonymously(head: Token, index: ActorIndex) -> bool:
    """Whether a common-noun source with no actor of its own is someone the article says
    speaks without being named ("A senior official at the Finance Ministry, who spoke on
    condition of anonymity, said", "A Namibian government official, who asked not to be
    named, said", "said a manager at Acme, who asked not to be named", "An Acme manager
    said on condition of anonymity"): a person nobody can name, never the body or land
    named beside them."""
    if head.pos_ != "NOUN" or _head_actor(head, index) is not None or is_document(head):
        return False
    doc = head.doc
    verb = head.head
    end = verb.i if head.dep_ in {"nsubj", "nsubjpass"} and verb.i > head.i else head.right_edge.i
    if _unnamed_in(doc[head.left_edge.i : end + 1]):
        return True
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    adjuncts = [
        c
        for c in verb.children
        if (c.dep_ == "prep" and c.lower_ in _UNNAMED_ADJUNCT_PREPS)
        or (c.dep_ == "advcl" and c.lemma_.lower() in _UNNAMED_ADJUNCT_VERBS)
    ]
    return any(_unnamed_in(doc[c.left_edge.i : c.right_edge.i + 1]) for c in adjuncts)


def _unnamed_in(words: Span) -> bool:
    """Whether the words say someone is not named: "anonymity", or a naming verb denied
    just before it ("not to be named", "declined to be identified")."""
    if any(t.lemma_.lower() in _ANONYMITY_NOUNS for t in words):
        return True
    doc, end = words.doc, words.end
    return any(
        t.lemma_.lower() in _DENYING
        and any(
            w.lemma_.lower() in _UNNAMED_VERBS for w in doc[t.i + 1 : min(t.i + _NOT_REACH, end)]
        )
        for t in words
    )


#: Modifiers of a member noun that say the member has left the body.
_FORMER = frozenset({"former", "ex", "ex-", "onetime", "one-time", "erstwhile"})


def _former_members(head: Token, actor: str, index: ActorIndex) -> bool:
    """Whether a common-noun source is people who once belonged to ``actor`` ("two
    former employees of Acme", "a former spokesman for the ministry"): they no longer
    speak for it, so the body is not the speaker."""
    if head.pos_ != "NOUN" or index.at(head.idx, head.idx + len(head.text)) == actor:
        return False
    return any(c.dep_ == "amod" and c.lower_ in _FORMER for c in head.children)
