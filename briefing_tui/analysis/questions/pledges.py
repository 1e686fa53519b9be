"""Moves a named actor announces: pledges, threats, plans and forecasts of its own acts.

"The union said it would strike on Monday if no deal is reached", "Mayor Ann Roe vowed
to veto the bill", '"If it passes, I will sign it," she said': the act is still to
come, and whether its announcer does it is the story's open matter. One question is
asked per announced move, of the announcer by name: "Will the union strike on Monday
if no deal is reached?".

The act must be a concrete one (``pledged_acts``), announced with "will", "would",
"is going to" or a verb of pledging (``pledge_verbs``: "vowed to", "threatened to",
"plans to"), and done by the speaker of a claim it lies in (its "I", "we", "he",
"it") or by a named actor. Vetoes: the move told later as done or called off (``done-later``), a
negated stance (``negated-stance``), a generic subject (``generic-subject``), an
unnamed one (``unnamed-subject``), another than the speaker meant by a pronoun
(``not-the-speaker``), a proposal's content (``proposal-content``), a habit or rhetoric
in a quote (the forecast's own checks), an act dated in the past or told in a year
named (``already-past``), asked as whether or what (``in-doubt``), a headline's move
(``headline``), the same move told again (``same-move``). Naming is in
``pledge_names``, meeting the other families' questions in ``pledge_merges``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import lemma_positions
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.phrasing import invert
from briefing_tui.analysis.questions.pledge_names import (
    NAMED,
    core_name,
    named_object,
    titled_in,
    titled_name,
)
from briefing_tui.analysis.questions.reporter_bodies import reporter_actor
from briefing_tui.analysis.questions.rules import Candidate, RuleContext, is_role_word
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.representatives import represented_owner
from briefing_tui.analysis.syntax import clause_subject
from briefing_tui.model import Claim, QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Modals that announce a move ("will veto", "would file suit", "'ll strike").
_ANNOUNCING = frozenset({"will", "would", "'ll", "'d", "shall", "wo"})
#: Pronouns that stand for the speaker in reported speech.
_REPORTED_SELF = frozenset({"he", "she", "it", "they"})
#: Words of a date that lies behind the article ("last week", "two days ago").
_PAST_DATE = frozenset({"yesterday", "ago", "last", "earlier", "previously"})
#: The forecast's own checks that hold for an announced move too.
_SHARED_VETOES = frozenset(
    {"habitual", "campaign-rhetoric", "rhetoric", "evaluation", "generic-we-you"}
    | {"gives-a-reason", "past-inability"}
)
#: Tense words an act verb carries that say it is done, not announced.
_DONE_TAGS = frozenset({"VBD", "VBN"})

Refusal = tuple[str, "Token"]


def announcing(verb: Token) -> bool:
    """Whether ``verb`` is announced as still to come: "will veto", "would file", "is
    going to strike", "vowed to resign", "plans to close"."""
    if any(c.dep_ == "aux" and c.lower_ in _ANNOUNCING for c in verb.children):
        return True
    return _stance_verb(verb) is not verb


def _stance_verb(verb: Token) -> Token:
    """The verb of pledging or going an act's infinitive hangs on ("vowed [on Tuesday] to
    close", "is going to strike"), else the act itself."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ not in {"xcomp", "advcl"} or not infinitive:
        return verb
    head = verb.head
    if head.lemma_ == "go" and head.tag_ == "VBG" and verb.dep_ == "xcomp":
        going = any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
        return head if going else verb
    return head if head.lemma_.lower() in lemma_set("pledge_verbs") else verb


def _reporting_verbs(verb: Token) -> list[Token]:
    """The verbs that report the clause of ``verb`` ("said", "told"), nearest first."""
    found = []
    node = _stance_verb(verb)
    while node.dep_ in {"ccomp", "conj", "xcomp"} and node.head.i != node.i:
        node = node.head
        found.append(node)
    return found


def _claim_of(verb: Token, claims: list[Claim]) -> Claim | None:
    """The claim whose content holds ``verb``."""
    at = verb.idx
    return next((c for c in claims if c.content.start <= at < c.content.end), None)


def _is_person(ctx: RuleContext, actor: str) -> bool:
    """Whether the article names ``actor`` as a person (a PERSON entity among its mentions)."""
    return any(ctx.doc[i].ent_type_ == "PERSON" for i, a in ctx.actor_at.items() if a == actor)


def _is_body(ctx: RuleContext, actor: str) -> bool:
    """Whether the article names ``actor`` as an organisation, a place or a group."""
    return any(
        ctx.doc[i].ent_type_ in {"ORG", "GPE", "NORP"}
        for i, a in ctx.actor_at.items()
        if a == actor
    )


def _speakers_body(ctx: RuleContext, claim: Claim, person: str) -> str | None:
    """The organisation a person speaks for, named in the claim's source phrase ("the
    association's director, Ann Roe"): whom a quoted "we" stands for."""
    span = claim.source_span
    if span is None:
        return None
    words = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    bodies = {ctx.actor_at.get(t.i) for t in words or ()} - {None, person}
    return next(iter(bodies)) if len(bodies) == 1 else None


