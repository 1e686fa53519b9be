"""The rules that raise open questions, one per cue category, and their context.

Each rule takes a cue found by the lexicons (``question_cues``), reads its
scope in the parse (``question_scope``) and returns a candidate question, or
None where the clause is settled: a past report ("said he would"), a negated
decision ("has ruled out"), a description ("the upcoming final"), a
counterfactual ("could have won").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import char_bounds, doc_text, doc_words, span_text
from briefing_tui.analysis.questions.agenda_words import SCHEDULING, as_written, told_past
from briefing_tui.analysis.questions.bodies import owed_decision, relative_decision
from briefing_tui.analysis.questions.carried_outcomes import ask_carried, carried_outcome
from briefing_tui.analysis.questions.condition_cuts import condition_cuts
from briefing_tui.analysis.questions.condition_deadlines import (
    has_deadline as has_deadline_condition,
)
from briefing_tui.analysis.questions.condition_subjects import name_condition_pronoun
from briefing_tui.analysis.questions.cues import Cue, lemma_set
from briefing_tui.analysis.questions.dates import future_time, has_deadline, names_its_day
from briefing_tui.analysis.questions.held_events import move_filed
from briefing_tui.analysis.questions.phrasing import (
    MAX_QUESTION_WORDS,
    ask_embedded,
    invert,
    statement,
    wh_phrase,
)
from briefing_tui.analysis.questions.positions_ahead import position_ahead
from briefing_tui.analysis.questions.reported_ahead import reported_forecast, reported_party
from briefing_tui.analysis.questions.reported_plans import reported_dated_plan
from briefing_tui.analysis.questions.running_proceedings import still_running
from briefing_tui.analysis.questions.salience import (
    is_aspirational,
    is_bare,
    is_belief,
    is_campaign_rhetoric,
    is_commentary,
    is_dated,
    is_evaluation,
    is_generic_person,
    is_habitual,
    is_past_inability,
    is_permission,
    is_record,
    is_rhetoric,
    is_specific,
    modal_of,
)
from briefing_tui.analysis.questions.scope import (
    clause_tokens,
    clause_verb,
    condition_target,
    governing_tense,
    has_modal,
    is_backshifted,
    is_negated,
    modal_governor,
    quoted_region,
)
from briefing_tui.analysis.questions.stakes import is_decision_move
from briefing_tui.analysis.questions.threats import named_party_acts, terms_of_a_stance
from briefing_tui.analysis.questions.votes import ADOPTING
from briefing_tui.analysis.questions.withheld_asks import withheld_question
from briefing_tui.analysis.syntax import clause_subject, has_nominal_subject, tense
from briefing_tui.model import Actor, Claim, ClaimKind, QuestionKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

_PLAN_DEPS = frozenset({"xcomp", "acl", "ccomp", "advcl"})
#: Subordinators of a clause that gives the reason for another.
_REASONS = frozenset({"because", "since", "as"})
#: Modals with which a speaker softens their own words ("I would say", "I'd argue").
_HEDGING_MODALS = frozenset({"would", "'d", "could", "might"})
#: Cue verbs with which a subject commits itself ("vowed to", "plans to"): what it
#: commits to is its own promise, so rallying words there make rhetoric.
_COMMITMENTS = frozenset({"vow", "promise", "pledge", "swear", "hope", "aim", "seek", "intend"})
_WHETHER = frozenset({"whether", "if"})
#: Verbs that tell what a wh-clause under them asks ("announced where", "revealed when").
_TELLING = frozenset(
    {"announce", "reveal", "disclose", "confirm", "explain", "detail", "show", "unveil", "tell"}
)
_WH_TAGS = frozenset({"WRB", "WP"})


def _parenthetical_reporter(subject: Token) -> bool:
    """Whether ``subject`` says a clause told before it ("It could sell the site, a
    spokesman said."): the subject of a reporting verb that follows its reported clause."""
    verb = subject.head
    if verb.lemma_.lower() not in lemma_set("reporting"):
        return False
    return any(c.dep_ in {"ccomp", "parataxis"} and c.i < subject.i for c in verb.children)


@dataclass(slots=True)
class Candidate:
    """One open question raised by one rule in one sentence, before merging."""

    kind: QuestionKind
    sentences: list[DocSpan]
    text: str
    subject_actor: str | None = None
    actors: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    #: Whether it imagines an outcome ("would", "could", "might", or a condition):
    #: adjacent hypothetical sentences spell out one scenario and merge.
    hypothetical: bool = False
    #: The rule family that raised it (``question_families``).
    family: str = ""
    #: The cue words that raised it, as written.
    cue: str = ""
    #: How sure the analysis is that the matter is open and well asked, 0..1.
    confidence: float = 0.0
    #: The named veto that removed it, or None while it stands.
    veto: str | None = None
    #: Why it is asked but held back rather than shown ("rhetorical-question"), or None.
    weak: str | None = None


#: Heads of a firm's name, said without "the" ("Keller Motors", "Nordic Airlines"), unlike
#: a body's ("the Home Office", "the Fair Trade Authority").
FIRM_HEADS = frozenset(
    {"bank", "company", "corporation", "group", "holdings", "systems", "airlines", "airways"}
    | {"partners", "industries", "labs", "laboratories", "technologies", "studios", "auto"}
    | {"pharmaceuticals", "pharma", "ventures", "enterprises", "motors", "autos", "robotics"}
    | {"dynamics"}
    | {"solutions", "logistics", "associates", "networks", "terminals"}
)


def with_the(name: str) -> str:
    """An actor's name as a question says it: "the Home Office" for a body's name ending in
    an organisation head, "Keller Motors" for a firm's."""
    head = name.split()[-1].lower() if name.split() else ""
    if name.lower().startswith("the "):
        return name  # a name already said with its article ("the Selo Farmers' Union")
    if re.match(r"[^\s’']+['’]s\s", name):
        return name  # owned by a name ("Tanzania's foreign ministry"): the owner determines it
    if head in data_files.words("actors/org_heads.txt") and head not in FIRM_HEADS:
        return f"the {name}"
    return name


@dataclass(slots=True)
class RuleContext:
    doc: Doc
    actor_at: dict[int, str]
    names: dict[str, str]
    #: Character ranges of what the claims pane found someone saying.
    reported: list[tuple[int, int]] = field(default_factory=list)
    #: The lemma of every token (hashes), read the first time a rule asks.
    lemmas: Any = None
    #: The name of the veto with which the last rule raised nothing (for ``--explain``).
    vetoed: str | None = None
    #: The ids of the actors that are people (a "his" is theirs, an "its" never).
    people: frozenset[str] = frozenset()
    #: The ids of the actors that are organisations (a "the company" may be one).
    bodies: frozenset[str] = frozenset()
    #: An actor's acronym the article defines ("PWA"), for a question that runs long.
    acronyms: dict[str, str] = field(default_factory=dict)

    def told_as_done(self, verb: Token, subject: Token | None) -> bool:
        """Whether a later sentence tells that a forecast came true (or did not).

        "She has said she would attend the summit. ... She attended it on
        Friday": the same verb, told in the past by the same subject (the same
        actor, or the same word), about the same object, answers the question.
        """
        if subject is None:
            return False
        if self.lemmas is None:
            from spacy.attrs import LEMMA

            self.lemmas = self.doc.to_array(LEMMA)  # one vector: no walk over the tokens
        start = verb.i + 1
        hits = (self.lemmas[start:] == verb.lemma).nonzero()[0]
        if not len(hits):
            return False
        end = verb.sent.end
        for offset in hits:
            event = self.doc[start + int(offset)]
            if event.i < end or not _told_as_settled(event):
                continue
            if self._same_doer(subject, clause_subject(event)) and _same_object(verb, event):
                return True
        return False

    def _same_doer(self, first: Token, second: Token | None) -> bool:
        if second is None:
            return False
        actors = self.actor_of(first), self.actor_of(second)
        if actors[0] is not None and actors[1] is not None:
            return actors[0] == actors[1]
        return first.lemma_.lower() == second.lemma_.lower() and first.lower_ not in {"it", "they"}

    def is_specific(self, subject: Token | None, *, strict: bool = False) -> bool:
        """Whether ``subject`` is an actor or names something particular."""
        is_actor = subject is not None and subject.i in self.actor_at
        return is_specific(subject, is_actor, strict=strict)

    def why_not_ask(self, verb: Token, subject: Token | None) -> str | None:
        """The veto that keeps a modal clause from being asked, or None when it is worth asking.

        A forecast is worth asking when it is about something particular that can
        still go either way.
        """
        dated = is_bare(subject) and is_dated(verb)  # "voters would choose in May": one occasion
        if not self.is_specific(subject) and not dated:
            return "generality"  # "some crops may do better": not the story's question
        if verb.dep_ == "relcl":
            return "relative-clause"  # "the shuttle, which will launch in May, ...": describes
        if any(c.dep_ == "mark" and c.lower_ == "because" for c in verb.children):
            return "gives-a-reason"  # "... because his appointment would make history"
        if any(
            not self.is_specific(clause_subject(c), strict=True)
            and not named_party_acts(verb, subject, self.actor_at, c)
            for c in _conditions_of(verb)
        ):
            return "general-rule"  # "if a child lacks iodine, growth will suffer"
        if _known_by_anyone(verb):
            return "generic-we-you"  # "you never know what the sea will do"
        if _imagined_by_we_or_you(verb.sent):
            return "generic-we-you"  # "so if we take a pregnant woman, the baby will ..."
        if _narrated_habit(verb):
            return "habitual"  # "he would paint a red one, and then you would see ..."
        if _praises(verb):
            return "evaluation"  # "he would be a great senator" praises; it forecasts nothing
        checks: tuple[tuple[str, bool], ...] = (
            ("habitual", is_habitual(verb)),  # "he would often walk to work" looks back
            ("generic-we-you", is_generic_person(subject, verb, self.reported)),
            ("campaign-rhetoric", is_campaign_rhetoric(verb, subject, self.reported)),
            ("evaluation", is_evaluation(verb)),
            ("record", is_record(verb)),  # "the debate will be his first against one rival"
            ("past-inability", is_past_inability(verb)),
            ("rhetoric", is_rhetoric(verb)),
            ("permission", is_permission(verb)),
            ("commentary", is_commentary(verb, self.reported)),
        )
        return next((name for name, hit in checks if hit), None)

    def worth_asking(self, verb: Token, subject: Token | None) -> bool:
        """Whether a modal clause forecasts something particular that can still go either way."""
        return self.why_not_ask(verb, subject) is None

    def veto(self, name: str) -> None:
        """Record why the rule at work raises nothing here (read by ``--explain``); None."""
        self.vetoed = name

    def name_of(self, token: Token) -> str | None:
        """The name of the actor ``token`` refers to, as a question says it ("the European
        Commission" for "it"). An "it" stands for the nearest subject before it where that
        is an actor, and for no one where that subject is none: the actors analysis may
        tie "it" to a newspaper that a board's sentence follows."""
        actor_id = self.actor_at.get(token.i)
        name = self.names.get(actor_id) if actor_id else None
        if name is not None and is_role_word(name):
            return None  # "Attorney" from "State Attorney General Ann Lee" names no one
        if name is None or token.pos_ != "PRON":
            return name
        if token.lower_ == "it":
            nearest = self._last_subject(token)
            if nearest is not None and nearest != actor_id:
                name = self.names.get(nearest) if nearest else None
                if name is None:
                    return None
        return with_the(name)  # "European Commission" is asked about as "the European ..."

    def _last_subject(self, pronoun: Token) -> str | None:
        """The actor of the nearest subject before ``pronoun`` (in its sentence or the one
        before): "" when that subject is no actor, None when there is none."""
        sent = pronoun.sent
        start = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for token in reversed(pronoun.doc[start : pronoun.i]):
            if token.dep_ in {"nsubj", "nsubjpass"} and token.pos_ != "PRON":
                if _parenthetical_reporter(token) and not self.actor_of(token):
                    continue  # "It could sell the site, a spokesman said.": he says, not does
                return self.actor_of(token) or ""
        return None

    def actor_of(self, token: Token | None) -> str | None:
        if token is None:
            return None
        # the word itself, then its own name words, then the rest of its phrase
        phrase = sorted(token.subtree, key=lambda t: (t.i != token.i, t.i > token.i, t.i))
        for t in phrase:
            if t.i in self.actor_at:
                return self.actor_at[t.i]
        return None

    def actors_in(self, sentences: list[DocSpan]) -> list[str]:
        found: list[str] = []
        for sent in sentences:
            for i in range(sent.start, sent.end):
                actor_id = self.actor_at.get(i)
                if actor_id and actor_id not in found:
                    found.append(actor_id)
        return found

    def candidate(
        self, kind: QuestionKind, sent: DocSpan, text: str, subject: Token | None = None
    ) -> Candidate:
        text = _own_question(sent) or text
        return Candidate(kind, [sent], text, self.topic_of(subject), self.actors_in([sent]))

    def topic_of(self, subject: Token | None) -> str | None:
        """The actor a question is about, else the name its subject gives ("name:flowers")."""
        actor_id = self.actor_of(subject)
        if actor_id is not None or subject is None or subject.pos_ != "PROPN":
            return actor_id
        # a name the actors pane did not reach here (a headline, a transcript) is still one topic
        return f"name:{subject.lower_}"


#: A rule that raises a question at one cue word, or records its veto on the context.
CueRule = Callable[["RuleContext", "Token"], "Candidate | None"]


def raise_at(
    ctx: RuleContext,
    cues: Iterable[Token],
    family: str,
    rules: tuple[tuple[CueRule, str | None], ...],
) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Each cue word through each rule in turn: the candidates raised, marked with
    ``family`` and the rule's cue label (None: the cue word itself), and the vetoes that
    removed the others, each with its cue word."""
    found: list[Candidate] = []
    refused: list[tuple[str, Token]] = []
    for cue in cues:
        for rule, label in rules:
            ctx.vetoed = None
            candidate = rule(ctx, cue)
            if candidate is not None:
                candidate.family, candidate.cue = family, label or cue.text
                found.append(candidate)
            elif ctx.vetoed is not None:
                refused.append((ctx.vetoed, cue))
    return found, refused


#: The generic persons whose "if" imagines a case rather than a party's move.
_GENERIC_PERSONS = frozenset({"we", "you", "one"})


_TRANSCRIPT_LABEL = re.compile(r"[\"“]?[A-Z][A-Z.' -]+:")


def is_role_word(name: str) -> bool:
    """Whether an actor's name is one word for a role or a title ("Attorney", "Judge"),
    which asks about no one in particular."""
    return " " not in name.strip() and name.lower() in _role_words()


@cache
def _role_words() -> frozenset[str]:
    """Nouns for a person's role and titles, from the actors' lexicons."""
    rows = data_files.rows("actors/person_cues.tsv")
    roles = {row[1].lower() for row in rows if len(row) > 1 and row[0] == "noun"}
    return frozenset(roles | {row[0].lower() for row in data_files.rows("actors/titles.tsv")})


def _transcript_label(sent: DocSpan) -> bool:
    """Whether a sentence is a transcript's line: "PENCE: Well, look, ..."."""
    text = doc_text(sent.doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    return _TRANSCRIPT_LABEL.match(text, line_start) is not None


#: Adjectives with which a speaker praises or runs down someone ("he would be a great senator").
_PRAISE = frozenset(
    {
        "great",
        "good",
        "fine",
        "terrific",
        "wonderful",
        "excellent",
        "bad",
        "terrible",
        "awful",
        "better",
        "best",
        "worse",
        "worst",
        "fantastic",
        "perfect",
        "amazing",
        "strong",
        "weak",
    }
)


def _praises(verb: Token) -> bool:
    """Whether a "be" clause only praises or runs down its subject: "would be a great senator"."""
    if verb.lemma_ != "be":
        return False
    grades = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
    words = [g for grade in grades for g in [grade, *grade.children]]
    return any(w.lower_ in _PRAISE for w in words)


def _known_by_anyone(verb: Token) -> bool:
    """Whether a clause sits under a verb whose subject is anyone at all: "you never know
    what the sea will do", "one can only guess how long it will last"."""
    node = verb
    while node.head.i != node.i and node.dep_ in {"ccomp", "xcomp", "advcl", "conj"}:
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in {"you", "one"}:
            return True
    return False


def _imagined_by_we_or_you(sent: DocSpan) -> bool:
    """Whether a sentence imagines a generic case: "if we take a child who ...", "if you
    look at ..."."""
    return any(
        t.lower_ in {"if", "when"}
        and t.dep_ in {"mark", "advmod"}
        and (subject := clause_subject(t.head)) is not None
        and subject.lower_ in _GENERIC_PERSONS
        for t in sent
    )


def _narrated_habit(verb: Token) -> bool:
    """Whether a "would" clause narrates a habit: "would" and then a generic person's modal
    in one sentence ("he would make one, and then you could buy another")."""
    modals = [t for t in verb.sent if t.tag_ == "MD"]
    generic = any(
        (subject := clause_subject(t.head)) is not None and subject.lower_ in _GENERIC_PERSONS
        for t in modals
    )
    woulds = [t for t in modals if t.lower_ in {"would", "'d"}]
    if len(woulds) >= 3:
        return True  # "I would answer, and he would look at me, and he would say ...": a story
    return bool(woulds) and generic and any(t.lower_ == "then" for t in verb.sent)


def _told_as_settled(token: Token) -> bool:
    """Whether a verb tells something as settled: past or perfect, done or not done ("she
    did not attend"), but not under a modal, not still awaited ("has not yet attended")
    and not in a condition ("if she attended").
    """
    if token.pos_ != "VERB" or token.tag_ not in {"VBD", "VBN", "VB"}:
        return False
    auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if token.tag_ == "VB" and not any(a.lower_ == "did" for a in auxiliaries):
        return False  # only "did (not) attend" tells a past with a bare verb
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    if any(c.lower_ in {"yet", "still"} for c in token.children):
        return False
    perfect = any(a.lemma_ == "have" for a in auxiliaries)
    if token.tag_ == "VBN" and not perfect and tense(token) != "past":
        return False  # "the bill, approved by ...": a participle, not a telling
    return not (token.dep_ == "advcl" and any(c.dep_ == "mark" for c in token.children))


def _same_object(forecast: Token, event: Token) -> bool:
    """Whether two clauses of one verb are about the same thing, with the same numbers.

    "will cut 200 jobs" is not answered by "cut prices" or by "cut 100 jobs".
    """
    things = [_objects(forecast), _objects(event)]
    if things[0] and not {t.lemma_.lower() for t in things[0]} & {
        t.lemma_.lower() for t in things[1]
    }:
        return False
    numbers = [{g.lower_ for t in found for g in t.subtree if g.like_num} for found in things]
    return not (numbers[0] and numbers[1] and numbers[0] != numbers[1])


def _objects(verb: Token) -> list[Token]:
    """The nouns a verb acts on: its object, or the object of its prepositions."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "attr", "dative"}]
    found += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return [t for t in found if t.pos_ in {"NOUN", "PROPN"}]


_QUOTE_OPENERS = ("“", '"', "‘", ": ")
#: "I want to ask you, ...", "Let me ask, ...", "I wonder, ...": a frame before the question.
_ASKING_FRAME = re.compile(
    r"^[^,?]*\b(?:ask|asking|asked|wonder|wondering|question is)\b[^,?]*,\s+"
    r"(?=(?:will|would|can|could|should|shall|may|might|is|are|was|were|do|does|did|has|have"
    r"|had|who|what|when|where|why|how|which)\b)",
    re.IGNORECASE,
)


def _conditions_of(verb: Token) -> list[Token]:
    """The "if"/"unless" clauses that ``verb``'s clause hangs on."""
    # "if it fails, growth will stall and they will not thrive": the second clause shares it
    holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return [
        c
        for holder in holders
        for c in holder.children
        if c.dep_ == "advcl"
        and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"} for g in c.children)
    ]


def _own_question(sent: DocSpan) -> str | None:
    """A question the article itself asks in this sentence, as it asks it."""
    text = span_text(sent).strip().rstrip("\"”’' ")
    if not text.endswith("?"):
        return None
    cut = max(text.rfind(opener, 0, len(text) - 1) for opener in _QUOTE_OPENERS)
    asked = text[cut:].lstrip('“"‘: ') if cut >= 0 else text
    if len(asked.split()) < 3:
        asked = text
    # "I want to ask you, will she be there?": the question is what follows the asking
    framed = _ASKING_FRAME.match(asked)
    if framed and len(asked[framed.end() :].split()) >= 3:
        asked = asked[framed.end() :]
    return asked[:1].upper() + asked[1:]


def actor_index(doc: Doc, actors: list[Actor]) -> dict[int, str]:
    """Token index -> id of the actor a mention there refers to."""
    index: dict[int, str] = {}
    for actor in actors:
        for mention in actor.mentions:
            bounds = char_bounds(doc, mention.start, mention.end)
            if bounds is None:
                continue
            for i in range(*bounds):
                index.setdefault(i, actor.id)
    return index


def _stray_subject(verb: Token) -> list[int]:
    """The main clause's subject that the parse hung, as an apposition, at the end of a
    clause opening the sentence ("As Ann Lee appears set to veto the bill, Senator Tom
    Reed disagrees": "Senator Tom Reed" is no apposition of "the bill"): its tokens, to be
    left out of a question about the opening clause."""
    root = verb.sent.root
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in root.children):
        return []
    for token in verb.subtree:
        if token.dep_ != "appos" or token.i > root.i:
            continue
        between = verb.doc[token.i + 1 : root.i]
        if all(t.dep_ in {"advmod", "neg", "aux"} and t.head == root for t in between):
            inner = list(token.subtree)
            comma = [t.i for t in (verb.doc[inner[0].i - 1],) if t.is_punct]
            return [*comma, *(t.i for t in inner)]
    return []


def phrase(ctx: RuleContext, verb: Token, **options: object) -> str:
    shares_head = verb.dep_ == "conj" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children
    )
    if shares_head and not options:
        # "will provide a reminder and consider extensions": ask the whole coordination
        verb = clause_verb(verb.head)
    asked = None
    if not options and verb.dep_ in {"ROOT", "ccomp", "csubj"}:
        # "how costly it could be": the wh-phrase goes first, "How costly could it be?"
        asked = ask_embedded(verb, name_of=ctx.name_of)
    asked = asked or invert(verb, name_of=ctx.name_of, **options)  # type: ignore[arg-type]
    if asked is None and not options and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        # "he would have to consider X": ask the verb that carries the tense
        asked = invert(verb.head, name_of=ctx.name_of)
    dropped = set(options.get("drop", ()))  # type: ignore[call-overload]
    return asked or statement(t for t in clause_tokens(verb) if t.i not in dropped)


