"""The second name stage: what each candidate names, a person, an organisation, a country, a
place or a group, and its mention recorded on that actor's draft.

The model's label is only a first guess. It is corrected with evidence from the article:
titles and honorifics before a name, full names seen elsewhere, the country gazetteer, and
the words around the name.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.apposed_titles import apposed_to_title
from briefing_tui.analysis.actors.drafts import ClassifiedNames
from briefing_tui.analysis.actors.first_name_places import person_named_place
from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.actors.geography import REGION_NOUNS, unknown_place
from briefing_tui.analysis.actors.headline_words import headline_common_word
from briefing_tui.analysis.actors.kinds import (
    affiliation,
    example_of,
    first_and_last_name,
    first_name_person,
    glued_to_participle,
    glued_to_prefix,
    org_cues,
    organisation_cue,
    organisation_evidence,
    person_cues,
    person_evidence,
    person_or_org_noun,
)
from briefing_tui.analysis.actors.land_adjectives import adjective_of_land, land_by_adjective
from briefing_tui.analysis.actors.lexicon import business_heads, lexicon, load_table, load_words
from briefing_tui.analysis.actors.name_shape import (
    name_ok,
    name_parts,
    person_key,
    titled_first_name,
)
from briefing_tui.analysis.actors.people import add_person, add_surname
from briefing_tui.analysis.actors.pronoun_people import (
    person_by_pronoun,
    surname_of_pronoun_person,
)
from briefing_tui.analysis.actors.record import (
    add_country,
    add_family,
    add_nationality,
    add_organisation,
    add_place,
    add_seat,
)
from briefing_tui.analysis.actors.regions import names_region
from briefing_tui.analysis.actors.services import service_name
from briefing_tui.analysis.actors.spans import (
    POSSESSIVE,
    alpha_words,
    entity_span_of,
    gazetteer_place,
    in_address,
    is_place_use,
    trim,
)
from briefing_tui.analysis.actors.titles import title_before
from briefing_tui.analysis.datelines import dateline_place
from briefing_tui.analysis.doctext import (
    doc_ents,
    doc_words,
    ents_within,
    span_text,
    text_positions,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.analysis.actors.collect import Candidates
    from briefing_tui.analysis.actors.facts import ArticleFacts
    from briefing_tui.analysis.actors.lexicon import Lexicon

#: Labels of names that may hold another actor's name ("the University of Vermont").
NESTING_LABELS = frozenset({"ORG", "FAC", "LOC", "GPE"})
#: Words a caption line glues to a name ("Jane Doe Image: ...").
CAPTION_WORDS = frozenset({"image", "photo", "photograph", "picture"})
#: Areas whose capitalised name is their council's ("the Municipality of Corvale sued").
ORGANISATION_AREAS = frozenset({"municipality", "council"})
#: Last words of firms' names that say what they sell (pollsters, consultancies): "Quinlan
#: Research", "Harwell Polling", "Rasmussen Reports"; never a person's name.
FIRM_HEADS = frozenset(
    {"research", "polling", "consulting", "analytics", "analytical", "reports", "insights"}
)
#: Nouns apposed to a town that is someone's ("Corvale, their home").
HOME_NOUNS = frozenset({"home", "hometown", "birthplace"})
#: Nouns before "of" and a town's name ("the town of Corvale").
TOWN_NOUNS = frozenset({"town", "city", "village", "county", "province", "region", "suburb"})
#: Fields of ministers' offices, capitalised after a title even where the article never
#: writes them in lower case ("Minister of Education").
PORTFOLIO_FIELDS = frozenset(
    {
        "education",
        "health",
        "defence",
        "defense",
        "finance",
        "justice",
        "labour",
        "labor",
        "agriculture",
        "energy",
        "environment",
        "transport",
        "culture",
        "trade",
        "industry",
        "interior",
        "tourism",
        "housing",
        "employment",
        "immigration",
        "sport",
        "science",
        "foreign",
        "affairs",
        "home",
        "public",
        "works",
        "economy",
        "economic",
        "development",
        "social",
        "welfare",
        "security",
        "veterans",
        "communications",
        "infrastructure",
        "resources",
    }
)
#: Words before a colon that open a credit ("Image: Jo Pike", "Video: Acme").
CREDIT_WORDS = CAPTION_WORDS | {"video", "credit", "source", "photos", "images"}


def classify_candidates(facts: ArticleFacts, candidates: Candidates) -> ClassifiedNames:
    """Each candidate classified and recorded, in the order it was collected."""
    out = ClassifiedNames()
    for candidate in candidates.names:
        span = candidate.span
        if candidate.route in ("country", "place") and (
            glued_to_prefix(span) or glued_to_participle(span)
        ):
            continue  # "pro-Beijing": an adjective, not the place
        if candidate.route == "country" and candidate.country is not None:
            add_country(facts, out, span, candidate.country, "name")
        elif candidate.route == "place":
            add_place(facts, out, span)
        elif candidate.route == "surname":
            add_surname(facts, out, span)
        elif candidate.guessed:
            before = set(out.names.drafts)
            classify_span(facts, out, span, candidate.label)
            out.guessed.update(set(out.names.drafts) - before)
        else:
            classify_span(facts, out, span, candidate.label)
    return out


def classify_span(facts: ArticleFacts, out: ClassifiedNames, ent: Span, label: str) -> None:
    """Decide what ``ent`` names, starting from the model's ``label``, and record it."""
    span = _name_span(ent)
    if span is not None and label != "PERSON":
        span = _without_opening_trade_noun(span)
    if span is not None and _common_plural_of(facts, span):
        span = trim(span[2:])  # "Users of Lumen" at a sentence's start: the name is "Lumen"
    if span is None:
        return
    if label == "PERSON":
        span = _person_before_of(span)
    if label == "ORG":
        span = _without_title(facts, span)
    if label != "PERSON" and titled_first_name(span, facts.lex, first_names()):
        label = "PERSON"  # "Superintendent Elena Marsh": an office and a person's name
    if _after_number(span) and not facts.gaz.country_of_name(span.text):
        # "Sweden 1 - 0 Korea Republic": a score before a country's name is no part of it
        whole = _name_with_number(span)
        if whole is not None:
            add_organisation(facts, out, whole)  # "Movimento 5 Stelle": cut at its number
        return
    if len(span) > 1 and label in NESTING_LABELS:
        out.containers.append(span)
    if _not_an_actor(facts, span, label):
        return
    if _family(facts, span):
        add_family(facts, out, span)  # "the Pikes" after "Jo Pike": a family, a group
        return
    if _surname_of_full_name(facts, span):
        add_surname(facts, out, span)  # "Paris" after "Valeska Paris"
        return
    if label in ("GPE", "LOC", "FAC") and person_named_place(facts, span):
        add_person(facts, out, span, "PERSON")  # "Nina Park, the chief executive, said"
        return
    if _capital_dateline(facts, span):
        add_place(facts, out, span)  # "KESTRELBURG (AFP) -": the town the story was filed from
        return
    if unknown_place(facts, span, label):
        add_place(facts, out, span)  # "Sapphire Creek", "Pine Ridge, Tenn.", "the villages of Orla"
        return
    if _recorded_from_gazetteer(facts, out, span, label):
        return
    dateline = _dateline(span)
    if dateline is not None:
        add_place(facts, out, dateline)  # "KESTREL BAY, Norway -": where the story was filed
        return
    if label == "ORG" and _partners_name(facts, span):
        add_organisation(facts, out, span)  # "Tesk Road & Bridge", "Halden & Crewe": a firm
        return
    if _named_as_place(facts, span, label):
        add_place(facts, out, span)
        return
    corrected = _corrected_label(facts, span, label)
    # a name the model took for a person's and the evidence for something else stays corrected
    # ("to the Bat Cave"), although it is, by its own label, a "full name" of the article
    unlabelled_person = label != "PERSON" or corrected == "PERSON" or len(span) == 1
    label = corrected
    if label == "PERSON" or (
        unlabelled_person
        and not _organisation_head(span, facts.lex)
        and _looks_like_person(facts, span)
    ):
        add_person(facts, out, span, label)
    elif label == "ORG":
        add_organisation(facts, out, span)
    else:
        add_place(facts, out, span)


