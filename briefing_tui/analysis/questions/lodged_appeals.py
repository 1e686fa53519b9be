"""An appeal or a complaint lodged with a named body, or to be lodged: will the body uphold it?

"The Selo Cycling Union appealed the decision to the sports court in May", "her lawyer
said she would file an appeal with the Court of Arbitration for Sport", "Tarn Mining
has lodged an appeal with the Selo High Court against the fine": the appeal is pending
before the body it is lodged with (so is a complaint, an objection, a challenge or a
petition "filed with" a named body: ``LODGED``), and what that body decides is the open matter,
whether or not the article says the proceeding is under way. Asked as "Will the Court
of Arbitration for Sport uphold Ana Lind's appeal against the ban?" (the decision
appealed named by its own words, else left out). The appeal is told as made (past or
perfect) or still to come ("will", a reported "would", "plans to"); an appeal that only
may be made ("either side can appeal"), is supposed ("if she appeals"), refused ("would
not appeal") or is a noun's duty ("a duty to appeal decisions") asks nothing.

Named vetoes, each with the sentence it was written from:

- ``unnamed-appellant``: "The decision was appealed to the Selo High Court": no named
  party appeals.
- ``settled-later``: "Tarn Mining appealed the fine to the Selo High Court. The court
  dismissed the appeal on Friday.": the body's decision is told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.decided_acts import body_heads, decider_name
from briefing_tui.analysis.questions.decisions_due import told_ahead
from briefing_tui.analysis.questions.phrasing import possessive, running_words
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.sweeps import pending_in_sentence, sweep
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Nouns of a case lodged with a body, and the verb of the body's finding for its party.
LODGED = {
    "appeal": "uphold",
    "complaint": "uphold",
    "objection": "uphold",
    "challenge": "uphold",
    "petition": "grant",
    "application": "grant",
}
#: Verbs that lodge an appeal noun: "file an appeal", "lodged an appeal".
_LODGING = frozenset({"file", "lodge", "launch", "submit", "bring", "mount", "enter"})
#: Verbs above "to appeal" that tell it as intended: "plans to appeal".
_INTENDING = frozenset({"plan", "intend", "decide", "vow", "expect", "aim", "seek"})
#: Prepositions naming the body an appeal is lodged with; "in" only before a body's name
#: ("in the Selo High Court", not "in Warsaw").
_BEFORE = frozenset({"to", "with", "before", "in"})
#: Prepositions of what a case is against or for ("an application for judicial review").
_OF_CASE = frozenset({"against", "for"})
#: Verbs of a body's decision on an appeal, told as taken (lemmas).
_RULED = frozenset(
    {"uphold", "dismiss", "reject", "overturn", "allow", "grant", "deny", "quash", "overrule"}
)
#: Words that make a decision appealed need the article: "that decision".
_NEEDS_ARTICLE = frozenset({"that", "this", "those", "these", "it", "one"})
#: Markers of a supposed act: "if she appeals".
_SUPPOSING = frozenset({"if", "unless", "whether"})
#: Modifiers that make a decision appealed tell which one ("the four-year ban").
_TELLING = frozenset({"compound", "amod", "nmod", "nummod", "poss"})
#: Longest purpose of an application, in words ("for judicial review").
_PURPOSE_WORDS = 4
#: Longest decision appealed, in words, a question carries.
_DECISION_WORDS = 8


def _appeal_act(word: Token) -> Token | None:
    """The verb that makes the appeal: "appealed" itself (with the decision appealed as its
    object or after "against"), or "file" of "file an appeal"; None for a plea ("appealed
    to donors for funds", "appealed to residents to stay calm", "launched an appeal for")."""
    if word.lemma_.lower() == "appeal" and _pleads(word):
        return None
    if word.pos_ == "VERB":
        if word.lemma_.lower() != "appeal":
            return None
        against = any(c.dep_ == "prep" and c.lower_ == "against" for c in word.children)
        return word if against or any(c.dep_ == "dobj" for c in word.children) else None
    if word.pos_ == "NOUN" and word.dep_ == "dobj" and word.head.lemma_.lower() in _LODGING:
        return None if _pleads(word.head) else word.head
    return None


def _pleads(word: Token) -> bool:
    """Whether an appeal is a plea: "for" what is asked, or a "to" clause of what to do."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "for") or c.dep_ in {"xcomp", "ccomp"}
        for c in word.children
    )


def _told(act: Token) -> bool:
    """Whether the appeal is told as made or still to come, not supposed, refused, or only
    possible."""
    if is_negated(act) or any(c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in act.children):
        return False
    modal = next((c.lower_ for c in act.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if modal is not None:
        return told_ahead(act) is not None
    if act.dep_ == "xcomp":
        holder = act.head
        return holder.lemma_.lower() in _INTENDING and not is_negated(holder)
    if act.dep_ not in {"ROOT", "ccomp", "conj"}:
        return False
    return act.tag_ == "VBD" or (
        act.tag_ == "VBN" and any(c.lemma_ == "have" for c in act.children if c.dep_ == "aux")
    )


def _appellant(act: Token) -> Token | None:
    """Who appeals: the act's subject, the first verb's for a conjoined one, the intending
    verb's for "plans to appeal"."""
    node = act
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if node.dep_ not in {"conj", "xcomp"}:
            return None
        node = node.head
    return None


def _body(ctx: RuleContext, act: Token, word: Token) -> str | None:
    """The named body the appeal is lodged with: "to CAS", "with the Selo High Court",
    hung on the verb, the appeal noun, or the decision appealed."""
    holders = [act, word]
    for holder in (act, word):  # "appealed the ban to", "an appeal against the ban with"
        holders += [c for c in holder.children if c.dep_ == "dobj" and c.i != word.i]
        holders += [g for c in holder.children if c.lower_ in _OF_CASE for g in c.children]
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in _BEFORE):
            body = next((g for g in prep.children if g.dep_ == "pobj"), None)
            actor = ctx.actor_of(body) if body is not None and body.pos_ == "PROPN" else None
            name = ctx.names.get(actor) if actor is not None else None
            if not name or actor in ctx.people:
                continue
            if prep.lower_ != "in" or name.split()[-1].lower() in body_heads():
                return as_the(name)
    return None


