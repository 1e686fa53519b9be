"""Set events asked by their outcome, not by whether they happen.

When the article says a vote, a hearing or talks are set ("The assembly will hold a
confidence vote on May 21"), whether the event takes place is settled; the open
matter is how it ends. A phrased question that asks the occurrence of such an event
is turned into its outcome by the event's class, where the question names what is
decided:

- a confidence vote on someone: "Will <them> survive the confidence vote ...?";
- a vote on a measure: "Will <body> pass/approve <measure> ...?";
- a hearing or trial someone faces: "What will be decided at <their> hearing ...?";
- a court or tribunal that will hear a named case: "How will <court> rule on <case>?";
- talks on a named matter: "Will <parties> reach an agreement on <matter>?";
- an ultimatum given ("give the council until Friday to drop the levy"): "Will the
  council drop the levy by Friday?".

Where the question does not name what is decided ("Will the tribunal hear the case?",
"Will the council hold a vote on Monday?"), it is held back (``set-event``); so is a set
step that decides nothing itself: a body meeting again on a day, someone appearing before
a court, evidence to be shown to a court. An act the
article reports as announced for a set day ("the city would provide water starting
Thursday, the mayor said") is not asked back (``announced-act``): see ``announced_act``;
nor is one the headline tells as done ("Carver Foods recalls 40,000 jars" over "Will
Carver Foods recall 40,000 jars?", ``told-as-done``): see ``told_as_done``; nor one a
later sentence tells as decided or done by its noun ("Will Dovan Mining appeal ...?"
after "its board has approved an appeal", ``decided-later``): see ``decided_later``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_text
from briefing_tui.analysis.questions.phrasing import possessive
from briefing_tui.analysis.questions.votes import ADOPTING

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as DocSpan

#: A day or time phrase that sets an event: "on May 21", "next week", "on Friday".
_WHEN = (
    r"(?: (?:on|by|next|this|in|starting|from) (?:[A-Z][a-z]{2,}\.? \d{1,2}\b|\w+day\b"
    r"|week\b|month\b)[^?]*)"
)
#: "Will <body> hold a (confidence) vote (on <object>) <when>?"
_HOLD_VOTE = re.compile(
    r"^Will (?P<body>[^?]+?) (?:hold|stage|call) (?:a|an|the|its) "
    r"(?P<kind>(?:no-confidence |confidence |final |)vote)"
    r"(?: (?:on|of) (?P<object>[^?]+?))?(?P<when>" + _WHEN + r")\?$"
)
#: The subject of the main clause: no clause of time or condition ("when they meet") and
#: no second verb is inside it.
_OWN_SUBJECT = (
    r"(?:(?!\b(?:when|if|as|after|before|while|once|until|unless|and|to|who|which|that)\b)"
    r"[^?,])+?"
)
#: A set step whose occurrence the article tells and that names no outcome: a body
#: meeting (again) on a day, someone appearing before a court on a day, evidence to be
#: shown to a court, a judge delivering a ruling (what it rules is the open matter).
_SET_STEP = re.compile(
    r"^Will " + _OWN_SUBJECT + r" (?:meet|convene|reconvene|sit)(?: again)?(?:" + _WHEN + r")\?$"
    r"|^Will " + _OWN_SUBJECT + r" (?:appear|be brought) (?:before|in) (?:a|an|the) [^?]*?"
    r"\b(?:court|tribunal|judge|magistrates?)\b[^?]*\?$"
    r"|^Will " + _OWN_SUBJECT + r" be (?:shown|presented|submitted|handed|played) to "
    r"(?:a|an|the) [^?]*?\b(?:court|tribunal|judge|jury|panel|inquiry)\b[^?]*\?$"
    r"|^Will " + _OWN_SUBJECT + r" (?:deliver|hand down|issue|announce|give) "
    r"(?:its|her|his|their|the|a) (?:ruling|verdict|judgment|judgement)\b[^?]*\?$"
)
#: "Will <who> face a (disciplinary) hearing|trial <rest>?"
_FACE = re.compile(
    r"^Will (?P<who>[^?]+?) (?:face|attend|stand|go on|appear at) "
    r"(?:(?:a|an|the|his|her|their|its) )?"
    r"(?P<event>(?:[a-z-]+ )?(?:hearing|trial|tribunal|inquest))(?P<rest>[^?]*)\?$"
)
#: "Will <court> hear <case> <rest>?"
_HEAR = re.compile(r"^Will (?P<court>[^?]+?) (?:hear|consider|take up) (?P<case>[^?]+?)\?$")
#: Bodies that rule on a case.
_RULING = frozenset(
    {"court", "tribunal", "judge", "panel", "jury", "commission", "board", "arbitrator"}
)
#: "Will <parties> hold|resume talks <rest>?"
_TALKS = re.compile(
    r"^Will (?P<parties>[^?]+?) (?:hold|resume|begin|start|open|continue) "
    r"(?:(?:a|the|new|fresh|further|another) )*(?:round of )?(?:talks|negotiations)"
    r"(?P<rest>[^?]*)\?$"
)
#: What a negotiation is about: "on steel quotas", "over the border".
_MATTER = re.compile(
    r"^ (?:on|over|about) (?P<matter>(?!\w+day\b)(?![A-Z][a-z]+ \d)[^,?]+?)"
    r"(?P<after>" + _WHEN + r")?$"
)
#: Words that leave an act to a condition: a conditional act is still open.
_CONDITION = re.compile(r"\b(?:if|unless|until|once|whether|provided)\b", re.I)
#: A case named by nothing but "the case", "it", "the matter".
_BARE_CASE = re.compile(r"^(?:the|this|that|its) (?:case|matter|appeal|complaint)\b|^it\b")
#: Verbs that report an announcement.
_ANNOUNCING = frozenset({"say", "announce", "confirm", "tell", "state"})
#: A start day told as set: "starting Thursday", "from Monday", "beginning June 1", "from
#: the start of next month".
_STARTING = re.compile(
    r"\b(?:starting|from|beginning|as of) (?:[A-Z][a-z]{2,}\.? \d{1,2}\b|\w+day\b|"
    r"(?:the (?:start|beginning) of )?(?:next|this) (?:week|month|year)\b)"
)


def _adopt(measure: str) -> str | None:
    """The verb a measure passes by ("pass" a bill), or None when ``measure`` names none."""
    for word in re.findall(r"[a-z]+", measure.lower()):
        verb = ADOPTING.get(word) or (ADOPTING.get(word[:-1]) if word.endswith("s") else None)
        if verb:
            return verb
    return None


def _vote_outcome(match: re.Match[str]) -> str | None:
    """A vote asked by its outcome, or None where the question names nothing voted on."""
    thing = match["object"]
    if not thing:
        return None
    when = match["when"]
    if "confidence" in match["kind"]:
        return f"Will {thing} survive the {match['kind']} in {match['body']}{when}?"
    verb = _adopt(thing)
    if verb is None:
        return None
    return f"Will {match['body']} {verb} {thing}{when}?"


def _hearing_outcome(match: re.Match[str]) -> str:
    """A hearing or trial asked by what it decides: "Ann Voss’ hearing", or "the trial
    of a former clerk, her deputy," where the one who faces it is no plain name."""
    event, who = match["event"], match["who"]
    if "," in who or not who[:1].isupper():
        at = f"the {event} of {who}"
    else:
        at = f"{possessive(who)} {event}"
    if event.endswith("trial"):
        return f"What will the verdict be at {at}{match['rest']}?"
    return f"What will be decided at {at}{match['rest']}?"


