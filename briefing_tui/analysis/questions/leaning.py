"""Whether a phrased question leans on the article: a reader without it cannot tell what
it asks about.

Each pattern names one way a question points back into the article instead of naming
its matter. The candidate is held back, not shown (the names are in ``LEANING_VETOES``):

- ``names-nobody``: a matter the article says is unknown ("it was not clear whether
  ...", "declined to say how ..."), asked in a few words with no name, number or date
  after its first word ("Has the application ever been processed?", "How do members vote?"): which
  application, whose members? The unknown is told of something named nearby, and the
  question lost it. (A forecast or a dispute says its matter in its own words more often.)
- ``any-subject``: a subject opened by "any" in a question that names nobody ("Is any
  hearing likely before June?", "Did any change reflect new filling?"): any of what?
- ``points-back``: a determiner that points back to what only the article named
  (``such_reference``, ``that_reference``, ``either_one``): "such a meeting" (such as
  what?); "that" after an auxiliary, a wh-word or a preposition ("When will that review
  end?", "in that event", "beyond that"; the "that" of "said that ..." opens a clause
  and is no reference); "either side", "either camera" with no "or" naming the two.
- ``nameless-pronoun``: an "it" or "its" in a question that names nobody ("Would the
  institution defend it in court?", "Will the dam cut flow to its farms?"): the one it
  stands for is named only in the article. Not an "its" its sentence gives the noun the
  question opens on ("urged the water board to raise fees at its meeting": "Will the water
  board raise fees at its meeting?", ``_own_subjects_its``).
- ``object-it``: an "it" as the object of a verb or a preposition, even in a question that
  names someone ("Will Ann Lee and Tom Berg appear before it?", "Will three deputies back
  it if the levy is dropped?"): before what, back what? Only the article says.
- ``should-question``: a question opening on "Should" ("Should the mayor resign?") asks
  what ought to be, which nobody's answer settles; the open matter is what will be. A
  dispute keeps it: its two sides argue what ought to be ("they should be acquitted").

Before a question is held back for leaning on the article, ``rescued`` names what it
points at where the article says it for certain, and asks the question again:

- ``done-to-thing``: not held back by ``names-nobody`` or ``any-subject`` at all where
  what the article says is unknown is whether an act has been done to a thing, asked in
  the perfect passive with no doer, of a thing its own words restrict ("Have any suspects
  been identified?", "Have the officers' body-worn cameras been switched on?"): the act is
  the matter. Not a bare "the <noun>" ("Has the application been processed?").

- ``owner-named``: "the parliamentary group" told just before as the party's own ("the
  Farmers' Party said its parliamentary group would meet"): "the Farmers' Party's
  parliamentary group". Only where one owner, named by the actors, has such a group in
  the question's sentence or the one before.
- ``pair-named``: "either vessel" where the article told of "both vessels" and, before
  that, joined exactly two names by "and" as the subject of one verb ("The tanker Blue
  Gull and the ferry Red Kite collided"): "either the Blue Gull or the Red Kite".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.phrasing import possessive
from briefing_tui.analysis.questions.references import (
    controller_of,
    find_words,
    names_nobody,
    unquoted,
)
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

#: "such a meeting", "such talks"; "such as" gives examples and points nowhere.
_SUCH = re.compile(
    r"(?<![\w’'])such\s+(?!as\b)(?:an?\s+)?[a-z][\w-]*\b(?!\s+(?:as|that|which|who)\b)", re.I
)
#: Words after which "that" is a demonstrative, not the "that" opening a clause.
_BEFORE_DEMONSTRATIVE_THAT = (
    "will|would|could|can|may|might|should|must|is|are|was|were|has|have|had|did|does|do"
    "|when|how|why|where|what|who|which"
    "|in|on|at|beyond|after|before|despite|about|of|for|with|without|from|under|over"
    "|against|over|through|by|like"
)
_THAT = re.compile(
    rf"(?<![\w’'])(?:{_BEFORE_DEMONSTRATIVE_THAT})\s+that(?:\s+(?!is\b|was\b)[a-z][\w-]*)?(?![\w’'])",
    re.I,
)
#: "either side", "either of them": one of two the article named.
_EITHER = re.compile(r"(?<![\w’'])either\s+(?:of\s+)?[a-z][\w-]*", re.I)
_OR = re.compile(r"(?<![\w’'])or(?![\w’'])", re.I)
#: Words that point at something the article named: a definite or possessive determiner,
#: or a group said bare ("members").
_POINTING = re.compile(
    r"(?<![\w’'])(?:the|its|their|his|her|either|any|members|officials)(?![\w’'])", re.I
)
#: A wh-word asking of a bare plural ("What steps were under consideration?"): whose?
_WH_BARE_PLURAL = re.compile(r"^\s*(?:What|Which)\s+[a-z][a-z-]+[^s\W]s\s")
_IT = re.compile(r"(?<![\w’'])(?:it|its)(?![\w’'])", re.I)
#: The "it" that opens a question and stands for nothing ("Is it likely that ...?").
_OPENING_IT = re.compile(r"^\s*(?:\w+\s+)?(?:is|was|will|would|could)\s+it(?![\w’'])", re.I)
#: The most words of an unknown that names nobody and says too little to stand alone.
SHORT_UNKNOWN = 9
_SHOULD = re.compile(r"^\s*Should\b")
#: A subject opened by "any" right after the question's auxiliary ("Is any hearing ...").
_ANY_SUBJECT = re.compile(
    r"^\s*(?:\w+\s+)?(?:is|was|are|were|will|would|did|does|do|has|have|had|could|can|may|might)\s+any\s+[a-z]",
    re.I,
)


def such_reference(text: str) -> bool:
    """Whether ``text`` asks about "such a ..." ("Will such a meeting take place?")."""
    return _SUCH.search(unquoted(text)) is not None


def that_reference(text: str) -> bool:
    """Whether ``text`` points back with a demonstrative "that" ("When will that review be
    completed?", "Would Ann Lee appeal in that event?"); "said that ..." does not."""
    return _THAT.search(unquoted(text)) is not None


def either_one(text: str) -> bool:
    """Whether ``text`` asks about "either" of two it does not name ("Has either side
    agreed to talks?"); "either the mayor or the council" names them."""
    plain = unquoted(text)
    found = _EITHER.search(plain)
    return found is not None and _OR.search(plain, found.end()) is None


def nameless_pronoun(text: str) -> bool:
    """Whether ``text`` names nobody yet says "it" or "its" ("Would the institution defend
    it in court?"); the "it" of "Is it true that ...?" stands for nothing."""
    plain = _OPENING_IT.sub(" ", unquoted(text))
    return _IT.search(plain) is not None and names_nobody(text)


#: Words after which an "it" is no object: it opens a clause as its subject ("if it,
#: too, ...") or follows the question's auxiliary ("Is it, in the end, ..."). (A
#: preposition's "it" before a verb, "before it votes", is not matched at all.)
_SUBJECT_BEFORE = frozenset(
    {"if", "unless", "whether", "when", "once", "because", "that", "and", "or", "while"}
    | {"where", "how", "why", "what"}
    | {"is", "was", "will", "would", "could", "can", "may", "might", "should", "must"}
    | {"does", "did", "do", "has", "had", "have", "make", "makes", "made"}
)
#: A word and the "it" after it, ending the question or followed by a preposition or a
#: condition: the "it" of "appear before it?", "back it if ...", "defend it in court".
_OBJECT_IT = re.compile(
    r"(?<![\w’'])([a-z][\w’'-]*)\s+it(?=\s*[?,]|\s+(?:in|on|at|to|by|for|with|before|after"
    r"|if|unless|until|when|from|into|over|under)(?![\w’']))"
)
#: Words opening a clause after the main one, whose "it" stands for a noun the question
#: has named ("... strike down the rent law if the governor signs it?").
_CLAUSE_OPENER = re.compile(
    r"(?<![\w’'])(?:if|unless|once|when|whether|because|while|until)(?![\w’'])", re.I
)


def object_it(text: str) -> bool:
    """Whether ``text`` says "it" as the object of a verb or a preposition in its main
    clause ("Will Ann Lee appear before it?"); the "it" that opens a clause ("if it wins")
    is its subject, and one in a later clause stands for what the main clause named ("...
    the rent law if the governor signs it?")."""
    plain = unquoted(text)
    return any(
        m.group(1).lower() not in _SUBJECT_BEFORE
        and _CLAUSE_OPENER.search(plain, 0, m.start()) is None
        for m in _OBJECT_IT.finditer(plain)
    )


def points_back(text: str) -> bool:
    """Whether a determiner of ``text`` points back to what only the article named: "such
    a meeting", "that review", "either side"."""
    return such_reference(text) or that_reference(text) or either_one(text)


def should_question(text: str, kind: QuestionKind) -> bool:
    """Whether ``text`` asks what ought to be ("Should the mayor resign?"), other than a
    dispute's sides arguing it."""
    return kind != QuestionKind.DISPUTED and _SHOULD.match(text) is not None


def unknown_names_nobody(text: str, kind: QuestionKind) -> bool:
    """Whether ``text`` asks what the article says is unknown in a few words, names nobody
    and points at something by a definite word or a bare group ("Has the application been
    processed?", "How do members vote?", "What steps were under consideration?"); "What
    is unknown about future ozone levels?" points nowhere, and a longer question ("Will the
    rules apply to students who have already been offered places?") says its matter in
    words of its own."""
    return (
        kind == QuestionKind.UNRESOLVED
        and len(re.findall(r"[\w’'-]+", text)) <= SHORT_UNKNOWN
        and names_nobody(text)
        and (
            _POINTING.search(unquoted(text)) is not None
            or _WH_BARE_PLURAL.match(text) is not None  # "What steps were considered?"
        )
    )


def any_subject(text: str) -> bool:
    """Whether ``text`` names nobody and its subject is "any ..." ("Is any hearing likely
    before June?")."""
    return _ANY_SUBJECT.match(unquoted(text)) is not None and names_nobody(text)


#: The tests in the order they are tried, each with the veto it names.
_TESTS: tuple[tuple[Callable[[str, QuestionKind], bool], str], ...] = (
    (lambda text, _kind: points_back(text), "points-back"),
    (lambda text, _kind: any_subject(text), "any-subject"),
    (lambda text, _kind: nameless_pronoun(text), "nameless-pronoun"),
    (lambda text, _kind: object_it(text), "object-it"),
    (should_question, "should-question"),
    (unknown_names_nobody, "names-nobody"),
)

#: The vetoes of this module: each holds its question back rather than dropping it.
LEANING_VETOES = frozenset(veto for _, veto in _TESTS)


def leaning_veto(text: str, kind: QuestionKind) -> str | None:
    """The name of the first way ``text``, a question of ``kind``, leans on the article,
    or None."""
    return next((veto for test, veto in _TESTS if test(text, kind)), None)


#: "the parliamentary group vote": "the" and the lower-case words after it, of which the
#: first one to three may be a bare definite phrase.
_DEFINITE = re.compile(r"(?<![\w’'])the((?:\s+[a-z][\w-]*){1,3})(?![\w’'])")
#: Possessive pronouns that make a noun an actor's own ("its parliamentary group").
_OWNING = frozenset({"its", "their", "his", "her"})
#: The vetoes a named referent can lift.
RESCUABLE = frozenset(
    {"names-nobody", "points-back", "nameless-pronoun", "any-subject", "object-it"}
)


def _near(sentences: list[Span]) -> list[Span]:
    """The question's sentences with the one before the first of them."""
    if not sentences:
        return []
    first = sentences[0]
    before = [first.doc[first.start - 1].sent] if first.start > 0 else []
    return [*before, *sentences]


def owner_named(text: str, sentences: list[Span], name_of: Callable[[Token], str | None]) -> str:
    """``text`` with a bare "the <words> <noun>" named by its one owner: "Would the
    Farmers' Party's parliamentary group vote as a bloc?" where the sentence before says
    "the Farmers' Party said its parliamentary group would meet"; ``text`` unchanged where
    no owner, or more than one, is told."""
    for found in _DEFINITE.finditer(text):
        following = found.group(1).split()
        for size in range(1, len(following) + 1):
            *words, head = following[:size]
            name = _one_owner(words, head, sentences, name_of)
            if name is not None:
                phrase = " ".join(following[:size])
                start = found.start()
                end = start + len(f"the {phrase}")
                return text[:start] + f"{possessive(with_the(name))} {phrase}" + text[end:]
    return text


def _one_owner(
    words: list[str], head: str, sentences: list[Span], name_of: Callable[[Token], str | None]
) -> str | None:
    """The one actor whose own ``head`` noun, with ``words`` before it, the question's
    sentences or the one before tell of ("its parliamentary group"), or None."""
    owners = set()
    for sent in _near(sentences):
        for token in sent:
            if token.lower_ != head or token.pos_ != "NOUN":
                continue
            owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
            if owner is None or owner.lower_ not in _OWNING:
                continue
            if not set(words) <= {c.lower_ for c in token.lefts}:
                continue
            owners.add(name_of(owner))
    return owners.pop() if len(owners) == 1 else None


#: "either vessel": one of two things a question does not name.
_EITHER_NOUN = re.compile(r"(?<![\w’'])either\s+([a-z][\w-]*)(?![\w’'])")


def _named_by(token: Token) -> Token | None:
    """The name a noun phrase gives: the noun itself where it is a name, else its name in
    apposition ("the tanker Sea Lantern")."""
    if token.pos_ == "PROPN":
        return token
    return next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _name_words(name: Token) -> str:
    """A name with the name words joined before it ("Sea Lantern")."""
    parts = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in [*parts, name])


