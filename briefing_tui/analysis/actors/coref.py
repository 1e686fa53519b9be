"""Mentions without a name: titles, descriptions and pronouns, resolved to named actors.

One left-to-right walk over the document keeps the most recent mentions in a
short window; each description ("the US president", "the ministry") or
pronoun ("he", "its") is resolved against that window only, so the work is
linear in the length of the text. What the window cannot settle is left alone.
"""

from __future__ import annotations

from collections import Counter, deque
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.ages import age_description, people_of_age
from briefing_tui.analysis.actors.apposition import outer_person_noun, person_nouns
from briefing_tui.analysis.actors.businesses import (
    called,
    called_other_body,
    is_agency,
    is_business,
)
from briefing_tui.analysis.actors.gender import noun_gender
from briefing_tui.analysis.actors.geography import SETTLEMENT_NOUNS
from briefing_tui.analysis.actors.lexicon import gazetteer, lexicon, load_words
from briefing_tui.analysis.actors.names import Draft, Names, describe_title, qualifier
from briefing_tui.analysis.actors.paragraphs import paragraph_of_tokens
from briefing_tui.analysis.actors.parties import party_families, party_heads
from briefing_tui.analysis.actors.people import AFFILIATION_PREPS
from briefing_tui.analysis.actors.personal import (
    DEFINITE,
    PersonalPronouns,
    Ref,
)
from briefing_tui.analysis.actors.predicates import Predications, changed_holder
from briefing_tui.analysis.actors.profiles import (
    Description,
    Profile,
    fitting,
    nobody_carries,
    profile_of,
    read_description,
    title_times,
)
from briefing_tui.analysis.actors.regions import RegionMention, region_for
from briefing_tui.analysis.actors.relatives import kinship_nouns, same_relative_nouns
from briefing_tui.analysis.actors.rival_owners import rival_owner, thing_between
from briefing_tui.analysis.actors.spans import country_of_token_span
from briefing_tui.analysis.actors.spokespeople import reporting_subject, speakers_organisation
from briefing_tui.analysis.actors.squads import is_team_name, other_team
from briefing_tui.analysis.actors.teams import score_tokens
from briefing_tui.analysis.actors.titles import full_title
from briefing_tui.analysis.doctext import char_bounds, doc_words, lemma_positions, text_positions
from briefing_tui.analysis.sentences import sentence_starts
from briefing_tui.analysis.syntax import NOMINAL_SUBJECT_DEPS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

#: How many recent mentions a pronoun or description may look back over.
WINDOW_MENTIONS = 40
#: How many sentences back "the country" or "the ministry" may reach.
DESCRIPTION_SENTENCES = 5
#: How many sentences back, in its paragraph or the one before, "the 61-year-old
#: Republican" may look for the one person it tells something new of.
NEW_DESCRIPTION_SENTENCES = 4
#: How many sentences back "they said" may look for the group that spoke last.
SPEAKER_SENTENCES = 4
#: How many sentences back "the newspaper" may reach for the medium the article names.
MEDIA_SENTENCES = 12
GENERIC_ORG_NOUNS = frozenset({"organization", "organisation", "company", "firm", "agency"})
#: Generic nouns for a business: they stand for no public body.
BUSINESS_NOUNS = frozenset({"company", "firm"})
#: Generic nouns for a body that, as the subject of what a person reports ("Ann Lee, Acme's
#: president, said the group would appeal"), stand for the one organisation that person is of
REPORTED_GROUP_NOUNS = frozenset({"group", "organisation", "organization"})
#: Head words of public bodies and associations, beside the offices of ``unnamed_orgs``.
PUBLIC_BODY_HEADS = frozenset(
    {
        "administration",
        "council",
        "committee",
        "commission",
        "authority",
        "board",
        "assembly",
        "senate",
        "congress",
        "university",
        "college",
        "school",
        "union",
        "association",
        "party",
        "church",
        "foundation",
        "institute",
    }
)
#: Titles that name a family of offices rather than one office: "the lawmaker" may be the
#: senator the article named, "the president" is only the president.
GENERIC_TITLES = frozenset({"lawmaker", "legislator", "leader", "chief", "official"})
#: Nouns for a lawyer: "his attorney" is the one lawyer the article names.
LAWYER_NOUNS = frozenset({"lawyer", "attorney", "counsel"})
#: Title families (``titles.tsv``) of offices outside government and sport: "we" in the
#: words of a chief executive or a professor is never their country (a coach's is the team).
PRIVATE_TITLE_FAMILIES = frozenset({"chair", "academic", "editor", "religious", "judge"})
#: The title family (``titles.tsv``) of those who speak for an office.
SPOKES = "spokesperson"
#: Prepositions of time or circumstance, whose plural object is no rival for "they".
CIRCUMSTANCE_PREPS = frozenset({"after", "before", "during", "despite", "amid", "until"})
#: The title family (``titles.tsv``) of a team's coach: their "we" is the team.
COACH = "coach"
#: Qualifiers that name another holder of a noun than its present one ("the former judge").
TIME_WORDS = frozenset({"former", "retired", "ex", "late", "outgoing", "onetime"})
#: Verbs that give a body its name after a noun for it ("a coalition called Safe Streets").
NAMING_VERBS = frozenset({"call", "name", "dub"})
#: Nouns for an area that holds several places or lands: as the field a superlative or
#: "every" ranges over ("the highest rate in the region", "the region's largest producer",
#: "every hostage-taker in the region") it is the area around, never one land named before.
WIDE_AREA_NOUNS = frozenset({"region"})
#: Determiners that range over every member of a field ("every hostage-taker in the region").
EVERY_WORDS = frozenset({"every", "all", "each", "any"})
#: Prepositions that set a field for a superlative ("the highest in the region").
FIELD_PREPS = frozenset({"in", "across", "throughout"})
#: How many first letters of a noun a word of a name must share to be that noun ("defence"
#: and "Defense", "labour" and "Labor", "election" and "Electoral").
STEM_LETTERS = 4
#: Nouns for a team or club a description may name it by in a report of sport.
SIDE_NOUNS = frozenset({"team", "squad", "club", "side"})
#: Words "the team" may take before it and stay the whole team ("the entire team").
WHOLE_WORDS = frozenset({"entire", "whole"})
#: Nouns for a team that "the team" in a coach's or player's words may stand for.
TEAM_NOUNS = frozenset({"team", "squad"})
#: Entity labels of amounts ("500 miles", "two weeks", "$5 million"): no plural among them
#: is anyone "they" could be.
MEASURE_ENTITIES = frozenset({"QUANTITY", "DATE", "TIME", "MONEY", "PERCENT"})
#: Verbs whose subject "it" is usually empty ("it is clear", "it seems", "it rained").
NON_REFERRING_IT_HEADS = frozenset(
    {"be", "seem", "appear", "rain", "snow", "take", "matter", "happen"}
)


#: The tags of the nouns ``Resolver._description_candidate`` may take.
_CANDIDATE_TAGS = frozenset({"NN", "NNP", "NNS"})


