"""What two claims tell, compared: one matter or two, and how the two tellings differ.

``rival_claims`` pairs claims by different speakers; this module reads each claim's
content and says whether two tellings are of one matter:

- ``told_clauses``: the clauses a content tells, with the verb, its subject, whether
  it is negated ("had not advanced", "no soldiers had died") and whether it looks
  ahead (a modal, an "if") rather than telling what is so;
- ``denied_nouns``: nouns of an act denied outright ("no demand of any kind", "no such
  declaration"; ``act_nouns`` lexicon), with nothing that narrows the act;
- ``same_measure`` / ``measure_phrase``: two subjects of one measure ("the number of new
  admissions" and "admissions"; ``measure_nouns`` are looked through, ``generic_nouns``
  never make a matter);
- ``count_nouns`` / ``asked_count``: counted groups (``counted_things``) with a number or
  with "no", and the question a pair of them asks (``count_predicates``);
- ``denied_things`` / ``told_things``: a thing one side denies outright ("had not
  received any warning", "no revised offer had been put to it") and the same thing the
  other side tells as there ("had issued a gale warning"), its narrowing words kept;
- ``apart``: two clauses told of different times or places, hence maybe two matters.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set, lexicon
from briefing_tui.analysis.questions.rival_frames import PLACE_ENTITIES, TIME_ENTITIES, entity_words
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.syntax import nominal_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Clause relations a content tells its own matters with (not a relative clause's).
_TOLD_DEPS = frozenset({"ROOT", "ccomp", "conj", "xcomp", "advcl"})
#: Words of a subject that deny every member of it ("no soldiers", "nobody").
_NONE_WORDS = frozenset({"no", "nobody", "none", "nothing", "neither"})
#: Words that make a negation outright ("not a *single* metre", "has not *ever*").
_OUTRIGHT = frozenset({"single", "ever"})
#: Verbs whose infinitive tells an act attempted or begun ("tried to advance").
_TRIED = frozenset({"try", "attempt", "manage", "begin", "start", "continue"})
#: Verbs whose infinitive tells an act not done ("failed to consult").
_NOT_DONE = frozenset({"fail", "refuse", "decline", "neglect", "omit", "avoid"})
#: Marks of a clause told as a condition, not as what is so.
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})
#: Modifiers of a denied noun that leave the denial whole ("no *such* demand").
_WHOLE = frozenset({"such", "further", "formal", "single"})
#: Nouns after "of" that leave a denial whole ("no demand of any kind").
_ANY_KIND = frozenset({"kind", "sort", "type"})
#: Modifiers that set two measures or counted groups apart.
_SETTING_APART = frozenset({"compound", "amod", "poss", "nmod"})
#: Words of a date that fix a point in time (a "for four days" or "over the past week"
#: runs up to now, as every other such span does, and sets no clause apart).
_POINT_WORDS = frozenset(
    {
        "yesterday", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december",
    }
)  # fmt: skip
#: Pronouns and determiners that point back into the article: no standalone phrase.
_POINTING = frozenset({"PRON"})


@dataclass(frozen=True)
class Told:
    """One clause a claim's content tells."""

    verb: Token
    subject: Token | None
    negated: bool
    #: Told with a modal or as a condition: a forecast or a supposition, not what is so.
    ahead: bool
    #: Denied outright: "never applied", "have not advanced a single metre".
    categorical: bool = False


def told_clauses(content: Span) -> list[Told]:
    """The clauses of full verbs a content tells, in order."""
    found = []
    for verb in content:
        if verb.pos_ != "VERB" or verb.dep_ not in _TOLD_DEPS:
            continue
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in _TRIED | _NOT_DONE:
            continue  # "wants to close", "advised not to eat": no act told
        subject = _subject(verb)
        corrected = _corrected(verb)
        if corrected is not None:  # "had risen, not fallen": the first is told, the second denied
            subject = subject or _subject(corrected)
            found.append(Told(corrected, subject, False, _ahead(verb)))
        negated = is_negated(verb) or (subject is not None and _none_of(subject))
        negated = negated or _not_done(verb)
        found.append(Told(verb, subject, negated, _ahead(verb), negated and _categorical(verb)))
    return found


def _categorical(verb: Token) -> bool:
    """Whether a negated clause denies its act outright: "never", or "not" with "a single",
    "ever", "at all", "at any point" in the clause's own words."""
    if any(c.lower_ == "never" for c in verb.children):
        return True
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    own = [
        t
        for c in verb.children
        if c.dep_ not in {"ccomp", "advcl", "relcl", "conj", "xcomp", "parataxis"}
        for t in c.subtree
    ]
    words = {t.lower_ for t in own}
    return bool(words & _OUTRIGHT) or {"at", "all"} <= words or {"any", "point"} <= words