#: Entity types of a source's name that can make a move.
_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _source(ctx: RuleContext, claim: Claim | None) -> str | None:
    """A claim's source: its actor, else ``name:<words>`` where its source phrase holds a
    name ("Mayor Ann Roe said" where the actors pane has no Ann Roe)."""
    if claim is None or claim.source is not None:
        return claim.source if claim is not None else None
    span = claim.source_span
    words = ctx.doc.char_span(span.start, span.end, alignment_mode="expand") if span else None
    names = [t for t in words or () if t.pos_ == "PROPN" and t.is_title]
    if not any(t.ent_type_ in _PARTIES for t in names) and len(names) < 2:
        return None  # a name the tagger did not type must be two words ("Ines Varga")
    text = words.text if words is not None else ""
    return NAMED + ("the " + text[4:] if text.startswith("The ") else text)


def _names_it(ctx: RuleContext, subject: Token, actor: str) -> bool:
    """Whether a nominal subject names its actor: a word of the actor's name, or a
    definite noun that points back to it ("the union"); a bare "Retailer" of a headline
    does not."""
    words = {t.lower_ for t in subject.subtree}
    if words & {w.lower() for w in ctx.names.get(actor, "").split()}:
        return True
    return any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in subject.children)


def _doer(ctx: RuleContext, subject: Token, claim: Claim | None) -> str | bool | None:
    """The actor who would act: a speaker's "I"/"we"/"he"/"it" is the claim's source (a
    person's "we" the body named with them), a name is its actor. False where the
    subject is generic (a bare plural), "" where a pronoun stands for someone else than
    the speaker ("she said he would sign": her demand, not his pledge)."""
    word = subject.lower_
    source = _source(ctx, claim)
    if subject.pos_ == "PRON":
        if word == "i":
            return source
        if word == "we":
            if source is None or claim is None or source.startswith(NAMED):
                return None  # a person's "we" is a body the question must name
            if _is_body(ctx, source):
                return source
            return _speakers_body(ctx, claim, source)
        if word in _REPORTED_SELF:
            if word == "it" and source is not None and not _is_person(ctx, source):
                return source  # "the union said it would strike": a body speaks of itself
            body = reporter_actor(ctx, subject) if word == "it" and source else None
            if body is not None:
                return body  # "Ann Lee, the union's chair, said it would strike": the union
            meant = ctx.actor_of(subject)
            if represented_owner(subject) is not None:
                return meant or ""  # "Her lawyer said she would appeal": the client's move
            if meant is not None and source is not None and meant != source:
                return ""  # another's move, as the speaker would have it
            return meant or source
        return None
    actor = ctx.actor_of(subject)
    if actor is not None:
        return actor if _names_it(ctx, subject, actor) else None
    bare = not any(c.dep_ in {"det", "poss"} for c in subject.children)
    if subject.tag_ in {"NNS", "NNPS"} and bare:
        return False  # "companies would raise prices": any company
    return None


def _done_later(ctx: RuleContext, verb: Token, actor: str) -> bool:
    """Whether a later sentence tells the move done by its actor: the same verb told in
    the past ("It appealed on Friday"), or the act's noun done ("It filed the appeal")."""
    subject = clause_subject(verb)
    if ctx.told_as_done(verb, subject):
        return True
    lemma = verb.lemma_.lower()
    for token in verb.doc[verb.sent.end :]:
        if token.tag_ not in _DONE_TAGS or is_negated(token) or token.pos_ != "VERB":
            continue
        if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "had") for c in token.children):
            continue  # "would", or "had filed a challenge in 2019": before the pledge
        same = token.lemma_.lower() == lemma or any(
            c.dep_ == "dobj" and c.lemma_.lower() == lemma and _definite(c) for c in token.children
        )
        if same and _same_doer(ctx, clause_subject(token), actor, subject):
            return True
        if _the_act_settled(token, lemma):
            return True  # "The strike was called off on Sunday."
    return False


def _definite(noun: Token) -> bool:
    """Whether a noun points back to one thing told ("the appeal", "its lawsuit")."""
    return any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in noun.children)