class Resolver(PersonalPronouns, Predications):
    """Adds title, description and pronoun mentions to the drafts of a document."""

    def __init__(self, doc: Doc, names: Names) -> None:
        self.doc = doc
        self.names = names
        self.lex = lexicon()
        self.gaz = gazetteer()
        self.pronouns = self.lex.pronouns
        self.unnamed_heads = self.lex.unnamed_heads
        self.official_nouns = load_words("official_nouns.txt")
        self.statement_nouns = load_words("statement_nouns.txt")
        self.sent_starts = list(sentence_starts(doc))
        self.covered = bytearray(len(doc))
        self.events: list[tuple[int, int, str]] = []  # (first token, head token, key)
        for draft in names.drafts.values():
            for mention, head in zip(draft.mentions, draft.heads, strict=True):
                bounds = char_bounds(doc, mention.start, mention.end)  # alignment "expand"
                if bounds is None:
                    continue
                start, end = bounds
                self.covered[start:end] = b"\x01" * (end - start)
                self.events.append((start, head, draft.key))
        self.events.sort()
        self.key_at_head = {head: key for _, head, key in self.events}
        #: named mentions of regions (states, provinces), by first token: what "the state" is
        self.regions = [
            (first, RegionMention(self.sent_of(head), key))
            for first, head, key in self.events
            if key.startswith("place:") and self.gaz.is_region(names.drafts[key].name)
        ]
        self.quote_of, self.quote_spans, self.candidates, self.pronoun_tokens = self._survey()
        self.paragraph_of = paragraph_of_tokens(doc)
        self.name_words: dict[str, frozenset[str]] = {}
        self.speakers: dict[int, str] = {}
        self._pronoun_key: dict[int, str] = {}  # pronouns resolved so far, by token
        #: people a noun names without naming who ("a judge"), in text order: rivals of "he"
        self.rivals: list[Ref] = []
        self.person_nouns = person_nouns()
        for _, head, key in self.events:
            self._note_speaker(head, key)
        self.name_only: set[str] = set()  # people whose gender only their first name shows
        self.ages = people_of_age(
            (key, doc[head]) for _, head, key in self.events if names.drafts[key].kind == "person"
        )
        self.gender = self._known_genders()
        self._profiles: dict[str, Profile] | None = None
        self._is_sport: bool | None = None

    def _survey(self) -> tuple[list[int], list[tuple[int, int]], list[int], list[int]]:
        """One pass over the tokens: quotations, and the pronouns and nouns worth resolving."""
        doc = self.doc
        words = doc_words(doc)
        quotes = _QuoteTracker(doc)
        candidates: list[int] = []
        pronoun_tokens: list[int] = []
        for i, text in enumerate(words.texts):
            quotes.feed(i, text, words.breaks[i])
            if self.covered[i]:
                continue
            if words.lowers[i] in self.pronouns:
                candidates.append(i)
                pronoun_tokens.append(i)
            # a Token only for a word either test can take: a noun's tag, or "old"
            elif words.tags[i] in _CANDIDATE_TAGS or words.lowers[i] == "old":
                token = doc[i]
                if self._description_candidate(token) or age_description(token) is not None:
                    candidates.append(i)
        holder, spans = quotes.finish()
        return holder, spans, candidates, pronoun_tokens

    def _description_candidate(self, token: Token) -> bool:
        """A noun that may describe a named actor: "the ministry", a bare "officials"."""
        if token.tag_ in ("NN", "NNP"):
            return token.dep_ != "compound"
        return token.tag_ == "NNS" and token.lemma_.lower() in self.official_nouns

    def _note_speaker(self, head: int, key: str) -> None:
        """Remember who speaks in a sentence: a speech verb's subject outside quotation marks."""
        token = self.doc[head]
        outside = self.quote_of[head] < 0
        if token.dep_ == "appos" and token.head.i < token.i:
            token = token.head  # "The director, Ann Lee, said"
        elif (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lower_ in self.lex.title_words
        ):
            token = token.head.head  # "Governor of Oregon Ann Lee said": the title is parsed
            # as the subject, the name as its object
        elif (
            token.dep_ in ("poss", "compound")
            and token.head.lemma_.lower() in self.statement_nouns
            and token.head.dep_ in NOMINAL_SUBJECT_DEPS
        ):
            token = token.head  # "Cole's statement added", "the Acme statement said"
        if token.dep_ in NOMINAL_SUBJECT_DEPS and outside and self._speech_head(token.head):
            self.speakers.setdefault(self.sent_of(head), key)

    def _speech_head(self, verb: Token) -> bool:
        """A verb of speech, or one whose object is a statement ("issued a statement")."""
        if verb.lemma_.lower() in self.lex.speech_verbs:
            return True
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.statement_nouns for c in verb.children
        )

    def resolve(self) -> None:
        """Walk the document once, attaching descriptions and pronouns to actors."""
        recent: deque[Ref] = deque(maxlen=WINDOW_MENTIONS)
        events, next_event = self.events, 0
        doc = self.doc
        for index in self.candidates:
            token = doc[index]
            while next_event < len(events) and events[next_event][0] <= index:
                _, head, key = events[next_event]
                recent.append(self._ref(head, key))
                next_event += 1
            lower = token.lower_
            if lower in self.pronouns:
                key = self._resolve_pronoun(token, recent)
                if key:
                    self.names.drafts[key].add(
                        token.idx, token.idx + len(token), token.text, "pronoun", token.i
                    )
                    recent.append(self._ref(token.i, key))
                    self._pronoun_key[token.i] = key
                    self._note_speaker(token.i, key)
            else:
                key = self._resolve_description(token, recent)
                if key:
                    recent.append(self._ref(token.i, key))
                    self._note_speaker(token.i, key)  # "The ministry said ..."
                elif self._rival(token):
                    self.rivals.append(self._ref(token.i, f"?{token.i}"))
                    gender = noun_gender(token.lemma_) or self._title_gender(token.i)
                    if gender is not None:
                        self.gender[f"?{token.i}"] = gender

    def _ref(self, head: int, key: str) -> Ref:
        token = self.doc[head]
        listed = token.dep_ == "conj" or any(child.dep_ == "conj" for child in token.children)
        subject = token.dep_ in NOMINAL_SUBJECT_DEPS or (
            token.dep_ in ("appos", "conj") and token.head.dep_ in NOMINAL_SUBJECT_DEPS
        )  # "The director, Ann Lee, said"; "Ann Lee and Tom Hale met"
        return Ref(self.sent_of(head), head, key, subject, listed, token.head.i)

    # pronouns
    def _resolve_pronoun(self, token: Token, recent: deque[Ref]) -> str | None:
        cls = self.pronouns[token.lower_]
        if cls in ("i", "we"):
            return self._resolve_speaker(token, cls)
        if cls in ("m", "f"):
            if self._either_gender(token):
                return None  # "lose his or her job": anyone, no person of the article
            key = self._resolve_personal(token, cls, recent)
            return key if key is not None else self._continuing_speaker(token, cls, recent)
        return self._resolve_collective(token, cls, recent)

    def _continuing_speaker(self, token: Token, cls: str, recent: deque[Ref]) -> str | None:
        """The person who spoke last, for a "He added" or "She said" opening a sentence after
        that person's words in its paragraph or the one before, when that person's gender is
        known to be the pronoun's and no other person is named outside quotation marks in
        between."""
        if token.dep_ != "nsubj" or not token.is_sent_start or self.quote_of[token.i] >= 0:
            return None
        if token.head.lemma_.lower() not in self.lex.speech_verbs:
            return None
        sent = self.sent_of(token.i)
        for back in range(1, SPEAKER_SENTENCES + 1):
            key = self.speakers.get(sent - back)
            if key is not None:
                break
        else:
            return None
        if self.paragraph_of[token.i] - self.paragraph_of[self.sent_starts[sent - back]] > 1:
            return None  # the quote is two paragraphs back or more: too far to go on from
        if self.names.drafts[key].kind != "person" or self.gender.get(key) != cls:
            return None
        others = [*recent, *self.rivals]
        if any(
            sent - back <= r.sent and r.key != key and self.quote_of[r.token] < 0
            for r in others
            if r.token < token.i
            and (r.key.startswith("?") or self.names.drafts[r.key].kind == "person")
        ):
            return None  # "Lee said ... Hale, his rival, disagreed. He added": not Lee alone
        return key

    def _either_gender(self, token: Token) -> bool:
        """Whether a "he" or "her" is paired by "or" or "/" with a pronoun of the other gender
        ("his or her", "he or she", "him/her"): a generic person."""
        doc, cls = self.doc, self.pronouns[token.lower_]
        near = [doc[i] for i in (token.i - 2, token.i + 2) if 0 <= i < len(doc)]
        return any(
            self.pronouns.get(other.lower_) in ("m", "f")
            and self.pronouns.get(other.lower_) != cls
            and doc[(other.i + token.i) // 2].lower_ in ("or", "/")
            for other in near
        )

    def _resolve_speaker(self, token: Token, cls: str) -> str | None:
        """An "I" or "we" inside a quotation is its speaker ("we" when that is not a person)."""
        if cls == "we" and _partitive(token):
            return None  # "many of us": people in general, not the speaker's organisation
        key = self._quote_speaker(token.i, self.sent_of(token.i))
        if key is None:
            return None
        speaker = self.names.drafts[key]
        is_person = speaker.kind == "person"
        public = speaker.family not in PRIVATE_TITLE_FAMILIES
        country = f"country:{speaker.country}" if speaker.country and public else None
        if is_person and cls == "we" and speaker.title and country in self.names.drafts:
            return country  # "we" of a president or minister is the country before any school
        if is_person and cls == "we":
            for head in speaker.affiliations:
                # "we" in the words of Acme's spokesman is Acme
                group = self.key_at_head.get(head)
                if group is None or self._office_word(group):
                    continue  # "Attorney" cut out of "Arizona Attorney General Rosa Delgado"
                if self._portfolio_word(head, group):
                    continue  # "Commerce" cut out of "Commerce Minister Ann Lee"
                if self.names.drafts[group].kind in ("organisation", "group"):
                    return group  # not a country cut out of "Iraq and Afghanistan Veterans"
        if is_person and cls == "we":
            group = self._noun_affiliation(speaker)
            if group is not None:
                return group  # "we" in the words of "team member Ann Lee" is the team
        if is_person and cls == "we" and country is not None:
            # "we" in the words of a country's president or minister is that country (not
            # of the "CEO of Iraq" a name cut in two made of a veterans' group's chief)
            return country if country in self.names.drafts else None
        return key if is_person == (cls == "i") else None

    def _office_word(self, key: str) -> bool:
        """Whether an actor's name is one word for a person or an office ("Attorney",
        "Secretary"): a piece of a title the model cut off, no body anyone speaks for."""
        words = self.names.drafts[key].name.lower().split()
        return len(words) == 1 and (
            words[0] in self.person_nouns or words[0] in self.lex.title_words
        )

    def _portfolio_word(self, head: int, key: str) -> bool:
        """Whether an actor of one word stands right before a title word ("Commerce" of
        "Commerce Minister Ann Lee"): a minister's portfolio the model cut off, no body."""
        doc = self.doc
        return (
            len(self.names.drafts[key].name.split()) == 1
            and head + 1 < len(doc)
            and doc[head + 1].lower_ in self.lex.title_words
        )

    def _noun_affiliation(self, speaker: Draft) -> str | None:
        """The organisation a person's name is written with by its head noun ("team member
        Ann Lee", "union leader Tom Hale"): the one named last before that mention whose
        name ends in that noun."""
        heads = self.lex.org_heads | self.unnamed_heads
        for mention, head in zip(speaker.mentions, speaker.heads, strict=True):
            if mention.kind != "name":
                continue
            token = self.doc[head]
            if token.dep_ == "appos" and token.head.i < token.i:
                # "The Green Party's co-leader, Ann Lee,": the owner of the title before
                title = token.head
                for child in self.doc[title.left_edge.i : title.i]:
                    owner = self.key_at_head.get(child.i) if child.dep_ == "poss" else None
                    if owner is not None and self.names.drafts[owner].kind == "organisation":
                        return owner
            group = self._apposed_office_owner(token)
            if group is not None:
                return group  # "Tom Hale, the Acme spokesman,"
            nouns = [
                t
                for t in token.subtree
                if t.i < token.i and t.is_lower and t.pos_ == "NOUN" and t.lemma_ in heads
            ]
            for noun in nouns:
                key = self._latest_so_named(noun.lemma_, mention.start)
                if key is not None:
                    return key
        return None

    def _apposed_office_owner(self, token: Token) -> str | None:
        """The organisation named inside an office set after a person's name: "Tom Hale, the
        Acme Airlines spokesman," (its name written before the office noun)."""
        for office in token.children:
            if office.dep_ != "appos" or office.i < token.i:
                continue
            if office.lemma_.lower() not in self.person_nouns:
                continue
            if any(c.dep_ == "prep" and c.lower_ in AFFILIATION_PREPS for c in office.children):
                continue  # "House editor for the Report": the employer is the one after "for"
            for word in self.doc[office.left_edge.i : office.i]:
                key = self.key_at_head.get(word.i)
                if key is not None and self.names.drafts[key].kind == "organisation":
                    return key
        return None

    def _latest_so_named(self, lemma: str, before: int) -> str | None:
        """The organisation whose name, ending in ``lemma``, is written last before ``before``."""
        best: tuple[int, str] | None = None
        for key, draft in self.names.drafts.items():
            if draft.kind != "organisation":
                continue
            for m in draft.mentions:
                if (
                    m.start < before
                    and _ends_in(m.text, lemma)
                    and (best is None or m.start > best[0])
                ):
                    best = (m.start, key)
        return best[1] if best else None

    def _resolve_collective(self, token: Token, cls: str, recent: deque[Ref]) -> str | None:
        """An "its" or "they" is the nearest organisation, country or group the grammar allows."""
        sent = self.sent_of(token.i)
        drafts = self.names.drafts
        if cls == "it" and not self._referring_it(token):
            return None
        if cls in ("it", "pl") and self._speaks(token):
            if cls == "it":
                same = self._speaker_before_in_sentence(token, sent, recent)
                if same is not None:
                    return same  # "Acme said ..., although it cautioned that ..."
            return self._previous_group_speaker(sent, cls)
        if cls == "pl" and self._against_we(token):
            return None  # '"If we say no, they will go elsewhere"': not the group before
        if cls == "pl":
            body = self._reported_by_spokesperson(token)
            if body is not None:
                return body  # "Ann Lee, for Acme, says they are looking at it"
        reflexive = token.lower_.endswith(("self", "selves"))
        excluded = self._bound_keys(token, recent) if token.dep_ != "poss" and not reflexive else ()
        for ref in reversed(recent):
            if sent - ref.sent > 1:
                return None
            if ref.key in excluded:
                return None  # "Acme did not choose them", "the union that represents them"
            if (
                cls == "it"
                and ref.sent != sent
                and not token.is_sent_start
                and token.head.lemma_.lower() not in self.lex.speech_verbs
            ):
                return None  # back a sentence only as a speaker or opening it: "It added ..."
            draft = drafts[ref.key]
            if draft.kind == "person":
                if cls == "pl" and not self._passed_person(token, ref, sent):
                    return None  # "they" after a person is more likely people than an institution
                continue
            if draft.key.startswith("place:"):
                if cls == "n" and ref.sent == sent and not _located(self.doc[ref.token]):
                    return None  # "sued the state over its law": the place may own it
                continue
            if cls == "it" and ref.sent == sent and self._it_thing_between(token, ref, recent):
                return None  # "veto the measure the moment it reaches my desk"
            side = cls == "it" and ref.sent == sent and self._side_clause_it(token)
            # a team is "they" wherever the sentence before names it, not only as a subject,
            # when no other plural stands in that sentence ("Fans greeted the team. They sang")
            team = (
                cls == "pl"
                and draft.kind == "organisation"
                and is_team_name(draft.name)
                and not self._plural_between(self.sent_starts[ref.sent] - 1, token.i)
            )
            if (ref.sent != sent if cls == "n" else not ref.subject) and not side and not team:
                # "its" points within its sentence; "they" and "it" to a subject, or "it" in
                # a side clause to the one named before it ("outside Acme after it closed")
                return None
            if cls in ("it", "n") and draft.kind == "group":
                return None  # "Americans" is "they", never "it" or "its"
            if cls == "pl" and ref.listed:
                return None  # "Acme and Beta said ... They": both, not one of them
            if self._plural_between(ref.token, token.i) if cls == "pl" else False:
                return None
            if cls == "n" and ref.key.startswith("country:") and _located(self.doc[ref.token]):
                continue  # "cut jobs in Germany as sales of its cars fall": a place, no owner
            if cls == "n" and self._modifies_person(ref.token):
                continue  # "U.S. District Judge Ann Lee said the law ... its benefits"
            if cls == "n" and _in_closed_clause(self.doc[ref.token], token):
                continue  # "the union, which represents Acme's staff, said its members"
            if cls == "n" and self._thing_between(ref.token, token):
                return None  # "would veto the measure in its current form": the measure's
            if cls == "n" and self._rival_owner(token, ref, recent):
                return None  # "leaving the government dependent on Acme for its majority"
            return ref.key
        return None

    def _rival_owner(self, token: Token, ref: Ref, recent: deque[Ref]) -> bool:
        """Whether the sentence of an "its" names another body before it (``rival_owner``)."""
        sent = self.sent_of(token.i)
        drafts = self.names.drafts
        seen = {r.token: r.key for r in recent if r.sent == sent}
        bodies = [
            r.token
            for r in recent
            if r.sent == sent and drafts[r.key].kind in ("organisation", "country")
        ]

        def key_of(index: int) -> str | None:
            return seen.get(index) or self.key_at_head.get(index)

        def aside(word: Token) -> bool:
            # "the union, which represents Acme's staff, said its", "cut jobs in Germany as
            # sales of its cars fall"
            return _in_closed_clause(word, token) or _located(word)

        body_nouns = self.lex.org_heads | frozenset(self.lex.descriptions)
        return rival_owner(token, ref.token, ref.key, body_nouns, key_of, bodies, aside)

    def _it_thing_between(self, token: Token, ref: Ref, recent: deque[Ref]) -> bool:
        """Whether a noun for a thing stands between the actor and an "it" (``thing_between``)."""
        seen = {r.token: r.key for r in recent}

        def key_of(index: int) -> str | None:
            return seen.get(index) or self.key_at_head.get(index)

        return thing_between(token, ref.token, key_of, self.person_nouns, self.statement_nouns)

    def _thing_between(self, start: int, token: Token) -> bool:
        """Whether an "its" in a phrase ("in its current form") hangs on a definite common
        noun for a thing, or on a verb whose object is one, written after the actor ``start``: the
        thing may own what "its" names ("veto the measure in its current form")."""
        owner = token.head
        prep = owner.head
        if owner.i == token.i or prep.dep_ != "prep" or prep.i == owner.i:
            return False
        holder = prep.head
        nouns = [holder] if holder.pos_ == "NOUN" else []
        if holder.pos_ in ("VERB", "AUX"):
            nouns += [c for c in holder.children if c.dep_ == "dobj"]
        return any(
            start < noun.i < token.i
            and noun.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
            and noun.lemma_.lower() not in self.person_nouns
            and noun.lemma_.lower() not in self.lex.descriptions
            and noun.lemma_.lower() not in self.lex.org_heads
            and self.key_at_head.get(noun.i) is None
            for noun in nouns
        )

    def _reported_by_spokesperson(self, token: Token) -> str | None:
        """The organisation a "they" in reported speech stands for when the person reporting
        it speaks for exactly one organisation ("Ann Lee, a spokeswoman for Acme, said they
        would appeal"); None otherwise, and inside quotation marks."""
        if token.dep_ != "nsubj" or self.quote_of[token.i] >= 0:
            return None
        clause = token.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in self.lex.speech_verbs:
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        person = self.key_at_head.get(subjects[0].i) if len(subjects) == 1 else None
        if person is None and len(subjects) == 1:
            # "Acme's president, Ann Lee, said the group would ...": the name beside the title
            named = [c.i for c in subjects[0].children if c.dep_ == "appos"]
            person = self.key_at_head.get(named[0]) if len(named) == 1 else None
        if person is None or self.names.drafts[person].kind != "person":
            return None
        owners = [c.i for c in subjects[0].children if c.dep_ == "poss"]  # "Acme's president"
        bodies = {
            key
            for head in [*self.names.drafts[person].affiliations, *owners]
            if (key := self.key_at_head.get(head)) is not None
            and self.names.drafts[key].kind == "organisation"
        }
        return bodies.pop() if len(bodies) == 1 else None

    def _against_we(self, token: Token) -> bool:
        """Whether a "they" is set against a "we" in the same quoted sentence: the speaker's
        side is "we", and "they" the other side, which the words before do not show."""
        quote = self.quote_of[token.i]
        if quote < 0:
            return False
        sent = token.sent
        return any(
            self.quote_of[t.i] == quote and self.pronouns.get(t.lower_) == "we"
            for t in sent
            if t.i != token.i
        )

    def _modifies_person(self, index: int) -> bool:
        """Whether a name only modifies a person's title or name ("U.S." in "U.S. District
        Judge Ann Lee"): it is no owner an "its" can point to."""
        word = self.doc[index]
        if word.dep_ != "compound":
            return False
        while word.dep_ == "compound" and word.head.i != word.i:
            word = word.head
        key = self.key_at_head.get(word.i)
        return key is not None and self.names.drafts[key].kind == "person"

    def _passed_person(self, token: Token, ref: Ref, sent: int) -> bool:
        """Whether a possessive "their" may look past one person named in its sentence, not
        in a list, to the organisation before ("Acme gave Lee the option to join their
        team"): one person is not "their"."""
        return token.dep_ == "poss" and ref.sent == sent and not ref.listed

    @staticmethod
    def _side_clause_it(token: Token) -> bool:
        """ "it" as subject of a side clause whose main clause has no singular subject that
        could be "it" ("People protested outside Acme after it closed")."""
        if token.head.dep_ != "advcl":
            return False
        if any(c.dep_ == "mark" and c.lower_ in ("than", "as") for c in token.head.children):
            return False  # "$8,000 more than it costs now": a comparison, not the actor
        main = token.head.head
        subjects = [c for c in main.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        return all(c.tag_ in ("NNS", "NNPS", "PRP") for c in subjects)

    def _speaks(self, token: Token) -> bool:
        """Whether the pronoun is the subject of a verb of speech ("They also claimed"), not
        of a passive one ("They were denied visas")."""
        return (
            token.dep_ == "nsubj"
            and token.head.lemma_.lower() in self.lex.speech_verbs
            and self.quote_of[token.i] < 0
        )

    def _previous_group_speaker(self, sent: int, cls: str) -> str | None:
        """The organisation, country or group that spoke last, a few sentences back at most;
        None when a person spoke last, or when a group ("Aid groups say") did and the pronoun
        is "it"."""
        for back in range(1, SPEAKER_SENTENCES + 1):
            key = self.speakers.get(sent - back)
            if key is not None:
                draft = self.names.drafts[key]
                no_body = draft.kind == "person" or key.startswith("place:")
                return None if no_body or (cls == "it" and draft.kind == "group") else key
        return None

    def _speaker_before_in_sentence(
        self, token: Token, sent: int, recent: deque[Ref]
    ) -> str | None:
        """The organisation or country that speaks earlier in the sentence of a speaking "it"
        ("The Red Cross said ..., although it cautioned that ..."), when no other actor but
        a place is named between them; else None."""
        key = self.speakers.get(sent)
        if key is None or self.names.drafts[key].kind not in ("organisation", "country"):
            return None
        before = [r for r in recent if r.sent == sent and r.token < token.i]
        own = [r for r in before if r.key == key and r.subject]
        if not own:
            return None
        others = {
            r.key
            for r in before
            if r.token > own[-1].token and r.key != key and not r.key.startswith("place:")
        }
        return None if others else key

    @staticmethod
    def _referring_it(token: Token) -> bool:
        """A subject "it" that can name an actor: not "it is time", "it seems", "it rained",
        nor a passive one before a clause ("it became known that ...", "it was said that")."""
        head = token.head
        extraposed = token.dep_ == "nsubjpass" and any(
            c.dep_ in ("ccomp", "csubj", "xcomp") for c in head.children
        )
        return (
            token.dep_ in NOMINAL_SUBJECT_DEPS
            and head.lemma_.lower() not in NON_REFERRING_IT_HEADS
            and not extraposed
        )

    def _plural_between(self, start: int, end: int) -> bool:
        """Whether a plural noun that could be "they" stands between an actor and it (not
        one of time or circumstance: "arrived after many difficulties. They ...", nor an
        amount: "travelled 500 miles from Cusco, their home")."""
        return any(
            t.tag_ in ("NNS", "NNPS")
            and t.dep_ in NOMINAL_SUBJECT_DEPS | {"dobj", "pobj"}
            and not (t.dep_ == "pobj" and t.head.lower_ in CIRCUMSTANCE_PREPS)
            and t.ent_type_ not in MEASURE_ENTITIES
            for t in self.doc[start + 1 : end]
        )

    # descriptions
    def _resolve_description(self, token: Token, recent: deque[Ref]) -> str | None:
        age = age_description(token)
        if age is not None:
            # "the 45-year-old": the one person given that age, none when two or nobody is
            people = self.ages.get(age, set())
            if len(people) != 1:
                return None
            key = next(iter(people))
            self._add_description(token, key, "description")
            return key
        if token.tag_ == "NNS":
            return self._resolve_officials(token, recent)
        if token.tag_ not in ("NN", "NNP"):
            return None
        determiners = [c for c in token.children if c.dep_ == "det"]
        possessors = [c for c in token.children if c.dep_ == "poss"]
        definite = any(d.lower_ in DEFINITE for d in determiners)
        if token.lemma_.lower() in kinship_nouns() and (possessors or definite):
            key = self._named_relative(token)
            if key is not None:
                self._add_description(token, key, "description")
            return key
        country, _ = qualifier(token, self.gaz)
        if any(p.tag_ == "PRP$" for p in possessors) and not definite:
            linked = self._apposed_name(token)
            if linked is not None:  # "its elite unit, the Sea Guard", "her lawyer, Tom Hale"
                person = self.names.drafts[linked].kind == "person"
                if person != (token.lemma_.lower() in self.person_nouns):
                    return None
                self._add_description(token, linked, "title" if person else "description")
                return linked
            key = self._named_lawyer(token)
            if key is not None:  # "his attorney" after "his lawyer, Tom Hale"
                self._add_description(token, key, "title")
                return key
            # "her party", "their company": only an organisation named with that noun
            # "Ann Lee of the Civic Alliance ... her party": the party or bloc of the person
            # its "her" stands for, before the party named last
            key = self._persons_own_body(token)
            if key is None:
                key = self._named_by_head(token.lemma_.lower(), token, recent)
            if key is None and self.lex.descriptions.get(token.lemma_.lower()) == "country":
                owner = self._owner_of(token)  # '"our country"', its "our" the minister's
                if owner is not None and owner.startswith("country:"):
                    self._add_description(token, owner, "description")
                    return owner
            if key is not None and self.names.drafts[key].kind == "organisation":
                self._add_description(token, key, "description")
                return key
            return None
        indefinite = any(d.lower_ in ("a", "an") for d in determiners)
        if indefinite and token.dep_ == "appos" and token.head.i < token.i:
            # "Ann Lee, an Australian lawyer, said": an apposition after a name is that actor
            linked = self.key_at_head.get(token.head.i)
            kind = self.names.drafts[linked].kind if linked is not None else None
            if linked is not None and kind in ("person", "organisation"):
                # "Acme, a Boston firm,": an organisation's too
                self._add_description(token, linked, "title" if kind == "person" else "description")
                return linked
        if indefinite and token.lemma_.lower() in self.person_nouns:
            linked = self._named_after(token)
            if linked is not None:
                self._add_description(token, linked, "title")  # "a Boston lawyer, Ann Lee,"
                return linked
        if indefinite and token.lemma_.lower() in self.lex.org_heads:
            linked = self._body_named_after(token)
            if linked is not None:
                # "a coalition of parents' groups called Safe Streets", "a coalition of
                # fishing groups, the River Alliance,": a later "the coalition" is it
                self._add_description(token, linked, "description")
                return linked
        if determiners and not possessors:
            key = self._predicate_of(token) or self._conjoined_predicate(token)
            if key is not None:
                self._add_description(token, key, "description")  # "Lee was an artist"
                return key
        if not determiners and not possessors and country and self._bare_office(token):
            # "rescued by Malaysian navy", "Greek court rules": an office named by its
            # country's adjective alone, written without an article
            return self._unnamed_organisation(token, country)
        if not definite and not (possessors and country):
            linked = self._apposed_name(token) if possessors else None
            if linked is None and possessors:
                linked = self._named_lawyer(token)  # "Lee's attorney"
                if linked is not None:
                    self._add_description(token, linked, "title")
                return linked
            if linked is None:
                return None
            # "the Irish team's coach, Liam Byrne,": a possessor makes it definite; a noun
            # for a person only beside a person's name ("the nation's first governor" is
            # not a party's, nor "Editor's note" a person's)
            person = self.names.drafts[linked].kind == "person"
            if person != (token.lemma_.lower() in self.person_nouns):
                return None
            self._add_description(token, linked, "title" if person else "description")
            return linked
        linked = self._apposed_name(token)
        if linked is not None:
            if not self._fits_place_noun(token.lemma_.lower(), linked):
                return None  # "the state Senate", parsed as "the state" beside "Senate"
            person = self.names.drafts[linked].kind == "person"
            self._add_description(token, linked, "title" if person else "description")
            return linked
        if token.lemma_.lower() in self.lex.org_heads:
            linked = self._body_named_after(token)
            if linked is not None:  # "the elite group called the Sea Guard"
                self._add_description(token, linked, "description")
                return linked
        described = read_description(token, self.person_nouns, self.lex.titles)
        if described is not None and (country is None or not described.noun):
            # "the 61-year-old Republican", "the Vermont senator": the one person the
            # article gives every attribute; untied when none or two have them all
            key = self._described_person(token, described)
            if key is None:
                key = self._newly_described(token, described, recent)
            if key is not None or described.age or described.party or described.places:
                if key is not None:
                    self._add_description(token, key, "title")
                return key
            if described.words & TIME_WORDS or described.noun not in self.lex.titles:
                return None  # "the former prosecutor" no plain title may stand for
        key = self._speakers_team(token)
        if key is None:
            key = self._one_team(token, recent)
        if key is not None:
            self._add_description(token, key, "description")
            return key
        words = [
            c.lower_
            for c in token.lefts
            if c.dep_ in ("compound", "amod") and c.lower_ in self.lex.title_words
        ]
        title = describe_title([*words, token.lower_], self.lex)
        lemma = token.lemma_.lower()
        if title and title[0]:
            key = self._predicated_person(token)
            if key is None and not changed_holder(token):
                key = self._person_with_title(title[0], title[1], country, recent, token.idx)
        elif (
            lemma in self.unnamed_heads
            and country
            and not self._named_by_head(lemma, token, recent)
        ):
            key = self._unnamed_organisation(token, country)
            return key
        else:
            key = self._spokespersons_own_body(lemma, token)
            if key is None and self._reporter_of_other_party(lemma, token):
                return None
            if key is None:
                key = self._named_by_head(lemma, token, recent)
            if key is None and lemma in REPORTED_GROUP_NOUNS and _definite_the(token):
                key = self._reported_by_spokesperson(token)  # "Lee, of Acme, said the group"
            if (
                key is None
                and lemma not in GENERIC_ORG_NOUNS  # those go by salience (``_described``)
                and _definite_the(token)
                and not _proper_modifiers(token)
            ):
                key = self._called_before(lemma, token, recent)  # "a group ... the group"
            if key is None and lemma in self.lex.descriptions and not _proper_modifiers(token):
                key = self._described(lemma, self.lex.descriptions[lemma], country, token, recent)
            if key is None and lemma in self.unnamed_heads and _definite_the(token):
                key = self._spokespersons_office(token)
            if key is None:
                return None
        if key:
            self._add_description(token, key, "title" if title and title[0] else "description")
        return key

    def profiles(self) -> dict[str, Profile]:
        """What the article writes beside each person's name (``profiles``), read once."""
        if self._profiles is None:
            self._profiles = {
                key: profile_of(
                    (
                        self.doc[h]
                        for m, h in zip(draft.mentions, draft.heads, strict=True)
                        if m.kind == "name" and 0 <= h < len(self.doc)
                    ),
                    draft.title,
                )
                for key, draft in self.names.drafts.items()
                if draft.kind == "person"
            }
        return self._profiles

    def _described_person(self, token: Token, described: Description) -> str | None:
        """The one person named before ``token`` that a description fits, of a gender its
        noun allows ("the businessman" is no woman)."""
        before = self._named_before(token)
        key = fitting(described, before)
        if key is None or not self._gender_allows(token, key):
            return None
        described.learn(before[key])  # "the 58-year-old Democrat": a Democrat from now on
        return key

    def _named_before(self, token: Token) -> dict[str, Profile]:
        """The profiles of the people named before ``token``."""
        return {
            key: profile
            for key, profile in self.profiles().items()
            if self.names.drafts[key].mentions
            and min(m.start for m in self.names.drafts[key].mentions) < token.idx
        }

    def _gender_allows(self, token: Token, key: str) -> bool:
        """Whether a person noun's gender ("businessman") is no other than the person's."""
        gender = noun_gender(token.lemma_) or self._title_gender(token.i)
        return gender is None or self.gender.get(key) in (None, gender)

    def _newly_described(
        self, token: Token, described: Description, recent: deque[Ref]
    ) -> str | None:
        """ "Gov. Ann Lee said ... The 61-year-old Republican", "Mayor Tom Hale said ... the
        66-year-old mayor": an age or party no person has yet, given the one person
        mentioned in the sentences just before (none other there), who is known to differ
        in nothing it says (and has its noun). A party with a noun ("the Democratic
        candidate") is not told so of someone new."""
        if not (described.age or described.party):
            return None
        if described.noun is not None and (described.party or described.places):
            return None
        profiles = self._named_before(token)
        if not nobody_carries(described, profiles):
            return None
        sent = self.sent_of(token.i)
        paragraph = self.paragraph_of[token.i]
        near = {
            ref.key
            for ref in recent
            if 0 <= sent - ref.sent <= NEW_DESCRIPTION_SENTENCES
            and ref.token < token.i
            and paragraph - self.paragraph_of[ref.token] <= 1
        }
        people = {key for key in near if self.names.drafts[key].kind == "person"}
        rivals = any(0 <= sent - r.sent <= NEW_DESCRIPTION_SENTENCES for r in self.rivals)
        if len(people) != 1 or rivals:
            return None  # "a former aide" named there may be the one described
        key = people.pop()
        if described.conflicts(profiles[key]) or not self._gender_allows(token, key):
            return None
        if described.party is not None and not profiles[key].nouns:
            # "said Oliver Banfield, who directs polling ... The 46-year-old Republican":
            # a party tells something new only of someone the article gives an office or
            # a standing ("Gov. Ann Lee"), not of whoever was named last
            return None
        described.learn(profiles[key])
        return key

    def _named_lawyer(self, token: Token) -> str | None:
        """ "his attorney", "Lee's lawyer": the one person the article names as a lawyer
        (its qualifiers among theirs), who is not the owner; None for any other noun."""
        if token.lemma_.lower() not in LAWYER_NOUNS or token.tag_ != "NN":
            return None
        words = frozenset(
            c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound") and c.is_lower
        )
        described = Description("lawyer", words, None, None, frozenset())
        key = self._described_person(token, described)
        owner = self._owner_of(token)
        if key is None or owner is None or key == owner:
            return None
        return key if owner in self._clients(key) else None

    def _clients(self, key: str) -> set[str]:
        """Whose lawyer the article says a person is: the owners of a lawyer's noun beside
        their name ("his lawyer, Lena Marsh", "Lee's attorney, Lena Marsh")."""
        found = set()
        draft = self.names.drafts[key]
        for mention, head in zip(draft.mentions, draft.heads, strict=True):
            if mention.kind != "name" or not 0 <= head < len(self.doc):
                continue
            word = self.doc[head]
            nouns = [c for c in word.children if c.dep_ == "appos"]
            if word.dep_ == "appos":
                nouns.append(word.head)
            for noun in nouns:
                if noun.lemma_.lower() in LAWYER_NOUNS:
                    client = self._owner_of(noun)
                    if client is not None:
                        found.add(client)
        return found

    def _named_relative(self, token: Token) -> str | None:
        """ "his daughter" after "their child, Gloria": the one person the article names
        with a kinship noun that may name the same relative (the name apposed to this noun
        itself first: "his wife, Maria Vance"); None when it names none or several."""
        here = self._apposed_name(token)
        if here is not None:
            return here if self.names.drafts[here].kind == "person" else None
        wanted = same_relative_nouns(token.lemma_.lower())
        gender = noun_gender(token.lemma_)
        owner = self._owner_of(token)
        found = set()
        for earlier in self.doc[: token.i]:
            if earlier.lemma_.lower() not in wanted:
                continue
            other = self._owner_of(earlier)
            if owner is not None and other is not None and owner != other:
                continue  # "his wife" of another man
            key = self._apposed_name(earlier)
            if key is None or self.names.drafts[key].kind != "person":
                continue
            if gender is not None and self.gender.get(key) not in (None, gender):
                continue
            found.add(key)
        return found.pop() if len(found) == 1 else None

    def _conjoined_predicate(self, token: Token) -> str | None:
        """ "Lee was both a painter and a businesswoman": a noun for a person joined to a
        predicate noun that names a person is that person too."""
        if token.dep_ != "conj" or token.head.dep_ != "attr":
            return None
        key = self._predicate_of(token.head)
        if key is None or self.names.drafts[key].kind != "person":
            return None
        return key if token.lemma_.lower() in self.person_nouns else None

    def _speakers_team(self, token: Token) -> str | None:
        """'"The team was tired," the coach said': a bare "the team" or "the squad" in the
        words of someone whose "we" is a team or club is that one; else None."""
        if token.lower_ not in TEAM_NOUNS or self.quote_of[token.i] < 0:
            return None
        if not _definite_the(token) or any(c.dep_ != "det" for c in token.lefts):
            return None  # not "the Chilean team", "the youth team"
        key = self._resolve_speaker(token, "we")
        if key is None or self.names.drafts[key].kind not in ("organisation", "country"):
            return None
        if is_team_name(self.names.drafts[key].name):
            return key  # "we" in the words of "team member Ann Lee"
        speaker = self._quote_speaker(token.i, self.sent_of(token.i))
        # a coach's "we" is their team or club, named for its country or not; a company's
        # "the team" is some staff of it, no actor
        return key if speaker and self.names.drafts[speaker].family == COACH else None

    def _body_named_after(self, token: Token) -> str | None:
        """The organisation a noun for a body is given as the name of, right after it: in
        apposition ("a coalition, the River Alliance,") or by "called" or "named"."""
        members = [
            obj
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.tag_ == "NNS"
        ]  # "a coalition of fishing groups, the River Alliance,": the name is no group's
        for child in (*token.children, *(c for m in members for c in m.children)):
            names = [child] if child.dep_ == "appos" and child.i > token.i else []
            if child.dep_ == "acl" and child.tag_ != "VBG" and child.lemma_.lower() in NAMING_VERBS:
                names = [c for c in child.children if c.dep_ in ("oprd", "attr", "dobj")]
            for name in names:
                key = self.key_at_head.get(name.i)
                if key is not None and self.names.drafts[key].kind == "organisation":
                    return key
        return None

    def _one_team(self, token: Token, recent: deque[Ref]) -> str | None:
        """ "the team", "the entire squad", "the club" in a report of sport (a score, a
        coach or a team's name): the one organisation named before it that may be a team
        (no agency, business or other kind of body); of several, the one mentioned in its
        paragraph or the one before when no other is; else None."""
        if token.lower_ not in SIDE_NOUNS or any(c.dep_ != "det" for c in token.rights):
            return None
        lefts = list(token.lefts)
        if not lefts or lefts[0].lower_ != "the" or lefts[0].dep_ != "det":
            return None
        if any(c.lower_ not in WHOLE_WORDS for c in lefts[1:]):
            return None  # not "the Chilean team", "the youth team"
        if not self._sport():
            return None
        found = {
            key
            for key, draft in self.names.drafts.items()
            if self._may_be_team(key) and any(m.start < token.idx for m in draft.mentions)
        }
        named = {key for key in found if self._named_team(key)}
        found = named or found  # "the six-member Afghan team" before any other body
        if len(found) > 1:
            paragraph = self.paragraph_of[token.i]
            found = {
                ref.key
                for ref in recent
                if ref.key in found
                and ref.token < token.i
                and 0 <= paragraph - self.paragraph_of[ref.token] <= 1
            }
        if len(found) != 1:
            return None
        key = found.pop()
        # "the Nepali team and the Chilean team ... the squad": a team no actor stands for
        return None if other_team(self.doc, self.names.drafts[key]) else key

    def _sport(self) -> bool:
        """Whether the article reports sport: it gives a score, names a coach or a team."""
        if self._is_sport is None:
            drafts = self.names.drafts.values()
            self._is_sport = (
                bool(score_tokens(self.doc))
                or any(d.kind == "person" and d.family == COACH for d in drafts)
                or any(d.kind == "organisation" and is_team_name(d.name) for d in drafts)
            )
        return self._is_sport

    def _may_be_team(self, key: str) -> bool:
        """An organisation that may be a team: named as one, or shown to be no agency,
        business or other kind of body."""
        draft = self.names.drafts[key]
        if draft.kind != "organisation":
            return False
        if self._named_team(key):
            return True
        return not (is_agency(draft) or self._business(key) or called_other_body(draft))

    def _named_team(self, key: str) -> bool:
        """Whether the article names or calls an organisation a team, squad, club or side."""
        draft = self.names.drafts[key]
        return is_team_name(draft.name) or any(called(draft, noun) for noun in SIDE_NOUNS)

    def _owners_party(self, token: Token) -> str | None:
        """ "her party", its "her" resolved to a person the article writes with one party
        ("Labour's Ann Lee", "Ann Lee of the Green Party"): that party; else None."""
        owner = self._owner_of(token)
        if owner is None or self.names.drafts[owner].kind != "person":
            return None
        person = self.names.drafts[owner]
        heads = list(person.affiliations)
        for head in person.heads:  # "Labour's transport spokeswoman Ann Lee": the title's
            word = self.doc[head]
            heads += [t.i for t in self.doc[word.left_edge.i : head] if t.dep_ == "poss"]
        parties = set()
        for head in heads:
            key = self.key_at_head.get(head)
            if key is None or self.names.drafts[key].kind != "organisation":
                continue
            name = self.names.drafts[key].name
            if name.split()[-1].lower() == "party" or name in party_families():
                parties.add(key)
        return parties.pop() if len(parties) == 1 else None

    def _persons_own_body(self, token: Token) -> str | None:
        """For "her party" whose "her" stands for a person: that person's party (``_owners_party``),
        else the one organisation the person is written with whose name ends in a party's
        head word ("Ann Lee of the Civic Alliance"); else None."""
        if token.lemma_.lower() != "party":
            return None
        owner = self._owner_of(token)
        if owner is None or self.names.drafts[owner].kind != "person":
            return None
        key = self._owners_party(token)
        if key is not None:
            return key
        bodies = {
            body
            for head in self.names.drafts[owner].affiliations
            if (body := self.key_at_head.get(head)) is not None
            and self.names.drafts[body].kind == "organisation"
        }
        if len(bodies) != 1:
            return None
        body = bodies.pop()
        return body if _head_word(self.names.drafts[body].name) in party_heads() else None

    def _reporter_of_other_party(self, lemma: str, token: Token) -> bool:
        """Whether "the party" is in what a person speaking for a body not named "party" is
        reported to say ("Ann Lee, a spokeswoman for the Civic Alliance, said the party would
        appeal"): the party named last may be another, so the description is left alone."""
        if lemma != "party" or not _definite_the(token):
            return False
        subject = reporting_subject(token, self.lex.speech_verbs)
        if subject is None:
            return False
        person = self.key_at_head.get(subject.i) or self._pronoun_key.get(subject.i)
        if person is None or self.names.drafts[person].kind != "person":
            return False
        spokes = frozenset(t for t, title in self.lex.titles.items() if title.family == SPOKES)
        body = speakers_organisation(subject, self.key_at_head, self.names.drafts, spokes)
        bodies = {body} if body is not None else set()
        bodies |= {
            key
            for head in self.names.drafts[person].affiliations
            if (key := self.key_at_head.get(head)) is not None
            and self.names.drafts[key].kind == "organisation"
        }
        return any(
            not _ends_in(self.names.drafts[key].name, lemma)
            and not self._described_as(lemma, self.names.drafts[key])
            and self.names.drafts[key].name not in party_families()
            for key in bodies
        )

    def _owner_of(self, token: Token) -> str | None:
        """The actor a possessor of ``token`` stands for ("his" in "his wife"), if resolved."""
        for child in token.children:
            if child.dep_ == "poss":
                key = self.key_at_head.get(child.i) or self._pronoun_key.get(child.i)
                if key is not None:
                    return key
        return None

    def _bare_office(self, token: Token) -> bool:
        """A singular office noun ("navy", "court") after the country's adjective only."""
        lefts = list(token.lefts)
        return (
            token.tag_ == "NN"
            and token.lemma_.lower() in self.unnamed_heads
            and len(lefts) == 1
            and lefts[0].dep_ == "amod"
            and lefts[0].text[:1].isupper()
        )

    def _resolve_officials(self, token: Token, recent: deque[Ref]) -> str | None:
        """A bare "Officials said" speaks for the one country named in its sentence or the
        one before (a country's officials are the country); with none, or several, it is left
        alone. It never goes to a company or agency: "Acme cut jobs. Officials said ..." may
        be the town's or the state's officials; only a phrase naming the owner ties them to it
        ("company officials": the company "the company" would be)."""
        sent = self.sent_of(token.i)
        modifiers = [c for c in token.children if c.dep_ != "punct"]
        if (
            len(modifiers) == 1
            and modifiers[0].dep_ == "compound"
            and modifiers[0].lower_ in BUSINESS_NOUNS
        ):
            # "company officials said": the officials of the company "the company" would be
            key = self._salient(sent, recent, self._business)
            if key is not None:
                self._add_description(token, key, "description")
            return key
        if any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep") for c in token.children
        ):
            return None
        keys = {
            ref.key
            for ref in recent
            if sent - ref.sent <= 1
            and self.names.drafts[ref.key].kind == "country"
            and not ref.key.startswith("place:")
            and not _credit(self.doc[ref.token])
        }
        if len(keys) != 1:
            return None
        key = keys.pop()
        self._add_description(token, key, "description")
        return key

    def _add_description(self, token: Token, key: str, kind: str) -> None:
        """Record the noun phrase ending at ``token`` as a mention of ``key``, with a common
        noun the parse hung on it right after it ("the match referee", read as "the match"
        and "referee")."""
        start = min([token.i, *(c.left_edge.i for c in token.lefts)])
        end = token.i + 1
        doc = self.doc
        while start < token.i and (doc[start].is_punct or doc[start].is_space):
            start += 1  # '"We will appeal," her spokeswoman said': the quote's mark is not hers
        while (
            end < len(doc)
            and doc[end].head.i == token.i
            and doc[end].dep_ in ("acl", "compound", "appos")
            and doc[end].tag_ == "NN"
            and doc[end].is_lower
        ):
            end += 1
        span = doc[start:end]
        self.names.drafts[key].add(span.start_char, span.end_char, span.text, kind, token.i)

    def _named_by_head(self, lemma: str, token: Token, recent: deque[Ref]) -> str | None:
        """A "the university" after "the University of Vermont": the latest actor so named
        (of the same country, when the description names one: "Spain's news agency"); a
        capitalised one ("the Administration's decision") only as the last word of the name."""
        capitalised = not token.is_lower
        if capitalised and not self._capitalised_description(token):
            return None
        country, _ = qualifier(token, self.gaz)
        proper = _proper_modifiers(token)
        sent = self.sent_of(token.i)

        def so_named(key: str) -> bool:
            draft = self.names.drafts[key]
            if draft.kind != "person" and not capitalised and self._described_as(lemma, draft):
                return True  # "the Liberal Forum, a small opposition party, ... the party"
            words = self._name_words(draft)
            if draft.kind == "person" or lemma not in words or not self._head_like(lemma, draft):
                return False
            if capitalised and not self._last_word_of_name(lemma, draft):
                return False
            if country is None and any(word not in words for word in proper):
                return False  # "the European team" is not "the Afghan team"
            if _other_modifier(token, lemma, draft) or self._foreign_compound(token, draft):
                return False  # "the localist camp" is not "the pro-Beijing camp"
            return country is None or self._of_country(draft, country)

        for ref in reversed(recent):
            if sent - ref.sent > DESCRIPTION_SENTENCES:
                break
            if so_named(ref.key):
                # "the Department of Revenue and the Department of Transport ... the
                # department": two so named in its paragraph or the one before, neither
                if self._rival_near(token, ref.key, recent, so_named):
                    return None
                if _definite_the(token) and self._rival_headed(lemma, token, ref.key):
                    return None
                return ref.key
        if country is None and not proper and _definite_the(token) and not capitalised:
            return self._only_one_so_named(lemma, token)
        if country is None and not proper and not capitalised:
            return self._only_one_with_words(lemma, token)
        return None

    def _described_as(self, lemma: str, draft: Draft) -> bool:
        """Whether the article has called an organisation by the noun ``lemma`` in an
        apposition to its name ("the Liberal Forum, a small opposition party"): a later "the
        party" may be it."""
        doc = self.doc
        return any(
            m.kind == "description"
            and doc[head].lemma_.lower() == lemma
            and doc[head].dep_ == "appos"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in doc[head].children)
            for m, head in zip(draft.mentions, draft.heads, strict=True)
        )

    def _rival_near(
        self, token: Token, key: str, recent: deque[Ref], wanted: Callable[[str], bool]
    ) -> bool:
        """Whether another actor a description may stand for (``wanted``) is mentioned
        before it in its paragraph or the one before, as ``key`` is."""
        paragraph = self.paragraph_of[token.i]
        return any(
            ref.key != key
            and ref.token < token.i
            and 0 <= paragraph - self.paragraph_of[ref.token] <= 1
            and wanted(ref.key)
            for ref in recent
        )

    def _rival_headed(self, lemma: str, token: Token, key: str) -> bool:
        """Whether another organisation named before ``token`` anywhere in the article has
        a name of several words headed by the noun (``_ends_in``): a bare "the bank" after
        "Ostby Bank" and "the Central Bank" may be either, so it is neither (precision
        first); "her party" is left to its owner."""
        for other, draft in self.names.drafts.items():
            if other == key or draft.kind != "organisation" or other.startswith("country:"):
                continue
            if any(
                m.kind == "name"
                and m.start < token.idx
                and _ends_in(m.text, lemma)
                and not any(w.islower() and w not in NAME_LINKS for w in m.text.split())
                for m in draft.mentions
            ):  # a name in capitals throughout: not "Aldport university" read as a name
                return True
        return False

    def _capitalised_description(self, token: Token) -> bool:
        """ "the Administration's", "The Agency said": a capitalised noun right after "the",
        inside a sentence, that begins no longer name ("the Administration Building")."""
        doc = self.doc
        if not token.is_title or token.i < 1 or doc[token.i - 1].lower_ != "the":
            return False
        if any(c.dep_ not in ("det", "case") for c in token.lefts) or token.is_sent_start:
            return False
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return after is None or not (after.is_title or after.lower_ in NAME_LINKS)

    @staticmethod
    def _last_word_of_name(lemma: str, draft: Draft) -> bool:
        """Whether ``lemma`` is the last word of one of the draft's names of several words."""
        texts = [draft.name, *(m.text for m in draft.mentions if m.kind == "name")]
        return any(len(t.split()) > 1 and _head_word(t) == lemma for t in texts)

    def _only_one_so_named(self, lemma: str, token: Token) -> str | None:
        """ "the mosque" far from "the Grand Mosque": the one actor named before ``token``
        whose name ends in that noun, when the article names no other; for a word of a
        place ("the city"), a place the article has already called so counts as named."""
        found = set()
        place_word = self.lex.descriptions.get(lemma) == "place"
        for key, draft in self.names.drafts.items():
            if draft.kind == "person" or key.startswith(("country:", "unnamed:")):
                continue
            if place_word and key.startswith("place:") and called(draft, lemma, token.idx):
                found.add(key)  # "Porto ... the city expects ..." then far below "the city"
                continue
            for m in draft.mentions:
                if m.kind == "name" and m.start < token.idx and _ends_in(m.text, lemma):
                    found.add(key)
                    break
        return found.pop() if len(found) == 1 else None

    def _only_one_with_words(self, lemma: str, token: Token) -> str | None:
        """ "the health ministry" far from "the Ministry of Health", "the central bank" from
        "the Central Bank of Orla": the one organisation named before ``token`` whose name
        holds the noun and every word set before it ("defence" and "Defense" alike), when
        "the" and those words are all that is set before it."""
        lefts = list(token.lefts)
        words = [c for c in lefts if c.dep_ in ("compound", "amod")]
        if not words or len(lefts) != len(words) + 1 or lefts[0].lower_ != "the":
            return None
        if any(not (c.is_lower and c.is_alpha) or c.lower_ in TIME_WORDS for c in words):
            return None
        stems = {lemma[:STEM_LETTERS], *(c.lower_[:STEM_LETTERS] for c in words)}
        if self._owned_by_several(lemma, {c.lower_ for c in words}):
            return None
        found = set()
        for key, draft in self.names.drafts.items():
            if draft.kind != "organisation" or key.startswith("country:"):
                continue  # "Orla's defence ministry" (unnamed) is a rival like any other
            for m in draft.mentions:
                if m.kind != "name" or m.start >= token.idx:
                    continue
                named = {w.lower()[:STEM_LETTERS] for w in m.text.split()}
                if stems <= named and self._head_like(lemma, draft):
                    found.add(key)
                    break
        return found.pop() if len(found) == 1 else None

    def _owned_by_several(self, lemma: str, words: set[str]) -> bool:
        """Whether the article writes the noun with these words for two owners ("Orla's
        defence ministry" and "Tarsk's defence ministry", "the Tarskan defence ministry"):
        then a bare "the defence ministry" may be either."""
        owners = set()
        for i in lemma_positions(self.doc, (lemma,)):
            token = self.doc[i]
            lefts = list(token.lefts)
            if not words <= {c.lower_ for c in lefts}:
                continue
            owner = frozenset(
                c.lower_
                for c in lefts
                if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and not c.is_lower)
            )
            if owner:
                owners.add(owner)
        return len(owners) > 1

    def _head_like(self, lemma: str, draft: Draft) -> bool:
        """Whether ``lemma`` can stand for the whole name: a head noun of names ("the
        university", "the museum") or the head word of one ("the Herald"), never any other
        word of it ("the world" is not the World Health Office, "the debate" not the
        Commission on Presidential Debates)."""
        lex = self.lex
        texts = [draft.name, *(m.text for m in draft.mentions if m.kind == "name")]
        if lex.descriptions.get(lemma) in ("country", "region", "place"):
            # "the state" is no "State Affairs Committee", "the country" no "Country Music
            # Association": a word for a land names an organisation only as its head
            return any(_head_word(text) == lemma for text in texts)
        if lemma in lex.org_heads or lemma in lex.facility_heads or lemma in lex.descriptions:
            return True
        if lemma in self.unnamed_heads:
            return True
        return any(_head_word(text) == lemma for text in texts)  # "the time" is no "Times"

    def _of_country(self, draft: Draft, iso: str) -> bool:
        """Whether an organisation belongs to a country, by its record or its name's words."""
        if draft.country is not None:
            return draft.country == iso
        last = self.gaz.country_names[iso].split()[-1].lower()
        stem = last[: max(4, len(last) - 2)]
        return any(word.startswith(stem) for word in self._name_words(draft))

    def _name_words(self, draft: Draft) -> frozenset[str]:
        words = self.name_words.get(draft.key)
        if words is None:
            texts = [draft.name, *(m.text for m in draft.mentions if m.kind == "name")]
            words = frozenset(w.lower() for text in texts for w in text.split() if len(w) > 2)
            self.name_words[draft.key] = words
        return words

    def _person_with_title(
        self,
        title: str,
        family: str | None,
        country: str | None,
        recent: deque[Ref],
        at: int,
    ) -> str | None:
        drafts = self.names.drafts

        def fits(draft: Draft) -> bool:
            if draft.kind != "person" or draft.title is None:
                return False
            if title_times(self.profiles()[draft.key], full_title(draft.title)):
                return False  # "former Gov. Tom Hale" is not "the governor"
            if country:
                return draft.country == country and draft.family == family
            return full_title(draft.title) == full_title(title)  # "Gov." is "the governor"

        for ref in reversed(recent):
            if fits(drafts[ref.key]):
                return ref.key
        holders = [d.key for d in drafts.values() if fits(d)]
        if holders:
            return holders[0] if len(holders) == 1 else None
        if country or family is None or title not in GENERIC_TITLES:
            return None  # "the president" is not the Speaker, though both head something
        # "the lawmaker" after "Rep. Ann Lee": the one person named before whose title is
        # of that family
        kin = {
            d.key
            for d in drafts.values()
            if d.kind == "person" and d.family == family and d.mentions[0].start < at
        }
        return kin.pop() if len(kin) == 1 else None

    def _described(
        self, lemma: str, kind: str, country: str | None, token: Token, recent: deque[Ref]
    ) -> str | None:
        drafts = self.names.drafts
        if kind == "country" and country and f"country:{country}" in drafts:
            return f"country:{country}"
        sent = self.sent_of(token.i)
        main = self._main_country(token) if self._deictic_in_quote(token) else None
        if kind == "country" and main is not None:
            # '"children born in this country"': where the speaker is, the country the
            # article is about rather than the one named last
            return main
        if kind == "country":
            key = self._salient(sent, recent, lambda key: key.startswith("country:"))
            return key or self._country_of_offices(sent, recent)
        if kind == "organisation" and lemma in BUSINESS_NOUNS:
            # "the company" is the salient one of the businesses the article shows as
            # such, never a regulator, a government department, a council or a union
            # ("the auditing firm" a sentence after "Acme Pipes" is another firm; "Acme
            # Pipes NV, the listed steel company," in its sentence tells what it is)
            here = {ref.key for ref in recent if ref.sent == sent}
            unnamed = self._unnamed_one_before(token)  # "a shipping company" brought in
            since = {ref.key for ref in recent if ref.token > unnamed}

            @cache  # _salient asks once per recent mention; a key may be many of them
            def business(key: str) -> bool:
                if not self._business(key) or key not in since:
                    return False
                return key in here or not self._foreign_compound(token, drafts[key])

            return self._salient(sent, recent, business) or self._only_business(token, unnamed)
        if kind == "organisation" and lemma == "agency":
            # "the agency" is the one shown to be an agency ("" when two are, in reach);
            # else the salient organisation that is no business, committee or group
            agency = self._agency(token, recent)
            if agency is not None:
                return agency or None
            return self._salient(sent, recent, self._maybe_agency)
        if kind == "organisation" and lemma in GENERIC_ORG_NOUNS:
            # "the organisation": any organisation
            return self._salient(
                sent,
                recent,
                lambda key: key.startswith("org:"),
            )
        if lemma in WIDE_AREA_NOUNS and (
            _comparison_domain(token) or outer_person_noun(token) is not None
        ):
            # "the highest rate in the region" is no land named before it, nor is the
            # field of a title ("the special envoy for the region")
            return None
        if kind in ("place", "region"):
            named = self._named_after_of(token)
            if named is not False:
                return named  # "the town of Tokmok" is Tokmok, never the place before
        if kind == "media":
            return self._medium(sent, recent)
        if kind == "region":
            return self._region(token, sent)
        for ref in reversed(recent):
            if sent - ref.sent > DESCRIPTION_SENTENCES:
                break
            draft = drafts[ref.key]
            if kind == "place" and ref.key.startswith("place:") and not self._other_thing(draft):
                if lemma in SETTLEMENT_NOUNS and self.gaz.is_region(draft.name):
                    continue  # "the town" is never a state or province named before it
                if lemma in SETTLEMENT_NOUNS and self._smaller_place(lemma, draft.name):
                    continue  # "the city" is no "Eastgate district" or "River Road"
                return ref.key
            named_so = lemma in GENERIC_ORG_NOUNS or lemma in draft.name.lower()
            if kind == "organisation" and draft.kind == "organisation" and named_so:
                if self._foreign_compound(token, draft):
                    continue  # "the fisheries ministry" is no "Ministry of Trade"
                return ref.key
        return None

    def _smaller_place(self, lemma: str, name: str) -> bool:
        """Whether a place's name ends in a noun for an area or a site ("Eastgate district",
        "River Road", "Carver Street") other than ``lemma``: a part of a town, never "the
        city" or "the town" itself."""
        head = name.split()[-1].lower() if name.split() else ""
        lex = self.lex
        smaller = lex.area_nouns | lex.facility_heads | lex.venue_heads | lex.nature_heads
        if head != lemma and head in smaller:
            return True
        doc = self.doc  # "Northgate" the article also writes as "the Northgate district"
        return " " not in name and any(
            i + 1 < len(doc) and doc[i + 1].lower_ in lex.area_nouns
            for i in text_positions(doc, name)
        )

    def _foreign_compound(self, token: Token, draft: Draft) -> bool:
        """Whether a description's head has a noun before it that no word of the actor's
        names or descriptions holds ("the fisheries ministry" and "the Ministry of Trade",
        "the auditing firm" and "Acme Pipes"): a noun that says which body of that kind
        it is, and so another body."""
        texts = [draft.name, *(m.text for m in draft.mentions if m.kind != "pronoun")]
        stems = {w.lower()[:STEM_LETTERS] for text in texts for w in text.split()}
        return any(
            c.dep_ == "compound"
            and c.pos_ == "NOUN"
            and c.is_lower
            and c.is_alpha
            and c.lower_[:STEM_LETTERS] not in stems
            for c in token.lefts
        )

    def _unnamed_one_before(self, token: Token) -> int:
        """The last "a company" (of the description's noun) written before it that no name
        is set beside ("a shipping company hired crews", not "Acme, a shipping company"):
        an unnamed one the description may mean; -1 when there is none."""
        doc = self.doc
        found = -1
        for i in lemma_positions(doc, (token.lemma_.lower(),)):
            if i >= token.i:
                break
            word = doc[i]
            if word.dep_ in ("appos", "attr") or any(c.dep_ == "appos" for c in word.children):
                continue
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in word.children):
                found = i
        return found

    def _only_business(self, token: Token, unnamed: int) -> str | None:
        """A bare "the company" far from any business: the one business the article has
        named before it (none when it has named two, or has brought in "a shipping
        company" it does not name since: ``unnamed``, ``_unnamed_one_before``)."""
        if not _definite_the(token):
            return None
        found = {
            key
            for key, draft in self.names.drafts.items()
            if self._business(key)
            and any(
                m.start < token.idx and head > unnamed
                for m, head in zip(draft.mentions, draft.heads, strict=True)
            )
        }
        return found.pop() if len(found) == 1 else None

    def _business(self, key: str) -> bool:
        """Whether an organisation is a business "the company" may stand for: one the
        article shows to be a business (``businesses.is_business``) and no public body."""
        if not key.startswith("org:") or not self._could_be_business(key):
            return False
        return is_business(self.names.drafts[key], self.names.drafts, self.key_at_head)

    def _agency(self, token: Token, recent: deque[Ref]) -> str | None:
        """ "the agency": of the organisations that may be one (``_agency_like``), the one
        mentioned in its paragraph or the one before (not the body a clause around it
        describes: "the Justice Department, which represented the agency"); with none
        there, the one named before it at all. "" (none) when two are; None when the
        article names no such organisation."""
        found = {
            key
            for key, draft in self.names.drafts.items()
            if self._agency_like(key) and any(m.start < token.idx for m in draft.mentions)
        }
        if not found:
            return None
        paragraph = self.paragraph_of[token.i]
        bound = {a.head.i for a in token.ancestors if a.dep_ in ("relcl", "acl")}
        near = {
            ref.key
            for ref in recent
            if ref.key in found
            and ref.token < token.i
            and ref.token not in bound
            and 0 <= paragraph - self.paragraph_of[ref.token] <= 1
        }
        if near:
            return near.pop() if len(near) == 1 else ""
        return found.pop() if len(found) == 1 else ""

    def _agency_like(self, key: str) -> bool:
        """An organisation shown to be an agency, or named by an initialism ("FBI") that
        may stand for one, no business nor other body."""
        draft = self.names.drafts[key]
        if not key.startswith("org:") or self._business(key):
            return False
        initialism = draft.name.isupper() and draft.name.isalpha() and len(draft.name) <= 6
        return is_agency(draft) or (initialism and not called_other_body(draft))

    def _maybe_agency(self, key: str) -> bool:
        """An organisation "the agency" may stand for unless shown to be one: not a
        business, a committee, a council or another kind of body."""
        if not key.startswith("org:") or self._business(key):
            return False
        draft = self.names.drafts[key]
        return is_agency(draft) or (self._could_be_business(key) and not called_other_body(draft))

    def _fits_place_noun(self, lemma: str, key: str) -> bool:
        """Whether a noun for a kind of place below a country ("the state", "the town") may
        stand for this actor: only a place; any other noun fits."""
        if self.lex.descriptions.get(lemma) in ("place", "region"):
            return self.names.drafts[key].kind == "place"
        return True

    def _named_after_of(self, token: Token) -> str | bool | None:
        """For "the town of Tokmok": the place its "of" names (None when no actor stands
        for it); False when the noun has no "of" and a name after it."""
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for name in prep.children:
                    if name.dep_ == "pobj" and name.pos_ == "PROPN":
                        key = self.key_at_head.get(name.i)
                        return key if key is not None and key.startswith("place:") else None
        return False

    def _called_before(self, lemma: str, token: Token, recent: deque[Ref]) -> str | None:
        """ "the group" after "The Consumers Alliance, a group that ...": the latest actor in
        reach, not a person, that the article has described with this very noun."""
        sent = self.sent_of(token.i)
        for ref in reversed(recent):
            if sent - ref.sent > DESCRIPTION_SENTENCES:
                return None
            draft = self.names.drafts[ref.key]
            if draft.kind != "person" and called(draft, lemma, token.idx):
                return ref.key
        return None

    def _could_be_business(self, key: str) -> bool:
        """Whether an organisation may be what "the company" or "the firm" stands for: no
        word of its name is the head of a public body ("Department of Health", "City
        Council", "the dockworkers' union")."""
        words = {w.lower().strip(",.'") for w in self.names.drafts[key].name.split()}
        return not words & (self.unnamed_heads | PUBLIC_BODY_HEADS)

    def _spokespersons_office(self, token: Token) -> str | None:
        """ "the department" in what "Environment Canada spokeswoman Sujata Rai" is
        reported to say: the organisation her noun phrase names (``spokespeople``)."""
        subject = reporting_subject(token, self.lex.speech_verbs)
        if subject is None:
            return None
        spokes = frozenset(t for t, title in self.lex.titles.items() if title.family == SPOKES)
        return speakers_organisation(subject, self.key_at_head, self.names.drafts, spokes)

    def _spokespersons_own_body(self, lemma: str, token: Token) -> str | None:
        """ "the agency" in what "a WHO spokesperson" is reported to say is the WHO, though
        another agency was named last: a generic noun for a body ("the agency", "the
        organisation") or an organisation's head word its name ends in ("the union" for the
        Dockers' Union) stands for the body the spokesperson's phrase names."""
        generic = lemma in GENERIC_ORG_NOUNS or lemma in REPORTED_GROUP_NOUNS
        if not _definite_the(token) or not (generic or lemma in self.lex.org_heads):
            return None
        key = self._spokespersons_office(token)
        if key is None or generic or _ends_in(self.names.drafts[key].name, lemma):
            return key
        return None

    def _deictic_in_quote(self, token: Token) -> bool:
        """ "this country" inside quotation marks: the speaker's own, which the country
        named last need not be (where the article names one most, that one)."""
        demonstrative = any(c.dep_ == "det" and c.lower_ == "this" for c in token.children)
        return demonstrative and self.quote_of[token.i] >= 0

    def _main_country(self, token: Token) -> str | None:
        """The country named before ``token`` at least twice as often as any other."""
        counts = Counter(
            key for first, _, key in self.events if first < token.i and key.startswith("country:")
        ).most_common(2)
        if not counts or (len(counts) > 1 and counts[0][1] < 2 * counts[1][1]):
            return None
        return counts[0][0]

    def _region(self, token: Token, sent: int) -> str | None:
        """ "the state", "this province": the one region the article singles out before it
        (``regions.region_for``); never a country, and nothing for "the southern state" or
        "the state of the economy"."""
        if any(c.dep_ not in ("det", "case") for c in token.children):
            return None
        before = [mention for first, mention in self.regions if first < token.i]
        key = region_for(before, sent)
        if key is not None:  # "the state" said again keeps its region in reach
            self.regions.append((token.i, RegionMention(sent, key)))
        return key

    def _country_of_offices(self, sent: int, recent: deque[Ref]) -> str | None:
        """ "the government" where no country is named lately but the organisations named
        lately carry one country's name ("Environment Canada said ... the government"): that
        country, when the article names it too; None if any country was named lately."""
        found: set[str] = set()
        for ref in recent:
            if sent - ref.sent > DESCRIPTION_SENTENCES:
                continue
            if ref.key.startswith("country:"):
                return None  # a country named lately and not singled out: left alone
            if self.names.drafts[ref.key].kind != "organisation":
                continue
            head = self.doc[ref.token]
            for word in (*(c for c in head.lefts if c.dep_ == "compound"), head):
                iso = country_of_token_span(self.doc[word.i : word.i + 1], self.gaz)
                if iso is not None:
                    found.add(iso)
        if len(found) != 1:
            return None
        key = f"country:{found.pop()}"
        return key if key in self.names.drafts else None

    def _other_thing(self, draft: Draft) -> bool:
        """Whether the article calls the place something that is no town or region ("the
        memorial", "the mosque"): then "the city" is not it."""
        places = {
            noun for noun, kind in self.lex.descriptions.items() if kind in ("place", "region")
        }
        return any(
            m.kind == "description" and m.text.split()[-1].lower() not in places
            for m in draft.mentions
        )

    def _medium(self, sent: int, recent: deque[Ref]) -> str | None:
        """ "the newspaper": the one newspaper, magazine or broadcaster named lately (by the
        last word of its name: "Courier", "Times"), or None when two are."""
        found = {
            ref.key
            for ref in recent
            if sent - ref.sent <= MEDIA_SENTENCES
            and self.names.drafts[ref.key].kind == "organisation"
            and self._is_medium(self.names.drafts[ref.key])
        }
        return found.pop() if len(found) == 1 else None

    def _is_medium(self, draft: Draft) -> bool:
        words = draft.name.split()
        return bool(words) and words[-1].lower().strip(".") in self.lex.media_heads

    def _salient(self, sent: int, recent: deque[Ref], wanted: Callable[[str], bool]) -> str | None:
        """The actor most mentioned lately, outside lists ("A, B and C"), then the latest."""
        counts: dict[str, tuple[int, int]] = {}
        for rank, ref in enumerate(reversed(recent)):
            if sent - ref.sent > DESCRIPTION_SENTENCES or not wanted(ref.key) or ref.listed:
                continue
            count, latest = counts.get(ref.key, (0, -rank))
            counts[ref.key] = (count + 1, latest)
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
        if len(ranked) > 1 and ranked[1][1][0] * 2 > ranked[0][1][0]:
            return None  # "the organisation" after Acme and Beta, each named as often
        return ranked[0][0]

    def _unnamed_organisation(self, token: Token, country: str) -> str | None:
        """An organisation named by its country and its office: "Brazil's foreign ministry"."""
        start = min([token.i, *(c.left_edge.i for c in token.lefts)])
        span = self.doc[start : token.i + 1]
        office = (
            " ".join(t.lower_ for t in token.lefts if t.dep_ in ("amod", "compound"))
            + f" {token.lower_}"
        )
        key = f"unnamed:{country}:{office.strip()}"
        draft = self.names.draft(key, "organisation", span.text)
        draft.country = country
        if f"country:{country}" in self.names.drafts:
            draft.parent = f"country:{country}"
        role = f"{self.gaz.country_names[country]}'s {office.strip()}"
        # the role says whose office it is, unless the name already says it as written
        draft.role = None if _same_words(role, span.text) else role
        draft.add(span.start_char, span.end_char, span.text, "name", token.i)
        if (
            token.dep_ in NOMINAL_SUBJECT_DEPS
            and token.head.lemma_.lower() in self.lex.speech_verbs
        ):
            draft.speeches += 1
        owner = self.names.drafts.get(f"country:{country}")
        if owner is not None:
            owner.remove_within(
                span.start_char, span.end_char
            )  # "Brazil's" belongs to the ministry's name
        return key


