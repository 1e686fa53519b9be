"""Capitals and lands that act: a one-word "person" the article also writes as a place is
that place; a capital the article ties to its land ("Tavrin, the Norvanian capital", "its
capital, Casmir") speaks as that land; an unknown one-word place that acts is a government,
and one the article shows to be a state is a country even where it only locates.

A capital that stands for its government ("Tavrin said") is a mention of its country, never
a person nor a place of its own. The evidence is linguistic only: a place preposition or a
dateline before the same word, an apposed "capital" with its land's adjective or possessive,
the acting rules of ``places.place_use``, the land's adjective of its people
(``land_adjectives``), a government noun or office title its name possesses, and a
government written as its ("the government of Norvania", "Norvania's governing coalition").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.capital_ties import bare_capital, land_of_bare_capital
from briefing_tui.analysis.actors.gender import first_names
from briefing_tui.analysis.actors.land_adjectives import adjectives_of, land_by_adjective
from briefing_tui.analysis.actors.places import place_use
from briefing_tui.analysis.actors.spans import gazetteer_place, in_address
from briefing_tui.analysis.doctext import char_span, doc_ent_texts, text_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.drafts import Draft
    from briefing_tui.analysis.actors.lexicon import Gazetteer, Lexicon

#: The noun apposed to a capital's name ("Tavrin, the Norvanian capital").
CAPITAL_NOUNS = frozenset({"capital"})
#: How many words after a name and its comma "capital" may come ("the Norvanian capital").
CAPITAL_REACH = 4
#: Adjectives that only a land or a town takes before its name ("neighbouring Lusk").
NEIGHBOURING = frozenset({"neighbouring", "neighboring"})
#: Continents: their people have adjectives ("European") but they are no states.
CONTINENTS = frozenset(
    {"europe", "asia", "africa", "america", "oceania", "antarctica", "eurasia", "australasia"}
)
#: Kinds of the drafts a capital can belong to.
LAND_KINDS = frozenset({"place", "country", "organisation"})
#: Possessions that only a nation has ("Norvania's foreign ministry", "Norvania's ambassador").
NATIONAL_POSSESSIONS = frozenset({"ministry", "minister", "army", "navy", "ambassador", "embassy"})
#: The bodies that govern a state, a nation's or a province's ("Norvania's government").
GOVERNING_NOUNS = frozenset({"government", "parliament", "cabinet"})
#: Possessions of a state, a nation's or a province's ("Norvania's government").
STATE_POSSESSIONS = NATIONAL_POSSESSIONS | GOVERNING_NOUNS
#: Lemmas of a modifier that makes a possessed noun a government's ("Norvania's governing
#: coalition", "Norvania's ten-year government bond").
GOVERNING_MODIFIERS = frozenset({"government", "govern", "governing"})
#: Dependencies of a word that modifies a noun ("governing coalition", "government bond").
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def settle_lands(doc: Doc, drafts: list[Draft], lex: Lexicon, gaz: Gazetteer) -> list[Draft]:
    """The drafts with one-word "people" written as places made places, acting capitals
    joined to the land the article ties them to, and unknown acting places made governments."""
    _apposed_places(doc, drafts)
    _places_not_people(doc, drafts, lex)
    tied = _capitals_to_lands(doc, drafts, lex)
    _acting_places(doc, drafts, lex, gaz, tied)
    _states_not_people(doc, drafts, lex)
    _located_organisations(doc, drafts, lex, gaz)
    _banks_of_water(doc, drafts)
    return [d for d in drafts if d.mentions]


def _one_word_name(draft: Draft, names_only: bool = True) -> str | None:
    """The one word every name mention of the draft is written as, if it has only names
    (or, unless ``names_only``, other mentions beside them too)."""
    words = {m.text for m in draft.mentions if m.kind == "name"}
    if len(words) != 1:
        return None
    if names_only and any(m.kind not in ("name", "metonym") for m in draft.mentions):
        return None
    word = words.pop()
    return word if word.isalpha() and word.istitle() else None


def _written_as_place(doc: Doc, word: str, lex: Lexicon) -> bool:
    """Whether the article writes ``word`` after a place preposition ("in Arnholt") or in
    capitals at the head of a line (a dateline, "ARNHOLT -")."""
    for text in (word, word.upper()):
        for i in text_positions(doc, text):
            token = doc[i]
            if token.dep_ == "pobj" and token.head.lower_ in lex.place_preps:
                return True
            if any(
                c.dep_ in ("amod", "compound") and c.lower_ in NEIGHBOURING for c in token.children
            ):
                return True  # "from neighbouring Lusk"
            if token.is_upper and len(token) > 1 and (i == 0 or "\n" in doc[i - 1].text_with_ws):
                return True
    return False


#: Nouns for a place below a country that a name may be set beside or after "of" ("the
#: capital, Merrin", "the state of Varna", "the town of Lusk"): the name is that place's.
PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "state", "province", "region", "district", "county"}
)


def _apposed_places(doc: Doc, drafts: list[Draft]) -> None:
    """A one-word "person" or "organisation" with no title that the article
    sets beside a noun for a place ("in the capital, Merrin", "Merrin, the capital") or
    writes after one and "of" ("the state of Varna") is that place."""
    for draft in drafts:
        if draft.kind not in ("person", "organisation") or draft.title:
            continue
        word = _one_word_name(draft)
        if word is None or word.lower() in first_names():
            continue
        heads = [doc[h] for h in draft.heads if 0 <= h < len(doc)]
        if any(_named_place(token) for token in heads):
            draft.kind = "place"


def _named_place(token: Token) -> bool:
    """Whether a name's head is set beside a noun for a place, or after one and "of"."""
    nouns = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        nouns.append(token.head)
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i < token.i:
        nouns.append(token.head.head)
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.i >= 2 and doc[token.i - 1].text == "," and (after is None or after.is_punct):
        nouns.append(doc[token.i - 2])  # "in the capital, Merrin.", parsed apart
    return any(
        noun.lower_ in PLACE_NOUNS
        and noun.tag_ == "NN"
        and any(c.dep_ in ("det", "poss", "amod") for c in noun.children)
        for noun in nouns
    )