def _partners_name(facts: ArticleFacts, span: Span) -> bool:
    """A name the model labelled an organisation's that ends in two capitalised words joined
    by "&" ("Tesk Road & Bridge", "Halden & Crewe"): a firm's, even with a place's head word
    in it; not a venue named with "&" inside ("the Aviation & Space Museum"), nor a land the
    gazetteer knows ("Trinidad & Tobago")."""
    return (
        len(span) >= 3
        and span[-2].text == "&"
        and span[-3].is_title
        and span[-1].is_title
        and not gazetteer_place(span.text, facts.gaz)
        and facts.gaz.country_of_name(span.text) is None
    )


def _name_span(ent: Span) -> Span | None:
    """The entity without "the", possessives, punctuation and caption words; None when
    nothing name-like is left (no letters, or a verb)."""
    span = trim(ent)
    if span is not None and len(span) > 2 and _ex_prefix(span):
        span = trim(span[2:])  # "ex-Acme Bank": the name without its "ex-"
    while span is not None and len(span) > 1 and span[-1].lower_ in CAPTION_WORDS:
        span = trim(span[:-1])
    if span is not None and len(span) > 1 and _score_after(span):
        span = trim(span[:-1])  # "putting Sweden 1 - 0 up": the team, not its score
    if span is None or not any(c.isalpha() for c in span_text(span)):
        return None
    if span.root.pos_ == "VERB" and not _first_name_read_as_verb(span, ent.label_):
        return None
    return span


@cache
def _title_words() -> frozenset[str]:
    """Words of the titles and honorifics (``lexicon/actors/titles.tsv``, ``honorifics.tsv``)."""
    rows = load_table("titles.tsv") + load_table("honorifics.tsv")
    return frozenset(w for row in rows for w in row[0].lower().split())


def _without_opening_trade_noun(span: Span) -> Span:
    """ "Halden Stores" of "Retailer Halden Stores said": a trade noun that opens the
    sentence before a company's name (``opening_trade_nouns.txt``) is no word of it."""
    first = span[0]
    if len(span) < 2 or not first.is_sent_start or not first.is_title:
        return span
    if first.lower_ not in load_words("opening_trade_nouns.txt"):
        return span
    second = span[1]
    return span[1:] if second.is_title or second.is_upper else span


def _person_before_of(span: Span) -> Span:
    """ "Britt Halvorsen of Nordmark": a person's name the model ran on into the place or
    body after "of"; the name is the two or more proper nouns before "of", none of them a
    title ("Duke of Kent", "Queen Mary of Teck" stay whole), and a proper noun follows."""
    cut = next((t.i for t in span if t.lower_ == "of"), None)
    if cut is None or cut - span.start < 2 or cut + 1 >= span.end:
        return span
    words = span.doc[span.start : cut]
    if not all(t.pos_ == "PROPN" and t.is_title for t in words):
        return span
    if any(t.lower_ in _title_words() for t in words) or span.doc[cut + 1].pos_ != "PROPN":
        return span
    return words


def _first_name_read_as_verb(span: Span, label: str) -> bool:
    """ "Rosalind Achebe-Grant, a lawyer, said": a person's name whose first name the
    parse read as a verb taking the surname as its object (the name's root is that first
    name, a listed one, and every other word is a proper noun or a hyphen)."""
    first = span[0]
    return (
        label == "PERSON"
        and len(span) >= 2
        and span.root.i == first.i
        and first.text[:1].isupper()
        and first.lower_ in first_names()
        and all(t.pos_ == "PROPN" or t.text == "-" for t in span[1:])
    )


def _ex_prefix(span: Span) -> bool:
    """A name glued to "ex-" before it: "ex-Acme Bank" (a former employer)."""
    first, dash = span[0], span[1]
    return (
        first.lower_ == "ex" and dash.text == "-" and not first.whitespace_ and not dash.whitespace_
    )


#: Dashes between the two numbers of a score ("1 - 0").
SCORE_DASHES = frozenset({"-", "–", "—"})


def _score_after(span: Span) -> bool:
    """A name that ends with the first number of a score: "Sweden 1" in "Sweden 1 - 0"."""
    doc = span.doc
    end = span.end
    return (
        span[-1].is_digit
        and end + 1 < len(doc)
        and doc[end].text in SCORE_DASHES
        and doc[end + 1].is_digit
    )


def _common_plural_of(facts: ArticleFacts, span: Span) -> bool:
    """A name opening a sentence with a plural common noun and "of": "Users of Lumen"
    (the article writes "users" in lower case, or the model tags it as a common noun)."""
    first = span[0]
    plural = first.tag_ == "NNS" or (
        first.text.endswith("s") and first.lower_ in facts.common_words
    )
    return len(span) > 2 and first.is_sent_start and plural and span[1].lower_ == "of"


#: The longest rank of capitals written after a person's name ("QC", "KBE").
POST_NOMINAL_LETTERS = 3


def _before_credit(span: Span) -> bool:
    """A name right before a caption's credit ("... the Grand Pier Image: Jo Pike"): the
    end of a picture's caption, named nowhere else in the story."""
    doc = span.doc
    end = span.end
    return end + 1 < len(doc) and doc[end].lower_ in CREDIT_WORDS and doc[end + 1].text == ":"


def _in_credit(span: Span) -> bool:
    """Whether the name follows "Image:", "Photo:" or "Video:" on its line (a credit)."""
    words = doc_words(span.doc)  # plain strings: spaCy builds a Token per index
    i = span.start - 1
    while i >= 0:
        if words.breaks[i]:
            break
        text = words.texts[i]
        if text == ":" and i > 0 and words.lowers[i - 1] in CREDIT_WORDS:
            return True
        if text in (".", "!", "?") and i < span.start - 1:
            return False
        i -= 1
    return False


#: Heads of names that are often things ("the Eastvale Project") but a body of people
#: when the name acts ("the Flag Project has planned conferences").
BODY_HEADS = frozenset({"program", "programme", "project", "campaign"})


def _acting_body(span: Span) -> bool:
    """A project or programme whose name is the subject of a verb or speaks for itself."""
    root = span.root
    return (
        len(span) > 1
        and span[-1].lower_ in BODY_HEADS
        and root.dep_ in ("nsubj", "poss")
        and root.head.pos_ in ("VERB", "AUX", "NOUN")
    )


#: The most words a field of office written after its title has ("Minister for Cyber Security").
MAX_PORTFOLIO_WORDS = 3


def _portfolio(facts: ArticleFacts, span: Span) -> bool:
    """The field of an office, part of a title and not an actor: "Minister of Education",
    "Undersecretary for Health", "Minister for Cyber Security", "Environment Minister",
    "Foreign Affairs minister" (not "the mayor of Paris", not "Acme chairman")."""
    if _field_before_minister(facts, span) or _title_word_before_title(facts, span):
        return True
    common = facts.common_words  # (asked of each, not joined to the fields at each call)
    if not all(
        t.lower_ in common or t.lower_ in PORTFOLIO_FIELDS for t in alpha_words(span)
    ) or gazetteer_place(span.text, facts.gaz):
        return False
    title_words = facts.lex.title_words
    after = span.doc[span.end] if span.end < len(span.doc) else None
    before_title = after is not None and after.lower_ in title_words
    doc = span.doc
    after_title = (
        len(span) <= MAX_PORTFOLIO_WORDS
        and span.start >= 2
        and doc[span.start - 1].lower_ in ("of", "for")
        and doc[span.start - 2].lower_ in title_words
    )
    return before_title or after_title


#: Titles of a government's ministers, which a field names ("Commerce Minister Jo Pike").
MINISTER_TITLES = frozenset({"minister", "secretary"})


def _field_before_minister(facts: ArticleFacts, span: Span) -> bool:
    """One capitalised word written between nothing of a name and a minister's title that a
    name follows: "Commerce" in "Commerce Minister Jo Pike" (the field of the office, even
    where the article never writes the word in lower case); never a land of the article
    ("Norvania Trade Minister" is no single word before the title) nor an acronym."""
    doc = span.doc
    if len(span) != 1 or span.end + 1 >= len(doc) or _acronym(span):
        return False
    title, name = doc[span.end], doc[span.end + 1]
    if title.lower_ not in MINISTER_TITLES or not title.is_title or not name.is_title:
        return False
    if span.start > 0 and doc[span.start - 1].pos_ == "PROPN":
        return False  # a longer name the model cut
    text = span.text
    return not (
        gazetteer_place(text, facts.gaz)
        or facts.gaz.country_of_adjective(text)
        or land_by_adjective(span)
    )


