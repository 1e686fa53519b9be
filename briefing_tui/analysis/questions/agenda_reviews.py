"""The agenda's reviews: a review, inquiry or audit under way asks what it will find.

"The review, led by the board's audit committee, was continuing" asks "What
will the review by Tarvik Logistics' audit committee find?" (a firm's
"board" is the one firm the headline names); "its investigation" of a named
organisation asks "What will the Civil Aviation Authority's investigation
find?". No one named to lead or own it: ``unnamed-matter``; a finding told
later: ``settled-later``.

An inquiry a named body "has opened into" a matter asks the same of its opener and
its matter: "The Selo Rail Safety Office has opened an inquiry into a derailment of a
freight train" asks "What will the Selo Rail Safety Office's inquiry into a derailment
of a freight train find?". An opening negated or only asked about ("declined to say
whether it had opened an inquiry") asks nothing; where the article tells the inquiry
examining "whether" something is so, the inquiry family asks that (``asked-whether``).

A review or a report the article tells as due to be done on a day still to come asks
the same of its owner: "Her report is due to be delivered to the minister by the end
of April", "the agency is due to complete its annual review of all licences by June",
"it expects to finish its review by the end of July", "had opened a formal
investigation that would be completed within 30 days" ask "What will Ann Lee's
report find?". No owner named: ``unnamed-matter``; no time ahead: nothing.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import doc_ents, doc_text
from briefing_tui.analysis.questions.agenda_words import as_written, future_aux, own_name
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.dates import PAST_TIME_WORDS
from briefing_tui.analysis.questions.phrasing import running_words
from briefing_tui.analysis.questions.rules import with_the
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.stakes import DECIDING_BODIES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import RuleContext


#: Verbs of leading a review: "led by", "conducted by", "carried out by".
_LEADING = frozenset({"lead", "conduct", "carry", "run", "oversee", "head"})
#: Verbs that tell a review's finding ("the review found", "the inquiry concluded").
_FOUND = frozenset({"find", "conclude", "clear", "determine", "show"})


def _running(noun: Token) -> bool:
    """Whether a review is told as under way: "the review was continuing", "the ongoing
    inquiry", "the investigation is proceeding"."""
    ongoing = lemma_set("ongoing")
    if any(c.dep_ == "amod" and c.lemma_.lower() in ongoing for c in noun.children):
        return True
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or is_negated(verb):
        return False
    if any(c.lower_ in {"would", "could", "if", "might"} for c in verb.children):
        return False
    return verb.lemma_.lower() in ongoing and verb.tag_ in {"VBG", "VBZ", "VBP"}


def _conductor(ctx: RuleContext, noun: Token) -> str | None:
    """Who leads a review, by its words without asides: "the board's audit committee" for
    "led by the board's audit committee with the help of outside accountants"."""
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in _LEADING:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            leader = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if leader is None:
                return None
            named = next((c for c in leader.children if c.dep_ == "appos"), None)
            if named is not None and named.pos_ == "PROPN":
                leader = named  # "its chief inspector, Omar Haddad"
            name = ctx.name_of(leader)
            if name:
                return with_the(name)
            return _owned(ctx, leader)
    return None


def _headline_firm(doc: Doc) -> str | None:
    """The one organisation the headline (the text's first line) names, not a deciding
    body: a company story's "board" is that firm's."""
    end = doc_text(doc).find("\n")
    if end < 0:
        return None
    firms = {
        ent.text
        for ent in doc_ents(doc)
        if ent.end_char <= end
        and ent.label_ == "ORG"
        and ent[-1].lemma_.lower() not in DECIDING_BODIES
    }
    return firms.pop() if len(firms) == 1 else None


#: Nouns for a firm's own organs: "the board's audit committee" is the firm's.
_ORGANS = frozenset({"board", "company", "firm"})


