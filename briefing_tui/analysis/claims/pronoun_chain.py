"""A "he" or "she" source the actors analysis left alone: the speaker of the claim before.
And one it gave to a person past a nearer person of that gender: no speaker.

"... government spokesman Peter Ulvang said. / He added that ...": news copy goes on
with a pronoun for the person whose words it just reported. When the actors analysis
did not resolve such a pronoun (it gives it no actor), the claim takes the speaker of
the claim just before it when all of these hold: that speaker is a person; that
claim's source, or its content (a quotation run on over paragraphs), is in the pronoun's
paragraph or the one before; no other person the
pronoun may stand for (one of its gender, or of no gender known) is mentioned between
that source and the pronoun, except inside a direct quotation (a name in someone's
quoted words is not who the narrative goes on about); and the
article gives the person the pronoun's gender and no other (by their pronouns, a
gendered title or honorific, ``lexicon/actors/titles.tsv``, ``honorifics.tsv``,
``gendered_nouns.tsv``, or a first name, ``first_names.tsv``). Otherwise the claim keeps
no speaker.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Protocol

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import char_span, doc_text
from briefing_tui.analysis.sentences import sentence_bounds
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefing_tui.analysis.claims.draft import Draft
    from briefing_tui.model import Actor

#: Pronouns by the gender they give a person.
_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
#: Pronoun sources this module reads.
_SUBJECTS = frozenset({"he", "she"})
#: Whether a pronoun may stand for the person of that actor id.
PersonTest = Callable[[str], bool]
#: Claim kinds whose content is someone's own quoted words.
_QUOTED = frozenset({ClaimKind.DIRECT})


class Mentions(Protocol):
    """What this module needs of the claims' actor index."""

    def at(self, start: int, end: int, prefer: tuple[int, int] | None = None) -> str | None: ...

    def person(self, actor_id: str) -> Actor | None: ...

    def people_in(self, start: int, end: int) -> frozenset[str]: ...

    def named_in(self, start: int, end: int, described_bodies: bool = False) -> frozenset[str]: ...


@cache
def _gendered_words() -> dict[str, str]:
    """Lower-case title, honorific or noun -> "m" or "f"."""
    found: dict[str, str] = {}
    for name in ("actors/titles.tsv", "actors/honorifics.tsv", "actors/gendered_nouns.tsv"):
        for row in data_files.rows(name):
            if len(row) > 1 and row[1] in ("m", "f"):
                found[row[0].lower()] = row[1]
    return found


@cache
def _first_names() -> dict[str, str]:
    """Lower-case first name -> "m" or "f" (``lexicon/actors/first_names.tsv``)."""
    return {row[0]: row[1] for row in data_files.rows("actors/first_names.tsv") if len(row) > 1}


def person_gender(text: str, person: Actor) -> str | None:
    """The one gender the article gives ``person``, or None (none, or both)."""
    found = set()
    for mention in person.mentions:
        words = text[mention.start : mention.end].lower().split()
        if mention.kind == "pronoun":
            found |= {_GENDERS[w] for w in words if w in _GENDERS}
            continue
        found |= {_gendered_words()[w] for w in words if w in _gendered_words()}
        if mention.kind == "name" and len(words) >= 2:
            # "Dr. Ruth Abernathy", "Rosalind Achebe-Grant": no abbreviation, any surname
            names = [w for w in words if not w.endswith(".") and w not in _gendered_words()]
            # "Defence Minister Carla Brenn": the first listed first name before the surname
            first = next((w for w in names[:-1] if w in _first_names()), None)
            if first is not None:
                found.add(_first_names()[first])
    return next(iter(found)) if len(found) == 1 else None


def _paragraph_before(text: str, at: int) -> int:
    """Where the paragraph before the one holding ``at`` starts."""
    back = text.rfind("\n", 0, at)
    while back > 0 and text[back - 1].isspace():
        back -= 1
    return text.rfind("\n", 0, back) + 1 if back > 0 else 0


def _last_said(draft: Draft, before: int) -> int:
    """Where a claim was last written before ``before``: its source, or its content when
    that comes later (a quotation after its cue, run on over paragraphs)."""
    assert draft.source_span is not None
    content = draft.content[0]
    return max(draft.source_span[0], content) if content < before else draft.source_span[0]


def _sentence_before(doc: Doc, at: int) -> int:
    """Where the sentence before the one holding character ``at`` starts (a character)."""
    span = char_span(doc, at, at + 1)
    if span is None or not len(span):
        return at
    start, _end = sentence_bounds(doc, span[0].i)
    if start == 0:
        return 0
    before, _end = sentence_bounds(doc, start - 1)
    return doc[before].idx


