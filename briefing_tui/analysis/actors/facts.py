"""What the name stages read from an article once: its actor entities, the proper nouns outside
any entity, the words it writes in lower case, its employers and the full person names it writes.

The facts are a read-only value built before the stages run, so that every stage reads the same
article and none of them changes what another one sees.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.apposition import apposed_noun
from briefing_tui.analysis.actors.first_name_places import PLACE_LABELS, person_named_place
from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.actors.glued import glued_names
from briefing_tui.analysis.actors.kinds import (
    affiliation,
    employer_position,
    first_and_last_name,
    first_name_person,
    organisation_cue,
    organisation_evidence,
    person_evidence,
)
from briefing_tui.analysis.actors.lexicon import business_heads, gazetteer, lexicon
from briefing_tui.analysis.actors.missed_people import missed_full_names
from briefing_tui.analysis.actors.name_shape import (
    name_ok,
    name_parts,
    name_words,
    person_key,
    titled_first_name,
)
from briefing_tui.analysis.actors.pronoun_people import person_by_pronoun
from briefing_tui.analysis.actors.spans import POSSESSIVE, trim
from briefing_tui.analysis.actors.things import is_thing_mention
from briefing_tui.analysis.actors.unlabelled import headline_sentences, mislabelled_names
from briefing_tui.analysis.datelines import clip_tokens
from briefing_tui.analysis.doctext import doc_ents, doc_text, doc_words
from briefing_tui.analysis.sentences import sentence_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.analysis.actors.lexicon import Gazetteer, Lexicon

#: Entity labels that can be actors; everything else (dates, products, laws) is not.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: Labels whose words, seen elsewhere, show that a "person" is really a thing.
THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
#: Labels of a longer name whose last word, written alone, is the same thing: the model
#: calls a product by its maker's style an organisation ("the recently released Orbit Lumen").
NAMED_THING_LABELS = frozenset({"PRODUCT", "ORG"})
#: How far after a full name its first "he" or "she" is looked for, in tokens.
GENDER_LOOKAHEAD = 25


@dataclass(frozen=True, slots=True)
class FullNames:
    """The article's full person names (two words or more), so that surnames can find them."""

    #: last word -> (character offset, person key) of each full name ending with it, in order
    by_last: dict[str, list[tuple[int, str]]]
    #: first word -> (character offset, person key) of each full name starting with it, in order
    by_first: dict[str, list[tuple[int, str]]]
    gender: dict[str, str]  # person key -> gender of the first "he" or "she" after the name
    #: person key -> the titles written before or apposed to the name ("governor")
    titles: dict[str, frozenset[str]]
    keys: frozenset[str]


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """The article as the name stages read it; built once by ``article_facts``."""

    doc: Doc
    text: str  # doc.text, which spaCy builds from the tokens on every access
    lex: Lexicon
    gaz: Gazetteer
    gendered_pronouns: dict[str, str]  # "he" -> "m"
    common_words: frozenset[str]  # words the article writes in lower case
    loose_names: tuple[int, ...]  # proper nouns outside any entity, in text order
    loose_set: frozenset[int]
    ents: tuple[Span, ...]  # entities with an actor's label
    things: frozenset[str]  # words of entities labelled as things, without a plural "s"
    #: last words (lower case) of the several-word names the words around them show to be
    #: things ("Chrome" of "the recently released Google Chrome"), not after "of" ("the
    #: Church of Scientology website" is the church's site, "Scientology" no product)
    thing_name_ends: frozenset[str]
    entity_texts: frozenset[str]
    #: names the model labels an organisation where they are written as an employer
    #: ("a spokesman for Acme Freight") or with an organisation's cue ("a poll by Acme
    #: Research"): an organisation's, even where the model labels them a person or
    #: they look like one elsewhere ("a lawyer for Jo Pike" alone is not enough)
    employers: frozenset[str]
    #: first word of a several-word country the article names -> that country ("North")
    country_by_first_word: dict[str, str]
    full_names: FullNames
    #: starts of the sentences written in title case (headlines, captions)
    headlines: frozenset[int] = frozenset()

    def gender_after(self, start: int, limit: int) -> str | None:
        """The gender of the first "he" or "she" after a name, within its sentence."""
        doc = self.doc
        stop = min(limit, start + GENDER_LOOKAHEAD, len(doc))
        starts = sentence_starts(doc)
        later = bisect_left(starts, start)
        if later < len(starts):
            stop = min(stop, starts[later])  # never into the next sentence
        lowers = doc_words(doc).lowers
        for i in range(start, stop):
            gender = self.gendered_pronouns.get(lowers[i])
            if gender:
                return gender
        return None

    def is_common(self, span: Span) -> bool:
        """A name made of words the article also uses as common words ("Steel Bridge")."""
        common = sum(1 for t in span if t.lower_ in self.common_words)
        return common >= 2 or (common == 1 and len(span) == 1)