def _pair_subject(sent: Span) -> tuple[str, str] | None:
    """The two names a sentence joins by "and" as the subject of its verb ("The tanker
    Blue Gull and the ferry Red Kite collided"), each with "the"; None where it joins no
    two names, or more."""
    for token in sent:
        if token.dep_ != "nsubj":
            continue
        first = _named_by(token)
        if first is None:
            continue
        conj = [c for c in (*token.children, *first.children) if c.dep_ == "conj"]
        if len(conj) != 1 or any(c.dep_ == "conj" for c in conj[0].children):
            continue
        second = _named_by(conj[0])
        if second is None:
            continue
        return f"the {_name_words(first)}", f"the {_name_words(second)}"
    return None


def pair_named(text: str, sentences: list[Span]) -> str:
    """``text`` with "either <noun>" named by the two the article told of: "either the Blue
    Gull or the Red Kite" where "both vessels" comes before the question's sentence and,
    before that, one sentence joins exactly two names as its subject; ``text`` unchanged
    where the article says it less surely."""
    found = _EITHER_NOUN.search(text)
    if found is None or not sentences or _OR.search(text, found.end()) is not None:
        return text
    noun = found.group(1)
    doc = sentences[0].doc
    both = next(
        (
            t
            for t in doc[: sentences[0].start]
            if t.lower_ == "both"
            and t.head.pos_ == "NOUN"
            and t.head.tag_ == "NNS"
            and t.head.lemma_.lower() == noun
        ),
        None,
    )
    if both is None:
        return text
    pairs = []
    for token in doc[: both.sent.start]:
        if token.is_sent_start:
            pair = _pair_subject(token.sent)
            if pair is not None:
                pairs.append(pair)
    if len(pairs) != 1:
        return text
    first, second = pairs[0]
    return text[: found.start()] + f"either {first} or {second}" + text[found.end() :]


