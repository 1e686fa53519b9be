"""Recording a classified name as a mention of its draft: countries, places, groups and
organisations, with the country, parent and speech counts the name shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.kinds import glued_to_participle, glued_to_prefix
from briefing_tui.analysis.actors.lexicon import (
    load_words,
    sector_words,
    state_of_abbreviation,
    with_article,
)
from briefing_tui.analysis.actors.spans import alpha_words, country_of_token_span, trim

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from briefing_tui.analysis.actors.drafts import ClassifiedNames, Draft
    from briefing_tui.analysis.actors.facts import ArticleFacts
    from briefing_tui.analysis.actors.lexicon import Lexicon

#: Dependencies of a plural demonym that make it a group of people ("Kurds protested").
GROUP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
#: Institutions a capitalised head noun names alone ("Congress", "Parliament").
LONE = load_words("lone_institutions.txt")


def note_speech(draft: Draft, root: Token, lex: Lexicon) -> None:
    """Count the mention as a speaker when it is the subject of a speech verb."""
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in lex.speech_verbs:
        draft.speeches += 1


def add_country(facts: ArticleFacts, out: ClassifiedNames, span: Span, iso: str, kind: str) -> None:
    """A mention of a country, by name or standing for its government ("metonym"); not
    one glued to a prefix ("pro-Moscow")."""
    if glued_to_prefix(span) or glued_to_participle(span):
        return
    draft = out.names.draft(f"country:{iso}", "country", facts.gaz.country_names[iso])
    draft.country = iso
    draft.add(span.start_char, span.end_char, span.text, kind, span.root.i)
    note_speech(draft, span.root, facts.lex)


def add_place(facts: ArticleFacts, out: ClassifiedNames, span: Span) -> None:
    """A mention of a place that is not a country: a city, a region, a district (not one
    glued to a prefix: "pro-Beijing")."""
    if glued_to_prefix(span) or glued_to_participle(span):
        return
    iso = facts.country_by_first_word.get(span.text) if len(span) == 1 else None
    if iso:
        add_country(facts, out, span, iso, "name")  # "the North" after "North Korea"
        return
    doc = span.doc
    after_comma = span.start > 0 and doc[span.start - 1].text == ","
    # "Wis." is Wisconsin; its full stop may have been cut as a sentence's ("Madison, Wis.")
    dotted = span.text + "." if facts.text[span.end_char : span.end_char + 1] == "." else ""
    name = (
        state_of_abbreviation(span.text, after_comma)
        or (dotted and state_of_abbreviation(dotted, after_comma))
        or span.text
    )
    draft = out.names.draft(f"place:{name}", "place", name)
    draft.add(span.start_char, span.end_char, span.text, "name", span.root.i)
    area = _area_phrase(facts, span)
    if area is not span:  # the district is an actor of its own, named after the place
        district = out.names.draft(f"place:{area.text}", "place", area.text)
        district.add(area.start_char, area.end_char, area.text, "name", area.root.i)


def _area_phrase(facts: ArticleFacts, span: Span) -> Span:
    """ "the Eastvale North electoral district" names the district: the whole phrase."""
    root = span.root
    head = root.head
    if (
        root.dep_ not in ("compound", "nmod")
        or head.i < span.end
        or not head.is_lower
        or head.lower_ not in facts.lex.area_nouns
        or any(t.dep_ not in ("amod", "compound") for t in facts.doc[span.end : head.i])
    ):
        return span
    start = min(span.start, head.left_edge.i)
    return trim(facts.doc[start : head.i + 1]) or span


def add_seat(facts: ArticleFacts, out: ClassifiedNames, span: Span, iso: str) -> None:
    """A seat of government ("the Kremlin"): an organisation belonging to its country."""
    name = span.text
    draft = out.names.draft(f"seat:{name.lower()}", "organisation", f"the {name}")
    draft.country = iso
    draft.parent = f"country:{iso}"
    draft.role = f"government of {with_article(facts.gaz.country_names[iso])}"
    draft.add(span.start_char, span.end_char, span.text, "name", span.root.i)
    note_speech(draft, span.root, facts.lex)


def add_nationality(facts: ArticleFacts, out: ClassifiedNames, span: Span) -> None:
    """Demonyms: "Russian officials" are Russia, "Kurds" a group, "Russian oil" neither."""
    root = span.root
    gaz = facts.gaz
    iso = gaz.country_of_adjective(span.text)
    if (
        iso
        and root.dep_ in ("amod", "compound")
        and root.head.lemma_.lower() in facts.lex.government_nouns
    ):
        add_country(facts, out, span, iso, "metonym")
        return
    plural = root.tag_ in ("NNPS", "NNS") or (
        span.text.endswith("s") and gaz.country_of_adjective(span.text[:-1]) is not None
    )
    if plural and root.dep_ in GROUP_DEPS:
        draft = out.names.draft(f"group:{span.text}", "group", span.text)
        draft.country = iso
        draft.add(span.start_char, span.end_char, span.text, "name", root.i)
        note_speech(draft, root, facts.lex)


def add_family(facts: ArticleFacts, out: ClassifiedNames, span: Span) -> None:
    """A family by its surname in the plural ("the Pikes"): a group of people."""
    draft = out.names.draft(f"group:{span.text}", "group", span.text)
    draft.add(span.start_char, span.end_char, span.text, "name", span.root.i)
    note_speech(draft, span.root, facts.lex)


def add_organisation(facts: ArticleFacts, out: ClassifiedNames, span: Span) -> None:
    """A mention of an organisation, or of a country where the name is its government."""
    words = alpha_words(span)
    if not words:
        return
    lex = facts.lex
    lone = len(words) == 1 and words[0].text[:1].isupper() and words[0].lower_ in LONE
    if (all(t.lower_ in lex.org_heads for t in words) and not lone) or _part_of_title(
        facts, span, words
    ):
        return
    country = _country_of_government(facts, words)
    if country:
        add_country(facts, out, span, country, "metonym")
        return
    key = f"org:{span.text}"
    draft = out.names.draft(key, "organisation", span.text)
    if len(words) > 1:
        out.multiword_owner.setdefault(words[-1].text, key)
        stem = _name_before_trade_words(words, lex.org_heads | sector_words())
        if stem is not None:
            out.multiword_owner.setdefault(stem, key)  # "Halvorsen" of "Halvorsen Pharma"
    draft.add(span.start_char, span.end_char, span.text, "name", span.root.i)
    note_speech(draft, span.root, lex)
    first = country_of_token_span(facts.doc[words[0].i : words[0].i + 1], facts.gaz)
    if first and len(words) > 1 and draft.parent is None:
        draft.country, draft.parent = first, f"country:{first}"
    _note_acronym(facts, out, span, key)


def _name_before_trade_words(words: list[Token], trade: frozenset[str]) -> str | None:
    """The one word a company's name opens with before the trade and legal-form words it
    ends in ("Halvorsen" of "Halvorsen Pharma"), or None."""
    if len(words) < 2 or words[0].lower_ in trade or not words[0].text[:1].isupper():
        return None
    if all(t.lower_.rstrip(".") in trade for t in words[1:]):
        return words[0].text
    return None


def _part_of_title(facts: ArticleFacts, span: Span, words: list[Token]) -> bool:
    """A "Shadow Foreign" before "Secretary Jane Doe" is a title, not an organisation."""
    title_words = facts.lex.title_words
    if all(t.lower_ in title_words for t in words):
        return True
    doc = facts.doc
    following = doc[span.end] if span.end < len(doc) else None
    return (
        words[-1].lower_ in title_words
        and following is not None
        and following.lower_ in title_words
    )


def _country_of_government(facts: ArticleFacts, words: list[Token]) -> str | None:
    """ "UK Government", "the Russian authorities": a country's government is the country."""
    if len(words) < 2 or words[-1].lower_ not in facts.lex.government_nouns:
        return None
    head = facts.doc[words[0].i : words[-2].i + 1]
    return facts.gaz.country_of_name(head.text) or facts.gaz.country_of_adjective(head.text)


def _note_acronym(facts: ArticleFacts, out: ClassifiedNames, span: Span, key: str) -> None:
    """In "National Energy Agency (NEA)" the bracketed acronym is the same actor."""
    doc = facts.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        acronym = doc[span.end + 1].text
        initials = [t.text[0] for t in span if t.text[:1].isupper()]
        if acronym.isupper() and len(acronym) >= 2 and initials and acronym[0] == initials[0]:
            out.org_acronyms[acronym] = key  # not "Estland (AFP)": a dateline's agency