def article_facts(doc: Doc) -> ArticleFacts:
    """The facts the name stages need about ``doc``."""
    lex, gaz = lexicon(), gazetteer()
    all_ents = doc_ents(doc)  # spaCy's doc.ents builds a Token per token at each access
    clipped = (_off_dateline(e) for e in all_ents if e.label_ in ACTOR_LABELS)
    ents = glued_names(tuple(e for e in clipped if e is not None), gaz, lex)
    in_ents = {t.i for ent in ents for t in ent}  # a glued name takes in words outside entities
    common_words: set[str] = set()
    loose_names: list[int] = []
    words = doc_words(doc)  # strings: a Token is built only for a name's entity tag
    for i, (text, pos) in enumerate(zip(words.texts, words.pos, strict=True)):
        acronym = text.isupper() and len(text) > 1 and text.isalpha()  # "WHO" tagged a pronoun
        if pos == "PROPN" or acronym:
            if i not in in_ents and doc[i].ent_iob_ == "O":
                loose_names.append(i)
        elif text.islower() and pos in ("NOUN", "ADJ"):
            common_words.add(words.lowers[i])
    employers = frozenset(
        span.text
        for label, span in ((e.label_, trim(e)) for e in ents if e.label_ in ("ORG", "PERSON"))
        if span is not None
        and (
            (label == "ORG" and employer_position(span, lex))
            or (organisation_cue(span) and not first_name_person(span, label))
        )
    )
    facts = ArticleFacts(
        doc=doc,
        text=doc_text(doc),
        lex=lex,
        gaz=gaz,
        gendered_pronouns={w: cls for w, cls in lex.pronouns.items() if cls in ("m", "f")},
        common_words=frozenset(common_words),
        loose_names=tuple(loose_names),
        loose_set=frozenset(loose_names),
        ents=ents,
        things=frozenset(e.text.lower().rstrip("s") for e in all_ents if e.label_ in THING_LABELS),
        thing_name_ends=frozenset(
            e[-1].lower_
            for e in all_ents
            if e.label_ in NAMED_THING_LABELS
            and len(e) > 1
            and e[-2].pos_ != "ADP"  # "Church of Scientology website": not a maker's product
            and is_thing_mention(e)
        ),
        entity_texts=frozenset(e.text for e in ents),
        employers=employers,
        country_by_first_word=_countries_by_first_word(ents, gaz),
        headlines=frozenset(headline_sentences(doc)),
        full_names=FullNames({}, {}, {}, {}, frozenset()),
    )
    # the full-name index reads the pronouns after each name, so it needs the facts above
    return _with_full_names(facts)


def _off_dateline(ent: Span) -> Span | None:
    """An entity the model ran on from a dateline into the name after it, from that name
    ("CORBRIDGE - Halden Motors" -> "Halden Motors"); None when what follows the dateline
    holds no whole name ("TARNBY - Residents of the" breaks off mid-phrase); any other
    entity as it is."""
    start, end = clip_tokens(ent.doc, ent.start, ent.end)
    if start == ent.start:
        return ent
    rest = ent.doc[start:end]
    if rest[-1].pos_ in ("DET", "ADP", "CCONJ", "PUNCT") or not any(
        t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in rest
    ):
        return None  # the model's name broke off mid-phrase: no name of its own
    from spacy.tokens import Span

    return Span(ent.doc, start, end, label=ent.label_)


def _countries_by_first_word(ents: tuple[Span, ...], gaz: Gazetteer) -> dict[str, str]:
    """First words of the several-word countries the article names ("North" of "North Korea"),
    when only one of them starts with that word."""
    found: dict[str, set[str]] = {}
    for ent in ents:
        span = trim(ent)
        iso = gaz.country_of_name(span.text) if span is not None and len(span) > 1 else None
        if iso and span is not None and span[0].text not in POSSESSIVE:
            found.setdefault(span[0].text, set()).add(iso)
    return {word: isos.pop() for word, isos in found.items() if len(isos) == 1}


