"""Descriptions by what the article writes of one person: "the 61-year-old Republican",
"the Vermont senator", "the former prosecutor" stand for the one person the article gives
every attribute the description names.

A person's attributes are read beside their name: an age ("Ann Lee, 45,", "45-year-old
Ann Lee"), a party ("(R-Vt.)", "Republican Ann Lee", "a Democrat", "Lee is a
Republican"), places ("of Vermont", "from Kettle Bend", "Vermont Sen. Ann Lee", the state
of a party tag) and nouns of office or standing with their modifiers (her title, "a
former prosecutor", "New York businessman Ann Lee"). A description fits a person when
each attribute it names is among theirs; a word that changes who holds a noun ("former",
"retired") must be in both or neither. Two people fitting leaves it untied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.actors.ages import age_beside, year_old_age
from briefing_tui.analysis.actors.apposition import apposed_noun
from briefing_tui.analysis.actors.lexicon import load_words
from briefing_tui.analysis.actors.parties import party_families
from briefing_tui.analysis.actors.titles import full_title
from briefing_tui.analysis.doctext import doc_text, ents_within

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from spacy.tokens import Token

#: Modifiers that say the noun was or will be someone else's too: "the former prosecutor" is
#: not "the prosecutor", and the reverse.
TIME_MODIFIERS = frozenset({"former", "retired", "ex", "late", "outgoing", "onetime"})
#: Nouns that only say what kind of place a name before them is ("New York state").
PLACE_NOUNS = frozenset({"state", "city", "county", "province"})
#: Prepositions whose proper object places a person ("Ann Lee of Vermont", "from Ohio").
PLACE_PREPS = frozenset({"of", "from"})
#: Nouns that name one job under two words: "his attorney" is "his lawyer".
SAME_NOUNS = {"attorney": "lawyer", "counsel": "lawyer", "businesswoman": "businessman"}
#: A party-and-place tag after a name: "(R-Wis.)", "(D-Kettle Bend)".
PARTY_TAG = re.compile(r"^\s*\(\s*([RDI])\s*[-–]\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)\s*\)")
#: The party each letter of such a tag names.
TAG_PARTIES = {"R": "republican", "D": "democratic"}


@cache
def described_nouns() -> frozenset[str]:
    """Nouns of occupation or standing a description of a person may be headed by
    (lexicon file ``described_nouns.txt``), beside titles and party nouns."""
    return load_words("described_nouns.txt")


@cache
def _party_words() -> dict[str, str]:
    """A party member's noun or adjective, lower case, to its party ("democrat",
    "democratic" -> "democratic"), from the party names ("Democrats", "Democratic Party")."""
    found: dict[str, str] = {}
    for form, family in party_families().items():
        words = form.split()
        if len(words) == 2 and words[1] == "Party":
            found[words[0].lower()] = family
        elif len(words) == 1 and form.endswith("s") and form[:-1].isalpha():
            found[form[:-1].lower()] = family
    return found


def place_name(text: str) -> str:
    """A place as a description or a tag writes it, lower case, a state's short form
    written out ("Wis." -> "wisconsin")."""
    lower = text.lower()
    return data_files.us_state_names().get(lower, lower)


def party_of(word: str) -> str | None:
    """The party a capitalised word names ("Republican", "Democrat"), else None."""
    if not word[:1].isupper():
        return None
    return _party_words().get(word.lower())


def _noun(lemma: str) -> str:
    lemma = full_title(lemma.lower())
    return SAME_NOUNS.get(lemma, lemma)


@dataclass(slots=True)
class Profile:
    """What the article writes of one person beside their name."""

    ages: set[int] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    #: each noun of office or standing, with the lower-case words that qualify it
    nouns: list[tuple[str, frozenset[str]]] = field(default_factory=list)

    def add_noun(self, token: Token) -> None:
        """Note a noun for the person and its qualifiers; a party noun as their party."""
        party = party_of(token.text)
        if party is not None:
            self.parties.add(party)
            return
        words = set()
        for child in token.lefts:
            if child.dep_ in ("amod", "compound") and child.is_lower:
                words.add(child.lower_)
            elif child.dep_ in ("amod", "compound") and party_of(child.text):
                self.parties.add(party_of(child.text) or "")
            elif child.dep_ == "compound" and child.ent_type_ in ("GPE", "LOC"):
                self.places.add(place_name(child.text))
        self.nouns.append((_noun(token.lemma_), frozenset(words)))
        self._add_places(token)

    def _add_places(self, token: Token) -> None:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                        self.places.add(_proper_text(obj))


@dataclass(frozen=True, slots=True)
class Description:
    """The attributes a definite description of a person names."""

    noun: str | None  # None when headed by a party noun ("the Republican")
    words: frozenset[str]  # lower-case qualifiers: "former"
    age: int | None
    party: str | None
    places: frozenset[str]

    def conflicts(self, profile: Profile) -> bool:
        """Whether the person is known to differ: another age or party, or without its noun
        (a description headed by a party noun names none)."""
        if self.age is not None and profile.ages and self.age not in profile.ages:
            return True
        if self.party is not None and profile.parties and self.party not in profile.parties:
            return True
        if self.places and profile.places and not self.places <= profile.places:
            return True
        if self.noun is None:
            return bool(self.words)  # "the senior Democrat": a standing nobody was given
        return not self._noun_fits(profile)

    def carries_some(self, profile: Profile) -> bool:
        """Whether the person has at least one of its age, party and places (a noun
        alone singles out nobody: "the Democratic candidate" is not the one candidate
        of no known party)."""
        return (
            (self.age is not None and self.age in profile.ages)
            or (self.party is not None and self.party in profile.parties)
            or bool(self.places & profile.places)
        )

    def learn(self, profile: Profile) -> None:
        """Give the person the age and party the description tied to them states."""
        if self.age is not None:
            profile.ages.add(self.age)
        if self.party is not None:
            profile.parties.add(self.party)

    def _noun_fits(self, profile: Profile) -> bool:
        return any(
            (
                noun == self.noun
                or noun.startswith(f"{self.noun} of ")
                or self.noun.startswith(f"{noun} of ")
            )
            and self.words <= words
            and (words & TIME_MODIFIERS) <= self.words
            for noun, words in profile.nouns
        )

    def fits(self, profile: Profile) -> bool:
        """Whether the person has every attribute the description names."""
        if self.age is not None and self.age not in profile.ages:
            return False
        if self.party is not None and self.party not in profile.parties:
            return False
        if not self.places <= profile.places:
            return False
        if self.noun is None:
            return not self.words
        return self._noun_fits(profile)


def read_description(
    token: Token, person_nouns: frozenset[str], titles: Collection[str]
) -> Description | None:
    """The attributes of "the 61-year-old Republican", "the Vermont senator", "the former
    prosecutor": a singular noun for a person after "the", with only modifiers before it;
    None for any other noun phrase. A title of several words is one noun ("the state
    attorney general", "the former secretary of state")."""
    if token.tag_ not in ("NN", "NNP") or token.dep_ == "compound":
        return None
    lefts = list(token.lefts)
    if not lefts or lefts[0].lower_ != "the" or lefts[0].dep_ != "det":
        return None
    party = party_of(token.text)
    noun = None if party is not None else _noun(token.lemma_)
    if noun is not None and noun not in person_nouns and noun not in described_nouns():
        return None
    words: set[str] = set()
    places: set[str] = set()
    age = None
    lefts, noun = _title_words(lefts, noun, titles)
    for child in lefts[1:]:
        if child.lower_ in PLACE_NOUNS:
            continue  # "the New York state senator": the place is "New York"
        if child.dep_ not in ("amod", "compound", "nmod"):
            return None  # "the party's ...", "the two senators": not one description
        found = year_old_age(child)
        if found is not None:
            age = found
        elif party_of(child.text) is not None and party is None:
            party = party_of(child.text)
        elif child.pos_ == "PROPN" and child.ent_type_ in ("GPE", "LOC", ""):
            places.add(_proper_text(child))
        elif child.is_lower and child.is_alpha:
            words.add(child.lower_)
        else:
            return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    if f"{noun} {prep.lower_} {obj.lower_}" in titles:
                        noun = f"{noun} {prep.lower_} {obj.lower_}"  # "secretary of state"
                    else:
                        places.add(_proper_text(obj))
    return Description(noun, frozenset(words), age, party, frozenset(places))


def _title_words(
    lefts: list[Token], noun: str | None, titles: Collection[str]
) -> tuple[list[Token], str | None]:
    """The modifiers before a noun without the lower-case words that make one title with
    it ("attorney" of "the state attorney general"), and that title."""
    if noun is None:
        return lefts, noun
    kept = list(lefts)
    words = [noun]
    for child in reversed(lefts[1:]):
        if child.dep_ != "compound" or not child.is_lower:
            break
        if " ".join([child.lower_, *words]) not in titles:
            break
        words.insert(0, child.lower_)
        kept.remove(child)
    return kept, " ".join(words)


def _proper_text(token: Token) -> str:
    """A proper noun with the proper nouns compounded before it, lower case ("new york")."""
    words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return place_name(" ".join(t.text for t in (*words, token)))


def profile_of(heads: Iterable[Token], title: str | None) -> Profile:
    """What the article writes beside a person's name heads (``title``: their title)."""
    found = Profile()
    heads = list(heads)
    if title:
        # "former Gov. Ann Lee": a time word before the name goes with her title
        times = frozenset(
            w.lower_
            for h in heads
            for w in h.doc[h.left_edge.i : h.i]
            if w.lower_ in TIME_MODIFIERS
        )
        found.nouns.append((_noun(title), times))
    for head in heads:
        age = age_beside(head)
        if age is not None:
            found.ages.add(age)
        _read_tag(head, found)
        for child in head.lefts:
            if child.dep_ in ("amod", "compound") and party_of(child.text):
                found.parties.add(party_of(child.text) or "")
            elif child.dep_ == "compound" and child.is_lower and child.pos_ == "NOUN":
                found.add_noun(child)  # "businessman Carl Voss"
            elif child.dep_ == "compound" and child.ent_type_ in ("GPE", "LOC"):
                found.places.add(_proper_text(child))
        _title_before(head, found)
        found._add_places(head)
        nouns = [c for c in head.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
        beside = apposed_noun(head)
        if beside is not None:
            # "the former prosecutor, Ann Lee"; "a spokesman for the mayor, Ann Lee": spokesman
            nouns.append(beside)
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in ("be", "become"):
            nouns += [c for c in head.head.children if c.dep_ == "attr"]  # "Lee is a Democrat"
        for noun in nouns:
            if noun.pos_ == "NOUN" or party_of(noun.text):
                found.add_noun(noun)
                for conj in noun.children:
                    if conj.dep_ == "conj" and conj.pos_ == "NOUN":
                        found.add_noun(conj)
    return found


def _title_before(head: Token, found: Profile) -> None:
    """A title of capitalised words written before the name, as a noun with the words
    before its last ("New York Attorney General Ann Lee": "general" with "attorney"), and
    the places named in it."""
    words = [
        w
        for c in head.lefts
        if c.dep_ == "compound"
        for w in c.subtree
        if w.dep_ == "compound" and w.is_alpha and w.is_title and w.ent_type_ in ("", "ORG")
    ]
    if words:
        *rest, last = words
        found.nouns.append((_noun(last.lower_), frozenset(w.lower_ for w in rest)))
    for ent in ents_within(head.doc[head.left_edge.i : head.i]):
        if ent.label_ in ("GPE", "LOC"):
            found.places.add(place_name(ent.text))


def _read_tag(head: Token, found: Profile) -> None:
    """A party-and-place tag written right after the name: "(R-Wis.)"."""
    doc = head.doc
    end = head.i + 1
    if end >= len(doc):
        return
    start = doc[end].idx - len(doc[end - 1].whitespace_)
    match = PARTY_TAG.match(doc_text(doc)[start : start + 60])
    if match is None:
        return
    party = TAG_PARTIES.get(match.group(1))
    if party is not None:
        found.parties.add(party)
    found.places.add(place_name(match.group(2)))


def title_times(profile: Profile, title: str) -> frozenset[str]:
    """The time words ("former") the article writes with a person's title."""
    found: set[str] = set()
    for noun, words in profile.nouns:
        if noun == title:
            found |= words & TIME_MODIFIERS
    return frozenset(found)


def fitting(description: Description, profiles: dict[str, Profile]) -> str | None:
    """The one person (key) a description fits, or None when none or several do. When
    nobody has all its attributes, the one person who has some of them and differs in
    none ("the 58-year-old Democrat" for the one person aged 58, of no party yet)."""
    found = [key for key, profile in profiles.items() if description.fits(profile)]
    if not found:
        found = [
            key
            for key, profile in profiles.items()
            if description.carries_some(profile) and not description.conflicts(profile)
        ]
    return found[0] if len(found) == 1 else None


def nobody_carries(description: Description, profiles: dict[str, Profile]) -> bool:
    """Whether no person has the description's age or party: then it
    tells something new of someone ("Gov. Ann Lee said ... The 61-year-old Republican")."""
    return not any(
        (description.age is not None and description.age in profile.ages)
        or (description.party is not None and description.party in profile.parties)
        for profile in profiles.values()
    )
