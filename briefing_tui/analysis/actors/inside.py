"""Names written inside an organisation's name: the state of "Ohio State University", the
town of "the Eastvale Police Department", the person of "the Dorn Foundation" after "Ann
Dorn"; never the country of "the Chile Tourism Board", a body of its own.

Such a name is part of the organisation's name, not the state, town or person acting, so
the name stages leave it alone (``nested``). It is still a mention of that place or person
when the article lists that actor on its own evidence, and these are kept apart:
``Briefing.inside_names``, which the JSON writes among the actors' mentions with the kind
"inside" and the app neither lists nor highlights. A name written only inside other names
never makes an actor of its own. They are found after the claims and the questions, which
never see them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.lexicon import gazetteer, lexicon
from briefing_tui.analysis.actors.spans import POSSESSIVE
from briefing_tui.analysis.doctext import char_span
from briefing_tui.model import Actor, ActorKind, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from briefing_tui.analysis.actors.lexicon import Gazetteer

#: The mention kind of a name written inside another name.
INSIDE = "inside"
#: Words before a name that ends a longer one ("Medical Journal of Chile").
LINKS = frozenset({"of", "for", "at", "in", "on"})
#: The widths of the names looked for inside a longer one, the longest first.
WIDTHS = (3, 2, 1)


def inside_names(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """The names inside the organisations' names, as actors holding only those mentions
    (kind "inside"), each under the id of the actor the article lists on its own: a name
    written only inside other names is no actor's mention. A country's name is never one:
    "the U.S. Department of Agriculture" and "the Chile Tourism Board" are bodies acting as
    actors of their own (ministries, agencies and boards are never their country), and the
    country written in their names would stand for them."""
    gaz = gazetteer()
    finder = _Finder(actors, gaz)
    for actor in actors:
        if actor.kind != ActorKind.ORGANISATION:
            continue
        for mention in actor.mentions:
            span = char_span(doc, mention.start, mention.end) if mention.kind == "name" else None
            if span is None or len(span) < 2 or _place_name(span, gaz) or _media(span):
                continue
            finder.read(span, actor)
    return finder.found()


def _media(span: Span) -> bool:
    """Whether the name is a newspaper's or a broadcaster's named after its town or land
    ("the Chile Herald", "Ohio News"): the place is the paper's, as much as its name."""
    return span[-1].lower_ in lexicon().media_heads


def _place_name(span: Span, gaz: Gazetteer) -> bool:
    """Whether the whole name is a country's or a region's ("South Korea" as a team)."""
    return gaz.is_region(span.text) or gaz.country_of_name(span.text) is not None


def _glued(sub: Span) -> bool:
    """Whether ``sub`` is glued to a prefix by a hyphen ("pro-Chile")."""
    doc = sub.doc
    return sub.start > 0 and doc[sub.start - 1].text == "-" and not doc[sub.start - 1].whitespace_


class _Finder:
    """The actors' names by their text, and the inside mentions found so far."""

    def __init__(self, actors: list[Actor], gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.actors = actors
        self.taken = sorted((m.start, m.end) for a in actors for m in a.mentions)
        self.by_text: dict[str, Actor | None] = {}
        for actor in actors:
            texts = {m.text for m in actor.mentions if m.kind == "name" and m.text[:1].isupper()}
            if actor.kind == ActorKind.PERSON and len(actor.name.split()) > 1:
                texts.add(actor.name.split()[-1])  # "Dorn" of "the Dorn Foundation"
            for text in texts:
                known = self.by_text.setdefault(text, actor)
                if known is not None and known.id != actor.id:
                    self.by_text[text] = None  # two actors so named: neither
        self.mentions: dict[str, list[Mention]] = {}

    def read(self, span: Span, container: Actor) -> None:
        """Record the names inside ``span``, a name of ``container``."""
        directions = lexicon().directions
        i = span.start
        while i < span.end:
            width = next((w for w in WIDTHS if self._record(span, i, w, container)), 0)
            if width == 0 and span.doc[i].lower_ in directions:
                width = 2  # "South" of "South Korea Tourism": no "Korea" inside it
            i += max(width, 1)

    def _record(self, span: Span, start: int, width: int, container: Actor) -> bool:
        """Whether ``width`` words from ``start`` name an actor, which is then recorded."""
        doc = span.doc
        sub = doc[start : start + width]
        if sub.end > span.end or (sub.start == span.start and sub.end == span.end):
            return False
        if not (sub[0].is_title or sub[0].is_upper):
            return False
        if sub[-1].text in POSSESSIVE or self._overlaps_taken(sub, span) or _glued(sub):
            return False
        if sub.end < span.end and doc[sub.end].text in POSSESSIVE:
            return False  # "Chile's fisheries ministry": the ministry's own name
        if sub[0].lower_ in lexicon().directions and not _place_name(sub, self.gaz):
            return False  # "South" of "South Korean", a direction not a name
        target = self._target(sub, span, container)
        if target is None:
            return False
        key = target.id
        self.mentions.setdefault(key, []).append(
            Mention(sub.start_char, sub.end_char, sub.text, INSIDE)
        )
        return True

    def _overlaps_taken(self, sub: Span, container: Span) -> bool:
        """Whether a mention already recorded lies on ``sub`` (other than the container's
        own name or a longer one holding it)."""
        start, end = sub.start_char, sub.end_char
        return any(
            s < end and start < e and not (s <= container.start_char and container.end_char <= e)
            for s, e in self.taken
        )

    def _target(self, sub: Span, span: Span, container: Actor) -> Actor | None:
        """The listed actor ``sub`` names: a region or a capital, or an actor the article
        names by the same words elsewhere; never a country."""
        gaz, text = self.gaz, sub.text
        last = sub.end == span.end and span.doc[sub.start - 1].lower_ not in LINKS
        iso = gaz.country_of_name(text)
        region = gaz.is_region(text)
        if region and last:
            return None  # "Environment Canada", "Team Chile": the body's own name, no place
        if iso is not None:
            return None  # "U.S. Department of Agriculture": the body's, as its own actor
        known = self.by_text.get(text)
        if region or gaz.country_of_capital(text):
            return known if known is not None and known.kind == ActorKind.PLACE else None
        if known is None or known.id == container.id:
            return None
        if known.kind in (ActorKind.GROUP, ActorKind.COUNTRY):
            return None
        return None if last else known  # "House" of "White House" is the name's head

    def found(self) -> list[Actor]:
        """One actor per id with its inside mentions, in the order of the first mention."""
        listed = {actor.id: actor for actor in self.actors}
        out = []
        for key, mentions in self.mentions.items():
            base = listed[key]
            out.append(Actor(id=key, name=base.name, kind=base.kind, mentions=mentions))
        out.sort(key=lambda actor: actor.mentions[0].start)
        return out
