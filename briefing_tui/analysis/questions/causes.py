"""The cause an inquiry is into, and whether the article tells it.

"Investigators opened an investigation into the cause of the crash of a
regional jet" leaves open "What caused the crash of a regional jet?" until a
later sentence tells the cause ("the crash was caused by ice on the wings",
"investigators blamed the crash on a faulty valve", "the cause of the crash
was a fuel leak"); a hedged cause ("ice may have caused the crash") tells
nothing settled.

A cause the article says is in doubt is open the same way: "officials said it
was not yet clear whether the spray caused the infections" asks "Did the spray
cause the infections?" (``cause-in-doubt``), unless a later sentence tells the
cause unhedged (``settled-later``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.sweeps import sweep
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Nouns of a cause (lemmas).
_CAUSE_NOUNS = frozenset({"cause", "origin"})
#: Dependents of an event noun that describe it rather than name it, left out of the question.
_ASIDES = frozenset({"relcl", "appos", "punct", "acl"})


def into_phrases(cue: Token) -> list[Token]:
    """The "into" phrases of an inquiry noun: its own, or its verb's after it ("opened an
    investigation on Sunday into the cause ...")."""
    found = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "into"]
    if cue.dep_ == "dobj":
        found += [
            c for c in cue.head.children if c.dep_ == "prep" and c.lower_ == "into" and c.i > cue.i
        ]
    return found