#: Words that open an office's title without being one ("Assistant District Attorney").
TITLE_MODIFIERS = frozenset({"assistant", "associate", "deputy", "acting", "interim", "vice"})


def _title_word_before_title(facts: ArticleFacts, span: Span) -> bool:
    """One word of an office's title written before another: "Assistant" in "Assistant
    District Attorney Jo Pike", "Deputy" in "Deputy Minister" (part of the title)."""
    doc, words = span.doc, facts.lex.title_words
    if len(span) != 1 or span.end >= len(doc):
        return False
    if span[0].lower_ not in words and span[0].lower_ not in TITLE_MODIFIERS:
        return False
    return doc[span.end].lower_ in words and doc[span.end].is_title


def _headline(facts: ArticleFacts, span: Span) -> bool:
    """Whether the name is in a line of its own written in title case (a headline)."""
    sent = span.sent
    doc = span.doc
    if sent.start not in facts.headlines:
        return False
    last = [t for t in sent if not t.is_space][-1:]
    if last and last[0].text in (".", "!", "?", '"', "”", "'"):
        return False  # a sentence of names that ends as sentences do
    opens = sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws
    closes = (
        sent.end == len(doc) or "\n" in doc[sent.end - 1].text_with_ws or (doc[sent.end].is_space)
    )
    return opens and closes


def _modifies_common_noun(span: Span) -> bool:
    """Whether the name modifies a common noun after it ("Harbor Point council")."""
    root = span.root
    head = root.head
    return root.dep_ == "compound" and head.i > root.i and head.is_lower and head.pos_ == "NOUN"


def _opening_line(span: Span) -> bool:
    """Whether the name is in the article's first line, a line of its own that does not end
    as a sentence does (a headline, in title case or not)."""
    doc = span.doc
    first = next((t for t in doc if not t.is_space), None)
    if first is None or span.sent.start > first.i:
        return False
    words = [t for t in span.sent if not t.is_space]
    ends_line = span.sent.end == len(doc) or "\n" in doc[span.sent.end - 1].text_with_ws
    return ends_line and words[-1].text not in (".", "!", "?", '"', "”", "'")


def _only_in_longer_names(span: Span) -> bool:
    """Whether every other time the article writes these words, they are a piece of a longer
    name of an organisation or a place ("Wildlife" of "the Fish and Wildlife Service")."""
    doc = span.doc
    words = tuple(t.text for t in span)  # compared with a slice of the tuple of texts
    texts = doc_words(doc).texts
    found = False
    for i in range(len(doc) - len(words) + 1):
        if i == span.start or texts[i : i + len(words)] != words:
            continue
        entity = entity_span_of(doc[i])
        in_entity = doc[i].ent_type_ in ("ORG", "FAC", "LOC") and len(entity) > len(words)
        if not in_entity and not _name_goes_on(doc, i + len(words)):
            return False
        found = True
    return found


def _name_goes_on(doc: Doc, at: int) -> bool:
    """Whether capitalised words of a name go on at token ``at`` ("Port Alder" of "Port
    Alder City Council", which the model did not label)."""
    return at + 1 < len(doc) and all(
        t.is_title and t.pos_ == "PROPN" and not t.is_sent_start for t in doc[at : at + 2]
    )


#: Quotation marks around a title-case phrase.
QUOTES = frozenset({'"', "“", "”"})
#: The fewest words a quoted phrase needs to be read as a title, not a quoted name.
QUOTED_TITLE_WORDS = 3


def _quoted_title(span: Span) -> bool:
    """A name inside a quoted phrase written in title case ("Moving In The Right
    Direction"): a title or a slogan, not an actor."""
    doc = span.doc
    sent = span.sent
    texts = doc_words(doc).texts
    opening = [i for i in range(sent.start, span.start) if texts[i] in QUOTES]
    closing = [i for i in range(span.end, sent.end) if texts[i] in QUOTES]
    if len(opening) % 2 == 0 or not closing:
        return False
    quoted = [t for t in doc[opening[-1] + 1 : closing[0]] if t.is_alpha]
    capitalised = sum(1 for t in quoted if t.text[:1].isupper())
    return len(quoted) >= QUOTED_TITLE_WORDS and capitalised == len(quoted)


def _quoted_after_thing_noun(facts: ArticleFacts, span: Span) -> bool:
    """A name in quotation marks right after a common noun for no person ("the waltz "Sally
    Ann"", "the album "Jo Pike""): the title of a work, not a person."""
    doc = span.doc
    texts = doc_words(doc).texts
    if span.start < 2 or texts[span.start - 1] not in QUOTES:
        return False
    if not any(texts[i] in QUOTES for i in range(span.end, min(span.end + 2, len(doc)))):
        return False
    noun = doc[span.start - 2]
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and noun.is_lower
        and lemma not in person_cues().nouns
        and lemma not in facts.lex.titles
        and lemma not in facts.lex.title_words
    )


def _post_nominal(span: Span) -> bool:
    """Capitals between commas right after a person's name: "Jo Pike, QC, said"."""
    doc = span.doc
    word = span_text(span).replace(".", "")
    if len(span) != 1 or not word.isupper() or len(word) > POST_NOMINAL_LETTERS:
        return False
    before = doc[span.start - 2] if span.start >= 2 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (
        before is not None
        and doc[span.start - 1].text == ","
        and before.ent_type_ == "PERSON"
        and (after is None or after.text in (",", ".", ";"))
    )


def _without_title(facts: ArticleFacts, span: Span) -> Span:
    """An organisation's name without the office written after it: "State Department" in
    "the State Department Spokesperson" (the office is its holder's title); never cut to end
    in a small word ("Meet the" of "Meet the Press"), nor cut words that are no title alone
    ("Press" of "the Canadian Press")."""
    end = span.end
    while end - 1 > span.start and span.doc[end - 1].lower_ in facts.lex.title_words:
        end -= 1
    last = span.doc[end - 1]
    if end == span.end or last.lower_ in facts.lex.title_words or not last.text[:1].isupper():
        return span
    if span.doc[end : span.end].text.lower() not in facts.lex.titles:
        return span  # "Canadian Press": "press" is a word of titles, no title alone
    return span.doc[span.start : end]


def _country(facts: ArticleFacts, text: str) -> bool:
    """Whether ``text`` is a country's name or alias ("Korea Republic"): never a fragment."""
    return facts.gaz.country_of_name(text) is not None