def _the_act_settled(token: Token, lemma: str) -> bool:
    """Whether a past verb tells of "the <act>" itself ("The strike was called off", "the
    appeal was filed"): the act's noun, definite, as its subject or object."""
    for child in token.children:
        if child.dep_ not in {"nsubj", "nsubjpass", "dobj"} or child.pos_ != "NOUN":
            continue
        if child.lemma_.lower() == lemma and _definite(child):
            return True
    return False


def _same_doer(ctx: RuleContext, doer: Token | None, actor: str, said: Token | None) -> bool:
    """Whether ``doer`` names ``actor``: as its actor, by its name's words, or by the very
    pronoun that announced the move ("it said it would sue. It sued on Friday")."""
    if doer is None:
        return False
    if ctx.actor_of(doer) == actor:
        return True
    if said is not None and doer.pos_ == "PRON" and doer.lower_ == said.lower_:
        return True
    words = " ".join(t.text for t in doer.subtree if t.lower_ != "the")
    return actor.startswith(NAMED) and bool(words) and actor.endswith(words)


def _dated_past(verb: Token) -> bool:
    """Whether the act's own clause dates it behind the article ("would resign last week"),
    or its telling names a year ("said in 2015 that it would appeal": an old report)."""
    words = [t for t in verb.subtree if t.ent_type_ == "DATE" and t.head.i != t.i]
    if any(t.lower_ in _PAST_DATE for t in words):
        return True
    own = {t.i for t in verb.subtree}
    return any(
        t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4 and t.i not in own
        for t in verb.sent
    )


def _conditions(verb: Token) -> list[Token]:
    """The verbs of the "if"/"unless" clauses on the act or on its verb of pledging."""
    return [
        child
        for node in {verb, _stance_verb(verb)}
        for child in node.children
        if child.dep_ == "advcl"
        and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"} for g in child.children)
    ]


def _conditioned(verb: Token) -> bool:
    """Whether an "if"/"unless" clause hangs on the act or on its verb of pledging."""
    return bool(_conditions(verb))


def _past_condition(verb: Token) -> bool:
    """Whether a condition on the act is told in the past ("if a commission confirmed")."""
    return any(
        c.tag_ == "VBD" or any(a.dep_ == "aux" and a.tag_ == "VBD" for a in c.children)
        for c in _conditions(verb)
    )  # "if it confirmed", "if the courts did not restore"


def _why_not(
    ctx: RuleContext, verb: Token, claims: list[Claim]
) -> tuple[str | None, str | None, Token | None]:
    """The veto of an announced move, or None; its actor and its subject word."""
    stance = _stance_verb(verb)
    subject = clause_subject(verb)
    claim = _claim_of(verb, claims)
    pledged = stance is not verb and stance.lemma_.lower() in lemma_set("pledge_verbs")
    if claim is None and not pledged:
        return "not-announced", None, subject  # the reporter's own forecast
    last = [t for t in verb.sent if not t.is_space][-1]
    if last.text not in {".", "!", "?", '"', "”", "’", "'", ")"}:
        return "headline", None, subject  # a title sums up; its body tells the move
    if any(is_negated(v) for v in {verb, stance, *_reporting_verbs(verb)[:1]}):
        return "negated-stance", None, subject  # "did not say he would veto it"
    marks = {c.lower_ for n in (verb, stance) for c in n.children if c.dep_ == "mark"}
    wh = any(c.tag_ in {"WP", "WDT", "WRB"} for n in (verb, stance) for c in n.children)
    if marks & {"whether", "if", "unless"} or wh:
        return "in-doubt", None, subject  # "asked whether she would resign", "what he'd sign"
    if subject is None:
        return "unnamed-subject", None, subject
    if subject.lemma_.lower() in lemma_set("proposals"):
        return "proposal-content", None, subject  # "the bill would raise the fee"
    actor = _doer(ctx, subject, claim)
    if actor is False:
        return "generic-subject", None, subject
    if actor == "":
        return "not-the-speaker", None, subject
    if not actor or (actor not in ctx.names and not actor.startswith(NAMED)):
        return "unnamed-subject", None, subject
    if is_role_word(ctx.names.get(actor, "")):
        return "unnamed-subject", None, subject
    if _dated_past(verb):
        return "already-past", None, subject
    shared = ctx.why_not_ask(verb, subject)
    if shared in _SHARED_VETOES:
        return shared, None, subject
    if _done_later(ctx, verb, actor):
        return "done-later", None, subject
    return None, actor, subject