def _perfect_read_as_have(verb: Token) -> bool:
    """ "would have limited drivers": the parse makes "have" the verb and the participle a
    modifier; with "would", "could", "might" or "should" it looks back, as the perfect does."""
    if verb.lemma_ != "have" or verb.i + 1 >= len(verb.doc):
        return False
    if verb.doc[verb.i + 1].tag_ != "VBN":
        return False
    return any(
        c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "should", "'d"}
        for c in verb.children
    )


def _is_counterfactual(verb: Token) -> bool:
    """Whether a modal clause looks back or imagines: "could have won", "wish they could"."""
    perfect = any(
        c.dep_ == "aux" and (c.lemma_ == "have" or c.lower_ in {"'ve", "\u2019ve"}) and c.i < verb.i
        for c in verb.children
    )  # "could've scored" as well as "could have scored"
    if perfect and verb.tag_ in {"VBN", "VBD", "JJ"}:
        return True  # the tagger may read "would have overridden" as an adjective
    if _perfect_read_as_have(verb):
        return True
    node = verb
    while node.dep_ in {"ccomp", "xcomp", "conj"} and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in lemma_set("hypothetical"):
            return True
    return False


def _noun_before(word: Token) -> list[Token] | None:
    """The noun phrase just before ``word`` that an expectation is about."""
    if word.dep_ == "acl" and word.head.pos_ in {"NOUN", "PROPN"}:
        noun = word.head
    else:
        earlier = [t for t in word.sent if t.i < word.i and t.pos_ in {"NOUN", "PROPN"}]
        if not earlier:
            return None
        noun = earlier[-1]
        while noun.head.pos_ in {"NOUN", "PROPN"} and noun.head.i < word.i and noun.dep_ != "nsubj":
            noun = noun.head
        while noun.dep_ in {"pobj", "dobj", "nsubj"} and noun.head.pos_ in {"ADP", "VERB"}:
            above = noun.head.head if noun.head.pos_ == "ADP" else noun.head
            if above.pos_ not in {"NOUN", "PROPN"} or above.i >= word.i:
                break
            noun = above
    inner = {t.i for t in word.subtree}
    thing = [t for t in noun.subtree if t.i not in inner and t.i < word.i]
    if thing:
        return thing
    # the parse hung the phrase under the word itself: take the words since the last break
    start = word.i
    while start > word.sent.start and not _is_break(word.doc[start - 1]):
        start -= 1
    words = list(word.doc[start : word.i])
    while words and words[0].pos_ in {"ADP", "CCONJ", "SCONJ", "DET"} and words[0].lower_ != "the":
        words.pop(0)
    return words