def _not_an_actor(facts: ArticleFacts, span: Span, label: str) -> bool:
    """A listed non-name, a version number or a thing."""
    lex, text = facts.lex, span_text(span)
    if label != "NORP" and lex.not_names.match(text) and not _site_name(span, label):
        return True
    if adjective_of_land(span) and not facts.gaz.country_of_adjective(text):
        # "the Norvanian capital" beside "Norvania": an adjective the gazetteer does not
        # know ("Ukrainian officials" stay a mention of Ukraine), no actor of its own
        return True
    # spaCy's is_lower and is_alpha are these tests of the token's text
    texts = doc_words(span.doc).texts[span.start : span.end]
    if all(w.islower() for w in texts if w.isalpha()) and span.root.pos_ == "NOUN":
        return True  # "disco club owner Jo Pike": a common noun phrase, no name
    if _common_phrase_opening_sentence(facts, span):
        return True  # "Harbor city council delays vote": a capital only for the sentence
    if (
        label not in ("PERSON", "NORP")
        and _common_word_opening_sentence(span)
        and not gazetteer_place(text, facts.gaz)
    ):
        return True  # "Anger grew", "Unofficial results": a capital only for the sentence
    if label not in ("PERSON", "NORP") and headline_common_word(
        span, facts.headlines, gazetteer_place(text, facts.gaz)
    ):
        return True  # "Software firm to cut jobs": "software" in the body, in lower case
    if (
        label != "NORP"
        and span[-1].lower_ in lex.not_heads
        and not _acting_body(span)
        and span.root.lower_ not in lex.org_heads  # "the Institute for the Study of War"
    ):
        return True
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        label == "ORG"
        and not _acronym(span)  # "KLF Cup": the organiser's acronym opens the event's name
        and following is not None
        and following.lower_ in lex.not_heads
        and following.is_alpha
    ):
        return True  # "the National Iodine Nutrition Study": the entity left out the thing's head
    words = alpha_words(span)
    if (
        text.isupper()
        and not gazetteer_place(text, facts.gaz)
        and all(
            t.pos_ == "PRON" or t.lower_ in lex.pronouns or t.lower_ in facts.common_words
            for t in words
        )
    ):
        return True  # "YOU", "SHE", "BAY": a pronoun or common word in capitals
    if _portfolio(facts, span):
        return True  # "Minister of Education": the office's field, part of a title
    if label == "ORG" and _names_a_kind(facts, span):
        return True  # "the ICI system", "NCLAN studies": the name of a system or a study
    if glued_to_prefix(span) or glued_to_participle(span):
        return True  # "pro-Beijing", "Counter-Strike": a piece of a hyphenated word
    if _named_for_a_thing(span, lex):
        return True  # "the Budweiser Man of the Match award": words of a prize's name
    if _before_number_and_name(span):
        return True  # "Movimento" of "Movimento 5 Stelle": recorded whole from its end
    if _lettered(span):
        return True  # "Group G", "Plan B": one of a series, not an actor
    if _rest_of_organisation_name(span):
        return True  # "the Union of Free Thinkers and Sceptics": the end of a longer name
    if _common_noun_use(facts, span):
        return True  # "a former Scientologist": a description, not a name
    if label == "PERSON" and _brand_word(facts, span):
        return True  # "Meadowline hummus", "Meadowline products": a brand, no person
    if label == "PERSON" and _modifies_organisation_noun(facts, span):
        return True  # "Volunteer organization Comic Aid": a word of the description
    if label != "ORG" and _title_case_list(span):
        return True  # "the Architectural, Surveying and Planning constituency"
    if _headline(facts, span) and not _country(facts, text):
        if facts.text.count(text) == 1:
            return True  # "Central Bank Holds Rates": headline words, named nowhere else
        if _only_in_longer_names(span):
            return True  # "Judge Faults Wildlife Service": a piece of "Fish and Wildlife Service"
    if (
        _opening_line(span)
        and _modifies_common_noun(span)
        and not _country(facts, text)
        and _only_in_longer_names(span)
    ):
        return True  # "Harbor Point council delays vote": "Harbor Point City Council" below
    if _quoted_title(span) or (label == "PERSON" and _quoted_after_thing_noun(facts, span)):
        return True  # "Moving In The Right Direction", the tune "Sally Ann": titles quoted
    if _post_nominal(span):
        return True  # "Jo Pike, QC,": a rank written after a name
    if _costume(span):
        return True  # "fans dressed as Captain Comet": a character worn, not an actor
    if _programme_of_organisation(facts, span):
        return True  # "told Northcast's Morning Joe": a broadcaster's programme, written once
    if _slash_credit(span) or _boilerplate_line(span):
        return True  # "(Wire Photo/Jo Pike)", "Copyright 2026 Wire Press": credits, no actors
    if len(span) == 1 and not text.isupper() and span[0].lower_ in lex.pronouns:
        return True  # "Follow Us On Social Media": a pronoun in a title-case line
    if (_in_credit(span) or _before_credit(span)) and facts.text.count(text) == 1:
        return True  # "Image: Jo Pike": who took the picture, not an actor of the story
    # a full name is a person's, and so is a surname of one ("including Mr. Pike")
    example = example_of(span) if len(span) == 1 and not _known_person_word(facts, span) else None
    if (
        example is not None
        and not person_or_org_noun(example, lex)
        and not gazetteer_place(text, facts.gaz)
        and not _site_name(span, label)  # "sites such as Acme.com have said": publishers
    ):
        return True  # "gods such as Zeus", "apps like Chirper": examples of things
    if label != "ORG" and len(span) == 1 and any(c.isdigit() for c in text):
        return True  # "XR7": versions and products, not people or places
    return _is_thing(facts, span)


#: A company or site named by its capitalised web address ("Acme.com").
_SITE_NAME = re.compile(r"[A-Z][A-Za-z0-9-]+\.(?:com|org|net)")


