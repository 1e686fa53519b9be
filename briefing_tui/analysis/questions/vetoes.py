"""The vetoes that judge a phrased question whatever its family: it must read on its own.

Each veto has a name, a predicate on the candidate and an example question
that fails it (a test reads it). A question that fails one is
dropped, never shown as a statement: a reader must understand it without the
article, so it is a grammatical question with a finite verb, names who or
what it is about rather than "I" or "you", and is short.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from briefing_tui.analysis.datelines import without_dateline
from briefing_tui.analysis.doctext import doc_words, span_text, tokens_where
from briefing_tui.analysis.questions.agency import thing_as_agent
from briefing_tui.analysis.questions.calendar import asks_a_calendar
from briefing_tui.analysis.questions.cautions import recast_caution
from briefing_tui.analysis.questions.dates import MONTHS_AND_DAYS
from briefing_tui.analysis.questions.descriptions import (
    describes_content,
    describes_layout,
    states_a_penalty_rule,
)
from briefing_tui.analysis.questions.gatherings import (
    duration_told,
    gathering_held,
    journey_made,
    publication_asked,
)
from briefing_tui.analysis.questions.generic_matters import generic_matter, weather_asked
from briefing_tui.analysis.questions.grammar import (
    come_with_object,
    condition_on_itself,
    detached_phrase,
    lost_negation,
    modal_then_finite,
    name_fragment,
    negation_dropped_if,
    opener_without_subject,
    owner_is_owned,
    participle_made_verb,
    person_in_doubt,
    quantity_subject,
    relative_object_lost,
    stray_wh_word,
    tense_clash,
    wh_before_modal,
)
from briefing_tui.analysis.questions.judgements import one_sided_judgement
from briefing_tui.analysis.questions.opinions import (
    asks_a_judgement,
    asks_a_preference,
    asks_a_verdict,
    asks_advice,
    asks_rhetorically,
)
from briefing_tui.analysis.questions.past_asked import (
    argued_view,
    belief_asked,
    deliberation_ahead,
    deliberation_asked,
)
from briefing_tui.analysis.questions.phrasing import MAX_QUESTION_WORDS, completed_nouns
from briefing_tui.analysis.questions.private_plans import private_plan
from briefing_tui.analysis.questions.quoted import asks_back_quote
from briefing_tui.analysis.questions.recasts import (
    asks_a_comment,
    bare_shell_claim,
    dateline_left,
    generic_appeal,
    narrated_would,
    stance_asked_back,
)
from briefing_tui.analysis.questions.rules import Candidate, is_role_word
from briefing_tui.analysis.questions.settled import settled_by_sentence, told_term
from briefing_tui.analysis.questions.settled_terms import (
    confident_forecast,
    routine_handover,
)
from briefing_tui.analysis.questions.tense import asks_subject_in_past, future_time_clause
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: Modals a yes/no question opens with, which need a main verb after their subject.
_MODALS = frozenset(
    {"will", "would", "can", "could", "may", "might", "shall", "should", "must"}
    | {"won't", "wouldn't", "can't", "couldn't"}
)
#: Finite auxiliaries and modals a question opens with (after any wh-phrase).
FINITE_OPENERS = _MODALS | frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "am",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "doesn't",
        "don't",
        "didn't",
        "hasn't",
        "haven't",
        "hadn't",
    ]
)
_WH = frozenset("who whom whose what which when where why how".split())  # noqa: SIM905
#: Past-tense verbs a wh-question may open with, the wh-word its subject ("What caused ...?").
_WH_VERBS = frozenset(["caused", "happened", "led", "prompted", "triggered"])
_RELATIVES = frozenset(["that", "which", "who", "whom", "whose"])
#: Words that cannot be the subject right after the auxiliary of a question (a relative
#: word, an imperative, or a conjunction or preposition left of a cut name: "Had and
#: Wildlife Service ...?").
_NOT_SUBJECTS = frozenset(
    {"which", "who", "whom", "whose", "that", "please", "kindly", "let", "not"}
    | {"and", "or", "but", "nor", "of", "to", "for", "with", "by"}
)
#: Pronouns that stand for the speaker or the reader: a question with one is not standalone.
_SPEAKER_WORDS = frozenset(
    [
        "i",
        "me",
        "my",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "yours",
    ]
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")


def words_of(text: str) -> list[str]:
    """The words of a question, as written."""
    return list(_words(text))


@lru_cache(maxsize=1024)
def _words(text: str) -> tuple[str, ...]:
    """``words_of``, kept: each veto reads the same question's words again."""
    return tuple(_WORD.findall(text))


def has_finite_opening(text: str) -> bool:
    """Whether a question opens with a finite verb, after a wh-phrase of up to four words."""
    words = [w.lower().replace("’", "'") for w in words_of(text)]
    if len(words) > 1 and words[0] in _WH and words[1] in _WH_VERBS:
        return True
    for index, word in enumerate(words[:5]):
        if word in FINITE_OPENERS:
            return index == 0 or words[0] in _WH or words[0] in {"if", "unless", "as"}
        if index == 0 and word not in _WH and word not in {"if", "unless", "as"}:
            break
        if index > 0 and word in _RELATIVES:
            break  # "How such documents that are ...": the verb is the relative clause's
    # "If the talks fail, will ...?": a condition comes first
    return bool(re.search(r",\s+(" + "|".join(sorted(FINITE_OPENERS)) + r")\b", text.lower()))


def _unphrasable(candidate: Candidate) -> bool:
    return candidate.text.startswith("Unclear:") or not candidate.text.rstrip().endswith("?")


def _too_long(candidate: Candidate) -> bool:
    return len(words_of(candidate.text)) > MAX_QUESTION_WORDS


def _no_finite_verb(candidate: Candidate) -> bool:
    # "Which side fired first?": the simple past is finite with no auxiliary before it
    return not has_finite_opening(candidate.text) and not asks_subject_in_past(
        candidate.text, candidate.sentences
    )


#: Verbs a question may ask with that its sentence need not hold in that form.
_ANY_SENTENCE_VERBS = frozenset(["be", "have", "do", "get", "go", "take", "make", "become"])


def _no_main_verb(candidate: Candidate) -> bool:
    """Whether a question opening with a modal keeps no verb of its sentence after it ("Will
    the ten judges of the Court of Appeals?": a cut took the verb away)."""
    words = [w.lower().replace("’", "'") for w in words_of(candidate.text)]
    if not candidate.sentences or len(words) < 2 or words[0] not in _MODALS:
        return False
    said = {
        w.lower().replace("’", "'") for s in candidate.sentences for w in words_of(span_text(s))
    }
    if not set(words[1:]) <= said:
        return False  # a rule worded it anew ("are looking at" -> "decide on"): no mere cut
    verbs: set[str] = set()
    for sent in candidate.sentences:
        strings = doc_words(sent.doc)  # the tokens' strings, not a Token built for each
        for i in range(sent.start, sent.end):
            if strings.pos[i] in {"VERB", "AUX"} or strings.tags[i].startswith("VB"):
                verbs.update((strings.lowers[i], strings.lemmas[i]))
    return not (set(words[1:]) & (verbs | _ANY_SENTENCE_VERBS))


#: A function word cut off by a comma at the start: the remains of a clause ("That, had
#: officials reached?"), not a fronted adverb ("Elsewhere, will the council vote ...?").
_COMMA_OPENER = re.compile(
    r"^\s*(?:that|this|these|those|which|who|whom|what|it|and|but|or|as|than)\s*,", re.I
)


