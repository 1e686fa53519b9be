"""Disputes that no denial word marks: two sides of one matter, in any sentences.

Each pattern reads the parse and the claims for an opposition that "denies"
does not spell out:

* ``contrasting-sources``: one sentence attributes two views to two sources
  joined by "but" ("which the club describes as a retreat, but critics call a
  camp");
* ``negated-restatement``: a source says something is *not* what the article
  called it before ("a secret report" ... the ministry said it was not secret);
* ``competing-figure``: a source puts "that number" at another figure;
* ``rival figures``: two sources give different figures of one measure
  (``rival_figures.py``);
* ``plea-of-innocence``: in a trial, one side says the accused are not guilty;
* ``criticised-decision``: a source is disappointed with, or condemns, another's
  decision: the decision is disputed;
* ``accusation-denied``: one side accuses a named other of an act that side
  denies in a later sentence (``accusations.py``).

A statement introduced by a colon after a denial ("X denied the claims:")
carries on in the sentences that follow; they join the dispute's evidence.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import char_span, doc_text, doc_words
from briefing_tui.analysis.questions.accusations import denied_accusations
from briefing_tui.analysis.questions.cues import lemma_set
from briefing_tui.analysis.questions.disputes import Dispute
from briefing_tui.analysis.questions.mutual_blame import mutual_blame
from briefing_tui.analysis.questions.opposites import opposite_acts, opposite_states
from briefing_tui.analysis.questions.phrasing import statement
from briefing_tui.analysis.questions.positions import opposite_positions
from briefing_tui.analysis.questions.pronouns import antecedent
from briefing_tui.analysis.questions.rival_causes import rival_causes
from briefing_tui.analysis.questions.rival_claims import rival_claims
from briefing_tui.analysis.questions.rival_figures import rival_figures
from briefing_tui.analysis.questions.rules import RuleContext, phrase
from briefing_tui.analysis.questions.scope import is_negated
from briefing_tui.analysis.questions.unsupported import unsupported_accounts
from briefing_tui.analysis.sentences import doc_sentences
from briefing_tui.analysis.syntax import clause_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.model import Claim

#: How many sentences after "X denied the allegations:" may carry the statement on (to the
#: end of the paragraph that follows).
COLON_SENTENCES = 5
#: Words that put a figure in doubt when they stand for one just given.
_FIGURE_NOUNS = frozenset({"number", "figure", "estimate", "total", "toll", "count", "tally"})
_DEMONSTRATIVES = frozenset({"that", "this", "the"})
#: Adjectives too common to mark a restatement ("not available", "not clear").
_PLAIN_ADJECTIVES = frozenset(
    {
        "able",
        "available",
        "clear",
        "sure",
        "likely",
        "possible",
        "new",
        "other",
        "many",
        "much",
        "more",
        "certain",
        "aware",
        "ready",
        "responsible",
        "such",
        "same",
        "own",
        "first",
        "last",
    }
)
_DISPLEASURE = frozenset({"disappointed", "dismayed", "angered", "outraged", "upset", "unhappy"})
_CONDEMN = frozenset({"criticize", "criticise", "condemn", "slam", "denounce", "decry", "blast"})
_PROCEEDINGS = frozenset({"trial", "charge", "prosecute", "accuse", "court", "prosecution"})


def _speech_lemmas() -> frozenset[str]:
    return data_files.first_words(data_files.CUE_VERBS) | {"describe", "charge", "call"}


def _sentences(doc: Doc) -> list[Span]:
    return doc_sentences(doc)


def _index_of(sentences: list[Span], token: Token) -> int:
    return next(i for i, s in enumerate(sentences) if s.start <= token.i < s.end)


def _np(token: Token, *, skip: frozenset[int] = frozenset()) -> str:
    words = statement(t for t in token.subtree if t.i not in skip)[9:-1]
    return words[:1].lower() + words[1:] if token.left_edge.pos_ == "DET" else words


def _paragraph_break(doc: Doc, before: Span, after: Span) -> bool:
    """Whether a line break separates two sentences (wherever the parse put the whitespace)."""
    end = before.start_char + len(before.text.rstrip())
    start = after.start_char + (len(after.text) - len(after.text.lstrip()))
    return "\n" in doc_text(doc)[end:start]


def extend_after_colon(doc: Doc, disputes: list[Dispute]) -> None:
    """Add to a denial ending in a colon the sentences that state it."""
    sentences = _sentences(doc)
    starts = {s.start: i for i, s in enumerate(sentences)}
    for dispute in disputes:
        last = dispute.sentences[-1]
        if not last.text.rstrip().endswith(":") or last.start not in starts:
            continue
        index = starts[last.start]
        for number, following in enumerate(sentences[index + 1 : index + 1 + COLON_SENTENCES]):
            if number and _paragraph_break(doc, dispute.sentences[-1], following):
                break  # the paragraph after the colon has ended
            dispute.sentences.append(following)


def _speaker(verb: Token) -> Token | None:
    """Who a speech verb is said by: its subject, or the noun just before it (a parse may
    read "critics charge is ..." as a noun phrase)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return before if before is not None and before.pos_ in {"NOUN", "PROPN"} else None