#: The longest a quotation with no closing mark is taken to run, in tokens.
QUOTE_LIMIT = 300
#: Quotation marks that open, close, or do either.
OPENING_QUOTES = frozenset({"“", "‘"})
CLOSING_QUOTES = frozenset({"”", "’"})
EITHER_QUOTES = frozenset({'"', "''", "``"})


class _QuoteTracker:
    """Finds quotations token by token: for each token the index of the quotation holding it
    (-1 outside), and each quotation's (first, last) token.

    A quotation may run over line breaks; a quotation mark at the start of a line
    opens a new one (the convention for quotes of several paragraphs), and one
    left open is closed after ``QUOTE_LIMIT`` tokens.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.holder = [-1] * len(doc)
        self.spans: list[tuple[int, int]] = []
        self.opened = -1
        self.line_start = True

    def feed(self, i: int, text: str, line_break: bool) -> None:
        """Take the next token: its index, its text, and whether a line break ends it."""
        is_mark = text in OPENING_QUOTES or text in EITHER_QUOTES or text in CLOSING_QUOTES
        opened = self.opened
        if opened >= 0 and (i - opened > QUOTE_LIMIT or (self.line_start and is_mark)):
            self.spans.append((opened, i - 1))
            opened = -1
        # an opening mark glued to the word before it closes ('... decision.“ However')
        glued = text in OPENING_QUOTES and i > 0 and not self.doc[i - 1].whitespace_
        closes = text in CLOSING_QUOTES or text in EITHER_QUOTES
        closes = closes or glued
        if opened < 0 and (text in OPENING_QUOTES or text in EITHER_QUOTES):
            opened = i
        elif opened >= 0 and closes:
            self.spans.append((opened, i))
            opened = -1
        elif opened >= 0:
            self.holder[i] = len(self.spans)
        self.opened = opened
        self.line_start = line_break

    def finish(self) -> tuple[list[int], list[tuple[int, int]]]:
        """The holder of each token and the quotations' token ranges."""
        if self.opened >= 0:
            self.spans.append((self.opened, len(self.holder) - 1))
            self.opened = -1
        return self.holder, self.spans