def _own_subjects_its(text: str, sentences: list[Span]) -> bool:
    """Whether the one "it" or "its" of ``text`` is an "its" its sentence gives to the
    doer of its "to" clause, named in the question before it ("the trade group urged the
    water board to raise fees at its meeting": "Will the water board raise fees at its
    meeting?")."""
    plain = _OPENING_IT.sub(" ", unquoted(text))
    found = [m for m in _IT.finditer(plain)]
    if [m.group(0).lower() for m in found] != ["its"]:
        return False
    for sent in sentences:
        for its in tokens_where(sent, "lowers", {"its"}):
            doer = controller_of(its, "it") if its.dep_ == "poss" else None
            at = find_words(plain, doer.text) if doer is not None else None
            if at is not None and at.end() <= found[0].start():
                return True
    return False


#: The vetoes an unknown act done to a thing lifts (``done_to_thing``).
_DONE_TO_LIFTS = frozenset({"names-nobody", "any-subject"})
#: A yes/no question in the perfect passive: "Have any suspects been identified?"
_PERFECT_PASSIVE = re.compile(
    r"^(?:Has|Have|Had)\s+([^?,]+?)\s+(?:ever\s+|already\s+|yet\s+)?been\s+([a-z]+)\b[^?]*\?$"
)
#: A bare definite subject: "the application" (which one?), as against "the officers'
#: body-worn cameras" or "any of the stolen data", which carry their own restriction.
_BARE_DEFINITE = re.compile(r"^the\s+[a-z-]+$")


