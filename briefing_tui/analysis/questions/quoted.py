"""Whether a question only asks back a speaker's own words inside quotation marks.

What a speaker says in quotation marks is a voice in the story, rarely a matter
the story leaves open: a rhetorical question ('"Who will pay for our
grandparents' dignity?"'), a stance ('"we will not accept that borders can be
redrawn"'), a vindication foretold ('"it will be exposed as such"'), a figure of
speech ('"the valley will remember this"'), a speaker's own doubt ('"I don't
know what more a responsible employer can offer"'). One test covers them all,
whatever family raised the question: the verb it asks is said only inside
quotation marks in its sentences ('warned that sending troops "would signal a
new stage"'), or three in four of its words of substance (nouns, verbs,
adjectives, adverbs; names are left aside, since a question names its actors
from outside the quote) are. Such a question is dropped unless the quote names a
concrete step to follow:

- a party's legal or institutional move ('"We will appeal," she said'), or a
  body's decision ("the board will vote on it"): ``stakes.is_decision_move``;
- a dated plan: a date or a time in the quoted verb's own clause ('"We will
  strike on Monday"');
- an outcome for a party or a thing of the story named by its name ('"IE could
  fall to fourth place," the analysis concluded'), unless asked in the quote;
- a concrete act (``pledged_acts``) the speaker hangs on a condition: a threat
  or a promise ('"If the war is not settled, I may send them missiles"');
- a question its source puts, framed by a verb of asking and not in the
  speaker's own voice ('The report asks: "Who will pay for the repairs?"');
- a body's own "we" in a document it issued ('the letter reads "we may extend
  the scheme"');
- a new step announced in the passive, its doer left to the speaker's side: a
  thing introduced by "a", "an" or "new" that "will be" set up, opened or
  launched ('"A review panel will be set up with the unions," the minister
  said').

Quotation marks are paired once per Doc from the tokens' text: a quote runs to
its closing mark or to its paragraph's end (newspapers reopen a quote that runs
on into the next paragraph), so a quote of several sentences counts whole.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from briefing_tui.analysis.doctext import doc_words, ents_within
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import is_decision_move
from briefing_tui.analysis.syntax import nominal_subject

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: Curly and angled marks say which way they face; a straight one faces by its spacing.
_OPENERS = frozenset({"“", "„", "«", "``"})
_CLOSERS = frozenset({"”", "»", "''"})
_STRAIGHT = '"'
#: Punctuation after which a straight mark opens a quote ('(“', ': "').
_OPENING_AFTER = frozenset("([{—–-/:;,")
#: The parts of speech that carry what a question asks; names are left aside.
_SUBSTANCE = frozenset({"NOUN", "VERB", "ADJ", "ADV", "NUM"})
_DATES = frozenset({"DATE", "TIME"})
_IF = frozenset({"if", "unless"})
#: Verbs that frame a quote as a question put ("the report asks: ...").
_ASKING = frozenset({"ask", "wonder", "question"})
#: Words of the speaker's own voice: a question in them is the speaker's rhetoric.
_OWN_VOICE = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})
#: Verbs that name a thing rather than state the act asked ("*supplying* missiles would
#: signal ...", "the *proposed* plan"): a subject, a modifier, a relative clause.
_NAMING_DEPS = frozenset({"csubj", "csubjpass", "amod", "acl", "relcl", "pcomp", "compound"})
#: The share of the question's words of substance that must come only from inside quotes
#: (a word its sentence also says outside them, in the reporter's voice, is not quoted).
_QUOTED_SHARE = 0.75

_QUOTED: WeakKeyDictionary[Doc, tuple[bool, ...]] = WeakKeyDictionary()
_LOCK = threading.Lock()


def quoted_tokens(doc: Doc) -> tuple[bool, ...]:
    """Per token of ``doc``, whether it stands inside quotation marks (the marks themselves
    are not inside). Read once per Doc."""
    with _LOCK:
        found = _QUOTED.get(doc)
    if found is not None:
        return found
    words = doc_words(doc)
    texts, idxs, breaks = words.texts, words.idxs, words.breaks
    inside, marks = False, []
    for i, text in enumerate(texts):
        spaced_before = (
            i == 0
            or breaks[i - 1]
            or idxs[i] > idxs[i - 1] + len(texts[i - 1])
            or texts[i - 1] in _OPENING_AFTER
        )
        spaced_after = i + 1 >= len(texts) or idxs[i + 1] > idxs[i] + len(text)
        if text in _OPENERS or (text == _STRAIGHT and not inside and spaced_before):
            inside = not spaced_after or text in _OPENERS
            marks.append(False)
        elif text in _CLOSERS or text == _STRAIGHT:
            inside = False
            marks.append(False)
        else:
            marks.append(inside)
        if breaks[i]:
            inside = False  # a quote never runs past its paragraph
    found = tuple(marks)
    with _LOCK:
        _QUOTED[doc] = found
    return found


def asks_back_quote(text: str, sentences: Sequence[Span]) -> bool:
    """Whether the question only asks back what a speaker says inside quotation marks, with
    no concrete step to follow named there (see the module's docstring)."""
    if not sentences:
        return False
    doc = sentences[0].doc
    quoted = quoted_tokens(doc)
    words = doc_words(doc)
    asked = {w.lower() for w in _WORD.findall(text)[1:]}
    inside: set[str] = set()
    outside: set[str] = set()
    verbs_inside: list[int] = []
    verbs_outside = False
    reporting = lemma_set("reporting")
    for sent in sentences:
        for i in range(sent.start, sent.end):
            if words.pos[i] not in _SUBSTANCE:
                continue
            word = words.lowers[i] if words.lowers[i] in asked else words.lemmas[i]
            if word not in asked or (not quoted[i] and words.lemmas[i] in reporting):
                continue  # (the "she said" that frames a quote is no word of it)
            (inside if quoted[i] else outside).add(word)
            if words.pos[i] == "VERB" and quoted[i]:
                verbs_inside.append(i)
            verbs_outside |= (
                words.pos[i] == "VERB" and not quoted[i] and words.deps[i] not in _NAMING_DEPS
            )
    only_quoted = inside - outside
    if not only_quoted:
        return False
    # the act asked is the speaker's ('warned that it "would signal a new stage"'), or
    # nearly all the question's words are
    act_quoted = bool(verbs_inside) and not verbs_outside
    if not act_quoted and len(only_quoted) < _QUOTED_SHARE * len(inside | outside):
        return False
    return not any(_names_a_step(doc[i], quoted) for i in verbs_inside)


def _names_a_step(verb: Token, quoted: tuple[bool, ...]) -> bool:
    """Whether the quoted ``verb`` names a step to follow: a decision move, a date in its
    quoted clause, or a body's own plan in its document."""
    if is_decision_move(verb):
        return True
    clause = verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
    dated = any(e.label_ in _DATES and quoted[e.start] for e in ents_within(clause))
    if dated and not _asked_in_quote(verb, quoted):
        return True  # but not in a question the speaker puts ('"Would I waste ten years?"')
    if _threatens(verb, quoted) or _put_as_question(verb, quoted):
        return True
    if verb.dep_ != "advcl" and _named_subject(verb) and not _asked_in_quote(verb, quoted):
        return True  # "IE could fall to fourth place": a named party's or thing's outcome
    if _announces_new_step(verb) and not _asked_in_quote(verb, quoted):
        return True
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        subject is not None
        and subject.lower_ == "we"
        and not _asked_in_quote(verb, quoted)
        and _body_speaks(verb)
    )