def _owned(ctx: RuleContext, leader: Token) -> str:
    """ "Selo Freight's audit committee" for "the board's audit committee" where the
    headline names one firm; else the leader's own words."""
    owner = next((c for c in leader.children if c.dep_ == "poss"), None)
    if owner is None or owner.lemma_.lower() not in _ORGANS or ctx.name_of(owner):
        return own_name(leader)
    firm = _headline_firm(leader.doc)
    if firm is None:
        return own_name(leader)
    words = [t for t in leader.subtree if t.i > owner.right_edge.i and t.i <= leader.i]
    possessive = f"{firm}'" if firm.endswith("s") else f"{firm}'s"
    return f"{possessive} {running_words(words, all_punct=True)}"


@cache
def _openings() -> dict[str, str]:
    """Lemma -> class of the verbs that start a review: "own" ("has opened an inquiry"),
    "ordered" ("promised an independent review")."""
    return {row[0]: row[1] for row in data_files.rows("questions/review_openings.tsv")}


#: Prepositions that say what a review looks into.
_INTO = frozenset({"into", "of"})
#: Words that make the opening a supposed or asked one ("whether it had opened ...").
_SUPPOSED = frozenset({"whether", "if", "would", "could", "might", "may", "should"})
#: Dependents of a time or an age inside a matter ("a 19-year-old man").
_AGE_DEPS = frozenset({"amod", "nummod", "npadvmod", "compound"})
#: The most words a review's matter may take in a question.
MATTER_WORDS = 12


