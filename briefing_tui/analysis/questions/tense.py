"""A question about now asked in the present, not in the tense reported speech shifted back.

Reported speech shifts tenses back: "She would not say whether the firm had
received a subpoena" reports the present "Has the firm received a subpoena?".
A question lifted from it keeps the shift ("Had the firm received ...?") and
reads as asking about some past moment. An open matter (not a dispute over a
past act) is asked in the present:

- a past perfect in the present perfect, "Has"/"Have" by the subject's number
  ("Had the firm received a subpoena?" → "Has the firm ...?");
- a state of mind in the present ("declined to say whether investigators believed
  the fire was set" → "Do investigators believe ...?"; ``belief_verbs.txt`` and
  ``_INTENTIONS``);
- a state said to go on ("whether talks were under way" → "Are talks under way?"),
  when the question says it goes on (``ongoing.txt``, "still", "under way");
- the time clause of a future or an obligation ("will decide once the ruling was
  known" → "once the ruling is known"; "should stay until the audit was complete" →
  "is complete").

A question with its own past time ("before the recall", "in May", "last year")
keeps its tense: it asks about that moment. "Earlier" or "last" that describes a
thing ("the effects of earlier increases", "the last round of talks") is no time.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import doc_words, lemma_positions, tokens_where
from briefing_tui.analysis.questions.cues import lemma_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Words that give a question a moment of its own in the past.
_PAST_TIME = re.compile(
    r"\b(?:ago|yesterday|last|earlier|previously|before|by then|at the time|when|until"
    r"|in (?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|(?:19|20)\d\d)"
    r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_PLURAL_PRONOUNS = frozenset({"they", "we", "you", "both", "all"})
#: Words of ``_PAST_TIME`` that may instead describe a thing ("earlier increases").
_DESCRIBING = frozenset({"earlier", "last"})
#: Nouns of time: "last week", "earlier this month" keep their past time.
_TIME_NOUNS = frozenset(
    {
        "year",
        "month",
        "week",
        "day",
        "night",
        "time",
        "season",
        "weekend",
        "summer",
        "winter",
        "spring",
        "autumn",
        "fall",
        "term",
        "session",
        "quarter",
        "decade",
    }
)
#: Verbs of a state of mind beside the verbs of holding true (``belief_verbs.txt``): a
#: reported "believed" or "planned" asks about now ("Do they plan ...?").
_INTENTIONS = frozenset({"plan", "intend", "want", "consider"})
#: Words that say a state goes on, beside ``ongoing.txt``'s and "under way".
_GOING_ON = frozenset({"still"})
#: "in place", "in force", "in progress": a state that goes on.
_IN_PLACE = frozenset({"place", "force", "progress"})
#: Openers of a question about what is still to come or to be done ("Will", "Should"); a
#: "Would" may be a hypothetical, whose past in its "if" clause is its own.
_FORWARD_OPENERS = ("Will ", "Should ")
#: Words opening the time clause of a future ("once", "when", "until", "after").
_TIME_CLAUSE = re.compile(
    r"\b(once|when|until|after|before|as soon as|if) (the |a |an |its |their |his |her )?"
    r"([\w’'-]+(?: [\w’'-]+){0,4}?) (was|were|had)\b"
)


def _tags(word: str, sentences: list[Span]) -> set[str]:
    """The tags ``word`` has in ``sentences``."""
    if not sentences:
        return set()
    words = doc_words(sentences[0].doc)
    return {
        words.tags[i] for s in sentences for i in range(s.start, s.end) if words.texts[i] == word
    }


def _past_time(text: str, sentences: list[Span]) -> bool:
    """Whether ``text`` holds a past time of its own: "earlier" or "last" only when no
    token of ``sentences`` uses it to describe a thing that is not a time."""
    for found in _PAST_TIME.finditer(text):
        word = found.group(0)
        if word not in _DESCRIBING:
            return True
        describing = [
            t
            for sent in sentences
            for t in tokens_where(sent, "lowers", {word})
            if t.dep_ == "amod" and t.head.lemma_.lower() not in _TIME_NOUNS
        ]
        if not describing:
            return True
    return False


#: Words after which a subject's head noun is behind ("the effects *of* earlier cuts").
_AFTER_HEAD = frozenset({"of", "in", "on", "for", "at", "from", "with", "to", "by", "over"})


def _plural(subject: list[str], sentences: list[Span]) -> bool:
    """Whether the subject's words ``subject`` name more than one: by its head, the last
    noun before a preposition ("the effects of earlier cuts")."""
    cut = next((i for i, w in enumerate(subject) if i and w.lower() in _AFTER_HEAD), len(subject))
    head = subject[:cut]
    nouns = [w.strip(",") for w in head if _tags(w.strip(","), sentences) & _NOUN_TAGS]
    last = nouns[-1] if nouns else head[-1].strip(",")
    # "the Ethics and Standards Committee": an "and" inside one body's name joins no two
    one_name = head[0].lower() == "the" and all(w[:1].isupper() or w == "and" for w in head[1:])
    return (
        ("and" in head and not one_name)
        or head[0].lower() in _PLURAL_PRONOUNS
        or bool(_tags(last, sentences) & _PLURAL_TAGS)
    )


def asked_now(text: str, sentences: list[Span]) -> str:
    """``text`` asked in the present where reported speech shifted it back (see the
    module's docstring); else ``text`` as it is."""
    text = future_time_clause(reported_future(text, sentences))  # its days are no past time
    if not _past_time(text, sentences):
        text = progressive_now(text, sentences)
    if _past_time(text, sentences) or text.split(" ", 1)[0] in _WH_WORDS:
        return simple_past(text, sentences)  # it asks about that moment: "Did ...?"
    text = not_yet_ahead(present_perfect(text, sentences), sentences)
    return _going_on(_state_of_mind(text, sentences))


def _state_of_mind(text: str, sentences: list[Span]) -> str:
    """ "Did investigators believe ...?" → "Do investigators believe ...?"."""
    if not text.startswith("Did "):
        return text
    words = text[4:].split()
    states = lemma_set("belief_verbs") | _INTENTIONS
    at = next((i for i, w in enumerate(words) if i and w in states), None)
    if at is None or any(w.lower() in {"not", "never"} for w in words[:at]):
        return text
    return ("Do " if _plural(words[:at], sentences) else "Does ") + text[4:]


def _going_on(text: str) -> str:
    """ "Were talks on his case under way?" → "Are talks on his case under way?"."""
    if not text.startswith(("Was ", "Were ")):
        return text
    words = [w.strip("?,.").lower() for w in text.split()]
    pairs = set(pairwise(words))
    said_going_on = (
        bool(set(words) & (_GOING_ON | data_files.words("questions/ongoing.txt")))
        or ("under", "way") in pairs
        or any(("in", place) in pairs for place in _IN_PLACE)
    )
    if not said_going_on:
        return text
    return ("Is " if text.startswith("Was ") else "Are ") + text.split(" ", 1)[1]


def future_time_clause(text: str) -> str:
    """ "Will the board decide once the ruling was known?" → "... once the ruling is
    known?"."""
    if not text.startswith(_FORWARD_OPENERS):
        return text

    def shift(found: re.Match[str]) -> str:
        verb = found.group(4)
        now = {"was": "is", "were": "are"}.get(verb) or "has"
        return found.group(0)[: -len(verb)] + now

    return _TIME_CLAUSE.sub(shift, text)


def present_perfect(text: str, sentences: list[Span]) -> str:
    """``text`` ("Had the firm received a subpoena?") asked as "Has the firm received a
    subpoena?" where it holds no past time of its own; else ``text`` as it is."""
    if not text.startswith("Had ") or _past_time(text, sentences):
        return text
    words = text[4:].rstrip("?").split()
    at = next(
        (i for i, w in enumerate(words) if i and "VBN" in _tags(w.strip(",’'"), sentences)),
        None,
    )
    if at is None:
        return text
    return ("Have " if _plural(words[:at], sentences) else "Has ") + text[4:]


#: Words opening a question that asks for more than yes or no.
_WH_WORDS = frozenset({"How", "Why", "When", "Where", "What", "Which", "Who", "Whom"})


def _participle_at(words: list[str], sentences: list[Span]) -> int | None:
    """The index in ``words`` of the first past participle the sentences tag as one."""
    return next(
        (i for i, w in enumerate(words) if i and "VBN" in _tags(w.strip(",’'"), sentences)),
        None,
    )


def _lemma(word: str, sentences: list[Span]) -> str | None:
    """The lemma ``sentences`` give ``word`` as a past participle."""
    if not sentences:
        return None
    words = doc_words(sentences[0].doc)
    return next(
        (
            words.lemmas[i]
            for s in sentences
            for i in range(s.start, s.end)
            if words.texts[i] == word and words.tags[i] == "VBN"
        ),
        None,
    )


def simple_past(text: str, sentences: list[Span]) -> str:
    """A past perfect that reported speech shifted back asked in the simple past: "Had the
    ship been overloaded?" → "Was the ship overloaded?", "How had the attackers gained
    access?" → "How did the attackers gain access?"; else ``text`` as it is."""
    subject_asked = _wh_subject_past(text, sentences)
    if subject_asked is not None:
        return subject_asked
    opener, _, rest = text.partition(" ")
    wh = opener if opener in _WH_WORDS else ""
    if wh:
        aux, _, rest = rest.partition(" ")
        if aux != "had":
            return text
    elif opener != "Had":
        return text
    words = rest.rstrip("?").split()
    at = _participle_at(words, sentences)
    if at is None or any(w.lower() in {"not", "never"} for w in words[:at]):
        return text
    subject, verb, after = words[:at], words[at], words[at + 1 :]
    if verb == "been":
        be = "were" if _plural(subject, sentences) else "was"
        asked = [be, *subject, *after]
    else:
        lemma = _lemma(verb.strip(",’'"), sentences)
        if not lemma or not lemma.isalpha():
            return text
        asked = ["did", *subject, lemma, *after]
    phrased = " ".join(asked) + "?"
    if wh:
        return f"{wh} {phrased}"
    return phrased[0].upper() + phrased[1:]


#: Words that may open a question's asked phrase after its wh-word ("Which side",
#: "How many people", "What share of the money").
_WH_PHRASE_WORDS = frozenset({"many", "much"})
#: Nouns a rule puts in a wh-phrase itself, whatever the sentences hold ("Which *side*
#: broke the truce?", ``mutual_blame``).
_ASKED_NOUNS = frozenset({"side"})
#: The most words a wh-phrase asked as the subject may hold before its "had".
MAX_WH_PHRASE = 5


def _past_of(participle: str, sentences: list[Span]) -> str | None:
    """The simple past of ``participle`` as the article writes it ("fired", "stayed"; "took"
    for "taken" where the article tells "took"), or None when the article does not show it."""
    lemma = _lemma(participle, sentences)
    if not lemma or not lemma.isalpha():
        return None
    regular = {lemma + "ed", lemma + "d", lemma[:-1] + "ied", lemma + lemma[-1] + "ed"}
    if participle in regular:
        return participle  # a regular verb: its past is its participle
    words = doc_words(sentences[0].doc)
    return next(
        (
            words.texts[i]
            for i in lemma_positions(sentences[0].doc, {lemma})
            if words.tags[i] == "VBD" and words.texts[i].islower()
        ),
        None,
    )


def _wh_subject_at(words: list[str], sentences: list[Span]) -> int | None:
    """The index of the verb right after a wh-phrase that ``words`` ask as its subject
    ("Which side | had fired", "How many people | stayed"), the phrase's last word a noun;
    None when they open otherwise."""
    if len(words) < 3 or words[0] not in {"Which", "What", "How"}:
        return None
    if words[0] == "How" and words[1] not in _WH_PHRASE_WORDS:
        return None  # "How had the attackers gained access?": no subject asked
    first = 3 if words[0] == "How" else 2
    for at in range(first, min(len(words), MAX_WH_PHRASE + 1)):
        if not (words[at - 1].isalpha() and words[at - 1].islower()):
            return None
        if words[at] == "had" or _tags(words[at], sentences) & {"VBD", "VBN"}:
            noun = _tags(words[at - 1], sentences) & _NOUN_TAGS
            return at if noun or words[at - 1] in _ASKED_NOUNS else None
    return None


def asks_subject_in_past(text: str, sentences: list[Span]) -> bool:
    """Whether ``text`` asks a wh-phrase as the subject of a verb in the simple past ("Which
    side fired first?"): its verb is finite though no auxiliary opens the question."""
    words = text.rstrip("?").split()
    at = _wh_subject_at(words, sentences)
    if at is None or words[at] == "had":
        return False
    tags = _tags(words[at], sentences)
    return "VBD" in tags or ("VBN" in tags and words[at].endswith("ed"))


def _wh_subject_past(text: str, sentences: list[Span]) -> str | None:
    """A wh-phrase asked as the subject of a past perfect that reported speech shifted back,
    asked in the simple past ("Which side had fired first?" → "Which side fired first?"), a
    count or an amount so far in the present perfect ("How many people had stayed behind?"
    → "How many people have stayed behind?"); None when ``text`` is no such question."""
    words = text.rstrip("?").split()
    at = _wh_subject_at(words, sentences)
    if at is None or words[at] != "had" or at + 1 >= len(words):
        return None
    verb = words[at + 1]
    if "VBN" not in _tags(verb, sentences):
        return None
    if words[0] == "How":  # a count or an amount so far: "How many people have stayed?"
        have = "has" if words[1] == "much" else "have"
        return " ".join([*words[:at], have, *words[at + 1 :]]) + "?"
    if verb == "been":
        return None
    past = _past_of(verb, sentences)
    if past is None:
        return None
    return " ".join([*words[:at], past, *words[at + 2 :]]) + "?"


#: Quotation marks: a "would" inside a quote is the speaker's own, not reported speech.
_QUOTES = frozenset({'"', "“", "”", "``", "''"})
#: Words opening a condition or a time clause whose past reported speech shifted back.
_CONDITION = re.compile(r"\b(if|once|when|until|unless|after|before|as soon as) ")
#: Endings after which a verb's third person singular takes "-es".
_ES_ENDINGS = ("s", "sh", "ch", "x", "z", "o")


def _told_in_past(verb: Token) -> bool:
    """Whether ``verb`` tells in the past: "said", "has said", "did not say", and the
    not-knowing of "it was not known when", "it was unclear whether"."""
    if verb.pos_ == "ADJ" or (verb.tag_ == "VBN" and verb.dep_ != "aux"):
        # "was unclear", "was not known": the past of the copula or of the passive
        be = [c for c in verb.children if c.dep_ in {"cop", "auxpass"} or c.lemma_ == "be"]
        if any(c.tag_ == "VBD" for c in be):
            return True
    refused = verb.tag_ == "VB" and any(c.dep_ == "neg" for c in verb.children)
    if refused and any(c.dep_ == "aux" and c.lower_ in {"would", "could"} for c in verb.children):
        return True  # "would not say whether", "could not confirm when": told in the past
    if verb.tag_ in {"VBD", "VBN"}:
        return verb.tag_ == "VBD" or any(c.lemma_ == "have" for c in verb.children)
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)


