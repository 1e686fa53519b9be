"""The third name stage: drafts that name one actor joined into one.

A one-word person name goes to the nearest compatible full name ("Doe" to "Jane Doe");
organisation names that are one are joined ("Energy Office", "the State Energy Office",
"SEO"), a place labelled once as an organisation too, and a full name that ends another
("Novelist Jane Doe") goes into the shorter one.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import partial
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.acronyms import (
    add_expanded_acronyms,
    add_spelled_out_names,
    drop_subject_acronyms,
)
from briefing_tui.analysis.actors.company_people import retype_company_people
from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.actors.geography import (
    apposed_settlement,
    listed_settlement,
    written_as_region,
)
from briefing_tui.analysis.actors.lexicon import business_heads, sector_words
from briefing_tui.analysis.actors.misspelt import merge_misspelt_people
from briefing_tui.analysis.actors.name_shape import NAME_PARTICLES, name_shaped
from briefing_tui.analysis.actors.parties import join_party_names
from briefing_tui.analysis.actors.people import add_person_mention
from briefing_tui.analysis.actors.place_openers import join_place_openers
from briefing_tui.analysis.actors.record import LONE, add_organisation
from briefing_tui.analysis.actors.relatives import introduced_as_relative
from briefing_tui.analysis.actors.same_name import join_same_names
from briefing_tui.analysis.actors.spans import gazetteer_place, in_address, trim
from briefing_tui.analysis.actors.titles import title_before
from briefing_tui.analysis.doctext import doc_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from briefing_tui.analysis.actors.drafts import ClassifiedNames, Draft, Names, PendingName
    from briefing_tui.analysis.actors.facts import ArticleFacts

#: Last words of a broadcaster's or publisher's division named after it ("KXTV News").
DIVISION_WORDS = frozenset({"news"})
#: Continents, which a country's name may end with ("South Africa") without being them.
CONTINENTS = frozenset({"africa", "america", "americas", "asia", "europe", "oceania"})
#: What ``_nearest_full_name`` returns when a one-word name fits several people equally.
UNDECIDED = ""
#: First words of a state's formal name ("the Republic of ...", "the Kingdom of ...").
FORMAL_STATES = frozenset(
    {"republic", "kingdom", "federation", "commonwealth", "principality", "sultanate", "emirate"}
)
#: Words left out of an acronym's initials ("National Farmers' Union" is NFU).
INITIALS_SKIP = frozenset({"of", "the", "and", "for", "'s", "’s", "&", "on", "in"})


def merge_names(
    facts: ArticleFacts, out: ClassifiedNames, acronyms: tuple[tuple[str, Span], ...]
) -> None:
    """Join the drafts of ``out`` that name one actor; ``acronyms`` are the bracketed
    acronyms the collect stage found after names."""
    _attach_pending(facts, out)
    merged: dict[str, str] = {}  # merged draft key -> the key it went into
    _merge_organisations(facts, out, acronyms, merged)
    join = partial(_merge, out.names, merged)
    join_place_openers(facts, out.names, join)
    add_spelled_out_names(facts.doc, out.names, facts.gaz, join)
    add_expanded_acronyms(facts.doc, out.names, facts.lex.not_heads, join)
    drop_subject_acronyms(out.names)
    _merge_people(out.names, merged)
    _merge_same_but_case(out.names, merged)
    _merge_lower_tails(out.names, merged)
    join_same_names(out.names, join, facts.doc)
    _merge_formal_names(out.names, merged)
    _merge_country_tails(facts, out.names, merged)
    _merge_misspelt(out.names, merged)
    merge_misspelt_people(
        facts.doc,
        out.names,
        lambda source, target: _merge(out.names, merged, source, target),
        facts.lex.speech_verbs,
    )
    _add_party_plurals(facts, out, merged)
    join_party_names(facts.text, out.names, join)
    _add_lower_case_names(facts, out)
    _add_service_words(facts, out)
    for key in retype_company_people(facts.doc, out.names):
        _merge_retyped_company(out.names, merged, key)


def _attach_pending(facts: ArticleFacts, out: ClassifiedNames) -> None:
    """One-word person names go to the nearest compatible full name, else stand alone."""
    drafts = out.names.drafts
    for item in out.pending:
        key = _nearest_full_name(facts, item, drafts)
        if key is None:
            key = _drafted_full_name(item, drafts)
        if key == UNDECIDED:
            continue  # "Ms Sand" after "Erik Sand" and "Lena Sand": whose, nothing says
        shared = _shared_surname(facts, item.span) if key is None else None
        if shared is not None:
            # "the sisters Ruth and Ada Kessling": Ruth Kessling, not a "Ruth" of her own
            name = f"{item.text} {shared}"
            key = f"person:{name}"
            out.names.draft(key, "person", name)
        if key is None:
            if item.label != "PERSON" and not item.titled:
                add_organisation(facts, out, item.span)
                continue
            owner = out.multiword_owner.get(item.text)
            if owner and owner in drafts and not item.titled:
                # a "Rocket" after "Acme Rocket": a short form of a named thing, not a person
                span = item.span
                drafts[owner].add(span.start_char, span.end_char, span.text, "name", span.root.i)
                continue
            key = f"person:{item.text}"
            if key not in drafts:
                confirmed = not facts.is_common(item.span) and not _opening_noun(item.span)
                out.names.draft(key, "person", item.text).confirmed = confirmed
        draft = out.names.draft(key, "person", item.text)
        draft.confirmed = draft.confirmed or item.titled or item.gender is not None
        info = title_before(facts.doc, item.span.start, facts.lex, facts.gaz)
        add_person_mention(facts, draft, item.span, item.mention_start, item.gender, info)


def _drafted_full_name(item: PendingName, drafts: dict[str, Draft]) -> str | None:
    """The key of the one person draft whose full name ends in the one-word name, when the
    model saw no full name there (``ArticleFacts.full_names`` holds none) but a later stage
    made one ("Rosa Kell, the group's chief executive, said ... Kell said"): no full name,
    ``None``; several, or one of another gender, ``UNDECIDED``."""
    if item.label != "PERSON" and not item.titled:
        return None
    fuller = [
        key
        for key, draft in drafts.items()
        if key.startswith("person:")
        and len(draft.name.split()) > 1
        and draft.name.split()[-1] == item.text
        and draft.mentions
    ]
    if not fuller:
        return None
    if len(fuller) > 1:
        return UNDECIDED
    gender = drafts[fuller[0]].gender
    if item.gender and gender and gender != item.gender:
        return UNDECIDED  # never across a known gender
    return fuller[0]


def _shared_surname(facts: ArticleFacts, span: Span) -> str | None:
    """The surname a first name shares with the full name after "and" ("Ruth and Ada
    Kessling", "Amos and Eli Varner"): both first names of the name list, the full name one of
    the article's."""
    doc = span.doc
    at = span.end
    if len(span) != 1 or at + 2 >= len(doc) or doc[at].lower_ != "and":
        return None
    first, last = doc[at + 1], doc[at + 2]
    names = first_names()
    if span[0].lower_ not in names or first.lower_ not in names or last.lower_ in names:
        return None
    full = f"person:{first.text} {last.text}"
    if not last.is_title or all(
        key != full for _, key in facts.full_names.by_last.get(last.text, ())
    ):
        return None
    return last.text


def _opening_noun(span: Span) -> bool:
    """A lone capitalised word opening its sentence, written nowhere else in the article, and
    no list's first name ("Turnout was high"): the capital may be the sentence's, not a name's,
    so it is doubtful as a person, kept only if it speaks or is referred to as one
    (``find._supported``)."""
    token = span[0]
    if len(span) != 1 or not token.is_sent_start or token.lower_ in first_names():
        return False
    return doc_words(span.doc).texts.count(token.text) == 1


def _title_of(facts: ArticleFacts, item: PendingName) -> str | None:
    """The office written before a one-word name ("Governor Sand"), if any."""
    info = title_before(facts.doc, item.span.start, facts.lex, facts.gaz)
    return info.title.split()[-1] if info and info.title else None


def _nearest_full_name(
    facts: ArticleFacts, item: PendingName, drafts: dict[str, Draft]
) -> str | None:
    """The key of the full name before the one-word name (the first after it when none is
    before), by last word first, then by first word; one of the same gender wins. Of two
    people the surname fits, the one the article has named more often so far wins ("Mohamed"
    after "Ahmed Mohamed" six times and "his father Ali Mohamed" once): a relative named
    once is named by role after."""
    full = facts.full_names
    for index in (full.by_last, full.by_first):
        occurrences = index.get(item.text)
        if not occurrences:
            continue
        title = _title_of(facts, item)
        if title:
            holders = {key for _, key in occurrences if title in full.titles.get(key, ())}
            if len(holders) == 1:
                return holders.pop()  # "Governor Sand": the Sand the article calls governor
        same = [
            (pos, key)
            for pos, key in occurrences
            if item.gender and full.gender.get(key) == item.gender
        ]
        compatible = same or [
            (pos, key)
            for pos, key in occurrences
            if not (item.gender and full.gender.get(key) not in (None, item.gender))
        ]
        if not compatible:
            return UNDECIDED  # never across a known gender
        people = {key for _, key in compatible}
        if item.gender and not same and len(people) > 1:
            return UNDECIDED  # "Ms Sand" and two Sands of unknown gender
        if len(people) > 1:
            principals = _principals(facts, compatible)
            if len(principals) == 1:
                return principals.pop()  # "Vance" after "Tom Vance" and "his wife, Maria Vance"
            compatible = [(pos, key) for pos, key in compatible if key in principals]
            people = principals
        at = bisect_left(compatible, (item.span.start_char, ""))
        nearest = compatible[at - 1][1] if at > 0 else compatible[0][1]
        if len(people) > 1 and at > 0:
            named = {key: _named_before(drafts.get(key), item.span.start_char) for key in people}
            most = max(named.values())
            leaders = [key for key, count in named.items() if count == most]
            if len(leaders) == 1 and most >= 2 * named[nearest] and leaders[0] != nearest:
                return leaders[0]
        return nearest
    return None


def _principals(facts: ArticleFacts, occurrences: list[tuple[int, str]]) -> set[str]:
    """The people among ``occurrences`` the article does not introduce as someone's
    relative ("his wife, Maria Vance"); all of them when every one is a relative."""
    relatives = set()
    for pos, key in occurrences:
        if introduced_as_relative(facts.doc, pos):
            relatives.add(key)
    people = {key for _, key in occurrences}
    return (people - relatives) or people


def _named_before(draft: Draft | None, start: int) -> int:
    """How many name mentions ``draft`` has before character ``start``."""
    if draft is None:
        return 0
    return sum(1 for m in draft.mentions if m.kind == "name" and m.start < start)


def _merge_organisations(
    facts: ArticleFacts,
    out: ClassifiedNames,
    acronyms: tuple[tuple[str, Span], ...],
    merged: dict[str, str],
) -> None:
    """Organisation names that are one ("Energy Office", "the State Energy Office", "SEO")."""
    drafts = out.names.drafts
    orgs = {key: d for key, d in drafts.items() if key.startswith("org:")}
    targets: dict[str, set[str]] = {}
    for key in orgs:
        tokens = key[4:].split()
        for variant in _variants(tokens, facts):
            targets.setdefault(variant, set()).add(key)
    for acronym, name in acronyms:
        key = f"org:{(trim(name) or name).text}"
        if key not in drafts:
            key = _draft_at(out.names, name.start_char, name.end_char) or key
        if key in drafts and key.startswith("org:"):
            out.org_acronyms[acronym] = key
    for acronym, key in out.org_acronyms.items():
        targets.setdefault(acronym, set()).add(key)
    for key in drafts:
        if key.startswith("place:"):
            initials = _initials(key[6:].split())
            if initials:
                targets.setdefault(initials, set()).add(key)
    for key in sorted(orgs, key=lambda k: len(k)):
        name = key[4:]
        dotless = name.replace(".", "")  # "F.B.I." is the FBI
        found = targets.get(name, set()) or (
            targets.get(dotless, set()) if dotless.isupper() else set()
        )
        into = {_live(merged, k) for k in found} - {key}
        into = {k for k in into if k in drafts}
        if len(into) == 1:
            _merge(out.names, merged, key, into.pop())
    for key in [k for k in drafts if k.startswith("place:")]:
        name = key[6:]  # the same name labelled once as a place, once as an organisation
        same = (_live(merged, f"org:{name}"), _live(merged, out.org_acronyms.get(name)))
        into = {k for k in same if k in drafts}
        # "on Brem, the largest of the islands", "the island of Brem": an island or a region
        regional = any(written_as_region(facts.doc[h]) for h in drafts[key].heads)
        if not into and not gazetteer_place(name, facts.gaz) and not regional:
            # "shares in Halvorsen" after "Halvorsen Pharma": the company's short name
            short_of = {_live(merged, k) for k in targets.get(name, set())}
            into = {k for k in short_of if k in drafts and _company_of(k[4:], name)}
            if not into and " " not in name and _speaks(facts, drafts[key]):
                # "Halden said in a statement" after "Halden Grain Holdings": a town speaks
                # only as its council; the one organisation named after it is the speaker
                into = {k for k in drafts if k.startswith("org:") and k[4:].split()[0] == name}
        if len(into) != 1:
            continue
        org = into.pop()
        place = drafts[key]
        placed = sum(
            1 for h in place.heads if in_address(facts.doc[h]) or listed_settlement(facts.doc[h])
        )
        place_wins = placed > 0 and len(place.mentions) >= len(drafts[org].mentions)
        # an island or a region that the organisation named the same never speaks for is the
        # place ("leaves Brem", "police on Brem"): the model's other labels are guesses
        place_wins = place_wins or (regional and not drafts[org].speeches)
        # "issued in Lemberk, the Norvanian capital": a town by its noun, the model's other
        # labels of it guesses, unless the organisation named the same acts ("Lemberk
        # expelled the diplomats" is its government)
        settled = any(apposed_settlement(facts.doc[h : h + 1]) for h in place.heads)
        place_wins = place_wins or (settled and not _acts(facts, drafts[org]))
        if " " not in name and org == f"org:{name}" and place_wins:
            # "Evansville, Indiana": a one-word name written in an address, and as often as it
            # is labelled an organisation, is the place; the other labels are the model's guesses
            _merge(out.names, merged, org, key)
            drafts[key].kind = "place"
        else:
            _merge(out.names, merged, key, org)
    _merge_company_short_names(facts, out.names, merged)
    _add_unlabelled_org_names(facts, out, targets)


def _merge_retyped_company(names: Names, merged: dict[str, str], key: str) -> None:
    """ "Boreal Crest, which ..." beside "Boreal Crest Minerals Inc.": a "person" the
    article shows to be a company is the one company whose name it opens, the rest of which
    only says its trade or legal form."""
    draft = names.drafts.get(key)
    if draft is None:
        return
    into = [
        k
        for k, d in names.drafts.items()
        if k != key and d.kind == "organisation" and _company_of(d.name, draft.name)
    ]
    if len(into) == 1:
        _merge(names, merged, key, into[0])
        return
    # under an organisation's key, as the stages after this one ("the company") look for it
    target = f"org:{draft.name}"
    if target != key:
        names.draft(target, "organisation", draft.name)
        _merge(names, merged, key, target)


def _merge_company_short_names(facts: ArticleFacts, names: Names, merged: dict[str, str]) -> None:
    """ "Quorvik said" after "Quorvik Therapeutics": a one-word "person" or "organisation"
    with no title, gender or full name of its own that opens exactly one company's name, the
    rest of which only says its trade, is that company's short name; but a name the article
    also writes as a place's, and that does not speak, is that place's."""
    drafts = names.drafts
    for key in [k for k in drafts if k.startswith(("person:", "org:")) and " " not in k]:
        draft = drafts[key]
        word = key.split(":", 1)[1]
        if draft.title or draft.gender or word in facts.full_names.by_last:
            continue
        if any(m.kind == "name" and m.text != word for m in draft.mentions):
            continue  # "Mr. Quorvik": written with an honorific
        place = _live(merged, f"place:{word}")
        if place in drafts and place != key and not _speaks(facts, draft):
            # "Brem's harbour" beside "the island of Brem" and "Brem Lines": the island's
            _merge(names, merged, key, place)
            continue
        into = {k for k in drafts if k.startswith("org:") and _company_of(k[4:], word)}
        if len(into) == 1:
            _merge(names, merged, key, into.pop())


#: Words a company's name ends in beside the business heads of ``business_heads.txt``
#: ("Halvorsen Group"); a town's name before them is the company's short name, never the
#: town ("Irving Police" is the town's).
_COMPANY_HEADS = frozenset({"group", "bank"})


def _acts(facts: ArticleFacts, draft: Draft) -> bool:
    """Whether the draft speaks or a mention of it is the subject of a verb."""
    doc = facts.doc
    return draft.speeches > 0 or any(
        doc[h].dep_ in ("nsubj", "nsubjpass") for h in draft.heads if 0 <= h < len(doc)
    )


def _speaks(facts: ArticleFacts, draft: Draft) -> bool:
    """Whether a mention of the draft is the subject of a speech verb ("Halden said")."""
    doc, verbs = facts.doc, facts.lex.speech_verbs
    return any(
        doc[h].dep_ == "nsubj" and doc[h].head.lemma_.lower() in verbs
        for h in draft.heads
        if 0 <= h < len(doc)
    )


def _company_of(full: str, short: str) -> bool:
    """Whether ``full`` is a company's name that ``short`` opens, and the rest of it only
    says the trade or legal form ("Halvorsen Pharma", "Northwind Energy")."""
    words, opening = full.split(), short.split()
    if len(words) <= len(opening) or words[: len(opening)] != opening:
        return False
    heads = _COMPANY_HEADS | business_heads() | sector_words()
    if all(w.lower().rstrip(".") in heads for w in words[len(opening) :]):
        return True
    if len(opening) > 1:
        return False
    # "Kestrel Harbour Partners": a business's last word after capitalised words of its own
    # (never a first name: "Marcus" of "Marcus Webb Construction" is its founder)
    if short.lower() in first_names():
        return False
    return words[-1].lower().rstrip(".") in business_heads() and all(
        w.isalpha() and w.istitle() for w in words[1:-1]
    )


def _add_unlabelled_org_names(
    facts: ArticleFacts, out: ClassifiedNames, targets: dict[str, set[str]]
) -> None:
    """One-word organisation names the model left unlabelled elsewhere in the text."""
    drafts = out.names.drafts
    single: dict[str, str] = {}
    for key in drafts:
        if key.startswith("org:") and " " not in key[4:]:
            single[key[4:]] = key
    for variant, keys in targets.items():
        live = {k for k in keys if k in drafts and (k not in out.guessed or _business(k))}
        if " " not in variant and len(live) == 1 and variant not in single:
            single[variant] = live.pop()
    if not single:
        return
    doc = facts.doc
    heads = facts.lex.org_heads | facts.lex.facility_heads
    taken = -1
    loose = facts.loose_set
    for token in (doc[i] for i, text in enumerate(doc_words(doc).texts) if text in single):
        i = token.i
        if i <= taken or token.text not in single or token.ent_iob_ != "O":
            continue
        end = i + 1
        while end < len(doc) and end in loose and name_shaped(doc[end]):
            end += 1
        if end - i > 1 and doc[end - 1].lower_ in heads:
            # "Bayline Terminals will cut jobs" after "Bayline": the whole name, head and all
            span = doc[i:end]
            drafts[single[token.text]].add(
                span.start_char, span.end_char, span.text, "name", span.root.i
            )
            taken = end - 1
            continue
        if i not in loose or _head_word_of_other_name(facts, token):
            continue
        draft = drafts[single[token.text]]
        draft.add(token.idx, token.idx + len(token), token.text, "name", token.i)


def _business(key: str) -> bool:
    """Whether an organisation's name has three words or more and ends in a business's head
    word ("Aldermere Shipping Lines"): sure enough, though unlabelled, to lend its short name."""
    words = key.split(":", 1)[1].split()
    return len(words) >= 3 and words[-1].lower() in business_heads()


def _head_word_of_other_name(facts: ArticleFacts, token: Token) -> bool:
    """A generic head word ("District", "Service") in a title ("U.S. District Judge") or
    without "the" before it, or a title before a person's name ("Justice Ann Lee"): a piece
    of another name, not the organisation's short form."""
    doc, lex = facts.doc, facts.lex
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.lower_ in lex.titles:
        return True
    if token.lower_ in lex.titles and after is not None and after.ent_type_ == "PERSON":
        return True  # "Justice Ann Lee" beside "the Court of Justice": her title
    generic = lex.org_heads | lex.facility_heads | lex.area_nouns | lex.unnamed_heads
    return token.lower_ in generic and (token.i == 0 or doc[token.i - 1].lower_ != "the")


def _merge_formal_names(names: Names, merged: dict[str, str]) -> None:
    """ "the Republic of Corvania" and "Corvania": a state's formal name and its short name
    are one country, whatever the model labelled each."""
    drafts = names.drafts
    by_name = {d.name: key for key, d in drafts.items() if key.startswith(("org:", "place:"))}
    for key in [k for k in drafts if k.startswith(("org:", "place:"))]:
        if key not in drafts:
            continue
        words = drafts[key].name.split()
        if len(words) < 3 or words[1] != "of" or words[0].lower() not in FORMAL_STATES:
            continue
        short = by_name.get(" ".join(words[2:]))
        if short is None or short not in drafts or short == key:
            continue
        _merge(names, merged, short, key)
        drafts[key].kind = "country"


def _merge_country_tails(facts: ArticleFacts, names: Names, merged: dict[str, str]) -> None:
    """ "Korea" after "South Korea": a place named by a country's name without its compass
    word is that country, when the article names one such country only."""
    drafts = names.drafts
    directions = facts.lex.directions
    tails: dict[str, set[str]] = {}
    for key, draft in drafts.items():
        if not key.startswith("country:"):
            continue
        for mention in draft.mentions:
            words = mention.text.split()
            if len(words) == 2 and words[0].lower() in directions and words[1][:1].isupper():
                tails.setdefault(words[1], set()).add(key)
    for key in [k for k in drafts if k.startswith("place:")]:
        name = drafts[key].name
        into = tails.get(name, set())
        if name.lower() in CONTINENTS or gazetteer_place(name, facts.gaz):
            continue  # "Africa" is not "South Africa"
        if len(into) == 1:
            _merge(names, merged, key, into.pop())


def _add_party_plurals(facts: ArticleFacts, out: ClassifiedNames, merged: dict[str, str]) -> None:
    """ "the Greens" for "the Green Party": the plural of a party's first word, written
    anywhere as a name, is the party (as a group of its own or unlabelled)."""
    drafts = out.names.drafts
    plurals: dict[str, str] = {}
    for key, draft in drafts.items():
        words = draft.name.split()
        if key.startswith("org:") and len(words) == 2 and words[1].lower() == "party":
            plurals[f"{words[0]}s"] = key
    if not plurals:
        return
    for plural, key in plurals.items():
        group = f"group:{plural}"
        if group in drafts:
            _merge(out.names, merged, group, key)
    taken = {(m.start, m.end) for d in drafts.values() for m in d.mentions}
    doc = facts.doc
    for token in (doc[i] for i, text in enumerate(doc_words(doc).texts) if text in plurals):
        key = plurals.get(token.text)
        if key is None:
            continue
        span = (token.idx, token.idx + len(token))
        if span not in taken and not any(s <= span[0] < e for s, e in taken):
            drafts[key].add(span[0], span[1], token.text, "name", token.i)
            taken.add(span)


def _merge_misspelt(names: Names, merged: dict[str, str]) -> None:
    """An organisation's name written once with two letters swapped ("Untied Nations" for
    "United Nations"): the same words but one, that one the other's letters in another
    order, five letters or more. The name written more often keeps the mentions."""
    drafts = names.drafts
    orgs = sorted(
        (k for k in drafts if k.startswith("org:")),
        key=lambda k: -len(drafts[k].mentions),
    )
    for i, key in enumerate(orgs):
        if key not in drafts:
            continue
        for other in orgs[i + 1 :]:
            if other in drafts and _swapped_letters(key[4:], other[4:]):
                _merge(names, merged, other, key)


def _swapped_letters(first: str, second: str) -> bool:
    """Whether two names differ only by two neighbouring letters swapped in one long word."""
    a, b = first.split(), second.split()
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if len(x) != len(y) or len(x) < 5 or x[0] != y[0]:
        return False
    at = [i for i in range(len(x)) if x[i] != y[i]]
    return len(at) == 2 and at[1] == at[0] + 1 and x[at[0]] == y[at[1]] and x[at[1]] == y[at[0]]


def _merge_same_but_case(names: Names, merged: dict[str, str]) -> None:
    """Organisation names that differ only in case ("Acme Navy", "Acme navy") are one, and
    so are places ("KESTRELBURG" in a dateline and "Kestrelburg"); the name not in capitals
    keeps the mentions."""
    for prefix in ("org:", "place:"):
        first: dict[str, str] = {}
        keys = sorted((k for k in names.drafts if k.startswith(prefix)), key=str.isupper)
        for key in keys:
            lower = key.lower()
            if lower in first:
                _merge(names, merged, key, first[lower])
            else:
                first[lower] = key


def _merge_lower_tails(names: Names, merged: dict[str, str]) -> None:
    """An organisation written in lower case ("Calvene's coast guard") is the one organisation
    whose capitalised name ends in the same words ("the Calvene Coast Guard")."""
    orgs = [k for k in names.drafts if k.startswith("org:")]
    for key in orgs:
        name = key[4:]
        if len(name.split()) < 2 or not name.islower() or key not in names.drafts:
            continue
        into = [
            k
            for k in orgs
            if k != key
            and k in names.drafts
            and not k[4:].islower()
            and len(k[4:].split()) > len(name.split())
            and k[4:].lower().endswith(" " + name)
        ]
        if len(into) == 1:
            _merge(names, merged, key, into[0])


def _add_lower_case_names(facts: ArticleFacts, out: ClassifiedNames) -> None:
    """An organisation's name written with its head in lower case ("the Indonesian navy"
    after "the Indonesian Navy") is a mention of it."""
    drafts = out.names.drafts
    by_lower = {d.name.lower(): d for key, d in drafts.items() if key.startswith("org:")}
    if not by_lower:
        return
    doc = facts.doc
    heads = facts.lex.org_heads
    for token in (doc[i] for i, lower in enumerate(doc_words(doc).lowers) if lower in heads):
        if not (token.is_lower and token.pos_ == "NOUN" and token.lower_ in facts.lex.org_heads):
            continue
        left = [c for c in token.lefts if c.dep_ in ("amod", "compound") and not c.is_lower]
        if not left:
            continue
        phrase = doc[left[0].i : token.i + 1]
        draft = by_lower.get(phrase.text.lower())
        if draft is not None and all(m.start != phrase.start_char for m in draft.mentions):
            draft.add(phrase.start_char, phrase.end_char, phrase.text, "name", token.i)


#: Words that name a force by what it is ("police", "the navy") once the article has named it
#: in full ("the Irving Police Department", "the Indonesian Navy").
SERVICE_WORDS = frozenset({"police", "navy", "coastguard"})
#: Words that may follow the service word in the force's name ("Police Department").
SERVICE_HEADS = frozenset({"department", "service", "force", "bureau", "command"})


def _add_service_words(facts: ArticleFacts, out: ClassifiedNames) -> None:
    """ "police" written alone (no name or adjective before it) in an article that names one
    force with that word in its name ("the Irving Police Department") is that force."""
    owners: dict[str, set[str]] = {}
    for key, draft in out.names.drafts.items():
        words = draft.name.lower().split()
        if key.startswith("org:"):
            for at, word in enumerate(words[1:], start=1):
                if word in SERVICE_WORDS and all(w in SERVICE_HEADS for w in words[at + 1 :]):
                    owners.setdefault(word, set()).add(key)  # not the "Police Federation"
    if not owners:
        return
    taken = {(m.start, m.end) for d in out.names.drafts.values() for m in d.mentions}
    doc = facts.doc
    for token in (doc[i] for i, lower in enumerate(doc_words(doc).lowers) if lower in owners):
        keys = owners.get(token.lower_)
        if not keys or len(keys) != 1 or token.ent_type_ or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.dep_ in ("compound", "amod", "nmod"):
            continue  # "police officers": a word of another noun phrase
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in token.lefts):
            continue  # "the Dutch police", "state police": some other force
        span = (token.idx, token.idx + len(token))
        if any(s <= span[0] < e for s, e in taken):
            continue
        out.names.drafts[next(iter(keys))].add(span[0], span[1], token.text, "description", token.i)


