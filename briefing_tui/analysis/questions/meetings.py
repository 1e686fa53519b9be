"""Two parties who agreed to meet by a day still to come: will they meet?

"The Selo Dockers Union and Corva Shipping agreed to meet again before April
20" and "Dravia and Ostrelia agreed on Monday to resume talks next week" put a
meeting on a day after the article's; whether it happens is the next step of
the dispute: "Will the Selo Dockers Union and Corva Shipping meet again before
April 20?" (``agreed-meeting``). The parties are two names joined by "and", or
a pair ("the two governments", "both sides") that stands for the two places
the article's lead names; the meeting is "meet" or talks held or resumed, with
a date of its own. A later sentence telling them met settles it
(``settled-later``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.dates import PAST_TIME_WORDS
from briefing_tui.analysis.questions.offers import pair_named
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.sweeps import pending_in_sentence, sweep

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Verbs by which parties commit to a meeting (lemmas).
_AGREEING = frozenset({"agree", "promise", "pledge", "plan"})
#: Verbs of holding a meeting, and the nouns they must take (none: "meet" alone).
_MEETING = {"meet": frozenset(), "hold": frozenset({"talk", "meeting", "negotiation"})}
_MEETING["resume"] = _MEETING["hold"]


def _meeting(agree: Token) -> Token | None:
    """The "to meet" / "to hold talks" an agreement governs."""
    act = next((c for c in agree.children if c.dep_ == "xcomp"), None)
    if act is None or act.lemma_.lower() not in _MEETING or is_negated(act):
        return None
    nouns = _MEETING[act.lemma_.lower()]
    if nouns and not any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in act.children):
        return None
    return act


def _day(act: Token) -> list[Token] | None:
    """The meeting's own date phrase ("before April 20", "next week")."""
    for child in act.children:
        if child.dep_ not in {"prep", "npadvmod", "tmod"} or child.i < act.i:
            continue
        words = list(child.subtree)
        if any(t.ent_type_ == "DATE" for t in words) and not any(
            t.lower_ in PAST_TIME_WORDS for t in words
        ):
            return words
    return None


def _parties(agree: Token) -> str | None:
    subject = next((c for c in agree.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return pair_named(subject)


def _met_later(agree: Token) -> bool:
    """Whether a sentence after the agreement tells a meeting held ("met", "held talks")."""
    doc = agree.doc
    for verb in tokens_where(doc[agree.sent.end :], "lemmas", {"meet", "hold", "resume"}):
        if verb.tag_ == "VBD" and not is_negated(verb) and verb.pos_ == "VERB":
            return True
    return False


def agreed_meeting(agree: Token) -> str | None:
    """The question an agreement to meet asks; "settled-later" where a later sentence
    tells the meeting held; None where ``agree`` is no such agreement."""
    if agree.pos_ != "VERB" or is_negated(agree) or agree.dep_ in {"relcl", "advcl"}:
        return None
    act = _meeting(agree)
    if act is None:
        return None
    day = _day(act)
    who = _parties(agree)
    if day is None or who is None:
        return None
    if any(t.like_num and len(t.text) == 4 and t.ent_type_ == "DATE" for t in agree.sent):
        return None  # "agreed in 2019 to meet in May 2020": perhaps long past
    if any(
        t.lower_ in PAST_TIME_WORDS for c in agree.children if c.dep_ != "xcomp" for t in c.subtree
    ):
        return None  # "agreed last year to meet in May": perhaps long past
    if _met_later(agree):
        return "settled-later"
    doc = agree.doc
    end = day[-1].i + 1
    words = doc[act.i : end].text
    return f"Will {who} {words}?"


def find_agreed_meetings(
    ctx: RuleContext, doc: Doc
) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Agreed meetings still to come, and the vetoes that removed others, with their cue."""

    def judge(agree: Token) -> tuple[str] | str | None:
        asked = agreed_meeting(agree)  # a question, or the veto "settled-later"
        return asked if asked is None or asked == "settled-later" else (asked,)

    build = pending_in_sentence(ctx, "meeting", "agreed-meeting")
    return sweep(doc, _AGREEING, judge, build)