def _common_phrase_opening_sentence(facts: ArticleFacts, span: Span) -> bool:
    """A common noun phrase whose one capital is the sentence's first letter: "Harbor city
    council delays vote" (every other word in lower case, the head a common noun, and the
    first word one the article also writes in lower case)."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or not span[0].is_sent_start or span.root.pos_ != "NOUN":
        return False
    if not all(t.is_lower for t in words[1:]):
        return False
    first = span[0].lower_
    return first in facts.common_words or first in doc_words(span.doc).texts


#: Fine tags of common nouns and adjectives: a word the tagger reads as one of these is no
#: name although the sentence gives it a capital ("Anger grew", "Unofficial results showed").
COMMON_WORD_TAGS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS"})


def _common_word_opening_sentence(span: Span) -> bool:
    """A one-word name whose capital is only the sentence's first letter: the first word of a
    sentence, a headline or a quote ("Anger grew", "Unofficial results", "\"Polluters should
    pay\""), that the tagger reads as a common noun or adjective and the article never writes
    with a capital anywhere else; not a singular noun before another ("Vexa founder Jo Pike":
    the tagger reads a firm's name there as a common noun too)."""
    if len(span) != 1:
        return False
    word = span[0]
    if word.tag_ not in COMMON_WORD_TAGS or not word.is_title or not _opens_sentence(word):
        return False
    if word.tag_ == "NN" and word.dep_ == "compound":
        return False  # "Vexa founder Jo Pike": a name before a noun is tagged so as often
    doc = span.doc
    return all(_opens_sentence(doc[i]) for i in text_positions(doc, word.text))


def _opens_sentence(word: Token) -> bool:
    """Whether only punctuation (an opening quote or bracket) comes before ``word`` in its
    sentence."""
    sent = word.sent
    return all(t.is_punct for t in sent[: word.i - sent.start])


def _site_name(span: Span, label: str) -> bool:
    """An organisation the model found named by its web address with a capital ("Acme.com"),
    not a lower-case address ("acme.org/help") that only says where to read something."""
    return (
        label == "ORG"
        and len(span) == 1
        and span[0].dep_ != "compound"  # "the Acme.com site": the site, a thing
        and _SITE_NAME.fullmatch(span.text) is not None
    )


#: Words before a one-word name that use it as a common noun ("a Scientologist").
COMMON_DETERMINERS = frozenset({"a", "an", "another", "every", "each"})
#: Adjectives that make a one-word name a description of a person ("former Scientologist").
MEMBER_ADJECTIVES = frozenset(
    {"former", "fellow", "devout", "lifelong", "practising", "practicing"}
)


#: Nouns whose modifier names one of their kind, not its owner: "the ICI system", "the
#: NEMISIS database", "NCLAN studies", "the Lifestyle category".
KIND_NOUNS = frozenset(
    {
        "system",
        "database",
        "category",
        "scheme",
        "format",
        "standard",
        "protocol",
        "study",
        "index",
        "classification",
        "method",
        "tax",
    }
)
#: Dependencies of a name that acts in its clause: subject, possessor.
ACTING_DEPS = frozenset({"nsubj", "poss"})


def _names_a_kind(facts: ArticleFacts, span: Span) -> bool:
    """An "organisation" that modifies a noun of systems or studies ("the ICI system") and
    that acts nowhere in the article (never a subject, a possessor or an agent)."""
    root = span.root
    head = root.head
    if root.dep_ not in ("compound", "nmod") or head.i < span.end or head.pos_ != "NOUN":
        return False
    if head.lemma_.lower() not in KIND_NOUNS:
        return False
    doc, text = facts.doc, facts.text
    start = text.find(span.text)
    while start >= 0:
        other = doc.char_span(start, start + len(span.text), alignment_mode="expand")
        if other is not None:
            other_root = other.root
            if other_root.dep_ in ACTING_DEPS or other_root.head.dep_ == "agent":
                return False
        start = text.find(span.text, start + 1)
    return True


def _brand_word(facts: ArticleFacts, span: Span) -> bool:
    """A one-word "person" that is no first name nor a surname of the article, written at
    least twice and every time before a common noun it modifies ("Meadowline hummus",
    "Meadowline products"): the name of a brand."""
    if len(span) != 1 or not span[0].is_title:
        return False
    word = span[0]
    if word.lower_ in first_names() or _known_person_word(facts, span):
        return False
    doc = span.doc
    uses = [doc[i] for i in text_positions(doc, word.text)]
    lex = facts.lex
    # nouns for people and bodies a person's name also modifies ("the Lee administration")
    bodies = lex.government_nouns | lex.title_words | org_cues()[1] | person_cues().nouns
    return len(uses) >= 2 and all(
        t.dep_ == "compound"
        and t.head.i == t.i + 1
        and t.head.is_lower
        and t.head.tag_ in ("NN", "NNS")
        and t.head.lemma_.lower() not in bodies | PERSONAL_BODIES
        for t in uses
    )


#: Nouns a politician's surname modifies that are no products: "the Lee administration".
PERSONAL_BODIES = frozenset(
    {"administration", "campaign", "aide", "ally", "supporter", "family", "camp", "era"}
    | {"presidency", "government", "cabinet", "team", "staff", "policy", "plan", "voter"}
)


def _modifies_organisation_noun(facts: ArticleFacts, span: Span) -> bool:
    """A one-word "person" that is no first name nor a surname of the article and modifies
    an organisation noun: "Volunteer organization Comic Aid" (not "Pike campaign")."""
    root = span.root
    head = root.head
    if len(span) != 1 or root.dep_ != "compound" or head.i <= root.i:
        return False
    if span[0].lower_ in first_names() or _known_person_word(facts, span):
        return False
    lemma = head.lemma_.lower()
    # the nouns of organisations by what they are ("organization", "charity"), not the
    # heads of their names, which a person's name often modifies ("Obama administration")
    return head.pos_ == "NOUN" and head.is_lower and lemma in org_cues()[1]


#: Dependencies of words that modify a noun before it.
MODIFIER_DEPS = frozenset({"nmod", "compound", "amod"})


def _title_case_list(span: Span) -> bool:
    """One capitalised word of a list written in title case with common nouns in it ("the
    Architectural, Surveying, Planning and Landscape constituency"): a name's pieces."""
    if len(span) != 1:
        return False
    items = span.root.conjuncts
    if any(t.tag_ in ("NN", "NNS") and t.is_title for t in items):
        return True
    # "the Fishing, Farming and Mining constituency": a list of words modifying a noun
    first = min((span.root, *items), key=lambda t: t.i)
    head = first.head
    if first.dep_ not in MODIFIER_DEPS or head.pos_ != "NOUN" or not head.is_lower:
        return False
    siblings = [t for t in head.children if t.dep_ in MODIFIER_DEPS and t.i != first.i]
    words = {t.i: t for t in (*items, *siblings, *(c for t in siblings for c in t.conjuncts))}
    words.pop(span.root.i, None)
    return len(words) >= 2 and all(
        t.is_title and t.i < head.i and t.ent_type_ not in ("GPE", "PERSON", "NORP")
        for t in words.values()
    )


def _named_for_a_thing(span: Span, lex: Lexicon) -> bool:
    """A name whose "of" phrase ends in the head word of a prize, an event or a document:
    "the Golden Man of the Match award" (the whole is the prize's name)."""
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < span.end:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.is_lower and noun.lemma_.lower() in lex.not_heads:
                return True
    return False


def _lettered(span: Span) -> bool:
    """A common word and a capital letter: one of a series ("Group G", "Plan B"), not a
    body (not a person: "Malcolm X")."""
    if len(span) != 2:
        return False
    word, mark = span[0], span[1]
    letter = len(mark.text) == 1 and mark.text.isupper()
    return letter and word.is_title and word.lower_ not in first_names()


def _rest_of_organisation_name(span: Span) -> bool:
    """A capitalised plural joined by "and" to the last word of an organisation's name
    with "of" in it: "the Union of Free Thinkers and Sceptics" (the name goes on)."""
    doc = span.doc
    start = span.start
    if len(span) != 1 or not span.text.endswith("s") or start < 2:
        return False
    joint, last = doc[start - 1], doc[start - 2]
    if joint.lower_ not in ("and", "&") or last.ent_type_ != "ORG" or last.ent_iob_ == "O":
        return False
    name_start = last.i
    while name_start > 0 and doc[name_start].ent_iob_ == "I":
        name_start -= 1
    return span.root.head.i == last.i and any(t.lower_ == "of" for t in doc[name_start : last.i])


def _after_number(span: Span) -> bool:
    """A one-word name after a number that follows a capitalised word: the end of a longer
    name the model cut at its number ("Movimento 5 Stelle", "Route 9 Diner")."""
    doc = span.doc
    start = span.start
    if len(span) != 1 or start < 2:
        return False
    number, before = doc[start - 1], doc[start - 2]
    return (
        number.is_digit
        and before.is_alpha
        and before.text[:1].isupper()
        and not before.is_sent_start
        and before.ent_type_ != "PERSON"
    )


def _before_number_and_name(span: Span) -> bool:
    """The start of a name cut at its number: "Movimento" before "5 Stelle"."""
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc) or not doc[end].is_digit:
        return False
    after = doc[end + 1 : end + 2]
    return (
        after[0].is_title
        and after[0].is_alpha
        and _after_number(after)
        and _name_with_number(after) is not None
    )


def _name_with_number(span: Span) -> Span | None:
    """The whole name a one-word name after a number ends: "Movimento 5 Stelle" from
    "Stelle" (None when a capitalised word does not come before the number)."""
    doc = span.doc
    start = span.start - 1
    while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha:
        start -= 1
        if doc[start].is_sent_start:
            break
    if start == span.start - 1 or any(t.ent_type_ == "PERSON" for t in doc[start : span.start]):
        return None
    return doc[start : span.end]


def _common_noun_use(facts: ArticleFacts, span: Span) -> bool:
    """A one-word name used as a common noun for a member of a group: "a Scientologist",
    "a former Republican", "fellow Democrats" (not a country: "former Yugoslavia")."""
    root = span.root
    if (
        len(span) != 1
        or root.tag_ == "NNPS"
        or span.text.endswith("s")
        or root.ent_type_ in ("GPE", "LOC", "FAC")
    ):
        return False  # "fellow Democrats" are a group
    # "a Europe without borders" is a place: the gazetteer is read only for a use found
    for child in root.children:
        if child.dep_ == "det" and child.lower_ in COMMON_DETERMINERS and root.ent_type_ != "ORG":
            return not gazetteer_place(span.text, facts.gaz)  # not "a Senate that could
            # change hands": a body of people
        if child.dep_ == "amod" and child.lower_ in MEMBER_ADJECTIVES:
            return not gazetteer_place(span.text, facts.gaz)
    return False


def _known_person_word(facts: ArticleFacts, span: Span) -> bool:
    """A one-word name that is a first name or surname of the article's full names, or
    follows a title or an honorific."""
    text = span.text
    return (
        text in facts.full_names.by_last
        or text in facts.full_names.by_first
        or title_before(facts.doc, span.start, facts.lex, facts.gaz) is not None
    )


def _surname_of_full_name(facts: ArticleFacts, span: Span) -> bool:
    """A one-word name (a hyphenated one is one word: "Ruiz-Carver") that ends a full person
    name of the article and is not written as a place here ("Paris claims" after "Valeska
    Paris"; not "in Paris")."""
    root = span.root
    placed = (root.dep_ == "pobj" and root.head.lower_ in facts.lex.place_preps) or in_address(root)
    one_word = len(span) == 1 or " " not in span.text
    return one_word and span.text in facts.full_names.by_last and not placed


#: Words after a name that make it a federal state's ("Georgia Gov.", "Georgia state law").
STATE_TITLES = frozenset({"gov.", "gov", "governor", "lt.", "state"})