def caused_event(cue: Token) -> Token | None:
    """The event an inquiry seeks the cause of ("the crash" in "an investigation into the
    cause of the crash"), or None."""
    for into in into_phrases(cue):
        cause = next((c for c in into.children if c.dep_ == "pobj"), None)
        if cause is None or cause.lemma_.lower() not in _CAUSE_NOUNS:
            continue
        of = next((c for c in cause.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        event = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if event is not None and event.pos_ in {"NOUN", "PROPN"}:
            return event
    return None


def event_words(event: Token) -> str:
    """The event as a question names it: "the crash of a regional jet near Lindvik
    airport", without a relative clause or aside, made definite."""
    cut = {t.i for c in event.subtree if c.dep_ in _ASIDES and c.i != event.i for t in c.subtree}
    tokens = [t for t in event.subtree if t.i not in cut]
    if tokens and tokens[0].dep_ == "det" and tokens[0].head.i == event.i:
        tokens = tokens[1:]
        return "the " + running_words(tokens)
    if tokens and tokens[0].dep_ == "poss":
        return running_words(tokens)
    return "the " + running_words(tokens)


def _hedged(verb: Token) -> bool:
    return any(c.tag_ == "MD" for c in verb.children) or is_negated(verb)


def _about(verb: Token, lemma: str) -> bool:
    """Whether a verb's subject, object or prepositional object is the event."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"} and child.lemma_.lower() == lemma:
            return True
        if child.dep_ == "prep":
            inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is not None and inner.lemma_.lower() == lemma:
                return True
    return False


def cause_told(event: Token) -> bool:
    """Whether a sentence after the event's tells its cause as settled."""
    doc = event.doc
    lemma = event.lemma_.lower()
    for token in doc[event.sent.end :]:
        word = token.lemma_.lower()
        if word in {"cause", "blame"} and token.pos_ == "VERB":
            if token.tag_ in {"VBD", "VBN"} and not _hedged(token) and _about(token, lemma):
                return True
        elif word in _CAUSE_NOUNS and token.dep_ == "nsubj" and token.head.lemma_ == "be":
            be = token.head
            told = any(c.dep_ == "attr" for c in be.children)
            of = next((c for c in token.children if c.lower_ == "of"), None)
            inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            if told and not _hedged(be) and (inner is None or inner.lemma_.lower() == lemma):
                return True
    return False


#: Verbs that tie a harm to its cause (lemmas): "whether the spray caused the infections".
_CAUSING = frozenset({"cause", "trigger", "spark"})
#: Words that leave a whether- or that-clause unknown when negated ("not clear", "not known").
_KNOWING = frozenset(
    {"clear", "known", "certain", "confirmed", "established", "proven", "sure"}
    | {"know", "confirm", "establish", "determine", "prove", "say"}
)
#: Words that leave a clause unknown as they stand ("unclear whether", "investigating whether").
_NOT_KNOWING = frozenset(
    {"unclear", "unknown", "uncertain", "unconfirmed", "unproven", "investigate", "examine"}
    | {"study", "probe", "test", "determine", "investigating"}
)
#: Dependents of a noun that describe it rather than name it, left out of the question.
_NOUN_ASIDES = frozenset({"relcl", "appos", "punct", "acl", "det", "cc", "conj"})


def _doubted(clause: Token) -> bool:
    """Whether a clause sits under words that leave it unknown: "it was not yet clear
    whether ...", "officials have not confirmed that ...", "unclear whether ..."."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if clause.dep_ not in {"ccomp", "advcl", "csubj"} or not marks & {"whether", "if", "that"}:
        return False
    head = clause.head
    if head.lemma_ == "be":  # "it was not clear whether ...": the clause hangs on "was"
        state = next((c for c in head.children if c.dep_ in {"acomp", "attr"}), None)
        if state is None:
            return False
        negated = is_negated(head)
        head = state
        if state.lower_ in _NOT_KNOWING:
            return not negated
        return state.lower_ in _KNOWING and negated
    lemma = head.lemma_.lower()
    if lemma in _NOT_KNOWING and not is_negated(head):
        return "that" not in marks  # "investigating that ..." is no question
    if lemma not in _KNOWING:
        return False
    verb = head.head if head.dep_ in {"acomp", "attr"} else head
    return is_negated(head) or is_negated(verb)


def _harm_noun(obj: Token) -> Token | None:
    """The harm a pronoun object stands for: the nearest object of its number before it in
    the sentence ("investigated a cluster of infections ... whether the spray caused
    them": infections), not the cause, a speaker or a place ("in four states")."""
    plural = obj.lower_ == "them"
    verb = obj.head
    above = {t.i for t in verb.ancestors} | {verb.i}
    for token in reversed(obj.sent[: obj.i - obj.sent.start]):
        if token.pos_ != "NOUN" or (token.tag_ == "NNS") != plural:
            continue
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.i in above:
            continue  # the cause, or the officials who say it is unclear
        if token.dep_ == "dobj" or (token.dep_ == "pobj" and token.head.lower_ == "of"):
            return token
    return None


def _noun_words(noun: Token) -> str:
    """A noun with its modifiers and its own phrases, made definite, without a clause or
    aside: "the bacterial infections in four states"."""
    cut = {
        t.i
        for c in noun.children
        if c.dep_ in _NOUN_ASIDES or (c.dep_ == "prep" and _dated(c))
        for t in c.subtree
    }
    tokens = [t for t in noun.subtree if t.i not in cut]
    article = next((c for c in noun.children if c.dep_ == "det"), None)
    bare = (
        article is None
        and noun.tag_ in {"NNS", "NN"}
        and not any(c.dep_ in {"poss", "nummod"} for c in noun.children)
    )
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        # "a cluster of infections in four states": the group's place is the harm's
        group = noun.head.head
        tokens += [
            t
            for c in group.children
            if c.dep_ == "prep" and c.lower_ in {"in", "among", "at"} and c.i > noun.i
            for t in c.subtree
        ]
    words = running_words(sorted(tokens, key=lambda t: t.i))
    # "faulty wiring" stays bare; "a cluster", "its plant" are said "the ..."
    return words if bare and noun.dep_ == "nsubj" else "the " + words


#: Nouns a story uses for a thing it named before with its kind ("the product" after "a
#: saline nasal spray"): said bare, they are named by that earlier phrase.
_GENERAL_THINGS = frozenset(
    {"product", "item", "device", "drug", "medicine", "medication", "substance", "food"}
    | {"vehicle", "chemical", "ingredient", "supplement", "appliance", "toy"}
)


def _bare(noun: Token) -> bool:
    """Whether a noun is said with "the" and nothing else ("the product")."""
    kept = [c for c in noun.children if c.dep_ not in {"punct"}]
    return len(kept) == 1 and kept[0].dep_ == "det" and kept[0].lower_ == "the"


def _named_thing(noun: Token, harm: Token) -> Token | None:
    """The thing a bare general noun stands for: the nearest earlier object brought in
    with "a"/"an" and a word of its kind ("its recall of an over-the-counter saline nasal
    spray"), not the harm nor a name, outside the headline."""
    for token in reversed(noun.doc[: noun.i]):
        if token.pos_ != "NOUN" or token.ent_type_ or token.i == harm.i:
            continue
        if not token.sent[-1].is_punct and not token.sent[-1].is_space:
            continue  # a headline: no sentence of the story
        if token.dep_ != "dobj" and not (token.dep_ == "pobj" and token.head.lower_ == "of"):
            continue
        if token.head.i == harm.i or harm.head.i == token.i or harm.head.head.i == token.i:
            continue  # "a cluster of infections": the harm's own group
        det = next((c for c in token.children if c.dep_ == "det"), None)
        kind = [c for c in token.children if c.dep_ in {"amod", "compound"}]
        if det is not None and det.lower_ in {"a", "an"} and kind:
            return token
    return None


def _dated(prep: Token) -> bool:
    """Whether a phrase tells a time ("on Thursday"), not which thing."""
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def _cause_words(subject: Token, harm: Token) -> str | None:
    """The cause as a question names it, or None where it is a pronoun, or a bare general
    noun ("the product") the article named before in no telling way."""
    if subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    if subject.pos_ == "PROPN":
        return running_words([t for t in subject.subtree if not t.is_punct])
    if _bare(subject) and subject.lemma_.lower() in _GENERAL_THINGS:
        named = _named_thing(subject, harm)
        return _noun_words(named) if named is not None else None
    return _noun_words(subject)


def _told_after(verb: Token, harm: Token) -> bool:
    """Whether a later sentence tells, unhedged, what caused the harm ("tests confirmed
    that a broken filter caused the outbreak"): the same harm noun, or one said "the"."""
    doc = verb.doc
    for token in doc[verb.sent.end :]:
        if token.lemma_.lower() not in _CAUSING or token.pos_ != "VERB":
            continue
        if token.tag_ not in {"VBD", "VBN"} or _hedged(token) or _doubted(token):
            continue
        if token.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in token.children):
            continue
        told = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        for thing in told:
            same = thing.lemma_.lower() == harm.lemma_.lower()
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in thing.children)
            if same or definite:
                return True
    return False


def doubted_cause(verb: Token) -> tuple[str, Token, Token] | str | None:
    """The question a cause in doubt asks ("it was not yet clear whether the spray caused
    the infections": "Did the spray cause the infections?"), with the cause's and the
    harm's nouns; a veto's name where the article settles it later; None where ``verb``
    is no cause in doubt."""
    if verb.lemma_.lower() not in _CAUSING or verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return None
    if not _doubted(verb) or is_negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        # "caused the injuries reported in three patients": the parse may make the object
        # the subject of a participle clause
        small = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBN"), None)
        obj = next((c for c in small.children if c.dep_ == "nsubj"), None) if small else None
    if subject is None or obj is None:
        return None
    harm = _harm_noun(obj) if obj.lower_ in {"them", "it"} else obj
    if harm is None or harm.pos_ != "NOUN" or harm.i == subject.i:
        return None
    cause = _cause_words(subject, harm)
    if cause is None:
        # "whether the product caused them" with no product named before: which product?
        return "unnamed-cause" if subject.lemma_.lower() in _GENERAL_THINGS else None
    if _told_after(verb, harm):
        return "settled-later"
    place = [
        running_words(list(c.subtree))
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"in", "at", "among"} and c.i > harm.i and not _dated(c)
    ]  # "caused the blaze at the Tarn depot": the parse hangs the place on the verb
    harm_words = " ".join([_noun_words(harm), *place[:1]])
    return f"Did {cause} {verb.lemma_.lower()} {harm_words}?", subject, harm


def find_doubted_causes(
    ctx: RuleContext, doc: Doc
) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Causes the article says are not known ("not yet clear whether the spray caused the
    infections"), and the vetoes that removed others, each with its cue word."""

    def build(verb: Token, asked: tuple[str, Token, Token]) -> Candidate:
        text, cause, _harm = asked
        candidate = ctx.candidate(QuestionKind.PENDING, verb.sent, text, cause)
        candidate.family, candidate.cue = "cause", "cause-in-doubt"
        return candidate

    return sweep(doc, _CAUSING, doubted_cause, build)


def cause_vetoed_in(sentence: Span) -> str | None:
    """The veto of a cause in doubt in a sentence, which no family then asks: a later
    sentence settles it ("not yet clear whether the water caused the illness ... tests
    showed a broken filter caused the illness"), or its cause is a general noun nothing
    names ("whether the product caused them"); "cause-asked" where ``cause`` asks it
    itself; else None."""
    for token in sentence:
        if token.lemma_ in _CAUSING:
            found = doubted_cause(token)
            if found is not None:
                return found if isinstance(found, str) else "cause-asked"
    return None