def _threatens(verb: Token, quoted: tuple[bool, ...]) -> bool:
    """Whether the quoted ``verb`` is a concrete act the speaker hangs on a condition, a
    threat or a promise ('"if the war is not settled, I may send them missiles"'): one of
    the ``pledged_acts``, not negated, not itself asked, with an "if"/"unless" clause."""
    if verb.lemma_.lower() not in lemma_set("pledged_acts") or is_negated(verb):
        return False
    holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    conditional = any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _IF for g in c.children)
        for holder in holders
        for c in holder.children
    )
    return conditional and not _asked_in_quote(verb, quoted)


def _named_subject(verb: Token) -> bool:
    """Whether the quoted ``verb``'s subject is a name ("IE could fall to fourth place",
    "Norvania will close the border"), not a pronoun, "who" or a common noun ("the valley
    will remember this", "a responsible employer"): an outcome for one of the story."""
    anchor = verb
    while anchor.dep_ in {"xcomp", "conj"} and not nominal_subject(anchor):
        anchor = anchor.head  # "Norvania will try to close", "will close and seal"
    subject = nominal_subject(anchor)
    return subject is not None and subject.pos_ == "PROPN"


#: Words that bring a new thing into a story ("a panel", "new rules").
_NEW_THING = frozenset({"a", "an", "new"})


def _announces_new_step(verb: Token) -> bool:
    """Whether the quoted ``verb`` announces a new step in the passive with "will", its doer
    left unsaid ('"a review panel will be set up with the unions"', '"new rules will be
    introduced"'): the speaker's side will take it. Not negated, no "by" agent, and the
    subject is a common noun brought in as new, not a pronoun or a thing already known
    ('"it will be exposed as such"', '"the valley will be remembered"')."""
    children = list(verb.children)
    passive = any(c.dep_ == "auxpass" for c in children)
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "'ll"} for c in children)
    if not (passive and future) or is_negated(verb) or any(c.dep_ == "agent" for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and any(c.lower_ in _NEW_THING for c in subject.children if c.dep_ in {"det", "amod"})
    )


def _put_as_question(verb: Token, quoted: tuple[bool, ...]) -> bool:
    """Whether the quoted ``verb`` is in a question its source puts, framed by a verb of
    asking outside the quote ('The report asks: "Who will pay for the repairs?"'), and not
    in the speaker's own voice ("Who will pay for *our* grandparents' dignity?")."""
    if not _asked_in_quote(verb, quoted):
        return False
    sent = verb.sent
    framed = any(not quoted[t.i] and t.pos_ == "VERB" and t.lemma_.lower() in _ASKING for t in sent)
    voiced = any(quoted[t.i] and t.lower_ in _OWN_VOICE for t in sent)
    return framed and not voiced


def _asked_in_quote(verb: Token, quoted: tuple[bool, ...]) -> bool:
    """Whether the quoted sentence that holds ``verb`` is itself a question ("...?")."""
    end = verb.sent.end
    last = max((i for i in range(verb.i, end) if quoted[i]), default=verb.i)
    return any(verb.doc[i].text == "?" for i in range(verb.i, min(end, last + 2)))


def _body_speaks(verb: Token) -> bool:
    """Whether an organisation is named outside the quote in the verb's sentence: the "we"
    of a body's letter or statement ('the Home Office letter reads "we may extend"')."""
    quoted = quoted_tokens(verb.doc)
    return any(t.ent_type_ == "ORG" and not quoted[t.i] for t in verb.sent)