def _state_title_after(span: Span) -> bool:
    """Whether a state governor's title or the word "state" follows the name."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in STATE_TITLES


def _recorded_from_gazetteer(
    facts: ArticleFacts, out: ClassifiedNames, span: Span, label: str
) -> bool:
    """Record a seat of government, a nationality, a country or a capital; whether it was one."""
    gaz, text = facts.gaz, span.text
    seat = gaz.seat_country(text)
    if seat:
        add_seat(facts, out, span, seat)
        return True
    demonym = gaz.country_of_adjective(text) and not gaz.country_of_name(text)
    if (
        label == "NORP"
        and not demonym
        and span.root.tag_ == "NNP"
        and _looks_like_person(facts, span)
    ):
        add_person(facts, out, span, "PERSON")  # a surname labelled as a nationality
        return True
    if label == "NORP" and not demonym and (_party_members(facts, span) or affiliation(span)):
        add_organisation(facts, out, span)  # "the Greens" after "the Green Party"
        return True
    if label == "NORP" or demonym:
        add_nationality(facts, out, span)
        return True
    iso = gaz.country_of_name(text)
    if iso and _state_title_after(span):
        add_place(facts, out, span)  # "Georgia Gov. Jo Pike": a state with the country's name
        return True
    if iso:
        add_country(facts, out, span, iso, "name")
        return True
    iso = gaz.country_of_capital(text)
    if iso:
        if (
            is_place_use(span.root, facts.lex)
            or names_region(span, gaz)
            or _listed_with_subnational_place(facts, span)
        ):
            add_place(facts, out, span)
        else:
            add_country(facts, out, span, iso, "metonym")
        return True
    return False


def _listed_with_subnational_place(facts: ArticleFacts, span: Span) -> bool:
    """A capital's name listed with a place that is no country nor capital: "Washington and
    Oregon are considering bills" (a state of the same name, not the government)."""
    gaz = facts.gaz
    for token in span.root.conjuncts:
        if token.ent_type_ not in ("GPE", "LOC"):
            continue
        ent = next((e for e in doc_ents(facts.doc) if e.start <= token.i < e.end), None)
        text = ent.text if ent is not None else token.text
        if not gaz.country_of_name(text) and not gaz.country_of_capital(text):
            return True
    return False


def _party_members(facts: ArticleFacts, span: Span) -> bool:
    """A plural name ("Greens") whose singular names a party of the article ("Green Party")."""
    text = span.text
    if len(span) != 1 or not text.endswith("s"):
        return False
    party = f"{text[:-1]} Party"
    return any(name.endswith(party) for name in facts.entity_texts)


def _named_as_place(facts: ArticleFacts, span: Span, label: str) -> bool:
    """A street, structure or building by its head word ("Castlefrank Road", "Grand Hotel"),
    whatever the model's label, or a region of the gazetteer (a US state) that the model
    labelled an organisation ("Ohio" as the subject of a sentence)."""
    if len(span) > 1 and _venue_head(span, facts.lex.venue_heads):
        if span.text in facts.employers:
            return False  # "a lawyer with the Western Law Center": an organisation
        if _acting_institution(facts.doc, span):
            return False  # "Westbrook General Hospital confirmed ...": an organisation
        # veto "titled": "Ms Jo Street" is a person
        if label == "PERSON" and _titled_person(facts, span):
            return False  # "Councillor Jo Street", "Jo Street said": the model's person stands
        return title_before(facts.doc, span.start, facts.lex, facts.gaz) is None
    if label != "PERSON" and _home_of_politician(span) and not _organisation_head(span, facts.lex):
        return True  # "a Democrat from Kettle Bend", "Rep. Ann Lee of Marrow Lake"
    return label != "PERSON" and facts.gaz.is_region(span.text)


#: Party nouns a politician's home town follows with "from" ("a Democrat from Kettle Bend").
_PARTY_NOUNS = frozenset({"democrat", "republican", "independent", "conservative", "liberal"})


#: Families of ``titles.tsv`` whose holders are "of" the place they serve: "Rep. Ann Lee of
#: Marrow Lake", "Mayor Jo Pike of Corvale", "Gov. Jo Pike of Ohio".
HOME_FAMILIES = frozenset({"legislator", "mayor", "governor"})


@cache
def _home_titles() -> frozenset[str]:
    """Legislators', mayors' and governors' titles (``HOME_FAMILIES``), without their full
    stops: before a name, its "of" phrase is the place the holder serves, not an
    organisation they belong to."""
    titles = lexicon().titles
    return frozenset(t.rstrip(".") for t, info in titles.items() if info.family in HOME_FAMILIES)


def _home_of_politician(span: Span) -> bool:
    """Whether a name is a politician's home: the object of "from" after a party noun ("a
    Democrat from Kettle Bend") or of "of" after a legislator's, mayor's or governor's titled
    name ("Rep. Gary Lee of Marrow Lake", "Mayor Jo Pike of Corvale")."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.i == root.i:
        return False
    owner = prep.head
    if prep.lower_ == "from":
        return owner.lower_ in _PARTY_NOUNS
    if prep.lower_ != "of" or owner.ent_type_ != "PERSON":
        return False
    first = owner.doc[owner.left_edge.i : owner.i + 1]
    return any(t.lower_.rstrip(".") in _home_titles() for t in first)


def _organisation_head(span: Span, lex: Lexicon) -> bool:
    """A name of several words headed by an organisation's or a newspaper's word, last or
    before "of": "Bayline Terminals", "Edmonton Sun", "Municipality of Corvale"."""
    if len(span) < 2:
        return False
    heads = [span[-1]]
    heads += [span[k - 1] for k in range(1, len(span) - 1) if span[k].lower_ == "of"][:1]
    words = lex.org_heads | lex.media_heads | ORGANISATION_AREAS | FIRM_HEADS
    firm = business_heads()  # a trade that ends a firm's name: "Hadley Lumber"
    return any(
        (t.lower_ in words or (t.i == span.end - 1 and t.lower_ in firm)) and t.text[:1].isupper()
        for t in heads
    )


def _programme_of_organisation(facts: ArticleFacts, span: Span) -> bool:
    """A name of several words an organisation's name possesses ("Northcast's Morning Joe",
    "the network's Meet the Press"), opening with no first name nor title, with no person's
    cue, written only once and only told or appeared on (an object, never a subject): the
    organisation's programme, not a person ("Acme's Jo Pike won" is a member)."""
    if len(span) < 2 or span.start < 2 or facts.text.count(span.text) != 1:
        return False
    if span.root.dep_ not in ("pobj", "dobj", "dative"):
        return False
    marker, owner = span.doc[span.start - 1], span.doc[span.start - 2]
    if marker.text not in POSSESSIVE or owner.ent_type_ != "ORG":
        return False
    first = span[0].lower_
    lex = facts.lex
    if first in first_names() or first in lex.title_words or first in lex.honorifics:
        return False
    return not person_evidence(span)


#: Venue heads whose building is also an institution with staff and a voice: the name is an
#: organisation's where it is a verb's subject ("Westbrook General Hospital confirmed").
INSTITUTION_VENUES = frozenset({"hospital", "clinic", "infirmary"})


def _acting_institution(doc: Doc, span: Span) -> bool:
    """Whether the name ends in an institution's venue head and the article writes it, here
    or elsewhere, as the subject of a verb."""
    if span[-1].lower_ not in INSTITUTION_VENUES:
        return False
    words = [t.text for t in span]
    for i in text_positions(doc, words[0]):
        end = i + len(words)
        if end > len(doc) or [t.text for t in doc[i:end]] != words:
            continue
        root = doc[i:end].root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
            return True
    return False


def _titled_person(facts: ArticleFacts, span: Span) -> bool:
    """A name the model labelled a person's that opens with an office title or honorific
    ("Councillor Jo Street") or is a first name and a surname the article uses as a
    person's ("Jo Street ... Street said"): a person, whatever its last word."""
    lex = facts.lex
    first = span[0].lower_
    if len(span) >= 3 and (first in lex.titles or first in lex.honorifics):
        return True
    return person_named_place(facts, span)


def _venue_head(span: Span, venues: frozenset[str]) -> bool:
    """A building's or street's head word: last ("Grand Hotel") or before "of" ("Museum of
    Flight"), capitalised as part of the name."""
    heads = [span[-1]]
    heads += [span[k - 1] for k in range(1, len(span) - 1) if span[k].lower_ == "of"][:1]
    return any(t.lower_ in venues and t.is_title for t in heads)