def _is_break(token: Token) -> bool:
    """Whether ``token`` separates phrases (a punctuation mark)."""
    return token.is_punct


def _complement(word: Token) -> Token | None:
    """The verb a plan or expectation word governs ("plans to *go*", "effort to *clear*")."""
    for child in word.children:
        if child.dep_ in _PLAN_DEPS and child.pos_ in {"VERB", "AUX"} and child.i > word.i:
            return child
    for child in word.children:
        if child.dep_ == "prep":
            for grandchild in child.children:
                if grandchild.dep_ == "pcomp" and grandchild.pos_ == "VERB":
                    return grandchild
    return None


def _asked_about(ctx: RuleContext, word: Token, verb: Token) -> str:
    """Ask "will" about ``verb``, the subject taken from the cue word's clause."""
    if word.dep_ == "acl" and word.head.pos_ in {"NOUN", "PROPN"} and word.tag_ == "VBN":
        # "with the first hearing set to take place in May": the noun is the subject
        inner = {t.i for t in word.subtree}
        thing = [t for t in word.head.subtree if t.i not in inner]
        asked = [t for t in verb.subtree if not (t.dep_ == "aux" and t.lower_ == "to")]
        noun = statement(thing)[9:-1]
        if thing and thing[0].pos_ == "DET":
            noun = noun[:1].lower() + noun[1:]
        return f"Will {noun} {statement(asked)[9:-1]}?"
    subject = clause_subject(clause_verb(word))
    if word.pos_ == "NOUN":
        subject = next((c for c in word.children if c.dep_ == "poss"), subject)
    # "expects prices to rise": the expected thing is the object, not the one expecting
    subject = next((c for c in word.children if c.dep_ == "dobj" and c.i < verb.i), subject)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), subject)
    drop = [c.i for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    drop += _stray_subject(verb)  # "..., Democratic nominee Ann Lee disagrees": not asked
    return phrase(ctx, verb, subject=subject, asked_aux="will", drop=drop)


# --- one rule per cue category -------------------------------------------------


def _proposal_content(modal: Token, subject: Token | None) -> bool:
    """Whether "would" tells what a proposal holds: its subject is a proposal noun ("the
    expansion would add two cranes", "the bill would raise the wage") and no condition
    ("if", "unless") hangs on the clause."""
    if subject is None or modal.lower_ not in {"would", "'d"}:
        return False
    if subject.lemma_.lower() not in lemma_set("proposals") or subject.pos_ != "NOUN":
        return False
    verb = modal.head
    return not any(
        c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children)
        for c in verb.children
    )