def _merge_people(names: Names, merged: dict[str, str]) -> None:
    """A "Novelist Jane Doe" is "Jane Doe": a full name that ends another one; and a surname
    with its particle ("van der Berg") is the one person whose full name ends in it ("Pieter
    van der Berg"), whatever kind the model first gave both."""
    drafts = names.drafts
    for key in [k for k in drafts if k.startswith("person:")]:
        words = drafts[key].name.split()
        if len(words) < 3:
            continue
        shorter = f"person:{words[-2]} {words[-1]}"
        if shorter != key and shorter in drafts:
            _merge(names, merged, key, shorter)
    for key in list(drafts):
        if key not in drafts:
            continue
        name = drafts[key].name
        kind = key.split(":", 1)[0] + ":"
        if name.split()[0].lower() not in NAME_PARTICLES:
            continue
        if kind != "person:" and not name[:1].islower():
            continue  # of another kind, only a particle written small ("van Dam") is a name's
        # the same kind, whatever the model first called them ("van Dam" and "Pieter van
        # Dam" both read as places), or a person's ("Chief executive Pieter van Dam")
        ending = f" {name.lower()}"
        fuller = [
            k
            for k, d in drafts.items()
            if k != key
            and (k.startswith(kind) or (k.startswith("person:") and name[:1].islower()))
            and d.name.lower().endswith(ending)
        ]
        if len(fuller) == 1:
            _merge(names, merged, key, fuller[0])