def _corrected_label(facts: ArticleFacts, span: Span, label: str) -> str:
    """A person by the cues around the name; an employer's name, a name with an
    organisation's head word ("Bayline Terminals") or cue ("a poll by Norstat") and an
    acronym the gazetteer does not know ("F.B.I.") an organisation's; a one-word "person"
    written as a place ("in Corvale") a place's."""
    lex = facts.lex
    if _organisation_head(span, lex):
        return "ORG"
    if organisation_cue(span) and not first_name_person(span, label):
        return "ORG"  # but "the contractor, Gordon Tesk": a person doing the work
    if label == "PERSON" and affiliation(span) and not person_evidence(span):
        return "ORG"  # "Cheng Tai of Civic Passion": what a person is "of" is a body
    if label == "PERSON" and service_name(facts, span):
        return "ORG"  # "shared on Twitter ... Twitter said": a service, not a person
    if (
        label in ("GPE", "LOC")
        and _acronym(span)
        and not gazetteer_place(span.text, facts.gaz)
        and not is_place_use(span.root, lex)
    ):
        return "ORG"
    root = span.root
    if label in ("PERSON", "ORG") and len(span) == 1 and _named_as_town(facts, span):
        return "GPE"
    if label in ("PERSON", "ORG") and len(span) == 1 and _listed_with_placed_town(facts, span):
        return "GPE"  # "police in Dallas and Irving"
    if label == "ORG" and len(span) == 1 and _placed_town(facts, span):
        return "GPE"  # "officials in Eastbridge" after "Eastbridge, a town of 4,000"
    if label == "ORG" and len(span) == 1 and (_named_area(facts, span) or _site_town(span)):
        return "GPE"  # "Eastgate" beside "the Eastgate district"; "a base in Sollevik"
    if (
        label == "PERSON"
        and len(span) == 1
        and _named_region(span)
        and not person_evidence(span)
        and span.text not in facts.full_names.by_last
        and title_before(facts.doc, span.start, lex, facts.gaz) is None
    ):
        return "GPE"  # "the emergency services of the Orla region": a region, no person
    if label == "ORG" and len(span) == 1 and _dateline_town(span):
        return "GPE"  # "Caddel" where the article opens "CADDEL -": the town it is filed from
    if (
        label == "PERSON"
        and land_by_adjective(span)
        and not person_evidence(span)
        and title_before(facts.doc, span.start, lex, facts.gaz) is None
    ):
        return "ORG"  # "Norvania said" beside "Norvanian officials": a land acting, no person
    if label == "PERSON" and _place_with_article(facts, span):
        return "FAC"  # "to the Bat Cave": a place, not a person
    if _listed_with_organisations(facts, span, label):
        return "ORG"  # "Ubisoft, Microsoft and Sony all had stands"
    if label == "ORG" and first_and_last_name(span, lex, facts.gaz, facts.employers):
        return "PERSON"  # "founded by Dean Kamen"
    if label == "ORG" and (
        person_by_pronoun(facts, span) or surname_of_pronoun_person(facts, span)
    ):
        return "PERSON"  # "signed Brantley Okonkwo-Reyes ... Okonkwo-Reyes said he"
    if (
        label == "PERSON"
        and len(span) == 1
        and root.dep_ == "pobj"
        and root.head.lower_ in lex.place_preps
        and not person_evidence(span)
        and title_before(facts.doc, span.start, lex, facts.gaz) is None
    ):
        return "GPE"
    if label != "PERSON" and _person_by_evidence(facts, span):
        return "PERSON"
    if (
        label != "PERSON"
        and apposed_to_title(span, lex)
        and not gazetteer_place(span.text, facts.gaz)
    ):
        return "PERSON"  # "the party's parliamentary leader, Nico Varga"
    if (
        label == "PERSON"
        and span.text in facts.employers
        and title_before(facts.doc, span.start, facts.lex, facts.gaz) is None
    ):
        return "ORG"
    return label


def _family(facts: ArticleFacts, span: Span) -> bool:
    """ "the Pikes" after "Jo Pike": the plural of a surname of the article, after "the"."""
    text = span.text
    doc = span.doc
    surnames = facts.full_names.by_last
    return (
        len(span) == 1
        and text.endswith("s")
        and (text[:-1] in surnames or (text.endswith("es") and text[:-2] in surnames))
        and span.start > 0
        and doc[span.start - 1].lower_ == "the"
    )


def _place_with_article(facts: ArticleFacts, span: Span) -> bool:
    """A "person" of several words after "the", none of them a first name, where the
    sentence puts a place: "travelled to the Bat Cave", "met in the Long Room"."""
    doc = span.doc
    root = span.root
    if len(span) < 2 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    names = first_names()
    if any(t.lower_ in names for t in span):
        return False
    head = root.head.lower_
    return root.dep_ == "pobj" and (head in facts.lex.place_preps or head in ("to", "from"))


def _listed_with_organisations(facts: ArticleFacts, span: Span, label: str) -> bool:
    """A "place" the gazetteer does not know, or a one-word "person" that is no first name
    nor a surname of the article, listed only with organisations (and their products)."""
    if label == "PERSON":
        if len(span) != 1 or span[0].lower_ in first_names() or _known_person_word(facts, span):
            return False
    elif label not in ("GPE", "LOC"):
        return False
    if gazetteer_place(span.text, facts.gaz) or in_address(span.root):
        return False
    role = span.root
    while role.dep_ == "conj" and role.head.i != role.i:
        role = role.head
    if is_place_use(role, facts.lex):
        return False  # "located in Durham and the University of ..."
    others = [t for t in span.root.conjuncts if not (span.start <= t.i < span.end)]
    labelled = [t.ent_type_ for t in others if t.ent_type_]
    return "ORG" in labelled and all(label in ("ORG", "PRODUCT") for label in labelled)


def _listed_with_placed_town(facts: ArticleFacts, span: Span) -> bool:
    """A one-word name listed after a place the model labelled, the list the object of a
    place preposition: "police in Dallas and Irving" (no title before it)."""
    root = span.root
    if root.dep_ != "conj" or title_before(facts.doc, span.start, facts.lex, facts.gaz):
        return False
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return (
        first.ent_type_ == "GPE"
        and first.dep_ == "pobj"
        and first.head.lower_ in facts.lex.place_preps
    )


def _placed_town(facts: ArticleFacts, span: Span) -> bool:
    """A one-word name written as a place here ("in Eastbridge") and as a town elsewhere in
    the article ("Eastbridge, a town of 4,000")."""
    root = span.root
    if not (root.dep_ == "pobj" and root.head.lower_ in facts.lex.place_preps):
        return False
    for ent in facts.ents:
        other = trim(ent)
        same = other is not None and other.text == span.text and other.start != span.start
        if same and other is not None and _named_as_town(facts, other):
            return True
    return False


#: Nouns of sites and gatherings a town is the place of ("her training base in Sollevik",
#: "a rally in Eastfield"): a one-word name after them and "in" is a town, not an
#: organisation.
SITE_NOUNS = frozenset(
    {
        "base",
        "plant",
        "camp",
        "factory",
        "mine",
        "site",
        "facility",
        "depot",
        "farm",
        "home",
        "rally",
        "protest",
        "march",
        "vigil",
        "ceremony",
        "funeral",
        "parade",
    }
)
#: Dependencies of a name that does, owns or undergoes something: an actor's.
NAME_ROLES_OF_ACTORS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "agent", "appos"})


def _dateline_town(span: Span) -> bool:
    """A one-word name the article also writes in capitals as a dateline's town ("CADDEL -"
    for "Caddel"), read from the shared dateline finder (``analysis.datelines``)."""
    doc = span.doc
    return any(
        dateline_place(doc, doc[i].idx, doc[i].idx + len(doc[i].text))
        for i in text_positions(doc, span.text.upper())
    )


#: Words that join the last item of a list to the ones before it.
LIST_JOINERS = frozenset({"and", "&", ",", "or"})


def _named_area(facts: ArticleFacts, span: Span) -> bool:
    """A one-word name the article also writes before an area noun in lower case ("the
    Eastgate district", "the Orla ward"): the area's name."""
    doc, areas = span.doc, facts.lex.area_nouns
    return any(
        i + 1 < len(doc)
        and doc[i + 1].is_lower
        and doc[i + 1].lower_ in areas
        and not (i > 0 and doc[i - 1].lower_ in LIST_JOINERS)  # "Planning and Landscape"
        for i in text_positions(doc, span.text)
    )


def _named_region(span: Span) -> bool:
    """A one-word name the article writes before a region noun in lower case ("the Orla
    region", "the Orla province"): the region's name."""
    doc = span.doc
    return any(
        i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].lower_ in REGION_NOUNS
        for i in text_positions(doc, span.text)
    )