def _contrasting_sources(ctx: RuleContext, doc: Doc) -> list[Dispute]:
    """ "which the club describes as a retreat, but critics charge is a camp"."""
    speech = _speech_lemmas()
    found: list[Dispute] = []
    lemmas = doc_words(doc).lemmas
    for sent in doc_sentences(doc):
        said = [
            doc[i]
            for i in range(sent.start, sent.end)
            if lemmas[i] in speech and doc[i].tag_.startswith("VB")
        ]
        for first, second in itertools.pairwise(said):
            if not any(t.lower_ in {"but", "while", "whereas"} for t in doc[first.i : second.i]):
                continue
            one, other = _speaker(first), _speaker(second)
            if one is None or other is None or one.lower_ == other.lower_:
                continue
            thing = next((c for c in first.children if c.dep_ == "dobj"), None)
            if thing is not None and thing.tag_ in {"WDT", "WP"} and first.dep_ == "relcl":
                thing = first.head
            view = next((g for c in first.children if c.lower_ == "as" for g in c.children), None)
            rival = next((t for t in doc[second.i : sent.end] if t.dep_ == "attr"), None)
            if thing is None or view is None or rival is None or thing.pos_ == "PRON":
                continue
            keep = frozenset(t.i for t in thing.subtree if t.i >= first.left_edge.i)
            text = f"Is {_np(thing, skip=keep)} {_np(view)} or {_np(rival)}?"
            sides = [ctx.actor_of(one), ctx.actor_of(other)]
            found.append(
                Dispute([sent], None, sources=[s for s in sides if s], text=text, cue="but")
            )
    return found


def _negated_adjectives(content: Span) -> list[Token]:
    adjectives = []
    words = doc_words(content.doc)  # a Token is built for an adjective only
    inside = range(content.start, content.end)
    for token in (content.doc[i] for i in inside if words.pos[i] == "ADJ"):
        if token.lemma_.lower() in _PLAIN_ADJECTIVES:
            continue
        if token.dep_ not in {"acomp", "attr", "conj"}:
            continue
        negated = is_negated(token.head) or any(c.dep_ == "neg" for c in token.children)
        negated |= any(words.lowers[i] in {"neither", "nor"} for i in inside)
        if negated:
            adjectives.append(token)
    return adjectives


def _negated_restatement(ctx: RuleContext, doc: Doc, claims: list[Claim]) -> list[Dispute]:
    """A source says something is not what the article called it before."""
    sentences = _sentences(doc)
    found: list[Dispute] = []
    for claim in claims:
        content = char_span(doc, claim.content.start, claim.content.end)
        if content is None or not (claim.source or claim.source_text):
            continue
        words = doc_words(doc)  # a Token is built for the adjective's lemma only
        for adjective in _negated_adjectives(content):
            lemma = adjective.lemma_.lower()
            earlier = next(
                (
                    t
                    for t in (doc[i] for i in range(content.sent.start) if words.lemmas[i] == lemma)
                    if t.lemma_.lower() == lemma
                    and t.dep_ == "amod"
                    and t.head.pos_ == "NOUN"
                    and not any(c.dep_ == "neg" for c in t.head.children)
                ),
                None,
            )
            if earlier is None:
                continue
            noun = earlier.head
            skip = frozenset(
                t.i for t in noun.subtree if t.i == earlier.i or t.dep_ in {"det", "poss"}
            )
            words = _np(noun, skip=skip)
            be = "Were" if noun.tag_ == "NNS" else "Was"
            text = f"{be} the {words} {adjective.lemma_.lower()}?"
            first = sentences[_index_of(sentences, earlier)]
            found.append(
                Dispute(
                    [first, content.sent],
                    None,
                    sources=[claim.source] if claim.source else [],
                    claims=[claim.id] if claim.id else [],
                    text=text,
                    cue=f"not {adjective.lower_}",
                )
            )
            break
    return found