def done_to_thing(text: str, kind: QuestionKind, sentences: list[Span]) -> bool:
    """Whether ``text`` asks what the article says is unknown: whether an act has been done
    to a thing, in the perfect passive with no doer, of a thing its own words restrict
    ("Have any suspects been identified?", "Has any of the stolen data been published?",
    "Have the officers' body-worn cameras been switched on?"). The act is the matter. A
    bare "the <noun>" ("Has the application ever been processed?": which application?), a
    question naming a doer ("... been approved by the board?") or asking of a state ("Have
    any observers been present?") is not one."""
    if kind != QuestionKind.UNRESOLVED:
        return False
    found = _PERFECT_PASSIVE.match(text)
    if found is None or re.search(r"\bby\s", text[found.end(2) :]):
        return False
    if _BARE_DEFINITE.match(found.group(1)):
        return False  # "Has the application ever been processed?": which application?
    participle = found.group(2)
    return any(
        token.lower_ == participle and token.tag_ == "VBN"
        for sent in sentences
        for token in tokens_where(sent, "lowers", {participle})
    )


def rescued(
    text: str, kind: QuestionKind, sentences: list[Span], name_of: Callable[[Token], str | None]
) -> tuple[str, str | None]:
    """The question and the way it leans on the article (None where it does not): a
    question held back by a rescuable veto is asked again with its referent named
    (``owner_named``, ``pair_named``) and kept where it then stands alone."""
    veto = leaning_veto(text, kind)
    if veto in _DONE_TO_LIFTS and done_to_thing(text, kind, sentences):
        # "Have any suspects been identified?": whether an act was done is the matter
        veto = next((v for test, v in _TESTS if v not in _DONE_TO_LIFTS and test(text, kind)), None)
    if veto == "nameless-pronoun" and _own_subjects_its(text, sentences):
        # "Will the central bank cut rates at its meeting?": "its" is the subject's own
        veto = next((v for test, v in _TESTS if v != veto and test(text, kind)), None)
    if veto not in RESCUABLE:
        return text, veto
    named = pair_named(owner_named(text, sentences, name_of), sentences)
    if named == text:
        return text, veto
    again = leaning_veto(named, kind)
    return (named, None) if again is None else (text, veto)