def _reported_would(text: str, sentences: list[Span]) -> bool:
    """Whether the "would" a question opens with is a reported "will": in ``sentences`` a
    "would" whose verb the question asks stands under a verb in the past ("said Tarsk
    would respond", "declined to say whether ..."), with no quotation mark between."""
    asked = {w.strip(",?").lower() for w in text.split()[1:]}
    for sent in sentences:
        for would in tokens_where(sent, "lowers", {"would"}):
            verb = would.head
            if verb.lower_ not in asked and verb.lemma_.lower() not in asked:
                continue
            for above in verb.ancestors:
                if not _told_in_past(above):
                    continue
                # a "would" inside a quotation is the speaker's own: marks before it pair up
                # outside one ('said that if she was not freed "soon", Aster would ...')
                marks = sum(t.text in _QUOTES for t in sent.doc[sent.start : would.i])
                low, high = sorted((above.i, would.i))
                between = sent.doc[low:high]
                if marks % 2 == 0 and (
                    above.i < would.i or not any(t.text in _QUOTES for t in between)
                ):
                    return True
                break
        if _expected_in_past(sent, asked):
            return True
    return False


#: Verbs of expecting whose object's infinitive a question asks with "would" ("she
#: expected the bank to raise rates": "Would the bank raise rates?").
_EXPECTING = frozenset({"expect", "predict", "forecast", "anticipate"})