def _variants(tokens: list[str], facts: ArticleFacts) -> list[str]:
    """Shorter names the organisation may go by: suffixes, prefixes, initials."""
    variants = []
    heads = facts.lex.org_heads | facts.lex.facility_heads
    sectors = sector_words() | business_heads()
    for i in range(1, len(tokens)):
        suffix = tokens[i:]
        if (
            len(suffix) >= 2
            or suffix[0].lower() not in heads | sectors
            or suffix[0].lower() in LONE
        ):
            variants.append(" ".join(suffix))  # not "Energy" alone for "Northwind Energy"
    for i in range(len(tokens) - 1, 0, -1):
        if all(t.lower() in heads for t in tokens[i:]):
            variants.append(" ".join(tokens[:i]))
        elif all(t.lower().rstrip(".") in sectors | heads for t in tokens[i:]):
            variants.append(" ".join(tokens[:i]))  # "Northwind" for "Northwind Energy"
    initials = _initials(tokens)
    if initials:
        variants.append(initials)
    for longer in _dotted_initials(tokens), _initials_before_and(tokens):
        if longer and longer != initials:
            variants.append(longer)
    for i in range(2, len(tokens)):  # "Pike Foundation" for "Pike Foundation for the Arts"
        if tokens[i].lower() == "for" and tokens[i - 1].lower() in heads:
            variants.append(" ".join(tokens[:i]))
            break
    for i in range(2, len(tokens)):  # "Eastland Court" for "Eastland Court of Appeals"
        if tokens[i].lower() == "of" and tokens[i - 1].lower() in heads:
            variants.append(" ".join(tokens[:i]))
            # "Signals Corps" for "Royal Signals Corps of Canada": the head's own shorter names,
            # and the head alone ("the Corps"; ``_add_unlabelled_org_names`` wants its "the")
            variants.extend(" ".join(tokens[j:i]) for j in range(1, i))
            break
    if len(tokens) >= 5 and tokens[-2] in ("and", "&") and "of" in tokens[1:-3]:
        variants.append(" ".join(tokens[:-2]))  # "Union of Free Thinkers" for "... and Sceptics"
    if len(tokens) == 2 and tokens[1].lower() in DIVISION_WORDS:
        variants.append(tokens[0])  # "KXTV" for "KXTV News": a broadcaster and its newsroom
    if len(tokens) == 2 and tokens[1].lower() == "party":
        variants.append(f"{tokens[0]}s")  # "Greens" for "Green Party"
    for i in range(2, len(tokens)):  # "NY Harbour Board" for "New York Harbour Board"
        prefix = _initials(tokens[:i])
        if prefix and len(prefix) == i:
            variants.append(" ".join([prefix, *tokens[i:]]))
    return variants