def _opener(noun: Token) -> Token | None:
    """The verb that tells a review opened as done ("has opened an inquiry"), or None
    where it is negated, supposed ("whether it had opened ...") or to come."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _openings():
        return None
    if verb.tag_ not in {"VBD", "VBN"} or is_negated(verb):
        return None
    if any(c.lower_ in _SUPPOSED for c in verb.children):
        return None
    return verb


def _matter(noun: Token, verb: Token, preps: frozenset[str] = _INTO) -> str | None:
    """What an opened review looks into, by its own words and those of its first
    phrases, without clauses, times or places further in ("a collision between a tanker
    and a ferry" of "... a ferry in the port's western approaches early on Sunday"); None
    where it looks into no noun phrase or one too long to ask."""
    children = [*noun.children, *verb.children]
    prep = next((c for c in children if c.dep_ == "prep" and c.lower_ in preps), None)
    matter = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if matter is None or matter.pos_ not in {"NOUN", "PROPN"} or matter.ent_type_ == "DATE":
        return None
    cut = set()
    for child in matter.children:
        timed = child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in child.children
        )
        if child.dep_ in {"relcl", "acl", "advcl", "appos", "punct"} or timed:
            cut |= {t.i for t in child.subtree}
        if child.dep_ == "prep":
            for grand in child.subtree:
                if grand.dep_ in {"prep", "relcl", "acl", "punct", "appos"} and grand.i != child.i:
                    cut |= {t.i for t in grand.subtree}
    ages = {t.i for t in matter.subtree if t.ent_type_ == "DATE" and t.dep_ in _AGE_DEPS}
    cut |= {g.i for i in ages for g in matter.doc[i].subtree}  # "a 19-year-old man": "a man"
    kept = [t for t in matter.subtree if t.i not in cut]
    words = " ".join("".join(t.text_with_ws for t in kept).split()).strip(" ,")
    if len(words.split()) > MATTER_WORDS:
        return None
    return f"{prep.lower_} {words}"


def _opened_question(ctx: RuleContext, noun: Token) -> tuple[str, str] | str | None:
    """ "The Selo Safety Board has opened an inquiry into a collision between a tanker and
    a ferry": "What will the Selo Safety Board's inquiry into a collision between a tanker
    and a ferry find?", where the opener is named and the finding not told later."""
    verb = _opener(noun)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    subject = subjects[-1] if subjects else None  # not a dateline's "SELO" before it
    name = _opener_name(ctx, subject) if subject is not None else None
    ordered = _openings()[verb.lemma_.lower()] == "ordered"
    matter = _matter(noun, verb)
    unowned = ordered and not name and matter is not None and _names_itself(noun, matter)
    if unowned and subject is not None and _orderer_words(subject):
        # "South Africa's education minister promised an independent review of the national
        # examinations board": named by its matter, not by its unnamed orderer's words
        kinds = [c.lower_ for c in noun.children if c.dep_ == "amod" and c.i < noun.i]
        name = " ".join(["the", *kinds, noun.lower_, matter])
        return "settled-later" if _found_later(noun) else (f"What will {name} find?", "review")
    if not name or not any(w[:1].isupper() for w in name.split()) or matter is None:
        return "unnamed-matter"
    if _found_later(noun):
        return "settled-later"
    if _examined_whether(noun.doc):
        return "asked-whether"  # "it would examine whether X complied": that is asked
    owner = as_written(with_the(name), noun.doc)
    possessive = f"{owner}'" if owner.endswith("s") else f"{owner}'s"
    return f"What will {possessive} {noun.lower_} {matter} find?", "review"


def _names_itself(noun: Token, matter: str) -> bool:
    """Whether a review's matter names it without the article: more than "the" and one
    noun ("into the sinking" leans on the article; "of the national examinations board"
    does not)."""
    return len(matter.split()) > 3 or any(w[:1].isupper() for w in matter.split())


def _orderer_words(subject: Token) -> str | None:
    """Who ordered a review, by the subject's own words where a name is in them and no
    dateline ("South Africa's education minister" of "PRETORIA - South Africa's ...")."""
    words = [t for t in subject.subtree if t.i <= subject.i]
    marks = [i for i, t in enumerate(words) if t.is_punct]
    words = words[marks[-1] + 1 :] if marks else words
    if not any(t.pos_ == "PROPN" for t in words) or len(words) > MATTER_WORDS:
        return None
    return running_words(words, all_punct=True)


#: Entity types of a name that is no body opening a review.
_NOT_BODIES = frozenset({"GPE", "PERSON", "NORP", "DATE", "LOC"})


#: Verbs with which an inquiry's matter is told as a "whether" clause ("examine whether").
_EXAMINING = frozenset({"examine", "investigate", "determine", "assess", "consider"})


def _examined_whether(doc: Doc) -> bool:
    """Whether the article tells an inquiry examining "whether" something is so: the
    inquiry family asks that matter itself, more exactly than "what will it find?"."""
    return any(
        token.lower_ == "whether"
        and token.head.head.lemma_.lower() in _EXAMINING
        and token.head.dep_ in {"ccomp", "advcl", "xcomp", "pcomp"}
        for token in doc
    )


def _opener_name(ctx: RuleContext, subject: Token) -> str | None:
    """Who opened a review: a name's own words without the country before it ("the
    Transport Safety Investigation Bureau" for "Selo's Transport Safety Investigation
    Bureau"), else the actor the subject refers to ("the regulator")."""
    if subject.pos_ == "PROPN" and subject.ent_type_ not in _NOT_BODIES:
        cut = {
            t.i
            for c in subject.children
            if c.dep_ in {"poss", "det", "appos", "punct", "relcl", "acl", "cc", "conj"}
            or (c.dep_ == "prep" and not any(g.pos_ == "PROPN" for g in c.children))
            for t in c.subtree
        }
        words = [t for t in subject.subtree if t.i not in cut]
        return with_the(running_words(words, all_punct=True))
    return ctx.name_of(subject)


def _found_later(noun: Token) -> bool:
    """Whether a later sentence tells a review of ``noun``'s word, or its report, finding
    or concluding ("The inquiry found ...", "the report concluded ..."), or the final report
    handed in ("The board published its report on Monday")."""
    lemma = noun.lemma_.lower()
    for token in noun.doc[noun.sent.end :]:
        verb = token.head
        told = verb.lemma_.lower() in _FOUND and verb.tag_ == "VBD" and not is_negated(verb)
        if told and token.dep_ == "nsubj" and token.lemma_.lower() in {lemma} | _REPORTS:
            return True
        if token.dep_ in {"dobj", "nsubjpass"} and _handed_in_past(token):
            return True
    return False


#: Words of a report that is not the last word of its review ("an interim report").
_PARTIAL = frozenset({"interim", "preliminary", "initial", "first", "partial", "draft"})


def _handed_in_past(report: Token) -> bool:
    """Whether ``report`` is a final report or findings told handed in, in the past: "the
    board published its report", "the findings were released" (not "an interim report")."""
    verb = report.head
    if report.lemma_.lower() not in _REPORTS | {"finding"} or is_negated(verb):
        return False
    if any(c.lower_ in _PARTIAL for c in report.children):
        return False
    if verb.lemma_.lower() not in data_files.words("questions/report_delivering.txt"):
        return False
    if verb.tag_ == "VBD":
        return True
    helpers = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ == "VBN" and bool(helpers & _PAST_HELPERS) and not helpers & _AHEAD_HELPERS


#: Helpers of a participle told done: "has published", "was released".
_PAST_HELPERS = frozenset({"has", "have", "had", "was", "were"})
#: Helpers of a participle told to come: "will have published", "would be released".
_AHEAD_HELPERS = frozenset({"will", "would", "to", "shall"})


#: Words that set a finishing ahead: "is due to", "expects to", "plans to".
_SETTING = frozenset({"due", "expect", "plan", "aim", "set", "schedule"})


def _set_ahead(verb: Token) -> bool:
    """Whether a finishing verb is set ahead: "due to complete", "expects to finish",
    "would be completed"."""
    finishing = data_files.words("questions/report_delivering.txt")
    if verb.lemma_.lower() not in finishing or is_negated(verb) or verb.tag_ == "VBD":
        return False
    if future_aux(verb):
        return True
    setter = verb.head if verb.dep_ == "xcomp" else None
    return setter is not None and setter.lemma_.lower() in _SETTING and not is_negated(setter)


def _due_clause(noun: Token) -> Token | None:
    """The word that tells ``noun`` due to be done ahead ("is due", "due to complete its
    review", "an investigation that would be completed"), or None."""
    head = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        if head.lemma_ == "be" and not is_negated(head):
            due = next((c for c in head.children if c.dep_ == "acomp" and c.lower_ == "due"), None)
            if due is not None:
                return due
        if _set_ahead(head) or (
            head.lemma_.lower() in _SETTING and noun.dep_ == "nsubjpass" and not is_negated(head)
        ):
            return head
    if noun.dep_ == "dobj" and _set_ahead(head):
        return head
    handed = head.head if noun.dep_ == "pobj" and head.lower_ == "of" else None
    if (
        handed is not None
        and handed.lower_ in _HANDED_IN
        and handed.dep_ == "dobj"
        and _set_ahead(handed.head)
    ):
        return handed.head  # "would publish the findings of its forensic review"
    return next((c for c in noun.children if c.dep_ == "relcl" and _set_ahead(c)), None)


def _time_ahead(word: Token) -> bool:
    """Whether the clause of ``word`` names a time, none of it behind the article."""
    clause = word.head if word.dep_ == "acomp" else word
    times = [t for t in clause.subtree if t.ent_type_ in {"DATE", "TIME"}]
    return bool(times) and not any(t.lower_ in PAST_TIME_WORDS for t in times)


def _due_owner(ctx: RuleContext, noun: Token) -> str | None:
    """Whose review or report it is: its possessor ("her report", "the auditor's report",
    "its annual review") or, for one told in a relative clause, the body that opened it."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ == "PRON" and not ctx.name_of(poss):
        # "The auditor's office said it expects ... its review"; "The ethics committee of
        # the Selo council will publish its report": whose clause it is
        poss = _reporter(noun) or _hander(noun) or poss
    if poss is not None:
        name = ctx.name_of(poss) or _named_body(poss) or _body_words(poss)
        return as_written(with_the(name), noun.doc) if name else None
    verb = noun.head
    if noun.dep_ == "dobj" and _openings().get(verb.lemma_.lower()) == "own":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        name = _opener_name(ctx, subject) if subject is not None else None
        return as_written(name, noun.doc) if name else None
    hander = _hander(noun)
    if hander is not None and (noun.lemma_.lower() in _REPORTS or _matter(noun, noun)):
        # a review whose matter is not told needs its own owner: "his staff expected to
        # finish a review" says nothing of what is reviewed
        # "The Selo Safety Board said it would release a preliminary report": the board's;
        # "its investigators expect to release an interim report": the one "its" stands for
        owner = next((c for c in hander.children if c.dep_ == "poss"), None)
        name = _opener_name(ctx, hander) or _body_words(hander)
        name = name or (ctx.name_of(owner) if owner is not None else None)
        return as_written(with_the(name), noun.doc) if name else None
    return None


def _hander(noun: Token) -> Token | None:
    """Who hands ``noun`` in: the subject of the verb whose object it is, or of the words
    that set that verb ahead ("The board is due to publish its report", "the board said it
    would release a preliminary report"); None where ``noun`` is no object."""
    if noun.dep_ != "dobj":
        return None
    node = noun.head
    while True:
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
        if node.dep_ not in {"xcomp", "acomp"} or node.head.i == node.i:
            return None
        node = node.head


def _body_words(body: Token) -> str | None:
    """A body by its own words where a name follows its noun: "the ethics committee of the
    Selo City Council" (one with no name in it, "the committee", needs the article)."""
    if body.pos_ != "NOUN" or not any(t.pos_ == "PROPN" for t in body.subtree if t.i > body.i):
        return None
    cut = {t.i for c in body.children if c.dep_ in _BODY_ASIDES for t in c.subtree}
    words = [t for t in body.subtree if t.i not in cut]
    if len(words) > MATTER_WORDS:
        return None
    return with_the(running_words(words, all_punct=True))


#: Dependents of a body's noun that are asides, not its name ("which meets monthly").
_BODY_ASIDES = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})


