"""Whether a phrased question stands on its own and asks an open matter, by its words.

Each test names one way a question fails a reader without the article:

- ``negative_question``: a yes/no question built on a negative ("Had the crew seen no
  evidence that ...?"): either answer reads as its opposite.
- ``attribution_inside``: an attribution left inside the question ("Is the fair, in
  the words of its founder, a reason to stay?"): a speaker's phrase, not a matter.
- ``attitude_passive``: a passive of how a party feels or is treated ("Will the town be
  intimidated?"): defiance or a warning, turned into a question nobody could settle.
- ``missing_object``: a verb that needs its object ending the question ("Would the
  minister attend?"): attend what?
- ``scheduled_consequence``: a condition's consequence the law itself fixes ("If the
  bill passes, would it take effect July 1?"): the article tells it; the open matter is
  the condition.
- ``conceded``: a dispute read from a denial nobody makes ("Nobody disputes that the
  reef is in trouble"): the sentence grants the matter; it does not contest it.
- ``swapped_person``: a "he"/"she" subject named by someone other than the person the
  sentences before were about ("Vail pleaded guilty. He has not been sentenced." asked
  as "Has Prestwood been sentenced?"): the question may ask about the wrong person.
- ``prize_told_as_certain``: a prize the narrator says the winner will receive ("The
  winner will receive the first prize"): the article settles it.
- ``not_yet_made``: a subject that does not exist yet, "a new ..." ("Will a new rent
  board grant the request?"): no one to ask it of; the article describes a provision.
- ``bare_case_side``: a side of a court case or a campaign said bare as the subject
  ("Will the defense appeal?"): whose defense?
- the grammar tests of ``turned_grammar.py``: do-support given to a participle, a modal on a
  modal, a one-word predicate repeating its subject.
- the wording tests of ``wording.py``: a question cut off at the end, a word written
  twice in a row, a demonstrative subject, a negated passive, a doubled noun, a stance
  asked as kept up, an accusation asked back.
- ``dangling_object`` (``recasts.py``): "him", "her" or "them" left as an object after
  the references were named ("Would the two ministers follow her?"): follow whom?
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.grammar import OPENERS
from briefing_tui.analysis.questions.recasts import dangling_object
from briefing_tui.analysis.questions.turned_grammar import (
    do_with_participle,
    modal_on_modal,
    predicate_repeats_subject,
)
from briefing_tui.analysis.questions.wording import (
    cut_at_the_end,
    demonstrative_subject,
    doubled_noun,
    doubled_word,
    inquiry_asked_back,
    kept_stance,
    negated_passive,
    reported_accusation,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

#: Quoted words, which the tests do not read.
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
#: Negative words that make a yes/no question read as its opposite.
_NEGATIVE = re.compile(r"\b(?:no|nothing|nobody|none|never|neither|nowhere|no one)\b", re.I)
#: Negative words in a fixed phrase that is no negation ("no later than", "no longer",
#: "a motion of no confidence").
_NOT_NEGATIVE = re.compile(
    r"\bno[ -](?:later|earlier|more|fewer|less|longer|sooner|confidence)\b", re.I
)
#: "not" of a question's main verb, and the phrases in which it negates nothing.
_NOT = re.compile(r"\b(?:not|n't)\b", re.I)
_NOT_NEGATION = re.compile(r"\bor not\b|\bnot only\b|\b\w+(?:ed|en|wn) not\b", re.I)
#: Words opening a relative clause, whose "not" is no negative of the question.
_RELATIVE = re.compile(r"\b(?:who|which|that|whose|whom|where)\b", re.I)
#: The auxiliary a yes/no question opens its main clause with, after any fronted phrase
#: ("In ten years, will ...").
_OPENING = re.compile(
    r"(?:^|, )(?:" + "|".join(sorted(OPENERS, key=len, reverse=True)) + r")\b", re.I
)
#: Words that open a clause of its own, whose negative is no negative of the question.
_SUBORDINATE = re.compile(r"\b(?:if|unless|when|before|after|until|because|while|once)\b", re.I)
_ATTRIBUTION = re.compile(r"\b(?:in the words of|as \w+ put it)\b", re.I)
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were|get|got)\s+(\w+)\b", re.I)
#: A question whose subject is a body or thing still to be made: "Will a new board ...?".
_NEW_SUBJECT = re.compile(
    r"^(?:Will|Would|Could|Can|May|Might)\s+an?\s+new\s+\w+(?:\s+(?!be\b|been\b)\w+)?\s+(?!be\b|been\b)\w+\s+\w+"
)
_CONDITIONAL = re.compile(r"^(?:If|Unless)\b|\b(?:if|unless)\b")
_TAKES_EFFECT = re.compile(
    r"\b(?:take|takes|go|goes|come|comes) (?:into )?(?:effect|force)\b[^?]*\b(?:on |in |by )?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:19|20)\d\d)\b"
)
_LAST_WORD = re.compile(r"(\w+)\?$")


def _plain(text: str) -> str:
    return _QUOTED.sub(" ", text)


def negative_question(text: str) -> bool:
    """Whether ``text`` is a yes/no question built on a negative word."""
    plain = _NOT_NEGATIVE.sub(" ", _plain(text))
    opener = _OPENING.search(plain)
    if opener is None:
        return False
    main = _SUBORDINATE.split(plain[opener.end() :])[0]  # not "... if no deal is reached"
    if _NEGATIVE.search(main) is not None:
        return True
    # "Has the firm not ruled out a challenge?": a "not" of the main verb, not of a relative
    # clause ("deputies who have not declared") nor "or not", "not only"
    own = _RELATIVE.split(main)[0]
    if negated_passive(text):
        return False  # its own veto names it ("Was a recall not ruled out?")
    return _NOT.search(_NOT_NEGATION.sub(" ", own)) is not None


def attribution_inside(text: str) -> bool:
    """Whether ``text`` keeps an attribution ("in the words of", "as she put it")."""
    return _ATTRIBUTION.search(_plain(text)) is not None


@cache
def _participles() -> frozenset[str]:
    """The past participles of ``attitude_passives`` ("intimidated", "bullied", "cowed")."""
    forms = {"browbeaten"}
    for lemma in lemma_set("attitude_passives"):
        if lemma.endswith("e"):
            forms.add(lemma + "d")
        elif lemma.endswith("y"):
            forms.add(lemma[:-1] + "ied")
        else:
            forms |= {lemma + "ed", lemma + lemma[-1] + "ed"}
    return frozenset(forms)


def attitude_passive(text: str) -> bool:
    """Whether ``text`` asks a passive of how a party feels or is treated."""
    forms = _participles()
    return any(m.group(1).lower() in forms for m in _PASSIVE.finditer(_plain(text)))


def missing_object(text: str) -> bool:
    """Whether ``text`` ends on a verb that needs its object ("Would Ann Lee attend?")."""
    found = _LAST_WORD.search(text.strip())
    return found is not None and found.group(1).lower() in lemma_set("object_verbs")


@cache
def _case_side() -> re.Pattern[str]:
    """A bare "the <party noun>" of ``party_nouns`` with no "of" phrase saying whose."""
    nouns = "|".join(sorted(lemma_set("party_nouns"), key=len, reverse=True))
    return re.compile(rf"the (?:{nouns})\b(?! of)")


def bare_case_side(text: str) -> str | None:
    """A side of a court case the question's subject says bare ("Will the defense
    appeal?"), or None; "a request from the defence" tells whose side by its case."""
    plain = _plain(text)
    opener = _OPENING.search(plain)
    if opener is None:
        return None
    found = _case_side().match(plain, opener.end() + 1)  # its subject: the side that acts
    return found.group(0) if found else None