def as_the(name: str) -> str:
    """A body's name as a question says it ("the Court of Arbitration for Sport")."""
    name = with_the(name)
    if name[:1].isupper() and " of " in name and not name.startswith("The "):
        return f"the {name}"  # "the Court of Arbitration for Sport"
    return name


def _purpose(word: Token) -> str:
    """ " for judicial review": what an application asks, in a few words of its own, or ""."""
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "for"):
        thing = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if thing is None or thing.pos_ != "NOUN":
            continue
        words = [t for t in thing.subtree if t.i <= thing.i]
        if len(words) <= _PURPOSE_WORDS and not any(t.tag_ in {"PRP", "PRP$"} for t in words):
            return f" for {running_words(words)}"
    return ""


def _decision(act: Token, word: Token) -> str:
    """ " against the four-year ban": the decision appealed, by its own words, or ""."""
    things = [c for c in act.children if c.dep_ == "dobj" and c.i != word.i]
    for holder in (act, word):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "against"):
            things += [g for g in prep.children if g.dep_ == "pobj"]
    for thing in things:
        cut = {
            t.i
            for c in thing.children
            if c.dep_ in {"prep", "relcl", "acl", "appos", "punct", "cc", "conj"}
            for t in c.subtree
        }
        words = [t for t in thing.subtree if t.i not in cut]
        if {t.lower_ for t in words} & _NEEDS_ARTICLE or len(words) > _DECISION_WORDS:
            return ""
        if any(t.tag_ in {"PRP", "PRP$"} for t in words) or thing.pos_ != "NOUN":
            return ""
        if not any(c.dep_ in _TELLING for c in thing.children):
            return ""  # "the ban" tells no more than the appeal does
        return f" against {running_words(words)}"
    return ""


def _ruled(doc: Doc, appeal: Token) -> bool:
    """Whether the article tells a decision on an appeal taken: "the court dismissed the
    appeal", "upheld the ban" (not a supposed one: "if the panel upholds")."""
    for verb in tokens_where(doc[:], "lemmas", _RULED):
        if verb.i == appeal.i or verb.tag_ != "VBD" or is_negated(verb):
            continue
        if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in verb.children):
            continue
        return True
    return False


def lodged_appeal(ctx: RuleContext, word: Token) -> tuple[str] | str | None:
    """The question an appeal lodged with a named body asks; a veto's name; or None where
    ``word`` is no such appeal."""
    act = _appeal_act(word)
    if act is None or not _told(act):
        return None
    body = _body(ctx, act, word)
    if body is None:
        return None
    subject = _appellant(act)
    name = ctx.name_of(subject) if subject is not None else None
    if subject is not None and name is None and subject.pos_ == "PROPN":
        actor = ctx.actor_of(subject)  # "The Tarn Dockers' Union": a name word of its own
        name = ctx.names.get(actor) if actor is not None else None
    if subject is not None and name is None and subject.pos_ == "NOUN":
        name = decider_name(ctx, subject)  # "the bank": named, or held back, by the naming step
    if subject is None or not name:
        return "unnamed-appellant"
    owner = possessive(name if ctx.actor_at.get(subject.i) in ctx.people else with_the(name))
    if _ruled(word.doc, word):
        return "settled-later"
    noun = word.lemma_.lower()
    matter = _decision(act, word) or _purpose(word)
    return (f"Will {body} {LODGED[noun]} {owner} {noun}{matter}?",)


def find_lodged_appeals(
    ctx: RuleContext, doc: Doc
) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Appeals lodged with named bodies, asked as the body's decision, and the vetoes that
    removed others, with their cue."""

    build = pending_in_sentence(ctx, "court", "lodged-appeal")
    return sweep(doc, LODGED, lambda word: lodged_appeal(ctx, word), build)


def body_decision_asked(candidate: Candidate, others: list[Candidate]) -> Candidate | None:
    """The other shown question that already asks what the body of a lodged appeal will
    do ("Will the Selo High Court quash the permit?" beside "Will the Selo High Court grant
    Tarn's application?"): one matter, asked once, by the question that names what the
    body decides (the filing's sentence, a past event, adds no evidence). None where there
    is none."""
    if candidate.cue != "lodged-appeal" or not candidate.text.startswith("Will "):
        return None
    body = _plain(candidate.text[len("Will ") :].split(f" {_verb_of(candidate.text)} ")[0])
    for other in others:
        if other is candidate or other.kind == QuestionKind.DISPUTED:
            continue
        if _plain(other.text).startswith((f"will {body} ", f"if {body} ")):
            return other
    return None


def _plain(text: str) -> str:
    """``text`` lower-cased, with a doubled "the" said once, for comparing names."""
    return text.lower().replace("the the ", "the ")


def _verb_of(text: str) -> str:
    """The body's verb of a lodged appeal's question ("uphold", "grant")."""
    return next((verb for verb in set(LODGED.values()) if f" {verb} " in text), "uphold")
