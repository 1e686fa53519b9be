"""Named mentions of actors: which entities are actors, of what kind, and which are one.

The small English model mislabels often (a surname as an organisation, a
weapon as a person, a capital as an organisation), so the model's label is
only a first guess. It is corrected with evidence from the article itself:
titles and honorifics before a name, full names seen elsewhere, the country
gazetteer, and the words around the entity.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.collect import collect_candidates
from briefing_tui.analysis.actors.drafts import Draft, Names
from briefing_tui.analysis.actors.facts import ArticleFacts, read_article
from briefing_tui.analysis.actors.kinds import (
    organisation_evidence,
    person_evidence,
)
from briefing_tui.analysis.actors.lexicon import (
    with_article,
)
from briefing_tui.analysis.actors.name_shape import name_ok, name_words, person_key
from briefing_tui.analysis.actors.spans import (
    POSSESSIVE,
    alpha_words,
    country_of_token_span,
    gazetteer_place,
    is_place_use,
    proper_objects,
    qualifier,
    trim,
)
from briefing_tui.analysis.actors.titles import TitleInfo, describe_title, title_before
from briefing_tui.analysis.actors.unlabelled import (
    borrowed_names,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Draft", "Names", "collect_names", "describe_title", "qualifier"]

#: Labels of names that may hold another actor's name ("the University of Vermont").
NESTING_LABELS = frozenset({"ORG", "FAC", "LOC", "GPE"})
#: Words a caption line glues to a name ("Jane Doe Image: ...").
CAPTION_WORDS = frozenset({"image", "photo", "photograph", "picture"})
#: Prepositions that tie a person to the organisation they speak for.
AFFILIATION_PREPS = frozenset({"for", "of", "from", "at"})
INITIALS_SKIP = frozenset({"of", "the", "and", "for", "'s", "’s", "&", "on", "in"})

# --- collecting names ---------------------------------------------------------------


@dataclass(slots=True)
class _Pending:
    """A one-word person name, to be attached to a full name once all are known."""

    span: Span
    text: str
    gender: str | None
    mention_start: int
    label: str
    titled: bool


class NameCollector:
    """Turns the document's entities into named mentions of drafts."""

    def __init__(self, facts: ArticleFacts) -> None:
        self.facts = facts
        self.doc = facts.doc
        self.text = facts.text
        self.lex = facts.lex
        self.gaz = facts.gaz
        self.names = Names()
        self.not_heads = self.lex.not_heads
        self.not_names = self.lex.not_names
        self.common_words = facts.common_words
        self.loose_names = facts.loose_names
        self.things = facts.things
        self.employers = facts.employers
        self.full_by_last = facts.full_names.by_last
        self.full_by_first = facts.full_names.by_first
        self.full_gender = facts.full_names.gender
        self.full_keys = facts.full_names.keys
        self.country_by_first_word = facts.country_by_first_word
        self.pending: list[_Pending] = []
        self.org_acronyms: dict[str, str] = {}
        self.pending_acronyms: list[tuple[str, Span]] = []
        self.containers: list[Span] = []
        self.merged: dict[str, str] = {}  # merged draft key -> the key it went into
        #: last word of a multi-word organisation or place name -> that actor's key
        self.multiword_owner: dict[str, str] = {}
        #: drafts made from unlabelled proper nouns: too uncertain to lend their words to others
        self.guessed: set[str] = set()

    def collect(self) -> Names:
        """Every named mention, attached to its draft."""
        candidates = collect_candidates(self.facts)
        self.pending_acronyms = list(candidates.acronyms)
        for candidate in candidates.names:
            if candidate.route == "country" and candidate.country is not None:
                self._add_country(candidate.span, candidate.country, "name")
            elif candidate.route == "place":
                self._add_place(candidate.span)
            elif candidate.guessed:
                before = set(self.names.drafts)
                self._classify(candidate.span, candidate.label)
                self.guessed.update(set(self.names.drafts) - before)
            else:
                self._classify(candidate.span, candidate.label)
        self._attach_pending()
        self._merge_organisations()
        self._merge_people()
        for span in self.containers:
            self._add_nested(span)
            self._add_borrowed(span)
        return self.names

    def _person_by_evidence(self, span: Span) -> bool:
        """A name of one to three capitalised words, labelled otherwise, with a person's cues
        around it ("their child, Jo", "designer Jo Pike", "Jo Pike, 45,") and no organisation's
        or place's head word."""
        words = alpha_words(span)
        return (
            1 <= len(words) <= 3
            and name_ok(words)
            and not gazetteer_place(span.text, self.gaz)
            and not organisation_evidence(span, self.lex)
            and bool(person_evidence(span))
        )

    # pass 1: one entity
    def _classify(self, ent: Span, label: str) -> None:
        span = trim(ent)
        while span is not None and len(span) > 1 and span[-1].lower_ in CAPTION_WORDS:
            span = trim(span[:-1])
        if span is None or not any(c.isalpha() for c in span.text) or span.root.pos_ == "VERB":
            return
        if len(span) > 1 and label in NESTING_LABELS:
            self.containers.append(span)
        if label != "NORP" and (
            self.not_names.match(span.text) or span[-1].lower_ in self.not_heads
        ):
            return
        if label != "ORG" and len(span) == 1 and any(c.isdigit() for c in span.text):
            return  # "XR7": versions and products, not people or places
        gaz, text = self.gaz, span.text
        if self._is_thing(span):
            return
        seat = gaz.seat_country(text)
        if seat:
            self._add_seat(span, seat)
            return
        demonym = gaz.country_of_adjective(text) and not gaz.country_of_name(text)
        if (
            label == "NORP"
            and not demonym
            and span.root.tag_ == "NNP"
            and self._looks_like_person(span)
        ):
            self._add_person(span, "PERSON")  # a surname labelled as a nationality
            return
        if label == "NORP" or demonym:
            self._add_nationality(span)
            return
        iso = gaz.country_of_name(text)
        if iso:
            self._add_country(span, iso, "name")
            return
        iso = gaz.country_of_capital(text)
        if iso:
            if is_place_use(span.root, self.lex):
                self._add_place(span)
            else:
                self._add_country(span, iso, "metonym")
            return
        if label != "PERSON" and self._person_by_evidence(span):
            label = "PERSON"
        elif (
            label == "PERSON"
            and text in self.employers
            and title_before(self.doc, span.start, self.lex, self.gaz) is None
        ):
            label = "ORG"
        if label == "PERSON" or self._looks_like_person(span):
            self._add_person(span, label)
        elif label == "ORG":
            self._add_organisation(span)
        else:
            self._add_place(span)

    def _add_borrowed(self, span: Span) -> None:
        """Places, people and institutions a longer name is named after (see ``borrowed_names``)."""
        for part in borrowed_names(
            span, self.lex.facility_heads, self.lex.facility_plain, self.not_heads
        ):
            part = trim(part)
            while part is not None and len(part) > 1 and gazetteer_place(part[0].text, self.gaz):
                part = part[
                    1:
                ]  # "Eastvale Dorn Airport": Eastvale is nested already, Dorn borrowed
            if part is None or (part.start == span.start and part.end == span.end):
                continue
            if any(t.lower_ in self.common_words for t in part if t.is_alpha):
                continue
            known = gazetteer_place(part.text, self.gaz) or any(
                part.text in (m.text for m in d.mentions) for d in self.names.drafts.values()
            )
            if known and len(part) == 1:
                continue  # added as a nested country, capital or known name already
            label = "ORG" if part[-1].lower_ in self.lex.facility_heads else "GPE"
            self._classify(part, label)

    def _add_nested(self, span: Span) -> None:
        """Places and known people named inside a longer name ("University of Vermont")."""
        doc, gaz = self.doc, self.gaz
        if len(span) > 1 and span[1].text in POSSESSIVE:
            return  # "Russia's Foreign Ministry": the country is part of the ministry's name
        if all(t.lower_ in self.lex.directions for t in span[:1]):
            return  # "South Eastland" is a region of its own, not Eastland
        i = span.start
        while i < span.end:
            for width in (3, 2, 1):
                sub = doc[i : i + width]
                if sub.end > span.end or (sub.start == span.start and sub.end == span.end):
                    continue
                if not sub[0].is_title and not sub[0].is_upper:
                    continue
                text = sub.text
                iso = gaz.country_of_name(text)
                if iso:
                    self._add_country(sub, iso, "name")
                elif gaz.country_of_capital(text) or gaz.is_region(text):
                    self._add_place(sub)
                elif width > 1 and person_key(list(sub)) in self.names.drafts:
                    draft = self.names.drafts[person_key(list(sub))]
                    draft.add(sub.start_char, sub.end_char, text, "name", sub.root.i)
                elif f"org:{text}" in self.names.drafts:
                    self.names.drafts[f"org:{text}"].add(
                        sub.start_char, sub.end_char, text, "name", sub.root.i
                    )
                elif f"place:{text}" in self.names.drafts:
                    place = self.names.drafts[f"place:{text}"]
                    place.add(sub.start_char, sub.end_char, text, "name", sub.root.i)
                else:
                    continue
                i += width - 1
                break
            i += 1

    def _looks_like_person(self, span: Span) -> bool:
        """An entity labelled otherwise that is a known person name or follows a title."""
        words = alpha_words(span)
        if not name_ok(words):
            return False
        if len(words) == 1 and (
            words[0].text in self.full_by_last or words[0].text in self.full_by_first
        ):
            return True
        if len(words) >= 2 and person_key(words) in self.full_keys:
            return True
        info = title_before(self.doc, span.start, self.lex, self.gaz)
        return info is not None and (info.title is not None or info.gender is not None)

    def _is_thing(self, span: Span) -> bool:
        """A plural proper noun or a word seen as a product: "Harpoons"."""
        words = alpha_words(span)
        if len(words) != 1:
            return False
        word = words[0]
        if (word.tag_ == "NNPS" and word.ent_type_ == "PERSON") or word.text.lower().rstrip(
            "s"
        ) in self.things:
            return True
        lower = word.text.lower()
        return lower.endswith("s") and lower[:-1] in self.things

    def _add_person(self, span: Span, label: str) -> None:
        words, gender = name_words(span, self.lex, self.gaz)
        if not name_ok(words):
            return
        if (
            any(country_of_token_span(self.doc[t.i : t.i + 1], self.gaz) for t in words)
            and len(words) == 1
        ):
            return
        name_span = self.doc[words[0].i : words[-1].i + 1]
        info = title_before(self.doc, name_span.start, self.lex, self.gaz)
        start = info.start if info and info.start < name_span.start else name_span.start
        if info:
            gender = gender or info.gender
        mention_start = self.doc[start].idx
        if len(words) == 1:
            titled = info is not None or len(alpha_words(span)) > 1
            self.pending.append(
                _Pending(name_span, words[0].text, gender, mention_start, label, titled)
            )
            return
        key = person_key(words)
        fresh = key not in self.names.drafts
        draft = self.names.draft(key, "person", name_span.text)
        if fresh:
            draft.confirmed = not self.facts.is_common(name_span)
        draft.confirmed = (
            draft.confirmed or (info is not None and info.title is not None) or gender is not None
        )
        if len(name_span.text) > len(draft.name):
            draft.name = name_span.text
        self._add_person_mention(draft, name_span, mention_start, gender, info)

    def _add_person_mention(
        self,
        draft: Draft,
        name_span: Span,
        mention_start: int,
        gender: str | None,
        info: TitleInfo | None,
    ) -> None:
        end = name_span.end_char
        draft.add(mention_start, end, self.text[mention_start:end], "name", name_span.root.i)
        draft.gender = draft.gender or gender
        if info and info.title:
            self._note_title(draft, info, name_span)
        self._note_apposition(draft, name_span)
        self._note_speech(draft, name_span.root)
        self._note_affiliation(draft, name_span)
        if info and info.owner is not None:
            draft.affiliations.append(info.owner)

    def _note_affiliation(self, draft: Draft, name_span: Span) -> None:
        """The organisation a person belongs to, as the sentence writes it: "Acme's Jo Pike",
        "Jo Pike of Acme", "Jo Pike, a spokesman for Acme"."""
        root = name_span.root
        for child in root.children:
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                draft.affiliations.append(child.i)
            elif child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPS:
                draft.affiliations.extend(proper_objects(child))
            elif child.dep_ == "appos" and child.i >= name_span.end:
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in AFFILIATION_PREPS:
                        draft.affiliations.extend(proper_objects(prep))

    def _note_title(self, draft: Draft | None, info: TitleInfo | None, name_span: Span) -> None:
        if draft is None or info is None or not info.title:
            return
        if draft.title is None or (info.country and not draft.country):
            draft.title, draft.family = info.title, info.family
            if info.country:
                draft.country = info.country
            owner = info.country_text or info.owner_text
            draft.role = f"{owner} {info.title}" if owner else info.title

    def _note_apposition(self, draft: Draft, name_span: Span) -> None:
        """ "Angela Merkel, the chancellor of Germany": a title mention and a role."""
        root = name_span.root
        for child in root.children:
            if child.dep_ != "appos" or child.i < name_span.end:
                continue
            words = [t.lower_ for t in child.lefts if t.dep_ == "compound"] + [child.lower_]
            info = describe_title(words, self.lex)
            if info is None or info[0] is None:
                continue
            country, _ = qualifier(child, self.gaz)
            left = child.left_edge.i
            right = child.right_edge.i
            if self.doc[right].is_punct:
                right = max(child.i, right - 1)
            span = self.doc[left : right + 1]
            draft.add(span.start_char, span.end_char, span.text, "title", child.i)
            if draft.title is None:
                draft.title, draft.family = info[0], info[1]
                draft.country = draft.country or country
                role = trim(span) or span
                if role[0].lower_ in ("a", "an") and len(role) > 1:
                    role = role[1:]
                draft.role = role.text  # "chancellor of Germany", as written

    def _note_speech(self, draft: Draft, root: Token) -> None:
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in self.lex.speech_verbs:
            draft.speeches += 1

    def _add_country(self, span: Span, iso: str, kind: str) -> None:
        draft = self.names.draft(f"country:{iso}", "country", self.gaz.country_names[iso])
        draft.country = iso
        draft.add(span.start_char, span.end_char, span.text, kind, span.root.i)
        self._note_speech(draft, span.root)

    def _add_place(self, span: Span) -> None:
        iso = self.country_by_first_word.get(span.text) if len(span) == 1 else None
        if iso:
            self._add_country(span, iso, "name")  # "the North" after "North Korea"
            return
        draft = self.names.draft(f"place:{span.text}", "country", span.text)
        draft.add(span.start_char, span.end_char, span.text, "name", span.root.i)
        area = self._area_phrase(span)
        if area is not span:  # the district is an actor of its own, named after the place
            district = self.names.draft(f"place:{area.text}", "country", area.text)
            district.add(area.start_char, area.end_char, area.text, "name", area.root.i)

    def _area_phrase(self, span: Span) -> Span:
        """ "the Eastvale North electoral district" names the district: the whole phrase."""
        root = span.root
        head = root.head
        if (
            root.dep_ not in ("compound", "nmod")
            or head.i < span.end
            or not head.is_lower
            or head.lower_ not in self.lex.area_nouns
            or any(t.dep_ not in ("amod", "compound") for t in self.doc[span.end : head.i])
        ):
            return span
        start = min(span.start, head.left_edge.i)
        return trim(self.doc[start : head.i + 1]) or span

    def _add_seat(self, span: Span, iso: str) -> None:
        name = span.text
        draft = self.names.draft(f"seat:{name.lower()}", "organisation", f"the {name}")
        draft.country = iso
        draft.parent = f"country:{iso}"
        draft.role = f"government of {with_article(self.gaz.country_names[iso])}"
        draft.add(span.start_char, span.end_char, span.text, "name", span.root.i)
        self._note_speech(draft, span.root)

    def _add_nationality(self, span: Span) -> None:
        """Demonyms: "Russian officials" are Russia, "Kurds" a group, "Russian oil" neither."""
        root = span.root
        iso = self.gaz.country_of_adjective(span.text)
        if (
            iso
            and root.dep_ in ("amod", "compound")
            and root.head.lemma_.lower() in self.lex.government_nouns
        ):
            self._add_country(span, iso, "metonym")
            return
        plural = root.tag_ in ("NNPS", "NNS") or (
            span.text.endswith("s") and self.gaz.country_of_adjective(span.text[:-1]) is not None
        )
        if plural and root.dep_ in (
            "nsubj",
            "nsubjpass",
            "dobj",
            "pobj",
            "conj",
        ):
            draft = self.names.draft(f"group:{span.text}", "group", span.text)
            draft.country = iso
            draft.add(span.start_char, span.end_char, span.text, "name", root.i)
            self._note_speech(draft, root)

    def _add_organisation(self, span: Span) -> None:
        words = alpha_words(span)
        if not words:
            return
        if all(t.lower_ in self.lex.org_heads for t in words) or self._part_of_title(span, words):
            return
        country = self._country_of_government(words)
        if country:
            self._add_country(span, country, "metonym")
            return
        key = f"org:{span.text}"
        draft = self.names.draft(key, "organisation", span.text)
        if len(words) > 1:
            self.multiword_owner.setdefault(words[-1].text, key)
        draft.add(span.start_char, span.end_char, span.text, "name", span.root.i)
        self._note_speech(draft, span.root)
        first = country_of_token_span(self.doc[words[0].i : words[0].i + 1], self.gaz)
        if first and len(words) > 1 and draft.parent is None:
            draft.country, draft.parent = first, f"country:{first}"
        self._note_acronym(span, key)

    def _part_of_title(self, span: Span, words: list[Token]) -> bool:
        """A "Shadow Foreign" before "Secretary Jane Doe" is a title, not an organisation."""
        if all(t.lower_ in self.lex.title_words for t in words):
            return True
        following = self.doc[span.end] if span.end < len(self.doc) else None
        return (
            words[-1].lower_ in self.lex.title_words
            and following is not None
            and following.lower_ in self.lex.title_words
        )

    def _country_of_government(self, words: list[Token]) -> str | None:
        """ "UK Government", "the Russian authorities": a country's government is the country."""
        if len(words) < 2 or words[-1].lower_ not in self.lex.government_nouns:
            return None
        head = self.doc[words[0].i : words[-2].i + 1]
        return self.gaz.country_of_name(head.text) or self.gaz.country_of_adjective(head.text)

    def _note_acronym(self, span: Span, key: str) -> None:
        """In "National Energy Agency (NEA)" the bracketed acronym is the same actor."""
        doc = self.doc
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            acronym = doc[span.end + 1].text
            if acronym.isupper() and len(acronym) >= 2:
                self.org_acronyms[acronym] = key

    # pass 2: one-word person names go to the nearest compatible full name
    def _attach_pending(self) -> None:
        for item in self.pending:
            key = self._nearest_full_name(item)
            if key is None:
                if item.label != "PERSON" and not item.titled:
                    self._add_organisation(item.span)
                    continue
                owner = self.multiword_owner.get(item.text)
                if owner and owner in self.names.drafts and not item.titled:
                    self._merge_into(item.span, owner)
                    continue
                key = f"person:{item.text}"
                if key not in self.names.drafts:
                    self.names.draft(key, "person", item.text).confirmed = not self.facts.is_common(
                        item.span
                    )
            draft = self.names.draft(key, "person", item.text)
            draft.confirmed = draft.confirmed or item.titled or item.gender is not None
            info = title_before(self.doc, item.span.start, self.lex, self.gaz)
            self._add_person_mention(draft, item.span, item.mention_start, item.gender, info)

    def _merge_into(self, span: Span, key: str) -> None:
        """A "Rocket" after "Acme Rocket": a short form of a named thing, not a person."""
        self.names.drafts[key].add(span.start_char, span.end_char, span.text, "name", span.root.i)

    def _nearest_full_name(self, item: _Pending) -> str | None:
        for index in (self.full_by_last, self.full_by_first):
            occurrences = index.get(item.text)
            if not occurrences:
                continue
            same = [
                (pos, key)
                for pos, key in occurrences
                if item.gender and self.full_gender.get(key) == item.gender
            ]
            compatible = (
                same
                or [
                    (pos, key)
                    for pos, key in occurrences
                    if not (item.gender and self.full_gender.get(key) not in (None, item.gender))
                ]
                or occurrences
            )
            at = bisect_left(compatible, (item.span.start_char, ""))
            return compatible[at - 1][1] if at > 0 else compatible[0][1]
        return None

    # pass 3: organisation names that are one ("Energy Office", "the State Energy Office", "SEO")
    def _merge_organisations(self) -> None:
        drafts = self.names.drafts
        orgs = {key: d for key, d in drafts.items() if key.startswith("org:")}
        targets: dict[str, set[str]] = {}
        for key in orgs:
            tokens = key[4:].split()
            for variant in self._variants(tokens):
                targets.setdefault(variant, set()).add(key)
        for acronym, name in self.pending_acronyms:
            key = f"org:{(trim(name) or name).text}"
            if key in drafts:
                self.org_acronyms[acronym] = key
        for acronym, key in self.org_acronyms.items():
            targets.setdefault(acronym, set()).add(key)
        for key in drafts:
            if key.startswith("place:"):
                initials = self._initials(key[6:].split())
                if initials:
                    targets.setdefault(initials, set()).add(key)
        for key in sorted(orgs, key=lambda k: len(k)):
            name = key[4:]
            into = targets.get(name, set()) - {key}
            into = {k for k in into if k in drafts}
            if len(into) == 1:
                self._merge(key, into.pop())
        for key in [k for k in drafts if k.startswith("place:")]:
            name = key[6:]  # the same name labelled once as a place, once as an organisation
            same = (self._live(f"org:{name}"), self._live(self.org_acronyms.get(name)))
            into = {k for k in same if k in drafts}
            if len(into) == 1:
                self._merge(key, into.pop())
        self._add_unlabelled_org_names(targets)

    def _add_unlabelled_org_names(self, targets: dict[str, set[str]]) -> None:
        """One-word organisation names the model left unlabelled elsewhere in the text."""
        drafts = self.names.drafts
        single: dict[str, str] = {}
        for key in drafts:
            if key.startswith("org:") and " " not in key[4:]:
                single[key[4:]] = key
        for variant, keys in targets.items():
            live = {k for k in keys if k in drafts and k not in self.guessed}
            if " " not in variant and len(live) == 1 and variant not in single:
                single[variant] = live.pop()
        if not single:
            return
        for i in self.loose_names:
            token = self.doc[i]
            if token.text in single:
                draft = drafts[single[token.text]]
                draft.add(token.idx, token.idx + len(token), token.text, "name", token.i)

    def _merge_people(self) -> None:
        """A "Novelist Jane Doe" is "Jane Doe": a full name that ends another one."""
        drafts = self.names.drafts
        for key in [k for k in drafts if k.startswith("person:")]:
            words = drafts[key].name.split()
            if len(words) < 3:
                continue
            shorter = f"person:{words[-2]} {words[-1]}"
            if shorter != key and shorter in drafts:
                self._merge(key, shorter)

    def _variants(self, tokens: list[str]) -> list[str]:
        """Shorter names the organisation may go by: suffixes, prefixes, initials."""
        variants = []
        heads = self.lex.org_heads | self.lex.facility_heads
        for i in range(1, len(tokens)):
            suffix = tokens[i:]
            if len(suffix) >= 2 or suffix[0].lower() not in heads:
                variants.append(" ".join(suffix))
        for i in range(len(tokens) - 1, 0, -1):
            if all(t.lower() in heads for t in tokens[i:]):
                variants.append(" ".join(tokens[:i]))
        initials = self._initials(tokens)
        if initials:
            variants.append(initials)
        for i in range(2, len(tokens)):  # "NY Harbour Board" for "New York Harbour Board"
            prefix = self._initials(tokens[:i])
            if prefix and len(prefix) == i:
                variants.append(" ".join([prefix, *tokens[i:]]))
        return variants

    @staticmethod
    def _initials(tokens: list[str]) -> str | None:
        """The acronym of a name of several words ("Trades Union Council" is TUC)."""
        if len(tokens) < 2:
            return None
        initials = "".join(
            t[0] for t in tokens if t.lower() not in INITIALS_SKIP and t[:1].isupper()
        )
        return initials if len(initials) >= 2 else None

    def _live(self, key: str | None) -> str | None:
        """The key a draft now lives under, following merges."""
        while key in self.merged:
            key = self.merged[key]
        return key

    def _merge(self, source: str, target: str) -> None:
        drafts = self.names.drafts
        src, dst = drafts.pop(source), drafts[target]
        self.merged[source] = target
        dst.mentions.extend(src.mentions)
        dst.heads.extend(src.heads)
        dst.speeches += src.speeches
        dst.parent = dst.parent or src.parent
        dst.country = dst.country or src.country


def collect_names(doc: Doc) -> Names:
    """The document's named actors: corrected kinds, merged names, titles and roles."""
    return NameCollector(read_article(doc)).collect()