def scheduled_consequence(text: str) -> bool:
    """Whether a conditional ``text`` asks whether something takes effect on a set date."""
    plain = _plain(text)
    return _CONDITIONAL.search(plain) is not None and _TAKES_EFFECT.search(plain) is not None


def not_yet_made(text: str) -> bool:
    """Whether ``text`` asks what "a new ..." will do: a subject not yet made."""
    return _NEW_SUBJECT.match(_plain(text)) is not None


#: A yes/no question left on a bare "be" ("Will support be?") or a wh-question on a bare
#: passive with nobody and nothing named ("What was discussed?"): the clause was cut.
_UNFINISHED = re.compile(
    r"^(?:(?:will|would|could|can|may|might|should|must)\s+(?:\S+\s+){1,3}be"
    r"|(?:what|who)\s+(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+\w+ed)\?$",
    re.IGNORECASE,
)


def unfinished_predicate(text: str) -> bool:
    """Whether ``text`` stops where its predicate should go on ("Will support be?", "What
    was discussed?"); "What will the outcome be?" and "Who was arrested in Oslo?" go on."""
    return _UNFINISHED.match(text.strip()) is not None


#: The standalone tests in the order they are tried, each with the veto it names.
_TESTS: tuple[tuple[Callable[[str], bool], str], ...] = (
    (negative_question, "negative-question"),
    (attribution_inside, "attribution-inside"),
    (attitude_passive, "attitude-rhetoric"),
    (scheduled_consequence, "scheduled-consequence"),
    (missing_object, "unnamed-object"),
    (bare_case_side, "vague-reference"),
    (not_yet_made, "vague-reference"),
    (unfinished_predicate, "unfinished-predicate"),
    (dangling_object, "dangling-object"),
    (cut_at_the_end, "cut-at-the-end"),
    (doubled_word, "doubled-word"),
    (demonstrative_subject, "demonstrative-subject"),
    (negated_passive, "negated-passive"),
    (doubled_noun, "doubled-noun"),
    (kept_stance, "kept-stance"),
    (reported_accusation, "reported-accusation"),
    (inquiry_asked_back, "inquiry-asked-back"),
    (do_with_participle, "do-with-participle"),
    (modal_on_modal, "modal-on-modal"),
    (predicate_repeats_subject, "predicate-repeats-subject"),
)