def _competing_figure(ctx: RuleContext, doc: Doc, claims: list[Claim]) -> list[Dispute]:
    """ "X estimates that number is closer to 40,000" after a figure just given."""
    sentences = _sentences(doc)
    found: list[Dispute] = []
    for claim in claims:
        content = char_span(doc, claim.content.start, claim.content.end)
        if content is None or not any(t.like_num for t in content):
            continue
        subject = next(
            (
                t
                for t in content
                if t.lemma_.lower() in _FIGURE_NOUNS and t.dep_ in {"nsubj", "nsubjpass"}
            ),
            None,
        )
        if subject is None:
            continue
        pointer = {c.lower_ for c in subject.children} | {doc[max(0, subject.i - 1)].lower_}
        if not pointer & _DEMONSTRATIVES:  # "that number": the parse may read "that" as a mark
            continue
        index = _index_of(sentences, content[0])
        if index == 0:
            continue
        before = sentences[index - 1]
        figure = next((t for t in before if t.like_num and t.head.pos_ in {"NOUN", "PROPN"}), None)
        if figure is None:
            continue
        verb = subject.head
        rest = [t for t in verb.subtree if t.i > verb.i and not t.is_punct]
        if not rest:
            continue
        source = claim.source_text or ""
        if source.startswith("The "):
            source = "the " + source[4:]
        cue = claim.cue.lower()
        text = f"Is the number of {figure.head.text} {statement(rest)[9:-1]}"
        text += f", as {source} {cue}?" if source and " " not in cue else "?"
        found.append(
            Dispute(
                [before, content.sent],
                None,
                sources=[claim.source] if claim.source else [],
                claims=[claim.id] if claim.id else [],
                text=text,
                cue="that number",
            )
        )
    return found


def _plea_of_innocence(ctx: RuleContext, doc: Doc) -> list[Dispute]:
    """In a trial, one side says the accused are not guilty: the charge is disputed."""
    words = doc_words(doc)
    if not any(lemma in _PROCEEDINGS for lemma in words.lemmas):
        return []
    found: list[Dispute] = []
    speech = _speech_lemmas()
    pleas = (doc[i] for i, lower in enumerate(words.lowers) if lower in {"guilty", "innocent"})
    for token in pleas:
        if token.lower_ not in {"guilty", "innocent"}:
            continue
        verb = token.head
        negated = is_negated(verb) or any(c.dep_ == "neg" for c in token.children)
        if token.lower_ == "guilty" and not negated:
            continue
        said = verb
        while said.dep_ in {"ccomp", "xcomp", "conj"} and said.head.i != said.i:
            said = said.head
        if said.lemma_.lower() not in speech or said.i == verb.i:
            continue
        speaker = clause_subject(said)
        subject = clause_subject(verb)
        named = (
            antecedent(subject.lower_, subject.sent, subject.i)
            if subject is not None and subject.pos_ == "PRON"
            else None
        )
        reasons = [
            t.i for c in verb.children if c.dep_ == "advcl" and c.i < verb.i for t in c.subtree
        ]
        text = phrase(ctx, verb, drop=reasons) if reasons else phrase(ctx, verb)
        if named is not None and subject is not None:
            # "should they be declared not guilty": name whom "they" stands for
            text = re.sub(rf"\b{subject.text}\b", _np(named), text, count=1)
        sources = [ctx.actor_of(speaker)] if speaker is not None else []
        found.append(
            Dispute(
                [token.sent], None, sources=[s for s in sources if s], text=text, cue=token.text
            )
        )
    return found