def _initials(tokens: list[str]) -> str | None:
    """The acronym of a name of several words ("Trades Union Council" is TUC)."""
    if len(tokens) < 2:
        return None
    initials = "".join(t[0] for t in tokens if t.lower() not in INITIALS_SKIP and t[:1].isupper())
    return initials if len(initials) >= 2 else None


def _dotted_initials(tokens: list[str]) -> str | None:
    """The acronym that spells out a dotted abbreviation in full ("U.S. Arms Agency" is
    USAA), or None when the name has none."""
    if not any("." in t and t.replace(".", "").isupper() for t in tokens):
        return None
    letters = [
        t.replace(".", "") if "." in t and t.replace(".", "").isupper() else t[0]
        for t in tokens
        if t.lower() not in INITIALS_SKIP and t[:1].isupper()
    ]
    initials = "".join(letters)
    return initials if len(initials) >= 3 else None


def _initials_before_and(tokens: list[str]) -> str | None:
    """The acronym of a name's words before "and" ("Centers for Disease Control and
    Prevention" is CDC), when three words or more come before it."""
    if "and" not in tokens:
        return None
    before = tokens[: tokens.index("and")]
    initials = _initials(before)
    return initials if initials and len(initials) >= 3 else None


def _draft_at(names: Names, start: int, end: int) -> str | None:
    """The key of the draft with a name mention inside ``start:end`` (the name an acronym
    follows may be recorded under a longer first mention: "a Health Agency study")."""
    for key, draft in names.drafts.items():
        if any(m.kind == "name" and start <= m.start and m.end <= end for m in draft.mentions):
            return key
    return None


def _live(merged: dict[str, str], key: str | None) -> str | None:
    """The key a draft now lives under, following merges."""
    while key in merged:
        key = merged[key]
    return key


def _merge(names: Names, merged: dict[str, str], source: str, target: str) -> None:
    """Move the draft ``source`` into ``target``."""
    drafts = names.drafts
    src, dst = drafts.pop(source), drafts[target]
    merged[source] = target
    dst.mentions.extend(src.mentions)
    dst.heads.extend(src.heads)
    dst.speeches += src.speeches
    dst.parent = dst.parent or src.parent
    dst.country = dst.country or src.country