def _side_to_take(ctx: RuleContext, modal: Token) -> str | None:
    """The question a party's position still to be taken asks (``positions_ahead``), for
    a "will" or a reported "would" on its verb; None for any other modal."""
    if modal.dep_ != "aux" or modal.lower_ not in {"will", "would", "'ll", "shall"}:
        return None

    def named(token: Token) -> str | None:
        name = ctx.name_of(token)
        return as_written(with_the(name), token.doc) if name else None

    return position_ahead(modal.head, named)


def _modality(ctx: RuleContext, cue: Cue) -> Candidate | None:
    word = cue.tokens[0]
    sent = word.sent
    if word.tag_ == "MD":
        side = _side_to_take(ctx, word)
        if side is not None:  # "will decide its position at a caucus meeting on Wednesday"
            return ctx.candidate(QuestionKind.PENDING, sent, side, clause_subject(word.head))
        backshifted = is_backshifted(word)
        # "said it would decide next month": a reported "would" with a date ahead forecasts
        ahead = has_deadline(word.sent) or future_time(word.head) or names_its_day(word.head)
        # "the state said it would appeal the ruling": a party's next move in a fight still
        # going on is a pledge, asked as the future it is, though told in reported speech
        ahead = ahead or (backshifted and _reported_move(word))
        # "the ministry said it would review the rules": a party's move told in reported
        # past is still to come unless the article tells it done (``settled-later`` below)
        mover = reported_forecast(word) if backshifted and not ahead else None
        party = reported_party(mover, ctx.actor_at, ctx.people) if mover is not None else None
        ahead = ahead or party is not None
        reported = backshifted and not ahead
        if reported or word.dep_ not in {"aux", "ROOT", "conj", "ccomp"}:
            # reported past, or a modal the parse could not attach to a verb
            return ctx.veto("reported-past")
        if word.dep_ != "aux" and not any(c.pos_ in {"VERB", "AUX"} for c in word.children):
            # "if I may, sir": a modal with no verb forecasts nothing
            return ctx.veto("modal-without-verb")
        verb = word.head
        if verb.dep_ == "aux" and verb.lemma_ == "have" and verb.head.i != verb.i:
            verb = verb.head  # "would have overridden": the parse may hang "would" on "have"
        if verb.lemma_.lower() in lemma_set("settled_verbs"):
            return ctx.veto("settled-verb")
        subject = party or clause_subject(verb)
        if _proposal_content(word, subject):
            # "the expansion would add two cranes" tells what the plan holds, not whether
            # it is adopted
            return ctx.veto("proposal-content")
        decided = relative_decision(verb)
        if decided is not None:  # "the Senate, which will vote on the bill on Monday"
            if ctx.told_as_done(verb, verb.head):
                return ctx.veto("settled-later")
            return ctx.candidate(QuestionKind.PENDING, sent, decided, verb.head)
        if _generic_or_relative(subject, verb):
            # "those who may not speak English" describes, it does not forecast
            return ctx.veto("describes")
        if subject is None and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            # "a law that in June will require ...": a relative clause misread
            return ctx.veto("relative-clause")
        if _is_counterfactual(verb) or any(c.lower_ == "than" for c in verb.children):
            return ctx.veto("counterfactual")  # "could have won", "kinder than he would be"
        if _musing(verb):
            # "I'm sure some would want to join" imagines, it does not forecast
            return ctx.veto("musing")
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _TELLING and wh_phrase(verb):
            # "announces where the shuttles will be displayed": the announcement tells where
            return ctx.veto("told-by-announcement")
        why_not = ctx.why_not_ask(verb, subject)
        if why_not is not None:
            return ctx.veto(why_not)
        if ctx.told_as_done(verb, subject) or move_filed(verb, subject):
            # "... she would attend. She attended on Friday": answered later
            return ctx.veto("settled-later")
        # the reported "would" of a dated plan is asked as the future it is
        dated_plan = backshifted and ahead and modal_of(verb) == "would"
        if mover is not None and party is not None:
            text = _reported_move_asked(ctx, verb, word, mover, party)
        elif dated_plan:
            text = phrase(ctx, verb, asked_aux="will", drop=[word.i])
        else:
            text = phrase(ctx, verb)
        found = ctx.candidate(QuestionKind.EXPECTATION, sent, text, subject)
        found.hypothetical = modal_of(verb) in {"would", "could", "might", "'d"} and not dated_plan
        return found
    head = cue.head if len(cue.tokens) > 1 else word
    if head.dep_ == "amod":
        # "the upcoming debates", "such expected backers" name things; they ask nothing
        return ctx.veto("names-a-thing")
    if head.lemma_.lower() == "forthcoming" and _candid(head):
        # "the agency was not forthcoming about it" means candid, not upcoming
        return ctx.veto("candid-sense")
    if head.pos_ == "NOUN" and any(c.lower_ in {"no", "zero"} for c in head.children):
        return ctx.veto("no-plan")  # "no plans to expand the scheme exist": nothing is planned
    if head.pos_ == "NOUN" and head.dep_ in {"nsubj", "nsubjpass"}:
        # "the effort to pool forces would ...": the predicate is what is asked
        return ctx.veto("cue-as-subject")
    if head.pos_ == "NOUN" and is_belief(head):
        # "believes she has the best plan to fix it" is an opinion of her plan
        return ctx.veto("belief")
    decision = _complement(head)
    decided = relative_decision(decision) if decision is not None else None
    if decided is not None:  # "the Senate, which is expected to vote on the bill next week"
        if ctx.told_as_done(decision, head.head):
            return ctx.veto("settled-later")
        return ctx.candidate(QuestionKind.PENDING, sent, decided, head.head)
    if _generic_or_relative(clause_subject(clause_verb(head)), clause_verb(head)):
        # "those who might seek to lead" describes people, it forecasts nothing
        return ctx.veto("describes")
    existential = clause_verb(head.head)
    told_in_past = existential.lemma_ == "be" and tense(existential) == "past"
    told_in_past |= head.tag_ == "VBG" and governing_tense(head) == "past"
    if head.dep_ == "acl" and told_in_past and not future_time(head):
        return ctx.veto("past-event")  # "there were teams scheduled to compete" tells the past
    future = future_time(head)
    noun_in_past = "past" in {governing_tense(head), tense(clause_verb(head))}
    if head.pos_ == "NOUN" and noun_in_past:  # "his plan was to retire"
        return ctx.veto("past-event")
    if head.pos_ in {"VERB", "AUX"} and future:
        own_subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        thing = sorted(own_subject.subtree, key=lambda t: t.i) if own_subject else None
        thing = thing or _noun_before(head)
        if thing and _complement(head) is None:
            when = [t for t in head.subtree if t.i > head.i]
            noun = statement(thing)[9:-1]
            if thing[0].pos_ == "DET":
                noun = noun[:1].lower() + noun[1:]
            text = f"Will {noun} come {statement(when)[9:-1]}?"
            return ctx.candidate(QuestionKind.EXPECTATION, head.sent, text, thing[0])
    elif head.pos_ in {"VERB", "AUX"}:
        own = tense(head)
        passive = any(c.dep_ == "auxpass" for c in head.children)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        if infinitive and not passive and head.dep_ != "acl":
            return ctx.veto("plain-infinitive")
        if own == "past" and not passive and not reported_dated_plan(head):
            return ctx.veto("past-event")
        if own is None and head.dep_ != "acl" and governing_tense(head) == "past":
            return ctx.veto("past-event")
    if head.dep_ == "relcl" and head.pos_ in {"VERB", "AUX"}:
        # "every loophole she might seek to close": the relative clause describes the noun
        return ctx.veto("relative-clause")
    complement = _complement(head)
    committed = head.lemma_.lower() in _COMMITMENTS
    if complement is not None and committed and is_aspirational(complement):
        # "vows to make the country great again" rallies; it plans nothing
        return ctx.veto("aspiration")
    if complement is not None:
        if ctx.told_as_done(complement, clause_subject(clause_verb(head))):
            # "plans to attend the summit ... attended it on Friday"
            return ctx.veto("settled-later")
        text = _asked_about(ctx, head, complement)
        if text.startswith("Unclear:") and clause_subject(clause_verb(head)) is None:
            # "welcoming the plans to increase funding": no one to ask it of
            return ctx.veto("no-one-to-ask")
        return ctx.candidate(
            QuestionKind.EXPECTATION, sent, text, clause_subject(clause_verb(head))
        )
    if head.dep_ == "acl" and head.head.pos_ in {"NOUN", "PROPN"}:
        noun = head.head
        thing = [t for t in noun.subtree if t.i not in {x.i for x in head.subtree}]
        when = [t for t in head.subtree if t.i != head.i]
        text = statement([*thing, *when])
        if when:
            text = f"Will {statement(thing)[9:-1]} come {statement(when)[9:-1]}?"
        return ctx.candidate(QuestionKind.EXPECTATION, sent, text, noun)
    verb = clause_verb(head)
    if head.pos_ == "ADJ" and clause_subject(verb) is None:
        thing = _noun_before(verb)
        if thing:
            text = f"Is {statement(thing)[9:-1]} {head.lower_}?"
            return ctx.candidate(QuestionKind.EXPECTATION, sent, text, thing[0])
    text = phrase(ctx, verb)
    if text.startswith("Unclear:") and tense(verb) is None and not has_modal(verb):
        # "Facing the prospect of ...": a fragment with no clause to ask about
        return ctx.veto("fragment")
    return ctx.candidate(QuestionKind.EXPECTATION, sent, text, clause_subject(verb))