def _expected_in_past(sent: Span, asked: set[str]) -> bool:
    """Whether ``sent`` tells, in the past and outside quotation marks, someone expecting a
    verb the question asks ("She said she expected the bank to raise rates")."""
    for verb in sent:
        if verb.dep_ not in {"xcomp", "ccomp"} or verb.lower_ not in asked or verb.tag_ != "VB":
            continue
        above = verb.head
        if above.lemma_.lower() in _EXPECTING and above.tag_ == "VBD":
            marks = sum(t.text in _QUOTES for t in sent.doc[sent.start : verb.i])
            return marks == 0  # a quote's own "we expected": no reported speech
    return False


def _present(verb: str, lemma: str, plural: bool) -> str:
    """``verb`` (a past) said in the present: "showed" → "shows", "withdrew" → "withdraw"."""
    if verb in {"was", "were"}:
        return "are" if plural else "is"
    if plural:
        return lemma
    if lemma == "have":
        return "has"
    if lemma.endswith(_ES_ENDINGS):
        return lemma + "es"
    if len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _plural_form(word: str) -> bool:
    """Whether a subject's first word reads as a plural noun by its form ("talks")."""
    low = word.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and low.isalpha()


def _condition_now(clause: str, sentences: list[Span]) -> str:
    """A condition's first verb in the past said in the present ("the union withdrew" →
    "the union withdraws"); ``clause`` as it is when its verb is not read as a past."""
    words = clause.split()
    if not sentences:
        return clause
    table = doc_words(sentences[0].doc)
    for at, word in enumerate(words):
        bare = word.strip(",?")
        if bare == "could" and at:  # "if it could not win" → "if it cannot win"
            after = words[at + 1 : at + 2]
            if after == ["not"]:
                return " ".join([*words[:at], "cannot", *words[at + 2 :]])
            return " ".join([*words[:at], word.replace("could", "can"), *words[at + 1 :]])
        found = [
            i
            for s in sentences
            for i in range(s.start, s.end)
            if table.texts[i] == bare and table.tags[i] == "VBD"
        ]
        if not found:
            continue
        if not at or words[0].lower() in {"not", "never"}:
            return clause
        lemma = table.lemmas[found[0]]
        if not lemma.isalpha():
            return clause
        plural = _plural(words[:at], sentences) or _plural_form(words[0])
        words[at] = word.replace(bare, _present(bare, lemma, plural))
        return " ".join(words)
    return clause


