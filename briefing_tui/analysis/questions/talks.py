"""Talks, meetings and sessions of named parties due at a time ahead: what will they bring?

"The foreign ministers of both countries are due to meet on March 14", "talks between
the two sides are due to resume on Thursday", "donors are due to meet in Geneva on
Sept. 9 to discuss funding for the camps", "the minister said she would meet Ann Reed
and Tom Dale on Thursday", "the commission is due to hold an emergency session on
Friday": parties come together at a time after the article's, told as still to come
("will", a reported "would", "is due / expected / set to"), and the open matter is what
the meeting brings (``talks-ahead``), asked by the table ``questions/talks.tsv``:

- two parties, named ("Dravia and Ostrelia", with an aim of negotiating: "to settle")
  or said as a pair ("both countries", ``story_pair``), or a group of theirs ("the
  foreign ministers of both countries"), or the talks between them: "What will Dravia
  and Ostrelia agree when their foreign ministers meet on March 14?";
- a group that negotiates for others ("donors", "the leaders of the coalition parties")
  meeting to an aim: "What will donors agree on funding for the camps when they meet in
  Geneva on Sept. 9?";
- a named actor meeting named others: "What will come of the meeting between Ann
  Hall and Tom Dale on Thursday?";
- a deciding body holding a sitting: "What will the Selo Commission decide at its
  emergency session on Friday?".

A deciding body that meets alone is the session family's. Named vetoes, each with the
sentence it was written from:

- ``no-named-parties``: "Officials are due to meet in Lund on June 24": who meets is
  no pair, group with an aim, or named party the question can name.
- ``no-day``: "The two governments are due to meet again": no time ahead (a habitual
  "meet every month" has none either).
- ``settled-later``: a later sentence tells them met or the talks resumed.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.analysis.questions.decisions_due import body_name, time_ahead, told_ahead
from briefing_tui.analysis.questions.offers import pair_named
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.sessions import deciding_body
from briefing_tui.analysis.questions.story_pair import is_pair, story_pair
from briefing_tui.analysis.questions.sweeps import pending_in_sentence, sweep
from briefing_tui.analysis.syntax import nominal_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

#: Prepositions by which a group is said to come from the pair: "ministers of both countries".
_FROM = frozenset({"of", "from"})
#: Verbs of an aim that only takes up a matter: "to discuss funding for the camps".
_TAKING_UP = frozenset({"discuss", "consider", "review", "debate"})
#: Words a phrase may not lean on: it needs the article to be understood.
_NEEDS_ARTICLE = frozenset({"it", "its", "this", "that", "these", "those", "them", "such", "he"})
_NEEDS_ARTICLE |= {"she", "they", "their", "his", "her", "one", "what", "which", "who"}
#: Clauses and asides left out of a phrase.
_ASIDES = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "conj"})
#: Longest question, and longest phrase it carries, in words.
_LONGEST = 25
_PHRASE_WORDS = 10


@cache
def _table() -> dict[str, str]:
    """Lemma -> class: "gather", "resume", "talks", "purpose", "gathering", "group"."""
    return {row[0]: row[1] for row in data_files.rows("questions/talks.tsv")}


def _class(token: Token) -> str | None:
    return _table().get(token.lemma_.lower())


def _phrase(head: Token) -> str | None:
    """A noun's phrase without asides, or None where it needs the article or is long."""
    cut = {t.i for c in head.children if c.dep_ in _ASIDES for t in c.subtree}
    words = [t for t in head.subtree if t.i not in cut]
    if {t.lower_ for t in words} & _NEEDS_ARTICLE or len(words) > _PHRASE_WORDS:
        return None
    if any(t.is_punct or t.is_quote for t in words):
        return None
    text = running_words(words)
    return text[0].lower() + text[1:] if words[0].lower_ == "the" else text


def _reporter(verb: Token) -> Token | None:
    """The subject of the verb that reports ``verb``'s clause: "both sides said ..."."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ccomp":
        return None
    return next((c for c in node.head.children if c.dep_ == "nsubj"), None)


def _subject(holder: Token, verb: Token) -> Token | None:
    """The subject of ``verb`` or of the word that puts it ahead ("are due to meet"), or
    of the verb a "and would meet" is joined to."""
    nodes = [verb, holder]
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        nodes.append(verb.head)  # "had spoken to them and would meet them on Wednesday"
    for node in nodes:
        subject = nominal_subject(node)
        if subject is not None:
            return subject
    return None


def _aims(verb: Token) -> list[Token]:
    """The verbs of a meeting's aim: "to settle the points", "in an attempt to resolve"."""
    return [
        t
        for c in verb.children
        if c.dep_ in {"advcl", "xcomp", "prep"}
        for t in c.subtree
        if t.pos_ == "VERB" and _class(t) == "purpose"
    ]


