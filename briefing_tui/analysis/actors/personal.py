"""He and she: the one person of a compatible gender a personal pronoun points to.

A person's gender comes from the words naming them (honorifics and titles,
read with the name; a gendered noun beside it; the first name, ``gender``) and
then from the pronouns that have only one person to point to. A "he" or "she"
never goes to a person of the other known gender, and goes to one of several
compatible people only when the grammar or the discourse singles that one out;
otherwise it is left alone. ``coref.Resolver`` walks the document with these
methods; the state they read is described on ``PersonalPronouns``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui.analysis.actors.apposition import outer_person_noun
from briefing_tui.analysis.actors.gender import first_name_gender, noun_gender
from briefing_tui.analysis.doctext import doc_words
from briefing_tui.analysis.representatives import represented_owner
from briefing_tui.analysis.syntax import NOMINAL_SUBJECT_DEPS

if TYPE_CHECKING:
    from collections import deque
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.actors.lexicon import Lexicon
    from briefing_tui.analysis.actors.names import Names

#: How many sentences back a pronoun may reach (0 = its own sentence).
PRONOUN_SENTENCES = 2
#: Roles in which a person noun no actor took ("a judge") still competes for a later "he".
RIVAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "dative"})
#: Participles that work as prepositions: "Following his arrest, police said" opens with no
#: clause about the subject after it.
PREPOSITIONAL_PARTICIPLES = frozenset(
    {"following", "including", "according", "regarding", "concerning", "considering", "given"}
    | {"excluding", "pending", "barring", "starting", "beginning", "compared", "based"}
)
#: How many paragraphs of quotation in a row may go on from the speaker before them.
CONTINUED_PARAGRAPHS = 3
#: Verbs of asking: "Lee asked Ray whether he would run" is as often about Ray as Lee.
QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "enquire", "question", "query"})
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


class PersonalPronouns:
    """Gender and the choice of a person for "he" and "she", over the walk's state."""

    doc: Doc
    names: Names
    lex: Lexicon
    pronouns: dict[str, str]
    sent_starts: list[int]
    events: list[tuple[int, int, str]]  # (first token, head token, key) of each named mention
    key_at_head: dict[int, str]
    quote_of: list[int]  # the quotation holding each token, -1 outside
    quote_spans: list[tuple[int, int]]
    paragraph_of: list[int]  # the paragraph holding each token (``paragraphs``)
    pronoun_tokens: list[int]
    speakers: dict[int, str]  # sentence -> the actor speaking in it
    _pronoun_key: dict[int, str]  # pronouns resolved so far, by token
    rivals: list[Ref]  # people a noun names without naming who ("a judge"), in text order
    person_nouns: frozenset[str]
    gender: dict[str, str]  # actor key (or "?token" of a rival) -> "m" or "f"
    name_only: set[str]  # people whose gender only their first name shows

    def sent_of(self, token_index: int) -> int:
        """The index of the sentence holding a token."""
        return bisect_right(self.sent_starts, token_index) - 1

    # the walk

    def _quote_speaker(self, token_index: int, sent: int) -> str | None:
        """Who speaks the quotation holding this token (``_speaker_of_quote``), if any."""
        quote = self.quote_of[token_index]
        return self._speaker_of_quote(quote) if quote >= 0 else None

    def _speaker_of_quote(self, quote: int, depth: int = 0) -> str | None:
        """Who speaks a quotation: the speaker of the sentence where it opens or closes, or
        of the sentence just before or after it in its paragraph; for a quotation that is a
        paragraph of its own, the speaker of the one before it."""
        first, last = self.quote_spans[quote]
        opening, closing = self.sent_of(first), self.sent_of(last)
        key = self._introducer(first, -1) or self._introducer(last, 1)
        if key is not None:
            return key  # 'When Lee noted that ..., Ray boasted, "That makes me smart."'
        for near in (opening, closing):
            key = self.speakers.get(near)
            if key is not None:
                return key
        pending = self._unresolved_speaker(opening, closing)
        if pending is not None:
            # '"We warned them," she said.': "she" is not resolved yet; the speaker of the
            # sentence before is hers only if of her gender, never the next sentence's
            return self._earlier_speaker(pending, opening)
        subjects = self._named_subjects(opening, closing)
        if subjects:
            # 'Lee issued a statement: "I ..."': the one who introduces it, else nobody
            before = self.doc[first - 1] if first > 0 else None
            return subjects[0] if before is not None and before.text == ":" else None
        paragraph = self.paragraph_of[first]
        key = self._quoted_before(quote, opening)
        if key is not None:
            # '"She is wrong," he said. "I protected the fund." His aide, Jo Pike, said ...':
            # the words go on from the quotation before, not to the next sentence's speaker
            return key
        for near, at in ((closing + 1, last), (opening - 1, first)):
            if not 0 <= near < len(self.sent_starts):
                continue
            if self.paragraph_of[self.sent_starts[near]] != self.paragraph_of[at]:
                continue  # the next paragraph's "The agency said" does not speak these words
            key = self.speakers.get(near)
            if key is not None:
                return key
            pending = self._unresolved_speaker(near, near, True) if near > closing else None
            if pending is not None:
                # '"... for Christ." Then: "I would say ..." the president added.'
                return self._earlier_speaker(pending, opening)
        return self._continued_speaker(quote, paragraph, depth)

    def _quoted_before(self, quote: int, opening: int) -> str | None:
        """The speaker of the sentence before a quotation's, in its paragraph, when a
        quotation closes in that sentence: these words go on from it."""
        before = opening - 1
        if quote == 0 or before < 0:
            return None
        previous_last = self.quote_spans[quote - 1][1]
        if self.sent_of(previous_last) != before:
            return None
        if self.paragraph_of[previous_last] != self.paragraph_of[self.quote_spans[quote][0]]:
            return None
        return self.speakers.get(before)

    def _introducer(self, mark: int, step: int) -> str | None:
        """The person whose verb of speech stands right before a quotation's opening mark
        (step -1: 'Ray boasted, "..."') or right after its closing mark (step 1: '"...,"
        Ray said', '"...," said Ray'), past commas and colons: that verb's subject."""
        index = mark + step
        while 0 <= index < len(self.doc) and self.doc[index].text in (",", ":"):
            index += step
        if not 0 <= index < len(self.doc):
            return None
        verb = self.doc[index]
        if step > 0 and verb.dep_ in NOMINAL_SUBJECT_DEPS:
            verb = verb.head  # '"...," Ray said': the subject comes first
        if verb.lemma_.lower() not in self.lex.speech_verbs or self.quote_of[verb.i] >= 0:
            return None
        for child in verb.children:
            if child.dep_ in NOMINAL_SUBJECT_DEPS:
                key = self._key_of(child.i) or self._apposed_name(child)
                if key is not None and not key.startswith("?"):
                    return key
        return None

    def _continued_speaker(self, quote: int, paragraph: int, depth: int) -> str | None:
        """The speaker of a quotation that makes a paragraph of its own, with no speaker
        around it: that of the quotation closing the paragraph before ('"...," said Lee.'
        then '"My committee will ..."'), when nothing follows that one there."""
        first, _ = self.quote_spans[quote]
        if quote == 0 or depth >= CONTINUED_PARAGRAPHS:
            return None
        if first > 0 and self.paragraph_of[first - 1] == paragraph:
            return None  # words before the mark in its paragraph: not a paragraph of its own
        previous_last = self.quote_spans[quote - 1][1]
        if self.paragraph_of[previous_last] != paragraph - 1:
            return None
        closing = self.sent_of(previous_last)
        after = self.sent_starts[closing + 1] if closing + 1 < len(self.sent_starts) else None
        if after is not None and self.paragraph_of[after] == paragraph - 1:
            return None  # '"...," said Lee. The agency disagreed.': someone else spoke last
        return self._speaker_of_quote(quote - 1, depth + 1)

    def _earlier_speaker(self, pending: Token, opening: int) -> str | None:
        """The speaker of the sentence before a quotation whose own speaker is not resolved
        yet, when that speaker can be the pronoun or definite noun that says it ("he said",
        "the strategist said"); None for "a spokesman said", someone new."""
        key = self.speakers.get(opening - 1)
        if key is None:
            return None
        person = self.names.drafts[key].kind == "person"
        gender = self.pronouns.get(pending.lower_)
        if gender in ("m", "f"):
            return key if person and self.gender.get(key) in (None, gender) else None
        if gender is not None or pending.lemma_.lower() not in self.person_nouns:
            return None
        definite = any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in pending.children
        )
        return key if definite and person else None

    def _named_subjects(self, opening: int, closing: int) -> list[str]:
        """The actors that are subjects outside quotation marks in the sentences a quotation
        spans, in order."""
        found = []
        for word in self._free_subjects(opening, closing):
            key = self._key_of(word.i)
            if key is not None and not key.startswith("?"):
                found.append(key)
        return found

    def _free_subjects(self, first: int, last: int) -> Iterator[Token]:
        """The nominal subjects outside quotation marks in sentences ``first`` to ``last``."""
        end = self.sent_starts[last + 1] if last + 1 < len(self.sent_starts) else len(self.doc)
        deps = doc_words(self.doc).deps  # a Token is built for the subjects only
        for i in range(self.sent_starts[first], end):
            if deps[i] in NOMINAL_SUBJECT_DEPS and self.quote_of[i] < 0:
                yield self.doc[i]

    def _unresolved_speaker(
        self, opening: int, closing: int, third_person: bool = False
    ) -> Token | None:
        """A subject of a verb of speech, outside quotation marks, in the sentences a
        quotation spans, that no actor stands for yet ("she said", "a source said");
        ``third_person``: not "I" nor "we" (quoted words the marks failed to hold)."""
        for word in self._free_subjects(opening, closing):
            if third_person and self.pronouns.get(word.lower_) in ("i", "we"):
                continue
            if word.head.lemma_.lower() in self.lex.speech_verbs and self._key_of(word.i) is None:
                return word
        return None

    def _apposed_name(self, token: Token) -> str | None:
        """The actor a description stands in apposition with: "the agency, NEA, said"."""
        linked = [c.i for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            linked.append(token.head.i)
        # "a spokesman for the president, Piet Lund": the name is the spokesman's
        lifted = outer_person_noun(token) is not None
        for index in linked:
            key = self.key_at_head.get(index)
            if key is not None and lifted and self.names.drafts[key].kind == "person":
                continue
            if key is not None:
                return key
        return None

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
        subject_votes: Counter[str] = Counter()  # votes of "he"/"she" as a subject
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
            if token.dep_ not in NOMINAL_SUBJECT_DEPS and token.dep_ != "poss":
                continue  # "Lee said the case against her ...": an object may be anyone
            if self._talked_about(token):
                continue  # "Obi said her record ...": a possessor may be anyone too
            if len(keys) == 1 and subject:  # "Marilyn's portrait ... he": no vote
                key = keys.pop()
                votes.setdefault(key, Counter())[cls] += 1
                subject_votes[key] += token.dep_ in NOMINAL_SUBJECT_DEPS
        for key, counter in votes.items():
            draft = drafts[key]
            # only subjects ("Lindsey ... he ... he") outvote a first name: "her" and "his"
            # are as often someone the person talks about
            overruled = counter[self.gender.get(key, "")] == 0 and subject_votes[key] >= 2
            if key in self.name_only and overruled:
                self.gender.pop(key)  # "Lindsey ... he ... his": the pronouns win
            if key not in self.gender:
                (gender, count), *rest = counter.most_common()
                if not rest or count > rest[0][1]:
                    self.gender[key] = gender
                    draft.gender = draft.gender or gender

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
        principal = self._represented_person(token, gender)
        if principal is not None:
            # "Her lawyer, Ann Lee, said she would appeal": the one "her" stands for, never
            # the lawyer; left alone when that "her" is
            return principal or None
        subject = self._fronted_clause_subject(token) or self._opening_participle_subject(token)
        if subject is not None and self.pronouns.get(subject.lower_) != gender:
            # "Discussing his plan, Ann Lee said" (or "Lee's adviser, Ann Lee, said"): the
            # named subject after the clause, else nobody (not someone named before); "...,
            # he said" is resolved as that "he" is
            key = self._key_of(subject.i) or self._apposed_name(subject)
            if key is None or key.startswith("?"):
                return None
            fits = self.names.drafts[key].kind == "person"
            return key if fits and self.gender.get(key) in (None, gender) else None
        latest = self._personal_candidates(token, gender, sent, recent)
        for refs in latest.values():
            refs.sort(key=lambda ref: -ref.token)
        key = self._pick_personal(token, sent, latest)
        if key is not None and key.startswith("?"):
            return None  # the person "a judge" names, whom no actor stands for
        if key is not None and key not in self.gender and self._talked_about(token):
            return None  # "Obi said her record spoke for itself": Obi may be a man
        if key is not None and key not in self.gender:
            self.gender[key] = gender  # "she" settles it for the later pronouns
            self.names.drafts[key].gender = self.names.drafts[key].gender or gender
        return key

    def _represented_person(self, token: Token, gender: str) -> str | None:
        """For a "he" or "she" subject of words reported by someone speaking for another
        person ("Her lawyer, Ann Lee, said she would appeal"): the person the owner pronoun
        of that representative stands for, "" when that owner is no person resolved; None
        when the sentence is not built so."""
        owner = represented_owner(token) if self.quote_of[token.i] < 0 else None
        if owner is None or self.pronouns.get(owner.lower_) != gender:
            return None
        key = self._pronoun_key.get(owner.i)
        return key if key is not None and self.names.drafts[key].kind == "person" else ""

    @staticmethod
    def _fronted_clause_subject(token: Token) -> Token | None:
        """The subject a participle clause written before it in its sentence describes,
        when the pronoun is in that clause: "Discussing his plan, Ann Lee said" (Lee); not
        a clause with a subject of its own ("If she wins, she ...")."""
        clause = token
        while clause.dep_ not in ("advcl", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VBN"):
            return None
        if any(c.dep_ in NOMINAL_SUBJECT_DEPS or c.dep_ == "mark" for c in clause.children):
            return None
        verb = clause.head
        subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        if len(subjects) != 1 or subjects[0].i < clause.right_edge.i:
            return None  # the clause must come first: "Lee said it, despite his doubts"
        return subjects[0]

    def _opening_participle_subject(self, token: Token) -> Token | None:
        """The same as ``_fronted_clause_subject`` where the parse has lost the clause: a
        sentence opening with a participle ("Discussing his concern, Malaysia's Prime
        Minister, Najib Razak said") and the pronoun before its first comma stand for the
        first person named after that comma, or for nobody (the comma is returned then)."""
        sent = token.sent
        opening = sent[0]
        if opening.tag_ not in ("VBG", "VBN") or opening.lower_ in PREPOSITIONAL_PARTICIPLES:
            return None
        if not opening.text[:1].isupper():
            return None  # a sentence the parser cut in the middle
        comma = next((t for t in sent if t.text == ","), None)
        if comma is None or comma.i < token.i:
            return None
        for word in self.doc[comma.i + 1 : sent.end]:
            key = self.key_at_head.get(word.i)
            if key is not None and word.dep_ == "poss":
                continue  # "Chile's Prime Minister, Ana Soto": the owner of the title
            if key is not None and self.names.drafts[key].kind == "person":
                return word
            if self.pronouns.get(word.lower_) in ("m", "f"):
                return word  # "Discussing his plan, he said": as that "he" is
            if word.lemma_.lower() in self.lex.speech_verbs:
                break
        return comma

    def _personal_candidates(
        self, token: Token, gender: str, sent: int, recent: deque[Ref]
    ) -> dict[str, list[Ref]]:
        """The compatible people in reach, each with its mentions there, latest first."""
        drafts = self.names.drafts
        bound = token.dep_ != "poss" and not token.lower_.endswith("self")
        co_subjects = self._clause_subjects(token) if bound else frozenset()
        excluded = self._bound_keys(token, recent) if bound else frozenset()
        speaker = self._quote_speaker(token.i, sent)
        outside = self.quote_of[token.i] < 0
        found: dict[str, list[Ref]] = {}
        speakers: set[str] = set()
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
            if ref.key in excluded:
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

    def _bound_keys(self, token: Token, recent: deque[Ref]) -> frozenset[str]:
        """The actors an object pronoun cannot be: its clause's subjects and co-arguments,
        under any of their mentions ("Hale told him", "Acme said it would back them"), and
        the noun its relative clause describes ("the union that represents them")."""
        subjects = self._clause_subjects(token)
        verb = token.head.head if token.head.dep_ == "prep" else token.head
        described = verb.head.i if verb.dep_ == "relcl" else -1
        keys = {
            ref.key
            for ref in recent
            if ref.head == token.head.i or ref.token in subjects or ref.token == described
        }
        for index in subjects:
            key = self._key_of(index)
            if key is not None:
                keys.add(key)
        return frozenset(keys)

    @staticmethod
    def _clause_subjects(token: Token) -> frozenset[int]:
        """The subjects of the clause an object pronoun sits in, with their conjuncts and
        appositions: "him" is none of them ("Lee, Ray and Roe lined up behind him"); in an
        infinitive without a subject, the one who controls it ("Acme failed to protect
        them", "asked Lee to defend him")."""
        verb = token.head.head if token.head.dep_ == "prep" else token.head
        found: set[int] = set()
        todo = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        while not todo and verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head
            todo = [c for c in verb.children if c.dep_ == "dobj"] or [
                c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS
            ]
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
            # whom the words are told counts only against a teller of known gender:
            # "Okafor told Ann Lee that she ..." may be about Lee
            told = self._addressed(token) if reporter in self.gender else frozenset()
            if not any(
                refs[0].token > at and refs[0].token not in told
                for key, refs in latest.items()
                if key != reporter
            ):
                # nobody else named between "Lee said" and "she" but whom Lee tells it:
                # "Lee told Ray that he ..." is Lee's own plan
                return reporter
        same = [key for key, refs in latest.items() if refs[0].sent == sent]
        if same:
            return self._in_sentence(same, sent, latest)
        if (
            token.dep_ in NOMINAL_SUBJECT_DEPS
            and token.head.lemma_.lower() in self.lex.speech_verbs
        ):
            previous = self.speakers.get(sent - 1)
            opened = self._quotation_before(token)
            if opened is not None and opened - 1 > self.sent_starts[self.sent_of(opened)]:
                opened = None  # 'greeted by Ann Lee, who called them "heroes." She said':
                # a quotation inside a sentence is its speaker's there, who is no speaker before
            if previous not in latest and opened is not None:
                # '"It is wrong. It will fail," he said.' after the speaker's sentence
                previous = self.speakers.get(self.sent_of(opened) - 1)
            if previous in latest:
                return previous  # "... he said." after the same speaker's sentence
        return self._previous_subject(token, sent, latest) or self._previous_one(sent, latest)

    def _quotation_before(self, token: Token) -> int | None:
        """The first token of a quotation that closes right before ``token`` (its comma and
        closing mark between them), if one does."""
        for back in range(1, 4):
            index = token.i - back
            if index < 0:
                return None
            for first, last in self.quote_spans:
                if last == index and first < index:
                    return first
        return None

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
        subject_refs = [r.token for r in latest[key] if r.subject and r.sent == sent - 1]
        since = subject_refs[0]
        if self._speech_subject(token) and all(
            self._reported_subject(self.doc[index]) for index in subject_refs
        ):
            return None  # "Tolliver said Ellison would run. He said ...": he speaks again
        known = key in self.gender
        as_subject = token.dep_ in NOMINAL_SUBJECT_DEPS
        for other, refs in latest.items():
            if other == key or (known and other not in self.gender):
                continue
            if any(r.token > since and (r.subject or not as_subject) for r in refs):
                return None
        return key

    def _speech_subject(self, token: Token) -> bool:
        """Whether a pronoun outside quotation marks is the subject of a verb of speech ("He
        said ...")."""
        return (
            token.dep_ in NOMINAL_SUBJECT_DEPS
            and token.head.lemma_.lower() in self.lex.speech_verbs
            and self.quote_of[token.i] < 0
        )

    def _reported_subject(self, word: Token) -> bool:
        """Whether a subject is that of a clause a verb of speech reports ("Ellison" in
        "Tolliver said Ellison would run"): not the one who speaks."""
        clause = word.head
        return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.lex.speech_verbs

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
                for word in self._free_subjects(near, near):
                    if (
                        word.head.lemma_.lower() in self.lex.speech_verbs
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

    def _reporting_verb(self, token: Token) -> Token | None:
        """The verb of speech whose reported clause has this pronoun as subject or
        possessor of its subject: "said" in "Lee said (that) she ...", "told" in "Lee told
        Ray that he ...", "asked" in "Lee asked Ray whether he ..."."""
        if token.dep_ not in NOMINAL_SUBJECT_DEPS and not (
            token.dep_ == "poss" and token.head.dep_ in NOMINAL_SUBJECT_DEPS
        ):
            return None
        clause = token.head if token.dep_ != "poss" else token.head.head
        while clause.dep_ in ("conj", "xcomp", "aux", "advcl") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ not in ("ccomp", "parataxis"):
            return None
        verb = clause.head
        return verb if verb.lemma_.lower() in self.lex.speech_verbs else None

    def _talked_about(self, token: Token) -> bool:
        """Whether a possessive pronoun is in words someone reports ("Obi said her record
        ..."): the one it names may be whoever the speaker talks about, so it shows no
        gender of the speaker."""
        return token.dep_ == "poss" and self._reporting_verb(token) is not None

    def _addressed(self, token: Token) -> frozenset[int]:
        """The words naming whom the reported words holding this pronoun are told ("Ray" in
        "Lee told Ray that he ...", "Lee said to Ray that he ..."), with their conjuncts:
        the speaker's own plans or acts, not a question put to Ray nor Ray's state."""
        verb = self._reporting_verb(token)
        if verb is None or verb.lemma_.lower() in QUESTION_VERBS:
            return frozenset()  # "Lee asked Ray whether he would run" asks of Ray
        clause = token.head if token.dep_ != "poss" else token.head.head
        if clause.lemma_ == "be" or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in clause.children
        ):
            return frozenset()  # "Lee told Ray he was wrong", "... he was fired": Ray's state
        found: set[int] = set()
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                found.add(child.i)
            elif child.dep_ == "prep" and child.lower_ == "to":
                found.update(c.i for c in child.children if c.dep_ == "pobj")
        todo = list(found)
        while todo:
            word = self.doc[todo.pop()]
            for child in word.children:
                if child.dep_ in ("conj", "appos") and child.i not in found:
                    found.add(child.i)
                    todo.append(child.i)
        return frozenset(found)

    def _reporting_subject(self, token: Token) -> str | None:
        """The actor whose reported words have this pronoun as subject or possessor: "Lee
        said (that) she ...", "Lee said her plan ..." (not "Lee said they paid him")."""
        verb = self._reporting_verb(token)
        if verb is None:
            return None
        for child in verb.children:
            if child.dep_ in NOMINAL_SUBJECT_DEPS and child.i < token.i:
                for word in (child, *_apposed_names(child)):
                    key = self._key_of(word.i)
                    if key is not None:
                        return key  # "Lee said", "her father, Tom Lee, said"
        return None


def _apposed_names(subject: Token) -> list[Token]:
    """The names set beside a subject: "her father, Tom Lee,"; and the name the parse hangs
    on the body of an "of" after it ("the head of a small party, Ann Roe,")."""
    found = [c for c in subject.children if c.dep_ == "appos"]
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for body in prep.children:
                if body.dep_ == "pobj":
                    found += [c for c in body.children if c.dep_ == "appos"]
    return found