#: Words joining two clauses of one condition ("if the vote slipped or the target was cut").
_JOINED = re.compile(r" (or|and) (?=(?:the|a|an|its|their|his|her) )")


def _conditions_now(clause: str, sentences: list[Span]) -> str:
    """A condition said in the present, and a clause joined to it by "or"/"and" with a
    subject of its own ("if the vote slipped or the target was loosened" → "if the vote
    slips or the target is loosened"); a second clause only when the first had a verb
    to shift (in "if Ann and Tom agreed" the "and" joins no clauses)."""
    first, *rest = _JOINED.split(clause, maxsplit=1)
    said = _condition_now(first, sentences)
    if said == first or not rest:
        return _condition_now(clause, sentences)
    joiner, second = rest
    return f"{said} {joiner} {_condition_now(second, sentences)}"


#: A question whose condition comes first: "If the talks failed, would the union strike?".
_CONDITION_FIRST = re.compile(r"^(If|Unless) ([^,]+), (?:would|will) (.+)$")


def reported_future(text: str, sentences: list[Span]) -> str:
    """A "would" that reported speech shifted back from "will" asked as "will", its
    condition in the present ("Would the board lift the ban if the union withdrew?" →
    "Will the board lift the ban if the union withdraws?"); a hypothetical or a quote's own
    "would" is left as it is."""
    condition_first = _CONDITION_FIRST.match(text)
    if condition_first is not None and _reported_would(text, sentences):
        # "If payments were not restored, would the deadline be moved?": both now
        clause = _conditions_now(condition_first.group(2), sentences)
        return f"{condition_first.group(1)} {clause}, will {condition_first.group(3)}"
    opener, _, rest = text.partition(" ")
    if opener in _WH_WORDS and rest.startswith("would ") and _reported_would(text, sentences):
        asked = f"{opener} will {rest[len('would ') :]}"  # "When would service resume?"
    elif text.startswith("Would ") and _reported_would(text, sentences):
        asked = "Will " + text[len("Would ") :]
    else:
        return text
    found = _CONDITION.search(asked)
    if found is None:
        return asked
    head, clause = asked[: found.end()], asked[found.end() :]
    return head + _conditions_now(clause, sentences)