def _comma_after_opener(candidate: Candidate) -> bool:
    return _COMMA_OPENER.match(candidate.text) is not None


def _no_subject(candidate: Candidate) -> bool:
    words = [w.lower() for w in words_of(candidate.text)]
    return len(words) > 1 and words[0] in FINITE_OPENERS and words[1] in _NOT_SUBJECTS


#: Pronouns that, as a question's subject, leave the reader asking who or what is meant.
BARE_PRONOUNS = frozenset(["it", "they", "he", "she"])


#: Words that open the clause an "it ... be" question stands for ("could it be *to* ...").
_EXTRAPOSED = frozenset({"to", "that", "whether"})
#: Words after which "it ... be" measures a time ("it will be weeks *before* ...").
_TIME_SPAN = frozenset({"before", "until", "till"})


def _pronoun_subject(candidate: Candidate) -> bool:
    words = [w.lower() for w in words_of(candidate.text)]
    opener = next((i for i, w in enumerate(words[:10]) if w in FINITE_OPENERS), None)
    if opener is None or opener + 1 >= len(words):
        return False
    subject, verb = words[opener + 1], words[opener]
    after = words[opener + 2] if opener + 2 < len(words) else ""
    if subject == "it" and after == "be":
        # "How costly could it be to ignore it?": "it" stands for what follows; in "Will it
        # be weeks before they know?" it stands for a time the sentence already gives
        clause = next((w for w in words[opener + 3 :] if w in _EXTRAPOSED | _TIME_SPAN), "")
        if clause in _EXTRAPOSED:
            return False
    # "Will they quit?" and "Will it be a blip?": who or what? ("Is it true ...?" may stand)
    return subject in BARE_PRONOUNS and not (subject == "it" and verb in {"is", "was"})


def _speaker_words(candidate: Candidate) -> bool:
    text = re.sub(r"[“\"‘'][^”\"’']*[”\"’']", " ", candidate.text)  # a quoted title may say "I"
    # "US" and "I" are told apart by case: "US" names a country, "us" the speaker
    return any(
        w.lower() in _SPEAKER_WORDS and not (len(w) > 1 and w.isupper()) for w in words_of(text)
    )


#: Verbs that cannot end a question: they need what is said, met or done ("Would Kadzik say?").
_NEEDS_COMPLEMENT = frozenset(
    ["say", "tell", "meet", "ask", "add", "note", "do", "make", "take", "give", "put", "bring"]
)
_BE = frozenset(["is", "are", "was", "were"])
#: A side named at the end of a question by "as ... say" ("as police say?"): nothing left out.
_AS_SIDE_SAYS = re.compile(r",\s+as\s+[^,?]+\s+say\?$")
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those"])


def _incomplete(candidate: Candidate) -> bool:
    words = [w.lower() for w in words_of(candidate.text)]
    if len(words) < 2:
        return True
    if words[-1] in _NEEDS_COMPLEMENT and words[0] in FINITE_OPENERS:
        # "..., or 40,000, as police say?": "as" stands for what they say
        return not _AS_SIDE_SAYS.search(candidate.text)  # "Will Mrs. Clinton meet?": whom?
    if _object_left_out(words[-1], candidate):
        return True  # "Would the deal constitute?": its sentence says constitute what
    # "Was the bridge?": a copula with a subject and nothing said of it
    return words[0] in _BE and len(words) <= 4 and words[-2] in _DETERMINERS


#: How a verb's object or complement hangs on it in the parse.
_OBJECT_DEPS = frozenset({"dobj", "attr", "dative", "oprd"})


def _object_left_out(last: str, candidate: Candidate) -> bool:
    """Whether the question ends on a verb whose object its sentence gives and it left out."""
    verbs = [
        t
        for s in candidate.sentences
        for t in (
            s.doc[i]
            for i, lower in enumerate(doc_words(s.doc).lowers[s.start : s.end], s.start)
            if lower == last
        )
        if t.pos_ in {"VERB", "AUX"} and t.lemma_ != "be"
    ]
    said = {w.lower() for w in words_of(candidate.text)}
    return bool(verbs) and all(_has_object(t, said) for t in verbs)


def _has_object(verb: Token, said: set[str]) -> bool:
    """Whether a verb has an object in the parse that the question does not say ("What will
    the deal cost?" says it), or is a relative clause's whose object is the noun it
    modifies ("the threat that a presidency would constitute")."""
    if any(c.dep_ in _OBJECT_DEPS and c.lower_ not in said for c in verb.children):
        return True
    relative = any(
        c.lower_ in {"that", "which", "whom"} and c.dep_ not in {"nsubj", "nsubjpass"}
        for c in verb.children
    )
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return verb.dep_ in {"relcl", "acl"} and relative and has_subject


def _told_as_fact(candidate: Candidate) -> bool:
    """ "Do E.U. leaders weigh plans ...?" from "E.U. leaders weigh plans ...": a present
    simple the sentence states, asked back; only a dispute asks whether it is so."""
    words = [w.lower() for w in words_of(candidate.text)]
    if candidate.kind == QuestionKind.DISPUTED or not words or words[0] not in {"do", "does"}:
        return False
    for sent in candidate.sentences:
        for token in sent:
            if token.tag_ not in {"VBZ", "VBP"} or token.lemma_ in {"be", "have", "do"}:
                continue
            if any(c.dep_ in {"neg", "aux"} for c in token.children):
                continue  # "does not say", "may weigh": not a plain statement
            if _in_doubt(token):
                continue  # "has not said whether it still plans to": asked, not told
            if token.lemma_.lower() in words[2:]:
                return True
    return False


def _in_doubt(verb: Token) -> bool:
    """Whether ``verb`` heads a clause told as in doubt: "whether" marks it, or "if" a
    complement ("not clear whether other firms use it", "asked if it plans to"), not a
    condition ("if the bill clears its reading, ...")."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return "whether" in marks or ("if" in marks and verb.dep_ == "ccomp")


def _settled_in_sentence(candidate: Candidate) -> bool:
    # a dispute is over what was claimed, which the event's end does not settle
    if candidate.kind == QuestionKind.DISPUTED:
        return False
    return settled_by_sentence(candidate.text, candidate.sentences)


def _unbalanced(candidate: Candidate) -> bool:
    text = candidate.text
    return text.count("(") != text.count(")") or text.count("“") != text.count("”")


def _ongoing_told_as_fact(candidate: Candidate) -> bool:
    """ "Are Tarva and Selo considering new rules?" from "Tarva and Selo are considering new
    rules": a present progressive its sentence states, asked back."""
    words = [w.lower() for w in words_of(candidate.text)]
    if candidate.kind == QuestionKind.DISPUTED or not words or words[0] not in _BE:
        return False
    for sent in candidate.sentences:
        for token in sent:
            if token.tag_ != "VBG" or token.lower_ not in words[2:]:
                continue
            if not any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children):
                continue
            if any(c.dep_ in {"neg", "mark"} for c in token.children):
                continue  # "is not considering", "whether it is considering": not told
            if token.dep_ == "ROOT" or (token.dep_ == "ccomp" and token.head.dep_ == "ROOT"):
                return True
    return False