def _whose(owner: str, words: str, matter: str | None) -> str:
    """ "the Selo Board's final report on the crash"; "the report of the ethics committee
    of the Selo council on the mayor's conduct", where the owner's name holds an "of" a
    possessive would cut in two."""
    after = f" {matter}" if matter else ""
    head = owner.split()[1] if owner.startswith("the ") and " " in owner else owner
    if " of " in owner and head[:1].islower():  # not "the Office of the Comptroller's"
        return f"the {words} of {owner}{after}"
    return f"{owner}' {words}{after}" if owner.endswith("s") else f"{owner}'s {words}{after}"


#: Nouns of what a review hands in, "of" it: "the findings of its forensic review".
_HANDED_IN = frozenset({"findings", "results", "conclusions", "recommendations"})
#: Nouns of what a review hands in: "a preliminary report would be published".
_REPORTS = frozenset({"report", "findings"})
#: Nouns of a review a body opens ("has opened an inquiry").
_OPENED = frozenset({"inquiry", "investigation", "probe", "review"})


def _sole_inquiry(ctx: RuleContext, noun: Token) -> Token | None:
    """The inquiry "a preliminary report" with no owner of its own comes from: the one
    inquiry the article told, before, a named body opening ("The Selo Rail Safety Office
    has opened an inquiry ..."); None where none or more than one body did."""
    own = [c for c in noun.children if c.dep_ in {"poss", "det"} and c.lower_ not in {"a", "an"}]
    if noun.lemma_.lower() not in _REPORTS or own:
        return None
    names: dict[str, Token] = {}
    for token in noun.doc[: noun.sent.start]:
        if token.lemma_.lower() not in _OPENED or _opener(token) is None:
            continue
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
        # a dateline's place parsed as a second subject ("SINGAPORE — Selo's Bureau has ...")
        subjects = [c for c in subjects if c.ent_type_ not in _NOT_BODIES]
        name = _opener_name(ctx, subjects[-1]) if subjects else None
        if not name:
            return None  # an inquiry opened by someone unnamed: whose report is unsure
        names.setdefault(as_written(name, noun.doc), token)
    return next(iter(names.values())) if len(names) == 1 else None


