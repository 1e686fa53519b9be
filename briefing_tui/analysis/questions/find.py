"""Open questions: what the article leaves unresolved.

Cues come from the lexicons (``question_cues``); each cue category has a rule
(``question_rules``) that reads the cue's scope in the dependency parse
(``question_scope``) and either raises a candidate question or lets the
clause stand as settled fact; a forecast must also be worth asking
(``question_salience``: a particular subject, an event rather than a
judgement, someone's words rather than the reporter's commentary).
Disputes come from comparing claims (``question_disputes``). Candidates from
one sentence become one question, questions on the same topic (same kind,
same subject actor, or "would" sentences spelling out the scenario just
before) merge, and the result is ranked by kind and by the
salience of the actors involved. Questions that repeat one another in nearly
the same words (a headline, a question the article asks, a quote) merge too,
subject or no subject. Phrasing is in ``question_phrasing``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing_tui.analysis.datelines import without_dateline
from briefing_tui.analysis.doctext import char_span, doc_text, doc_words, span_text
from briefing_tui.analysis.questions.account_pairs import account_pairs
from briefing_tui.analysis.questions.accusations import ACCUSED_CUE
from briefing_tui.analysis.questions.adjunct_cuts import (
    with_acronyms,
    without_asides,
    without_vague_tail,
)
from briefing_tui.analysis.questions.agenda import find_agenda
from briefing_tui.analysis.questions.agenda_asked import (
    agenda_veto,
    asked_by_outcome,
    name_bare_vote,
    vote_name,
)
from briefing_tui.analysis.questions.agents import acting, agentless, with_agent
from briefing_tui.analysis.questions.appeals import find_appeals
from briefing_tui.analysis.questions.apposed_claims import teller_owns
from briefing_tui.analysis.questions.appositions import name_by_apposition
from briefing_tui.analysis.questions.awaited import find_awaited
from briefing_tui.analysis.questions.causes import cause_vetoed_in, find_doubted_causes
from briefing_tui.analysis.questions.central import headline_share
from briefing_tui.analysis.questions.confidence import SHOW_AT, confidence
from briefing_tui.analysis.questions.contested_matters import find_contested_matters
from briefing_tui.analysis.questions.contrasts import extend_after_colon, find_contrasts
from briefing_tui.analysis.questions.courts import find_court_matters
from briefing_tui.analysis.questions.cues import find_cues, lemma_set
from briefing_tui.analysis.questions.dates import MONTHS_AND_DAYS
from briefing_tui.analysis.questions.decided_acts import find_decided_acts
from briefing_tui.analysis.questions.decisions_due import find_due_decisions
from briefing_tui.analysis.questions.disputes import (
    Dispute,
    decided_by_verdict,
    denial_of_a_claim,
    denied_question,
    from_claims,
    from_parse,
    fronted,
    reported_denials,
    reported_near,
    root_verb,
    same_source,
)
from briefing_tui.analysis.questions.earlier_accounts import earlier_account
from briefing_tui.analysis.questions.families import FAMILY_OF_CUE
from briefing_tui.analysis.questions.full_names import full_names
from briefing_tui.analysis.questions.garbled import garbled_veto
from briefing_tui.analysis.questions.grammar import owner_named_once
from briefing_tui.analysis.questions.inquiries import find_inquiries
from briefing_tui.analysis.questions.institution_names import with_institution_the
from briefing_tui.analysis.questions.leaning import LEANING_VETOES, leaning_veto, rescued
from briefing_tui.analysis.questions.lodged_appeals import body_decision_asked, find_lodged_appeals
from briefing_tui.analysis.questions.measures import name_measures
from briefing_tui.analysis.questions.meetings import find_agreed_meetings
from briefing_tui.analysis.questions.next_step import find_next_steps
from briefing_tui.analysis.questions.offers import find_offers
from briefing_tui.analysis.questions.outcomes import (
    announced_act,
    decided_later,
    set_event_outcome,
    told_as_done,
)
from briefing_tui.analysis.questions.phrasing import (
    capitalised_elsewhere,
    close_clitics,
    statement,
    without_odds,
)
from briefing_tui.analysis.questions.plans import find_plans
from briefing_tui.analysis.questions.pledge_merges import (
    merge_same_moves,
    names_the_mover,
    settled_move,
)
from briefing_tui.analysis.questions.pledges import find_pledges
from briefing_tui.analysis.questions.pronouns import name_pronoun, name_speaker
from briefing_tui.analysis.questions.reasons import held_reason
from briefing_tui.analysis.questions.references import (
    anchored_pronouns,
    bare_the,
    find_words,
    name_references,
    names_nothing,
    vague_reference,
)
from briefing_tui.analysis.questions.replies import (
    ACCOUNT_CUE,
    accused_clause,
    counter_claim,
    negative_account,
    replier,
    rival_accounts,
)
from briefing_tui.analysis.questions.reporter_bodies import name_reported_it
from briefing_tui.analysis.questions.requests import find_requests
from briefing_tui.analysis.questions.reviews import find_reviews
from briefing_tui.analysis.questions.rival_claims import RIVAL_CLAIM_CUES, asked_beside
from briefing_tui.analysis.questions.rival_figures import RIVAL_CUE
from briefing_tui.analysis.questions.rules import (
    RULES,
    Candidate,
    RuleContext,
    according_phrase,
    according_to,
    actor_index,
    is_role_word,
    phrase,
    with_the,
)
from briefing_tui.analysis.questions.rulings import name_made, name_rulings, name_sentence
from briefing_tui.analysis.questions.scope import clause_verb
from briefing_tui.analysis.questions.sessions import find_sessions
from briefing_tui.analysis.questions.settled import (
    announced_step,
    disclaimed_act,
    told_consequence,
)
from briefing_tui.analysis.questions.sides import (
    accused_named,
    both_sides,
    denier_owns,
    written_name,
)
from briefing_tui.analysis.questions.speaker_bodies import speaker_body
from briefing_tui.analysis.questions.speaker_owners import speaker_owner
from briefing_tui.analysis.questions.speaker_phrases import speaker_phrase
from briefing_tui.analysis.questions.stakes import names_a_decision
from briefing_tui.analysis.questions.standalone import (
    conceded,
    prize_told_as_certain,
    standalone_veto,
    swapped_person,
)
from briefing_tui.analysis.questions.talks import find_talks
from briefing_tui.analysis.questions.tense import asked_now, simple_past
from briefing_tui.analysis.questions.tied_bodies import tied_name_of
from briefing_tui.analysis.questions.unanchored import (
    named_by_actor,
    named_by_doer,
    unanchored_veto,
)
from briefing_tui.analysis.questions.unverified_accounts import find_unverified_accounts
from briefing_tui.analysis.questions.vetoes import (
    BARE_PRONOUNS,
    FINITE_OPENERS,
    first_half,
    phrase_veto,
    shortened,
)
from briefing_tui.analysis.questions.votes import find_dated_votes
from briefing_tui.analysis.sentences import doc_sentences
from briefing_tui.analysis.syntax import has_nominal_subject
from briefing_tui.model import (
    QUESTION_KIND_INFO,
    Actor,
    ActorKind,
    Claim,
    ClaimKind,
    Question,
    QuestionKind,
    Span,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan
    from spacy.vocab import Vocab


_ANAPHORIC = frozenset({"that", "this", "these", "those"})
#: Conjunctions that give a reason: a claim they open is background, not what is denied.
_REASON_MARKS = frozenset({"since", "because", "as"})


def _points_back_to_claim(denied: Token) -> bool:
    """Whether a denied phrase points back to a claim told before it: "that figure", a
    bare "that" ("Tom Reed disputes that."), "the claim"."""
    if any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in denied.children):
        return True
    if denied.lower_ in _ANAPHORIC and not list(denied.children):
        return True  # the tagger may take a bare "that" for a conjunction
    return denied.lemma_.lower() in lemma_set("claim_nouns") and bare_the(denied)


def _demonstrative(denied: Token) -> bool:
    """Whether a denied phrase is "that <noun>"/"this <noun>", which points back whatever
    came before; a bare "that" or "the claim" points back only to a statement."""
    return any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in denied.children)


def _states_something(verb: Token) -> bool:
    """Whether a claim's predicate states something: a finite verb with a subject ("the
    government held talks"), not a request's infinitive ("to delay the trial")."""
    finite = verb.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"MD", "VBD", "VBZ", "VBP"}
        for c in verb.children
    )
    return finite and has_nominal_subject(verb)


#: How many sentences back "that account" may reach for a claim stating something of a named
#: thing, past the quotes that illustrate it.
ANAPHOR_REACH = 5


def _states_of_a_named_thing(doc: Doc, claim: Claim) -> bool:
    """Whether a claim's predicate has a subject that is no pronoun and no "there"."""
    content = char_span(doc, claim.content.start, claim.content.end)
    if content is None or not len(content):
        return False
    verb = root_verb(content)
    # the parse may take a content's opening "that" for a second subject ("that, as part of
    # the deal, Valdoria had agreed ...")
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"} for c in verb.children
    )