#: "Was a decision expected by the end of April?": an expectation the article states.
_EXPECTATION_ASKED = re.compile(
    r"^(?:is|are|was|were)\s[^?]*?\b(?:expected|scheduled|due|slated)\s+"
    r"(?:to|by|for|in|on|at|before|after|until|within|next|this|later)\b",
    re.IGNORECASE,
)


#: "Will the league decide its position at its meeting?": a decision's day asked back.
_DECIDES_A_THING = re.compile(
    r"^(?:will|would|is|are)\s[^?]*?\bdecide\s+(?!whether|if|to|on|upon|about|what|how|who|"
    r"which|when|where|why)\w",
    re.IGNORECASE,
)


def _expectation_asked_back(candidate: Candidate) -> bool:
    if candidate.kind == QuestionKind.DISPUTED:
        return False
    if _EXPECTATION_ASKED.search(candidate.text) is not None:
        return True
    # "will decide its position on Wednesday": that a decision is taken, and when, is
    # told; what it decides is open, and a noun for it cannot ask that
    return _DECIDES_A_THING.search(candidate.text) is not None and any(
        t.lemma_.lower() == "decide"
        and any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in t.children)
        for sent in candidate.sentences
        for t in tokens_where(sent, "lemmas", {"decide"})
    )


#: "Will the talks come for next month?": "scheduled for" reworded into no English.
_COME_FOR = re.compile(r"\bcome\s+for\b", re.IGNORECASE)


def _come_for(candidate: Candidate) -> bool:
    return _COME_FOR.search(candidate.text) is not None


def _told_term(candidate: Candidate) -> bool:
    return candidate.kind in _FORWARD and told_term(candidate.text, candidate.sentences)


def _come_with_object(candidate: Candidate) -> bool:
    return come_with_object(candidate.text, candidate.sentences)


#: ", which began in 2024 end?": a relative aside opened by a comma and never closed.
_OPEN_ASIDE = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,?]*\?$", re.IGNORECASE)


def _open_aside(candidate: Candidate) -> bool:
    return _OPEN_ASIDE.search(candidate.text) is not None


def _content_description(candidate: Candidate) -> bool:
    # a dispute or an unknown the article marks ("unclear whether") is open whatever it asks
    open_kinds = {QuestionKind.DISPUTED, QuestionKind.UNRESOLVED}
    return candidate.kind not in open_kinds and describes_content(
        candidate.text, candidate.sentences
    )


def _penalty_rule(candidate: Candidate) -> bool:
    return states_a_penalty_rule(candidate.text)


def _thing_as_agent(candidate: Candidate) -> bool:
    return thing_as_agent(candidate.text, candidate.sentences)


def _one_sided_judgement(candidate: Candidate) -> bool:
    return one_sided_judgement(candidate.text, candidate.sentences)


def _quoted_words(candidate: Candidate) -> bool:
    # a dispute rests on two sides' words, quoted or not: it is asked as such
    return candidate.kind != QuestionKind.DISPUTED and asks_back_quote(
        candidate.text, candidate.sentences
    )


#: Pronouns of quantity that stand for a noun said before ("we will have none").
_ELLIPTICAL = frozenset(
    {"none", "nothing", "any", "some", "all", "everything", "either", "neither", "both", "one"}
)


def _elliptical_object(candidate: Candidate) -> bool:
    """ "Will Joe Kell have none?": the question ends on a pronoun of quantity whose noun
    was in the sentence, not in the question."""
    words = [w.lower() for w in words_of(candidate.text)]
    if len(words) < 3 or words[-1] not in _ELLIPTICAL or words[-2] in {"at", "of"}:
        return False
    return words[0] in FINITE_OPENERS


#: A routine's frequency: "every 20 minutes", "twice a week" (not "daily", "nightly", which
#: are as often adjectives: "a nightly tax", "daily fines").
_ROUTINE = re.compile(
    r"\b(?:every\s+(?:\d+\s+|few\s+|other\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|morning|evening|night)|"
    r"(?:once|twice|\d+\s+times)\s+(?:a|an|per)\s+(?:minute|hour|day|week|month))\b",
    re.IGNORECASE,
)


def _stated_routine(candidate: Candidate) -> bool:
    """ "Will a ferry service run every 20 minutes?": a service's routine the article
    states, not an event that may or may not come."""
    if candidate.kind not in {QuestionKind.EXPECTATION, QuestionKind.PENDING}:
        return False
    return _ROUTINE.search(candidate.text) is not None


#: "Shall" asked of anyone but the speakers themselves ("Shall I ...", "Shall we ...").
_DUTY_SHALL = re.compile(r"^Shall\s+(?!I\b|we\b)", re.IGNORECASE)


def _duty_shall(candidate: Candidate) -> bool:
    """ "Shall the agency act within twelve months?": "shall" of a third party is a duty a
    law or a contract lays down ("the statute says the agency shall act"), not a forecast."""
    return _DUTY_SHALL.match(candidate.text) is not None


#: Modals that with "have" and a participle look back on what did not happen.
_COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should", "'d"})


def _past_counterfactual(candidate: Candidate) -> bool:
    """ "Would the law have limited drivers to 60 hours?": a modal with "have" and a
    participle in its sentence tells what would have been, which nothing can now settle
    (the parse may take the participle for an adjective: "have limited drivers")."""
    words = [w.lower().replace("’", "'") for w in words_of(candidate.text)]
    pairs = {(a, b) for a, b in pairwise(words) if a == "have"}
    if not pairs:
        return False
    for sent in candidate.sentences:
        tokens = list(sent)
        for before, have, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
            if have.lower_ != "have" or ("have", after.lower_) not in pairs:
                continue
            if before.lower_.replace("’", "'") not in _COUNTERFACTUAL_MODALS:
                continue
            if after.tag_ == "VBN" or (after.tag_ == "JJ" and after.lower_.endswith("ed")):
                return True
    return False


def _calendar(candidate: Candidate) -> bool:
    kinds = {QuestionKind.EXPECTATION, QuestionKind.PENDING}
    return candidate.kind in kinds and asks_a_calendar(candidate.text)


#: Conjunctions that join a second predicate to a question's first.
_JOINING = frozenset({"and", "but", "or"})
#: Words that open a clause of its own, inside which a finite verb is in order.
_SUBORDINATORS = frozenset(
    {"whether", "if", "that", "when", "because", "after", "before", "until", "unless"}
    | {"who", "which", "while", "as", "where", "since", "once", "what", "how", "why"}
)
_MAIN_PART = re.compile(rf"(?:^|,\s+)((?:{'|'.join(sorted(FINITE_OPENERS))})\b.*)$", re.I)


def joined_at(text: str, sentences: Sequence[Span]) -> int | None:
    """Where a second predicate with a finite verb of its own is joined to the question's
    first ("... on March 3 and is expected to vote ...?", "... paid for it and deserved
    refunds?"): the index in ``text`` of its conjunction, or None."""
    main = _MAIN_PART.search(text)
    if main is None:
        return None
    finite = {
        strings.lowers[i]
        for s in sentences
        for strings in (doc_words(s.doc),)
        for i in range(s.start, s.end)
        if strings.tags[i] in {"VBD", "VBZ", "VBP", "MD"} and strings.pos[i] in {"VERB", "AUX"}
    }
    if not finite:
        return None
    offset = main.start(1)
    tokens = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*", main.group(1)))
    for index, word in enumerate(tokens[1:-1], start=1):
        lower = word.group(0).lower()
        if lower in _SUBORDINATORS:
            return None
        if lower in _JOINING and tokens[index + 1].group(0).lower() in finite:
            return offset + word.start()
    return None