def _court_outcome(match: re.Match[str]) -> str | None:
    court = match["court"]
    if not any(w in _RULING for w in re.findall(r"[a-z]+", court.lower())):
        return ""  # not a court: the rule has nothing to say
    case = re.split(r" (?:at|in) (?:its|the|their) ", match["case"], maxsplit=1)[0]
    if _BARE_CASE.search(case):
        return None
    return f"How will {court} rule on {case}?"


def _talks_outcome(match: re.Match[str]) -> str | None:
    matter = _MATTER.match(match["rest"])
    if matter is None:
        return None
    after = matter["after"] or ""
    return f"Will {match['parties']} reach an agreement on {matter['matter']}{after}?"


#: "Will <giver> give <them> until <day> to <act>?": an ultimatum, asked by whether
#: those given the time act by then.
_UNTIL = re.compile(
    r"^(?:Will|Would) (?P<giver>[^?]+?) give (?P<who>[^?]+?) until (?P<day>[^?]+?) to "
    r"(?P<act>[^?]+)\?$"
)
#: A dateline the question kept before its subject: "SELBY - ".
_DATELINE = re.compile(r"^(?P<aux>Will|Would) [A-Z][A-Z.' ]+ [-–—] ")


def set_event_outcome(text: str) -> tuple[str, str | None]:
    """``text`` asked by the outcome of the set event it names, and the veto: the
    question as it is with None where it asks no set event's occurrence, the outcome
    question with None where what is decided is named, or ``set-event`` where not."""
    if match := _UNTIL.match(text):  # the ultimatum is given; will they comply?
        return f"Will {match['who']} {match['act']} by {match['day']}?", None
    if _CONDITION.search(text):
        return text, None  # "Will they hold talks if ...?": the occurrence is still open
    text = _DATELINE.sub(r"\g<aux> ", text)
    if match := _HOLD_VOTE.match(text):
        asked = _vote_outcome(match)
        return (asked, None) if asked else (text, "set-event")
    if _SET_STEP.match(text):
        return text, "set-event"
    if match := _FACE.match(text):
        return _hearing_outcome(match), None
    if match := _HEAR.match(text):
        asked = _court_outcome(match)
        if asked == "":
            return text, None
        return (asked, None) if asked else (text, "set-event")
    if match := _TALKS.match(text):
        asked = _talks_outcome(match)
        return (asked, None) if asked else (text, "set-event")
    return text, None