def _reported_move_asked(
    ctx: RuleContext, verb: Token, modal: Token, mover: Token, party: Token
) -> str:
    """ "the ministry said it would review the rules" asked as the future it is, of the
    party that moves ("Will the ministry review the rules?"): a pronoun no actor was tied to
    is named by the speaker's actor it agrees with."""

    def named(token: Token) -> str | None:
        if token.i != mover.i or mover.i == party.i:
            return ctx.name_of(token)
        name = ctx.names.get(ctx.actor_at.get(party.i, ""))
        if not name or is_role_word(name):
            return None
        # "Caldoria's labour ministry" is named by its owner: no article before it
        owned = name.split()[0].endswith(("'s", "\u2019s"))
        return name if owned else with_the(name)

    asked = invert(verb, name_of=named, subject=mover, asked_aux="will", drop=[modal.i])
    return asked or phrase(ctx, verb)


def _reported_move(modal: Token) -> bool:
    """Whether a reported "would" pledges a step in a decision still to come ("said the
    state would appeal the decision", "said the Senate would vote on it"), not one told
    of a year gone by ("said in 2010 that it would appeal")."""
    verb = modal.head
    # "the committee could vote to hold him in contempt if he refused": a threat on a
    # condition is a move still to come, as a pledged "would" is
    threat = modal.lower_ == "could" and _on_condition(verb)
    if not (modal.lower_ in {"would", "'d"} or threat) or modal.dep_ != "aux":
        return False
    if is_negated(verb):
        return False
    if any(t.like_num and len(t.text) == 4 for t in verb.sent if t.ent_type_ == "DATE"):
        return False
    return is_decision_move(verb)


def _on_condition(verb: Token) -> bool:
    """Whether an "if"/"unless" clause hangs on ``verb`` or on the verb it leads to."""
    for node in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        for child in node.children:
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in {"if", "unless"} for g in child.children
            ):
                return True
    return False


#: Subordinators of an event an outcome waits for ("once the results are in"), which set a
#: condition only as subordinators ("once again" is an adverb).
_WAITING_MARKS = frozenset({"once"})


def _conditions(ctx: RuleContext, cue: Cue) -> Candidate | None:
    word = cue.head
    if word.pos_ == "NOUN":
        verb = clause_verb(word.head if word.dep_ == "appos" else word)
        return ctx.candidate(
            QuestionKind.CONDITIONAL, word.sent, statement(word.sent), clause_subject(verb)
        )
    # "only if": the subordinator, not the adverb, opens the condition
    marker = next((t for t in cue.tokens if t.dep_ == "mark"), cue.tokens[0])
    waiting = marker.lower_ in _WAITING_MARKS
    if waiting and marker.dep_ != "mark":
        return ctx.veto("no-modal-outcome")  # "would once again", "once a port": no event
    target = condition_target(marker)
    if target is not None:
        target = modal_governor(target)
    # "hoped to resume flights if ...", "If ..., they have said they will vote against":
    # the outcome to come is carried by another word than the one the condition hangs on
    carried = None if target is None or has_modal(target) else carried_outcome(target)
    if carried is not None:
        target = carried.outcome
    if target is None or not (has_modal(target) or carried) or _is_counterfactual(target):
        return ctx.veto("no-modal-outcome")
    if _is_deontic(target):
        return ctx.veto("duty")  # "if they pull back, Europe must defend itself" states a duty
    if waiting and (target.lemma_.lower() not in lemma_set("waiting_acts") or is_negated(target)):
        # "sales would rise once the plant opened" forecasts a state; "would review the
        # advisory once the results are in" waits on a step someone takes
        return ctx.veto("not-a-step")
    subject = clause_subject(target)
    if _generic_or_relative(subject, target):
        # "substances that, if swallowed, would cause harm" describes them
        return ctx.veto("describes")
    occasion = has_deadline_condition(marker.head)  # "if it is not paid by Friday"
    if (
        not occasion
        and not ctx.is_specific(clause_subject(marker.head), strict=True)
        and not named_party_acts(target, subject, ctx.actor_at, marker.head)
        and not terms_of_a_stance(target, subject, ctx.actor_at, marker)
    ):
        # "if an infant lacks iodine, growth will suffer" states a general rule; "if a
        # commission confirms it, Kazakhstan would seek compensation" is a named party's
        # threat; "the group would not attend unless government forces pulled back", its terms
        return ctx.veto("general-rule")
    if not ctx.is_specific(subject) and not is_bare(subject):
        # "all of this will be for naught unless ...": "farmers may lose" still asks
        return ctx.veto("general-rule")
    if _narrated_habit(target):
        return ctx.veto("habitual")  # "... and if he had a question, he would turn to ..."
    if is_rhetoric(target) or is_past_inability(target) or is_habitual(target):
        return ctx.veto("rhetoric")
    if is_record(target):
        # "if it passes, it would be the first such law": a record, not an outcome
        return ctx.veto("record")
    if is_generic_person(subject, target, ctx.reported):
        # "if we pull together, we all win": everyone, not a party to the story
        return ctx.veto("generic-we-you")
    if is_campaign_rhetoric(target, subject, ctx.reported):
        # '"If we stick together, we will win," she said' rallies
        return ctx.veto("campaign-rhetoric")
    if not waiting and _reported_past_condition(target, marker):
        # "he said he would not accept it if it were offered" is a past stance
        return ctx.veto("reported-past")
    if carried is not None:
        asked_carried = ask_carried(carried, marker.head, ctx.name_of)
        if asked_carried is None or len(asked_carried.split()) > MAX_QUESTION_WORDS:
            return ctx.veto("unphrasable-outcome")
        text = name_condition_pronoun(asked_carried, marker.head)
        found = ctx.candidate(QuestionKind.CONDITIONAL, word.sent, text, clause_subject(target))
        found.hypothetical = True
        return found
    if marker.lower_ == "if" and _entailed_duty(target) and _plain_condition(marker.head):
        # "if the court quashes the permit, the province would have to restart
        # consultation": the duty is what the ruling entails; whether the court quashes
        # the permit is the open matter
        asked = invert(marker.head, name_of=ctx.name_of, asked_aux="Will")
        if asked is None:
            return ctx.veto("entailed-duty")
        return ctx.candidate(QuestionKind.PENDING, word.sent, asked, clause_subject(marker.head))
    # "... if the deal is blocked, according to a filing": who says so is not asked
    attribution = [
        i for t in target.children if t.lower_ == "according" for i in according_phrase(t)
    ]
    asked = phrase(ctx, target, drop=attribution) if attribution else phrase(ctx, target)
    cuts = condition_cuts(target, marker.head)
    while cuts and len(asked.split()) > MAX_QUESTION_WORDS:
        # too long to ask whole: asked without its adjuncts, not dropped
        attribution = [*attribution, *cuts.pop(0)]
        asked = phrase(ctx, target, drop=attribution)
    if waiting:
        asked = _step_by_speaker(ctx, target, asked)
    text = name_condition_pronoun(asked, marker.head)
    if marker.lower_ == "unless" and is_negated(target):
        text = only_if(text)
    found = ctx.candidate(QuestionKind.CONDITIONAL, word.sent, text, subject)
    found.hypothetical = True
    return found


#: "Would the advisory be reviewed once ...?": a passive question with a definite subject.
_DEFINITE_PASSIVE = re.compile(
    r"^(?P<modal>Would|Will) (?P<subject>the [\w' -]+?) be (?P<verb>\w+) "
)


def _step_by_speaker(ctx: RuleContext, target: Token, asked: str) -> str:
    """ "the ministry said the advisory would be reviewed once the results were in" asked
    of the body that told it ("Would the Ministry of Health review the advisory once ...?"):
    a step a body announces without an agent is its own; else ``asked`` unchanged."""
    passive = any(c.dep_ == "auxpass" for c in target.children)
    if not passive or any(c.dep_ == "agent" for c in target.children):
        return asked
    telling = target.head
    if target.dep_ != "ccomp" or telling.lemma_.lower() not in {"say", "announce", "state"}:
        return asked
    speaker = clause_subject(telling)
    actor = ctx.actor_at.get(speaker.i) if speaker is not None else None
    if actor is None or actor in ctx.people or not ctx.names.get(actor):
        return asked  # a person tells of what a body will do; the body is not named
    found = _DEFINITE_PASSIVE.match(asked)
    if found is None or found.group("verb") != target.lower_:
        return asked
    body = as_written(with_the(ctx.names[actor]), target.doc)
    step = f"{target.lemma_.lower()} {found.group('subject')}"
    return f"{found.group('modal')} {body} {step} {asked[found.end() :]}"


def _plain_condition(condition: Token) -> bool:
    """Whether an "if" clause states an event plainly, one "Will ...?" can ask ("if the
    court quashes the permit"), not with a modal or a negation of its own ("if she could
    not continue"): a hypothetical; nor in the passive ("if the takeover is blocked"), where
    what the condition would set off is the question ("Would X have to pay ... if ...?")."""
    return not any(
        (c.dep_ == "aux" and c.tag_ == "MD") or c.dep_ in {"neg", "auxpass"}
        for c in condition.children
    )


def _entailed_duty(target: Token) -> bool:
    """Whether a condition's outcome is a duty it entails: "would have to restart", "would
    be required to repay" (a verb of ``entailed_duties`` with an infinitive after it)."""
    if target.lemma_.lower() not in lemma_set("entailed_duties"):
        return False
    if target.lemma_.lower() != "have" and not any(c.dep_ == "auxpass" for c in target.children):
        return False  # "would force the board to act": an effect, not a duty
    return any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in target.children
    )