def _answer_anaphor(ctx: RuleContext, dispute: Dispute, claims: list[Claim]) -> None:
    """ "rejected that figure": ask the claim "that figure" points back to, by another source.

    The nearest earlier claim within two sentences, by a source other than the
    denier, becomes what is contested; its sentence joins the evidence.
    """
    denied = dispute.denied
    if denied is None or dispute.contested is not None:
        return
    sent = denied.sent
    doc = sent.doc
    # a closing quotation mark the parser leaves as a sentence of its own is no sentence
    lowers = doc_words(doc).lowers
    sentences = [
        s
        for s in doc_sentences(doc)
        if s.start == sent.start or any(w.isalpha() for w in lowers[s.start : s.end])
    ]
    index = next(i for i, s in enumerate(sentences) if s.start == sent.start)
    if _answer_reply(ctx, dispute, claims, sentences, index):
        return
    if not _points_back_to_claim(denied):
        return
    window = sentences[max(0, index - 2) : index + 1]
    denier = ctx.actor_of(next((c for c in denied.head.children if c.dep_ == "nsubj"), None))
    earlier = [
        c
        for c in claims
        if window[0].start_char <= c.content.start < denied.idx and c.source != denier
    ]
    if not earlier:
        return
    # "rejected that account": the nearest claim that states something of a named thing,
    # not a quote's "it didn't come back" or "there were trucks" that illustrates it
    wider = sentences[max(0, index - ANAPHOR_REACH)].start_char
    stating = [
        c
        for c in claims
        if wider <= c.content.start < denied.idx
        and c.source != denier
        and _states_of_a_named_thing(doc, c)
    ]
    # "that reading of the report": the claim that tells of the report, if one does
    about = _told_of(denied)
    on_it = [c for c in stating if about and about & _content_lemmas_of(doc, c)]
    # "disputed that account": the account reported, not a quote that argues around it
    reported = [c for c in stating if c.kind != ClaimKind.DIRECT]
    claim = max(on_it or reported or stating or earlier, key=lambda c: c.content.start)
    content = char_span(doc, claim.content.start, claim.content.end)
    if content is None:
        return
    contested = root_verb(content)
    if any(c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in contested.children):
        return  # "since she was his mentor" gives a reason; the denial is not about it
    if not _demonstrative(denied) and not _states_something(contested):
        return  # "denies the charges" after "asked to delay the trial": no claim it denies
    dispute.contested = contested
    claim_sent = next(s for s in sentences if s.start <= content.start < s.end)
    if claim_sent.start != sent.start:
        dispute.sentences.insert(0, claim_sent)
    dispute.sources = [s for s in (claim.source, *dispute.sources) if s]
    if claim.id:
        dispute.claims.append(claim.id)


def _told_of(denied: Token) -> set[str]:
    """What a statement noun is of ("that reading *of the report*", "their account *of the
    talks*"), as lemmas of its nouns."""
    return {
        g.lemma_.lower()
        for c in denied.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.subtree
        if g.pos_ in {"NOUN", "PROPN"}
    }


def _content_lemmas_of(doc: Doc, claim: Claim) -> set[str]:
    content = char_span(doc, claim.content.start, claim.content.end)
    return {t.lemma_.lower() for t in content} if content is not None else set()


def _answer_reply(
    ctx: RuleContext, dispute: Dispute, claims: list[Claim], sentences: list[DocSpan], index: int
) -> bool:
    """ "Estravia rejected the account": the act another side's claim told of Estravia is
    what is disputed (``replies.accused_clause``); whether one was found."""
    denied = dispute.denied
    assert denied is not None
    if denied.lemma_.lower() not in lemma_set("claim_nouns"):
        return False
    speaker = replier(denied)
    since = sentences[max(0, index - ANAPHOR_REACH)].start_char
    found = accused_clause(denied.doc, denied, speaker, claims, since)
    if found is None and _answer_by_counter(ctx, dispute, claims, sentences, index):
        return True
    if found is None and dispute.cue == ACCOUNT_CUE:
        # "Holt gave a different account": the account told just before, of anything
        found = earlier_account(denied.doc, denied, speaker, claims, sentences)
    if found is None:
        return False
    claim, clause = found
    dispute.contested = clause
    dispute.cue = "reply"  # asked by the clause that tells of the replying side
    claim_sent = next(s for s in sentences if s.start <= clause.i < s.end)
    if claim_sent.start != denied.sent.start:
        dispute.sentences.insert(0, claim_sent)
    replying = ctx.actor_of(speaker) if speaker is not None else None
    dispute.sources = [s for s in (claim.source, replying, *dispute.sources) if s]
    if claim.id:
        dispute.claims.append(claim.id)
    return True


def _answer_by_counter(
    ctx: RuleContext, dispute: Dispute, claims: list[Claim], sentences: list[DocSpan], index: int
) -> bool:
    """ "Marrenland said it had only accepted language on the transition. That account was
    contradicted by the presidency. A senior official said Brenn's deputy had accepted the
    2040 date": a reply to a negative account is asked by the counter-claim that follows it,
    the account's source as the side that denies it; whether one was found."""
    denied = dispute.denied
    assert denied is not None
    if not _demonstrative(denied):
        return False
    doc = denied.doc
    since = sentences[max(0, index - 2)].start_char
    before = [
        c
        for c in claims
        if since <= c.content.start < denied.sent.start_char and _states_of_a_named_thing(doc, c)
    ]
    if not before:
        return False
    account = max(before, key=lambda c: c.content.start)
    content = char_span(doc, account.content.start, account.content.end)
    if content is None or not negative_account(root_verb(content)):
        return False
    following = sentences[index + 1] if index + 1 < len(sentences) else None
    counter = counter_claim(doc, denied.sent, account, claims, following)
    if counter is None or not counter.id or not account.id:
        return False
    if same_source(doc, account, counter, by_heads=True):
        return False
    said = char_span(doc, counter.content.start, counter.content.end)
    if said is None or negative_account(root_verb(said)):
        return False
    dispute.contested = root_verb(said)
    dispute.cue = "reply"
    account_sent = next(s for s in sentences if s.start <= content.start < s.end)
    counter_sent = next(s for s in sentences if s.start <= said.start < s.end)
    dispute.sentences = list(
        {s.start: s for s in (account_sent, denied.sent, counter_sent)}.values()
    )
    dispute.sources = [s for s in (counter.source, account.source) if s]
    dispute.claims = [counter.id, account.id]
    return True


def _disputed(ctx: RuleContext, dispute: Dispute) -> Candidate:
    """A disputed question from two sides of one matter; its actors name both sides."""
    text = statement(dispute.sentences[-1])
    if dispute.contested is None and dispute.denied is not None:
        text = denied_question(dispute.denied.head, dispute.denied) or text
    if dispute.text is not None:
        text = dispute.text
    elif dispute.contested is not None:
        contested = clause_verb(dispute.contested)
        while contested.dep_ == "xcomp" and not has_nominal_subject(contested):
            contested = contested.head
        marks = [c.i for c in contested.children if c.dep_ == "mark"]
        # "fired only after the guards crossed": "only" bounds the "after", not the crossing
        marks += [
            c.i
            for c in contested.children
            if c.dep_ == "advmod" and marks and c.i < min(marks) and c.i < contested.i
        ]
        marks += fronted(contested)
        for token in contested.subtree:
            if token.lower_ == "according":
                marks.extend(according_phrase(token))
        text = phrase(ctx, contested, drop=[*marks, *dispute.drop])
    actors = list(dict.fromkeys(dispute.sources))
    for actor_id in ctx.actors_in(dispute.sentences):
        if actor_id not in actors:
            actors.append(actor_id)
    return Candidate(
        QuestionKind.DISPUTED, list(dispute.sentences), text, None, actors, list(dispute.claims)
    )


# --- merging and ranking ------------------------------------------------------


def _priority(kind: QuestionKind) -> int:
    """Which kind wins when one sentence carries cues of several kinds (higher wins)."""
    return QUESTION_KIND_INFO[kind].priority


def _strength(candidate: Candidate) -> tuple[bool, bool, int]:
    """How a candidate ranks against another of its sentence: askable, sure, its kind."""
    return candidate.veto is None, candidate.weak is None, _priority(candidate.kind)


def _one_per_sentence(candidates: list[Candidate]) -> list[Candidate]:
    """Keep, for each sentence, the candidate of the strongest kind."""
    best: dict[int, Candidate] = {}
    for candidate in candidates:
        key = candidate.sentences[-1].start
        kept = best.get(key)
        # a question that can be asked beats one that cannot, one asked surely beats one
        # asked weakly, then the stronger kind wins
        if kept is None or _strength(candidate) > _strength(kept):
            best[key] = candidate
        elif _strength(candidate) == _strength(kept) and names_the_mover(candidate, kept):
            best[key] = candidate  # "Will the government ...?": the pledge names who
    # a dispute spanning two sentences also covers the earlier one
    covered = {
        s.start for c in best.values() if c.kind == QuestionKind.DISPUTED for s in c.sentences[:-1]
    }
    kept = [
        c
        for key, c in sorted(best.items())
        if not (key in covered and c.kind != QuestionKind.DISPUTED)
    ]
    return _second_matters(candidates, kept)