def _criticised_decision(ctx: RuleContext, doc: Doc) -> list[Dispute]:
    """ "I am disappointed with the agency's decision to ...": the decision is disputed."""
    sentences = _sentences(doc)
    found: list[Dispute] = []
    seen: set[tuple[str | None, str]] = set()
    words = doc_words(doc)
    for token in (
        doc[i]
        for i, (lower, lemma) in enumerate(zip(words.lowers, words.lemmas, strict=True))
        if lower in _DISPLEASURE or lemma in _CONDEMN
    ):
        if token.lower_ in _DISPLEASURE:
            targets = [g for c in token.children if c.dep_ == "prep" for g in c.children]
        elif token.lemma_.lower() in _CONDEMN:
            targets = [c for c in token.children if c.dep_ == "dobj"]
        else:
            continue
        decision = next((t for t in targets if t.lemma_.lower() in lemma_set("decisions")), None)
        owner = next((c for c in decision.children if c.dep_ == "poss"), None) if decision else None
        if decision is None or owner is None:
            continue
        act = next((c for c in decision.children if c.dep_ == "acl"), None)
        words = [*owner.subtree, decision]
        if act is not None:
            obj = next((c for c in act.children if c.dep_ == "dobj"), None)
            words += [t for t in act.children if t.dep_ == "aux"] + [act]
            words += list(obj.subtree) if obj is not None else []
        words.sort(key=lambda t: t.i)
        text = f"Was {statement(words)[9:-1]} justified?"
        index = _index_of(sentences, token)
        evidence = [sentences[index]]
        for following in sentences[index + 1 : index + 3]:
            if _paragraph_break(doc, evidence[-1], following):
                break
            evidence.append(following)
        critic = clause_subject(token if token.pos_ == "VERB" else token.head)
        sides = [ctx.actor_of(owner), ctx.actor_of(critic)]
        if (sides[1], decision.lemma_.lower()) in seen:
            continue  # the same critic on the same decision again: one dispute
        seen.add((sides[1], decision.lemma_.lower()))
        found.append(
            Dispute(evidence, None, sources=[s for s in sides if s], text=text, cue=token.text)
        )
    return found


#: Verbs that name a thing as something ("called the ruling dangerous").
_NAMING = frozenset({"call", "label", "brand", "term", "deem"})


def _condemned_decision(ctx: RuleContext, doc: Doc) -> list[Dispute]:
    """ "called the ruling dangerous and ideological": was the ruling justified?"""
    condemning = lemma_set("condemnations")
    decisions = lemma_set("decisions")
    found: list[Dispute] = []
    for verb in (doc[i] for i, lemma in enumerate(doc_words(doc).lemmas) if lemma in _NAMING):
        if verb.lemma_.lower() not in _NAMING:
            continue
        verdicts = [c for c in verb.subtree if c.lemma_.lower() in condemning and c.pos_ == "ADJ"]
        if not verdicts:
            continue
        decision = next(
            (
                t
                for t in doc[verb.i + 1 : verdicts[0].i]
                if {t.lemma_.lower(), t.lower_} & decisions
            ),
            None,
        )
        if decision is None:
            continue
        start = next(
            (t.i for t in doc[verb.i + 1 : decision.i + 1] if t.pos_ in {"DET", "PROPN", "NOUN"}),
            decision.i,
        )
        thing = " ".join(t.text for t in doc[start : decision.i + 1] if not t.is_punct)
        thing = thing.replace(" 's", "'s")
        speaker = clause_subject(verb)
        sides = [ctx.actor_of(speaker)] if speaker is not None else []
        # the critic's words are an opinion, not the open matter: the decision is disputed,
        # asked as a criticised decision is ("Was the ruling justified?"), the critic its side
        text = f"Was {thing[:1].lower()}{thing[1:]} justified?"
        found.append(
            Dispute([verb.sent], None, sources=[s for s in sides if s], text=text, cue=verb.text)
        )
    return found