def only_if(question: str) -> str:
    """ "will not back the budget unless the rebate returns" asked without its "not" reads
    the other way round ("Will they back the budget unless ...?"): what was said is that
    they back it only if the rebate returns, so the question asks "... if ...?"."""
    return re.sub(r"\bunless\b", "if", question, count=1)


def _on_a_condition(verb: Token) -> bool:
    """Whether ``verb`` heads an "if"/"unless" clause ("if the inquiry continues")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children
    )


#: Tags of a plural subject, with which "were" is a plain past, not a subjunctive; "they",
#: "we" and "you" are tagged PRP like "it", so they are told by their words.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PLURAL_PRONOUNS = frozenset({"they", "we", "you"})


def _reported_past_condition(target: Token, marker: Token) -> bool:
    """Whether a "would" hangs on a condition that imagines rather than threatens.

    "The union said it would strike if the talks failed" reports a live threat
    (both clauses shifted into the past). "He said he would refuse it if it were
    offered" (a subjunctive "were") and '"If they wanted it, they'd just take it,"
    he said' (a past condition inside the speaker's own words) imagine.
    """
    modals = [c for c in target.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if not modals or not all(m.lemma_.lower() in {"would", "'d", "’d"} for m in modals):
        return False
    conditions = [c for c in target.children if c.dep_ == "advcl"] or [marker.head]
    for condition in conditions:
        # "if she were to win in November" still looks ahead from the time of telling
        to_come = any(c.dep_ == "xcomp" for c in condition.children) or future_time(condition)
        if to_come or any(t.ent_type_ == "DATE" for t in condition.subtree):
            return False
    condition = marker.head
    subject = clause_subject(condition)
    # "if it were offered" imagines; "if the cuts were dropped" is a plain past, backshifted
    singular = (
        subject is not None
        and subject.tag_ not in _PLURAL_TAGS
        and subject.lower_ not in _PLURAL_PRONOUNS
    )
    subjunctive = singular and (
        any(c.lower_ == "were" and c.dep_ in {"aux", "auxpass"} for c in condition.children)
        or condition.lower_ == "were"
    )
    in_quote = quoted_region(target) is not None
    return subjunctive or (in_quote and tense(condition) == "past")


def _candid(word: Token) -> bool:
    """Whether "forthcoming" means candid: said of someone, "about" something, or "being" so."""
    verb = clause_verb(word)
    if any(c.dep_ == "prep" and c.lower_ in {"about", "with"} for c in word.children):
        return True
    if any(c.lower_ == "being" for c in verb.children):
        return True
    return _is_someone(clause_subject(verb))


def _is_someone(subject: Token | None) -> bool:
    """Whether ``subject`` names a person or a body rather than a thing or an event."""
    if subject is None:
        return False
    return subject.pos_ in {"PROPN", "PRON"} or subject.ent_type_ in {"PERSON", "ORG", "NORP"}


def _is_deontic(verb: Token) -> bool:
    """Whether ``verb``'s modal obliges or advises ("must", "should") rather than forecasts."""
    modals = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    return bool(modals) and all(m.lemma_.lower() in lemma_set("deontic") for m in modals)


def _musing(verb: Token) -> bool:
    """Whether a "would/could/might" clause is a speaker's own musing: "I think it would help".

    The clause hangs (as a complement) under an opinion word whose subject is
    "I" or "we"; what it imagines is not one of the story's open outcomes.
    """
    own = clause_subject(verb)
    if own is not None and own.lower_ in {"i", "we"} and verb.lemma_.lower() in {"say", "tell"}:
        return True  # "I would say ...", "I'll tell you": a way of speaking, not a forecast
    hedging = lemma_set("manner") | lemma_set("opinion")
    speaker = own is not None and own.lower_ in {"i", "we"}
    if speaker and verb.lemma_.lower() in hedging and modal_of(verb) in _HEDGING_MODALS:
        return True  # "I wouldn't call it reform", "I'd argue": the speaker's own words
    if any(c.dep_ == "aux" and c.lemma_.lower() in {"will", "shall"} for c in verb.children):
        return False  # "I think the vote will pass" still forecasts
    node = verb
    while node.dep_ in {"ccomp", "xcomp", "conj"} and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in lemma_set("opinion") or any(
            c.dep_ == "acomp" and c.lemma_.lower() in lemma_set("opinion") for c in node.children
        ):
            subject = clause_subject(node.head if node.dep_ == "acomp" else node)
            # "you'd think the board would object": anyone's musing, as much as "I think"
            return subject is not None and subject.lower_ in {"i", "we", "you"}
    return False


def _is_unknown(node: Token) -> bool:
    """ "(it) is unclear": a copula whose predicate is an unknowns word, under which the
    parse may hang "when the trial will begin" as an adverbial clause that still asks."""
    return node.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in {"unclear", "unknown", "uncertain"}
        for c in node.children
    )


def _embedded_question(verb: Token) -> Token | None:
    """A "whether ..." or "when ..." clause under ``verb`` or its predicate."""
    for node in (verb, *verb.children):
        for child in node.children:
            if child.dep_ not in {"ccomp", "csubj", "xcomp", "advcl", "pcomp", "prep"}:
                continue
            clause = child
            if child.dep_ == "prep":
                if child.lower_ not in {"about", "on", "over", "of", "as", "to"}:
                    continue  # "in what is called ..." names a thing; it asks nothing
                clause = next((g for g in child.children if g.dep_ == "pcomp"), None)
                if clause is None:
                    continue
            wh_allowed = True
            if clause.dep_ == "advcl" and not _is_unknown(node) and not _future_aux(clause):
                wh_allowed = False  # "killed when the hotel collapsed" tells when; it asks
                # nothing ("has not said when the chamber will take up the bill" asks: a time
                # clause takes no "will", so the parse's adverbial clause is a question)
            if _asks(clause, wh_allowed=wh_allowed):
                return clause
    return None


def _asks(clause: Token, *, wh_allowed: bool = True) -> bool:
    """Whether a clause is an embedded question: "whether ...", "if ...", or (where
    ``wh_allowed``) "when ...", "what ..."."""
    if {g.lower_ for g in clause.children if g.dep_ == "mark"} & _WHETHER:
        return True
    if not wh_allowed:
        return False
    wh = any(g.tag_ in _WH_TAGS for g in clause.children if g.i < clause.i)
    return wh or wh_phrase(clause) is not None


def _future_aux(clause: Token) -> bool:
    """Whether a clause carries its own "will"/"would" ("when the chamber will vote")."""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in clause.children)


def _whether_question(ctx: RuleContext, clause: Token, subject: Token | None) -> str:
    asked = ask_embedded(clause, name_of=ctx.name_of)
    if asked is not None:
        return asked
    if has_nominal_subject(clause):
        drop = [c.i for c in clause.children if c.dep_ == "mark"]
        return phrase(ctx, clause, drop=drop)
    drop = [c.i for c in clause.children if c.dep_ in {"mark", "aux"} and c.lower_ != "not"]
    return phrase(ctx, clause, subject=subject, asked_aux="will", drop=drop)