def _matter(verb: Token) -> str | None:
    """ "on funding for the camps": what a meeting is to discuss, where it can be named."""
    for aim in _aims(verb):
        thing = next((c for c in aim.children if c.dep_ == "dobj"), None)
        if aim.lemma_.lower() in _TAKING_UP and thing is not None:
            words = _phrase(thing)
            return f" on {words}" if words else None
    return None


def _pair(ctx: RuleContext, noun: Token) -> str | None:
    """Two parties a noun names: "Dravia and Ostrelia", or the story's pair for "both
    countries"."""
    if is_pair(noun):
        return story_pair(ctx, noun.doc)
    if any(c.dep_ == "conj" for c in noun.children):
        return pair_named(noun)
    return None


def _group_of_pair(ctx: RuleContext, subject: Token) -> tuple[str, str] | None:
    """("Dravia and Ostrelia", "foreign ministers"): a group said to come from a pair."""
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in _FROM:
            continue
        pair = next((c for c in prep.children if c.dep_ == "pobj"), None)
        named = _pair(ctx, pair) if pair is not None else None
        if named:
            words = [t for t in subject.subtree if t.i <= subject.i and t.dep_ != "det"]
            return named, running_words(words).lower()
    return None


def _met(verb: Token) -> Token | None:
    """The one ``verb`` meets: its object, or "with" whom."""
    other = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if other is not None:
        return other
    with_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    return next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ else None


def _party(ctx: RuleContext, token: Token) -> str | None:
    """A named party: an actor's name, or a group's phrase ("the leaders of all groups")."""
    if token.pos_ in {"PROPN", "PRON"} or token.ent_type_ in {"PERSON", "ORG", "GPE"}:
        return ctx.name_of(token)
    if _class(token) == "group" and token.i not in ctx.actor_at:
        return _phrase(token)
    return None


def _meeting_with(ctx: RuleContext, subject: Token, other: Token, when: str) -> str | None:
    """ "What will come of the meeting between Ann Hall and Tom Dale on Thursday?"."""
    host = _party(ctx, subject)
    if host is None or subject.pos_ not in {"PROPN", "PRON"}:
        return None
    parties = [other, *(c for c in other.children if c.dep_ == "conj")]
    names = [_party(ctx, p) for p in parties]
    if not all(names) or len(names) > 3:
        return None
    between = f"{', '.join([host, *names[:-1]])} and {names[-1]}"
    return f"What will come of the meeting between {between} {when}?"


def _gathering(ctx: RuleContext, subject: Token, verb: Token, when: str) -> str | None:
    """ "What will the Selo Commission decide at its emergency session on Friday?"."""
    sitting = _met(verb)
    if sitting is None or _class(sitting) != "gathering" or verb.lemma_.lower() != "hold":
        return None
    if any(c.dep_ in {"advcl", "xcomp"} and _class(c) != "purpose" for c in verb.children):
        return None  # "to hear a briefing": the sitting decides nothing
    body = body_name(ctx, subject)
    if body is None:
        return None
    body = body if "'s " in body else with_the(body)
    words = [t for t in sitting.subtree if t.i <= sitting.i and t.dep_ not in {"det", "poss"}]
    return f"What will {body} decide{_matter(verb) or ''} at its {running_words(words)} {when}?"