def _other_modifier(token: Token, lemma: str, draft: Draft) -> bool:
    """A description and a name that both qualify the same head noun, with different
    words: "the localist camp" and "the pro-Beijing camp" are two groups."""
    mine = {
        c.lower_
        for c in token.lefts
        if c.dep_ in ("amod", "compound") and c.is_alpha and c.is_lower
    }
    if not mine:
        return False
    theirs: set[str] = set()
    for text in (draft.name, *(m.text for m in draft.mentions if m.kind == "name")):
        words = text.lower().split()
        if lemma in words:
            theirs.update(words[: words.index(lemma)])
    theirs -= {"the", "a", "an"}
    return bool(theirs) and not mine <= theirs


def _comparison_domain(token: Token) -> bool:
    """Whether a noun is the field a superlative or "every" ranges over: the possessor of
    a noun with a superlative ("the region's largest producer") or the object of "in"
    after one ("the highest shares in the region", "every buyer in the region")."""
    if token.dep_ == "poss":
        ranked = [token.head]
    elif token.dep_ == "pobj" and token.head.lower_ in FIELD_PREPS:
        ranked = [token.head.head]
        if ranked[0].pos_ in ("VERB", "AUX"):
            # "taught every hostage-taker in the region": the parse hangs "in" on the verb
            ranked = [c for c in ranked[0].children if c.dep_ in ("dobj", "nsubj", "attr")]
    else:
        return False
    return any(
        c.tag_ == "JJS" or (c.dep_ == "det" and c.lower_ in EVERY_WORDS)
        for noun in ranked
        for c in noun.lefts
    )


