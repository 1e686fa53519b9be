"""Actors across articles: the local actors of several Briefings joined into dossier actors.

Two local actors are one dossier actor when their articles establish the same
name for them: the same full name (or nearly: a misspelt letter), the same
organisation or country under a name or acronym one of them goes by, or a lone
surname that only one full name of the dossier carries. Never on a shared word
alone: "Bill Clinton" and "Hillary Clinton" stay apart, and so does a lone
"Clinton" when both are in the dossier; a place name that one article also writes
longer ("Washington" beside "Washington D.C.") joins nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from briefing_tui.analysis.dossier.model import DossierActor, Ref
from briefing_tui.analysis.dossier.names import NameForms, acronym, name_forms, place_core
from briefing_tui.analysis.dossier.places import ambiguous_place_names, place_sense
from briefing_tui.model import Actor, ActorKind, Briefing

#: Kinds that may name one entity whatever label each article's model gave it.
_PLACE_LIKE = frozenset({ActorKind.COUNTRY, ActorKind.PLACE})


@dataclass(slots=True)
class _Local:
    """One local actor of one article, with the forms it goes by."""

    ref: Ref
    actor: Actor
    names: NameForms
    #: False when what the actor names is in doubt: it joins no other article's actors.
    linkable: bool = True

    @property
    def kind(self) -> ActorKind:
        return self.actor.kind

    @property
    def full_person(self) -> bool:
        """A person whose article gives a name of two words or more."""
        return self.kind == ActorKind.PERSON and len(_meaningful(self.names.words)) >= 2


@dataclass(slots=True)
class _Groups:
    """Union-find over local actors that refuses joins two articles' evidence contradicts."""

    items: list[_Local]
    parent: list[int] = field(init=False)
    groups: dict[int, list[int]] = field(init=False)

    def __post_init__(self) -> None:
        self.parent = list(range(len(self.items)))
        self.groups = {i: [i] for i in range(len(self.items))}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def members(self, root: int) -> list[_Local]:
        return [self.items[j] for j in self.groups[root]]

    def join(self, i: int, j: int, same_article: bool = False) -> bool:
        """Join the groups of items i and j unless that puts two actors of one article
        together (unless ``same_article``: the evidence is a spelling, not a shared
        word) or two different full names of people; True when joined."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        if not same_article and not (self.items[i].linkable and self.items[j].linkable):
            return False
        left, right = self.members(a), self.members(b)
        if not same_article and {m.ref.article for m in left} & {m.ref.article for m in right}:
            return False
        for x in left:
            for y in right:
                if x.full_person and y.full_person and not _same_person_name(x, y):
                    return False
        self.parent[b] = a
        self.groups[a] += self.groups.pop(b)
        return True


def _meaningful(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without initials ("l ron hubbard" -> "ron hubbard")."""
    return tuple(w for w in words if len(w) > 1)


def _same_person_name(x: _Local, y: _Local) -> bool:
    """Two full names of a person that name one person: first and last words alike."""
    a, b = _meaningful(x.names.words), _meaningful(y.names.words)
    if a == b:
        return True
    first_a, last_a, first_b, last_b = a[0], a[-1], b[0], b[-1]
    if last_a == last_b:
        return first_a == first_b or _misspelt(first_a, first_b)
    return first_a == first_b and _misspelt(last_a, last_b)


def _misspelt(a: str, b: str) -> bool:
    """One word written twice with a letter wrong, missing, added or two swapped (long
    words only: "Untied" for "United")."""
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and OSA.distance(a, b) <= 1