def _places_not_people(doc: Doc, drafts: list[Draft], lex: Lexicon) -> None:
    """A one-word "person" with no title, pronoun or first name (nor a gender, unless the
    article shows it is a state), that the article also writes as a place, is that place:
    joined to the place draft of the same name, or made a place."""
    places = {
        d.name: d
        for d in drafts
        if d.kind == "place" and _one_word_name(d, names_only=False) is not None
    }
    for draft in drafts:
        if draft.kind != "person" or draft.title:
            continue
        word = _one_word_name(draft)
        if word is None or word.lower() in first_names():
            continue
        if word not in places and not _written_as_place(doc, word, lex):
            continue
        if draft.gender and not _state(doc, draft, word, lex, set()):
            continue  # a gender read from a later "he" yields only to a state's evidence
        place = places.get(word)
        if place is None:
            draft.kind = "place"
            continue
        place.take_mentions(draft)


def _states_not_people(doc: Doc, drafts: list[Draft], lex: Lexicon) -> None:
    """A one-word "person" with no title, gender, first name or pronoun that the article
    writes as the owner of a nation's body or envoy ("Calmora's ambassador", "Calmora's
    foreign minister") is a country: only a state has those."""
    for draft in drafts:
        if draft.kind != "person" or draft.title or draft.gender:
            continue
        word = _one_word_name(draft)
        if word is None or word.lower() in first_names():
            continue
        if not _state_possession(doc, word, lex, NATIONAL_POSSESSIONS):
            continue
        land = next(
            (
                d
                for d in drafts
                if d is not draft
                and d.kind == "country"
                and _one_word_name(d, names_only=False) == word
            ),
            None,
        )
        if land is None:
            draft.kind = "country"
            continue
        land.take_mentions(draft)


def _located_organisations(doc: Doc, drafts: list[Draft], lex: Lexicon, gaz: Gazetteer) -> None:
    """A one-word "organisation" the gazetteer does not know that the article only writes
    after a place preposition ("reporters in Aldenby"), that never speaks and that the model
    once labels a place or that only says where events happen, is a town, a place."""
    for draft in drafts:
        if draft.kind != "organisation" or draft.speeches or draft.title:
            continue
        word = _one_word_name(draft)
        if word is None or word.isupper() or gazetteer_place(word, gaz):
            continue
        heads = [doc[h] for h in draft.heads if 0 <= h < len(doc)]
        seen = any(label in ("GPE", "LOC") and text == word for label, text in doc_ent_texts(doc))
        if not seen and not _where_things_happen(doc, draft):
            continue  # "shares in Halvorsen": no place unless the model or the verbs say so
        if (
            heads
            and len(heads) == len(draft.heads)
            and all(t.dep_ == "pobj" and t.head.lower_ in lex.place_preps for t in heads)
        ):
            draft.kind = "place"