def _asked(ctx: RuleContext, subject: Token, verb: Token, when: str) -> str | None:
    """The question a meeting at ``when`` asks, or None where no party can be named."""
    kind = _class(verb)
    if kind == "resume" or (
        verb.lemma_.lower() == "hold" and _class(_met(verb) or verb) == "talks"
    ):
        talks = subject if kind == "resume" else _met(verb)
        between = next(
            (c for c in talks.children if c.dep_ == "prep" and c.lower_ == "between"), None
        )
        pair = next((c for c in between.children if c.dep_ == "pobj"), None) if between else None
        if kind == "resume" and _class(talks) == "talks" and pair is None:
            pair = _reporter(verb)  # "both sides said talks would resume next Monday"
        if kind == "resume" and _class(talks) == "talks" and pair is not None:
            named = _pair(ctx, pair)
            return (
                f"What will {named} agree when their talks {verb.lemma_} {when}?" if named else None
            )
        if kind != "resume" and (named := _pair(ctx, subject)) is not None:
            return f"What will {named} agree when they hold talks {when}?"
        return None
    if verb.lemma_.lower() == "hold":
        return _gathering(ctx, subject, verb, when)
    other = _met(verb)
    if other is not None:
        return _meeting_with(ctx, subject, other, when)
    if deciding_body(ctx, subject) is not None:
        return None  # a body that meets alone: the session family asks what it decides
    if (named := _pair(ctx, subject)) is not None:
        if subject.pos_ == "PROPN" and not _aims(verb):
            return None  # "Ann Lee and Tom Dale will meet": no aim of talks told
        return f"What will {named} agree when they {verb.lemma_} {when}?"
    if (group := _group_of_pair(ctx, subject)) is not None:
        return f"What will {group[0]} agree when their {group[1]} {verb.lemma_} {when}?"
    if _class(subject) != "group" or subject.i in ctx.actor_at or not _aims(verb):
        return None
    if any(is_pair(t) for t in subject.subtree):
        return None  # "negotiators from both delegations" whose pair is not named
    owners = [
        pobj
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.tag_ in {"NNS", "NNPS"}
    ]
    if owners and (words := _phrase(owners[0])):
        # "the leaders of the three coalition parties": the parties, by their leaders
        return f"What will {words} agree when their {subject.lower_} {verb.lemma_} {when}?"
    if not owners and (words := _phrase(subject)):
        return f"What will {words} agree{_matter(verb) or ''} when they {verb.lemma_} {when}?"
    return None
    return None


def _place(verb: Token) -> str:
    """ " in Geneva": the place a meeting is held, a named place of three words at most."""
    sitting = [c for c in verb.children if c.dep_ == "dobj" and _class(c) == "gathering"]
    for child in [*verb.children, *(c for s in sitting for c in s.children)]:
        where = next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ != "prep" or child.lower_ != "in" or where is None:
            continue
        named = where.ent_type_ in {"GPE", "LOC"} or (
            where.pos_ == "PROPN" and where.ent_type_ not in {"DATE", "TIME", "ORG"}
        )
        if named and len(list(where.subtree)) <= 3:
            return " in " + " ".join(t.text for t in where.subtree)
    return ""


def _settled_later(verb: Token) -> bool:
    """Whether a sentence after ``verb``'s tells the meeting held: "met", "resumed"."""
    doc = verb.doc
    for later in tokens_where(doc[verb.sent.end :], "lemmas", {verb.lemma_.lower()}):
        if later.tag_ == "VBD" and later.pos_ == "VERB" and not is_negated(later):
            return True
    return False


def talks_ahead(ctx: RuleContext, verb: Token) -> tuple[str] | str | None:
    """The question a meeting due at a time ahead asks; a veto's name; or None where
    ``verb`` is no such meeting."""
    kind = _class(verb)
    if verb.pos_ != "VERB" or (kind not in {"gather", "resume"} and verb.lemma_ != "hold"):
        return None
    holder = told_ahead(verb)
    if holder is None:
        return None
    subject = _subject(holder, verb)
    if subject is None:
        return None
    when = time_ahead([verb, holder])
    place = _place(verb)
    question = _asked(ctx, subject, verb, f"{place.strip()} {when}".strip() if when else "")
    if question is None:
        return "no-named-parties" if kind == "gather" else None
    if when is None:
        return "no-day"
    if _settled_later(verb):
        return "settled-later"
    if len(question.split()) > _LONGEST:
        return "too-long"
    return (question.replace("  ", " ").replace(" ?", "?"),)


def find_talks(ctx: RuleContext, doc: Doc) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """Meetings, talks and sittings of named parties due at a time ahead, and the vetoes
    that removed others, with their cue."""

    build = pending_in_sentence(ctx, "talks", "talks-ahead")
    verbs = {lemma for lemma, kind in _table().items() if kind in {"gather", "resume"}}
    return sweep(doc, verbs | {"hold"}, lambda verb: talks_ahead(ctx, verb), build)