def _with_full_names(facts: ArticleFacts) -> ArticleFacts:
    """``facts`` with the index of the article's full person names filled in."""
    by_last: dict[str, list[tuple[int, str]]] = {}
    by_first: dict[str, list[tuple[int, str]]] = {}
    genders: dict[str, str] = {}
    titles: dict[str, frozenset[str]] = {}
    keys: set[str] = set()
    persons = [
        ent
        for ent in facts.ents
        if ent.label_ == "PERSON"
        or (ent.label_ == "ORG" and _person_named_org(facts, ent))
        or (ent.label_ in PLACE_LABELS and _person_named_place(facts, ent))
    ]
    # "Housing Minister Ilse Varrow" labelled a work: a full name all the same
    persons += [
        span for span, label in mislabelled_names(facts.doc, facts.lex) if label == "PERSON"
    ]
    # "Ilse Varga, the minister," with no label, or only "Varga" labelled an organisation
    persons += missed_full_names(facts.doc, facts.lex, facts.headlines)
    persons.sort(key=lambda span: span.start)
    for n, ent in enumerate(persons):
        span = trim(ent)
        if span is None:
            continue
        words, gender = name_words(span, facts.lex, facts.gaz)
        limit = persons[n + 1].start if n + 1 < len(persons) else len(facts.doc)
        gender = gender or facts.gender_after(span.end, limit)
        if len(words) < 2 or not name_ok(words) or span.text in facts.employers:
            continue
        if "/" in span.text:
            continue  # "Jo Pike/Wire Agency": a photo credit, a person and an agency
        if _headline_words(facts, span, words):
            continue  # "Judge Faults Wildlife Service": "Faults Wildlife" is no one's name
        heads = facts.lex.org_heads | facts.lex.media_heads
        cue = organisation_cue(span) and not first_name_person(span, ent.label_)
        firm = words[-1].lower_ in business_heads() and words[-1].is_title
        if words[-1].lower_ in heads or firm or cue or affiliation(span):
            continue  # "Harbor Network", "Acme Coatings", "Acme, the firm", "Jo Pike of Acme Hope"
        key = person_key(words)
        parts = name_parts(words)
        if len(parts) < 2:
            continue  # "Soto-Vidal": one hyphenated word, a surname
        by_last.setdefault(parts[-1], []).append((span.start_char, key))
        by_first.setdefault(parts[0], []).append((span.start_char, key))
        keys.add(key)
        if gender:
            genders[key] = gender
        held = _titles_of(facts, span)
        if held:
            titles[key] = titles.get(key, frozenset()) | held
    full_names = FullNames(by_last, by_first, genders, titles, frozenset(keys))
    return replace(facts, full_names=full_names)


def _headline_words(facts: ArticleFacts, span: Span, words: list[Token]) -> bool:
    """A "name" in a title-case headline, written nowhere else, that opens with no first name."""
    return (
        span.sent.start in facts.headlines
        and facts.text.count(span.text) == 1
        and words[0].lower_ not in first_names()
    )


def _person_named_place(facts: ArticleFacts, ent: Span) -> bool:
    """A "place" written as a person's name and used as one ("Nina Park ... Ms. Park")."""
    span = trim(ent)
    return span is not None and person_named_place(facts, span)


def _person_named_org(facts: ArticleFacts, ent: Span) -> bool:
    """An "organisation" written as a first and a last name ("Dean Kamen"), one whose
    surname is followed by "he" or "she" (``pronoun_people``), or one beside a person's
    noun ("organiser Ann Roe", "its secretary, Ann Roe,")."""
    span = trim(ent)
    if span is None:
        return False
    if first_and_last_name(span, facts.lex, facts.gaz, facts.employers):
        return True
    if person_by_pronoun(facts, span) or titled_first_name(span, facts.lex, first_names()):
        return True  # "Superintendent Elena Marsh" labelled an organisation
    # "the union's general secretary, Ann Roe,", "organiser Ann Roe": a name of two or
    # three capitalised words beside a person's noun, with no organisation's head word
    words = [t for t in span if t.is_alpha]
    return (
        2 <= len(words) <= 3
        and len(words) == len(span)
        and all(t.is_title for t in words)
        and not organisation_evidence(span, facts.lex)
        and words[-1].text not in business_heads()
        and "person noun" in person_evidence(span)
    )


def _titles_of(facts: ArticleFacts, span: Span) -> frozenset[str]:
    """The office words written before a name or apposed to it: "Governor Erik Sand",
    "Erik Sand, the central bank governor"."""
    lex, doc = facts.lex, facts.doc
    found = {t.lower_ for t in doc[max(0, span.start - 3) : span.start] if t.lower_ in lex.titles}
    found |= {t.lower_ for t in span if t.lower_ in lex.titles}
    for child in span.root.children:
        if child.dep_ == "appos" and child.lower_ in lex.titles:
            found.add(child.lower_)
    beside = apposed_noun(span.root)  # "a spokesman for the mayor, Ann Lee": spokesman
    if beside is not None and beside.lower_ in lex.titles:
        found.add(beside.lower_)
    return frozenset(found)