def _not_done(verb: Token) -> bool:
    """Whether a verb is the act of a verb that says it was not done ("failed to consult",
    "refused to pay"): told, it is denied."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _NOT_DONE


def _corrected(verb: Token) -> Token | None:
    """The verb told in place of a negated one ("risen" in "had risen, not fallen"), where
    the parse hangs it on the negated verb."""
    if not is_negated(verb):
        return None
    for child in verb.children:
        if child.pos_ != "VERB" or child.i > verb.i:
            continue
        between = verb.doc[child.i + 1 : verb.i]
        if [t.lower_ for t in between] == [",", "not"]:
            return child
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, or the subject of the verb it is joined to ("had risen,
    not fallen": "fallen" has the subject of "risen")."""
    node = verb
    while True:
        subject = nominal_subject(node)
        if subject is not None or node.dep_ not in {"conj", "xcomp"} or node.head.i == node.i:
            return subject
        node = node.head


def _none_of(subject: Token) -> bool:
    """Whether a subject denies every member of it: "no soldiers", "nobody"."""
    if subject.lower_ in _NONE_WORDS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _ahead(verb: Token) -> bool:
    """Whether a clause is told with a modal or as a condition ("could rise", "if ...")."""
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ == "aux" and child.tag_ == "MD":
                return True
            if child.dep_ == "mark" and child.lower_ in _CONDITION_MARKS:
                return True
        if node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


@cache
def _act_twins() -> dict[str, frozenset[str]]:
    rows = (line.split() for line in lexicon("act_nouns"))
    return {row[0]: frozenset(row[1:]) for row in rows if len(row) > 1}


def act_twins(noun: Token) -> frozenset[str]:
    """The verbs (lemmas) an act noun is made from ("declaration": "declare")."""
    return _act_twins().get(noun.lemma_.lower(), frozenset())


def denied_nouns(content: Span) -> list[Token]:
    """Act nouns a content denies outright: "no demand of any kind", "no such declaration",
    "had not detected any swelling", "without any warning"; nothing else may narrow the act
    ("no demand for money" denies one demand, not all)."""
    found = []
    for noun in content:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _act_twins():
            continue
        if noun.tag_ in {"NNS", "NNPS"}:
            continue  # "no further demands": the plural may count, not deny, the act
        if not _denied(noun) or not _whole(noun):
            continue
        found.append(noun)
    return found