def _one_word_misspelt(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names of as many words, all alike but one that is misspelt."""
    if len(a) != len(b) or a == b:
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differ) == 1 and _misspelt(*differ[0])


def _kinds_match(a: ActorKind, b: ActorKind) -> bool:
    return a == b or (a in _PLACE_LIKE and b in _PLACE_LIKE)


def _longer_places(items: list[_Local]) -> set[tuple[int, str]]:
    """(article, name) of place names that their own article also writes longer as another
    actor ("Washington" beside "Washington D.C."): which one they mean is not settled."""
    found: set[tuple[int, str]] = set()
    by_article: dict[int, list[_Local]] = defaultdict(list)
    for item in items:
        by_article[item.ref.article].append(item)
    for article, locals_ in by_article.items():
        for x in locals_:
            if x.kind not in _PLACE_LIKE:
                continue
            for y in locals_:
                if (
                    y is not x
                    and y.kind in _PLACE_LIKE
                    and y.names.main.startswith(x.names.main + " ")
                ):
                    found.add((article, x.names.main))
    return found


def merge_actors(briefings: list[Briefing]) -> list[DossierActor]:
    """Every local actor of every article in one dossier actor, the same entity joined."""
    items: list[_Local] = []
    senses: list[set[str | None] | None] = []
    for i, briefing in enumerate(briefings):
        text = briefing.article.text
        for actor in briefing.actors:
            others = [
                (m.start, m.end)
                for other in briefing.actors
                if other is not actor and other.kind != ActorKind.PERSON
                for m in other.mentions
                if m.kind == "name"
            ]
            names = name_forms(actor, text, others)
            item = _Local(Ref(i, actor.id), actor, names or name_forms(actor) or _NO_NAMES)
            item.linkable = names is not None and _named(actor)
            items.append(item)
            senses.append(_place_senses(item, text))
    _settle_places(items, senses)
    groups = _Groups(items)
    unsettled = _longer_places(items)
    _join_within_articles(groups, briefings)
    _join_full_names(groups, unsettled)
    _join_acronyms(groups)
    _join_lone_names(groups)
    return _dossier_actors(groups)


_NO_NAMES = NameForms("", frozenset(), frozenset(), ())


def _place_senses(item: _Local, text: str) -> set[str | None] | None:
    """How the mentions of a city-and-state name ("Washington") write it: "region",
    "city" or None (bare) each; None for any other actor."""
    if item.kind not in _PLACE_LIKE or item.names.main not in ambiguous_place_names():
        return None
    return {place_sense(text, m.start, m.end) for m in item.actor.mentions if m.kind == "name"}


def _settle_places(items: list[_Local], senses: list[set[str | None] | None]) -> None:
    """A city-and-state name stands for the place its mentions say ("Seattle, Washington":
    the state; "Washington, D.C.": the city). Bare mentions take the one sense the rest of
    the dossier writes for that name ("New York City" says the city); when the dossier
    writes both, or none, or an actor's mentions say both, the actor joins no other
    article's."""
    ambiguous = ambiguous_place_names()
    written: dict[str, set[str]] = defaultdict(set)
    for item in items:
        for suffix in (" city", " dc"):
            name = item.names.main.removesuffix(suffix)
            if item.kind in _PLACE_LIKE and name != item.names.main and name in ambiguous:
                main = f"{name} (city)"
                item.names = NameForms(main, frozenset({main}), frozenset(), item.names.words)
                written[name].add("city")
    for item, found in zip(items, senses, strict=True):
        if found:
            written[item.names.main].update(s for s in found if s)
    for item, found in zip(items, senses, strict=True):
        if found is None:
            continue
        known = {s for s in found if s}
        if not known and len(written[item.names.main]) == 1:
            known = set(written[item.names.main])
        if len(known) != 1:
            item.linkable = False
            continue
        (sense,) = known
        main = f"{item.names.main} ({sense})"
        item.names = NameForms(main, frozenset({main}), frozenset(), item.names.words)


def _named(actor: Actor) -> bool:
    """Whether the article names the actor at all: one known only by descriptions ("two
    people familiar with the matter", "the researchers") is no entity another article
    could be shown to share."""
    return any(m.kind != "description" for m in actor.mentions)


def _join_within_articles(groups: _Groups, briefings: list[Briefing]) -> None:
    """Actors one article keeps apart though its text makes them one: "State of Texas" and
    "Texas"; "Scientology" and the "Church of Scientology" that goes by it;
    "Masjid Al-Haram (Grand Mosque)"; a name found only inside another actor's
    name ("Grand" of "Grand Mosque")."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for i, item in enumerate(groups.items):
        if item.kind != ActorKind.PERSON and item.names.main:
            by_article[item.ref.article].append(i)
    for article, indices in by_article.items():
        text = briefings[article].article.text
        items = [groups.items[i] for i in indices]
        spans = [
            [(m.start, m.end) for m in item.actor.mentions if m.kind == "name"] for item in items
        ]
        for a, x in enumerate(items):
            for b, y in enumerate(items):
                if a == b or not _kinds_match(x.kind, y.kind):
                    continue
                same_place = (
                    x.kind in _PLACE_LIKE
                    and a < b
                    and place_core(x.names.main) == place_core(y.names.main)
                )
                inside = bool(spans[a]) and all(
                    any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans[b])
                    for start, end in spans[a]
                )
                alias = x.names.main in y.names.forms and x.names.main != y.names.main
                aside = any(
                    text[e1:s2] == " (" and text[e2 : e2 + 1] == ")"
                    for s1, e1 in spans[a]
                    for s2, e2 in spans[b]
                )
                if same_place or inside or aside or alias:
                    groups.join(indices[a], indices[b], same_article=True)


def _join_full_names(groups: _Groups, unsettled: set[tuple[int, str]]) -> None:
    """The same name across articles: a person's full name (or nearly), another kind's
    name or a name-shaped form it goes by."""
    items = groups.items
    by_main: dict[str, list[int]] = defaultdict(list)
    by_form: dict[str, list[int]] = defaultdict(list)
    by_last: dict[str, list[int]] = defaultdict(list)
    by_first: dict[str, list[int]] = defaultdict(list)
    by_length: dict[int, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        if item.full_person:
            by_first[_meaningful(item.names.words)[0]].append(i)
        elif item.kind != ActorKind.PERSON and len(item.names.words) >= 2:
            by_length[len(item.names.words)].append(i)
        if (item.ref.article, item.names.main) in unsettled:
            continue
        by_main[item.names.main].append(i)
        if item.kind != ActorKind.PERSON:
            for form in item.names.forms:
                by_form[form].append(i)
        elif item.full_person:
            by_last[_meaningful(item.names.words)[-1]].append(i)
    # full names of people, exact or misspelt by a letter
    for i, item in enumerate(items):
        if not item.full_person:
            continue
        words = _meaningful(item.names.words)
        for j in by_main.get(item.names.main, []) + by_last.get(words[-1], []):
            other = items[j]
            if (
                j > i
                and other.full_person
                and other.ref.article != item.ref.article
                and _same_person_name(item, other)
            ):
                groups.join(i, j)
        for j in by_first.get(words[0], []):
            other = items[j]
            last = _meaningful(other.names.words)[-1]
            if j > i and other.ref.article != item.ref.article and _misspelt(last, words[-1]):
                groups.join(i, j)
    # other kinds: a name of several words written with one word misspelt
    for indices in by_length.values():
        for n, i in enumerate(indices):
            for j in indices[n + 1 :]:
                item, other = items[i], items[j]
                if _kinds_match(item.kind, other.kind) and _one_word_misspelt(
                    item.names.words, other.names.words
                ):
                    groups.join(i, j, same_article=True)
    # other kinds: one's name is a form the other goes by
    for i, item in enumerate(items):
        if item.kind == ActorKind.PERSON or (item.ref.article, item.names.main) in unsettled:
            continue
        for j in by_form.get(item.names.main, []):
            other = items[j]
            if other.ref.article != item.ref.article and _kinds_match(item.kind, other.kind):
                groups.join(i, j)


def _join_acronyms(groups: _Groups) -> None:
    """An organisation or country written as an acronym in one article ("UN") and in full
    in another ("United Nations"), when one full name of the dossier has those initials."""
    items = groups.items
    by_initials: dict[str, set[int]] = defaultdict(set)
    for i, item in enumerate(items):
        if item.kind in (ActorKind.PERSON, ActorKind.GROUP):
            continue
        initials = acronym(item.actor.name)
        if initials and len(initials) >= 2:
            by_initials[initials].add(i)
    for i, item in enumerate(items):
        if item.kind in (ActorKind.PERSON, ActorKind.GROUP):
            continue
        for short in item.names.acronyms:
            candidates = [
                j
                for j in by_initials.get(short, ())
                if j != i and _kinds_match(item.kind, items[j].kind)
            ]
            if len({groups.find(j) for j in candidates}) == 1:
                for j in candidates:
                    groups.join(i, j, same_article=True)


def _join_lone_names(groups: _Groups) -> None:
    """A person one article names by a single word, joined to the one full name of the
    dossier that ends with it, and only when no other full name or lone word competes."""
    items = groups.items
    full_by_last: dict[str, set[int]] = defaultdict(set)
    words_in_full: set[str] = set()
    for i, item in enumerate(items):
        if item.full_person:
            words = _meaningful(item.names.words)
            full_by_last[words[-1]].add(groups.find(i))
            words_in_full.update(words)
    lone: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        if item.kind == ActorKind.PERSON and not item.full_person and item.names.words:
            lone[item.names.words[-1]].append(i)
    for word, indices in lone.items():
        roots = full_by_last.get(word, set())
        if len(roots) == 1:
            (root,) = roots
            for i in indices:
                groups.join(root, i)
        elif not roots and word not in words_in_full:
            for i in indices[1:]:
                groups.join(indices[0], i)


def _dossier_actors(groups: _Groups) -> list[DossierActor]:
    by_root: dict[int, list[_Local]] = defaultdict(list)
    for i, item in enumerate(groups.items):
        by_root[groups.find(i)].append(item)
    ranked = sorted(
        by_root.values(),
        key=lambda ms: (
            -len({m.ref.article for m in ms}),
            -sum(len(m.actor.mentions) for m in ms),
            ms[0].ref.article,
        ),
    )
    result = []
    for n, members in enumerate(ranked, 1):
        kind = Counter(m.kind for m in members).most_common(1)[0][0]
        name = max(
            members,
            key=lambda m: (m.full_person, len(m.actor.mentions), len(m.actor.name)),
        ).actor.name
        refs = sorted((m.ref for m in members), key=lambda r: (r.article, r.id))
        result.append(DossierActor(f"d{n}", name, str(kind), refs))
    return result
