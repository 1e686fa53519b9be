"""An inquiry into whether something happened, or into its cause: did it, what caused it?

"Ofgem opened an investigation into whether Northwind Energy misled customers"
leaves open what the inquiry is for: "Did Northwind Energy mislead customers?".
So do "police are investigating whether the fire was set deliberately" and "the
board is examining whether the mayor broke the rules". The matter must be told
as a "whether" clause with its own subject (an inquiry "into the company's
accounts" asks nothing a reader can answer yes or no); a negated inquiry ("did
not open an investigation") asks nothing; the inquiry's finding told later
("the inquiry found that ...", "the investigation cleared ...") settles it.

An inquiry "into allegations that the mayor took bribes" (or "examining claims
that ...") asks the alleged act the same way, when the "that" clause tells the
allegation's content, not a relative clause about it. An inquiry "into the
cause of the crash" asks "What caused the crash?" unless the
article tells the cause (``causes.py``). Where the parse cuts the "whether"
clause off from its object or hangs the attribution inside it ("whether the drug
caused | liver damage in 11 patients, the maker said"), the clause is asked with
the noun phrase that follows its verb, or not at all (``cut-clause``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_words, tokens_where
from briefing_tui.analysis.questions.causes import (
    cause_told,
    caused_event,
    event_words,
    into_phrases,
)
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.phrasing import invert, running_words
from briefing_tui.analysis.questions.rules import raise_at
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Nouns of an inquiry (lemmas): "an investigation into whether ...".
INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "enquiry", "probe", "review", "audit"})
#: Verbs of inquiring (lemmas): "is investigating whether ...".
INQUIRY_VERBS = frozenset({"investigate", "examine", "probe", "study", "assess", "review"})
#: Verbs of an inquiry's outcome told later (lemmas).
_FOUND = frozenset({"find", "conclude", "clear", "establish", "determine", "rule"})
_CUES = INQUIRY_NOUNS | INQUIRY_VERBS | {"look"}


def _whether_clause(cue: Token) -> Token | None:
    """The verb of the "whether" clause ``cue`` inquires into, or None."""
    children = list(cue.children)
    if cue.pos_ == "NOUN":
        # "an investigation into whether ...": the clause hangs on "into"
        into = [c for c in children if c.dep_ == "prep" and c.lower_ == "into"]
        children = [g for c in into for g in c.children]
    elif cue.lemma_.lower() == "look":
        # "looking into whether ...": the particle or the preposition carries the clause
        into = [c for c in children if c.lower_ == "into"]
        children += [g for c in into for g in c.children]
    for child in children:
        if child.pos_ not in {"VERB", "AUX"} or child.dep_ not in {"pcomp", "ccomp", "pobj"}:
            continue
        if any(m.lower_ == "whether" and m.dep_ == "mark" for m in child.children):
            return child
    return None


#: Nouns of an allegation an inquiry looks into ("allegations that the mayor took bribes").
_ALLEGATIONS = frozenset({"allegation", "claim", "accusation", "charge", "report", "suggestion"})


def _alleged_clause(cue: Token) -> Token | None:
    """The verb of the "that" clause of an allegation ``cue`` inquires into ("an
    investigation into allegations that the mayor accepted bribes", "is examining claims
    that the bank overcharged ..."), or None."""
    nouns = [g for into in into_phrases(cue) for g in into.children if g.dep_ == "pobj"]
    if cue.pos_ in {"VERB", "AUX"}:
        nouns += [c for c in cue.children if c.dep_ == "dobj"]
    for noun in nouns:
        if noun.lemma_.lower() not in _ALLEGATIONS:
            continue
        for child in noun.children:
            clause = child.dep_ in {"acl", "ccomp"} and child.pos_ in {"VERB", "AUX"}
            if clause and _complement_clause(child):
                return child
    return None


def _complement_clause(verb: Token) -> bool:
    """Whether a "that" clause after a noun tells its content ("allegations that she sold
    the land"), not a relative clause about it ("a report that the board published"):
    its "that" is a conjunction, or the parse gave it a role the clause fills anyway."""
    for that in (c for c in verb.children if c.lower_ == "that" and c.i < verb.i):
        if that.dep_ == "mark":
            return True
        filled = [c for c in verb.children if c.dep_ == that.dep_ and c.i != that.i]
        return that.pos_ == "SCONJ" and bool(filled)
    return False


def _inquirer(cue: Token) -> Token | None:
    """Who inquires: the subject of the inquiring verb, or of the verb the inquiry noun is
    the object of ("Ofgem opened an investigation")."""
    verb = cue if cue.pos_ in {"VERB", "AUX"} else cue.head
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _settled_later(cue: Token, inquirer: Token | None) -> bool:
    """Whether a later sentence tells the inquiry's finding ("The inquiry found that ...")."""
    doc = cue.doc
    named = {cue.lemma_.lower(), *INQUIRY_NOUNS}
    if inquirer is not None:
        named.add(inquirer.lemma_.lower())
    lemmas = doc_words(doc).lemmas
    for i in range(cue.sent.end, len(doc)):
        if lemmas[i] not in _FOUND:
            continue
        verb = doc[i]
        if verb.tag_ not in {"VBD", "VBN"} or is_negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lemma_.lower() in named:
            return True
    return False


def _cut_short(clause: Token) -> bool:
    """Whether the parse ends a clause at its verb though a noun follows that it hangs
    elsewhere ("whether the drug caused | heart problems in 14 patients, the maker
    said"): asked, the question would lose its object."""
    doc = clause.doc
    after = clause.right_edge.i + 1
    if clause.right_edge.i != clause.i or after >= clause.sent.end:
        return False
    following = doc[after]
    inside = {t.i for t in clause.subtree}
    return following.pos_ in {"NOUN", "PROPN", "ADJ", "NUM", "DET"} and following.head.i not in (
        inside
    )


def _swallows_attribution(clause: Token) -> bool:
    """Whether the parse hangs the sentence's attribution inside the clause ("whether the
    drug caused damage in 30 patients, the maker said": "said" under "caused")."""
    reporting = lemma_set("reporting")
    return any(
        t.i > clause.i
        and t.pos_ == "VERB"
        and t.lemma_.lower() in reporting
        and not any(c.dep_ == "mark" for c in t.children)
        and t.doc[t.i - 1].is_punct
        for t in clause.subtree
    )


def _mended(clause: Token) -> str | None:
    """A clause cut short at its simple-past verb asked with the noun phrase that follows
    it up to the next punctuation ("Did the drug cause heart problems in 14 patients?"),
    or None where anything but a noun phrase follows or the verb has auxiliaries."""
    if clause.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass", "neg"} for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    rest: list[Token] = []
    for token in clause.doc[clause.i + 1 : clause.sent.end]:
        if token.is_punct or token.is_space:
            break
        if token.pos_ in {"VERB", "AUX", "SCONJ", "PRON"}:
            return None
        rest.append(token)
    said = running_words([t for t in subject.subtree if not t.is_punct])
    if subject.left_edge.dep_ == "det":
        said = said[:1].lower() + said[1:]
    return f"Did {said} {clause.lemma_.lower()} {running_words(rest)}?"


def _inquiry(ctx: RuleContext, cue: Token) -> Candidate | None:
    if is_negated(cue) or (cue.pos_ == "NOUN" and is_negated(cue.head)):
        return None
    if cue.pos_ == "NOUN" and cue.lemma_.lower() not in INQUIRY_NOUNS:
        return None
    if cue.pos_ in {"VERB", "AUX"} and cue.lemma_.lower() not in INQUIRY_VERBS | {"look"}:
        return None
    clause = _whether_clause(cue) or _alleged_clause(cue)
    if clause is None:
        return _cause_inquiry(ctx, cue)
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return None
    inquirer = _inquirer(cue)
    if _settled_later(cue, inquirer):
        ctx.veto("settled-later")
        return None
    if _cut_short(clause) or _swallows_attribution(clause):
        text = _mended(clause)
        if text is None:
            ctx.veto("cut-clause")
            return None
        subject = next(c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"})
        return ctx.candidate(QuestionKind.UNRESOLVED, cue.sent, text, subject)
    # "allegations that she sold ...": a "that" the parse made an object is no part of it
    opener = [c.i for c in clause.children if c.lower_ == "that" and c.pos_ == "SCONJ"]
    text = invert(clause, name_of=ctx.name_of, drop=opener)
    if text is None:
        return None
    subject = next(c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"})
    return ctx.candidate(QuestionKind.UNRESOLVED, cue.sent, text, subject)


def _cause_inquiry(ctx: RuleContext, cue: Token) -> Candidate | None:
    """ "an investigation into the cause of the crash": what caused the crash?"""
    if cue.pos_ != "NOUN":
        return None
    event = caused_event(cue)
    if event is None:
        return None
    if _settled_later(cue, _inquirer(cue)) or cause_told(event):
        ctx.veto("settled-later")
        return None
    return ctx.candidate(QuestionKind.UNRESOLVED, cue.sent, f"What caused {event_words(event)}?")


def find_inquiries(ctx: RuleContext, doc: Doc) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Inquiries into whether something happened, and the vetoes that removed others."""
    cues = tokens_where(doc[:], "lemmas", _CUES)
    return raise_at(ctx, cues, "inquiry", ((_inquiry, None),))