def _in_closed_clause(mention: Token, pronoun: Token) -> bool:
    """Whether a mention stands in a relative or participle clause that ends before the
    pronoun ("the union, which represents Acme's staff, said its members")."""
    for ancestor in mention.ancestors:
        if ancestor.dep_ in ("relcl", "acl"):
            return not (ancestor.left_edge.i <= pronoun.i <= ancestor.right_edge.i)
    return False


def _proper_modifiers(token: Token) -> list[str]:
    """Capitalised adjectives qualifying a noun ("European" in "the European team"), lower-cased."""
    return [
        c.lower_ for c in token.lefts if c.dep_ == "amod" and c.text[:1].isupper() and c.is_alpha
    ]


def _credit(token: Token) -> bool:
    """A name alone in brackets after a line's opening words: the agency credited in a dateline
    ("KESTRELBURG (AFP) -"), which files the story and is not the "officials" in it."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start - 1].text != "(":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    line_start = start - 1
    while line_start > 0 and "\n" not in doc[line_start - 1].text_with_ws:
        line_start -= 1
    return all(t.is_upper or t.is_punct for t in doc[line_start : start - 1])


#: Prepositions whose object says where something happens.
LOCATIVE_PREPS = frozenset({"in", "at", "across", "throughout", "within", "inside", "near"})


def _located(token: Token) -> bool:
    """Whether a name is the object of a preposition of place ("in Germany")."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