#: Verbs of saying whose subject a pronoun in their clause stands for.
_SAYING = frozenset({"say", "tell", "state", "announce", "confirm", "add"})


def _reporter(noun: Token) -> Token | None:
    """The subject of the verb of saying whose clause holds ``noun``, where the clause's own
    subject is a pronoun: "the office" of "The auditor's office said it expects ..."."""
    for verb in noun.ancestors:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.i == noun.i:
            continue
        if subject.pos_ != "PRON":
            return subject if verb.lemma_.lower() in _SAYING else None
    return None


def _named_body(token: Token) -> str | None:
    """The one organisation the article names whose name holds ``token``'s words: "the
    Washington State Auditor's Office" for "the auditor's office"."""
    words = {
        t.lower_
        for t in token.subtree
        if t.pos_ in {"NOUN", "PROPN"} and (t.i == token.i or t.dep_ in {"compound", "poss"})
    }
    if not words:
        return None
    names = {
        ent.text
        for ent in doc_ents(token.doc)
        if ent.label_ == "ORG"
        and words <= {w.lower_.split("-")[0] for w in ent} | {w.lower_ for w in ent}
    }
    return names.pop() if len(names) == 1 else None


def _due_question(ctx: RuleContext, noun: Token) -> tuple[str, str] | str | None:
    """ "Her report is due to be delivered by the end of April": what will it find?"""
    due = _due_clause(noun)
    if due is None or not _time_ahead(due):
        return None
    inquiry = _sole_inquiry(ctx, noun)
    if inquiry is not None:
        # "a preliminary report would be published within 30 days": the inquiry's finding
        return _opened_question(ctx, inquiry)
    owner = _due_owner(ctx, noun)
    conductor = _conductor(ctx, noun) if not owner else None
    if not (owner or conductor) or not any(w[:1].isupper() for w in (owner or conductor).split()):
        return "unnamed-matter"
    if _found_later(noun):
        return "settled-later"
    kinds = [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and c.pos_ == "ADJ"]
    words = " ".join([*(c.lower_ for c in kinds), noun.lower_])
    matter = _matter(noun, noun, _INTO | {"on"})
    if conductor:
        # "The review of police funding, led by Lord Reed, will report by the end of May"
        words = f"{words} {matter}" if matter else words
        return f"What will the {words} by {conductor} find?", "review"
    return f"What will {_whose(owner, words, matter)} find?", "review"