#: Openers of a question in the present perfect.
_PERFECT_OPENERS = ("Has ", "Have ")
#: Marks under which a negated clause is asked or supposed, not told.
_ASKING_MARKS = frozenset({"whether", "if", "unless"})


def _not_yet_told(lemma: str, sentences: list[Span]) -> bool:
    """Whether the article tells the verb ``lemma`` negated in the perfect or with "yet"
    ("A hearing has not yet been scheduled", "investigators had not yet interviewed
    him"), as a fact: not under "whether" or "if", nor as a view argued or believed."""
    if not sentences:
        return False
    doc = sentences[0].doc
    views = lemma_set("arguing_verbs") | lemma_set("belief_verbs")
    for i in lemma_positions(doc, {lemma}):
        verb = doc[i]
        if verb.tag_ != "VBN" or not any(c.dep_ == "neg" for c in verb.children):
            continue
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        if not perfect and not any(c.lower_ == "yet" for c in verb.children):
            continue
        marks = {c.lower_ for t in (verb, *verb.ancestors) for c in t.children if c.dep_ == "mark"}
        if marks & _ASKING_MARKS:
            continue
        if any(t.lemma_.lower() in views for t in verb.ancestors):
            continue  # "argued that the cuts had not yet fed through": a view, not a fact
        return True
    return False


