"""Actors: the people, organisations and countries acting in the article.

``find_actors`` lists each actor once, under its fullest name, with every way
the article refers to it. It works in three steps:

1. ``actor_names.collect_names``: named entities, with the model's labels
   corrected (titles, known full names, the country gazetteer, a person's cues
   around a name: ``actor_kinds``), names the model missed or buried in longer
   names (``actor_unlabelled``), surnames attached to the nearest compatible
   full name and organisation names merged;
2. ``coref.resolve_mentions``: titles, descriptions and pronouns resolved to
   those actors in one left-to-right walk ("we" in a spokesman's words is
   the organisation he speaks for);
3. here: ships, products and titles dropped (``actor_things``), places that
   only locate events flagged (``places``), overlapping mentions settled,
   salience scored and ids given.

Claims and questions find the actor mentioned at a character range with
``analysis.spans.actor_at``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.acronyms import spelled_in_lower_case
from briefing_tui.analysis.actors.acting_lands import settle_lands
from briefing_tui.analysis.actors.adjective_names import adjective_only
from briefing_tui.analysis.actors.apposed_roles import add_apposed_roles
from briefing_tui.analysis.actors.areas import join_area_names
from briefing_tui.analysis.actors.bystanders import bystander
from briefing_tui.analysis.actors.coref import resolve_mentions
from briefing_tui.analysis.actors.couples import add_pair_descriptions
from briefing_tui.analysis.actors.crowds import add_crowds, add_speaking_crowds
from briefing_tui.analysis.actors.governments import add_government_mentions
from briefing_tui.analysis.actors.institutions import retype_acting_institutions
from briefing_tui.analysis.actors.instruments import drop_instruments
from briefing_tui.analysis.actors.land_offices import add_land_offices
from briefing_tui.analysis.actors.legislatures import add_legislature_mentions
from briefing_tui.analysis.actors.lexicon import gazetteer, lexicon
from briefing_tui.analysis.actors.located_names import retype_located_names
from briefing_tui.analysis.actors.modifiers import modifier_only
from briefing_tui.analysis.actors.names import Draft, collect_names
from briefing_tui.analysis.actors.nested import drop_inner_heads
from briefing_tui.analysis.actors.offices import add_repeated_offices
from briefing_tui.analysis.actors.places import (
    country_located_only,
    located_only,
    natural_feature,
    placeless,
)
from briefing_tui.analysis.actors.quoted_names import add_quoted_names
from briefing_tui.analysis.actors.speaking_bodies import add_speaking_bodies
from briefing_tui.analysis.actors.squads import add_team_words
from briefing_tui.analysis.actors.teams import join_team_demonyms, mark_teams
from briefing_tui.analysis.actors.things import is_thing_mention
from briefing_tui.analysis.actors.town_names import retype_town_names
from briefing_tui.analysis.actors.union_seats import give_seats_to_unions
from briefing_tui.analysis.actors.unnamed_sources import add_unnamed_sources
from briefing_tui.analysis.actors.young import add_young_descriptions
from briefing_tui.analysis.datelines import within_datelines
from briefing_tui.analysis.doctext import char_span
from briefing_tui.model import Actor, ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Weights of the salience score: per mention, per speech, and for an early first mention.
MENTION_WEIGHT = 1.0
SPEECH_WEIGHT = 2.0
FIRST_POSITION_WEIGHT = 3.0
#: Mention kinds whose text is an alias worth listing.
ALIAS_KINDS = frozenset({"name", "title", "description", "metonym"})


def find_actors(doc: Doc) -> list[Actor]:
    """Every actor once, under its fullest name, with all its mentions in order; the most
    salient first, and places that only locate events (``located_only``) last."""
    names = collect_names(doc)
    resolve_mentions(doc, names)
    add_pair_descriptions(doc, names)
    add_repeated_offices(doc, names)
    add_team_words(doc, names)
    add_young_descriptions(doc, names)
    add_apposed_roles(doc, names)
    add_legislature_mentions(doc, names)
    add_crowds(doc, names)
    add_speaking_crowds(doc, names)
    add_speaking_bodies(doc, names)
    add_unnamed_sources(doc, names)
    add_quoted_names(doc, names, gazetteer())
    drafts = [
        d
        for d in names.drafts.values()
        if d.mentions and _supported(d) and not _thing(doc, d) and not adjective_only(doc, d)
    ]
    drafts = drop_instruments(doc, drafts, lexicon().instrument_heads)
    mark_teams(doc, drafts)
    drafts = join_team_demonyms(doc, drafts, gazetteer())
    lex = lexicon()
    drafts = settle_lands(doc, drafts, lex, gazetteer())
    drafts = add_land_offices(doc, drafts, lex)
    add_government_mentions(doc, drafts)
    drafts = join_area_names(drafts, lex)
    retype_town_names(doc, drafts, lex)
    retype_acting_institutions(doc, drafts, lex)
    retype_located_names(doc, drafts, lex)
    drafts = give_seats_to_unions(drafts)
    spoken_for = {i for d in drafts for i in d.affiliations}
    located = {
        d.key
        for d in drafts
        if not d.speeches
        and (
            (
                d.kind == ActorKind.PLACE
                and (located_only(doc, d.heads, lex) or natural_feature(_names(d), lex))
            )
            or (d.kind == ActorKind.COUNTRY and country_located_only(doc, d.heads))
            or bystander(doc, d, lex, spoken_for)
        )
    }
    drafts = [d for d in drafts if not (d.key in located and _placeless(doc, d))]
    drafts = [d for d in drafts if not modifier_only(doc, d, spoken_for, lex)]
    _drop_overlaps(drafts)
    drop_inner_heads(drafts)
    drafts = [d for d in drafts if any(m.kind != "pronoun" for m in d.mentions)]
    drafts = [  # a dateline's town or agency, named nowhere else
        d for d in drafts if not within_datelines(doc, [(m.start, m.end) for m in d.mentions])
    ]
    length = max(1, doc[-1].idx + len(doc[-1].text_with_ws)) if len(doc) else 1
    # most salient first; places that only locate events after all the others
    scored = sorted(
        ((_salience(d, length), d) for d in drafts),
        key=lambda pair: (pair[1].key in located, -pair[0], pair[1].mentions[0].start),
    )
    ids = {draft.key: f"a{i}" for i, (_, draft) in enumerate(scored, start=1)}
    return [
        _to_actor(draft, ids[draft.key], salience, ids, draft.key in located)
        for salience, draft in scored
    ]


def _supported(draft: Draft) -> bool:
    """A doubtful "person" (a name of common words) stays if it speaks, has a gender or is "he"."""
    if draft.confirmed:
        return True
    referred = any(m.kind == "pronoun" for m in draft.mentions)
    return draft.speeches > 0 or draft.gender is not None or referred


def _names(draft: Draft) -> list[str]:
    """The names a draft is written as."""
    return [m.text for m in draft.mentions if m.kind == "name"]


def _placeless(doc: Doc, draft: Draft) -> bool:
    """A "place" that only locates and that nothing shows to be a place (``places``)."""
    names = _names(draft)
    lex = lexicon()
    return draft.kind == ActorKind.PLACE and placeless(doc, draft.heads, names, lex, gazetteer())


def _thing(doc: Doc, draft: Draft) -> bool:
    """A ship, browser or book ("aboard the Seaspray", "Lumen 9"): named like an actor, but
    never acting as one (it says nothing, holds no title) and once written as a thing."""
    if draft.speeches or draft.title or draft.key.startswith(("country:", "seat:", "unnamed:")):
        return False
    if draft.kind == "organisation" and any(
        m.kind == "name" and spelled_in_lower_case(doc, m.start, m.end) for m in draft.mentions
    ):
        return True  # "an environmental impact assessment (EIA)": a document's short name
    for mention in draft.mentions:
        if mention.kind != "name":
            continue
        span = char_span(doc, mention.start, mention.end)
        owner_possible = draft.kind == "organisation"
        if span is not None and is_thing_mention(span, owner_possible=owner_possible):
            return True
    return False


def _drop_overlaps(drafts: list[Draft]) -> None:
    """Mentions nest ("the US president", "University of Vermont") but never cross or repeat.

    Of two mentions of the same stretch the first found is kept; of two that
    cross, the one that starts first.
    """
    owned = sorted(
        (m.start, -m.end, i, j) for i, d in enumerate(drafts) for j, m in enumerate(d.mentions)
    )
    keep: set[tuple[int, int]] = set()
    open_ends: list[int] = []  # ends of the kept mentions that enclose the current position
    previous: tuple[int, int] | None = None
    for start, neg_end, i, j in owned:
        end = -neg_end
        if (start, end) == previous:
            continue
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        if open_ends and end > open_ends[-1]:
            continue  # crosses an enclosing mention
        keep.add((i, j))
        open_ends.append(end)
        previous = (start, end)
    for i, draft in enumerate(drafts):
        mentions = [m for j, m in enumerate(draft.mentions) if (i, j) in keep]
        mentions.sort(key=lambda m: (m.start, m.end))
        draft.mentions = mentions


def _salience(draft: Draft, length: int) -> float:
    first = draft.mentions[0].start / length
    return (
        MENTION_WEIGHT * len(draft.mentions)
        + SPEECH_WEIGHT * draft.speeches
        + FIRST_POSITION_WEIGHT * (1.0 - first)
    )


def _fullest_name(draft: Draft) -> str:
    """An organisation's or place's fullest name as written (a country's gazetteer name)."""
    if draft.key.startswith(("country:", "seat:", "unnamed:")):
        return draft.name
    names = [m.text for m in draft.mentions if m.kind == "name"] or [draft.name]
    if draft.key == f"place:{draft.name}":
        names.append(draft.name)  # "Kentucky" where only "Ky." is written
    return max(names, key=lambda text: (len(text.split()), len(text), not text.isupper()))


def _to_actor(
    draft: Draft, actor_id: str, salience: float, ids: dict[str, str], located: bool
) -> Actor:
    name = _person_name(draft) if draft.kind == "person" else _fullest_name(draft)
    aliases = sorted({m.text for m in draft.mentions if m.kind in ALIAS_KINDS} - {name})
    return Actor(
        id=actor_id,
        name=name,
        kind=ActorKind(draft.kind),
        mentions=list(draft.mentions),
        aliases=aliases,
        salience=salience,
        role=draft.role,
        parent=ids.get(draft.parent) if draft.parent else None,
        located_only=located,
    )


def _person_name(draft: Draft) -> str:
    """A person's full name as the article most often writes it, without a title before it."""
    bare = _bare_names(draft)
    # a surname with its small particle ("van Dam") is no full name, however often written
    full = [name for name in bare if len(name.split()) >= 2 and not name[:1].islower()]
    if not full:
        return max((draft.name, *bare), key=lambda text: (len(text.split()), len(text)))
    counts: dict[str, int] = {}
    for name in full:
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: (counts[name], len(name.split()), len(name)))


def _bare_names(draft: Draft) -> list[str]:
    lex = lexicon()
    bare = []
    for mention in draft.mentions:
        if mention.kind != "name":
            continue
        words = mention.text.split()
        while words and (words[0].lower() in lex.title_words or words[0].lower() in lex.honorifics):
            words = words[1:]
        if words:
            bare.append(" ".join(words))
    return bare
