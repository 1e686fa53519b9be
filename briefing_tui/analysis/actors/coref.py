"""Mentions without a name: titles, descriptions and pronouns, resolved to named actors.

One left-to-right walk over the document keeps the most recent mentions in a
short window; each description ("the US president", "the ministry") or
pronoun ("he", "its") is resolved against that window only, so the work is
linear in the length of the text. What the window cannot settle is left alone.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, deque
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.gender import first_name_gender, noun_gender
from briefing_tui.analysis.actors.kinds import person_cues
from briefing_tui.analysis.actors.lexicon import gazetteer, lexicon, load_words
from briefing_tui.analysis.actors.names import Draft, Names, describe_title, qualifier
from briefing_tui.analysis.syntax import NOMINAL_SUBJECT_DEPS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

#: How many recent mentions a pronoun or description may look back over.
WINDOW_MENTIONS = 40
#: How many sentences back a pronoun may reach (0 = its own sentence).
PRONOUN_SENTENCES = 2
#: How many sentences back "the country" or "the ministry" may reach.
DESCRIPTION_SENTENCES = 5
#: How many sentences back "they said" may look for the group that spoke last.
SPEAKER_SENTENCES = 4
#: How many sentences back "the newspaper" may reach for the medium the article names.
MEDIA_SENTENCES = 12
GENERIC_ORG_NOUNS = frozenset({"organization", "organisation", "company", "firm", "agency"})
#: Verbs whose subject "it" is usually empty ("it is clear", "it seems", "it rained").
NON_REFERRING_IT_HEADS = frozenset(
    {"be", "seem", "appear", "rain", "snow", "take", "matter", "happen"}
)
#: Roles in which a person noun no actor took ("a judge") still competes for a later "he".
RIVAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "dative"})
#: Determiners that make a noun phrase point back to something already named.
DEFINITE = frozenset({"the", "this", "that"})


@dataclass(slots=True)
class Ref:
    """One earlier mention in the window."""

    sent: int
    token: int
    key: str
    subject: bool
    listed: bool  # one of a list ("A, B and C"): a weak antecedent for "the country"
    head: int  # the mention's syntactic head's head, to keep "he" from binding its co-argument


class Resolver:
    """Adds title, description and pronoun mentions to the drafts of a document."""

    def __init__(self, doc: Doc, names: Names) -> None:
        self.doc = doc
        self.names = names
        self.lex = lexicon()
        self.gaz = gazetteer()
        self.pronouns = self.lex.pronouns
        self.unnamed_heads = self.lex.unnamed_heads
        self.official_nouns = load_words("official_nouns.txt")
        self.sent_starts = [sent.start for sent in doc.sents]
        self.covered = bytearray(len(doc))
        self.events: list[tuple[int, int, str]] = []  # (first token, head token, key)
        for draft in names.drafts.values():
            for mention, head in zip(draft.mentions, draft.heads, strict=True):
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                self.covered[span.start : span.end] = b"\x01" * len(span)
                self.events.append((span.start, head, draft.key))
        self.events.sort()
        self.key_at_head = {head: key for _, head, key in self.events}
        self.quote_of, self.quote_spans, self.candidates, self.pronoun_tokens = self._survey()
        self.name_words: dict[str, frozenset[str]] = {}
        self.speakers: dict[int, str] = {}
        self._pronoun_key: dict[int, str] = {}  # pronouns resolved so far, by token
        #: people a noun names without naming who ("a judge"), in text order: rivals of "he"
        self.rivals: list[Ref] = []
        self.person_nouns = person_cues().nouns | frozenset(
            t for t in self.lex.titles if " " not in t
        )
        for _, head, key in self.events:
            self._note_speaker(head, key)
        self.name_only: set[str] = set()  # people whose gender only their first name shows
        self.gender = self._known_genders()

    def _survey(self) -> tuple[list[int], list[tuple[int, int]], list[int], list[int]]:
        """One pass over the tokens: quotations, and the pronouns and nouns worth resolving."""
        quotes = _QuoteTracker(len(self.doc))
        candidates: list[int] = []
        pronoun_tokens: list[int] = []
        for token in self.doc:
            quotes.feed(token)
            if self.covered[token.i]:
                continue
            if token.lower_ in self.pronouns:
                candidates.append(token.i)
                pronoun_tokens.append(token.i)
            elif self._description_candidate(token):
                candidates.append(token.i)
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
        if (
            token.dep_ in NOMINAL_SUBJECT_DEPS
            and outside
            and token.head.lemma_.lower() in self.lex.speech_verbs
        ):
            self.speakers.setdefault(self.sent_of(head), key)

    def sent_of(self, token_index: int) -> int:
        """The index of the sentence holding a token."""
        return bisect_right(self.sent_starts, token_index) - 1

    # gender: honorifics and titles first, then described as a man or a woman, then the
    # first name, then the pronouns that have only one person to point to
    def _known_genders(self) -> dict[str, str]:
        """The gender of each person the words naming them show (none where they disagree)."""
        genders: dict[str, str] = {}
        for key, draft in self.names.drafts.items():
            if draft.kind != "person":
                continue
            if draft.gender is not None:
                genders[key] = draft.gender
                continue
            described = {
                g for head in draft.heads if (g := self._described_gender(head)) is not None
            }
            named = {
                g
                for text in {draft.name, *(m.text for m in draft.mentions if m.kind == "name")}
                if (g := first_name_gender(text)) is not None
            }
            found = described or named
            if len(found) == 1:
                genders[key] = found.pop()
                if not described:
                    self.name_only.add(key)
        return genders

    def _described_gender(self, head: int) -> str | None:
        """The gender of a noun set beside a name: "Ann Lee, a mother of two", "the actress
        Ann Lee"."""
        token = self.doc[head]
        nouns = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            nouns.append(token.head)
        nouns += [c for c in token.children if c.dep_ == "compound" and c.tag_ == "NN"]
        found = {g for noun in nouns if (g := noun_gender(noun.lemma_)) is not None}
        return found.pop() if len(found) == 1 else None

    def learn_genders(self) -> None:
        """Give people whose names show no gender the one their unambiguous pronouns show."""
        drafts = self.names.drafts
        person_events = [
            (head, key) for _, head, key in self.events if drafts[key].kind == "person"
        ]
        positions = [head for head, _ in person_events]
        votes: dict[str, Counter[str]] = {}
        for index in self.pronoun_tokens:
            token = self.doc[index]
            cls = self.pronouns[token.lower_]
            if cls not in ("m", "f"):
                continue
            sent = self.sent_of(token.i)
            lo = bisect_left(positions, self.sent_starts[sent])
            hi = bisect_left(positions, token.i)
            keys = {key for _, key in person_events[lo:hi]}
            heads = [head for head, _ in person_events[lo:hi]]
            if not keys and sent > 0:
                lo2 = bisect_left(positions, self.sent_starts[sent - 1])
                keys = {key for _, key in person_events[lo2:lo]}
                heads = [head for head, _ in person_events[lo2:lo]]
            subject = any(self.doc[head].dep_ in NOMINAL_SUBJECT_DEPS for head in heads)
            if len(keys) == 1 and subject:  # "Marilyn's portrait ... he": no vote
                votes.setdefault(keys.pop(), Counter())[cls] += 1
        for key, counter in votes.items():
            draft = drafts[key]
            overruled = counter[self.gender.get(key, "")] == 0 and sum(counter.values()) >= 2
            if key in self.name_only and overruled:
                self.gender.pop(key)  # "Lindsey ... he ... his": the pronouns win
            if key not in self.gender:
                (gender, count), *rest = counter.most_common()
                if not rest or count > rest[0][1]:
                    self.gender[key] = gender
                    draft.gender = draft.gender or gender

    # the walk
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

    def _rival(self, token: Token) -> bool:
        """A person a noun names but no actor stands for, who could be a later "he": one
        brought in as a subject ("a judge ... was") or by a possessor ("his lawyer"); not "a
        doctor" in an object's place, nor "the governor" (most often someone named
        before), nor a noun set beside a name ("the chairman, Tom Hale")."""
        if token.tag_ != "NN" or token.dep_ not in RIVAL_DEPS:
            return False  # "High Commissioner" in a name the model missed is no rival
        if token.lemma_.lower() not in self.person_nouns or self._apposed_name(token):
            return False
        if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
            return False
        return token.dep_ in NOMINAL_SUBJECT_DEPS or any(c.dep_ == "poss" for c in token.children)

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
            return self._resolve_personal(token, cls, recent)
        return self._resolve_collective(token, cls, recent)

    def _resolve_speaker(self, token: Token, cls: str) -> str | None:
        """An "I" or "we" inside a quotation is its speaker ("we" when that is not a person)."""
        if cls == "we" and _partitive(token):
            return None  # "many of us": people in general, not the speaker's organisation
        key = self._quote_speaker(token.i, self.sent_of(token.i))
        if key is None:
            return None
        speaker = self.names.drafts[key]
        is_person = speaker.kind == "person"
        if is_person and cls == "we":
            for head in speaker.affiliations:
                # "we" in the words of Acme's spokesman is Acme
                group = self.key_at_head.get(head)
                if group is not None and self.names.drafts[group].kind != "person":
                    return group
        if is_person and cls == "we" and speaker.country:
            # "we" in the words of a country's president or minister is that country
            country = f"country:{speaker.country}"
            return country if country in self.names.drafts else None
        return key if is_person == (cls == "i") else None

    def _quote_speaker(self, token_index: int, sent: int) -> str | None:
        """Who speaks the quotation holding this token: the speaker of the sentence where it
        opens or closes, or of the sentence just before or after it."""
        quote = self.quote_of[token_index]
        if quote < 0:
            return None
        first, last = self.quote_spans[quote]
        opening, closing = self.sent_of(first), self.sent_of(last)
        for near in (opening, closing, closing + 1, opening - 1):
            key = self.speakers.get(near)
            if key is not None:
                return key
        return None

    def _resolve_personal(self, token: Token, gender: str, recent: deque[Ref]) -> str | None:
        """A "he" or "she": the one person of a compatible gender it can point to, or None.

        Never a person of the other known gender. Among several compatible people
        it is the one the grammar or the discourse singles out: the speaker whose
        reported words hold it ("Lee said that she ..."), the one person named
        earlier in its sentence, the noun an intensifying "himself" follows, the
        speaker of the sentence before when it is again "he said", or the subject of
        the sentence before when nobody else is named since. Otherwise it is left
        alone.
        """
        sent = self.sent_of(token.i)
        latest = self._personal_candidates(token, gender, sent, recent)
        for refs in latest.values():
            refs.sort(key=lambda ref: -ref.token)
        key = self._pick_personal(token, sent, latest)
        if key is not None and key.startswith("?"):
            return None  # the person "a judge" names, whom no actor stands for
        if key is not None and key not in self.gender:
            self.gender[key] = gender  # "she" settles it for the later pronouns
            self.names.drafts[key].gender = self.names.drafts[key].gender or gender
        return key

    def _personal_candidates(
        self, token: Token, gender: str, sent: int, recent: deque[Ref]
    ) -> dict[str, list[Ref]]:
        """The compatible people in reach, each with its mentions there, latest first."""
        drafts = self.names.drafts
        bound = token.dep_ != "poss" and not token.lower_.endswith("self")
        co_subjects = self._clause_subjects(token) if bound else frozenset()
        speaker = self._quote_speaker(token.i, sent)
        outside = self.quote_of[token.i] < 0
        found: dict[str, list[Ref]] = {}
        if not outside:  # who said "I" or "my" lately is likely the speaker here too
            speakers = {
                ref.key
                for ref in recent
                if sent - ref.sent <= PRONOUN_SENTENCES
                and self.pronouns.get(self.doc[ref.token].lower_) == "i"
            }
        for ref in reversed(recent):
            if sent - ref.sent > PRONOUN_SENTENCES or ref.key == speaker:
                continue  # inside a quotation the speaker is "I", not "he"
            if not outside and ref.key in speakers:
                continue
            if outside and ref.sent == sent and self.quote_of[ref.token] >= 0:
                continue  # "'Lee is wrong,' she said": she is not Lee
            if drafts[ref.key].kind != "person" or self.gender.get(ref.key) not in (None, gender):
                continue  # never across a known gender
            if bound and (ref.head == token.head.i or ref.token in co_subjects):
                continue  # "Smith told him", "Lee and Ray stood behind him": not them
            found.setdefault(ref.key, []).append(ref)
        for ref in self.rivals:
            if (
                0 <= sent - ref.sent <= PRONOUN_SENTENCES
                and ref.token < token.i
                and self.gender.get(ref.key) in (None, gender)
                and not (bound and (ref.head == token.head.i or ref.token in co_subjects))
            ):
                found.setdefault(ref.key, []).append(ref)
        return found

    @staticmethod
    def _clause_subjects(token: Token) -> frozenset[int]:
        """The subjects of the clause an object pronoun sits in, with their conjuncts and
        appositions: "him" is none of them ("Lee, Ray and Roe lined up behind him")."""
        verb = token.head.head if token.head.dep_ == "prep" else token.head
        found: set[int] = set()
        todo = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        while todo:
            word = todo.pop()
            found.add(word.i)
            todo += [c for c in word.children if c.dep_ in ("conj", "appos")]
        return frozenset(found)

    def _title_gender(self, index: int) -> str | None:
        title = self.lex.titles.get(self.doc[index].lower_)
        return title.gender if title is not None else None

    def _pick_personal(self, token: Token, sent: int, latest: dict[str, list[Ref]]) -> str | None:
        """The one candidate the grammar or the discourse singles out, or None."""
        if not latest:
            return None
        if self.quote_of[token.i] >= 0 and self._unnamed_speaker(token, sent) not in (
            None,
            {"m": "f", "f": "m"}[self.pronouns[token.lower_]],
        ):
            return None  # the words of "a former aide": "he" may be anyone, the aide too
        if len(latest) == 1:
            key, refs = next(iter(latest.items()))
            # in a quotation, a lone person two sentences back is "he" only as a subject
            # there: the quoted speaker may talk of someone the article has not named
            near = any(r.sent >= sent - 1 or r.subject for r in refs)
            return key if near or self.quote_of[token.i] < 0 else None
        if token.lower_.endswith("self"):
            return self._reflexive_antecedent(token, latest)
        reporter = self._reporting_subject(token)
        if reporter in latest:
            at = latest[reporter][0].token
            if not any(refs[0].token > at for key, refs in latest.items() if key != reporter):
                return reporter  # nobody else named between "Lee said" and "she"
        same = [key for key, refs in latest.items() if refs[0].sent == sent]
        if same:
            return self._in_sentence(same, sent, latest)
        if (
            token.dep_ in NOMINAL_SUBJECT_DEPS
            and token.head.lemma_.lower() in self.lex.speech_verbs
        ):
            previous = self.speakers.get(sent - 1)
            if previous in latest:
                return previous  # "... he said." after the same speaker's sentence
        return self._previous_subject(token, sent, latest) or self._previous_one(sent, latest)

    def _previous_one(self, sent: int, latest: dict[str, list[Ref]]) -> str | None:
        """The one person named in the sentence before, when nobody else is."""
        named = [key for key, refs in latest.items() if any(r.sent == sent - 1 for r in refs)]
        return self._in_sentence(named, sent - 1, latest) if named else None

    def _in_sentence(self, same: list[str], sent: int, latest: dict[str, list[Ref]]) -> str | None:
        """The one person named in sentence ``sent`` (the pronoun's, up to it), if only one
        is."""
        chosen = self._one_known(same, latest, sent)
        if len(chosen) != 1:
            return None
        key = chosen[0]
        subject_here = any(r.subject for r in latest[key] if r.sent == sent)
        if key not in self.gender and not subject_here and any(k in self.gender for k in latest):
            return None  # "Campaigning against Ann Lee, he ...": he may be the known man before
        return key

    def _previous_subject(
        self, token: Token, sent: int, latest: dict[str, list[Ref]]
    ) -> str | None:
        """The subject of the sentence before, when it is the only one and nobody who could
        be "he" is named after it (as a subject, for a subject "he")."""
        if token.dep_ not in NOMINAL_SUBJECT_DEPS and token.dep_ != "poss":
            return None
        subjects = self._one_known(
            [
                key
                for key, refs in latest.items()
                if any(r.subject and r.sent == sent - 1 for r in refs)
            ],
            latest,
            sent - 1,
        )
        if len(subjects) != 1:
            return None
        key = subjects[0]
        since = next(r.token for r in latest[key] if r.subject and r.sent == sent - 1)
        known = key in self.gender
        as_subject = token.dep_ in NOMINAL_SUBJECT_DEPS
        for other, refs in latest.items():
            if other == key or (known and other not in self.gender):
                continue
            if any(r.token > since and (r.subject or not as_subject) for r in refs):
                return None
        return key

    def _reflexive_antecedent(self, token: Token, latest: dict[str, list[Ref]]) -> str | None:
        """ "himself" is the name it follows ("Lee himself") or its clause's subject; for an
        infinitive, the object that controls it ("asked Lee to defend himself")."""
        before = self._key_of(token.i - 1) if token.i > 0 else None
        if before in latest:
            return before
        verb = token.head.head if token.head.dep_ == "prep" else token.head
        binders = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        if not binders and verb.dep_ == "xcomp":
            upper = verb.head.children
            binders = [c for c in verb.head.children if c.dep_ == "dobj"] or [
                c for c in upper if c.dep_ in NOMINAL_SUBJECT_DEPS
            ]
        for binder in binders:
            key = self._key_of(binder.i)
            return key if key in latest else None
        return None

    def _key_of(self, index: int) -> str | None:
        """The actor (or unnamed rival) a token stands for, if resolved."""
        key = self.key_at_head.get(index) or self._pronoun_key.get(index)
        if key is None and any(r.token == index for r in self.rivals[-5:]):
            key = f"?{index}"
        return key

    def _unnamed_speaker(self, token: Token, sent: int) -> str | None:
        """The gender ("m", "f", or "" when the noun shows none) of the person a noun names
        and no actor stands for who says the quotation holding the token ("a former aide
        said", "the businessman said"); None when a named actor says it."""
        if self._quote_speaker(token.i, sent) is not None:
            return None
        first, last = self.quote_spans[self.quote_of[token.i]]
        opening, closing = self.sent_of(first), self.sent_of(last)
        for near in (opening, closing, closing + 1, opening - 1):
            if 0 <= near < len(self.sent_starts):
                end = self.sent_starts[near + 1] if near + 1 < len(self.sent_starts) else None
                for word in self.doc[self.sent_starts[near] : end]:
                    if (
                        word.dep_ in NOMINAL_SUBJECT_DEPS
                        and self.quote_of[word.i] < 0
                        and word.head.lemma_.lower() in self.lex.speech_verbs
                        and word.lemma_.lower() in self.person_nouns
                        and self._key_of(word.i) is None
                        and not self._apposed_name(word)
                    ):
                        return noun_gender(word.lemma_) or self._title_gender(word.i) or ""
        return None

    def _one_known(self, keys: list[str], latest: dict[str, list[Ref]], sent: int) -> list[str]:
        """The one person of a known gender among names of none that are not subjects in
        sentence ``sent`` ("Ann Lee" beside a name the lists do not know), or all of them.
        A person a noun names ("a judge") is never set aside: it is surely a person."""
        known = [key for key in keys if key in self.gender]
        if len(known) != 1:
            return keys
        for key in keys:
            if key not in self.gender and (
                key.startswith("?") or any(r.subject and r.sent == sent for r in latest[key])
            ):
                return keys
        return known

    def _reporting_subject(self, token: Token) -> str | None:
        """The actor whose reported words have this pronoun as subject or possessor: "Lee
        said (that) she ...", "Lee said her plan ..." (not "Lee said they paid him")."""
        if token.dep_ not in NOMINAL_SUBJECT_DEPS and not (
            token.dep_ == "poss" and token.head.dep_ in NOMINAL_SUBJECT_DEPS
        ):
            return None
        clause = token.head if token.dep_ != "poss" else token.head.head
        while clause.dep_ in ("conj", "xcomp", "aux", "advcl") and clause.head is not clause:
            clause = clause.head
        if clause.dep_ not in ("ccomp", "parataxis"):
            return None
        verb = clause.head
        if verb.lemma_.lower() not in self.lex.speech_verbs:
            return None
        for child in verb.children:
            if child.dep_ in NOMINAL_SUBJECT_DEPS and child.i < token.i:
                for word in (child, *(c for c in child.children if c.dep_ == "appos")):
                    key = self._key_of(word.i)
                    if key is not None:
                        return key  # "Lee said", "her father, Tom Lee, said"
        return None

    def _resolve_collective(self, token: Token, cls: str, recent: deque[Ref]) -> str | None:
        """An "its" or "they" is the nearest organisation, country or group the grammar allows."""
        sent = self.sent_of(token.i)
        drafts = self.names.drafts
        if cls == "it" and not self._referring_it(token):
            return None
        if cls in ("it", "pl") and self._speaks(token):
            return self._previous_group_speaker(sent)
        for ref in reversed(recent):
            if sent - ref.sent > 1:
                return None
            if (
                cls == "it"
                and ref.sent != sent
                and not token.is_sent_start
                and token.head.lemma_.lower() not in self.lex.speech_verbs
            ):
                return None  # back a sentence only as a speaker or opening it: "It added ..."
            draft = drafts[ref.key]
            if draft.kind == "person":
                if cls == "pl":
                    return None  # "they" after a person is more likely people than an institution
                continue
            if draft.key.startswith("place:"):
                continue
            side = cls == "it" and ref.sent == sent and self._side_clause_it(token)
            if (ref.sent != sent if cls == "n" else not ref.subject) and not side:
                # "its" points within its sentence; "they" and "it" to a subject, or "it" in
                # a side clause to the one named before it ("outside Acme after it closed")
                return None
            if cls == "it" and draft.kind == "group":
                return None
            if cls == "pl" and ref.listed:
                return None  # "Acme and Beta said ... They": both, not one of them
            if self._plural_between(ref.token, token.i) if cls == "pl" else False:
                return None
            return ref.key
        return None

    @staticmethod
    def _side_clause_it(token: Token) -> bool:
        """ "it" as subject of a side clause whose main clause has no singular subject that
        could be "it" ("People protested outside Acme after it closed")."""
        if token.head.dep_ != "advcl":
            return False
        main = token.head.head
        subjects = [c for c in main.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        return all(c.tag_ in ("NNS", "NNPS", "PRP") for c in subjects)

    def _speaks(self, token: Token) -> bool:
        """Whether the pronoun is the subject of a verb of speech ("They also claimed")."""
        return (
            token.dep_ in NOMINAL_SUBJECT_DEPS
            and token.head.lemma_.lower() in self.lex.speech_verbs
            and self.quote_of[token.i] < 0
        )

    def _previous_group_speaker(self, sent: int) -> str | None:
        """The organisation, country or group that spoke last, a few sentences back at most;
        None when a person spoke last."""
        for back in range(1, SPEAKER_SENTENCES + 1):
            key = self.speakers.get(sent - back)
            if key is not None:
                draft = self.names.drafts[key]
                return None if draft.kind == "person" or key.startswith("place:") else key
        return None

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
        return any(
            t.tag_ in ("NNS", "NNPS") and t.dep_ in NOMINAL_SUBJECT_DEPS | {"dobj", "pobj"}
            for t in self.doc[start + 1 : end]
        )

    # descriptions
    def _resolve_description(self, token: Token, recent: deque[Ref]) -> str | None:
        if token.tag_ == "NNS":
            return self._resolve_officials(token, recent)
        if token.tag_ not in ("NN", "NNP"):
            return None
        determiners = [c for c in token.children if c.dep_ == "det"]
        possessors = [c for c in token.children if c.dep_ == "poss"]
        definite = any(d.lower_ in DEFINITE for d in determiners)
        country, _ = qualifier(token, self.gaz)
        if any(p.tag_ == "PRP$" for p in possessors) and not definite:
            # "her party", "their company": only an organisation named with that noun
            key = self._named_by_head(token.lemma_.lower(), token, recent)
            if key is not None and self.names.drafts[key].kind == "organisation":
                self._add_description(token, key, "description")
                return key
            return None
        if not definite and not (possessors and country):
            return None
        linked = self._apposed_name(token)
        if linked is not None:
            person = self.names.drafts[linked].kind == "person"
            self._add_description(token, linked, "title" if person else "description")
            return linked
        words = [
            c.lower_
            for c in token.lefts
            if c.dep_ in ("compound", "amod") and c.lower_ in self.lex.title_words
        ]
        title = describe_title([*words, token.lower_], self.lex)
        lemma = token.lemma_.lower()
        if title and title[0]:
            key = self._person_with_title(title[0], title[1], country, recent)
        elif (
            lemma in self.unnamed_heads
            and country
            and not self._named_by_head(lemma, token, recent)
        ):
            key = self._unnamed_organisation(token, country)
            return key
        else:
            key = self._named_by_head(lemma, token, recent)
            if key is None and lemma in self.lex.descriptions and not _proper_modifiers(token):
                key = self._described(lemma, self.lex.descriptions[lemma], country, token, recent)
            if key is None:
                return None
        if key:
            self._add_description(token, key, "title" if title and title[0] else "description")
        return key

    def _resolve_officials(self, token: Token, recent: deque[Ref]) -> str | None:
        """A bare "Officials said" speaks for the one organisation or country named in its
        sentence or the one before; with none, or several, it is left alone."""
        if any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep") for c in token.children
        ):
            return None
        sent = self.sent_of(token.i)
        keys = {
            ref.key
            for ref in recent
            if sent - ref.sent <= 1
            and self.names.drafts[ref.key].kind in ("organisation", "country")
            and not ref.key.startswith("place:")
        }
        if len(keys) != 1:
            return None
        key = keys.pop()
        self._add_description(token, key, "description")
        return key

    def _add_description(self, token: Token, key: str, kind: str) -> None:
        """Record the noun phrase ending at ``token`` as a mention of ``key``."""
        start = min([token.i, *(c.left_edge.i for c in token.lefts)])
        span = self.doc[start : token.i + 1]
        self.names.drafts[key].add(span.start_char, span.end_char, span.text, kind, token.i)

    def _apposed_name(self, token: Token) -> str | None:
        """The actor a description stands in apposition with: "the agency, NEA, said"."""
        linked = [c.i for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            linked.append(token.head.i)
        for index in linked:
            key = self.key_at_head.get(index)
            if key is not None:
                return key
        return None

    def _named_by_head(self, lemma: str, token: Token, recent: deque[Ref]) -> str | None:
        """A "the university" after "the University of Vermont": the latest actor so named
        (of the same country, when the description names one: "Spain's news agency")."""
        if not token.is_lower:
            return None
        country, _ = qualifier(token, self.gaz)
        proper = _proper_modifiers(token)
        sent = self.sent_of(token.i)
        for ref in reversed(recent):
            if sent - ref.sent > DESCRIPTION_SENTENCES:
                return None
            draft = self.names.drafts[ref.key]
            words = self._name_words(draft)
            if draft.kind == "person" or lemma not in words:
                continue
            if country is None and any(word not in words for word in proper):
                continue  # "the European team" is not "the Afghan team"
            if country is None or self._of_country(draft, country):
                return ref.key
        return None

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
        self, title: str, family: str | None, country: str | None, recent: deque[Ref]
    ) -> str | None:
        drafts = self.names.drafts

        def fits(draft: Draft) -> bool:
            if draft.kind != "person" or draft.title is None:
                return False
            if country:
                return draft.country == country and draft.family == family
            return draft.title == title

        for ref in reversed(recent):
            if fits(drafts[ref.key]):
                return ref.key
        holders = [d.key for d in drafts.values() if fits(d)]
        if holders:
            return holders[0] if len(holders) == 1 else None
        if country or family is None:
            return None
        # "the lawmaker" after "Rep. Ann Lee": the one person whose title is of that family
        kin = {d.key for d in drafts.values() if d.kind == "person" and d.family == family}
        return kin.pop() if len(kin) == 1 else None

    def _described(
        self, lemma: str, kind: str, country: str | None, token: Token, recent: deque[Ref]
    ) -> str | None:
        drafts = self.names.drafts
        if kind == "country" and country and f"country:{country}" in drafts:
            return f"country:{country}"
        sent = self.sent_of(token.i)
        if kind == "country":
            return self._salient(sent, recent, lambda key: key.startswith("country:"))
        if kind == "organisation" and lemma in GENERIC_ORG_NOUNS:
            return self._salient(sent, recent, lambda key: key.startswith("org:"))
        if kind == "media":
            return self._medium(sent, recent)
        for ref in reversed(recent):
            if sent - ref.sent > DESCRIPTION_SENTENCES:
                return None
            draft = drafts[ref.key]
            if kind == "place" and ref.key.startswith("place:"):
                return ref.key
            named_so = lemma in GENERIC_ORG_NOUNS or lemma in draft.name.lower()
            if kind == "organisation" and draft.kind == "organisation" and named_so:
                return ref.key
        return None

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
        return max(counts.items(), key=lambda item: item[1])[0]

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

    def __init__(self, length: int) -> None:
        self.holder = [-1] * length
        self.spans: list[tuple[int, int]] = []
        self.opened = -1
        self.line_start = True

    def feed(self, token: Token) -> None:
        """Take the next token."""
        text = token.text
        is_mark = text in OPENING_QUOTES or text in EITHER_QUOTES or text in CLOSING_QUOTES
        opened = self.opened
        if opened >= 0 and (token.i - opened > QUOTE_LIMIT or (self.line_start and is_mark)):
            self.spans.append((opened, token.i - 1))
            opened = -1
        if opened < 0 and (text in OPENING_QUOTES or text in EITHER_QUOTES):
            opened = token.i
        elif opened >= 0 and (text in CLOSING_QUOTES or text in EITHER_QUOTES):
            self.spans.append((opened, token.i))
            opened = -1
        elif opened >= 0:
            self.holder[token.i] = len(self.spans)
        self.opened = opened
        self.line_start = "\n" in token.whitespace_ or "\n" in text

    def finish(self) -> tuple[list[int], list[tuple[int, int]]]:
        """The holder of each token and the quotations' token ranges."""
        if self.opened >= 0:
            self.spans.append((self.opened, len(self.holder) - 1))
            self.opened = -1
        return self.holder, self.spans


def _proper_modifiers(token: Token) -> list[str]:
    """Capitalised adjectives qualifying a noun ("European" in "the European team"), lower-cased."""
    return [
        c.lower_ for c in token.lefts if c.dep_ == "amod" and c.text[:1].isupper() and c.is_alpha
    ]


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