def _second_matters(candidates: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """Add a sentence's second open matter, asked by another family about other words.

    "The board has promised to hire 50 nurses by May, but has not said where the money
    will come from" holds a pledge and an unknown: both are asked. Disputes stay alone.
    """
    chosen = {c.sentences[-1].start: c for c in kept}
    extra: list[Candidate] = []
    for candidate in candidates:
        lead = chosen.get(candidate.sentences[-1].start)
        if lead is None or candidate is lead or candidate.veto is not None:
            continue
        if QuestionKind.DISPUTED in {lead.kind, candidate.kind} or candidate.family == lead.family:
            continue
        if any(c.family == candidate.family for c in extra if c.sentences == candidate.sentences):
            continue
        lead_words = set(re.findall(r"[a-z]{4,}", lead.text.lower()))
        words = set(re.findall(r"[a-z]{4,}", candidate.text.lower()))
        if words and len(words & lead_words) <= len(words) // 3:
            extra.append(candidate)
    return sorted([*kept, *extra], key=lambda c: c.sentences[-1].start)


def _link_claims(candidates: list[Candidate], claims: list[Claim]) -> None:
    """Attach to each question the claims whose content lies in its sentences."""
    ordered = sorted((c.content.start, c.id) for c in claims if c.id)
    starts = [start for start, _id in ordered]
    for candidate in candidates:
        for sent in candidate.sentences:
            low = bisect_left(starts, sent.start_char)
            high = bisect_left(starts, sent.end_char)
            for _start, claim_id in ordered[low:high]:
                if claim_id not in candidate.claims:
                    candidate.claims.append(claim_id)


def _continues(previous: Candidate, candidate: Candidate) -> bool:
    """Whether ``candidate`` goes on spelling out the scenario ``previous`` imagines.

    "If the plant closed, the town would lose its employer. The bakery would
    follow." asks one question, not two: a "would" sentence right after a
    hypothetical one carries on its scenario. A new "if" opens a new one.
    """
    return (
        previous.hypothetical
        and candidate.hypothetical
        and candidate.kind == QuestionKind.EXPECTATION
        and previous.kind != QuestionKind.DISPUTED
        and previous.sentences[-1].end == candidate.sentences[0].start
    )


def _absorb(kept: Candidate, candidate: Candidate) -> None:
    kept.sentences.extend(candidate.sentences)
    kept.actors.extend(a for a in candidate.actors if a not in kept.actors)
    kept.claims.extend(c for c in candidate.claims if c not in kept.claims)


def _asks_better(candidate: Candidate, kept: Candidate) -> bool:
    """Whether ``candidate``'s question should replace ``kept``'s in their merge: it passes
    the phrase vetoes where ``kept``'s fails, or it is sure where ``kept``'s is weak."""
    if phrase_veto(candidate):
        return False
    return bool(phrase_veto(kept)) or (kept.weak is not None and candidate.weak is None)


def _merge_topics(candidates: list[Candidate]) -> list[Candidate]:
    """Merge candidates of the same kind about the same subject actor, and hypothetical chains."""
    merged: list[Candidate] = []
    by_topic: dict[tuple[str, str], Candidate] = {}
    for candidate in candidates:
        if merged and _continues(merged[-1], candidate):
            _absorb(merged[-1], candidate)
            continue
        if candidate.subject_actor is None or candidate.kind == QuestionKind.DISPUTED:
            merged.append(candidate)
            continue
        key = (candidate.kind, candidate.subject_actor)
        kept = by_topic.get(key)
        if kept is None:
            by_topic[key] = candidate
            merged.append(candidate)
            continue
        if _asks_better(candidate, kept):
            # ask the topic the way a reader would, where one can
            kept.text, kept.weak = candidate.text, candidate.weak
        _absorb(kept, candidate)
    return merged


#: Words of a question's frame, not of its topic.
_FRAME_WORDS = frozenset({"unclear", "not", "n't", "also", "still", "even", "actually", "really"})
#: The share of the shorter question's topic words the longer one must hold to repeat it.
DUPLICATE_SHARE = 0.75


def _topic_words(candidate: Candidate, vocab: Vocab) -> frozenset[str]:
    """The content words of a candidate's question, lower-cased, stop words left out."""
    words = re.findall(r"[a-z0-9][a-z0-9'’.-]*[a-z0-9]|[a-z0-9]", candidate.text.lower())
    topic = frozenset(
        _stem(w) for w in words if w not in _FRAME_WORDS and not vocab[w].is_stop and len(w) > 1
    )
    return topic or frozenset(words)  # "Will it be?": only the words themselves tell it apart


def _stem(word: str) -> str:
    """A rough stem, so "released", "releases" and "release" compare equal."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") or word


def _repeats(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two questions' topic words are nearly the same (one restates the other)."""
    if first == second:
        return True  # the same words: "Will it happen?" asked twice is one question
    shorter = min(len(first), len(second))
    shared = len(first & second)
    if shorter < 2 or shared < DUPLICATE_SHARE * shorter:
        return False
    # a short question ("Will Ann Lee be there?") repeats a long one only if it is most of it
    return shared >= 3 or shared >= 0.5 * max(len(first), len(second))


def _merge_repeats(candidates: list[Candidate], vocab: Vocab) -> list[Candidate]:
    """Merge questions that ask the same thing in nearly the same words.

    Topic merging needs a subject; a headline, a question the article asks
    and a quote may repeat one question where the parse finds none ("Will she
    be at the debate?" three times). Repeats chain: a question that restates
    two others joins them all. Disputes stay apart: each names its sides.
    """
    words = [_topic_words(c, vocab) for c in candidates]
    group = list(range(len(candidates)))

    def find(index: int) -> int:
        while group[index] != index:
            group[index] = group[group[index]]
            index = group[index]
        return index

    for later, candidate in enumerate(candidates):
        if candidate.kind == QuestionKind.DISPUTED:
            continue
        for earlier in range(later):
            if candidates[earlier].kind != QuestionKind.DISPUTED and _repeats(
                words[earlier], words[later]
            ):
                first, second = sorted((find(earlier), find(later)))
                group[second] = first  # the earliest question leads its group
    merged: list[Candidate] = []
    for index, candidate in enumerate(candidates):
        lead = candidates[find(index)]
        if lead is candidate:
            merged.append(candidate)
            continue
        # a body sentence asks better than a headline ("Will city ban cars from old town?")
        headline_lead = _headline_only(lead) and not _headline_only(candidate)
        if _asks_better(candidate, lead) or (headline_lead and not phrase_veto(candidate)):
            lead.text, lead.weak = candidate.text, candidate.weak  # its question, as sure
        if _priority(candidate.kind) > _priority(lead.kind):
            lead.kind = candidate.kind
        _absorb(lead, candidate)
    return merged


_NAME_WORD = re.compile(r"(?<=\s)[A-Z][\w’'-]*")


def _names(text: str) -> frozenset[str]:
    """The capitalised words of a question after its first word ("Halden", "March")."""
    return frozenset(_NAME_WORD.findall(text))


def _merge_named_repeats(candidates: list[Candidate], vocab: Vocab) -> None:
    """Merge shown questions that, once named, ask about one matter: the same names, one
    date among them, and nearly the same other words ("Will the Halden council vote on the
    Harbor Line extension on March 3?", "Will the Halden council approve the Harbor Line
    extension ... on March 3?").
    Both name the matter alike, so the earlier stays (a question left vague was held back
    before); the later one's evidence joins it and it is marked merged."""
    words = [_topic_words(c, vocab) for c in candidates]
    gone: set[int] = set()
    for later, candidate in enumerate(candidates):
        if candidate.kind == QuestionKind.DISPUTED:
            continue
        for earlier in range(later):
            lead = candidates[earlier]
            if earlier in gone or lead.kind == QuestionKind.DISPUTED:
                continue
            names = _names(lead.text)
            if names != _names(candidate.text) or not {n.lower() for n in names} & MONTHS_AND_DAYS:
                continue  # one matter: the same names, a day or month among them
            named = {_stem(n.lower()) for n in names}
            if not _repeats(words[earlier] - named, words[later] - named):
                continue  # the same names, other words: "repeal" and "suspend" are two asks
            _absorb(lead, candidate)
            candidate.veto = "merged"
            gone.add(later)
            break


def _headline_only(candidate: Candidate) -> bool:
    """Whether a candidate's question comes from a line with no closing punctuation."""
    return _headline_line(candidate.sentences[0])


def _headline_line(sentence: DocSpan) -> bool:
    """Whether a sentence is a line with no closing punctuation (a headline), or the
    title said again with a full stop under it."""
    words = [t for t in sentence if not t.is_space]
    if not words or not _whole_line(words[0], words[-1]):
        return False  # the parser may end a sentence mid-line, at no punctuation
    if words[-1].text not in {".", "!", "?", "”", '"', "’", "'", ")"}:
        return True
    title = next(iter(sentence.doc.sents), None)
    return (
        title is not None
        and title.start != sentence.start
        and _bare(title.text) == _bare(sentence.text)
    )


def _whole_line(first: Token, last: Token) -> bool:
    """Whether the words from ``first`` to ``last`` fill a line of the text."""
    text = doc_text(first.doc)
    before = text[: first.idx].rstrip(" \t")
    after = text[last.idx + len(last.text) :].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _bare(text: str) -> str:
    return " ".join(text.split()).rstrip(".").lower()


def _overlaps(first: Span, second: Span) -> bool:
    """Whether two spans share most of the longer one."""
    shared = min(first.end, second.end) - max(first.start, second.start)
    return shared > 0.5 * max(first.end - first.start, second.end - second.start)


def _evidence(sentences: list[DocSpan]) -> list[Span]:
    spans: list[Span] = []
    for sent in sentences:
        text = span_text(sent)
        start = sent.start_char + (len(text) - len(text.lstrip()))
        span = Span(start, sent.start_char + len(text.rstrip()))
        if span not in spans and span.end > span.start:
            spans.append(span)
    return sorted(spans, key=lambda s: s.start)


#: How much of the article counts as its lead, whose open matters rank first.
LEAD_SHARE = 0.25


def _lead_weight(candidate: Candidate) -> float:
    """1.0 for a question from the article's opening, falling to 0 at ``LEAD_SHARE`` past it.

    A news article puts its main open matter (the vote, the ruling, the deadline) first.
    """
    sent = candidate.sentences[0]
    length = max(1, len(doc_text(sent.doc)))
    share = sent.start_char / length
    return max(0.0, 1.0 - share / LEAD_SHARE)


#: How much the lead's own pending decision (an agenda event) adds to a question's rank.
STORY_DECISION_WEIGHT = 0.4


def _story_decision(candidate: Candidate) -> bool:
    """Whether a question asks the event the article's lead puts ahead of it ("will go to a
    vote of the full council next Tuesday"): the story's own pending decision."""
    return candidate.family == "agenda" and _lead_weight(candidate) > 0.0


#: How much naming the headline's matter adds to a question's rank.
HEADLINE_WEIGHT = 0.3
#: How much a pending decision of a deciding body adds to a question's rank.
DECISION_WEIGHT = 0.5


#: How much asking a speaker's quoted words (not the reporter's) takes from a question's
#: rank: a quote's forecast is more often rhetoric than a matter to follow.
QUOTE_WEIGHT = 0.2
#: The most questions the pane shows; the rest, ranked lower, are held back. A long story
#: with seven open matters of its own keeps them all; more is a list nobody reads.
MAX_SHOWN = 7


def _quoted_share(candidate: Candidate) -> float:
    """The share of the question's words (after its opening word) that come from inside
    quotation marks in its sentences: 1.0 for a question that only restates a quote."""
    quoted: set[str] = set()
    for sent in candidate.sentences:
        inside = False
        for token in sent:
            if token.tag_ in {"``", "''"} or token.text in {'"', "“", "”"}:
                inside = (
                    token.tag_ == "``" or token.text == "“" or (token.text == '"' and not inside)
                )
                continue
            if inside:
                quoted.add(token.lower_)
    words = [w.strip(",?.").lower() for w in candidate.text.split()[1:]]
    words = [w for w in words if w]
    return sum(w in quoted for w in words) / len(words) if words else 0.0


def _rank(candidates: list[Candidate], actors: list[Actor]) -> list[Question]:
    """Questions ranked by importance: the salience of their actors, their kind, how sure
    the analysis is, whether the article's lead raises them, and their support."""
    salience = {a.id: a.salience for a in actors}
    top = max(salience.values(), default=0.0) or 1.0
    scored: list[tuple[float, int, Candidate]] = []
    for order, candidate in enumerate(candidates):
        actor_weight = max((salience.get(a, 0.0) / top for a in candidate.actors), default=0.0)
        support = min(0.2, 0.05 * (len(candidate.sentences) - 1))
        score = (
            0.4 * QUESTION_KIND_INFO[candidate.kind].weight
            + 0.3 * actor_weight
            + 0.3 * candidate.confidence
            + 0.2 * _lead_weight(candidate)
            + support
            # the decision a court, chamber or agency has still to take leads the pane
            + DECISION_WEIGHT * names_a_decision(candidate.text, candidate.sentences)
            # the matter the headline names is the story's central one
            + HEADLINE_WEIGHT * headline_share(candidate.text, doc_text(candidate.sentences[0].doc))
            # the vote, ruling or deadline the lead puts ahead is the story's own decision
            + STORY_DECISION_WEIGHT * _story_decision(candidate)
            - QUOTE_WEIGHT * (_quoted_share(candidate) >= 0.6)
        )
        scored.append((score, order, candidate))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [
        Question(
            id=f"q{rank}",
            question=candidate.text,
            kind=candidate.kind,
            evidence=_evidence(candidate.sentences),
            actors=list(candidate.actors),
            claims=list(candidate.claims),
            score=min(1.0, score),
            confidence=round(candidate.confidence, 4),
            held_because=held_reason(candidate),
        )
        for rank, (score, _order, candidate) in enumerate(scored, start=1)
    ]


@dataclass(slots=True)
class Finding:
    """One candidate as ``--explain`` tells it: what raised it and what became of it."""

    family: str
    kind: QuestionKind | None
    confidence: float
    #: The question as phrased, or None where the rule raised nothing.
    question: str | None
    #: The veto that removed it, "merged", "below threshold", or None when shown.
    veto: str | None
    sentence: Span
    cue: str = ""


@dataclass(slots=True)
class QuestionReport:
    """Every candidate of one article and the questions shown from them."""

    shown: list[Question] = field(default_factory=list)
    #: Phrased and not vetoed, but below the confidence threshold.
    held: list[Question] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def _sentence_span(sent: DocSpan) -> Span:
    return _evidence([sent])[0] if span_text(sent).strip() else Span(sent.start_char, sent.end_char)


def _finding(candidate: Candidate) -> Finding:
    return Finding(
        candidate.family,
        candidate.kind,
        candidate.confidence,
        candidate.text,
        candidate.veto,
        _sentence_span(candidate.sentences[-1]),
        candidate.cue,
    )


def _institutional(ctx: RuleContext, doc: Doc) -> tuple[list[Candidate], list[Finding]]:
    """The pending decisions of courts, chambers and regulators (``courts``, ``appeals``,
    ``next_step``, ``reviews``), the matters inquiries are into (``inquiries``), and the
    findings of those their vetoes removed."""
    found: list[Candidate] = []
    findings: list[Finding] = []
    finders = (
        ("agenda", find_agenda),  # a dated outcome asks the matter better than its steps
        ("court", find_court_matters),
        ("court", find_appeals),
        ("court", find_lodged_appeals),
        ("chamber", find_next_steps),
        ("review", find_reviews),
        ("inquiry", find_inquiries),
        ("cause", find_doubted_causes),
        ("awaited", find_awaited),
        ("offer", find_offers),
        ("vote", find_dated_votes),
        ("meeting", find_agreed_meetings),
        ("session", find_sessions),
        ("due", find_decided_acts),
        ("due", find_due_decisions),
        ("talks", find_talks),
    )
    for family, finder in finders:
        raised, vetoed = finder(ctx, doc)
        found.extend(raised)
        findings.extend(
            Finding(family, None, 0.0, None, veto, _sentence_span(cue.sent), cue.text)
            for veto, cue in vetoed
        )
    return found, findings


def _raise(
    ctx: RuleContext, doc: Doc, claims: list[Claim]
) -> tuple[list[Candidate], list[Finding]]:
    """Run every family's rule; the candidates raised and the cues each rule vetoed."""
    cues = find_cues(doc)
    # a court's pending decision asks a sentence's matter better than its cue words do
    candidates, refused = _institutional(ctx, doc)
    for cue in cues:
        rule = RULES.get(cue.category)
        if rule is None:
            continue
        family = FAMILY_OF_CUE[cue.category].name
        cue_text = doc[cue.start : cue.end].text
        ctx.vetoed = None
        found = rule(ctx, cue)
        if found is None:
            sent = cue.tokens[0].sent
            veto = ctx.vetoed or "not-open"
            refused.append(Finding(family, None, 0.0, None, veto, _sentence_span(sent), cue_text))
            continue
        found.family, found.cue = family, cue_text
        candidates.append(found)
    candidates.extend(find_plans(ctx, doc))
    # a named actor's announced moves; a family that asks a sentence as well goes first
    pledged, unpledged = find_pledges(ctx, doc, claims)  # a named actor's announced moves
    candidates.extend(pledged)
    refused.extend(
        Finding("pledge", None, 0.0, None, veto, _sentence_span(verb.sent), verb.text)
        for veto, verb in unpledged
    )
    requested, unanswered = find_requests(ctx, doc, claims)
    candidates.extend(requested)
    for veto, cue_word in unanswered:
        span = _sentence_span(cue_word.sent)
        refused.append(Finding("request", None, 0.0, None, veto, span, cue_word.text))
    vouched, attributions = according_to(ctx, doc)
    for found in vouched:
        found.family, found.cue = "unverified", "according to"
    candidates.extend(vouched)
    # "Her account could not be independently verified": the account told just before
    checked, unchecked = find_unverified_accounts(ctx, doc, claims)
    candidates.extend(checked)
    refused.extend(
        Finding("unverified", None, 0.0, None, veto, _sentence_span(verb.sent), verb.text)
        for veto, verb in unchecked
    )
    denial_cues = [c for c in cues if c.category == "denials" and denial_of_a_claim(c)]
    nearby = [
        *reported_denials(denial_cues, ctx.actor_of),
        *reported_near(doc, denial_cues, ctx.actor_of),
    ]
    given = list(claims)
    for extra in nearby:  # the claims module's own claims come first
        if not any(_overlaps(extra.content, c.content) for c in given):
            given.append(extra)
    all_claims = sorted([*given, *attributions], key=lambda c: c.content.start)
    disputes = from_claims(doc, all_claims, denial_cues)
    disputed_sentences = {d.sentences[-1].start for d in disputes}
    disputes.extend(
        d for d in from_parse(denial_cues) if d.sentences[-1].start not in disputed_sentences
    )
    # "Tarsk's defence ministry gave a sharply different account": a reply no denial cue marks
    replied = {s.start for d in disputes for s in d.sentences}
    disputes.extend(d for d in rival_accounts(doc) if d.sentences[-1].start not in replied)
    # "the two sides are at odds over what the offer is worth": the narrator names the matter
    flagged, unflagged = find_contested_matters(doc, all_claims, ctx.name_of)
    disputes.extend(flagged)
    # "the two companies gave sharply different accounts": the two accounts told after it
    replied = {s.start for d in disputes for s in d.sentences}
    paired = [d for d in account_pairs(doc, all_claims) if d.sentences[0].start not in replied]
    disputes.extend(paired)
    refused.extend(
        Finding("dispute", None, 0.0, d.text, d.veto, _sentence_span(d.sentences[0]), d.cue)
        for d in unflagged
    )
    extend_after_colon(doc, disputes)
    for contrast in find_contrasts(ctx, doc, all_claims):
        if contrast.veto is not None:
            if contrast.cue == ACCUSED_CUE:  # admitted later: no denial of it is asked either
                disputes = [d for d in disputes if not _shares_sentence(d, contrast)]
            span = _sentence_span(contrast.sentences[-1])
            refused.append(Finding("dispute", None, 0.0, contrast.text, contrast.veto, span))
            continue
        covering = [d for d in disputes if _shares_sentence(d, contrast)]
        # "denied these allegations:" asks nothing; a matter both sides name does
        subsumed = [d for d in covering if _asks_less(contrast, d)]
        if subsumed:
            disputes = [d for d in disputes if d not in subsumed]
        if subsumed or not covering or asked_beside(contrast, covering):
            disputes.append(contrast)
    asked: set[str] = set()
    answered: set[int] = set()  # the claim clauses asked: two replies to one are one dispute
    contested: set[int] = set()  # the clauses any dispute asks
    for dispute in disputes:
        _answer_anaphor(ctx, dispute, all_claims)
        flagged_pair = any(dispute is d for d in paired)
        if flagged_pair and dispute.contested is not None and dispute.contested.i in contested:
            span = _sentence_span(dispute.sentences[-1])  # asked by another dispute already
            refused.append(Finding("dispute", None, 0.0, None, "same-dispute", span))
            continue
        if dispute.contested is not None:
            contested.add(dispute.contested.i)
        found = _disputed(ctx, dispute)
        if dispute.cue == ACCOUNT_CUE:  # "gave a different account" of nothing found before
            span = _sentence_span(found.sentences[-1])
            refused.append(Finding("dispute", None, 0.0, found.text, "reply-unanswered", span))
            continue
        _name_both_sides(ctx, doc, dispute, found, all_claims, refused)
        if decided_by_verdict(dispute):  # "had denied the charges" and the jury convicted him
            span = _sentence_span(found.sentences[-1])
            refused.append(Finding("dispute", None, 0.0, found.text, "decided-by-verdict", span))
            continue
        if dispute.cue == "reply" and dispute.contested is not None:
            if dispute.contested.i in answered:  # a second reply to the same account
                span = _sentence_span(found.sentences[-1])
                refused.append(Finding("dispute", None, 0.0, found.text, "same-dispute", span))
                continue
            answered.add(dispute.contested.i)
        if found.text in asked:  # one matter disputed twice is one dispute
            span = _sentence_span(found.sentences[-1])
            refused.append(Finding("dispute", None, 0.0, found.text, "same-dispute", span))
            continue
        asked.add(found.text)
        found.family, found.cue = "dispute", dispute.cue
        candidates.append(found)
    # a cause in doubt told later, or of an unnamed thing, is asked by no family
    vetoes = [
        (c, cause_vetoed_in(c.sentences[-1]) if c.family not in {"cause", "dispute"} else None)
        for c in candidates
    ]
    # a move told later as done or called off is asked by no family either
    vetoes = [(c, veto or settled_move(c, unpledged)) for c, veto in vetoes]
    refused.extend(
        Finding(c.family, None, 0.0, c.text, veto, _sentence_span(c.sentences[-1]))
        for c, veto in vetoes
        if veto is not None
    )
    return [c for c, veto in vetoes if veto is None], refused


def _name_both_sides(
    ctx: RuleContext,
    doc: Doc,
    dispute: Dispute,
    found: Candidate,
    claims: list[Claim],
    refused: list[Finding],
) -> None:
    """A denial paired with the claim it denies asks that claim, both sources named
    ("..., as fishermen say and the mill denies?"), where it can (``sides.py``)."""
    if dispute.cue == "denial" and dispute.text is None:
        found.text = denier_owns(ctx, dispute.sentences[-1], found.text)
        found.text = teller_owns(ctx, dispute.sentences[-1], dispute.contested, found.text)
        found.text = accused_named(ctx, dispute.contested, dispute.sentences[-1], found.text)
    if dispute.cue not in {"denial", "reply"} or dispute.text is not None or not dispute.claims:
        return
    by_id = {c.id: c for c in claims if c.id}
    if not all(i in by_id for i in dispute.claims):
        return
    denier: Claim | str | None
    if len(dispute.claims) == 2:
        claimed, denier = (by_id[i] for i in dispute.claims)
    elif len(dispute.claims) == 1 and dispute.denied is not None:
        # "Corvina Lines has rejected that account": the subject of the denial names it
        claimed = by_id[dispute.claims[0]]
        subject = replier(dispute.denied)  # "Velkov told TRK that Velmora's version ..."
        named = tied_name_of(ctx)(subject) if subject is not None else None
        denier = named or (written_name(subject) if subject is not None else None)
    else:
        return
    # a reply denies the one clause of the claim that tells of the replying side
    verb = dispute.contested if dispute.cue == "reply" else None
    text, veto = both_sides(ctx, doc, claimed, denier, claims, list(dispute.sentences), verb)
    if text is not None:
        found.text = text
    else:
        span = _sentence_span(dispute.sentences[-1])
        refused.append(Finding("dispute", None, 0.0, found.text, veto, span))


def _shares_sentence(first: Dispute, second: Dispute) -> bool:
    starts = {s.start for s in first.sentences}
    return any(s.start in starts for s in second.sentences)


def _asks_less(contrast: Dispute, denial: Dispute) -> bool:
    """Whether a dispute that pairs two claims on one matter asks it better than a denial
    found in its sentences: one of a bare statement noun ("denied these allegations"),
    or one resting on the same two claims."""
    if contrast.cue in RIVAL_CLAIM_CUES:
        return False  # asked beside the others, or not at all (``rival_claims.asked_beside``)
    if contrast.cue == ACCUSED_CUE:
        return True  # "accused X of diverting water": the act, not "Is the accusation true?"
    if contrast.cue == RIVAL_CUE:
        return True  # "disputes that figure": both figures and both sides, not "that figure"
    if contrast.text is None or len(contrast.claims) != 2:
        return False
    bare = denial.contested is None and denial.text is None and denial.denied is not None
    return bare or bool(denial.claims and set(denial.claims) <= set(contrast.claims))


def _speaker_of(ctx: RuleContext, claims: list[Claim], sent: DocSpan) -> str | None:
    """Who speaks in a sentence: the named source of a claim whose content lies in it."""
    for claim in claims:
        if not sent.start_char <= claim.content.start < sent.end_char:
            continue
        if claim.source and claim.source in ctx.names:
            return with_the(ctx.names[claim.source])  # "the Home Office", "Keller Motors"
        words = (claim.source_text or "").split()
        if words and words[0][:1].isupper() and words[0].lower() not in {"he", "she", "they"}:
            return claim.source_text if words[0] != "The" else "the " + " ".join(words[1:])
    return None


#: A speaker's stance adverb that opens a question asks nothing ("Hopefully, will ...?").
_STANCE_OPENING = re.compile(
    r"^(Hopefully|Frankly|Honestly|Clearly|Obviously|Surely|Certainly|Of course|Perhaps|Maybe),"
    r"\s+"
)


#: "What, could the border look like ...?": a comma between the wh-phrase and its verb.
_WH_COMMA = re.compile(
    r"^((?:What|How|Who|Where|When|Why|Which)(?: [\w-]+){0,2}),\s+(?=(?:"
    + "|".join(sorted(FINITE_OPENERS))
    + r")\b)"
)


#: "If it is not, and Chrome keeps surging, ...": an elliptical condition pointing back,
#: coordinated with one that names its matter; the question keeps the named one.
_ELLIPTICAL_CONDITION = re.compile(
    r"^(If|Unless) (?:it|this|that|they|so) (?:is|isn't|are|aren't|does|doesn't|do|don't)"
    r"(?: not)?, and ",
    re.IGNORECASE,
)


#: "Was a cut in December likely?": a likelihood told in reported speech is asked now.
_REPORTED_LIKELIHOOD = re.compile(
    r"^(Was|Were)( [^?,]+? (?:likely|unlikely|possible|probable)\b[^?]*\?)$"
)
_PRESENT_BE = {"Was": "Is", "Were": "Are"}


#: An initialism whose first letter a lowering step took for an opening word's: "cAR".
_LOWERED_INITIALISM = re.compile(r"\b([a-z])([A-Z]{2,})\b")


#: A comma, semicolon or colon a cut clause left before the question mark ("rallies,?").
_MARK_BEFORE_END = re.compile(r"\s*[,;:]+\s*\?$")
#: "the the Selo High Court": a name that brings its own "the" put after the one of the
#: noun it names.
_DOUBLED_THE = re.compile(r"\b(the) the\b", re.IGNORECASE)


def clean_marks(text: str, doc: Doc | None = None) -> str:
    """A question without a dateline of ``doc`` left inside it ("Will CORBRIDGE - Halden
    Motors recall ...?" -> "Will Halden Motors recall ...?") and with its initialisms
    whole ("cAR" -> "CAR"), no comma left before its question mark ("rallies,?") and one
    "the" where a name brought its own ("the the Selo High Court")."""
    text = _MARK_BEFORE_END.sub("?", without_dateline(text, doc))
    text = _DOUBLED_THE.sub(r"\1", text)
    return _LOWERED_INITIALISM.sub(lambda m: m.group(1).upper() + m.group(2), text)


#: "Will it be lost, according to a memo from the city manager's office?": the article's
#: attribution left at the end of a question, a source's name or a determiner after "according
#: to"; not a standard the matter keeps to ("according to plan", "according to the rules").
_TRAILING_ATTRIBUTION = re.compile(
    r",?\s+according to (?!(?:the |its |their |his |her )?(?:plan|plans|schedule|timetable"
    r"|rules|law|laws|terms|contract|agreement|statutes|script)\b)"
    r"(?:the |a |an |its |their |his |her |[A-Z])[^,?]*\?$"
)


def tidied(text: str, doc: Doc | None = None) -> str:
    """A question without a stance adverb ("Perhaps, will ..."), a comma after its wh-phrase
    ("What, could ..."), an elliptical condition coordinated with a full one ("If it is
    not, and X, ..." -> "If X, ..."), a reported likelihood's past tense ("Was a cut
    likely?" -> "Is a cut likely?"), a dateline before it or an attribution after it
    ("..., according to a memo?"), capitalised."""
    text = close_clitics(_STANCE_OPENING.sub("", text))
    text = _TRAILING_ATTRIBUTION.sub("?", text)
    text = _ELLIPTICAL_CONDITION.sub(lambda m: m.group(1) + " ", text)
    text = _REPORTED_LIKELIHOOD.sub(lambda m: _PRESENT_BE[m.group(1)] + m.group(2), text)
    text = _WH_COMMA.sub(r"\1 ", text)
    text = without_dateline(text, doc)
    return text[:1].upper() + text[1:]


def _make_standalone(ctx: RuleContext, claims: list[Claim], candidate: Candidate) -> None:
    """Make a candidate's question read without the article where it can, then judge it.

    A stance adverb and a dateline leave it; a quote's "I"/"we" is named by its
    source, a bare pronoun subject by its sentence; a long question loses its
    trailing prepositional phrases. ``candidate.veto`` is the phrase veto it still
    fails, or None.
    """
    candidate.text = tidied(candidate.text, ctx.doc)
    candidate.veto = phrase_veto(candidate)
    if candidate.veto in {"garbled-join", "joined-predicates"}:  # "... and is expected to"
        candidate.text = first_half(candidate.text, candidate.sentences)
        candidate.veto = phrase_veto(candidate)
    if candidate.veto == "speaker-words":
        speaker = _speaker_of(ctx, claims, candidate.sentences[-1])
        if _asks_we(candidate.text):  # "we" said by a spokesperson: the body they speak for
            speaker = _body_spoken_for(ctx, claims, candidate.sentences[-1]) or speaker
        named = name_speaker(candidate.text, speaker) if speaker else None
        if named is not None:
            candidate.text = named
            candidate.veto = phrase_veto(candidate)
    if candidate.veto == "pronoun-subject":
        named = name_pronoun(
            candidate.text,
            candidate.sentences[-1],
            BARE_PRONOUNS,
            lambda token: ctx.names.get(ctx.actor_at.get(token.i, "")),
            ctx.name_of,
        )
        if named is None or _it_named_a_person(candidate.text, named):
            # "Kesh has not said whether it will attend", "a spokeswoman for the bureau
            # said it would": the body that reports it, or that its speaker speaks for
            named = name_reported_it(ctx, candidate.text, candidate.sentences[-1])
        if named is not None:
            candidate.text = named
            candidate.veto = phrase_veto(candidate)
    if candidate.veto is None:
        candidate.text = _lower_sentence_the(candidate.text, candidate.sentences[-1])
    if candidate.veto == "too-long":
        candidate.text = shortened(candidate.text, candidate.sentences)
        candidate.veto = phrase_veto(candidate)
    if candidate.veto == "too-long":  # "the Port Ilsen Property Owners' Association": "PIPOA"
        long = candidate.text
        candidate.text = with_acronyms(long, ctx.names, ctx.acronyms, ctx.doc)
        candidate.veto = phrase_veto(candidate)
        if candidate.veto not in {None, "too-long"}:
            candidate.text, candidate.veto = long, "too-long"
    if candidate.veto == "too-long":  # ", scheduled for next month, ...", ", with ... saying"
        disputed = candidate.kind == QuestionKind.DISPUTED
        candidate.text = without_asides(candidate.text, candidate.sentences, disputed)
        candidate.veto = phrase_veto(candidate)
    planned = candidate.kind != QuestionKind.DISPUTED  # a dispute asks what is so, not who acts
    if planned and candidate.veto is None and agentless(candidate.text, candidate.sentences[-1]):
        _name_agent(ctx, claims, candidate)


def _cut_vague_tail(candidate: Candidate) -> None:
    """A question whose only vague words sit in a trailing aside ("..., as the treaty
    allows?") asked without it, when what is left is not vague and fails no phrase veto."""
    vague = vague_reference(
        candidate.text, anchored_pronouns(candidate.text, candidate.sentences), candidate.sentences
    )
    disputed = candidate.kind == QuestionKind.DISPUTED
    cut = without_vague_tail(candidate.text, vague, disputed) if vague else None
    if cut is None:
        return
    if vague_reference(cut, anchored_pronouns(cut, candidate.sentences), candidate.sentences):
        return
    said = candidate.text
    candidate.text = cut
    if phrase_veto(candidate) is not None:
        candidate.text = said


def _name_agent(ctx: RuleContext, claims: list[Claim], candidate: Candidate) -> None:
    """ "Will a discussion table be opened ...?" asked of its named speaker ("Will Ines
    Carver open a discussion table ...?"); with no named speaker, it is weak (no-actor)."""
    sentence = candidate.sentences[-1]
    speaker = _speaker_of(ctx, claims, sentence)
    claim = next(
        (c for c in claims if sentence.start_char <= c.content.start < sentence.end_char), None
    )
    said = (claim.source_text or "") if claim is not None else ""
    if speaker is not None and not acting(f"{said} {_title_before(sentence, said)}", speaker):
        # a spokesperson or a director tells of what the body they speak for will do;
        # an analyst tells of what someone else would do
        body = speaker_body(ctx, claim.source) if claim is not None and claim.source else None
        speaker = with_the(body) if body is not None else None
    named = with_agent(candidate.text, sentence, speaker) if speaker else None
    if named is None:
        candidate.weak = "no-actor"
        return
    said = candidate.text
    candidate.text = named
    candidate.veto = phrase_veto(candidate)
    if candidate.veto is not None:
        candidate.text, candidate.veto, candidate.weak = said, None, "no-actor"


def _asks_we(text: str) -> bool:
    """Whether a question's subject after its opening verb is "we" ("Will we appeal?")."""
    words = text.split()
    return len(words) > 1 and words[1].lower() == "we"


def _body_spoken_for(ctx: RuleContext, claims: list[Claim], sentence: DocSpan) -> str | None:
    """The body the named source of a claim in ``sentence`` speaks for by its office ("Ann
    Lee, Velo's chief executive": Velo), said as a question says it; else None."""
    for claim in claims:
        if sentence.start_char <= claim.content.start < sentence.end_char and claim.source:
            body = speaker_body(ctx, claim.source)
            return with_the(body) if body is not None else None
    return None


def _title_before(sentence: DocSpan, source_text: str) -> str:
    """The words before a claim's source in its sentence that may hold its office ("Mayor"
    in "Mayor Ines Carver said ..." when the source is said "Ines Carver")."""
    words = source_text.split()
    for token in sentence:
        if words and token.text == words[0]:
            return " ".join(
                t.text for t in sentence.doc[max(sentence.start, token.i - 3) : token.i]
            )
    return ""


def _name_references(ctx: RuleContext, candidate: Candidate) -> None:
    """Name the question's short references where the article names them; a "that <noun>"
    left pointing back makes it weak; a question grown too long is shortened."""
    asked = candidate.text
    namers = (name_rulings, name_made, name_sentence, name_by_apposition, name_measures)
    for name_more in namers:
        said = candidate.text
        candidate.text = name_more(said, candidate.sentences)
        # (left as it was, there is nothing to undo: the vetoes need not be asked)
        if candidate.text != said and phrase_veto(candidate) is not None:
            candidate.text = said  # named in full it would be too long to ask
    if candidate.text == asked:  # one naming only: a named matter is not named twice
        candidate.text = name_references(candidate.text, candidate.sentences, tied_name_of(ctx))
    else:
        # the matter is named; its other references ("the council") may still be, when that
        # repeats no words of the named matter
        said = candidate.text
        candidate.text = name_references(said, candidate.sentences, tied_name_of(ctx))
        if _repeats_words(candidate.text) or phrase_veto(candidate) is not None:
            candidate.text = said
    if _points_back(candidate):
        candidate.weak = "vague-reference"
    if phrase_veto(candidate) == "too-long":
        candidate.text = shortened(candidate.text, candidate.sentences)


def _name_speakers_its(ctx: RuleContext, claims: list[Claim], candidate: Candidate) -> None:
    """A vague "its" named by the body whose reported words hold it (``speaker_owners``),
    and a bare "the company" by the actor the claims found saying it (``speaker_phrases``),
    unless the named question fails a phrasing veto."""
    vague = vague_reference(
        candidate.text, anchored_pronouns(candidate.text, candidate.sentences), candidate.sentences
    )
    named = speaker_owner(ctx, claims, candidate.text, candidate.sentences) if vague else None
    named = speaker_phrase(ctx, claims, named or candidate.text, candidate.sentences) or named
    if named is None:
        return
    said = candidate.text
    bodies = [name for actor, name in ctx.names.items() if actor not in ctx.people]
    candidate.text = with_institution_the(named, ctx.doc, bodies)  # "the Council of"
    if phrase_veto(candidate) is not None:
        candidate.text = said  # named in full it would be too long to ask


def _name_in_full(ctx: RuleContext, candidate: Candidate, people: set[str]) -> None:
    """Name a person the question calls by surname alone in full, unless that makes it
    too long to ask."""
    said = candidate.text
    candidate.text = full_names(said, candidate.sentences, ctx, people)
    if candidate.kind != QuestionKind.DISPUTED:
        candidate.text = asked_now(candidate.text, candidate.sentences)
    else:  # a dispute asks about a past act, in the simple past
        candidate.text = simple_past(candidate.text, candidate.sentences)
    if candidate.text != said and phrase_veto(candidate) is not None:
        candidate.text = said


def _swapped(
    ctx: RuleContext, candidate: Candidate, speakers: set[str], *, asked_outcome: bool = False
) -> bool:
    """Whether the question names its sentence's "he"/"she" by another person than the
    one the sentence before told of (``standalone.swapped_person``); a dispute's two
    sides are told apart by their claims."""
    if candidate.kind == QuestionKind.DISPUTED or not candidate.sentences:
        return False

    def is_person(token: Token) -> bool:  # (a surname the actors took for a firm's too)
        return ctx.actor_at.get(token.i) in speakers or token.ent_type_ == "PERSON"

    def same(one: Token, other: Token) -> bool:
        return ctx.actor_at.get(one.i) is not None and (
            ctx.actor_at.get(one.i) == ctx.actor_at.get(other.i)
        )

    # a set event's outcome is asked from the event's own (first) sentence: a later
    # sentence's "she" was not named by it
    sentence = candidate.sentences[0] if asked_outcome else candidate.sentences[-1]
    return swapped_person(candidate.text, sentence, is_person, same) is not None


def _repeats_words(text: str, length: int = 3) -> bool:
    """Whether a run of ``length`` words comes twice in ``text`` (a matter named twice)."""
    words = [w.strip(",?").lower() for w in text.split()]
    runs = [tuple(words[i : i + length]) for i in range(len(words) - length + 1)]
    return len(runs) != len(set(runs))


def _it_named_a_person(text: str, named: str) -> bool:
    """Whether naming a question's "it" put a person in its place ("before it was set to
    take effect" named by "a federal judge"): "it" stands for no person."""
    words = text.split()
    at = next((i for i, w in enumerate(words[:10]) if i and w.lower() in BARE_PRONOUNS), None)
    if at is None or words[at].lower() != "it":
        return False
    before, after = " ".join(words[:at]), " ".join(words[at + 1 :])
    if not (named.startswith(before) and named.endswith(after)):
        return False
    said = named[len(before) : len(named) - len(after)].split()
    return bool(said) and is_role_word(said[-1])


def _points_back(candidate: Candidate) -> bool:
    """Whether the question keeps a "that <noun>" of its sentence that points back
    ("could control of that chamber hinge on ..."): the text alone cannot tell this
    "that" from the conjunction, the parse can."""
    for sent in candidate.sentences:
        for token in sent:
            if token.dep_ == "det" and token.lower_ == "that" and token.head.pos_ == "NOUN":
                words = sent.doc[token.i : token.head.i + 1].text
                if find_words(candidate.text, words) is not None:
                    return True
    return False


def _lower_sentence_the(text: str, sentence: DocSpan) -> str:
    """A sentence-initial "The" or common noun lowered inside the question ("Will the
    Supreme Court rule?", "Will households be ...?"), unless a place's name keeps it
    ("The Hague")."""
    first = sentence[0] if len(sentence) else None
    if first is None or not first.is_title or first.ent_type_ in _THE_IN_NAME:
        return text
    # "Teachers in Marsk will ...": a common noun, even one the tagger took for a name
    # outside any entity; a name ("Roos") the article capitalises elsewhere keeps its capital
    common = first.pos_ == "NOUN" or (first.pos_ == "PROPN" and not first.ent_type_)
    following = sentence[1] if len(sentence) > 1 else None
    if following is not None and following.pos_ == "PROPN":
        common = False  # "Governor Lee", "Candidate Ann Lee": a title before a name
    if first.text != "The" and (not common or capitalised_elsewhere(first)):
        return text
    word = re.escape(first.text)
    return re.sub(rf"(?<=\S )({word})\b", first.text.lower(), text, count=1)


#: Entity types whose names keep a capital "The" ("The Hague").
_THE_IN_NAME = frozenset({"GPE", "LOC", "WORK_OF_ART"})
#: Vetoes after which a phrased question is held back rather than dropped: it reads, but weakly.
HOLDING_VETOES = frozenset(
    {"below-threshold", "vague-reference", "rhetorical-question", "headline-only", "no-actor"}
    | {"unnamed-object", "unnamed-matter", "person-in-doubt", "routine-meeting", "set-event"}
    | {"below-rank", "unanchored-reference"}
    | LEANING_VETOES
)


def explain_questions(doc: Doc, actors: list[Actor], claims: list[Claim]) -> QuestionReport:
    """Every candidate question of the article, what became of it, and the questions shown.

    A claim its cue interrupts is read part by part (``Claim.said_parts``): what a rule
    reads as said never holds the cue ("Kessel said") between two quoted parts.
    """
    claims = [part for claim in claims for part in claim.said_parts()]
    reported = [(c.content.start, c.content.end) for c in claims]
    ctx = RuleContext(doc, actor_index(doc, actors), {a.id: a.name for a in actors}, reported)
    ctx.people = frozenset(a.id for a in actors if a.kind == ActorKind.PERSON)
    ctx.bodies = frozenset(a.id for a in actors if a.kind == ActorKind.ORGANISATION)
    ctx.acronyms = {
        a.id: min(short, key=len)
        for a in actors
        if (short := [n for n in a.aliases if n.isupper() and n.isalpha() and len(n) >= 2])
    }
    candidates, refused = _raise(ctx, doc, claims)
    people = set(ctx.people)
    speakers = people | {a.id for a in actors if a.kind == ActorKind.ORGANISATION}
    bodies = [a.name for a in actors if a.kind == ActorKind.ORGANISATION]
    candidates.sort(key=lambda c: c.sentences[-1].start)
    for candidate in candidates:
        _make_standalone(ctx, claims, candidate)
    kept = _one_per_sentence(candidates)
    for candidate in candidates:
        if candidate not in kept and candidate.veto is None:
            candidate.veto = candidate.weak or "weaker-kind-in-sentence"
    _link_claims(kept, claims)
    merged = merge_same_moves(_merge_repeats(_merge_topics(kept), doc.vocab))
    for candidate in kept:
        if candidate not in merged and candidate.veto is None:
            candidate.veto = "merged"
    the_vote = vote_name([c.text for c in merged if c.family == "agenda" and c.veto is None])
    outcomes: set[int] = set()  # the candidates asked by a set event's outcome
    for candidate in merged:
        if candidate.veto is None:
            # named after merging: two questions naming one matter in full are not one repeat
            _name_references(ctx, candidate)
            _name_in_full(ctx, candidate, people)
        # "will almost certainly cost": "will cost"; a named "the union 's": "the union's"
        candidate.text = clean_marks(close_clitics(without_odds(candidate.text)), doc)
        if candidate.kind == QuestionKind.CONDITIONAL:
            # "his party would back it only if ...", named "the Valley Party’s party": said
            # once. (Only a condition: a party's unconditioned vote named so is often a firm
            # stance, "would vote against him in any circumstances", which owner-is-owned holds.)
            candidate.text = owner_named_once(candidate.text)
        candidate.veto = phrase_veto(candidate)  # a merge may have changed its words
        # (after the length test: a "the" is no reason to drop a question)
        candidate.text = with_institution_the(candidate.text, doc, bodies)  # "the Ministry of"
        candidate.confidence = confidence(candidate)
        if candidate.veto is None and candidate.weak is not None:
            candidate.veto = candidate.weak  # asked, but weakly: held back, not shown
        if (
            candidate.veto is None
            and candidate.kind != QuestionKind.DISPUTED  # two sides said: not a title's summary
            and all(_headline_line(s) for s in candidate.sentences)
        ):
            candidate.veto = "headline-only"  # a title sums up; the body tells what is open
        if candidate.veto is None:
            _name_speakers_its(ctx, claims, candidate)  # "its members": the speaker body's
        if candidate.veto is None:
            _cut_vague_tail(candidate)  # "..., as the treaty allows?": the aside goes
        if candidate.veto is None and vague_reference(
            candidate.text,
            anchored_pronouns(candidate.text, candidate.sentences),
            candidate.sentences,
        ):
            candidate.veto = "vague-reference"  # it needs the article: held back, not shown
        if candidate.veto is None:
            candidate.veto = standalone_veto(candidate.text)  # negative, rhetoric, no object
        if candidate.veto is None:  # "much of wealth", "Will bloc rely less ...?"
            candidate.veto = garbled_veto(candidate.text, candidate.sentences)
        if candidate.veto is None:  # "such a meeting"; "the group" named by its owner
            leaning = candidate.text
            candidate.text, candidate.veto = rescued(
                leaning, candidate.kind, candidate.sentences, tied_name_of(ctx)
            )
            if candidate.text != leaning and phrase_veto(candidate) is not None:
                candidate.text, candidate.veto = leaning, leaning_veto(leaning, candidate.kind)
        if candidate.veto is None and candidate.family != "meeting":
            # a set vote, hearing or talks: asked by how it ends, or held back (an agreed
            # meeting's family asks whether it takes place: that is its open matter)
            occurrence = candidate.text
            candidate.text, candidate.veto = set_event_outcome(candidate.text)
            if candidate.text != occurrence:
                outcomes.add(id(candidate))
        if candidate.veto is None and announced_act(candidate.text, candidate.sentences):
            candidate.veto = "announced-act"  # "the city would provide water from Monday"
        if (
            candidate.veto is None
            and candidate.kind == QuestionKind.EXPECTATION
            and announced_step(candidate.text, candidate.sentences)
        ):
            candidate.veto = "announced-step"  # "The union will ask its members to vote"
        if (
            candidate.veto is None
            and candidate.kind in {QuestionKind.EXPECTATION, QuestionKind.UNRESOLVED}
            and disclaimed_act(candidate.text, candidate.sentences)
        ):
            candidate.veto = "disclaimed-act"  # "I will not drag the club through the courts"
        if candidate.veto is None and told_consequence(candidate.text, candidate.sentences):
            candidate.veto = "told-consequence"  # ", meaning the date would be in April"
        if candidate.veto is None and told_as_done(candidate.text, doc):
            candidate.veto = "told-as-done"  # the headline: "Carver Foods recalls 40,000 jars"
        if candidate.veto is None and decided_later(candidate.text, candidate.sentences, doc):
            candidate.veto = "decided-later"  # "Will X appeal?" then "its board approved an appeal"
        if candidate.veto is None and candidate.family not in {"agenda", "meeting"}:
            candidate.text = asked_by_outcome(candidate.text)  # "take up X on May 2": adopt it?
            candidate.text = name_bare_vote(candidate.text, the_vote)  # "the vote": which?
            candidate.veto = agenda_veto(candidate.text)  # "the vote"; a meeting's occurrence
        if (
            candidate.veto is None
            and candidate.kind == QuestionKind.DISPUTED
            and conceded(candidate.sentences)
        ):
            candidate.veto = "conceded"  # "Nobody disputes that ...": granted, not contested
        if candidate.veto is None and prize_told_as_certain(candidate.sentences):
            candidate.veto = "settled"  # "The winner will receive the first prize": told as sure
        if candidate.veto is None and _swapped(
            ctx, candidate, speakers, asked_outcome=id(candidate) in outcomes
        ):
            candidate.veto = "person-in-doubt"  # "He" named, but the one before was another
        # after every other naming step ("the vote" by the agenda's name):
        if candidate.veto is None:  # "Should the parents ...?": "Should the Sams ...?"
            bare = candidate.text
            candidate.text = named_by_actor(bare, candidate.sentences, tied_name_of(ctx))
            candidate.text = named_by_doer(candidate.text, candidate.sentences)
            if candidate.text != bare and phrase_veto(candidate) is not None:
                candidate.text = bare
        if (
            candidate.veto is None
            and candidate.kind != QuestionKind.DISPUTED  # its two sides say whose matter it is
            and candidate.confidence >= SHOW_AT  # held back already, for its low confidence
        ):  # "Will the broadcasts continue?": whose broadcasts?
            candidate.veto = unanchored_veto(candidate.text, candidate.sentences)
        if (
            candidate.veto is None
            and candidate.kind != QuestionKind.DISPUTED  # its two sides name who disputes it
            and names_nothing(candidate.text)
        ):
            candidate.veto = "unnamed-matter"  # "How will the case end?": whose case?
        if candidate.veto is None and candidate.confidence < SHOW_AT:
            candidate.veto = "below-threshold"
    _merge_named_repeats([c for c in merged if c.veto is None], doc.vocab)
    standing = [c for c in merged if c.veto is None]
    for candidate in standing:
        if body_decision_asked(candidate, [c for c in standing if c.veto is None]):
            candidate.veto = "merged"  # the body's decision already asked (its filing is past)
    for candidate in candidates:
        if not candidate.confidence:
            candidate.confidence = confidence(candidate)
    shown = _rank([c for c in merged if c.veto is None], actors)
    if len(shown) > MAX_SHOWN:  # precision first: the few most important are shown
        below = {q.question for q in shown[MAX_SHOWN:]}
        for candidate in merged:
            if candidate.veto is None and candidate.text in below:
                candidate.veto = "below-rank"
        shown = _rank([c for c in merged if c.veto is None], actors)
    held = _rank([c for c in merged if c.veto in HOLDING_VETOES], actors)
    for rank, question in enumerate(held, start=1):
        question.id = f"h{rank}"  # apart from the shown ones' q ids, so a merge keeps both
    findings = sorted(
        [*refused, *(_finding(c) for c in candidates)], key=lambda f: f.sentence.start
    )
    return QuestionReport(shown, held, findings)


def find_questions(doc: Doc, actors: list[Actor], claims: list[Claim]) -> list[Question]:
    """The open questions of the article worth showing, one per topic, most important first."""
    return explain_questions(doc, actors, claims).shown


def find_question_sets(
    doc: Doc, actors: list[Actor], claims: list[Claim]
) -> tuple[list[Question], list[Question]]:
    """The questions shown, and those held back below the confidence threshold (ids ``h1``...).

    The held-back ones were phrased and passed every veto; a vetoed candidate is in neither.
    """
    report = explain_questions(doc, actors, claims)
    return report.shown, report.held