def _joined_predicates(candidate: Candidate) -> bool:
    return joined_at(candidate.text, candidate.sentences) is not None


@dataclass(frozen=True, slots=True)
class PhraseVeto:
    """A named test a phrased question must pass, with a question that fails it."""

    name: str
    predicate: Callable[[Candidate], bool]
    why: str
    example: str
    #: The sentence the example question was asked of, for vetoes that read the parse.
    sentence: str = ""


_FRAMES = "|".join(sorted(FINITE_OPENERS))
#: "..., will the recording say?": the question asks the reporting verb, not what it reports.
_REPORTING_FRAME = re.compile(
    rf",\s+({_FRAMES})\s+[^,?]+\s(say|tell|add|ask|write|note|explain|reply)\?$", re.IGNORECASE
)


def _reporting_frame(candidate: Candidate) -> bool:
    return bool(_REPORTING_FRAME.search(candidate.text))


def _opinion(candidate: Candidate) -> bool:
    return (
        asks_a_judgement(candidate.text)
        or asks_a_verdict(candidate.text)
        or asks_advice(candidate.text)
    )


def _rhetorical(candidate: Candidate) -> bool:
    return asks_rhetorically(candidate.text)


#: "..., Democratic nominee Ann Lee?": a short phrase with no verb left dangling after a
#: comma at the end, where a clause of the sentence was cut off (a date or number may stand).
_DANGLING_TAIL = re.compile(r",\s+((?:[A-Za-z][\w’'.-]*\s*){1,4})\?$")
_TAIL_VERBS = frozenset({"is", "are", "was", "were", "be", "has", "have", "had", "do", "does"})


def _dangling_tail(candidate: Candidate) -> bool:
    match = _DANGLING_TAIL.search(candidate.text)
    if match is None:
        return False
    tail = [w.lower() for w in match.group(1).split()]
    if tail[0] in MONTHS_AND_DAYS or tail[0] in _TAIL_OPENERS:
        return False
    if set(tail) & (_TAIL_VERBS | FINITE_OPENERS):
        return False
    before = candidate.text[: match.start()]
    # "If X, will Y?" and "Before the vote, will ...?": the comma closes a fronted clause
    if not (has_finite_opening(before + "?") and " " in before):
        return False
    return not _apposed(match.group(1).split(), candidate)


#: Words that open a trailing phrase that reads: a preposition, a conjunction.
_TAIL_OPENERS = frozenset(
    [
        "if",
        "unless",
        "when",
        "as",
        "and",
        "or",
        "but",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "of",
        "over",
        "after",
        "before",
        "into",
        "under",
        "against",
        "about",
        "than",
        "following",
        "including",
        "during",
        "despite",
        "amid",
    ]
)


def _apposed(tail: list[str], candidate: Candidate) -> bool:
    """Whether the parse hangs the dangling phrase on the noun before the comma, naming it
    ("vote for the party's nominee, Ann Lee?"), or it is a place's region ("in Selo,
    Norland"), rather than a part of another clause. Only the sentence that holds the
    phrase after its comma is read."""
    for sent in candidate.sentences:
        for token in sent:
            if token.text != tail[0] or token.i < 1 or token.doc[token.i - 1].text != ",":
                continue
            if token.ent_type_ in {"GPE", "LOC"}:
                return True
            end = token.i + len(tail) - 1
            if end >= len(token.doc) or token.doc[end].text != tail[-1]:
                continue
            node = token.doc[end]
            while node.dep_ in {"compound", "flat", "amod", "det", "poss"} and node.head != node:
                node = node.head
            # a person is no apposition of a place ("sue Saudi Arabia, nominee Ann Lee"):
            # the parse joined the subject of the next clause to the object before the comma
            clash = node.ent_type_ == "PERSON" and node.head.ent_type_ in {"GPE", "LOC", "ORG"}
            return node.dep_ == "appos" and not clash
    return False


#: "by June and not until the autumn": a hedge left out joined two times into nonsense.
#: A hedge a second half may keep before its "not" ("and possibly not until ...").
_HEDGE = r"(?:(?:possibly|perhaps|maybe|probably|likely|even)\s+)?"
_GARBLED_JOIN = re.compile(
    rf"\b(?:and|or|but)\s+{_HEDGE}not\s+(?:until|before|after|by|in|on|for|till)\b|"
    r"\b(and|or|but)\s+(?:and|or|but)\b",
    re.IGNORECASE,
)


#: "Will either Ann Lee or Tom Berg win?": one of two is sure to; the question asks nothing.
_EITHER_SUBJECT = re.compile(rf"^(?:{_FRAMES})\s+either\s+\S.*\sor\s", re.IGNORECASE)


def _lost_complement(candidate: Candidate) -> bool:
    """Whether the question keeps a consequence's object but not the clause that completes
    it ("result in an individual's asylum claim" for "... claim being refused")."""
    said = {w.lower() for w in words_of(candidate.text)}
    return any(
        noun.lower_ in said and verb.lower_ not in said
        for sent in candidate.sentences
        for noun, verb in completed_nouns(sent)
    )


def _either_or(candidate: Candidate) -> bool:
    return _EITHER_SUBJECT.search(candidate.text) is not None


def _garbled_join(candidate: Candidate) -> bool:
    return _GARBLED_JOIN.search(candidate.text) is not None


def _wh_before_modal(candidate: Candidate) -> bool:
    return wh_before_modal(candidate.text, candidate.sentences)


def _stray_wh_word(candidate: Candidate) -> bool:
    return stray_wh_word(candidate.text)


def _lost_negation(candidate: Candidate) -> bool:
    return lost_negation(candidate.text, candidate.sentences)


def _modal_then_finite(candidate: Candidate) -> bool:
    return modal_then_finite(candidate.text, candidate.sentences)


def _opener_without_subject(candidate: Candidate) -> bool:
    return opener_without_subject(candidate.text, candidate.sentences)


def _name_fragment(candidate: Candidate) -> bool:
    return name_fragment(candidate.text, candidate.sentences) is not None


def _detached_phrase(candidate: Candidate) -> bool:
    return detached_phrase(candidate.text, candidate.sentences)


#: "How will the possible lawsuits end?": a proceeding no one has brought yet has no end.
_NOT_YET_BROUGHT = re.compile(
    r"^How will (?:the |any )?(?:possible|potential|prospective|threatened|likely)\b[^?]*"
    r"\bend\?$",
    re.IGNORECASE,
)


def _not_yet_brought(candidate: Candidate) -> bool:
    return _NOT_YET_BROUGHT.match(candidate.text) is not None


def _person_in_doubt(candidate: Candidate) -> bool:
    return person_in_doubt(candidate.text, candidate.sentences, is_role_word) is not None


def _stated_preference(candidate: Candidate) -> bool:
    return candidate.kind != QuestionKind.DISPUTED and asks_a_preference(candidate.text)


def _private_plan(candidate: Candidate) -> bool:
    return candidate.kind in _FORWARD and private_plan(candidate.text, candidate.sentences)


def _confident_forecast(candidate: Candidate) -> bool:
    return candidate.kind in _FORWARD and confident_forecast(candidate.text, candidate.sentences)


