"""Named mentions of actors: which entities are actors, of what kind, and which are one.

The small English model mislabels often (a surname as an organisation, a
weapon as a person, a capital as an organisation), so the model's label is
only a first guess. It is corrected with evidence from the article itself:
titles and honorifics before a name, full names seen elsewhere, the country
gazetteer, and the words around the entity.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.classify import classify_candidates
from briefing_tui.analysis.actors.collect import collect_candidates
from briefing_tui.analysis.actors.drafts import ClassifiedNames, Draft, Names, PendingName
from briefing_tui.analysis.actors.facts import ArticleFacts, read_article
from briefing_tui.analysis.actors.nested import add_nested_names
from briefing_tui.analysis.actors.people import add_person_mention
from briefing_tui.analysis.actors.record import add_organisation
from briefing_tui.analysis.actors.spans import (
    qualifier,
    trim,
)
from briefing_tui.analysis.actors.titles import TitleInfo, describe_title, title_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["Draft", "Names", "collect_names", "describe_title", "qualifier"]

INITIALS_SKIP = frozenset({"of", "the", "and", "for", "'s", "’s", "&", "on", "in"})

# --- collecting names ---------------------------------------------------------------


class NameCollector:
    """Turns the document's entities into named mentions of drafts."""

    def __init__(self, facts: ArticleFacts, out: ClassifiedNames) -> None:
        self.facts = facts
        self.doc = facts.doc
        self.lex = facts.lex
        self.gaz = facts.gaz
        self.loose_names = facts.loose_names
        self.full_by_last = facts.full_names.by_last
        self.full_by_first = facts.full_names.by_first
        self.full_gender = facts.full_names.gender
        self.out = out
        self.names = out.names
        self.pending = out.pending
        self.org_acronyms = out.org_acronyms
        self.multiword_owner = out.multiword_owner
        self.guessed = out.guessed
        self.pending_acronyms: list[tuple[str, Span]] = []
        self.merged: dict[str, str] = {}  # merged draft key -> the key it went into

    def merge(self, acronyms: tuple[tuple[str, Span], ...]) -> None:
        """Join the drafts that name one actor."""
        self.pending_acronyms = list(acronyms)
        self._attach_pending()
        self._merge_organisations()
        self._merge_people()

    def _add_organisation(self, span: Span) -> None:
        add_organisation(self.facts, self.out, span)

    def _add_person_mention(
        self,
        draft: Draft,
        name_span: Span,
        mention_start: int,
        gender: str | None,
        info: TitleInfo | None,
    ) -> None:
        add_person_mention(self.facts, draft, name_span, mention_start, gender, info)

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

    def _nearest_full_name(self, item: PendingName) -> str | None:
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
    facts = read_article(doc)
    candidates = collect_candidates(facts)
    classified = classify_candidates(facts, candidates)
    NameCollector(facts, classified).merge(candidates.acronyms)
    add_nested_names(facts, classified)
    return classified.names