def _played_no_part(ctx: RuleContext, content: Span, roles: frozenset[str]) -> str | None:
    """ "her adviser played no part in the tender" -> "Did her adviser play a part in the
    tender?"; None where the content says no such thing."""
    lemmas = doc_words(content.doc).lemmas  # lowered: lets through every "play" and "have"
    for verb in (
        content.doc[i] for i in range(content.start, content.end) if lemmas[i] in {"play", "have"}
    ):
        if verb.lemma_ not in {"play", "have"}:
            continue
        role = next((c for c in verb.children if c.dep_ == "dobj"), None)
        subject = clause_subject(verb)
        if role is None or subject is None or role.lemma_.lower() not in roles:
            continue
        if not any(c.lower_ == "no" for c in role.children) and not is_negated(verb):
            continue
        preps = [c for c in [*role.children, *verb.children] if c.dep_ == "prep" and c.i > role.i]
        rest = [t for c in preps for t in c.subtree]
        tail = f" {statement(rest)[9:-1]}" if rest else ""
        tail = tail[:2].lower() + tail[2:] if rest and rest[0].pos_ != "PROPN" else tail
        return f"Did {_np(subject)} {verb.lemma_} a {role.lemma_.lower()}{tail}?"
    return None


def _named_sides(ctx: RuleContext, doc: Doc, claim: Claim) -> list[str]:
    """The actors a claim's source names: its own source, or, where the claims analysis
    gives none because the source is several bodies ("Both the school district and the
    police said"), the actors named inside the source phrase. A pronoun names nobody."""
    if claim.source:
        return [claim.source]
    if claim.source_span is None:
        return []
    span = char_span(doc, claim.source_span.start, claim.source_span.end)
    if span is None or not any(t.pos_ == "PROPN" for t in span):
        return []
    return list(
        dict.fromkeys(ctx.actor_at[i] for i in range(span.start, span.end) if i in ctx.actor_at)
    )


def _denied_role(ctx: RuleContext, doc: Doc, claims: list[Claim]) -> list[Dispute]:
    """ "X said religion was not a factor": a source denies a part in what happened."""
    roles = lemma_set("role_nouns")
    found: list[Dispute] = []
    for claim in claims:
        sides = _named_sides(ctx, doc, claim)
        if not sides:
            continue
        content = char_span(doc, claim.content.start, claim.content.end)
        if content is None:
            continue
        played = _played_no_part(ctx, content, roles)
        if played is not None:
            found.append(
                Dispute(
                    [content.sent],
                    None,
                    sources=sides,
                    claims=[claim.id] if claim.id else [],
                    text=played,
                    cue="no part",
                )
            )
            continue
        for verb in (t for t in content if t.lemma_ == "be" and t.dep_ != "aux"):
            negation = [c.i for c in verb.children if c.dep_ == "neg"]
            role = next((c for c in verb.children if c.dep_ == "attr"), None)
            if not negation or role is None or role.lemma_.lower() not in roles:
                continue
            text = phrase(ctx, verb, drop=negation)
            found.append(
                Dispute(
                    [content.sent],
                    None,
                    sources=sides,
                    claims=[claim.id] if claim.id else [],
                    text=text,
                    cue=f"not a {role.lower_}",
                )
            )
    return found


def find_contrasts(ctx: RuleContext, doc: Doc, claims: list[Claim]) -> list[Dispute]:
    """Disputes between sources that no denial word marks."""
    return [
        *_contrasting_sources(ctx, doc),
        *_negated_restatement(ctx, doc, claims),
        *_competing_figure(ctx, doc, claims),
        *rival_figures(ctx, doc, claims),
        *_plea_of_innocence(ctx, doc),
        *_criticised_decision(ctx, doc),
        *_condemned_decision(ctx, doc),
        *_denied_role(ctx, doc, claims),
        *opposite_states(doc, claims),
        *opposite_acts(doc, claims, ctx.actor_of, lambda verb, drop: phrase(ctx, verb, drop=drop)),
        *opposite_positions(ctx, doc, claims),
        *rival_claims(doc, claims, lambda verb, drop: phrase(ctx, verb, drop=drop)),
        *rival_causes(doc, claims),
        *mutual_blame(doc, claims),
        *unsupported_accounts(ctx, doc, claims),
        *denied_accusations(ctx, doc),
    ]