def _routine_handover(candidate: Candidate) -> bool:
    return candidate.kind in _FORWARD and routine_handover(candidate.text)


def _recast_caution(candidate: Candidate) -> bool:
    return candidate.kind in _FORWARD and recast_caution(candidate.text, candidate.sentences)


def _generic_appeal(candidate: Candidate) -> bool:
    return candidate.kind != QuestionKind.DISPUTED and generic_appeal(
        candidate.text, candidate.sentences
    )


def _narrated_would(candidate: Candidate) -> bool:
    return candidate.kind == QuestionKind.EXPECTATION and narrated_would(
        candidate.text, candidate.sentences
    )


def _asks_a_comment(candidate: Candidate) -> bool:
    return asks_a_comment(candidate.text)


def _dateline_left(candidate: Candidate) -> bool:
    """A dateline the shared cleaning (``analysis.datelines.without_dateline``, which every
    shown question goes through) would not take out."""
    sentences = candidate.sentences
    text = candidate.text
    if sentences:
        text = without_dateline(text, sentences[0].doc)
    return dateline_left(text, sentences)


def _stance_asked_back(candidate: Candidate) -> bool:
    return candidate.kind != QuestionKind.DISPUTED and stance_asked_back(candidate.text)


def _bare_shell_claim(candidate: Candidate) -> bool:
    return bare_shell_claim(candidate.text)


#: The kinds that ask what will happen (a plan, a forecast).
_FORWARD = frozenset({QuestionKind.EXPECTATION, QuestionKind.PENDING})
#: The kinds an announced arrangement is asked back in (not a condition or a dispute).
_ARRANGED = frozenset({QuestionKind.EXPECTATION, QuestionKind.PENDING, QuestionKind.UNRESOLVED})


def _gathering_held(candidate: Candidate) -> bool:
    # an agreed meeting's family asks whether it takes place: that is its open matter
    if candidate.kind not in _ARRANGED or candidate.family == "meeting":
        return False
    return gathering_held(candidate.text)


def _journey_made(candidate: Candidate) -> bool:
    return candidate.kind in _ARRANGED and journey_made(candidate.text)


def _duration_told(candidate: Candidate) -> bool:
    return candidate.kind in _ARRANGED and duration_told(candidate.text)


#: A yes-no question opens with its auxiliary ("Will ...?", "Would ...?").
_YES_NO = re.compile(r"^(?:Will|Would|Does|Do|Did|Is|Are|Has|Have)\b")


def _publication_asked(candidate: Candidate) -> bool:
    # named exception, doubted-publication: "It was not clear whether the university would
    # publish the panel's findings" asks whether they come out at all, which no one has
    # announced ("Will the university publish the panel's findings?"); "did not say when it
    # would publish its findings" announced them and asks only the day: still vetoed
    if candidate.kind == QuestionKind.UNRESOLVED and _YES_NO.match(candidate.text):
        return False
    return candidate.kind in _ARRANGED and publication_asked(candidate.text)


def _describes_layout(candidate: Candidate) -> bool:
    return candidate.kind in _FORWARD and describes_layout(
        candidate.text, candidate.sentences, is_role_word
    )


def _owner_is_owned(candidate: Candidate) -> bool:
    return owner_is_owned(candidate.text)


def _condition_on_itself(candidate: Candidate) -> bool:
    return condition_on_itself(candidate.text, candidate.sentences)


def _participle_made_verb(candidate: Candidate) -> bool:
    return participle_made_verb(candidate.text, candidate.sentences)


def _relative_object_lost(candidate: Candidate) -> bool:
    return relative_object_lost(candidate.text, candidate.sentences)


#: Kinds that ask what two sides or the press said, which a past tense may ask.
_SAID = frozenset({QuestionKind.DISPUTED, QuestionKind.UNVERIFIED})


def _belief_asked(candidate: Candidate) -> bool:
    return candidate.kind not in _SAID and belief_asked(candidate.text, candidate.sentences)


def _deliberation_asked(candidate: Candidate) -> bool:
    return candidate.kind not in _SAID and deliberation_asked(candidate.text, candidate.sentences)


def _deliberation_ahead(candidate: Candidate) -> bool:
    return candidate.kind not in _SAID and deliberation_ahead(candidate.text, candidate.sentences)


def _generic_matter(candidate: Candidate) -> bool:
    return generic_matter(candidate.text, candidate.sentences)


def _weather_asked(candidate: Candidate) -> bool:
    return candidate.kind in _FORWARD and weather_asked(candidate.text)


def _negation_dropped_if(candidate: Candidate) -> bool:
    return negation_dropped_if(candidate.text, candidate.sentences)


def _tense_clash(candidate: Candidate) -> bool:
    # a future's time clause is asked in the present later (tense.asked_now): no clash
    text = candidate.text
    return tense_clash(text, candidate.sentences) and future_time_clause(text) == text


def _argued_view(candidate: Candidate) -> bool:
    return candidate.kind not in _SAID and argued_view(candidate.text, candidate.sentences)


def _quantity_subject(candidate: Candidate) -> bool:
    return quantity_subject(candidate.text, candidate.sentences)