def not_yet_ahead(text: str, sentences: list[Span]) -> str:
    """A perfect question the article answers "not yet" asked of what is still to come:
    "Has a hearing been scheduled?" → "Will a hearing be scheduled?" where the article
    tells "A hearing has not yet been scheduled"; else ``text`` as it is."""
    if not text.startswith(_PERFECT_OPENERS) or _past_time(text, sentences):
        return text
    words = text.split(" ", 1)[1].rstrip("?").split()
    at = _participle_at(words, sentences)
    if at is None or any(w.lower() in {"not", "never"} for w in words[:at]):
        return text
    subject, verb, after = words[:at], words[at], words[at + 1 :]
    if verb == "been":
        if not after or "VBN" not in _tags(after[0].strip(",’'"), sentences):
            return text
        lemma = _lemma(after[0].strip(",’'"), sentences)
        asked = [*subject, "be", *after]
    else:
        lemma = _lemma(verb.strip(",’'"), sentences)
        asked = [*subject, lemma or "", *after]
    if not lemma or not lemma.isalpha() or not _not_yet_told(lemma, sentences):
        return text
    return "Will " + " ".join(asked) + "?"


#: "Was"/"Were" of a progressive and the present that reports it.
_PROGRESSIVE_BE = {"was": "is", "were": "are"}


def progressive_now(text: str, sentences: list[Span]) -> str:
    """A past progressive that reported speech shifted back asked in the present: "Was the
    regulator examining the findings?" → "Is the regulator examining the findings?",
    "Where was Ann Lee being held?" → "Where is Ann Lee being held?", where its sentence
    tells the "-ing" verb under a verb in the past ("it was not clear whether the regulator
    was examining ..."); else ``text`` as it is."""
    words = text.rstrip("?").split()
    at = 1 if words and words[0] in _WH_WORDS else 0
    at = next(
        (i for i in range(at, min(at + 3, len(words))) if words[i].lower() in _PROGRESSIVE_BE), None
    )
    if at is None or (at and words[0] not in _WH_WORDS):
        return text
    ing = next((i for i in range(at + 2, len(words)) if words[i].endswith("ing")), None)
    if ing is None or any(w.lower() in {"not", "never"} for w in words[at + 1 : ing]):
        return text
    if not any(_reported_progressive(t) for s in sentences for t in s if t.text == words[ing]):
        return text
    be = words[at]
    now = _PROGRESSIVE_BE[be.lower()]
    words[at] = now.capitalize() if be[0].isupper() else now
    return " ".join(words) + "?"


def _reported_progressive(verb: Token) -> bool:
    """Whether ``verb`` is a progressive with "was"/"were" ("being" of "was being held" its
    passive's) under a verb told in the past."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ in {"aux", "auxpass"}:
        verb = verb.head
    if not any(c.lower_ in _PROGRESSIVE_BE for c in verb.children):
        return False
    return any(_told_in_past(above) for above in verb.ancestors)