def _definite_the(token: Token) -> bool:
    """Whether the noun's only left word is "the" ("the mosque", not "the new mosque")."""
    lefts = list(token.lefts)
    return len(lefts) == 1 and lefts[0].lower_ == "the"


#: Lower-case words after which a name goes on with its complement, not its head
#: ("Commission on Presidential Debates" is a commission, not a debate).
NAME_LINKS = frozenset({"of", "on", "for", "in", "at", "to", "and", "&"})


def _head_word(name: str) -> str:
    """The word a name is headed by: its last word before any linking word ("University"
    of "University of Vermont", "Memorial" of "Lin Memorial"), lower-cased."""
    words = name.split()
    for i, word in enumerate(words):
        if i and word in NAME_LINKS and word not in ("and", "&"):
            return words[i - 1].lower()  # "and" joins words before the head: "Fire and Rescue"
    return words[-1].lower() if words else ""


def _ends_in(name: str, lemma: str) -> bool:
    """Whether a name is headed by the noun ``lemma`` ("Grand Mosque", "Lin Memorial"; not
    "Institute for Climate Research" by "research")."""
    return len(name.split()) >= 2 and _head_word(name) == lemma


def _same_words(first: str, second: str) -> bool:
    """Two phrases equal but for case and the apostrophe's shape."""
    return first.replace("’", "'").lower() == second.replace("’", "'").lower()


def _partitive(token: Token) -> bool:
    """ "many of us", "some of us": a share of a vague group."""
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.i < token.i
        and head.head.tag_ in ("JJ", "DT", "CD", "PDT", "NN")
        and head.head.pos_ != "PROPN"
    )


def resolve_mentions(doc: Doc, names: Names) -> None:
    """Attach titles, descriptions and pronouns of ``doc`` to the named actors in ``names``."""
    resolver = Resolver(doc, names)
    resolver.learn_genders()
    resolver.resolve()
