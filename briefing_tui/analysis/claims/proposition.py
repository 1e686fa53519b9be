"""Whether a reported claim says something: a proposition, by a verb that reports speech.

A claim's content must be something a reader can take as said, thought or
intended: a clause ("said the plan would fail"), an infinitive of intention
("pledged to cut taxes"), a small clause ("called the plan a mistake") or an
accusation's gerund ("accused her of lying"). A bare noun phrase names only a
topic or a thing acted on ("voiced concern about the policy", "touting their
experience", "condemning the invasion", a quoted label alone), and is not shown.

Some cue verbs report an act rather than speech unless a finite clause follows:
a party "requested" or "declined", a senator "unveiled" a list, a court
"ruled" (``lexicon/claims/act_verbs.txt``); asking a court to act is a filing
(``lexicon/claims/court_nouns.txt``), and so is a request to act that is the
object of an act on it ("rejected her request to lift the ban"), and a course of
action as the source ("one option would be asking prosecutors to ...", ``lexicon/claims/
course_nouns.txt``) says nothing, nor does a cue under "without" ("it goes
without saying that ...") or "find it" with an adjective ("will find it hard
to ..."). A wh-clause after a cue that does not ask
("explained how ...", ``interrogative.py``) and a demand for money ("demanded
payment", ``payments.py``) state nothing either. A court's view is a claim when a clause
says it ("the court said that ...", "the tribunal ruled that ..."). A verb that
answers or stands by a thing ("disputes the findings", "defended the decision",
``lexicon/claims/rebuttal_verbs.txt``) needs a clause as well, or a noun with its own
("rejected the claim that ...").
Direct quotations and "according to" claims are not judged here.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.claims.cues import noun_cue_table
from briefing_tui.analysis.claims.denials import denies_earlier_words
from briefing_tui.analysis.claims.draft import VERBAL, Draft
from briefing_tui.analysis.claims.interrogative import is_indirect_question
from briefing_tui.analysis.claims.payments import demands_money
from briefing_tui.analysis.doctext import char_span, doc_heads
from briefing_tui.analysis.syntax import FINITE_TAGS
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Dependencies of a predicate said of a cue's object ("called the plan a mistake").
_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp"})
#: Dependencies of a clause's subject and of its auxiliaries.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_AUX_DEPS = frozenset({"aux", "auxpass", "cop"})
#: Prepositions that carry a predicate of a cue's object ("described X as Y").
_PREDICATE_PREPS = frozenset({"as"})
#: Prepositions that introduce an accusation's or warning's gerund ("accused her of lying").
_GERUND_PREPS = frozenset({"of", "for", "about", "against"})
#: Stances of a cue noun or adjective that take a side on a thing ("critical of the plan").
_EVALUATIVE = frozenset({"accusation", "denial"})
#: Kinds of claims judged here: reported ones (a partly quoted one included).
_JUDGED = frozenset({ClaimKind.INDIRECT, ClaimKind.MIXED})


@cache
def act_verbs() -> frozenset[str]:
    """Cue verbs that report an act unless a "that" clause follows
    (``lexicon/claims/act_verbs.txt``)."""
    return data_files.words("claims/act_verbs.txt")


@cache
def rebuttal_verbs() -> frozenset[str]:
    """Cue verbs that answer or stand by a thing and need a clause to state anything
    (``lexicon/claims/rebuttal_verbs.txt``)."""
    return data_files.words("claims/rebuttal_verbs.txt")


def _has_own_clause(noun: Token) -> bool:
    """ "the report that it would cut jobs": a noun whose own clause states what it says."""
    return noun.pos_ not in VERBAL and any(
        c.dep_ in {"acl", "ccomp"} and _is_finite(c) and c.i > noun.i for c in noun.children
    )


@cache
def court_nouns() -> frozenset[str]:
    """Nouns for a court and its members (``lexicon/claims/court_nouns.txt``)."""
    return data_files.words("claims/court_nouns.txt")


@cache
def discourse_nouns() -> frozenset[str]:
    """Nouns of something said, written or counted (``lexicon/claims/discourse_nouns.txt``
    and ``content_nouns.txt``)."""
    return data_files.words("claims/discourse_nouns.txt") | data_files.words(
        "claims/content_nouns.txt"
    )


def puts_discourse_forward(cue: Token, content: Span, stance: str) -> bool:
    """ "cited the figure", "defended his tweets", "mentioned remarks she had made": a verb
    that names what was spoken of, with a piece of discourse for its object, reports that
    it was put forward (not "cited the flood of 1990", nor a stance: "supports the plan",
    nor a question: "questioned the policy").
    """
    if stance in {"belief", "question"}:
        return False  # "supports the plan": a stance; "questioned the policy": a topic
    inside = range(content.start, content.end)
    return any(
        c.dep_ == "dobj" and c.i in inside and c.lemma_.lower() in discourse_nouns()
        for c in cue.children
    )


@cache
def naming_verbs() -> frozenset[str]:
    """Cue verbs whose noun-phrase object names only what was spoken of
    (``lexicon/claims/naming_verbs.txt``)."""
    return data_files.words("claims/naming_verbs.txt")


def states_proposition(doc: Doc, draft: Draft) -> bool:
    """Whether a reported claim's cue reports speech and its content is a proposition.

    Claims of other kinds (direct quotes, "according to", speaker labels) pass, and
    so does a noun phrase held by a verb of stance ("criticised the plan"): it takes
    a side. A verb of acting needs a finite clause ("the court ruled that ..."), a
    verb that names a topic ("touted her experience") or a cue noun or adjective
    ("voiced concern about the policy") needs a clause, an infinitive or a small clause.
    """
    if draft.kind not in _JUDGED or draft.cue_span is None:
        return True
    cue_span = char_span(doc, *draft.cue_span)
    content = char_span(doc, *draft.content)
    if cue_span is None or content is None or not len(cue_span):
        return True
    cue = cue_span.root
    if _course_of_action(doc, draft):
        return False
    if _without_saying(cue) or _finds_it_so(cue):
        return False
    if _supposed_or_timed(cue, content):
        return False  # "if it finds that ...", "after the team reports": nothing said yet
    if draft.stance != "question" and is_indirect_question(content):
        return False  # "explained how ...", "revealed who ...": a topic, nothing stated
    if draft.stance in {"demand", "intention"} and demands_money(content):
        return False  # "demanded payment of 40,000 euros": money asked for, nothing said
    lemma = cue.lemma_.lower()
    roots = _roots(content)
    if not roots:
        return False
    if any(_relative_clause(root, cue, content) for root in roots):
        return False  # "what she said were invoices": no subject
    if _listed_noun(cue):
        return False  # "covered energy prices and Malvik's plan to ...": a topic listed
    if len(roots) == 1 and denies_earlier_words(cue, roots[0]):
        return True  # "rejected that account", "denied that": a denial of what was just said
    if _answers(cue) and _names_hearsay(roots) and not _small_clause(cue, content):
        return False  # "denied the reports", "cited the report": what it says is elsewhere
    if cue.pos_ in VERBAL and lemma in act_verbs():
        # "pointed to reports that he had lied": a noun whose own clause states something
        return any(_is_finite(root) or _has_own_clause(root) for root in roots)
    if cue.pos_ in VERBAL and lemma in rebuttal_verbs():
        # "disputes the findings", "defended the decision": an answer, no content
        return any(
            _is_clause(root, cue) or _has_own_clause(root) for root in roots
        ) or _small_clause(cue, content)
    if cue.pos_ in VERBAL and _petitions_a_court(cue) and any(map(_is_infinitive, roots)):
        return False
    if _filed_request(cue) and any(map(_is_infinitive, roots)):
        return False  # "rejected her request to lift the ban": a filing, nothing stated
    if cue.pos_ in VERBAL and lemma not in naming_verbs():
        return True
    if cue.pos_ in VERBAL and puts_discourse_forward(cue, content, draft.stance):
        return True
    if cue.pos_ not in VERBAL and draft.stance in _EVALUATIVE:
        return True  # "her criticism of the law", "critical of the hours": a side taken
    # "has backed the mine since it was first proposed": a clause that only times the cue
    stated = [root for root in roots if not _times_the_cue(root, cue)]
    return any(_is_clause(root, cue) for root in stated) or _small_clause(cue, content)


@cache
def hearsay_nouns() -> frozenset[str]:
    """Nouns for what was reported or claimed elsewhere (``lexicon/claims/hearsay_nouns.txt``)."""
    return data_files.words("claims/hearsay_nouns.txt")


def _answers(cue: Token) -> bool:
    """A verb that denies, confirms or names a thing said ("denied", "confirm", "cited"),
    not one that tells it ("reported the story" is the telling)."""
    lemma = cue.lemma_.lower()
    return cue.pos_ in VERBAL and (
        lemma == "deny" or lemma in naming_verbs() or lemma in rebuttal_verbs()
    )


def _names_hearsay(roots: list[Token]) -> bool:
    """ "denied the reports", "would not confirm the report", "cited the study": the
    content is only a noun for something reported elsewhere, with nothing of its own (no
    clause, no "of" phrase), so it states nothing."""
    nouns = [root for root in roots if root.dep_ not in _ADJUNCT_DEPS]
    return bool(nouns) and all(
        root.pos_ in {"NOUN", "PROPN"}
        and root.lemma_.lower() in hearsay_nouns()
        and not any(_says_something(c) for c in root.children)
        for root in nouns
    )


#: Dependencies of what only sets a cue in time, place or purpose ("in support of ...").
_ADJUNCT_DEPS = frozenset({"prep", "advmod", "npadvmod", "advcl"})
#: Subordinators of a clause that only sets a cue in time or gives its cause.
_ADVERBIAL_MARKS = frozenset(
    {"since", "when", "after", "before", "while", "as", "because", "until"}
)


def _times_the_cue(root: Token, cue: Token) -> bool:
    """ "has backed the mine since it was first proposed": the clause times the cue and
    is no content of it ("a call for the state to act" is)."""
    return (
        root.dep_ == "advcl"
        and root.head.i == cue.i
        and any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in root.children)
    )


#: Prepositions that give a reported noun its content ("reports of fraud").
_CONTENT_PREPS = frozenset({"of", "about", "on", "over", "into", "that"})


def _says_something(child: Token) -> bool:
    """Whether a word hung on a reported noun gives what it says ("reports of fraud",
    "the claim that ..."), not only where or why it was used ("in support of ...")."""
    if child.dep_ == "prep":
        return child.lower_ in _CONTENT_PREPS
    return child.dep_ in {"acl", "relcl", "ccomp", "appos"}


#: Tags of a relative pronoun ("that", "which", "what").
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _relative_clause(root: Token, cue: Token, content: Span) -> bool:
    """ "what she said were invoices", "a debate that came as polls showed": a relative
    clause taken for the content, or a content with no subject whose cue took the
    pronoun: read alone it is a fragment. ("a subsidiary that she said had no other
    business" and "an appeal, which its lawyers expect to file" stay: PolNeAR annotates
    those shapes, and dropping them lowered its recall.)"""
    if root.pos_ not in VERBAL:
        return False
    if not _is_finite(root):
        return False
    subjects = [c for c in root.children if c.dep_ in _SUBJECT_DEPS]
    for subject in (s for s in subjects if s.tag_ == "WDT"):
        if subject.i >= content.start and root.dep_ == "relcl":
            return True  # "that came": a relative clause taken for the content
    if _gap_left_by_relative(subjects, content):
        return True
    if subjects:
        return False
    return any(c.tag_ in _RELATIVE_TAGS and c.i < cue.i for c in cue.children)


def _gap_left_by_relative(subjects: list[Token], content: Span) -> bool:
    """Whether the content's verb lacks a word that a relative before the content holds:
    "what it said were samples" (a free relative: the content has no subject and nothing
    it is about), "a letter, which she said her lawyer had drafted" (the content has a
    subject of its own, so the relative is its object). Read alone either is a fragment;
    "which he said was late" stays (the subject is the noun just named)."""
    before = [s for s in subjects if s.tag_ in _RELATIVE_TAGS and s.i < content.start]
    if not before:
        return False
    own = [s for s in subjects if s.i >= content.start]
    return bool(own) or any(s.lower_ == "what" for s in before)


def _listed_noun(cue: Token) -> bool:
    """ "energy prices, a stalled reform and Malvik's plan to build a rail link": a cue noun
    listed beside nouns that are no cue names a topic the writer lists, not a claim."""
    if cue.pos_ in VERBAL or cue.dep_ != "conj":
        return False
    return cue.head.lemma_.lower() not in noun_cue_table()


@cache
def course_nouns() -> frozenset[str]:
    """Nouns for a course of action (``lexicon/claims/course_nouns.txt``)."""
    return data_files.words("claims/course_nouns.txt")


def _course_of_action(doc: Doc, draft: Draft) -> bool:
    """ "One option would be asking prosecutors to charge them": the source is a course
    of action someone might take, and nobody has said anything."""
    if draft.source_head is None:
        return False
    head = char_span(doc, *draft.source_head)
    return head is not None and any(t.lemma_.lower() in course_nouns() for t in head)


def _without_saying(cue: Token) -> bool:
    """ "It goes without saying that ...", "left without mentioning ...": a cue under
    "without" is what nobody said."""
    return cue.dep_ == "pcomp" and cue.head.lower_ == "without"


def _finds_it_so(cue: Token) -> bool:
    """ "will find it difficult to defend the tax": "find it" with an adjective is an
    experience, not a finding."""
    if cue.lemma_.lower() != "find":
        return False
    for word in cue.children:
        if word.pos_ != "ADJ" or word.dep_ not in _PREDICATE_DEPS:
            continue
        # "it" as the cue's object, or read as the adjective's own subject
        if any(c.lower_ == "it" for c in [*cue.children, *word.children] if c.i < word.i):
            return True
    return False


#: Subordinators of a clause that supposes a cue ("if it finds that ..."): nothing is said.
_SUPPOSING = frozenset({"if", "unless"})
#: Subordinators of a clause that only times an event ("after the team reports").
_TIMING = frozenset({"after", "before", "when", "once", "until", "till"})


def _supposed_or_timed(cue: Token, content: Span) -> bool:
    """Whether the cue is supposed, not told ("If the inquiry finds that X, ..."), or only
    times the clause it hangs on ("the closure would be reviewed after the team reports")
    and so says nothing of that clause."""
    # "when" opens its clause as a mark or, as often, as an adverb ("When members ask ...")
    marks = {
        c.lower_
        for c in cue.children
        if c.dep_ == "mark" or (c.dep_ == "advmod" and c.i == cue.left_edge.i)
    }
    if marks & _SUPPOSING:
        return True
    if not marks & _TIMING:
        return False
    # "after the team reports": a cue with nothing said of its own ("after he admitted he
    # had erred" says something, and keeps it)
    said = {"ccomp", "xcomp", "dobj", "dative", "prep", "parataxis", "advcl"}
    inside = cue.left_edge.i <= content.start and content.end - 1 <= cue.right_edge.i
    after = cue.right_edge.i + 1
    set_off = after < len(cue.doc) and cue.doc[after].text == "," and after < content.start
    if not inside and set_off and cue.head.i >= content.start:
        return True  # "When members ask for help, calls go unanswered": the clause it times
    return not inside and not any(c.dep_ in said for c in cue.children)


def _petitions_a_court(cue: Token) -> bool:
    """ "asked the court to block the order": a request to a court is a filing (with an
    infinitive; "told the court that ..." is testimony)."""
    return any(
        c.dep_ in {"dobj", "dative"} and c.lemma_.lower() in court_nouns() for c in cue.children
    )


#: Nouns of a formal request put to a body that decides on it.
_REQUEST_NOUNS = frozenset({"request", "petition", "application", "motion"})


#: Verbs that file a request or rule on it ("filed", "rejected", "granted").
_RULING_ON = frozenset(
    {
        "file",
        "lodge",
        "submit",
        "reject",
        "grant",
        "deny",
        "dismiss",
        "uphold",
        "approve",
        "refuse",
        "hear",
        "consider",
        "review",
        "overrule",
    }
)


def _filed_request(cue: Token) -> bool:
    """ "filed a request to lift the suspension", "rejected her request to ...": a request
    filed or ruled on asks for a ruling and states nothing ("complied with the church's
    requests to take the video down" is a demand met, and stays)."""
    return (
        cue.pos_ not in VERBAL
        and cue.lemma_.lower() in _REQUEST_NOUNS
        and cue.dep_ in {"dobj", "nsubjpass"}
        and cue.head.lemma_.lower() in _RULING_ON
    )


def _is_infinitive(verb: Token) -> bool:
    return verb.pos_ in VERBAL and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_finite(word: Token) -> bool:
    """A finite verb, or a predicate with a finite auxiliary or copula ("was unwise")."""
    return (word.pos_ in VERBAL and word.tag_ in FINITE_TAGS) or any(
        c.tag_ in FINITE_TAGS and c.dep_ in _AUX_DEPS for c in word.children
    )


def _roots(content: Span) -> list[Token]:
    """The words of the content whose heads lie outside it (punctuation aside)."""
    inside = range(content.start, content.end)
    heads = doc_heads(content.doc)  # a Token is built for a word heading outside only
    outside = (content.doc[i] for i in inside if heads[i] not in inside or heads[i] == i)
    return [t for t in outside if not (t.is_punct or t.is_space)]


def _is_clause(root: Token, cue: Token) -> bool:
    """A clause: a finite verb, a predicate with its own subject, an infinitive, or an
    accusation's gerund."""
    if _is_finite(root) or any(c.dep_ in _SUBJECT_DEPS for c in root.children):
        return True  # "said the plan failed", "said the plan was unwise"
    if root.pos_ not in VERBAL:
        return False
    if _is_infinitive(root):
        return True  # "pledged to cut taxes", "urged them to leave"
    # "accused her of lying": a gerund held by a preposition of the cue
    head = root.head
    return (
        root.tag_ == "VBG"
        and root.dep_ == "pcomp"
        and head.lower_ in _GERUND_PREPS
        and head.head.i == cue.i
    )


def _small_clause(cue: Token, content: Span) -> bool:
    """ "called the plan a mistake", "described the crowd as hostile": an object and what
    is said of it, both within the content."""
    inside = range(content.start, content.end)
    # "which the church describes as a retreat": the object may stand outside the content
    has_object = any(c.dep_ == "dobj" for c in cue.children)
    predicate = any(
        (c.dep_ in _PREDICATE_DEPS or (c.dep_ == "prep" and c.lower_ in _PREDICATE_PREPS))
        and any(t.i in inside for t in c.subtree)
        for c in cue.children
    )
    return has_object and predicate