#: Quotation marks, straight and curly.
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _quoted_fragments(verb: Token) -> list[int]:
    """The words of a quoted fragment that modifies the act ('file suit "the day this
    ordinance is signed"'): the speaker's words, not the question's."""
    dropped: list[int] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubj", "aux", "neg"} or child.i < verb.i:
            continue
        edge = child.left_edge.i
        if edge > 0 and verb.doc[edge - 1].text in _QUOTES | {"“"}:
            dropped.extend(t.i for t in child.subtree)
            dropped.append(edge - 1)
            after = child.right_edge.i + 1
            if after < len(verb.doc) and verb.doc[after].text in _QUOTES:
                dropped.append(after)
    return dropped


#: Nouns for an announced move, with which a reporter sums one up (", a pledge that ...").
_PLEDGE_NOUNS = frozenset({"pledge", "promise", "threat", "vow", "warning", "commitment"})


def _summing_up(verb: Token) -> list[int]:
    """The words of a phrase after a comma that sums the move up (", a pledge that angered
    mayors", ", a move that ..."): the reporter's aside, not the act."""
    dropped: list[int] = []
    for token in verb.subtree:
        if token.dep_ not in {"dobj", "appos", "npadvmod"} or token.left_edge.i == 0:
            continue
        comma = verb.doc[token.left_edge.i - 1]
        summing = lemma_set("shell_nouns") | _PLEDGE_NOUNS
        if comma.text == "," and token.lemma_.lower() in summing:
            dropped.extend([comma.i, *(t.i for t in token.subtree)])
    return dropped


def _ask(ctx: RuleContext, verb: Token, actor: str, subject: Token) -> str | None:
    """ "Will Mayor Ann Roe veto the bill if it passes?": the move asked of its actor."""
    name = titled_name(ctx, actor)

    def name_of(token: Token) -> str | None:
        return name if token.i == subject.i else ctx.name_of(token)

    stance = _stance_verb(verb)
    drop = [c.i for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if stance is not verb:
        drop.extend(c.i for c in verb.children if c.lower_ == "to" and c.dep_ == "aux")
    drop.extend(_quoted_fragments(verb))
    drop.extend(_summing_up(verb))
    # "if a commission confirmed it, Kazakhstan would seek ...": a condition told in the
    # past keeps the reported "would"
    aux = "would" if _past_condition(verb) else "will"
    asked = invert(verb, drop=drop, name_of=name_of, subject=subject, asked_aux=aux)
    if not asked:
        return None
    if subject.pos_ == "PROPN" and not actor.startswith(NAMED):
        said = ctx.doc[subject.left_edge.i : subject.right_edge.i + 1].text
        core = core_name(ctx, actor)
        if f" {said} " in asked:  # ", the department store chain,": the name is enough
            asked = asked.replace(f" {said} ", f" {core} ", 1)
        asked = titled_in(asked, core, name)
    return named_object(ctx, verb, asked)


def find_pledges(
    ctx: RuleContext, doc: Doc, claims: list[Claim]
) -> tuple[list[Candidate], list[Refusal]]:
    """One question per move a named actor announces, and the moves vetoed (the veto's
    name and the act's verb). A move announced twice by one actor is asked once, with
    every sentence that tells it as evidence."""
    raised: dict[tuple[str, str], Candidate] = {}
    refused: list[Refusal] = []
    acts = lemma_set("pledged_acts")
    for verb in (doc[i] for i in lemma_positions(doc, acts)):
        if verb.pos_ != "VERB" or not announcing(verb):
            continue
        veto, actor, subject = _why_not(ctx, verb, claims)
        if veto == "not-announced":
            continue  # no one announced it: the forecast families judge it
        if veto is not None or actor is None or subject is None:
            refused.append((veto or "unnamed-subject", verb))
            continue
        text = _ask(ctx, verb, actor, subject)
        if text is None:
            refused.append(("unphrasable", verb))
            continue
        kind = QuestionKind.CONDITIONAL if _conditioned(verb) else QuestionKind.EXPECTATION
        key = (actor, verb.lemma_.lower())
        kept = raised.get(key)
        if kept is not None:  # told again: asked once, at its first telling
            refused.append(("same-move", verb))
            continue
        claim = _claim_of(verb, claims)
        # no subject topic: one actor's several moves ("veto", "meet") are several matters
        actors = [] if actor.startswith(NAMED) else [actor]
        candidate = Candidate(kind, [verb.sent], text, None, actors)
        candidate.family, candidate.cue = "pledge", verb.text
        if claim is not None and claim.id:
            candidate.claims.append(claim.id)
        raised[key] = candidate
    return list(raised.values()), refused