def review_question(ctx: RuleContext, noun: Token, template: str) -> tuple[str, str] | str | None:
    """ "The review, led by the board's audit committee, was continuing": what will it find?
    "X has opened an inquiry into Y": what will X's inquiry into Y find? "Her report is
    due by the end of April": what will her report find?"""
    due = _due_question(ctx, noun)
    if due is not None:
        return due
    if not _running(noun):
        return _opened_question(ctx, noun)
    owner = _owner(ctx, noun)
    conductor = _conductor(ctx, noun)
    if owner is None and conductor is None:
        return "unnamed-matter"
    if _found_later(noun):
        return "settled-later"
    if owner is not None:
        possessive = f"{owner}'" if owner.endswith("s") else f"{owner}'s"
        return f"What will {possessive} {noun.lower_} find?", "review"
    return template.format(event=noun.lower_, conductor=conductor), "review"


def _owner(ctx: RuleContext, noun: Token) -> str | None:
    """The organisation whose review it is: "the Civil Aviation Authority" for "its
    investigation" where that is the organisation the "its" stands for."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    name = ctx.name_of(poss)
    organisations = {
        e.text.removeprefix("the ").removeprefix("The ")
        for e in doc_ents(noun.doc)
        if e.label_ == "ORG"
    }
    if not name or name.removeprefix("the ") not in organisations:
        return None
    return as_written(with_the(name), noun.doc)