def standalone_veto(text: str) -> str | None:
    """The name of the first standalone test ``text`` fails, or None."""
    return next((veto for test, veto in _TESTS if test(text)), None)


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: How many sentences back the person a "he" or "she" stands for is looked for.
PERSON_BACK = 1


def _nearest_person(pronoun: Token, is_person: Callable[[Token], bool]) -> Token | None:
    """The nearest person's name that is a subject before ``pronoun``, in its sentence or
    the one before it; None when there is none."""
    doc = pronoun.doc
    start = pronoun.sent.start
    for _ in range(PERSON_BACK):
        start = doc[start - 1].sent.start if start > 0 else start
    for token in reversed(doc[start : pronoun.i]):
        if token.dep_ in _SUBJECTS and token.pos_ == "PROPN" and is_person(token):
            return token
    return None


def swapped_person(
    text: str,
    sentence: Span,
    is_person: Callable[[Token], bool],
    same: Callable[[Token, Token], bool],
) -> str | None:
    """The person's subject before a "he"/"she" subject of ``sentence`` that ``text`` does
    not name though it names a person the sentence does not say ("Vail"), or None.
    ``same`` tells whether the actors analysis ties two tokens to one actor."""
    named = [w for w in re.findall(r"\b[A-Z][a-z]+\b", text[1:]) if w not in sentence.text]
    if not named:
        return None
    for token in sentence:
        if token.lower_ not in {"he", "she"} or token.dep_ not in _SUBJECTS:
            continue
        nearest = _nearest_person(token, is_person)
        if nearest is not None and nearest.text not in text and not same(nearest, token):
            return nearest.text
    return None


#: Subjects that make a denial one nobody makes ("Nobody disputes that ...").
_NOBODY = frozenset({"nobody", "none", "no one", "no-one", "few"})


def _denial_made(verb: Token) -> bool:
    """Whether the denial verb ``verb`` is made: not negated, its subject no "nobody"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            said = " ".join(t.lower_ for t in child.subtree)
            if said in _NOBODY:
                return False
    return True


def conceded(sentences: list[Span]) -> bool:
    """Whether the only denial verbs of ``sentences`` are denials nobody makes ("Nobody
    disputes that ...", "No one denies that ...")."""
    denials = lemma_set("denials")
    verbs = [t for s in sentences for t in s if t.pos_ == "VERB" and t.lemma_.lower() in denials]
    return bool(verbs) and not any(_denial_made(v) for v in verbs)


#: Verbs of getting a prize.
_RECEIVING = frozenset({"receive", "get", "win", "take", "collect", "earn"})


def _told_by_narrator(verb: Token) -> bool:
    """Whether no speaker reports ``verb``: no reporting verb above it or set beside it."""
    reporting = lemma_set("reporting")
    above = [verb, *verb.ancestors]
    if any(t.lemma_.lower() in reporting for t in above[1:]):
        return False
    return not any(
        c.dep_ == "parataxis" and c.lemma_.lower() in reporting for t in above for c in t.children
    )


def prize_told_as_certain(sentences: list[Span]) -> bool:
    """Whether one of ``sentences`` tells, as the narrator's certainty, that someone
    "will receive" a prize ("The winner will receive the first prize"): settled, not open."""
    prizes = lemma_set("prize_nouns")
    for verb in (t for sentence in sentences for t in sentence):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RECEIVING:
            continue
        will = any(c.dep_ == "aux" and c.lower_ in {"will", "'ll"} for c in verb.children)
        hedged = any(
            c.dep_ == "advmod" and c.lower_ in {"probably", "likely"} for c in verb.children
        )
        won = any(c.dep_ == "dobj" and c.lemma_.lower() in prizes for c in verb.children)
        if will and won and not hedged and _told_by_narrator(verb):
            return True
    return False