def _others_between(
    drafts: list[Draft], person: str, start: int, end: int, index: Mentions, fits: PersonTest
) -> bool:
    """Whether someone other than ``person`` whom the pronoun ``fits`` is mentioned in
    ``[start, end)`` outside the direct quotations there ("Ann Roe called on the president
    to fire his aide ... she told": the men named between are not "she")."""
    quoted = sorted(d.content for d in drafts if d.kind in _QUOTED and start <= d.content[0] < end)
    cursor = start
    for q_start, q_end in [*quoted, (end, end)]:
        if q_start > cursor and any(fits(o) for o in index.people_in(cursor, q_start) - {person}):
            return True
        cursor = max(cursor, q_end)
    return False


#: Determiners that bring a new person into the story ("a senior official").
_INDEFINITE = frozenset({"a", "an", "another"})


@cache
def _introduced_nouns() -> frozenset[str]:
    """Nouns for a person by role or kind (``chain.person_nouns`` and the officials of
    ``actors/official_nouns.txt``) that, after "a", bring in someone new."""
    from briefing_tui.analysis.claims.chain import person_nouns

    return person_nouns() | data_files.words("actors/official_nouns.txt")


def _someone_introduced(doc: Doc, drafts: list[Draft], start: int, end: int) -> bool:
    """Whether a clause in ``[start, end)``, outside the direct quotations there, has for
    subject a person brought in by an indefinite noun ("An aide to the minister ...
    disagreed"): the pronoun after it may be that person, whom no actor stands for."""
    span = char_span(doc, start, end)
    if span is None:
        return False
    quoted = [d.content for d in drafts if d.kind in _QUOTED]
    nouns = _introduced_nouns()
    return any(
        not any(q_start <= t.idx < q_end for q_start, q_end in quoted)
        and t.dep_ in ("nsubj", "nsubjpass")
        and t.tag_ == "NN"
        and t.lemma_.lower() in nouns
        and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in t.children)
        for t in span
    )


def carry_pronoun_speakers(doc: Doc, drafts: list[Draft], index: Mentions) -> None:
    """Give a "he"/"she" source the actors left alone the speaker of the claim before it
    (see the module), in place."""
    text = doc_text(doc)
    ordered = sorted((d for d in drafts if d.source_span), key=lambda d: d.source_span or (0, 0))
    for i, draft in enumerate(ordered):
        span, head = draft.source_span, draft.source_head
        if draft.actor is not None or span is None or head is None or span != head:
            continue
        word = text[head[0] : head[1]].lower()
        if word not in _SUBJECTS or index.at(*head) is not None:
            continue
        before = [d for d in ordered[:i] if d.source_span and d.source_span[1] <= head[0]]
        if not before:
            continue
        # a quotation run on into later paragraphs is the claim before, though its source
        # is written paragraphs back ('"...," Brenn said. "... / "..." / She said')
        previous = max(before, key=lambda d: _last_said(d, head[0]))
        assert previous.source_span is not None
        person = index.person(previous.actor) if previous.actor is not None else None
        if person is None or _last_said(previous, head[0]) < _paragraph_before(text, head[0]):
            continue
        gender = _GENDERS[word]

        def fits(other: str, gender: str = gender) -> bool:
            found = index.person(other)
            return found is None or person_gender(text, found) in (None, gender)

        if _others_between(drafts, person.id, previous.source_span[0], head[0], index, fits):
            continue
        if _someone_introduced(doc, drafts, previous.source_span[1], head[0]):
            continue  # "An aide ... disagreed. He said": maybe the aide
        if person.id in index.named_in(span[1], max(span[1], draft.content[1])):
            continue  # "He described Tom Hale as ...": not Hale himself
        if person_gender(text, person) == _GENDERS[word]:
            draft.actor = person.id


def drop_rivalled_pronouns(doc: Doc, drafts: list[Draft], index: Mentions) -> None:
    """Take the speaker off a "he"/"she" source the actors analysis gave to a person last
    mentioned before the sentence ahead of it, when someone else the article gives the
    pronoun's gender is mentioned after that person and before the pronoun, outside direct
    quotations ("... Halden said. / ... greeted by Foreign Minister Irina Solberg, who called
    them heroes. She said ...": not Halden).
    The nearer person may be the one meant, so the claim keeps no speaker rather than a
    wrong one. In place."""
    text = doc_text(doc)
    for draft in drafts:
        head = draft.source_head
        if draft.actor is None or head is None or draft.source_span != head:
            continue
        word = text[head[0] : head[1]].lower()
        person = index.person(draft.actor)
        if word not in _SUBJECTS or person is None or index.at(*head) != person.id:
            continue
        earlier = [m.end for m in person.mentions if m.end <= head[0]]
        if not earlier or max(earlier) > _sentence_before(doc, head[0]):
            continue  # "Lee asked donors to help Hale. He described Hale as ...": Lee
        gender = _GENDERS[word]

        def rival(other: str, gender: str = gender) -> bool:
            found = index.person(other)
            return found is not None and person_gender(text, found) == gender

        if _others_between(drafts, person.id, max(earlier), head[0], index, rival):
            draft.actor = None
