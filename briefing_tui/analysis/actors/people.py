"""Recording a person's name as a mention of its draft, with what the sentence says of them:
the title before the name, a title in apposition, whom they speak for, whether they speak.

A one-word name is not recorded here but left pending: the merge stage attaches it to the
nearest compatible full name once all full names are known."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.drafts import PendingName
from briefing_tui.analysis.actors.name_shape import (
    name_ok,
    name_parts,
    name_words,
    person_key,
    postnominal,
)
from briefing_tui.analysis.actors.record import note_speech
from briefing_tui.analysis.actors.spans import (
    POSSESSIVE,
    alpha_words,
    country_of_token_span,
    proper_objects,
    qualifier,
    trim,
)
from briefing_tui.analysis.actors.titles import describe_title, title_before

if TYPE_CHECKING:
    from spacy.tokens import Span

    from briefing_tui.analysis.actors.drafts import ClassifiedNames, Draft
    from briefing_tui.analysis.actors.facts import ArticleFacts
    from briefing_tui.analysis.actors.titles import TitleInfo

#: Prepositions that tie a person to the organisation they speak for.
AFFILIATION_PREPS = frozenset({"for", "of", "from", "at"})


def add_person(facts: ArticleFacts, out: ClassifiedNames, span: Span, label: str) -> None:
    """A mention of a person; a one-word name is left pending for the merge stage."""
    doc, lex, gaz = facts.doc, facts.lex, facts.gaz
    words, gender = name_words(span, lex, gaz)
    if not name_ok(words):
        return
    if any(country_of_token_span(doc[t.i : t.i + 1], gaz) for t in words) and len(words) == 1:
        return
    end = words[-1].i + 1
    while end < span.end and postnominal(doc[end], lex):
        end += 1  # "Ruth Okonjo KC": the letters are written with the name, not keyed
    name_span = doc[words[0].i : end]
    info = title_before(doc, name_span.start, lex, gaz)
    start = info.start if info and info.start < name_span.start else name_span.start
    if info:
        gender = gender or info.gender
    mention_start = doc[start].idx
    parts = name_parts(words)
    if len(parts) == 1:
        titled = info is not None or len(alpha_words(span)) > len(words)
        out.pending.append(PendingName(name_span, parts[0], gender, mention_start, label, titled))
        return
    key = person_key(words)
    fresh = key not in out.names.drafts
    draft = out.names.draft(key, "person", name_span.text)
    if fresh:
        draft.confirmed = not facts.is_common(name_span)
    draft.confirmed = (
        draft.confirmed or (info is not None and info.title is not None) or gender is not None
    )
    if len(name_span.text) > len(draft.name):
        draft.name = name_span.text
    add_person_mention(facts, draft, name_span, mention_start, gender, info)


def add_surname(facts: ArticleFacts, out: ClassifiedNames, span: Span) -> None:
    """A one-word name that ends a full name of the article, left pending for the merge
    stage even where it is also a country's or a capital's ("Paris" after "Valeska Paris")."""
    info = title_before(facts.doc, span.start, facts.lex, facts.gaz)
    start = info.start if info and info.start < span.start else span.start
    gender = info.gender if info else None
    titled = info is not None
    pending = PendingName(span, span.text, gender, facts.doc[start].idx, "PERSON", titled)
    out.pending.append(pending)


def add_person_mention(
    facts: ArticleFacts,
    draft: Draft,
    name_span: Span,
    mention_start: int,
    gender: str | None,
    info: TitleInfo | None,
) -> None:
    """Record one mention of a person, from its title (if any) to the end of the name."""
    end = name_span.end_char
    draft.add(mention_start, end, facts.text[mention_start:end], "name", name_span.root.i)
    draft.gender = draft.gender or gender
    if info and info.title:
        _note_title(draft, info)
    _note_apposition(facts, draft, name_span)
    note_speech(draft, name_span.root, facts.lex)
    if sum(1 for m in draft.mentions if m.kind == "name") == 1:
        # where the article introduces them: "a mentor to Lee at Harvard" later is no
        # affiliation of Lee's
        _note_affiliation(draft, name_span)
    if info and info.owner is not None:
        draft.affiliations.append(info.owner)


def _note_affiliation(draft: Draft, name_span: Span) -> None:
    """The organisation a person belongs to, as the sentence writes it: "Acme's Jo Pike",
    "Jo Pike of Acme", "Jo Pike, a spokesman for Acme", "Jo Pike, Acme's chief executive"."""
    root = name_span.root
    for child in root.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            draft.affiliations.append(child.i)
        elif child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPS:
            draft.affiliations.extend(proper_objects(child))
        elif child.dep_ == "appos" and child.i >= name_span.end:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in AFFILIATION_PREPS:
                    draft.affiliations.extend(proper_objects(prep))
                elif prep.dep_ == "poss" and prep.pos_ == "PROPN":
                    draft.affiliations.append(prep.i)  # "Jo Pike, Acme's chief executive"


def _note_title(draft: Draft, info: TitleInfo) -> None:
    """The title before the name, unless one is known already (one with a country wins)."""
    if not info.title:
        return
    if draft.title is None or (info.country and not draft.country):
        draft.title, draft.family = info.title, info.family
        if info.country:
            draft.country = info.country
        owner = info.country_text or info.owner_text
        draft.role = f"{owner} {info.title}" if owner else info.title


def _note_apposition(facts: ArticleFacts, draft: Draft, name_span: Span) -> None:
    """ "Angela Merkel, the chancellor of Germany": a title mention and a role."""
    doc = facts.doc
    root = name_span.root
    for child in root.children:
        if child.dep_ != "appos" or child.i < name_span.end:
            continue
        words = [
            t.lower_
            for t in child.lefts
            if t.dep_ == "compound" or (t.dep_ == "amod" and t.lower_ in facts.lex.title_words)
        ] + [child.lower_]  # "Jo Pike, Acme's chief executive": "chief" is the parse's adjective
        info = describe_title(words, facts.lex)
        if info is None or info[0] is None:
            continue
        country, _ = qualifier(child, facts.gaz)
        left = child.left_edge.i
        names = [t.i for t in doc[left : child.i] if t.pos_ == "PROPN" and t.ent_type_ == "ORG"]
        if names:
            left = names[-1] + 1  # "the State Department spokesperson": the office alone
            while left < child.i and doc[left].text in POSSESSIVE:
                left += 1
        right = child.right_edge.i
        if doc[right].is_punct:
            right = max(child.i, right - 1)
        span = doc[left : right + 1]
        # "the chairman of the project's panel": the mention is the office, not the actors
        # named after it; "the chancellor of Germany" keeps its country
        said = span if country else doc[left : child.i + 1]
        draft.add(said.start_char, said.end_char, said.text, "title", child.i)
        if draft.title is None:
            draft.title, draft.family = info[0], info[1]
            draft.country = draft.country or country
            role = trim(span) or span
            if role[0].lower_ in ("a", "an") and len(role) > 1:
                role = role[1:]
            draft.role = role.text  # "chancellor of Germany", as written