def _denied(noun: Token) -> bool:
    """Whether a noun is denied: "no demand", or "any swelling" after a negated verb."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    if any(d.lower_ == "no" for d in dets):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "without":
        return all(d.lower_ == "any" for d in dets)  # "without any warning", "without notice"
    if noun.dep_ == "dobj" and is_negated(noun.head):
        return all(d.lower_ in {"any", "a", "an"} for d in dets) and bool(dets)
    return False


def _whole(noun: Token) -> bool:
    """Whether nothing narrows a denied noun to one act of its kind."""
    for child in noun.children:
        if child.dep_ == "det":
            continue
        if child.dep_ == "amod" and child.lower_ in _WHOLE:
            continue
        if child.dep_ == "prep" and child.lower_ == "to":
            continue  # "no warning to the people downstream": to whom, not which act
        if child.dep_ == "prep" and child.lower_ == "to":
            continue  # "no warning to the people downstream": to whom, not which act
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects and all(g.lemma_.lower() in _ANY_KIND for g in objects):
                continue
        if child.dep_ in {"punct", "cc"}:
            continue
        return False
    return True


@cache
def _trends() -> dict[str, tuple[str, str, str]]:
    table = {}
    for line in lexicon("trends"):
        axis, direction, lemma, form = line.split()
        table[lemma] = (axis, direction, form)
    return table


def tells_a_trend(clauses: list[Told]) -> bool:
    """Whether one of the clauses tells a trend as so ("admissions had risen")."""
    return any(
        not c.negated and not c.ahead and c.verb.lemma_.lower() in _trends() for c in clauses
    )


def trend_forms(one: Token, other: Token) -> tuple[str, str] | None:
    """The -ing forms of two verbs of one trend axis and opposite directions ("falling",
    "rising"), or None."""
    first = _trends().get(one.lemma_.lower())
    second = _trends().get(other.lemma_.lower())
    if first is None or second is None or first[0] != second[0] or first[1] == second[1]:
        return None
    if any(c.dep_ == "dobj" for v in (one, other) for c in v.children):
        return None  # "grew the business": an act on a thing, not a measure's trend
    return first[2], second[2]


def _measured(subject: Token) -> Token:
    """The noun a subject measures: "admissions" in "the number of new admissions"."""
    if subject.lemma_.lower() in lemma_set("measure_nouns"):
        for child in subject.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                thing = next((g for g in child.children if g.dep_ == "pobj"), None)
                if thing is not None and thing.pos_ == "NOUN":
                    return thing
    return subject


def _modifiers(noun: Token) -> frozenset[str]:
    return frozenset(c.lower_ for c in noun.children if c.dep_ in _SETTING_APART)


def same_measure(one: Token, other: Token) -> bool:
    """Whether two subjects name one measure: the same head noun (through "the number
    of"), not a generic one nor a pronoun, and no modifiers on both that differ."""
    first, second = _measured(one), _measured(other)
    if first.pos_ != "NOUN" or second.pos_ != "NOUN":
        return False
    lemma = first.lemma_.lower()
    if lemma != second.lemma_.lower() or lemma in lemma_set("generic_nouns"):
        return False
    mods = _modifiers(first), _modifiers(second)
    if any(m in {"his", "her", "its", "their", "our", "my", "your"} for m in mods[0] | mods[1]):
        return False
    return not (mods[0] and mods[1] and mods[0] != mods[1])


def measure_phrase(subject: Token) -> tuple[str, bool] | None:
    """A standalone phrase for the measure a subject names ("new admissions") and whether
    it is plural, or None where the phrase would point back into the article ("its
    admissions", "these")."""
    noun = _measured(subject)
    words = [c for c in noun.children if c.i < noun.i]
    if any(w.pos_ in _POINTING or w.dep_ == "poss" for w in words):
        return None
    kept = [w for w in words if w.dep_ in {"amod", "compound"} or w.lower_ == "the"]
    if any(w.dep_ not in {"amod", "compound", "det"} for w in words):
        return None
    if any(w.dep_ == "det" and w.lower_ not in {"the", "a", "an"} for w in words):
        return None
    plural = noun.tag_ in {"NNS", "NNPS"}
    if not plural and not any(w.lower_ == "the" for w in kept):
        kept = []
        return None
    tokens = sorted([*kept, noun], key=lambda t: t.i)
    text = " ".join(t.text for t in tokens)
    if tokens[0].lower_ == "the":
        text = "the" + text[3:]
    return text, plural


def count_nouns(content: Span, *, zero: bool) -> list[tuple[Token, Token]]:
    """Counted groups of a content and the verbs they are arguments of: with a number
    ("killing seven soldiers") or, with ``zero``, with "no" ("no soldiers had died")."""
    found = []
    for noun in content:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lemma_set("counted_things"):
            continue
        if noun.dep_ not in {"nsubj", "nsubjpass", "dobj"} or noun.head.pos_ != "VERB":
            continue
        if zero:
            if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
                continue
        elif not any(c.dep_ == "nummod" and c.like_num for c in noun.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue  # "three of its fighters": part of a group, counted apart
        verb = noun.head
        if _ahead(verb) or (not zero and is_negated(verb)):
            continue
        found.append((noun, verb))
    return found


@cache
def _count_classes() -> tuple[tuple[str, frozenset[str]], ...]:
    classes = []
    for line in lexicon("count_predicates"):
        asked, _, lemmas = line.partition(" = ")
        classes.append((asked.strip(), frozenset(lemmas.lower().split())))
    return tuple(classes)


def asked_count(noun: Token, verb: Token, other: Token, other_verb: Token) -> str | None:
    """ "How many soldiers were killed?" for a group one side counts and the other says
    none of, with predicates of one class and no modifiers that set the groups apart;
    None otherwise."""
    if noun.lemma_.lower() != other.lemma_.lower():
        return None
    if _modifiers(noun) != _modifiers(other):
        return None  # "Velmoran soldiers" and "soldiers" are two groups
    lemmas = verb.lemma_.lower(), other_verb.lemma_.lower()
    asked = next((a for a, c in _count_classes() if lemmas[0] in c and lemmas[1] in c), None)
    if asked is None:
        return None
    plural = noun.text if noun.tag_ in {"NNS", "NNPS"} else other.text
    if other.tag_ not in {"NNS", "NNPS"} and noun.tag_ not in {"NNS", "NNPS"}:
        return None
    return f"How many {plural.lower()} {asked}?"


def apart(one: Token, other: Token) -> str | None:
    """``matter-time`` where both clauses fix points in time and they differ,
    ``matter-place`` where both name places and they differ; None otherwise."""
    times = [_points(v) for v in (one, other)]
    if times[0] and times[1] and times[0] != times[1]:
        return "matter-time"
    places = [entity_words(v, PLACE_ENTITIES) for v in (one, other)]
    if places[0] and places[1] and places[0] != places[1]:
        return "matter-place"
    return None


def _points(verb: Token) -> frozenset[str]:
    """The words of a clause's dates that fix a point in time ("Monday", "2019")."""
    words = entity_words(verb, TIME_ENTITIES)
    return frozenset(w for w in words if w in _POINT_WORDS or (w.isdigit() and len(w) == 4))


#: Relations of a thing a clause tells of: its object or its passive subject.
_THING_DEPS = frozenset({"dobj", "nsubjpass"})
#: Relations that narrow a denied thing to one of its kind ("no demand *for money*").
_NARROWING = frozenset({"prep", "relcl", "acl", "poss", "nummod", "appos"})


def denied_things(content: Span) -> list[Token]:
    """Things a content denies outright as the object or passive subject of its clause:
    "had not received any warning", "had never received any summons", "no revised offer
    had been put to it"; a thing narrowed by more than an adjective or a compound ("no
    warning *of the closure*"), a generic noun or a forecast denies nothing certain."""
    found = []
    for noun in content:
        if not _nominal(noun) or noun.dep_ not in _THING_DEPS or noun.head.pos_ != "VERB":
            continue
        if noun.lemma_.lower() in lemma_set("generic_nouns") or _ahead(noun.head):
            continue
        if thing_words(noun) is None:
            continue
        if noun.dep_ == "nsubjpass" and not _none_of(noun):
            continue  # "the warning was not passed on": one warning, not any
        if _denied(noun) or (
            any(c.lower_ == "never" for c in noun.head.children)
            and all(c.dep_ != "det" or c.lower_ in {"any", "a", "an"} for c in noun.children)
        ):
            found.append(noun)
    return found


def told_things(clauses: list[Told]) -> list[Token]:
    """Things the clauses a content tells as so have as their object or passive subject
    ("had issued a gale warning", "rejected a revised offer")."""
    found = []
    for clause in clauses:
        if clause.negated or clause.ahead:
            continue
        for child in clause.verb.children:
            if not _nominal(child) or child.dep_ not in _THING_DEPS:
                continue
            if any(c.dep_ == "det" and c.lower_ in _NONE_WORDS for c in child.children):
                continue
            found.append(child)
    return found


def acted_things(content: Span, denied: Token) -> list[Token]:
    """Things a content tells acted on with the verb of a denial, in any clause, a
    relative one too ("students who *blocked* fire exits" for "no fire exit was
    *blocked*"), not negated nor told ahead."""
    lemma = denied.lemma_.lower()
    found = []
    for verb in content:
        if verb.lemma_.lower() == lemma and verb.dep_ == "amod" and verb.tag_ in {"VBN", "VBD"}:
            if _nominal(verb.head) and not _none_of(verb.head):
                found.append(verb.head)  # "blocked fire exits": exits that were blocked
            continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() != lemma or verb.dep_ in _TOLD_DEPS:
            continue  # a told clause's things are ``told_things``
        if is_negated(verb) or _ahead(verb):
            continue
        for child in verb.children:
            if _nominal(child) and child.dep_ in _THING_DEPS and not _none_of(child):
                found.append(child)
    return found


def thing_words(noun: Token) -> frozenset[str] | None:
    """The adjectives and compounds that narrow a thing ("gale" in "a gale warning"),
    or None where a phrase, a possessor or a number narrows it further ("the warning of
    the closure", "two summonses" may be counted, not denied)."""
    words = set()
    for child in noun.children:
        if child.dep_ in {"amod", "compound"}:
            if child.lower_ not in _WHOLE:
                words.add(child.lower_)
        elif child.dep_ == "prep" and child.lower_ == "to":
            continue  # to whom, not which thing
        elif child.dep_ in _NARROWING:
            return None
    return frozenset(words)


def same_thing(denied: Token, told: Token) -> bool:
    """Whether a denied thing covers a told one: one noun, and every word narrowing the
    denial also narrows what the other side tells ("no revised offer" / "a revised
    offer"; "any warning" / "a gale warning")."""
    if not _thing_lemmas(denied) & _thing_lemmas(told):
        return False
    narrowed = thing_words(denied)
    return narrowed is not None and narrowed <= _plain_words(told)


def _plain_words(noun: Token) -> frozenset[str]:
    kept = [c for c in noun.children if c.dep_ in {"amod", "compound", "nummod"}]
    return frozenset(c.lower_ for c in kept) | frozenset(c.lemma_.lower() for c in kept)


def _nominal(token: Token) -> bool:
    """A noun, or a noun the tagger took for a verb where it stands as an object with a
    determiner ("issued a gale *warning*")."""
    if token.pos_ == "NOUN":
        return True
    return token.tag_ == "NN" or any(c.dep_ == "det" for c in token.children)


def _thing_lemmas(token: Token) -> frozenset[str]:
    """The lemma and the word itself: a noun the tagger took for a verb has the verb's lemma
    ("warning": "warn"), and "summons" the lemma "summon"."""
    if token.pos_ != "NOUN":
        return frozenset({token.lower_})
    return frozenset({token.lemma_.lower(), token.lower_})
