"""Names across articles: the forms a local actor goes by, normalised for comparing.

Only name-shaped forms count (capitalised words, particles allowed); descriptions
such as "the government" or "the company" never link two articles.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from briefing_tui.analysis import lexicon
from briefing_tui.model import Actor, ActorKind

#: Lower-case words a name may hold ("Church of Scientology", "Ursula von der Leyen"):
#: the actors' name particles, and the joining words of organisation names.
PARTICLES = lexicon.words(lexicon.NAME_PARTICLES) | frozenset(
    {"of", "the", "and", "for", "on", "in", "at", "y", "&", "-"}
)
#: Words left out of an acronym ("United Nations" -> "un", "Department of Defense" -> "dd").
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "at", "&"})
_WORD = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*\.?|&|-", re.UNICODE)


_POSSESSIVE = re.compile(r"'s\b")
_INNER_DOT = re.compile(r"(?<=\w)\.(?=\w)")
_NOT_WORD = re.compile(r"[^\w&]+")
_LAST_WORD = re.compile(r"(\S+) $")


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """A name compared across articles: accents, case, dots, possessives and "the" dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("’", "'")
    text = _POSSESSIVE.sub("", text)
    text = _INNER_DOT.sub("", text)  # U.S. -> US.
    text = _NOT_WORD.sub(" ", text).strip()
    text = text.removeprefix("the ")
    return " ".join(text.split())


#: "State of Texas", "Commonwealth of Virginia": the place's own name inside.
_STATE_OF = re.compile(r"^(?:state|commonwealth|province) of (?P<name>.+)$")


def place_core(normalised: str) -> str:
    """A place's name without "State of" ("state of texas" -> "texas")."""
    match = _STATE_OF.match(normalised)
    return match.group("name") if match else normalised


def name_shaped(text: str) -> bool:
    """Capitalised words with particles only, starting with a capital ("U.S.", "Church of X")."""
    words = _WORD.findall(text.strip())
    if not words or (words[0].lower() == "the" and len(words) == 1):
        return False
    if words[0] in {"The", "the"}:
        words = words[1:]
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in PARTICLES for w in words)


def acronym(name: str) -> str | None:
    """The initials of a several-word name ("United Nations" -> "un"), or None; a name
    holding an acronym ("University of NSW") has none."""
    if any(is_acronym(w) for w in name.split()):
        return None
    words = [w for w in normalise(name).split() if w not in _ACRONYM_SKIP]
    if len(words) < 2:
        return None
    return "".join(w[0] for w in words)


def is_acronym(text: str) -> bool:
    """Whether a written form is itself an acronym ("UN", "U.N.", "JSC")."""
    letters = text.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


@dataclass(frozen=True, slots=True)
class NameForms:
    """What one local actor is called in its article."""

    main: str
    """The actor's name, normalised."""
    forms: frozenset[str]
    """Every name-shaped form it goes by in the article (its name included), normalised."""
    acronyms: frozenset[str]
    """Forms written as acronyms ("UN"), normalised."""
    words: tuple[str, ...]
    """The words of its name, normalised."""


def inside_longer_name(text: str, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """Whether the name at ``text[start:end]`` ends a longer name rather than naming itself:
    inside another actor's name (``others``: their mentions' ranges) after its first word
    or right after one,
    or after a capitalised word that neither starts a sentence nor is a possessive
    ("Environment Canada", "North America"). A name after "of" ("University of Texas") or
    before the rest of a name ("US National Park Service") still names itself."""
    if text[max(0, start - 4) : start] == " of ":
        return False
    for o_start, o_end in others:
        if (o_start < start and end <= o_end) or text[o_end:start] == " ":
            return True
    before = text[max(0, start - 40) : start]
    match = _LAST_WORD.search(before)
    if not match:
        return False
    word = match.group(1)
    if not word[:1].isupper() or word.endswith(("'s", "’s", ",", ".", ":", ";", '"')):
        return False
    previous = before[: match.start(1)].rstrip()
    return bool(previous) and previous[-1] not in '.!?"“”:\n'


def _begins_longer_name(start: int, end: int, others: list[tuple[int, int]]) -> bool:
    return any(o_start == start and end < o_end for o_start, o_end in others)


_PREPOSITION_TAIL = re.compile(r"^(?P<name>.+?) (?:on|in|at|to|for) (?P<tail>\S+)$")


def _cut_adjective_tail(name: str) -> str:
    """A name the model ran on past a preposition into a nationality adjective
    ("Scientology on French television") cut back to the name ("Scientology")."""
    match = _PREPOSITION_TAIL.match(name)
    if match and is_demonym(match.group("tail")):
        return match.group("name")
    return name


#: Endings of nationality adjectives ("Kenyan", "Canadian", "Chinese", "Danish", "Iraqi").
_DEMONYM_ENDING = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|i)$")


def is_demonym(word: str) -> bool:
    """Whether a word reads as a nationality adjective ("French", "Kenyan"): one of the
    actors lexicon's irregular adjectives, or a capitalised word with a demonym ending."""
    from briefing_tui.analysis.lexicon import rows

    irregular = {row[0] for row in rows("actors/demonyms.tsv")}
    return word in irregular or bool(_DEMONYM_ENDING.match(word))


def name_forms(
    actor: Actor, text: str = "", others: list[tuple[int, int]] | None = None
) -> NameForms | None:
    """The normalised forms a local actor goes by: its name, its named mentions and its
    aliases; None when half or more of its named mentions sit inside longer names (``others``:
    the ranges of the other non-person actors' mentions), so that what it names is in doubt."""
    named = [m for m in actor.mentions if m.kind == "name"]
    if text and actor.kind != "person" and named:
        inside = sum(inside_longer_name(text, m.start, m.end, others or []) for m in named)
        if actor.kind == ActorKind.PLACE:
            # a town's name that begins an institution's ("California Science Center")
            inside += sum(_begins_longer_name(m.start, m.end, others or []) for m in named)
            if inside * 2 >= len(named):
                return None
        elif inside * 2 > len(named):
            return None
    written = [_cut_adjective_tail(actor.name)]
    written += [_cut_adjective_tail(m.text) for m in named]
    written += list(actor.aliases)
    forms: set[str] = set()
    acronyms: set[str] = set()
    for text in written:
        text = " ".join(text.split())
        if not name_shaped(text):
            continue
        norm = normalise(text)
        if not norm:
            continue
        forms.add(norm)
        if is_acronym(text):
            acronyms.add(norm.replace(" ", ""))
    main = normalise(written[0])
    forms.add(main)
    return NameForms(main, frozenset(forms), frozenset(acronyms), tuple(main.split()))