def announced_act(text: str, sentences: list[DocSpan]) -> bool:
    """Whether ``text`` asks back an act the article reports as announced for a set start
    day: "Will the city provide free water starting Thursday?" from "The mayor said the
    city would provide free water starting Thursday". A condition keeps it open."""
    if not text.startswith(("Will ", "Would ")) or _CONDITION.search(text):
        return False
    if _STARTING.search(text) is None:
        return False
    return any(s.root.lemma_.lower() in _ANNOUNCING and s.root.tag_ == "VBD" for s in sentences)


#: "Will|Would <subject> <verb> ...?": the subject's words and the verb.
_ASKED_ACT = re.compile(r"^(?:Will|Would) (?P<subject>(?:[A-Z][\w'’.-]* ?)+) (?P<verb>[a-z]+)\b")


def _headline(doc: Doc) -> DocSpan | None:
    """The article's first line when it has no closing punctuation (a headline)."""
    text = doc_text(doc)
    end = text.find("\n")
    if end <= 0 or text[:end].rstrip()[-1:] in {".", "!", "?", '"', "”"}:
        return None
    return doc.char_span(0, len(text[:end].rstrip()), alignment_mode="contract")


def told_as_done(text: str, doc: Doc) -> bool:
    """Whether ``text`` asks "Will <Name> <verb> ...?" of an act the headline tells as
    done by that name, in the present or past ("Carver Foods recalls 40,000 jars")."""
    match = _ASKED_ACT.match(text)
    headline = _headline(doc)
    if match is None or headline is None:
        return False
    names = {w.lower() for w in match["subject"].split()}
    for token in headline:
        if token.lemma_.lower() != match["verb"] or token.tag_ not in {"VBZ", "VBD"}:
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and any(t.lower_ in names for t in subject.subtree):
            return True
    return False


#: Verbs that tell a step taken as decided or done by its noun: "approved an appeal".
_TAKING = frozenset({"approve", "file", "lodge", "submit", "launch"})


def decided_later(text: str, sentences: list[DocSpan], doc: Doc) -> bool:
    """Whether ``text`` asks "Will <Name> <verb> ...?" of a step a later sentence tells as
    decided or done by the verb's noun, in the past and not negated ("Will Dovan Mining
    appeal?" after "its board has approved an appeal")."""
    match = _ASKED_ACT.match(text)
    if match is None or not sentences:
        return False
    verb = match["verb"]
    for token in doc[sentences[-1].end :]:
        if token.lemma_.lower() != verb or token.pos_ != "NOUN":
            continue
        head = token.head
        if token.dep_ != "dobj" or head.lemma_.lower() not in _TAKING:
            continue
        negated = any(c.dep_ == "neg" for c in head.children)
        modal = any(c.tag_ == "MD" for c in head.children)
        if head.tag_ in {"VBD", "VBN"} and not negated and not modal:
            return True
    return False