#: Every phrase veto, in the order they are tried.
PHRASE_VETOES: tuple[PhraseVeto, ...] = (
    PhraseVeto(
        "dateline-left",
        _dateline_left,
        "it keeps the article's dateline, an upper-case place and a dash",
        "Would HARWICK - Tenants sue the landlord?",
    ),
    PhraseVeto(
        "generic-appeal",
        _generic_appeal,
        "an appeal to parties nobody names, recast as a question: an exhortation",
        "Will all sides keep the peace?",
        "The bishop urged all sides to keep the peace.",
    ),
    PhraseVeto(
        "quoted-words",
        _quoted_words,
        "it only asks back what a speaker says inside quotation marks (rhetoric, a stance, "
        "a figure of speech), with no decision, date or pledged act named there",
        "Will Kelmora accept that borders can be moved by whoever plants a flag first?",
        '"We will not accept that borders can be moved by whoever plants a flag first," '
        "Foreign Minister Ivo Brandt said.",
    ),
    PhraseVeto(
        "narrated-would",
        _narrated_would,
        'a "would" the article states in its own voice: arithmetic or what a plan entails',
        "Would the new levy raise fares by about 8 percent?",
        "The new levy would raise fares by about 8 percent over two years.",
    ),
    PhraseVeto(
        "asks-a-comment",
        _asks_a_comment,
        "it asks whether someone will comment or elaborate: no matter a reader waits for",
        "Would the ferry company comment further?",
    ),
    PhraseVeto(
        "stance-asked-back",
        _stance_asked_back,
        "it asks back how a party says it regards something: a warning told, not a matter",
        "Would Norland regard any arrest of the crew as an escalation?",
    ),
    PhraseVeto(
        "bare-shell-claim",
        _bare_shell_claim,
        'the disputed claim is named by its shell noun alone ("the leak allegation"): what '
        "was said, and against whom?",
        "Is the bribery allegation true?",
    ),
    PhraseVeto(
        "unphrasable",
        _unphrasable,
        "the clause could not be turned into a question",
        "Unclear: The minister declined to comment.",
    ),
    PhraseVeto(
        "comma-after-opener",
        _comma_after_opener,
        "a comma follows its first word, a pronoun or a joining word: the remains of a "
        "clause, not a question",
        "That, had the inspectors reached?",
    ),
    PhraseVeto(
        "no-subject",
        _no_subject,
        "the question has no subject after its verb (a relative word, an imperative)",
        "Were which hacked from the bank's servers?",
    ),
    PhraseVeto(
        "wh-before-modal",
        _wh_before_modal,
        '"which" or "whose" stands before the modal, its noun left after it',
        "Which will amendments win the governor's signature?",
        "The governor would not say which amendments will win his signature.",
    ),
    PhraseVeto(
        "stray-wh-word",
        _stray_wh_word,
        "a wh-word is left after a name or fronted with its preposition: the remains of an "
        "embedded question or of a relative clause",
        "Will Deshko which member switch?",
        "Deshko said she was confident, but she did not say which member she expected to switch.",
    ),
    PhraseVeto(
        "lost-negation",
        _lost_negation,
        'its "until" hung on a negated verb and the "not" was lost: it says the opposite',
        "Will testing of the water samples be complete until next week?",
        "Testing of the water samples is not expected to be complete until next week.",
    ),
    PhraseVeto(
        "modal-then-finite",
        _modal_then_finite,
        "a modal and its subject are followed by a finite verb: two clauses run together",
        "As the minister said, will Tom Berg posted on Thursday?",
        "As the minister said, Tom Berg posted on Thursday that the talks will resume.",
    ),
    PhraseVeto(
        "no-subject",
        _opener_without_subject,
        "the opening auxiliary is followed straight by a verb: the question lost its subject",
        "Will publish a joint count once the figures are checked?",
        "She said the agency would publish a joint count once the figures are checked.",
    ),
    PhraseVeto(
        "name-fragment",
        _name_fragment,
        "it keeps a piece of a name its sentence gives in full",
        "Will Wildlife Service list the mussel?",
        "The Fish and Wildlife Service will list the mussel.",
    ),
    PhraseVeto(
        "detached-phrase",
        _detached_phrase,
        "the phrase after the proceeding's noun hangs on another word of its sentence",
        "How will the case for the farmers end?",
        "The judge may pause the deadline while the case proceeds, said Ann Lee, a lawyer "
        "for the farmers.",
    ),
    PhraseVeto(
        "not-yet-brought",
        _not_yet_brought,
        "it asks how a proceeding ends that no one has brought yet (possible, potential)",
        "How will the possible shareholder lawsuits end?",
    ),
    PhraseVeto(
        "stated-preference",
        _stated_preference,
        'it asks back a preference someone stated ("would rather"): nothing is open',
        "Would Tom Berg rather fix the bill than watch it fail?",
    ),
    PhraseVeto(
        "person-in-doubt",
        _person_in_doubt,
        "a name stands for a pronoun whose sentence says a role before it, who may be meant",
        "What would Tom Berg actually sign?",
        "Ann Lee said the governor has every right to veto a bill, but he owes people an "
        "answer about what he would actually sign.",
    ),
    PhraseVeto(
        "reporting-frame",
        _reporting_frame,
        "it asks the verb that reports a quote, not what the quote says",
        "Stay on the line and listen to the message, will the recording say?",
    ),
    PhraseVeto(
        "speaker-words",
        _speaker_words,
        'it says "I", "we" or "you": it does not stand without the article',
        "Will I keep you in suspense?",
    ),
    PhraseVeto(
        "pronoun-subject",
        _pronoun_subject,
        'its subject is a bare pronoun ("Will they quit?"): it does not name who',
        "Will it rain again?",
    ),
    PhraseVeto(
        "no-finite-verb",
        _no_finite_verb,
        "the question has no finite verb",
        "What next for the club?",
    ),
    PhraseVeto(
        "no-main-verb",
        _no_main_verb,
        "a modal opens it and no verb of its sentence follows: the verb was cut off",
        "Will the ten judges of the Regional Court of Appeals?",
        "The ten judges of the Regional Court of Appeals for the Northern Circuit will rule on "
        "the toll plan.",
    ),
    PhraseVeto(
        "incomplete",
        _incomplete,
        "the question stops before what its verb needs (said what? met whom? was what?)",
        "Was the bridge?",
    ),
    PhraseVeto(
        "told-as-fact",
        _told_as_fact,
        "it asks back a present fact its sentence states (only a dispute asks that)",
        "Do Tarva leaders weigh new rules for fishing boats?",
        "Tarva leaders weigh new rules for fishing boats, officials said on Monday.",
    ),
    PhraseVeto(
        "settled-in-sentence",
        _settled_in_sentence,
        "its own sentence tells the matter closed (called off, cancelled, completed)",
        "Will the fraud trial of Tom Rask be held in May?",
        "The fraud trial of Tom Rask, scheduled for May, was called off last week.",
    ),
    PhraseVeto(
        "unbalanced",
        _unbalanced,
        "a bracket or quotation mark is opened and not closed: the clause was cut",
        "Will Ann Lee (D-Mont. vote for the bill?",
    ),
    PhraseVeto(
        "opinion",
        _opinion,
        "it asks a judgement, advice or a boast, not a matter the news can settle",
        "Is the border security plan dangerous and ideological?",
    ),
    PhraseVeto(
        "rhetorical",
        _rhetorical,
        'a word makes it rhetorical ("ever", "even"): the asker expects no answer',
        "Will the inquiries into the mayor's travel ever stop?",
    ),
    PhraseVeto(
        "dangling-tail",
        _dangling_tail,
        "a phrase with no verb dangles after a comma at the end: a clause was cut off",
        "Will the governor veto the bill that would raise fares, council leader Ann Lee?",
    ),
    PhraseVeto(
        "garbled-join",
        _garbled_join,
        "two phrases joined by a conjunction that no longer reads (a hedge was left out)",
        "Is a ruling expected by June and not until the autumn?",
    ),
    PhraseVeto(
        "joined-predicates",
        _joined_predicates,
        "a second predicate with its own finite verb is joined to the first: two questions",
        "Will the Avon school board hold a public meeting on March 3 and is expected to vote "
        "on March 17?",
        "The Avon school board will hold a public meeting on March 3 and is expected to vote "
        "on March 17.",
    ),
    PhraseVeto(
        "lost-complement",
        _lost_complement,
        "it keeps what a consequence verb bears on but drops the clause that says what happens",
        "Will failure to pay the fee result in a student's place?",
        "Failure to pay the fee will result in a student's place being withdrawn.",
    ),
    PhraseVeto(
        "either-or",
        _either_or,
        "its subject is 'either A or B': one of the two is sure to, so it asks nothing",
        "Will either Ann Lee or Tom Berg be mayor?",
    ),
    PhraseVeto(
        "content-description",
        _content_description,
        "it asks what a plan, law, rule or inquiry holds or covers, which the article states",
        "Will the inquiry examine bills Norvane Energy sent between 2023 and 2025?",
        "The inquiry will examine bills Norvane Energy sent between 2023 and 2025, the "
        "authority said.",
    ),
    PhraseVeto(
        "penalty-rule",
        _penalty_rule,
        "it asks whether someone could face a penalty up to a ceiling: the rule is stated",
        "If it finds that Norvane breached its licence, could Norvane face a fine of up to 10 "
        "percent?",
    ),
    PhraseVeto(
        "ongoing-told-as-fact",
        _ongoing_told_as_fact,
        'it asks back an ongoing act its sentence states ("are considering")',
        "Are Washington and Oregon considering bills modeled on the Delmont law?",
        "Washington and Oregon are considering bills modeled on the Delmont law.",
    ),
    PhraseVeto(
        "expectation-asked-back",
        _expectation_asked_back,
        "it asks back an expectation or a schedule the article states, not what will happen",
        "Was a decision expected by the end of April?",
    ),
    PhraseVeto(
        "thing-as-agent",
        _thing_as_agent,
        "its subject is a place or a structure, and its verb needs someone who acts",
        "Will the Korday border crossing ask the European Commission to intervene?",
        "The Chamber of Commerce said it would ask the European Commission to intervene if "
        "the Korday border crossing stayed shut.",
    ),
    PhraseVeto(
        "one-sided-judgement",
        _one_sided_judgement,
        "it asks a judgement of a decision with only its critic's side: an opinion recast",
        "Was the plan to add bus lanes justified?",
        "Dan Pryce called the plan to add bus lanes reckless.",
    ),
    PhraseVeto(
        "open-aside",
        _open_aside,
        "a relative aside is opened by a comma and never closed: the question does not read",
        "How will the trial, which began in 2024 end?",
    ),
    PhraseVeto(
        "elliptical-object",
        _elliptical_object,
        'it ends on "none", "all" or "any", whose noun the question left out',
        "Will the farmers get none?",
    ),
    PhraseVeto(
        "stated-routine",
        _stated_routine,
        "it asks whether a routine the article states will run (every 20 minutes, daily)",
        "Will a ferry service run every 20 minutes?",
    ),
    PhraseVeto(
        "duty-shall",
        _duty_shall,
        "'shall' of a third party is a duty a law or a contract lays down, not a forecast",
        "Shall the agency act within twelve months?",
    ),
    PhraseVeto(
        "past-counterfactual",
        _past_counterfactual,
        "a modal with 'have' and a participle tells what would have been: nothing to wait for",
        "Would the law have limited drivers to 60 hours a week?",
        "The law passed by the state legislature in May would have limited drivers to 60 "
        "hours a week before a judge blocked it.",
    ),
    PhraseVeto(
        "calendar-fact",
        _calendar,
        "it asks whether a deciding body will break or return as its calendar says",
        "Will the House break for the election on Friday?",
    ),
    PhraseVeto(
        "scheduled-come-for",
        _come_for,
        '"scheduled for" reworded as "come for", which is not English',
        "Will talks between the union and the firm come for next month?",
    ),
    PhraseVeto(
        "come-with-object",
        _come_with_object,
        'an expected thing kept as the object of "come", which takes none: it does not read',
        "Will two nearby towns come results early next week?",
        "The water board said it was testing wells in Selo and two nearby towns and expected "
        "results early next week.",
    ),
    PhraseVeto(
        "told-term",
        _told_term,
        'what a law, a charter or a plan provides, told "Under the <instrument>," with no '
        "condition: the instrument settles it",
        "Will the council president serve as acting mayor once the count is certified?",
        "Under the city charter, the council president will serve as acting mayor once the "
        "count is certified.",
    ),
    PhraseVeto(
        "private-plan",
        _private_plan,
        "a person holding no office plans something of their own that touches no organisation",
        "Will Ann Lee spend the summer teaching at a camp in Selo?",
        "Ann Lee, a fiddler from Selo, said she plans to spend the summer teaching at a "
        "camp in Selo.",
    ),
    PhraseVeto(
        "confident-forecast",
        _confident_forecast,
        "an act a speaker was only confident of, with no day of its own: spin, not a matter",
        "Will the Selo council prevail?",
        "The mayor told reporters that she was confident the Selo council would prevail.",
    ),
    PhraseVeto(
        "routine-handover",
        _routine_handover,
        "an inquiry's findings or report to be handed to police, a prosecutor or a coroner: "
        "an announced routine step; what the authority does is the matter",
        "Will the Selo board's findings be sent to a public prosecutor?",
    ),
    PhraseVeto(
        "recast-caution",
        _recast_caution,
        "an expert's caution that an unnamed, undated method may not do something, asked back",
        "Will the testing used so far tell the strains apart?",
        "Dr. Tom Berg said the testing used so far might not tell the strains apart.",
    ),
    PhraseVeto(
        "gathering-held",
        _gathering_held,
        "it asks only whether an announced meeting, session or funeral is held, or a body "
        "meets to talk: what it decides is the matter",
        "Will the city council hold a closed session on Monday to hear a briefing?",
    ),
    PhraseVeto(
        "journey-made",
        _journey_made,
        "it asks only whether someone travels or arrives as announced",
        "Will the trade envoy travel to both capitals later this week?",
    ),
    PhraseVeto(
        "duration-told",
        _duration_told,
        "it asks back how long an ongoing act was said to last",
        "Will the bus strike continue until Friday?",
    ),
    PhraseVeto(
        "publication-asked",
        _publication_asked,
        "it asks only whether a report, its findings or figures come out: what they find "
        "is the matter",
        "Will the rail inspectors publish a preliminary report within 30 days?",
    ),
    PhraseVeto(
        "layout-told",
        _describes_layout,
        "it asks back where a structure sits or how big it is: a design told as fact",
        "Will the two office blocks sit on a raised plinth?",
        "The architects say the two office blocks will sit on a raised plinth.",
    ),
    PhraseVeto(
        "owner-is-owned",
        _owner_is_owned,
        "a name's possessive stands before the noun the name ends with: it does not read",
        "Would the Valley Party’s party repeal the tax if it won the election?",
    ),
    PhraseVeto(
        "condition-on-itself",
        _condition_on_itself,
        "its condition has one thing act on itself: a pronoun was named by the wrong noun",
        "If the league's appeal dismisses the league appeal, would the ban stand?",
        "If it dismisses the league's appeal, the ban would stand.",
    ),
    PhraseVeto(
        "relative-object-lost",
        _relative_object_lost,
        "it asks a relative clause's verb whose object was the noun it describes: what?",
        "Will Ann Lee have to break in May?",
        '"I will not make a promise that I might have to break in May," Ann Lee said.',
    ),
    PhraseVeto(
        "participle-made-verb",
        _participle_made_verb,
        "it asks as its verb a participle that described its subject's noun: it does not read",
        "Where did the rifle recover at the house?",
        "Tom Reed said the report was wrong, and he questioned where the rifle recovered at the "
        "house had come from.",
    ),
    PhraseVeto(
        "tense-clash",
        _tense_clash,
        '"will" with a clause its sentence told in the reported past: it does not read',
        "Will the vote hinge on whether young voters turned out at all?",
        "Analysts said the vote was likely to hinge on whether young voters turned out at all.",
    ),
    PhraseVeto(
        "quantity-subject",
        _quantity_subject,
        'its subject is "either", "neither", "each" or "both": of whom?',
        "Has either been found by the rescue teams?",
        "The police said it was not known whether either had been found by the rescue teams.",
    ),
    PhraseVeto(
        "argued-view",
        _argued_view,
        "it asks back what someone argues: a view, not a matter the news will settle",
        "Have the earlier tax cuts reached households?",
        "Two council members argued that the earlier tax cuts had not yet reached households.",
    ),
    PhraseVeto(
        "belief-asked",
        _belief_asked,
        "it asks whether someone believed a thing, not the thing: a state of mind",
        "Did the police believe the timber yard fire had been set on purpose?",
        "A spokesman declined to say whether the police believed the timber yard fire had been "
        "set on purpose.",
    ),
    PhraseVeto(
        "deliberation-asked",
        _deliberation_asked,
        "it asks whether a body talked a matter over in the past: what it decides is open",
        "Has the port authority's board discussed a higher fee?",
        "Ann Lee declined to say whether the port authority's board had discussed a higher fee.",
    ),
    PhraseVeto(
        "deliberation-ahead",
        _deliberation_ahead,
        "it asks whether someone will talk a matter over that the article says they will: "
        "what they decide is open, not the deliberation",
        "Would the harbour master consider closing the pier?",
        "The harbour master, Tom Berg, said he would consider closing the pier once the storm "
        "had passed.",
    ),
    PhraseVeto(
        "generic-matter",
        _generic_matter,
        "it asks how a matter ends that its sentence names in general (a bare plural)",
        "How will the pending cases end?",
        "The regulator said it did not comment on pending cases.",
    ),
    PhraseVeto(
        "weather-asked",
        _weather_asked,
        "it asks a forecaster's outlook of the weather, not a matter of the story",
        "Will the rain stop on Tuesday morning?",
    ),
    PhraseVeto(
        "negation-dropped-if",
        _negation_dropped_if,
        'it asks without its "not" an outcome its sentence negates under "if": answered, '
        "and read the other way round",
        "Would the union block the deal if the wage offer stayed at 4 percent?",
        "Ann Lee said the union would not block the deal if the wage offer stayed at 4 percent.",
    ),
    PhraseVeto(
        "too-long",
        _too_long,
        f"over {MAX_QUESTION_WORDS} words",
        "Will the regional transport authority decide next month whether the long delayed "
        "northern extension of the light rail line will finally be built through the river "
        "valley?",
    ),
)