#: Last words of names that are a bank's or a sea floor's ("Hollin Bank", "Dogger Bank").
WATER_OR_MONEY = frozenset({"bank", "banks"})
#: Prepositions that place something on a map, never in a company ("waters around the X").
MAP_PREPS = frozenset({"around", "across", "off", "beneath", "under"})
#: Nouns that say a name is water or ground ("the Hollin Bank is shared water").
WATER_NOUNS = frozenset({"water", "waters", "ground", "grounds", "sea", "shallows"})


def _banks_of_water(doc: Doc, drafts: list[Draft]) -> None:
    """An "organisation" whose name ends in "Bank" that the article writes on a map ("waters
    around the Hollin Bank") or calls water or fishing grounds is a place, not a bank."""
    for draft in drafts:
        if draft.kind != "organisation" or draft.speeches:
            continue
        if draft.name.split()[-1].lower() not in WATER_OR_MONEY or len(draft.name.split()) < 2:
            continue
        heads = [
            doc[h]
            for h, m in zip(draft.heads, draft.mentions, strict=True)
            if 0 <= h < len(doc) and m.kind == "name"
        ]
        if any(_on_a_map(t) for t in heads):
            draft.kind = "place"


def _on_a_map(token: Token) -> bool:
    """Whether the name is the object of a map's preposition or the subject of "is water"."""
    if token.dep_ == "pobj" and token.head.lower_ in MAP_PREPS:
        return True
    if token.dep_ != "nsubj" or token.head.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and c.lower_ in WATER_NOUNS for c in token.head.children)


#: Verbs whose "in" takes a business, not a place ("invested in Halvorsen").
STAKE_VERBS = frozenset({"invest", "participate", "trade", "buy", "sell", "hold"})


def _where_things_happen(doc: Doc, draft: Draft) -> bool:
    """Whether the name is written at least twice, each time after a preposition that
    tells where an event happens ("appealed in Aldenby", "approached by reporters in
    Aldenby"): the preposition hangs on a verb, never one of a stake."""
    if len(draft.heads) < 2:
        return False
    for h in draft.heads:
        verb = doc[h].head.head if 0 <= h < len(doc) else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in STAKE_VERBS:
            return False
    return True


def _capital_words(token: Token) -> list[Token]:
    """The words that qualify a "capital" apposed to a name's head token, either way round
    ("its capital, Casmir"), or written after it and a comma, however the model parsed it
    ("Tavrin, the Norvanian capital,"): empty when no capital is apposed."""
    for child in token.children:
        if child.dep_ == "appos" and child.lemma_.lower() in CAPITAL_NOUNS:
            return list(child.children)
    if token.dep_ == "appos" and token.head.lemma_.lower() in CAPITAL_NOUNS:
        return [t for t in token.head.children if t.i != token.i]
    doc = token.doc
    before = doc[token.i - 2] if token.i >= 2 and doc[token.i - 1].text == "," else None
    if before is not None and before.lemma_.lower() in CAPITAL_NOUNS and before.tag_ == "NN":
        return [t for t in before.children if t.i != token.i]  # "to the capital, Tamsk, ..."
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return []
    for i in range(token.i + 2, min(len(doc), token.i + 2 + CAPITAL_REACH)):
        if doc[i].lemma_.lower() in CAPITAL_NOUNS:
            if i + 1 < len(doc) and (doc[i + 1].tag_ == "POS" or doc[i + 1].pos_ == "NOUN"):
                return []  # "Tavrin, the Norvanian capital's mayor": the name is the mayor's
            return list(doc[token.i + 2 : i])
        if not (doc[i].is_alpha or doc[i].text in ("'s", "’s")):
            break
    return []


def _owner(words: list[Token], lands: list[Draft]) -> Draft | None:
    """The land whose capital it is: the draft with a mention at a word before "capital"
    ("its capital", "Norvania's capital") or whose adjective is one ("the Norvanian
    capital")."""
    for word in words:
        for land in lands:
            if any(m.start <= word.idx < m.end for m in land.mentions):
                return land
            names = {m.text for m in land.mentions if m.kind == "name" and " " not in m.text}
            if any(word.text in adjectives_of(name) for name in names):
                return land
    return None