def _site_town(span: Span) -> bool:
    """A one-word name after "in" and a site's noun ("her training base in Sollevik"), or
    after "in" on a passive verb of place ("the sample was taken in Sollevik") where the
    article never writes the name as a doer, owner or thing done to."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "in":
        return False
    owner = prep.head
    if owner.is_lower and owner.lemma_.lower() in SITE_NOUNS:
        return True
    passive = any(child.dep_ == "auxpass" for child in owner.children)
    if not (owner.pos_ == "VERB" and passive):
        return False
    doc = span.doc
    return not any(doc[i].dep_ in NAME_ROLES_OF_ACTORS for i in text_positions(doc, span.text))


def _named_as_town(facts: ArticleFacts, span: Span) -> bool:
    """A name written as a town's: "the town of Corvale", or after a place and a comma
    ("Livorno, Tuscany")."""
    lex = facts.lex
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        noun = head.head.lemma_.lower()
        if head.head.is_lower and (noun in TOWN_NOUNS or noun in lex.area_nouns):
            return True
    for child in root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in TOWN_NOUNS | HOME_NOUNS:
            return True  # "Corvale, a town of 4,000 people"
        if child.dep_ == "relcl" and any(t.lower_ == "where" for t in child.children):
            return True  # "Corvale, where the march began"
    doc = span.doc
    after_place = (
        span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].ent_type_ == "GPE"
    )
    if (
        after_place
        and root.dep_ == "appos"
        and title_before(doc, span.start, lex, facts.gaz) is None
    ):
        return True
    # "located in Corvale, Indiana": a place word before it and a known place after it
    before_place = (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and gazetteer_place(doc[span.end + 1].text, facts.gaz)
    )
    return before_place and root.dep_ == "pobj" and head.lower_ in lex.place_preps


def _acronym(span: Span) -> bool:
    """One word of capitals, with or without dots: "FBI", "F.B.I.", "AFP"."""
    letters = span.text.replace(".", "")
    return len(span) == 1 and len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _dateline(span: Span) -> Span | None:
    """The dateline a paragraph opens with ("KESTREL BAY, Norway -", "SANTIAGO (Reuters) -",
    "Eastvale, Ohio, United States - "): the name as a place, or None."""
    doc = span.doc
    if dateline_place(doc, span.start_char, span.end_char):
        return span  # "HOLMGARD: ", "Kessane, Velmora - " (``analysis.datelines``)
    if not span.text.isupper():
        return span if _place_list_dateline(span) or _dateline_country(span) else None
    start = span.start
    while start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha:
        start -= 1
    end = span.end
    while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
        end += 1
    opens_line = start == 0 or "\n" in doc[start - 1].text_with_ws
    after = doc[end].text if end < len(doc) else ""
    if not opens_line or after not in (",", "(", "-", "—", "–") or end - start > 4:
        return None
    return doc[start:end]


def _capital_dateline(facts: ArticleFacts, span: Span) -> bool:
    """A capital city in a dateline ("KESTRELBURG (AFP) -"): where the story was filed from,
    not its country's government speaking, unlike "Kestrelburg said"."""
    return (
        span.text.isupper()
        and facts.gaz.country_of_capital(span.text) is not None
        and facts.gaz.country_of_name(span.text) is None
        and _dateline(span) == span
    )


#: The most tokens between a dateline's first name and its dash ("Eastvale, Ohio, United States -").
DATELINE_TOKENS = 8


def _dateline_country(span: Span) -> bool:
    """The name after a dateline's town: "Estland" in "VALMORA, Estland (AFP) -"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    town = doc[span.start - 2]
    after = doc[span.end].text if span.end < len(doc) else ""
    return (
        town.is_upper
        and town.is_alpha
        and _dateline(doc[town.i : town.i + 1]) is not None
        and after in ("(", "-", "—", "–")
    )


def _place_list_dateline(span: Span) -> bool:
    """A line that opens with names and commas up to a dash: "Eastvale, Ohio -"."""
    doc = span.doc
    if not (span.start == 0 or "\n" in doc[span.start - 1].text_with_ws):
        return False
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    for token in doc[span.end : span.end + DATELINE_TOKENS]:
        if token.text in ("-", "—", "–"):
            return True
        if not (token.text == "," or (token.pos_ == "PROPN" and token.text[:1].isupper())):
            return False
    return False


#: Words a copyright or rights line opens with.
RIGHTS_WORDS = frozenset({"copyright", "©", "(c)"})


def _slash_credit(span: Span) -> bool:
    """A picture credit written with a slash: "Wire Photo/Jo Pike", "Jo Pike/Wire Images"."""
    texts = doc_words(span.doc).texts
    window = texts[max(0, span.start - 3) : span.end + 3]
    if not any("/" in text for text in window):
        return False
    words = {w.lower() for text in window for w in text.replace("/", " ").split()}
    return bool(words & CREDIT_WORDS)


def _boilerplate_line(span: Span) -> bool:
    """Whether ``span`` is on a line that opens with "Copyright" or "©"."""
    words = doc_words(span.doc)
    return words.lowers[words.line_starts[span.start]] in RIGHTS_WORDS


#: Verbs of wearing a character ("dressed as", "disguised as", "costumed as").
COSTUME_VERBS = frozenset({"dress", "disguise", "costume", "masquerade"})
#: Nouns after a character's name that make it something worn ("a Captain Comet costume").
COSTUME_NOUNS = frozenset({"costume", "costumes", "outfit", "outfits", "mask", "masks"})


def _costume(span: Span) -> bool:
    """A character's name worn by someone: after "dressed as" (or listed with one that is), or
    before "costume" or "mask"."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in COSTUME_NOUNS:
        return True
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "dressed as Captain Comet and Doctor Dusk"
    i = min(first.left_edge.i, span.start) - 1  # before "Captain" of "Captain Comet" too
    if i < 1 or doc[i].lower_ != "as":
        return False
    verb = doc[i - 1] if doc[i - 1].lower_ != "up" or i < 2 else doc[i - 2]
    return verb.lemma_.lower() in COSTUME_VERBS or verb.lower_.rstrip("ed") in COSTUME_VERBS


def _looks_like_person(facts: ArticleFacts, span: Span) -> bool:
    """An entity labelled otherwise that is a known person name or follows a title."""
    words = alpha_words(span)
    if not name_ok(words):
        return False
    full = facts.full_names
    parts = name_parts(words)
    if len(parts) == 1 and (parts[0] in full.by_last or parts[0] in full.by_first):
        return True
    if len(words) >= 2 and person_key(words) in full.keys:
        return True
    info = title_before(facts.doc, span.start, facts.lex, facts.gaz)
    return info is not None and (info.title is not None or info.gender is not None)


def _person_by_evidence(facts: ArticleFacts, span: Span) -> bool:
    """A name of one to three capitalised words, labelled otherwise, with a person's cues
    around it ("their child, Jo", "designer Jo Pike", "Jo Pike, 45,") and no organisation's
    or place's head word."""
    words = alpha_words(span)
    return (
        1 <= len(words) <= 3
        and name_ok(words)
        and not gazetteer_place(span.text, facts.gaz)
        and not organisation_evidence(span, facts.lex)
        and bool(person_evidence(span))
    )


#: Dependencies of a name that acts in its clause, which a thing's name rarely does.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _among_things(facts: ArticleFacts, word: Token) -> bool:
    """A one-word "person" written once, not acting, beside another "person" that the
    article shows to be a thing ("behind Lumen and tied with Orbit" after "the recently
    released Orbit"): one of a list of like things, not a person."""
    if word.dep_ in SUBJECT_DEPS or word.lower_ in first_names() or word.ent_type_ != "PERSON":
        return False
    if facts.text.count(word.text) != 1:
        return False
    for ent in ents_within(word.sent):
        if ent.label_ != word.ent_type_ or ent.start <= word.i < ent.end:
            continue
        if ent[-1].lower_ in facts.thing_name_ends or ent.text.lower().rstrip("s") in facts.things:
            return True
    return False


def _is_thing(facts: ArticleFacts, span: Span) -> bool:
    """A plural proper noun or a word seen as a product: "Harpoons", "Lumen" after "the
    recently released Corvid Lumen"."""
    words = alpha_words(span)
    if len(words) != 1:
        return False
    word = words[0]
    lower = word.text.lower()
    # "Chrome" after "the recently released Google Chrome": a product by the words around
    # it, even where the product's name looks like a first and last name
    if lower in facts.thing_name_ends:
        return True
    if word.text in facts.full_names.by_last:
        return False  # "Burrows" after "John Burrows": a surname ending in s
    if _among_things(facts, word):
        return True
    if (word.tag_ == "NNPS" and word.ent_type_ == "PERSON") or lower.rstrip("s") in facts.things:
        return True
    return lower.endswith("s") and lower[:-1] in facts.things
