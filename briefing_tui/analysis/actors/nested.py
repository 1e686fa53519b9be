"""Names inside longer names: the places, known people and institutions a several-word name
holds or is named after ("University of Vermont", "Eastvale Dorn Airport").

This runs after the merge stage, so that the names it looks for are the merged drafts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.classify import classify_span
from briefing_tui.analysis.actors.name_shape import person_key
from briefing_tui.analysis.actors.record import add_country, add_place
from briefing_tui.analysis.actors.spans import POSSESSIVE, continues_name, gazetteer_place, trim
from briefing_tui.analysis.actors.unlabelled import borrowed_names

if TYPE_CHECKING:
    from spacy.tokens import Span

    from briefing_tui.analysis.actors.drafts import ClassifiedNames, Draft
    from briefing_tui.analysis.actors.facts import ArticleFacts


#: Words before a name that ends a longer one ("University of Vermont").
LINKS = frozenset({"of", "for", "at", "in", "on"})


def add_nested_names(facts: ArticleFacts, out: ClassifiedNames) -> None:
    """The names inside each container, recorded as mentions of their own actors; then
    each several-word name written again where the model did not see it."""
    # classify_span may add containers while this loop runs; they are read in turn too
    for span in out.containers:
        _add_nested(facts, out, span)
        _add_borrowed(facts, out, span)
    add_repeated_names(facts, out)


def add_repeated_names(facts: ArticleFacts, out: ClassifiedNames) -> None:
    """A name of two words or more written again where the model took it for something else
    or nothing ("The Museum of Aviation" inside a quotation, read as a work's title): the
    same words, with the same capitals, not part of a longer name, are the same actor; so is
    an organisation's one-word name the article never writes in lower case ("the
    Acmecorp-owned plants")."""
    drafts = out.names.drafts
    taken = sorted((m.start, m.end) for d in drafts.values() for m in d.mentions)
    wanted: dict[str, str] = {}
    for key, draft in drafts.items():
        texts = [draft.name] if draft.kind == "person" else [m.text for m in draft.mentions]
        for text in texts:
            if (len(text.split()) >= 2 and text[:1].isupper()) or _one_word_name(
                facts, draft, text
            ):
                wanted.setdefault(text, key)  # the first actor so named keeps it
    doc, text = facts.doc, facts.text
    for name, key in wanted.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            span = doc.char_span(at, end)
            if (
                span is not None
                and not continues_name(text, at, end)
                and not _glued(text, at, end)
                and not any(s < end and at < e for s, e in taken)
            ):
                drafts[key].add(at, end, name, "name", span.root.i)
                taken.append((at, end))
            at = text.find(name, at + 1)


def _one_word_name(facts: ArticleFacts, draft: Draft, text: str) -> bool:
    """Whether ``text`` is an organisation's one-word name that the article never writes in
    lower case ("Acmecorp", "NATO"): written again alone, it is that organisation."""
    return (
        draft.kind == "organisation"
        and len(text) >= 3
        and text.isalpha()
        and (text.istitle() or text.isupper())
        and text.lower() not in facts.common_words
    )


def _glued(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a longer word ("Acmecorps")."""
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


def _add_borrowed(facts: ArticleFacts, out: ClassifiedNames, span: Span) -> None:
    """Places, people and institutions a longer name is named after (see ``borrowed_names``)."""
    lex, gaz = facts.lex, facts.gaz
    for part in borrowed_names(span, lex.facility_heads, lex.facility_plain, lex.not_heads):
        part = trim(part)
        while part is not None and len(part) > 1 and gazetteer_place(part[0].text, gaz):
            part = part[1:]  # "Eastvale Dorn Airport": Eastvale is nested already, Dorn borrowed
        if part is None or (part.start == span.start and part.end == span.end):
            continue
        generic = lex.facility_heads | lex.facility_plain  # "university" in "Eastvale University"
        if any(t.lower_ in facts.common_words - generic for t in part if t.is_alpha):
            continue
        place = gazetteer_place(part.text, gaz)
        if place and part.start == span.start and _organisation_named(out, span):
            continue  # "Eastland State University": the state is part of the university's name
        known = place or any(
            part.text in (m.text for m in d.mentions) for d in out.names.drafts.values()
        )
        if known and len(part) == 1:
            continue  # added as a nested country, capital or known name already
        if not known and _founder_part(facts, part, span) and not _written_alone(facts, part, span):
            continue  # "Skidmore" in "Skidmore College": a founder's name, not a place
        if (
            not known
            and len(part) > 1
            and part[-1].lower_ not in lex.facility_heads
            and any(t.lower_ in lex.facility_plain for t in part)
        ):
            continue  # "International Space" of "International Space Station": no town
        acronym = len(part) == 1 and part.text.isupper() and part.text.isalpha()
        label = "ORG" if acronym or part[-1].lower_ in lex.facility_heads else "GPE"
        classify_span(facts, out, part, label)


def _founder_part(facts: ArticleFacts, part: Span, container: Span) -> bool:
    """Whether ``part`` is the name before an institution's head word ("Skidmore" in
    "Skidmore College", "Croucher" in "Croucher Foundation"): often a person's or founder's
    name, where a stadium's ("Brackwell Stadium") is most often its town's."""
    lex = facts.lex
    tail = facts.doc[part.end : container.end]
    return (
        len(tail) > 0
        and tail[-1].lower_ in lex.facility_heads
        and tail[-1].lower_ not in lex.town_heads
        and all(t.lower_ in lex.facility_plain for t in tail[:-1])
    )


def _written_alone(facts: ArticleFacts, part: Span, container: Span) -> bool:
    """Whether the article writes ``part`` somewhere outside ``container`` too."""
    text, at = facts.text, 0
    while True:
        at = text.find(part.text, at)
        if at < 0:
            return False
        end = at + len(part.text)
        inside = container.start_char <= at < container.end_char
        if not inside and not continues_name(text, at, end):
            return True
        at += 1


def _organisation_names(out: ClassifiedNames, container: Span) -> dict[str, str]:
    """Each name an organisation is written under (outside ``container``), to its key; a
    name two organisations share is left out."""
    found: dict[str, str] = {}
    shared: set[str] = set()
    for key, draft in out.names.drafts.items():
        if not key.startswith("org:"):
            continue
        if any(
            m.start <= container.start_char and container.end_char <= m.end for m in draft.mentions
        ):
            continue  # the container is this organisation's own name ("Sea Org")
        for m in draft.mentions:
            if m.kind != "name" or container.start_char <= m.start < container.end_char:
                continue
            if found.get(m.text, key) != key:
                shared.add(m.text)
            found[m.text] = key
    return {text: key for text, key in found.items() if text not in shared}


def _organisation_named(out: ClassifiedNames, span: Span) -> bool:
    """Whether an organisation (after the merges) is written under the name ``span``."""
    return any(
        key.startswith("org:")
        and any(m.start == span.start_char and m.end == span.end_char for m in draft.mentions)
        for key, draft in out.names.drafts.items()
    )


def _add_nested(facts: ArticleFacts, out: ClassifiedNames, span: Span) -> None:
    """Places and known people named inside a longer name ("University of Vermont")."""
    doc, gaz, drafts = facts.doc, facts.gaz, out.names.drafts
    if len(span) > 1 and span[1].text in POSSESSIVE:
        return  # "Russia's Foreign Ministry": the country is part of the ministry's name
    if all(t.lower_ in facts.lex.directions for t in span[:1]):
        return  # "South Eastland" is a region of its own, not Eastland
    if gaz.is_region(span.text) or gaz.country_of_name(span.text):
        return  # "New Mexico", "Papua New Guinea": a known place, not a place inside one
    if len(span) > 1 and person_key(list(span)) in drafts:
        return  # "Valeska Paris": a person's name, whatever the model labelled it
    org_name = f"org:{span.text}" in drafts or _organisation_named(out, span)
    written = _organisation_names(out, span)
    i = span.start
    while i < span.end:
        for width in (3, 2, 1):
            sub = doc[i : i + width]
            if sub.end > span.end or (sub.start == span.start and sub.end == span.end):
                continue
            if not sub[0].is_title and not sub[0].is_upper:
                continue
            text = sub.text
            # a place before an organisation's head, not after "of" ("University of Eastland")
            premodifier = org_name and (
                sub.start == span.start or doc[sub.start - 1].lower_ not in LINKS
            )
            iso = gaz.country_of_name(text)
            if iso and org_name:
                pass  # "New Zealand Herald": the country is part of an organisation's name
            elif iso:
                add_country(facts, out, sub, iso, "name")
            elif premodifier and (gaz.country_of_capital(text) or gaz.is_region(text)):
                pass  # "Eastland Democratic Party": the state is part of the party's name
            elif gaz.country_of_capital(text) or gaz.is_region(text):
                add_place(facts, out, sub)
            elif width > 1 and person_key(list(sub)) in drafts:
                draft = drafts[person_key(list(sub))]
                draft.add(sub.start_char, sub.end_char, text, "name", sub.root.i)
            elif sub.end == span.end and doc[sub.start - 1].lower_ not in LINKS:
                continue  # "House" in "White House": a name's head is no name inside it
            elif f"org:{text}" in drafts:
                drafts[f"org:{text}"].add(sub.start_char, sub.end_char, text, "name", sub.root.i)
            elif f"place:{text}" in drafts and not org_name:
                # "Brem Strait" after "the island of Brem", though "Brem Lines" is a company
                place = drafts[f"place:{text}"]
                place.add(sub.start_char, sub.end_char, text, "name", sub.root.i)
            elif text in written:  # "HWU" in "HWU Art Fund" after "Harbor Workers Union (HWU)"
                drafts[written[text]].add(sub.start_char, sub.end_char, text, "name", sub.root.i)
            elif f"place:{text}" in drafts and not premodifier:
                place = drafts[f"place:{text}"]
                place.add(sub.start_char, sub.end_char, text, "name", sub.root.i)
            else:
                continue
            i += width - 1
            break
        i += 1


def drop_inner_heads(drafts: list[Draft]) -> None:
    """A one-word mention that ends a longer mention of the same actor ("Forum" inside "Civic
    Forum", "Org" inside "Sea Org") is that mention counted twice: it is dropped. Run on the
    final mentions (the heads are not kept in step)."""
    for draft in drafts:
        spans = [(m.start, m.end) for m in draft.mentions]
        draft.mentions = [
            m
            for m in draft.mentions
            if " " in m.text or not any(s < m.start and m.end == e for s, e in spans)
        ]