def _capitals_to_lands(doc: Doc, drafts: list[Draft], lex: Lexicon) -> set[str]:
    """Move each acting mention of a capital tied to its land into that land's draft (a
    metonym); the capital keeps the mentions that only locate, as a place. A capital's name
    may have been read as a place, an organisation or a one-word person ("Dunmere denied
    it"): every draft written as that one word goes. The keys of the lands."""
    lands = [d for d in drafts if d.kind in LAND_KINDS]
    tied: set[str] = set()
    for group in _one_word_groups(drafts):
        if not any(d.kind == "place" for d in group) and not _capital_named(doc, group):
            continue  # an "organisation" or "person" only when "the capital, X" names it
        others = [d for d in lands if d not in group]
        owner = next(
            (
                land
                for draft in group
                for head in draft.heads
                if 0 <= head < len(doc)
                for land in [_capital_owner(doc[head], others, lex)]
                if land is not None
            ),
            None,
        )
        if owner is None:
            continue
        tied.add(owner.key)
        place = next((d for d in group if d.kind == "place"), group[0])
        for draft in group:
            _move_acting(doc, draft, owner, lex)
            if draft is not place and draft.mentions:
                place.take_mentions(draft)
        place.kind = "place"
        order = sorted(zip(owner.mentions, owner.heads, strict=True), key=lambda p: p[0].start)
        owner.mentions = [m for m, _ in order]
        owner.heads = [h for _, h in order]
    return tied


def _one_word_groups(drafts: list[Draft]) -> list[list[Draft]]:
    """The drafts that may be a capital (a one-word place, organisation or untitled person
    that is no first name), grouped by the word they are written as, places first."""
    groups: dict[str, list[Draft]] = {}
    for draft in drafts:
        if draft.kind not in ("place", "organisation", "person"):
            continue
        if draft.kind != "place" and draft.title:
            continue
        word = _one_word_name(draft, names_only=draft.kind == "person")
        if word is None or (draft.kind == "person" and word.lower() in first_names()):
            continue
        groups.setdefault(word, []).append(draft)
    return [sorted(g, key=lambda d: d.kind != "place") for g in groups.values()]


def _capital_named(doc: Doc, group: list[Draft]) -> bool:
    """Whether one of the drafts is written beside an apposed "capital", bare or with its
    land ("the capital, Dunmere"; "Dravik, the Pellmark capital"; "its capital, Casmir")."""
    return any(
        0 <= h < len(doc) and (bool(words) or bare_capital(words))
        for d in group
        for h in d.heads
        for words in [_capital_words(doc[h])]
    )


def _capital_owner(token: Token, lands: list[Draft], lex: Lexicon) -> Draft | None:
    """The land whose capital the name headed by ``token`` is: named beside "capital"
    ("Norvania's capital", "the Norvanian capital"), or, for a bare "the capital", the land
    the article ties it to (``capital_ties``)."""
    words = _capital_words(token)
    if bare_capital(words):
        doc = token.doc
        return land_of_bare_capital(token, lands, lambda w: _state_possession(doc, w, lex))
    return _owner(words, lands)


def _in_place_phrase(token: Token) -> bool:
    """Whether a name apposed to a place noun sits in a prepositional phrase ("In the
    Norvanian capital, Tavrin, ..."), unlike a subject ("Tavrin, the Norvanian capital,
    said")."""
    doc = token.doc
    words = [token, token.head]
    if token.i >= 2 and doc[token.i - 1].text == ",":
        words.append(doc[token.i - 2])
    return any(word.dep_ == "pobj" for word in words)


def _move_acting(doc: Doc, draft: Draft, owner: Draft, lex: Lexicon) -> None:
    """Move ``draft``'s acting mentions to ``owner`` as metonyms, with their speeches."""
    kept = []
    for mention, head in zip(draft.mentions, draft.heads, strict=True):
        use = place_use(doc[head], lex) if 0 <= head < len(doc) else None
        if use is not None and _named_place(doc[head]) and _in_place_phrase(doc[head]):
            use = None  # "In the Norvanian capital, Tavrin, the ministry said": misparsed
        if mention.kind == "name" and use is not None and use.acts:
            owner.add(mention.start, mention.end, mention.text, "metonym", head)
            if use.rule == "speaks":
                owner.speeches += 1
                draft.speeches = max(0, draft.speeches - 1)
        else:
            kept.append((mention, head))
    draft.mentions = [m for m, _ in kept]
    draft.heads = [h for _, h in kept]


