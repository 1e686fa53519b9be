"""Sources of claims: the words naming who speaks, and the actor they refer to."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from briefing_tui.analysis.spans import actor_at
from briefing_tui.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Subjects that stand for a clause, not a speaker ("it was reported that ...").
EXPLETIVES = frozenset({"it", "there"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
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

    def latest_before(
        self,
        pos: int,
        kinds: frozenset[str],
        window: int = 600,
        exclude: frozenset[str] = frozenset(),
    ) -> str | None:
        """The actor of the nearest named mention before ``pos`` whose kind is in ``kinds``."""
        i = bisect_right(self._starts, pos - 1) - 1
        while i >= 0 and self._rows[i][0] >= pos - window:
            _start, _end, actor_id, kind, mention_kind = self._rows[i]
            if kind in kinds and mention_kind != "pronoun" and actor_id not in exclude:
                return actor_id
            i -= 1
        return None

    def named_in(self, start: int, end: int) -> frozenset[str]:
        """Actors named (not by a pronoun) inside ``[start, end)``."""
        found = set()
        i = bisect_right(self._starts, start - 1)
        while i < len(self._rows) and self._rows[i][0] < end:
            _start, m_end, actor_id, _kind, mention_kind = self._rows[i]
            if m_end <= end and mention_kind != "pronoun":
                found.add(actor_id)
            i += 1
        return frozenset(found)

    def kind_of(self, actor_id: str) -> str | None:
        """The kind of the actor with this id."""
        return self._kinds.get(actor_id)


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
    """ "who"/"which" as subject stands for the noun its clause modifies."""
    if subject.lower_ in RELATIVE_PRONOUNS:
        clause = subject.head
        while clause.dep_ in {"conj"} and clause.head is not clause:
            clause = clause.head
        if clause.dep_ == "relcl":
            return clause.head
    return subject


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