#: Prepositions whose trailing phrase a long question can lose and still ask its matter.
_TRAILING = re.compile(
    r"\s+(?:over|about|after|following|during|for|from|with|in|on|at|because of|due to)"
    r"\s+(?:[^,?]|,(?=\d))*\?$"
)


#: Where a trailing prepositional phrase may start.
_TRAILING_START = re.compile(
    r"\s+(?:over|about|after|following|during|for|from|with|in|on|at|because of|due to)\s+"
)
#: A trailing aside: a noun phrase or relative clause set off by a comma at the question's
#: end (", a procedure open to any state ...?", ", which the court may review?").
_TRAILING_ASIDE = re.compile(r",\s+(?:a|an|which|who)\s+[^,?]*\?$")
#: The fewest words a cut question keeps.
_MIN_CUT_WORDS = 6
#: Tags of the verbs a cut must not take away (base and finite forms).
_VERB_TAGS = frozenset(["VB", "VBD", "VBP", "VBZ"])


#: A consequence verb a trailing phrase completes ("result in ...", "led to ...").
_CONSEQUENCE_FORM = re.compile(r"(?i)(?:result|lead|led|amount|end)(?:s|ed|ing)?")


#: "..., and possibly not until after X leaves office?": a second half that hedges the first.
_SECOND_HALF = re.compile(
    rf",?\s+(?:and|or|but)\s+{_HEDGE}not\s+(?:until|before|after|by|in|on|for|till)\b[^?]*\?$",
    re.IGNORECASE,
)