def _state_possession(
    doc: Doc, word: str, lex: Lexicon, nouns: frozenset[str] = STATE_POSSESSIONS
) -> bool:
    """Whether the article writes the name as the possessor of one of ``nouns``, a state's
    bodies and offices ("Norvania's government", "Norvania's trade minister")."""
    return any(
        doc[i].dep_ == "poss" and doc[i].head.lemma_.lower() in nouns
        for i in text_positions(doc, word)
    )


def _governed_land(doc: Doc, word: str) -> bool:
    """Whether the article writes the name as the land a government governs: "the government
    of Norvania", "the Norvania government", "Norvania's governing coalition", "Norvania's
    government bonds" (a lower-case governing noun, or a possessed noun it modifies)."""
    for i in text_positions(doc, word):
        token = doc[i]
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
            continue  # "the government of Northern Orla": the end of a longer name
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
            head = head.head  # "the government of Norvania"
        elif token.dep_ == "poss" and any(
            c.dep_ in MODIFIER_DEPS and c.lemma_.lower() in GOVERNING_MODIFIERS
            for c in head.children
        ):
            return True  # "Norvania's governing coalition"
        elif token.dep_ != "compound":
            continue
        if head.i != i and head.is_lower and head.lemma_.lower() in GOVERNING_NOUNS:
            return True
    return False


def _acting_places(
    doc: Doc, drafts: list[Draft], lex: Lexicon, gaz: Gazetteer, tied: set[str]
) -> None:
    """An acting one-word place the gazetteer does not know is a government: a country when
    the article shows it is a state (a capital, its people's adjective, a state's body or
    office it possesses), else an organisation."""
    for draft in drafts:
        if draft.kind == "organisation":
            _state_organisation(doc, draft, lex, gaz, tied)
            continue
        word = _one_word_name(draft, names_only=False) if draft.kind == "place" else None
        if word is None or gazetteer_place(word, gaz) or gaz.is_region(word):
            continue
        if any(0 <= h < len(doc) and in_address(doc[h]) for h in draft.heads):
            continue  # "Corvale, Ohio": a town written in an address, not a government
        if any(0 <= h < len(doc) and _named_place(doc[h]) for h in draft.heads):
            continue  # "in the capital, Merrin, the ministry said": the town, misparsed
        acts = any(
            0 <= h < len(doc) and place_use(doc[h], lex).acts
            for h, m in zip(draft.heads, draft.mentions, strict=True)
            if m.kind in ("name", "metonym")
        )
        if not acts and not draft.speeches:
            if (
                _state_possession(doc, word, lex, NATIONAL_POSSESSIONS)
                or _governed(doc, word, lex)
                or _state(doc, draft, word, lex, tied)
            ):
                # "Lusk's foreign minister", "Luskan officials said"; and a land that only
                # locates or owns is still a state when its people have an adjective or it
                # has a government ("Lusk's coalition government", "the Luskan economy")
                draft.kind = "country"
            continue
        draft.kind = "country" if _state(doc, draft, word, lex, tied) else "organisation"


def _state(doc: Doc, draft: Draft, word: str, lex: Lexicon, tied: set[str]) -> bool:
    """Whether the article shows the land called ``word`` is a state: a capital is tied to
    it, its people have an adjective, or it possesses a state's body or office."""
    if word.lower() in CONTINENTS:
        return False
    if draft.key in tied or _state_possession(doc, word, lex) or _governed_land(doc, word):
        return True
    span = next((char_span(doc, m.start, m.end) for m in draft.mentions if m.text == word), None)
    return span is not None and land_by_adjective(span)


def _governed(doc: Doc, word: str, lex: Lexicon) -> bool:
    """Whether the adjective of the land called ``word`` modifies a noun that stands for its
    government and speaks or acts ("Velmoran officials said", "the Velmoran government
    rejected")."""
    for adjective in sorted(adjectives_of(word)):
        for i in text_positions(doc, adjective):
            noun = doc[i].head
            if doc[i].dep_ not in ("amod", "compound") or noun.i == i:
                continue
            if noun.lemma_.lower() in lex.government_nouns and noun.dep_ == "nsubj":
                return True
    return False


def _state_organisation(
    doc: Doc, draft: Draft, lex: Lexicon, gaz: Gazetteer, tied: set[str]
) -> None:
    """A one-word "organisation" the gazetteer does not know that the article shows to be a
    state ("Norvania's foreign ministry said") is a country."""
    word = _one_word_name(draft, names_only=False)
    if word is None or word.isupper() or gazetteer_place(word, gaz) or gaz.is_region(word):
        return
    if _state(doc, draft, word, lex, tied):
        draft.kind = "country"