def _regards_as(verb: Token) -> bool:
    """Whether "consider" means "regard as" ("considered to be", "considers him a friend")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) and (
        passive or any(c.dep_ == "dobj" for c in verb.children)
    ):
        return True  # "is considered as a commercial one", "considers it as a threat"
    objects = [c for c in verb.children if c.dep_ in {"oprd", "attr", "ccomp", "xcomp"}]
    for obj in objects:
        if obj.dep_ in {"oprd", "attr"} or obj.lemma_ == "be" or obj.pos_ in {"NOUN", "ADJ"}:
            return True
    return False


def _generic_or_relative(subject: Token | None, verb: Token) -> bool:
    """Generic "you" advice, or a relative clause that only describes someone."""
    if subject is None:
        return False
    if subject.lower_ == "you":
        return True
    if verb.dep_ == "relcl" and any(c.tag_ == "WRB" and c.i < verb.i for c in verb.children):
        return True  # "the point where no trace is likely to remain" describes the point
    # the parse sometimes hangs a relative clause as a complement; "that"/"which" still tell
    return subject.tag_ == "WDT" or (verb.dep_ == "relcl" and subject.tag_ == "WP")


def _adoption_question(verb: Token) -> str | None:
    """ "Washington and Oregon are considering bills modeled on X's law" asks whether they
    will pass them, not whether they are considering them (the article says they are)."""
    if verb.lemma_.lower() not in {"consider", "weigh", "mull"} or verb.tag_ != "VBG":
        return None
    subject = clause_subject(verb)
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or thing is None or subject.pos_ == "PRON":
        return None
    adopt = ADOPTING.get(thing.lemma_.lower())
    if adopt is None:
        return None
    doc = verb.doc
    who = doc[subject.left_edge.i : subject.right_edge.i + 1].text
    if subject.left_edge.pos_ == "DET":
        who = who[:1].lower() + who[1:]
    what = doc[thing.left_edge.i : thing.right_edge.i + 1].text
    return f"Will {who} {adopt} {what}?"


def _open_decision(ctx: RuleContext, verb: Token, embedded: Token | None) -> str:
    """Ask about what is being decided, else about the deciding clause itself."""
    if embedded is not None:
        return _whether_question(ctx, embedded, clause_subject(verb))
    return _adoption_question(verb) or _decision_on(ctx, verb) or phrase(ctx, verb)


def _not_yet(ctx: RuleContext, cue: Cue) -> Candidate | None:
    """ "has yet to set a date" and "has not yet named a driver": the negation is the cue."""
    yet = next(t for t in cue.tokens if t.lower_ == "yet")
    verb = clause_verb(yet)
    subject = clause_subject(verb)
    if _generic_or_relative(subject, verb):
        return ctx.veto("describes")
    if verb.lemma_ == "be" and any(c.dep_ == "attr" for c in verb.children):
        # "the answer is not yet more forms" argues; it leaves nothing pending
        return ctx.veto("argues")
    complement = next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None
    )
    if any(t.lower_ == "to" for t in cue.tokens) and complement is not None:
        embedded = _embedded_question(complement)
        if embedded is not None:  # "has yet to decide whether to run": ask about running
            return ctx.candidate(
                QuestionKind.PENDING, verb.sent, _whether_question(ctx, embedded, subject), subject
            )
        drop = [c.i for c in complement.children if c.dep_ == "aux" and c.lower_ == "to"]
        text = phrase(ctx, complement, subject=subject, asked_aux="will", drop=drop)
        return ctx.candidate(QuestionKind.PENDING, verb.sent, text, subject)
    embedded = _embedded_question(verb)
    if embedded is not None:  # "has not yet decided whether to extend it": ask about extending
        return ctx.candidate(
            QuestionKind.PENDING, verb.sent, _whether_question(ctx, embedded, subject), subject
        )
    drop = [t.i for t in cue.tokens]
    drop += [c.i for c in verb.children if c.dep_ == "neg"]
    return ctx.candidate(QuestionKind.PENDING, verb.sent, phrase(ctx, verb, drop=drop), subject)


def _pending(ctx: RuleContext, cue: Cue) -> Candidate | None:
    if any(t.lower_ == "yet" for t in cue.tokens):
        return _not_yet(ctx, cue)
    verb = clause_verb(cue.head)
    if cue.head.pos_ in {"VERB", "AUX"}:
        verb = cue.head
    if is_negated(verb) or verb.tag_ == "VBD" or tense(verb) == "past":
        return ctx.veto("past-event")
    if _regards_as(verb):
        return ctx.veto("regards-as")  # "she is considered a moderate" judges, it decides nothing
    subject = clause_subject(verb)
    if _generic_or_relative(subject, verb):
        return ctx.veto("describes")
    embedded = _embedded_question(verb)
    to = [c.i for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    if embedded is None and to and verb.dep_ == "acl":
        # "begins a process to consider changing the flag": the one who begins considers
        subject = subject or clause_subject(clause_verb(verb.head))
        if subject is not None:
            text = phrase(ctx, verb, subject=subject, asked_aux="will", drop=to)
            return ctx.candidate(QuestionKind.PENDING, verb.sent, text, subject)
    return ctx.candidate(
        QuestionKind.PENDING, verb.sent, _open_decision(ctx, verb, embedded), subject
    )


def _pending_negated(ctx: RuleContext, cue: Cue) -> Candidate | None:
    verb = cue.head if cue.head.pos_ in {"VERB", "AUX"} else clause_verb(cue.head)
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    # "will decide", and "must decide by July": a decision owed is still to come ("Congress
    # must approve any treaty" tells a standing rule, no decision)
    ahead = modal is not None and (
        modal.lower_ in {"will", "'ll", "shall"} or (modal.lower_ == "must" and _owed_now(verb))
    )
    ahead = ahead or _scheduled_ahead(verb)
    owed = owed_decision(verb)
    if owed is not None:  # "the deal must still be approved by the commission"
        return ctx.candidate(QuestionKind.PENDING, verb.sent, owed, clause_subject(verb))
    if not is_negated(verb) and not ahead:
        return ctx.veto("decided")  # "has decided" is settled; "will be decided" is still to come
    subject = clause_subject(verb)
    embedded = _embedded_question(verb)
    if embedded is None:
        embedded = next((c for c in verb.children if c.dep_ in {"xcomp", "dobj"}), None)
        if embedded is not None and embedded.pos_ != "VERB":
            embedded = None
    if embedded is None and _decides_nothing_named(verb):
        # "she said she had not decided": "Has she not decided?" asks nothing a reader can
        # follow, and what she is to decide is not said
        return ctx.veto("undecided-on-nothing")
    if embedded is None and modal is not None and modal.lower_ == "must":
        # "the council must decide on the plan": will it, not must it
        text = phrase(ctx, verb, subject=subject, asked_aux="will")
        return ctx.candidate(QuestionKind.PENDING, verb.sent, text, subject)
    return ctx.candidate(
        QuestionKind.PENDING, verb.sent, _open_decision(ctx, verb, embedded), subject
    )


def _scheduled_ahead(verb: Token) -> bool:
    """ "is due to decide", "is set to decide by May 2": a decision the article schedules,
    still to come; not one "was due to" take."""
    setter = verb.head
    if verb.dep_ != "xcomp" or setter.lemma_.lower() not in SCHEDULING:
        return False
    if told_past(setter) or is_negated(setter):
        return False
    if setter.dep_ == "acomp":  # "is due to": the tense is the "is"'s
        return setter.head.tag_ in {"VBZ", "VBP"} and not is_negated(setter.head)
    return setter.tag_ in {"VBN", "JJ"}


def _decision_on(ctx: RuleContext, verb: Token) -> str | None:
    """ "Will the Trade Board approve Orvo's bid for Kale Dairy by May 2?" for "the Trade
    Board is due to decide by May 2 on Orvo's bid for Kale Dairy": the decision on a
    measure asked by its outcome."""
    if verb.lemma_.lower() != "decide":
        return None
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    thing = next((c for c in on.children if c.dep_ == "pobj"), None) if on else None
    adopt = ADOPTING.get(thing.lemma_.lower()) if thing is not None else None
    if adopt is not None and adopt != "pass":
        adopt = "approve"  # a deciding body approves a bid; its target accepts it
    subject = clause_subject(verb)
    if subject is None and verb.head.dep_ == "acomp":  # "is due to decide": "is"'s subject
        subject = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
    if adopt is None or subject is None or subject.pos_ == "PRON":
        return None
    who = ctx.name_of(subject)
    if not who:
        return None
    who = as_written(with_the(who), verb.doc)
    what = span_text(verb.doc[thing.left_edge.i : thing.right_edge.i + 1])
    day = next(
        (
            span_text(verb.doc[c.left_edge.i : c.right_edge.i + 1])
            for c in verb.children
            if c.dep_ in {"prep", "npadvmod"} and any(t.ent_type_ == "DATE" for t in c.subtree)
        ),
        None,
    )
    what = what[:1].lower() + what[1:] if thing.left_edge.pos_ == "DET" else what
    return f"Will {who} {adopt} {what}{' ' + day if day else ''}?"


def _decides_nothing_named(verb: Token) -> bool:
    """Whether a negated "decide" stands alone: no object, no "on"/"about" phrase, no
    clause of what is to be decided ("she had not decided")."""
    if verb.lemma_.lower() != "decide" or not is_negated(verb):
        return False
    return not any(c.dep_ in {"dobj", "prep", "xcomp", "ccomp", "advcl"} for c in verb.children)


def _owed_now(verb: Token) -> bool:
    """Whether a "must" decision is one owed now, not a standing rule: its clause gives a
    date ("by July"), "now" or "soon", or asks whether ("must decide whether to renew")."""
    words = clause_tokens(verb)
    if any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"now", "soon"} for t in words):
        return True
    return _embedded_question(verb) is not None


def _unknowns(ctx: RuleContext, cue: Cue) -> Candidate | None:
    if cue.head.dep_ in {"amod", "acl"}:
        # "a toll unknown to most readers" describes a thing, it asks nothing
        return ctx.veto("names-a-thing")
    verb = clause_verb(cue.head)
    if cue.head.pos_ in {"VERB", "AUX"} and tense(verb) is None and not has_modal(verb):
        return ctx.veto("no-tense")  # "told them what to say or not say"
    if _gives_a_reason(verb):
        # "struck off because they did not respond" explains a settled fact
        return ctx.veto("gives-a-reason")
    if cue.head.pos_ in {"VERB", "AUX"} and not _asked_for_comment(cue.head):
        # "voters did not respond to the census" is a fact about voters
        return ctx.veto("not-asked-by-press")
    embedded = _embedded_question(cue.head) or _embedded_question(verb)
    if embedded is None and cue.head.pos_ in {"VERB", "AUX"}:
        # "did not respond to questions about whether ...", "declined to comment on X or
        # on whether ...": the question sits below a request noun or a second conjunct
        heads = (cue.head, *(c for c in cue.head.children if c.dep_ == "xcomp"))
        embedded = next(
            (q for q in (withheld_question(h, _asks) for h in heads) if q is not None), None
        )
    subject = clause_subject(verb)
    topic = _unknown_topic(cue.head)
    if embedded is None and topic is not None:
        still = " still" if any(t.lower_ == "still" for t in clause_tokens(verb)) else ""
        words = list(topic.subtree)
        after = topic.head.right_edge.i + 1  # "about his bout | with pneumonia": the parse
        for sibling in cue.head.children:  # may hang the rest of the topic on the cue word
            if sibling.dep_ == "prep" and sibling.i == after:
                words.extend(sibling.subtree)
                after = sibling.right_edge.i + 1
        text = f"What is{still} unknown about {statement(words)[9:-1]}?"
        return ctx.candidate(QuestionKind.UNRESOLVED, verb.sent, text, topic)
    if embedded is not None and verb.dep_ != "relcl":
        text = _whether_question(ctx, embedded, subject)
    else:
        text = _unknown_thing(subject) or statement(clause_tokens(verb))
    return ctx.candidate(QuestionKind.UNRESOLVED, verb.sent, text, subject)


#: Nouns for what is unknown about an event: "the cause of which is unknown".
_CAUSE_NOUNS = frozenset({"cause", "reason", "motive", "origin", "trigger"})
#: Nouns for a fact that can be unknown: "the identity of the gunman remains unclear".
_FACT_NOUNS = frozenset(
    {
        "cause",
        "identity",
        "number",
        "extent",
        "whereabouts",
        "source",
        "motive",
        "origin",
        "fate",
        "cost",
        "size",
        "scale",
        "nature",
        "reason",
        "location",
        "amount",
        "outcome",
    }
)


def _noun_phrase(noun: Token) -> str:
    """A noun's whole phrase as it reads inside a sentence ("the bakery chain"), without an
    apposition ("Nordline, the largest of them")."""
    aside = {t.i for c in noun.children if c.dep_ == "appos" for t in c.subtree}
    aside |= {c.i for c in noun.children if c.dep_ == "punct" and c.i > noun.i}
    words = statement(t for t in noun.subtree if t.i not in aside)[9:-1]
    words += ")" * (words.count("(") - words.count(")"))
    return words[:1].lower() + words[1:] if noun.left_edge.pos_ == "DET" else words


def _unknown_thing(subject: Token | None) -> str | None:
    """Ask what an unknown or unanswered thing is, where the clause names it.

    "..., the cause of which is unknown" asks what caused the clause "which"
    stands for; "the identity of the gunman is unclear" asks "What is the
    identity of the gunman?". None where no such thing is named, and for a comment
    withheld on a thing ("the firm declined to comment on the closures"): what the
    firm would say is no matter the story leaves open.
    """
    if subject is not None and subject.lemma_.lower() in _FACT_NOUNS:
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        target = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if target is not None and target.lower_ == "which":
            before = subject.sent[: subject.left_edge.i - subject.sent.start]
            event = next((t for t in reversed(before) if t.pos_ == "VERB"), None)
            doer = clause_subject(event) if event is not None else None
            if doer is not None and subject.lemma_.lower() in _CAUSE_NOUNS:
                return f"What caused {_noun_phrase(doer)} to {event.lemma_}?"
            return None
        if target is not None and target.pos_ in {"NOUN", "PROPN"}:
            return f"What is {_noun_phrase(subject)}?"
    # "the firm declined to comment on the closures" asks nothing: a comment withheld on a
    # thing is no open matter of the story ("declined to comment on whether ..." is asked
    # by its embedded question)
    return None


def _unknown_topic(word: Token) -> Token | None:
    """What "unknowns" or "open questions" are about: "unknowns about *his illness*"."""
    if word.pos_ != "NOUN":
        return None
    holders = [word, word.head] if word.dep_ == "nsubj" else [word]  # "questions remain about"
    for child in (c for holder in holders for c in holder.children):
        if child.dep_ == "prep" and child.lower_ in {"about", "over", "on", "surrounding", "of"}:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _gives_a_reason(verb: Token) -> bool:
    """Whether ``verb``'s clause is a reason given for another ("because they did not ...")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _REASONS for c in verb.children
    )