def first_half(text: str, sentences: Sequence[Span] = ()) -> str:
    """A question without a hedging second half joined to it ("Is a ruling likely before the
    end of the year and possibly not until after X leaves office?" -> "Is a ruling likely
    before the end of the year?") or a second predicate with a finite verb of its own
    (``joined_at``); ``text`` when it has none."""
    text = _SECOND_HALF.sub("?", text)
    at = joined_at(text, sentences)
    return text if at is None else text[:at].rstrip(" ,") + "?"


def shortened(text: str, sentences: Sequence[Span] = ()) -> str:
    """A question over ``MAX_QUESTION_WORDS`` without its trailing prepositional phrases
    ("... fine the firm over the cancellation of 4,000 trains last winter?" -> "... fine the
    firm?") and its trailing aside set off by a comma (", a step open to any member
    state ...?"), as long as it keeps six words and no cut phrase holds a verb of ``sentences``
    (a cut from "for the Northern Circuit rule on ...?" would take the verb); else ``text``."""
    verbs = {t.lower_ for s in sentences for t in s if t.tag_ in _VERB_TAGS}
    short = text
    aside = _TRAILING_ASIDE.search(short)
    if aside is not None and len(words_of(short[: aside.start()])) >= _MIN_CUT_WORDS:
        short = short[: aside.start()] + "?"  # ", a procedure open to any state ...?"
    while len(words_of(short)) > MAX_QUESTION_WORDS:
        cut = _cut_tail(short, verbs)
        if cut is None or len(words_of(cut)) < _MIN_CUT_WORDS:
            return text
        short = cut
    return short


def _cut_tail(text: str, verbs: set[str]) -> str | None:
    """``text`` without its first trailing prepositional phrase that holds none of ``verbs``."""
    for start in _TRAILING_START.finditer(text):
        if not _TRAILING.fullmatch(text, start.start()):
            continue
        if verbs & {w.lower() for w in words_of(text[start.start() :])}:
            continue
        before = words_of(text[: start.start()])[-1:]
        if before and _CONSEQUENCE_FORM.fullmatch(before[0]):
            continue  # "result in the claim being refused": the consequence is the question
        return text[: start.start()] + "?"
    return None


def phrase_veto(candidate: Candidate) -> str | None:
    """The name of the first phrase veto ``candidate`` fails, or None.

    A question is judged again after each step that may change its words, most often
    unchanged: the verdict is kept per Doc for the candidate's every field but its veto
    (the vetoes read nothing else), and the vetoes are asked once per wording.
    """
    if not candidate.sentences:
        return _first_veto(candidate)
    doc = candidate.sentences[0].doc
    key = (id(PHRASE_VETOES), *(_key_part(getattr(candidate, name)) for name in _ASKED_FIELDS))
    with _LOCK:
        asked = _ASKED.get(doc)
        if asked is None:
            asked = _ASKED[doc] = {}
    if key in asked:
        return asked[key]
    veto = asked[key] = _first_veto(candidate)
    return veto


def _first_veto(candidate: Candidate) -> str | None:
    return next((v.name for v in PHRASE_VETOES if v.predicate(candidate)), None)


#: The fields of a candidate its verdict is kept for: all but the verdict itself.
_ASKED_FIELDS = tuple(f.name for f in fields(Candidate) if f.name != "veto")
#: Per Doc: the phrase veto of each candidate asked, by ``_key_part`` of its fields.
_ASKED: WeakKeyDictionary[Doc, dict[tuple[object, ...], str | None]] = WeakKeyDictionary()
_LOCK = threading.Lock()


def _key_part(value: object) -> object:
    """A field's value as a dict key: a list as a tuple, a Span as its token bounds and
    label, a Token as its index (a Span or Token kept would keep its Doc alive)."""
    if isinstance(value, (list, tuple)):
        return tuple(_key_part(item) for item in value)
    if hasattr(value, "doc"):
        if hasattr(value, "end"):
            return ("span", value.start, value.end, value.label)
        return ("token", value.i)
    return value