def _asked_for_comment(verb: Token) -> bool:
    """Whether an unanswering verb ("did not respond") was asked something by the press."""
    if verb.lemma_.lower() not in {"respond", "return", "reply", "answer"}:
        return True
    objects = [t for c in verb.children if c.dep_ in {"prep", "dobj"} for t in c.subtree]
    requests = lemma_set("comment_requests")
    return not objects or any(t.lemma_.lower() in requests for t in objects)


def _hedges(ctx: RuleContext, cue: Cue) -> Candidate | None:
    word = cue.head
    if word.dep_ == "amod":
        # "the alleged attacker" is the press's caution over a name, not a claim
        return ctx.veto("press-caution")
    if quoted_region(word) is not None or _transcript_label(word.sent):
        # '"Clinton apparently thinks this is a game," he said': a speaker's own irony
        return ctx.veto("quoted-hedge")
    verb = clause_verb(word)
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if any(t.lemma_ == "verify" for t in cue.tokens):
        return ctx.candidate(
            QuestionKind.UNVERIFIED, verb.sent, statement(verb.sent), clause_subject(verb)
        )
    drop = [t.i for t in cue.tokens]
    return ctx.candidate(
        QuestionKind.UNVERIFIED, verb.sent, phrase(ctx, verb, drop=drop), clause_subject(verb)
    )


def _proceedings(ctx: RuleContext, cue: Cue) -> Candidate | None:
    noun = cue.head
    if noun.pos_ != "NOUN":
        return ctx.veto("not-a-proceeding")
    ongoing = lemma_set("ongoing")
    verb = noun.head
    running = any(c.lemma_.lower() in ongoing for c in noun.children if c.dep_ == "amod")
    if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and verb.pos_ in {"VERB", "AUX"}:
        progressive = any(c.lower_ == "being" for c in verb.children if c.dep_ == "auxpass")
        progressive |= verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in verb.children)
        going_on = (progressive or verb.lemma_.lower() in ongoing) and not is_negated(verb)
        if going_on and not running and _on_a_condition(verb):
            # "if the inquiry continues, ...": whether it goes on is itself imagined
            return ctx.veto("hypothetical-proceeding")
        running |= going_on
    if not running:
        # "is under investigation", "a hearing has been set for May 4": told open by a
        # phrase or a date ahead (``running_proceedings``); the rest stay vetoed
        found = still_running(noun)
        if found is None:
            return ctx.veto("proceeding-not-running")
        return ctx.candidate(QuestionKind.PENDING, noun.sent, found.question, noun)
    phrase = statement(noun.subtree)[9:-1]
    phrase = phrase[:1].lower() + phrase[1:] if noun.left_edge.pos_ == "DET" else phrase
    determined = any(c.dep_ in {"det", "poss"} for c in noun.children)
    if not determined and noun.left_edge.pos_ not in {"PROPN", "NUM"}:
        phrase = f"the {phrase[:1].lower()}{phrase[1:]}"  # "How will the trial for fraud end?"
    return ctx.candidate(QuestionKind.PENDING, noun.sent, f"How will {phrase} end?", noun)


Rule = Callable[[RuleContext, Cue], "Candidate | None"]
RULES: dict[str, Rule] = {
    "modality": _modality,
    "conditions": _conditions,
    "pending": _pending,
    "pending_negated": _pending_negated,
    "unknowns": _unknowns,
    "hedges": _hedges,
    "proceedings": _proceedings,
}


def according_phrase(according: Token) -> set[int]:
    """The tokens of "according to NAME(,)" only.

    The parse sometimes hangs the clause's subject on the name, so the name's
    whole subtree would take the subject with it.
    """
    objects = [g for c in according.children if c.lower_ == "to" for g in c.children]
    if not objects:
        return {according.i}
    if according.i > according.head.i:
        # "..., according to Ann Lee, the museum's curator.": all of it trails the clause
        phrase = {t.i for t in according.subtree}
        before = according.left_edge.i - 1
        if before >= according.sent.start and according.doc[before].text in {",", "—", "–"}:
            phrase.add(before)
        return phrase
    last = max(t.i for o in objects for t in o.subtree if t.i <= o.i)
    phrase = {t.i for t in according.subtree if t.i <= last}
    if last + 1 < len(according.doc) and according.doc[last + 1].is_punct:
        phrase.add(last + 1)
    return phrase


def according_to(ctx: RuleContext, doc: Doc) -> tuple[list[Candidate], list[Claim]]:
    """Clauses vouched for by one source ("According to X, ...").

    A named person's word alone raises an unverified question; every such
    attribution is also returned as a claim, so a later denial can answer it.
    """
    found: list[Candidate] = []
    attributions: list[Claim] = []
    lowers = doc_words(doc).lowers
    for token in (doc[i] for i, lower in enumerate(lowers) if lower == "according"):
        if token.lower_ != "according" or token.head.i == token.i:
            continue
        objects = [g for c in token.children if c.lower_ == "to" for g in c.children]
        if not objects:
            continue
        verb = token.head
        drop = according_phrase(token)
        said = [t for t in clause_tokens(verb) if t.i not in drop and not t.is_punct]
        source = ctx.actor_of(objects[0])
        named = source is not None or objects[0].pos_ == "PROPN" or bool(objects[0].ent_type_)
        if said and named:
            attributions.append(
                Claim(
                    id="",
                    source=source,
                    source_text=objects[0].text,
                    source_span=Span(objects[0].idx, objects[0].idx + len(objects[0])),
                    cue="according to",
                    cue_span=Span(token.idx, token.idx + len(token)),
                    content=Span(said[0].idx, said[-1].idx + len(said[-1])),
                    kind=ClaimKind.ACCORDING_TO,
                )
            )
        if any(o.ent_type_ == "PERSON" for o in objects) and any(
            t.pos_ in {"VERB", "AUX"} for t in said
        ):
            text = phrase(ctx, verb, drop=sorted(drop))
            found.append(
                ctx.candidate(QuestionKind.UNVERIFIED, verb.sent, text, clause_subject(verb))
            )
    return found, attributions
