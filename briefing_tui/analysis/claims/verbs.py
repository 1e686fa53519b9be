"""Claims carried by cue verbs: their source, and their content by the cue's frames.

Cue verbs come from ``lexicon/shared/cues.tsv``. The source is the subject,
the passive agent, or the subject of the verb the cue hangs on; the content
is the complement clause, infinitive, object or prepositional complement, in
any order: "X said that ...", "..., X said", "..., said X", "as X put it, ...".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.claims.conjuncts import (
    coordinated_end,
    corrects_a_negation,
    shares_passive,
    states_a_state,
)
from briefing_tui.analysis.claims.cues import Cue, cue_table
from briefing_tui.analysis.claims.denials import denies_earlier_words
from briefing_tui.analysis.claims.draft import (
    MAX_TURN_CHARS,
    QUOTE_MARKS,
    VERBAL,
    Draft,
    chars,
    strip_mark,
    subtree_range,
    token_range,
    trim,
)
from briefing_tui.analysis.claims.inserted import clause_around_insert
from briefing_tui.analysis.claims.measures import measured_content
from briefing_tui.analysis.claims.participles import event_participle, reporter_of_participle
from briefing_tui.analysis.claims.sources import (
    EXPLETIVES,
    RELATIVE_PRONOUNS,
    agent_of,
    is_passive,
    phrase_bounds,
    resolve_relative,
)
from briefing_tui.analysis.claims.speech import PUT_TO, states_content
from briefing_tui.analysis.claims.trailing import first_joined_clause
from briefing_tui.analysis.doctext import doc_text, doc_words
from briefing_tui.analysis.syntax import FINITE_TAGS, doer_of, has_nominal_subject, tense
from briefing_tui.model import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Complements that say something of a cue's object.
_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp"})
#: Prepositions that carry the rest of an object content ("blamed X for Y", "likened X to Y",
#: "rates X among the worst").
_OBJECT_PREPS = frozenset({"as", "for", "to", "over", "about", "among"})
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
#: Phrases hung on a cue right after its noun-phrase content that belong to that content.
_MODIFIER_DEPS = frozenset({"prep", "npadvmod", "relcl", "acl"})
#: Prepositions that give examples of a noun-phrase content after a comma.
_EXAMPLE_PREPS = frozenset({"including", "especially", "notably", "particularly"})
#: Clauses an inserted cue looks through to find the sentence it vouches for.
_CLIMB_DEPS = frozenset({"conj", "advcl", "ccomp", "xcomp"})
#: Longest "he said" insert (in tokens) after which the clause resumes as the same content.
_SHORT_INSERT = 4


def _matching_cue(token: Token) -> Cue | None:
    entries = cue_table().get(token.lemma_.lower())
    if not entries or token.pos_ != "VERB":
        return None
    # a particle follows its verb: "Of the thousands, she spoke with one" is no "speak of"
    particles = {
        c.lower_
        for c in token.children
        if c.i > token.i
        and (c.dep_ in {"prt", "prep"} or (c.dep_ == "dobj" and c.lower_ == "it"))
        and not _dates_the_act(c)  # "ruled on Thursday that ...": no "rule on"
    }
    if _for_to_clause(token) is not None:
        particles.add("for")  # "called for the deal to be signed": "for" opens a clause
    for cue in entries:
        if cue.frames == {"as"} and not _is_as_aside(token):
            continue
        if cue.particle is None or cue.particle in particles:
            return cue
    return None


def _is_as_aside(verb: Token) -> bool:
    """An "as X said" aside: the cue is marked by "as" and vouches for the clause it hangs on."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )


def clause_content(verb: Token, in_quote: list[int]) -> tuple[int, int] | None:
    """The complement clause: a ccomp/parataxis child of the cue, one after it first.

    A subordinate clause with its own subject and no conjunction ("said after
    the vote he would resign") is a complement the parser took for an adverbial.
    """
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" or (c.dep_ in _CLAUSE_DEPS and c.pos_ in VERBAL)
    ]
    clauses += [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and has_nominal_subject(c)
        and not any(
            g.dep_ == "mark" or (g.tag_ in {"WRB", "WDT"} and not _is_complementiser(g))
            for g in c.children
        )
    ]
    # "told the meeting that few people understood ...": a complement read as a relative clause
    clauses += [
        c
        for obj in verb.children
        if obj.dep_ in {"dobj", "dative"} and obj.i > verb.i
        for c in obj.children
        if c.dep_ == "relcl"
        and _is_complement_in_disguise(c)
        # "added so many layers that ...": a result clause, not what was said
        and not any(t.lower_ in {"so", "such"} for t in obj.subtree)
    ]
    clauses += _clauses_in_occasion(verb)
    clauses = [
        c
        for c in clauses
        if not _relative_clause_of_object(verb, c) and not _before_a_colon(verb, c)
    ]
    if not clauses:
        return _clause_read_as_object(verb) or _clause_read_as_conjunct(verb)
    quoted = [c for c in clauses if in_quote[c.i] >= 0]
    after = [c for c in clauses if c.i > verb.i]
    completed = _clause_completed_by_quote(verb, clauses, quoted, in_quote)
    if completed is not None:
        clause, start, end = completed
        return start, end
    chosen = quoted or after or clauses
    clause = min(chosen, key=lambda c: abs(c.i - verb.i))
    start, end = subtree_range(clause)
    start = first_joined_clause(verb, clause, start)  # "A, but B, she said": both
    first = verb.doc[start]
    if first.lower_ == "that" and first.dep_ == "nsubj" and start + 1 < end:
        # "told parliament that delays to rail links were ...": the complementiser read as
        # the subject of a noun taken for a verb ("delays/VBZ"), which the parse may also
        # have cut off from the clause's verb; "said that was wrong" keeps its subject
        joined = _through_split_clause(clauses, clause, end)
        if joined != end or first.head.i != clause.i:
            start, end = start + 1, joined
    elif first.lower_ == "that" and first.dep_ == "dobj" and _is_complement_in_disguise(clause):
        start += 1  # "told reporters outside the gates that the union ...": no relative word
    end = _before_second_cue(clause, end)
    return start, coordinated_end(verb, clause, end) if clause.i > verb.i else end


#: Parts of speech of a word that cannot end a clause: a quotation right after it is its
#: object ("blamed them for focusing on "who said what"").
_OPEN_ENDED_POS = frozenset({"ADP", "DET"})


def _clauses_in_occasion(verb: Token) -> list[Token]:
    """ "said on a call with investors last week that the company would ...": a clause opened
    by the complementiser "that", with a subject of its own, that the parse hung on a noun
    of a phrase after the cue (the occasion of saying) is what was said. Under a noun of
    something said ("in reply to claims that ...") it is that noun's content, and stays."""
    from briefing_tui.analysis.claims.proposition import discourse_nouns

    said_nouns = discourse_nouns()  # content_nouns.txt is among them
    found = []
    for phrase in verb.children:
        if phrase.dep_ != "prep" or phrase.i < verb.i:
            continue
        for clause in phrase.subtree:
            if not _is_complement_in_disguise(clause):
                continue
            if clause.dep_ not in {"acl", "relcl"} and not _on_described_document(clause):
                continue
            if clause.head.lemma_.lower() not in said_nouns:
                found.append(clause)
    return found


def _on_described_document(clause: Token) -> bool:
    """ "told staff in a letter seen by the paper that jobs were safe": a "that" clause the
    parse hung on a past participle describing the occasion's noun (seen, obtained,
    published by ...), which takes no clause of its own."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.dep_ == "acl" and head.tag_ == "VBN"


def _clause_completed_by_quote(
    verb: Token, clauses: list[Token], quoted: list[Token], in_quote: list[int]
) -> tuple[Token, int, int] | None:
    """ "said reporters are to blame for focusing on "who said what"": the parse may read
    the quotation as a second complement of the cue; when an unquoted complement after the
    cue ends on a preposition or determiner right before it, the quotation completes that
    complement, which is what was said: the clause, its start, and its end past the quote."""
    doc = verb.doc
    for clause in clauses:
        if in_quote[clause.i] >= 0 or clause.i < verb.i:
            continue
        start, end = subtree_range(clause)
        last = end - 1
        while last > start and doc[last].is_punct:
            last -= 1
        if doc[last].pos_ not in _OPEN_ENDED_POS:
            continue
        following = [q for q in quoted if q.left_edge.i >= end and q.i > clause.i]
        if not following:
            continue
        quote = min(following, key=lambda q: q.i)
        if any(not doc[i].is_punct for i in range(last + 1, quote.left_edge.i)):
            continue  # words between: the quotation is not the open word's object
        stop = quote.right_edge.i + 1
        while stop < len(doc) and in_quote[stop] == in_quote[quote.i]:
            stop += 1  # the quotation's own closing words, which the parse hung elsewhere
        return clause, start, stop
    return None


def _before_second_cue(clause: Token, end: int) -> int:
    """ "noted that revenue had fallen and warned lawmakers to ...": a subjectless cue in
    the simple past the parse joined to the reported clause is the reporter's next act,
    or one nobody can tell (``_either_speaker``); either way it is not part of what was
    reported, and the content stops before its conjunction. One with an auxiliary of its
    own ("and had learned of them ...") goes on in the reported clause."""
    for other in clause.subtree:
        if other.dep_ == "conj" and clause.i < other.i < end and other.head.i != clause.i:
            if _reporter_after_comma(other) is not None:  # ", and accused ..." deeper in it
                return min(end, other.left_edge.i - 2)
            continue
        if other.head.i != clause.i or other.dep_ != "conj" or other.i <= clause.i:
            continue
        if other.i >= end:
            continue
        if _matching_cue(other) is None or any(c.dep_ in _AUX_DEPS for c in other.children):
            continue  # "... and had not decided whether to appeal": the clause's own verb
        if other.lemma_.lower() in _THINKING and _has_perfect(clause):
            continue  # "said his office had reviewed it and believed it would survive"
        if _has_perfect(clause) and _participle(other):
            continue  # "said he had drafted it and shown it to her": the same "had"
        if corrects_a_negation(clause, other):
            continue  # "said residents were not opposed to homes but wanted lower ones"
        if shares_passive(clause, other):
            continue  # "said the seals had been noted and explained in the protocols"
        if _but_finding(clause, other):
            continue  # "said the council had erred but found no evidence of fraud"
        if _reporter_of_misattached_conjunct(other) is None and not _either_speaker(other):
            continue
        cut = other.left_edge.i
        while cut > clause.i and (clause.doc[cut - 1].dep_ == "cc" or clause.doc[cut - 1].is_punct):
            cut -= 1
        return min(end, cut)
    return end


#: Stances of a verb that finds or holds, not one that acts on others ("urged", "accused").
_FINDING_STANCES = frozenset({"assertion", "belief"})
#: Dependencies of a clause a verb carries: with one, the verb makes a claim of its own.
_OWN_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl"})


def _but_finding(clause: Token, other: Token) -> bool:
    """Whether ``other`` is a finding or view joined to the reported clause by "but" that
    holds no clause of its own ("said the council had awarded it on price alone but found
    no evidence of corruption"; "said the government respected its independence but
    expected full transparency"): the reported position's second half, which no claim of
    its own would keep (a noun object is no proposition), so the content runs on."""
    joiners = [c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < other.i]
    if not joiners or joiners[-1].lower_ != "but":
        return False
    if any(c.dep_ in _OWN_CLAUSE_DEPS for c in other.children):
        return False  # "but warned that ...": a claim of its own
    if not any(c.dep_ == "dobj" for c in other.children):
        return False
    if tense(other) is None or tense(other) != tense(clause):
        return False  # "said families "understand" it but feared ...": the reporter's fear
    stances = {c.stance for c in cue_table().get(other.lemma_.lower(), ())}
    return bool(stances) and stances <= _FINDING_STANCES


def _through_split_clause(clauses: list[Token], clause: Token, end: int) -> int:
    """ "told parliament that delays to grid connections were the biggest obstacle": a
    clause the parse cut in two, its subject read as a clause of its own ("that/WDT
    delays/VBZ") and its verb as a second complement of the cue right after it, runs on
    to the second's end."""
    for other in sorted(clauses, key=lambda c: c.i):
        first, last = subtree_range(other)
        if other.i > clause.i and first == end and not _own_subject(other):
            end = last
    return end


#: Verbs of thought, which after a reported clause in the past perfect go on in it,
#: backshifted with it ("had reviewed the measure and believed it would survive").
_THINKING = frozenset({"believe", "think", "expect", "hope", "fear", "feel", "know", "doubt"})


#: Endings of participles that are never a simple past ("shown", "given", "done").
_PARTICIPLE_ENDINGS = ("wn", "en", "ne")


def _participle(verb: Token) -> bool:
    """A past participle, by its tag or by a form no simple past has ("shown", "written")."""
    irregular = verb.lower_.endswith(_PARTICIPLE_ENDINGS) and verb.lower_ != verb.lemma_
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and irregular)


def _has_perfect(clause: Token) -> bool:
    """Whether a clause's verb has a "had" of its own before it ("had reviewed")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.i < clause.i for c in clause.children)


#: Auxiliaries and negation of a verb of its own ("had not decided").
_AUX_DEPS = frozenset({"aux", "auxpass", "neg"})


def _bare_past(verb: Token) -> bool:
    """A verb in the simple past with no auxiliary or negation of its own ("urged", not
    "had urged" or "did not urge")."""
    return verb.tag_ == "VBD" and not any(c.dep_ in _AUX_DEPS for c in verb.children)


#: Subordinators of a reported clause: a cue under one is reported, never inserted.
_REPORTED_MARKS = frozenset({"that", "whether", "if"})

#: What a clause's verb takes when nothing is missing from it: an object or a complement.
_FILLED_DEPS = frozenset({"dobj", "ccomp", "xcomp"})


def _before_a_colon(verb: Token, clause: Token) -> bool:
    """ "We have been here before: the rebels declared war": a clause before a colon that
    the cue's own clause follows is what the colon elaborates, not what was said."""
    if clause.i > verb.i:
        return False
    last = clause.right_edge.i
    while last > clause.i and verb.doc[last].is_punct:
        last -= 1
    return any(t.text == ":" for t in verb.doc[last + 1 : verb.i])


def _relative_clause_of_object(verb: Token, clause: Token) -> bool:
    """ "cited remarks the rival had made about her": a clause right after the cue's object
    that lacks an object of its own, with a piece of discourse for the cue's object, is a
    relative clause on that object (its "that" left out), not what was said."""
    from briefing_tui.analysis.claims.proposition import discourse_nouns

    if clause.dep_ != "ccomp" or clause.pos_ != "VERB":
        return False
    if any(c.dep_ in _FILLED_DEPS for c in clause.children):
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return False
    return any(
        obj.dep_ == "dobj"
        and obj.right_edge.i + 1 == clause.left_edge.i
        and obj.lemma_.lower() in discourse_nouns()
        for obj in verb.children
    )


def _clause_read_as_object(verb: Token) -> tuple[int, int] | None:
    """ "observed that the date ... coincided with ...": a "that" clause the parser
    broke into an object opened by the complementiser; the content runs to the
    end of the cue's clause."""
    for obj in verb.children:
        opener = verb.doc[obj.left_edge.i]
        if (
            obj.dep_ == "dobj"
            and obj.i > verb.i
            and opener.lower_ == "that"
            and opener.dep_ == "mark"
            and any(t.tag_ in FINITE_TAGS for t in obj.subtree)
        ):
            later = [c for c in verb.children if c.i > obj.i and c.pos_ in VERBAL]
            end = max([obj.right_edge.i, *(c.right_edge.i for c in later)]) + 1
            return obj.left_edge.i, end
    return None


def _clause_read_as_conjunct(verb: Token) -> tuple[int, int] | None:
    """ "found reduction of yields exceeded 10%", "estimated by 2050, a growing population
    would increase ...": a complement the parser took for a second verb of the cue's
    own. No "and" or "or" joins them, and the "second verb" is finite, so it is the
    clause that was found or estimated; the content runs from the cue to its end."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ not in VERBAL:
            continue
        if any(c.dep_ in {"cc", "preconj"} and verb.i < c.i < conj.i for c in verb.children):
            return None
        finite = conj.tag_ in FINITE_TAGS or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in conj.children
        )
        if not finite or any(t.text in {";", ":"} for t in verb.doc[verb.i : conj.i]):
            return None
        start = verb.i + 1
        while start < conj.i and verb.doc[start].is_punct:
            start += 1
        return start, conj.right_edge.i + 1
    return None


def _is_complement_in_disguise(clause: Token) -> bool:
    """A "relative clause" opened by a complementiser "that" and with a subject of its own;
    a "that" read as the clause's object is one too when the clause has an object of its
    own ("gates that the union had served notice": no gap for a relative word to fill)."""
    opener = clause.doc[clause.left_edge.i]
    if opener.lower_ != "that" or opener.dep_ not in {"mark", "dobj"}:
        return False
    if not any(g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ != "that" for g in clause.children):
        return False
    return opener.dep_ == "mark" or any(
        g.dep_ == "dobj" and g.i != opener.i for g in clause.children
    )


def _is_complementiser(token: Token) -> bool:
    """A clause-opening "that" the parser read as a relative word ("tweeted that X was ...")."""
    return token.lower_ == "that" and token.i == token.head.left_edge.i


def _inserted_content(verb: Token) -> tuple[int, int] | None:
    """For "..., he said" parsed with the cue under the clause: that clause."""
    head = verb.head
    if verb.dep_ not in {"parataxis", "ccomp", "advcl"} or head.i == verb.i:
        return None
    if verb.dep_ in {"advcl", "ccomp"} and any(
        c.dep_ == "mark" and c.lower_ in _REPORTED_MARKS for c in verb.children
    ):
        # "..., only that the agency must decide", "told the paper, a weekly, that she had
        # asked ...": a reported clause, no insert
        return None
    if _says_its_object(verb):
        return None  # "He added a note of caution, should Lee return ...": no insert
    cue_start, cue_end = subtree_range(verb)
    if _splits_subject_from_verb(verb):
        # "The difference now, she told me, is that ...": one clause on both sides
        return _around_insert(head.head, cue_start, cue_end, whole=True)
    if head.pos_ not in VERBAL:
        return None
    if _parts_subject_from_verb(head, cue_start, cue_end):
        # "Most of the money, the auditors noted, went to ...": hung on the verb instead
        return _around_insert(head, cue_start, cue_end, whole=True)
    before = verb.doc[cue_start - 1] if cue_start > 0 else None
    aside = verb.dep_ == "parataxis" or _is_as_aside(verb)
    if not aside and (before is None or not before.is_punct):
        return None  # "X said that Y pledged ...": the cue is itself a content
    # an inserted "he said" vouches for its whole sentence, not just the clause it hangs on
    while head.dep_ in _CLIMB_DEPS and head.head.i != head.i and head.head.pos_ in VERBAL:
        if _matching_cue(head.head) is not None:
            break
        head = head.head
    return _around_insert(head, cue_start, cue_end)


#: Cues whose object is whom they address ("told reporters"), not what they say.
_ADDRESSING = frozenset({"tell", "ask", "inform", "assure", "warn", "remind", "brief"})


def _says_its_object(verb: Token) -> bool:
    """Whether a cue has a noun object that is what it says ("added a note of caution"):
    a cue with its own content is a clause, never an inserted "he said" vouching for the
    clause around it (an addressee, "told reporters", or a day, "said Monday", is no
    such object)."""
    if verb.lemma_.lower() in _ADDRESSING:
        return False
    return any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.ent_type_ not in _WHEN for c in verb.children
    )


def _splits_subject_from_verb(verb: Token) -> bool:
    """An inserted cue the parser hung on the subject of the clause it interrupts: the
    subject before the insert, its verb after it ("The difference, she told me, is ...",
    "The bridge, as one engineer noted, was never ...")."""
    head = verb.head
    return (
        (verb.dep_ == "parataxis" or _is_as_aside(verb))
        and head.dep_ in {"nsubj", "nsubjpass"}
        and head.head.pos_ in VERBAL
        and head.i < verb.i < head.head.i
    )


def _parts_subject_from_verb(head: Token, cue_start: int, cue_end: int) -> bool:
    """Whether an insert ``[cue_start, cue_end)`` set off by commas stands between the verb
    ``head`` and its subject, both outside it."""
    doc = head.doc
    commas = [i for i in (cue_start - 1, cue_start, cue_end - 1, cue_end) if 0 <= i < len(doc)]
    if sum(doc[i].text == "," for i in commas) < 2:
        return False
    return cue_end <= head.i and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.right_edge.i < cue_start for c in head.children
    )


#: The fewest words of a clause kept as the content of an inserted "he said".
_MIN_CLAUSE_WORDS = 3


def _around_insert(
    head: Token, cue_start: int, cue_end: int, whole: bool = False
) -> tuple[int, int] | None:
    """The clause around an inserted "he said": the wordier side, or both for a short insert
    (or ``whole``, when the insert splits one clause)."""
    # "Asked whether she would return, she said, 'I'm not going anywhere'": the question
    # put to the speaker is not part of what she said
    asked = {t.i for c in head.children if put_to_subject(c) and c.i < cue_start for t in c.subtree}
    words = [t for t in head.subtree if not (t.is_punct or t.is_space or t.i in asked)]
    before = [t for t in words if t.i < cue_start]
    after = [t for t in words if t.i >= cue_end]
    if before and after and (whole or cue_end - cue_start <= _SHORT_INSERT):
        return before[0].i, after[-1].i + 1
    side = before if len(before) >= len(after) else after
    if head.i < cue_start and len(before) >= _MIN_CLAUSE_WORDS:
        # "The mayor will resign, her office said, two weeks after the council opened an
        # inquiry": the clause's own verb is before the insert; after it only a modifier
        side = before
    return token_range(side)


def infinitive_content(verb: Token) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in child.children
        ):
            start, end = subtree_range(child)
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < child.i]
            # "called on the board to explain ...": the one addressed after a phrasal cue's
            # particle is the one the infinitive is asked of, as "urged the board to ..."
            objects += [
                g
                for p in verb.children
                if p.dep_ == "prep" and p.i == verb.i + 1 and p.i < child.i
                for g in p.children
                if g.dep_ == "pobj" and g.right_edge.i < child.i
            ]
            if objects:
                start = min(start, objects[0].left_edge.i)
            # "wants to cut taxes and raise wages": later verbs the parser hung on the cue
            for other in verb.children:
                subjectless = not has_nominal_subject(other)
                if (
                    other.dep_ == "conj"
                    and other.i >= end
                    and other.pos_ == "VERB"
                    and subjectless
                    and not _own_statement(other)
                ):
                    end = other.right_edge.i + 1
            return start, end
    return None


def _own_statement(verb: Token) -> bool:
    """A second verb of the source's own, not one more verb of an infinitive: a past
    form, one with its own auxiliary, or a cue ("urged them to join, and criticized
    ...", "has encouraged X to Y but has said ...")."""
    return (
        verb.tag_ in {"VBD", "VBN"}
        or any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        or _matching_cue(verb) is not None
    )


def _object_content(verb: Token, needs_predicate: bool = False) -> tuple[int, int] | None:
    """The object, with what is predicated of it ("called the plan a mistake", "cited X as Y").

    With ``needs_predicate`` an object alone is no content ("called the office").
    """
    for child in verb.children:
        if child.dep_ == "dobj":
            start, end = subtree_range(child)
            predicated = False
            for other in verb.children:
                if other.i > child.i and (
                    other.dep_ in _PREDICATE_DEPS
                    or (other.dep_ == "prep" and other.lower_ in _OBJECT_PREPS)
                ):
                    end = max(end, other.right_edge.i + 1)
                    # "called the office to ask ...": a purpose, not something said of it
                    predicated = predicated or not any(
                        g.dep_ == "aux" and g.lower_ == "to" for g in other.children
                    )
            if needs_predicate and not predicated:
                return None
            if child.lower_ in RELATIVE_PRONOUNS and end - start == 1:
                if denies_earlier_words(verb, child):
                    return start, end  # "The ministry denied that.": what was just said
                return None  # "the plan, which she rejected": the content is elsewhere
            return start, _relative_clause_split_off(child, _with_modifiers(verb, end))
    return None


def _relative_clause_split_off(obj: Token, end: int) -> int:
    """ "mentioned remarks the rival had made about her as examples of ...": the parser
    may start a new sentence at a relative clause without its "that"; after a piece of
    discourse and with no object of its own, that clause belongs to the object."""
    from briefing_tui.analysis.claims.proposition import discourse_nouns

    doc = obj.doc
    if end >= len(doc) or end != obj.right_edge.i + 1 or not doc[end].is_sent_start:
        return end
    root = doc[end].sent.root
    if obj.lemma_.lower() not in discourse_nouns() or root.pos_ != "VERB":
        return end
    if any(c.dep_ in _FILLED_DEPS for c in root.children):
        return end
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < root.i for c in root.children):
        return end
    last = doc[end].sent.end - 1
    while last > end and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return last + 1


def _prep_content(verb: Token, cue: Cue) -> tuple[int, int] | None:
    preps = {cue.particle} if cue.particle else {"of", "about", "for"}
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if objects and objects[0].ent_type_ in _WHEN:
                continue  # "called the governor on Tuesday": a date is no "call on"
            if objects:
                start, end = subtree_range(objects[0])
                return _with_accused(verb, cue, objects[0], start), _with_modifiers(verb, end)
    if "for" in preps and (clause := _for_to_clause(verb)) is not None:
        return clause
    return _prep_on_object(verb, preps)


def _with_accused(verb: Token, cue: Cue, gerund: Token, start: int) -> int:
    """ "accused the federation of leaking the result": the one accused, the cue's object
    before its "of", opens the content with the act it is accused of."""
    perfect = any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBG" for c in gerund.children)
    if cue.stance != "accusation" or not (gerund.tag_ == "VBG" or perfect):
        return start  # a gerund, or one in the perfect ("of having made up its mind")
    accused = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < gerund.i]
    if not accused or _reciprocal(accused[0]):
        return start  # "accused each other of firing first": no one named to keep
    return accused[0].left_edge.i


def _reciprocal(obj: Token) -> bool:
    """ "each other", "one another": an object that names no one of its own."""
    words = [t.lower_ for t in obj.subtree]
    return words in (["each", "other"], ["one", "another"])


def _prep_on_object(verb: Token, preps: set[str | None]) -> tuple[int, int] | None:
    """ "to accuse the council of wasting money": the parser hung the cue's "of" on its
    object; the content is the object and what it is accused of."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i < verb.i:
            continue
        for child in obj.children:
            if child.dep_ != "prep" or child.lower_ not in preps:
                continue
            objects = [g for g in child.children if g.dep_ == "pcomp" or g.tag_ == "VBG"]
            if objects:
                return obj.left_edge.i, _before_other_verb(objects[0])
            # "of misleading parliament": the gerund read as an adjective on its object
            nouns = [g for g in child.children if g.dep_ == "pobj"]
            if nouns and doc_first(nouns[0]).tag_ == "VBG" and doc_first(nouns[0]).dep_ == "amod":
                return obj.left_edge.i, nouns[0].right_edge.i + 1
    return None


def doc_first(phrase: Token) -> Token:
    """The first word of a phrase."""
    return phrase.doc[phrase.left_edge.i]


def _before_other_verb(gerund: Token) -> int:
    """The end of a gerund's phrase, before a verb of another form joined to it ("being
    duped and encourage Americans to ...": the cue's second verb, misattached)."""
    end = gerund.right_edge.i + 1
    for conj in gerund.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.tag_ != gerund.tag_:
            cut = conj.left_edge.i
            while cut > gerund.i and gerund.doc[cut - 1].dep_ in {"cc", "punct"}:
                cut -= 1
            end = min(end, cut)
    return end


def _for_to_clause(verb: Token) -> tuple[int, int] | None:
    """ "called for the deal to be signed": a clause opened by "for" with a subject and an
    infinitive of its own, which the parser hangs on the cue; its words after "for"."""
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in {"advcl", "ccomp"}:
            continue
        marks = [g for g in child.children if g.dep_ == "mark" and g.lower_ == "for"]
        # "called for pay to be clawed back": "for" read as the cue's bare preposition
        bare = [
            g
            for g in verb.children
            if g.dep_ == "prep"
            and g.lower_ == "for"
            and g.i + 1 == child.left_edge.i
            and not any(True for _ in g.children)
        ]
        infinitive = any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
        subject = any(g.dep_ in {"nsubj", "nsubjpass"} for g in child.children)
        if marks and infinitive and subject and marks[0].i == child.left_edge.i:
            return marks[0].i + 1, child.right_edge.i + 1
        if bare and infinitive and subject:
            return child.left_edge.i, child.right_edge.i + 1
    return None


def _with_modifiers(verb: Token, end: int) -> int:
    """Run a noun-phrase content on over the phrases the parser hung on the cue right after it.

    "cited her endorsements from retired generals": the parse often attaches what
    modifies the object to the verb; a comma or other break ends the run, except before
    examples of the object ("..., including the one that ..."), and so does a date of
    the act ("endorsed the plan in July", "... on Tuesday").
    """
    doc = verb.doc
    for child in sorted(verb.children, key=lambda c: c.left_edge.i):
        if child.right_edge.i < end or (child.is_punct and child.i == end):
            continue
        examples = (
            child.dep_ == "prep"
            and child.lower_ in _EXAMPLE_PREPS
            and child.left_edge.i == end + 1
            and doc[end].text == ","
        )
        if not examples and (child.left_edge.i != end or child.dep_ not in _MODIFIER_DEPS):
            break
        if child.dep_ == "prep" and not any(g.dep_ == "pobj" for g in child.children):
            break  # "..., whilst promising ...": an action of the source's own
        if _dates_the_act(child) or (child.dep_ == "prep" and child.lower_ in _OCCASION_PREPS):
            break  # "endorsed the plan in July", "cited it at the forum": when or where
        end = child.right_edge.i + 1
    return end


#: Prepositions of a phrase hung on the cue that sets the occasion of the act ("cited the
#: figure at the forum", "questioned a man after a scuffle").
_OCCASION_PREPS = frozenset({"at", "after", "before"})
#: Entity types of a phrase that dates the act of saying, and its prepositions.
_WHEN = frozenset({"DATE", "TIME"})
_DATING_PREPS = frozenset({"in", "on"})


def _dates_the_act(phrase: Token) -> bool:
    """ "in July", "on Tuesday" hung on the cue: a date or time of the act."""
    if phrase.dep_ != "prep" or phrase.lower_ not in _DATING_PREPS:
        return False
    objects = [g for g in phrase.children if g.dep_ == "pobj"]
    return bool(objects) and objects[0].ent_type_ in _WHEN


def _content_of(verb: Token, cue: Cue, in_quote: list[int]) -> tuple[int, int] | None:
    if "obj" in cue.frames and is_passive(verb) and (found := _passive_subject_content(verb)):
        return found  # "His views were echoed by experts I spoke to": the views, not "I spoke"
    if "at" in cue.frames and (found := measured_content(verb)):
        return found  # "put the toll at 268": a figure given, not a clause
    if "that" in cue.frames and (found := clause_content(verb, in_quote)):
        return found
    if "to" in cue.frames and (found := infinitive_content(verb)):
        return found
    # verbs that take a proposal or an admission, not a manner ("tweeted, using his account")
    proposes = "to" in cue.frames or {"that", "obj"} <= cue.frames or "ing" in cue.frames
    if proposes and (found := _gerund_content(verb)):
        return found
    if cue.particle and (found := _prep_content(verb, cue)):
        return found
    if "obj" in cue.frames and (found := _object_content(verb)):
        return found
    if "pred" in cue.frames and (found := _object_content(verb, needs_predicate=True)):
        return found
    if "of" in cue.frames and (found := _prep_content(verb, cue)):
        return found
    if ("that" in cue.frames or "as" in cue.frames) and (found := _inserted_content(verb)):
        return found
    if "obj" in cue.frames:
        return _passive_subject_content(verb)
    return None


def _gerund_content(verb: Token) -> tuple[int, int] | None:
    """ "suggested looking at the card statement", "denied taking the money": a gerund
    after the cue, without a subject of its own, is what was put forward or denied."""
    for child in verb.children:
        gerund = child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i > verb.i
        if gerund and not _own_subject(child):
            return subtree_range(child)
    return None


def _passive_subject_content(verb: Token) -> tuple[int, int] | None:
    """ "The plan was endorsed by the union": what is endorsed is the passive subject."""
    if agent_of(verb) is None:
        return None
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.lower_ not in RELATIVE_PRONOUNS | EXPLETIVES:
            return subtree_range(child)
    return None


def _source_head(verb: Token) -> tuple[Token | None, bool]:
    """The token naming the source, and whether the cue is impersonal ("it is said")."""
    if is_passive(verb):
        agent = agent_of(verb)
        if agent is not None:
            return agent, False
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        impersonal = not subjects or subjects[0].lower_ in EXPLETIVES
        return None, impersonal
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        if _main_verb_read_as_participle(verb):
            return verb.head, False  # "Sola, who came second, called on the president to"
        # "rounds aimed at ...", "a plan backed by X": the noun is what the participle is
        # done to, never its doer; only a "by" phrase names one
        return agent_of(verb), False
    if put_to_subject(verb):
        # "Asked whether she would stay, Shah said ...": Shah was asked, and "as shown
        # by ..." is evidence, not a speaker: no source
        return None, False
    reporter = (
        _reporter_of_misattached_conjunct(verb)
        or _reporter_after_a_state(verb)
        or _reporter_after_comma(verb)
        # "said the council had not decided, adding ...": the reporter adds it
        or reporter_of_participle(verb, lambda t: _matching_cue(t) is not None)
    )
    if reporter is not None and (subject := doer_of(reporter)) is not None:
        return resolve_relative(subject), False
    if _either_speaker(verb) or _after_a_relative_clause(verb) or _joined_to_relative(verb):
        return None, False
    shown = _name_shown_speaking(verb)
    if shown is not None:
        return shown, False
    controller = object_controller(verb)
    if controller is not None:
        return resolve_relative(controller), False
    subject = doer_of(verb)
    if subject is None:
        return _asked_first(verb) or _stranded_name(verb), False
    return resolve_relative(subject), False


def _asked_first(verb: Token) -> Token | None:
    """ "Hale, asked whether the plant would close, said ...": the parse gave the name to
    "asked" and left the verb of saying without a subject; the one asked is who speaks."""
    for clause in verb.children:
        if clause.i > verb.i or clause.lemma_.lower() not in PUT_TO:
            continue
        if clause.dep_ not in {"ccomp", "advcl"} or verb.doc[clause.i - 1].text != ",":
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
        if subjects:
            return subjects[0]
    return None


def _main_verb_read_as_participle(verb: Token) -> bool:
    """ "Rina Sola, who came second in May, called on the president to resign": a name
    the parse made its sentence's root, with a relative clause or an apposition set off
    after it, then a verb in "-ed" (a simple past as much as a participle) read as a
    participle on the name. The sentence has no other verb for the name, so the verb is
    its predicate and the name its subject."""
    name = verb.head
    if name.dep_ != "ROOT" or name.pos_ != "PROPN" or agent_of(verb) is not None:
        return False
    if not verb.lower_.endswith("ed") or _participle_only(verb):
        return False
    set_off = [c for c in name.children if c.dep_ in {"relcl", "appos"} and c.i < verb.i]
    return bool(set_off) and verb.doc[verb.i - 1].text == ","


def _participle_only(verb: Token) -> bool:
    """A form no simple past has ("shown", "written")."""
    return verb.lower_.endswith(_PARTICIPLE_ENDINGS) and verb.lower_ != verb.lemma_


def _reporter_of_misattached_conjunct(verb: Token) -> Token | None:
    """ "Ruiz said the delay would cost money and warned the council to ...": a cue the
    parser joined to the reported clause ("would cost") instead of to the cue that
    reports it ("said"). Without a subject of its own and in the reporting cue's tense,
    not the clause's, it is the reporter's second verb: that cue is returned."""
    head = verb.head
    if verb.dep_ != "conj" or has_nominal_subject(verb) or head.dep_ != "ccomp":
        return None
    reporter = head.head
    if reporter.i == head.i or _matching_cue(reporter) is None:
        return None
    if tense(verb) is None or tense(verb) != tense(reporter):
        return None
    if tense(head) == tense(verb) and not _said_after_backshift(verb, head):
        return None
    return reporter


def _reporter_after_comma(verb: Token) -> Token | None:
    """ "The league said its survey found rents rose 6 percent, and accused the city of
    ...": a subjectless cue in the simple past set off by a comma and "and" after a
    reported clause goes back past that clause to the sentence's reporting cue, whose
    subject did it; the cue reporting the outermost clause, or None."""
    doc = verb.doc
    if verb.dep_ != "conj" or not _bare_past(verb) or _own_subject(verb):
        return None
    if _matching_cue(verb) is None:
        return None
    opener = verb.left_edge.i
    if opener < 2 or doc[opener - 1].dep_ != "cc" or doc[opener - 2].text != ",":
        return None
    reporter = None
    clause = verb.head
    while clause.dep_ in {"ccomp", "conj"} and clause.head.i != clause.i:
        clause = clause.head
        if _matching_cue(clause) is not None and _own_subject(clause):
            reporter = clause
    return reporter if reporter is not None and reporter.i != verb.head.i else None


def _reporter_after_a_state(verb: Token) -> Token | None:
    """ "Moss said the strike was over and called on the firm to reopen": a subjectless cue
    in the simple past joined to a reported clause that states a state (a copula with its
    complement, or a passive) is the reporter's next act, as ``adjuncts.drop_next_act``
    reads it when it cuts that act off the content: the cue reporting the clause."""
    reporter = _reporter_of_joined(verb)
    if reporter is None or not _bare_past(verb):
        return None
    if not states_a_state(verb.head):
        return None
    # "Hale said Ruiz was a fraud and urged ...": a named subject may be the one who urged
    subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return reporter if subjects and subjects[0].pos_ == "NOUN" else None


def _said_after_backshift(verb: Token, clause: Token) -> bool:
    """ "denied that any water had been released and said the flooding was ...": a verb of
    saying in the simple past after a reported clause in the past perfect is the reporter's
    next statement, in the reporter's own tense (the clause's own verb would share its
    "had")."""
    perfect = _has_perfect(clause)
    simple = verb.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return perfect and simple and verb.lemma_.lower() in _SAYING


def _reporter_of_joined(verb: Token) -> Token | None:
    """The cue reporting the clause a subjectless cue is joined to ("Hale said Ruiz was a
    fraud and urged ...": "said"), or None when the cue is not so joined."""
    head = verb.head
    if verb.dep_ != "conj" or has_nominal_subject(verb) or not _reported_clause(head):
        return None
    reporter = head.head
    if reporter.i == head.i or _matching_cue(reporter) is None:
        return None
    return reporter


def _either_speaker(verb: Token) -> bool:
    """ "Hale said Ruiz was a fraud and urged voters to ...": a subjectless cue joined to a
    reported clause, all in one tense, may be the reporter's second act (Hale urged) or the
    reported subject's (Ruiz urged); the parse cannot tell, so no speaker is guessed."""
    reporter = _reporter_of_joined(verb)
    if reporter is None:
        return False
    head = verb.head
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in head.children):
        return False  # "Hale said he was ill and called it ...": most often the reporter
    # the reporter's tense may be unknown ("tweeted" read as a participle)
    same = tense(verb) is not None and tense(verb) == tense(head)
    return same and tense(reporter) in (tense(verb), None)


#: The clause of a cue joined to a clause another cue reports: it is reported with it.
REPORTED_CONJUNCT = "reported conj"


def _reported_in_the_present(verb: Token) -> bool:
    """ "Lee says Ruiz promised to stay and said she would fight": a subjectless cue in the
    past joined to a clause in the past that a cue in the present reports is part of what
    that cue reports, said by the clause's subject (the reporter's own next verb would be
    in the reporter's present); the claim nested so is not a claim of its own."""
    reporter = _reporter_of_joined(verb)
    if reporter is None:
        return False
    head = verb.head
    return tense(reporter) == "present" and tense(verb) == "past" and tense(head) == "past"


def _joined_to_relative(verb: Token) -> bool:
    """ "Ortiz thanked the drivers who stayed and said service would resume": a subjectless
    cue the parser joined to a relative clause may be said by the noun the clause is on
    (the drivers) or by the sentence's subject (Ortiz); the parse cannot tell, so no
    speaker is guessed."""
    if verb.dep_ != "conj" or _own_subject(verb):
        return False
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "relcl"


#: Verbs of saying whose reported clause a participle may follow ("said ..., adding").
_SAYING = frozenset({"say", "tell", "add", "claim", "argue", "insist", "write", "state"})


def _after_a_relative_clause(verb: Token) -> bool:
    """ "Hale was vague about a builder who said he was not paid, saying ...": a participle
    set off by a comma after a relative clause may be said by the main clause's subject or
    by the noun the relative clause is on; the parse cannot tell, so no speaker is guessed."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or _own_subject(verb):
        return False
    clause = verb.head
    # "blocked a law that capped the hours drivers can work, ruling that ...": hung on a
    # clause inside the sentence, the participle may be its subject's or the sentence's
    if clause.dep_ not in {"relcl", "ccomp"} or clause.i > verb.i:
        return False
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SAYING:
        return False  # "said the plan would fail, adding ...": the reporter's, as before
    return verb.i > 0 and verb.doc[verb.i - 1].text == ","


#: Entity types of a word before a gerund that never speak ("spent hours saying").
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _name_shown_speaking(verb: Token) -> Token | None:
    """ "released a clip of Wade saying ...", "footage of Ruiz asking, ...": a gerund cue
    right after a name in an object, with no comma between, describes that person; the
    parser hung it on the main verb, whose subject (the clip's maker) did not say it."""
    if verb.dep_ not in {"xcomp", "advcl"} or verb.tag_ != "VBG" or _own_subject(verb):
        return None
    name = verb.doc[verb.i - 1] if verb.i > 0 else None
    if name is None or name.dep_ not in {"pobj", "dobj"} or name.ent_type_ in _NOT_SPEAKERS:
        return None
    if name.pos_ == "PROPN":
        return name if name.ent_type_ in {"PERSON", "ORG", "NORP"} else None
    # "left many states feeling that ...": the verb's own plural object is who feels it
    own_object = name.dep_ == "dobj" and name.head.i == verb.head.i
    return name if own_object and name.tag_ == "NNS" else None


def _reported_clause(clause: Token) -> bool:
    """A clause reported by the verb it hangs on: its complement, or a "that" clause the
    parser hung on it as an adverbial ("tweeted in the night that ...")."""
    if clause.dep_ == "ccomp":
        return True
    return clause.dep_ == "advcl" and any(
        c.lower_ == "that" and c.i < clause.i for c in clause.children
    )


def put_to_subject(verb: Token) -> bool:
    """ "Asked whether she would stay, Shah said ...", "When asked about the delay, ...": a
    past participle set before its clause without a subject of its own is done to that
    clause's subject (the parser often tags it as a past tense: "Asked/VBD"). The question
    is the interviewer's, and its clause is never the subject's answer."""
    return verb.dep_ == "advcl" and verb.tag_ in {"VBN", "VBD"} and not _own_subject(verb)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children)


def object_controller(verb: Token) -> Token | None:
    """ "forced the banker to admit ...": the object of the verb a subjectless infinitive
    completes is who does it (not that verb's subject)."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    return objects[-1] if objects else None


def _stranded_name(verb: Token) -> Token | None:
    """ "Speaking for the family, Tom Reyes, QC, said ...": a name right before a cue
    without a subject, which the parser hung on the opening phrase instead."""
    if verb.dep_ != "ROOT":
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].is_punct:
        i -= 1
    if i < 0:
        return None
    name = verb.doc[i]
    while name.dep_ in {"appos", "compound"} and name.head.i < verb.i:
        name = name.head
    if name.pos_ == "PROPN" and name.dep_ in {"npadvmod", "dep"} and name.head.i < verb.i:
        return name
    return None


def cue_drafts(doc: Doc, in_quote: list[int]) -> tuple[list[Draft], list[Draft]]:
    """Claims from cue verbs, and "bare" cues that have a source but no content."""
    text = doc_text(doc)
    drafts: list[Draft] = []
    bare: list[Draft] = []
    table = cue_table()  # only a cue verb's lemma can match: the other tokens are not built
    for token in (doc[i] for i, lemma in enumerate(doc_words(doc).lemmas) if lemma in table):
        cue = _matching_cue(token)
        if cue is None or in_quote[token.i] >= 0:
            continue
        head, impersonal = _source_head(token)
        if head is None and not impersonal:
            answer = _answerer_cue(doc, token)
            if answer is not None:
                bare.append(answer)
            continue
        if head is not None and head.i == token.i:
            continue
        content = _content_of(token, cue, in_quote)
        if content is None and "that" in cue.frames:
            content = clause_around_insert(token)
        if not states_content(token, cue, content):
            continue
        if content is not None and _shows_someone_speaking(token, content, in_quote):
            continue  # "the clip shows Wade saying X": Wade's claim, made by the gerund
        statement = _paragraph_after_colon(doc, token) if head is not None else None
        source_span = source_head = None
        if head is not None:
            in_cue_clause = token.left_edge.i <= head.i <= token.right_edge.i
            if content and content[0] <= head.i < content[1] and not in_cue_clause:
                continue  # the "source" sits inside the content: a parse tangle
            stop = token.i if head.i < token.i else None
            s_start, s_end = phrase_bounds(head, stop)
            s_end = _name_end(head, s_end)
            # a content run over its inserted cue ("The harbour, as the mayor said, will
            # ...") holds the source as it holds the cue; any other overlap is a tangle
            around = content is not None and content[0] <= token.i < content[1]
            if content and s_start < content[1] and content[0] < s_end and not around:
                s_start, s_end = head.i, head.i + 1
            source_span = chars(doc, s_start, s_end)
            source_head = chars(doc, head.i, head.i + 1)
        cue_span = (token.idx, token.idx + len(token.text))
        kind = ClaimKind.UNSOURCED if head is None else ClaimKind.INDIRECT
        if statement is not None:
            drafts.append(
                Draft(statement, token.text, cue_span, source_span, source_head, cue.stance, kind)
            )
        if content is None:
            after_colon = _after_colon(doc, text, token) if head is not None else None
            if after_colon is not None:
                drafts.append(
                    Draft(
                        after_colon,
                        token.text,
                        cue_span,
                        source_span,
                        source_head,
                        cue.stance,
                        kind,
                    )
                )
            elif head is not None and cue.stance != "belief":
                bare.append(
                    Draft((0, 0), token.text, cue_span, source_span, source_head, cue.stance, kind)
                )
            continue
        c_start = strip_mark(doc, *content)
        if c_start <= token.i < content[1] and _relative_word(doc[c_start], token):
            # "which the Church describes as a retreat": what is said is after the cue
            c_start = token.i + 1
            while c_start < content[1] and doc[c_start].pos_ in {"ADP", "PART"}:
                c_start += 1
            if content[1] - c_start < 2:
                continue
        c_end = _with_reason(token, content[1])
        c_end = _cut_at_semicolon(doc, c_start, c_end, in_quote)
        if token.i < c_start:
            c_end = _through_colon(doc, c_end, in_quote)
        c_end = _drop_trailing_participle(doc, c_start, c_end)
        span = trim(text, *chars(doc, c_start, c_end))
        if span[1] - span[0] < 2:
            continue
        draft = Draft(span, token.text, cue_span, source_span, source_head, cue.stance, kind)
        # "Lee says Ruiz promised to stay and said she would fight": part of Lee's content
        joined = REPORTED_CONJUNCT if _reported_in_the_present(token) else token.dep_
        draft.clause = (doc[token.left_edge.i].idx, joined)
        drafts.append(draft)
    return drafts, bare


def _relative_word(token: Token, cue: Token) -> bool:
    """A relative pronoun: "which", "what", or a "that" standing as the subject of the
    clause a relative cue reports ("remedies that regulators said would ..."), not the
    "that" opening a clause, a demonstrative ("That is why, he argued, ...") nor the
    cue's own object ("the mood that critics blame for ...": what they blame)."""
    if token.tag_ in {"WDT", "WP"}:
        return True
    relative = token.lower_ == "that" and token.dep_ in {"nsubj", "nsubjpass"}
    return relative and cue.dep_ == "relcl" and token.head.head.i == cue.i


#: Verbs that put a question to someone ("Asked whether ...", "Pressed on ...").
_QUESTION_PUT = frozenset({"ask", "question", "press", "quiz"})


def _answerer_cue(doc: Doc, verb: Token) -> Draft | None:
    """ "Asked whether she would return, Calloway smiled. 'I'm not going anywhere.'": the
    one asked, named as the subject of the clause the question hangs on, answers; a
    content-less cue with that speaker lets a quote with no cue of its own nearby take
    her as its speaker. Only a name or a pronoun answers (not "the crowd")."""
    if not put_to_subject(verb) or verb.lemma_.lower() not in _QUESTION_PUT:
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"PROPN", "PRON"}:
        return None
    s_start, s_end = phrase_bounds(subject, verb.head.i)
    return Draft(
        (0, 0),
        verb.head.text,
        (verb.head.idx, verb.head.idx + len(verb.head.text)),
        chars(doc, s_start, s_end),
        chars(doc, subject.i, subject.i + 1),
        "assertion",
        ClaimKind.INDIRECT,
    )


def _shows_someone_speaking(verb: Token, content: tuple[int, int], in_quote: list[int]) -> bool:
    """Whether the content is someone else speaking, a gerund cue with its own subject
    opening it and a clause of its own after it ("the video shows Ruiz saying that ...",
    "heard the mayor warning that ..."): the claim is the speaker's, and the cue that
    shows it says nothing of its own. Not inside a quote ("'We're talking about ...,'
    she said" is her claim), nor "recalled Obama talking about a book" (no clause)."""
    for clause in verb.children:
        if clause.dep_ not in _CLAUSE_DEPS or clause.tag_ != "VBG" or in_quote[clause.i] >= 0:
            continue
        if _matching_cue(clause) is None or clause.left_edge.i != content[0]:
            continue
        if not any(c.dep_ in _CLAUSE_DEPS for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and subjects[0].i < clause.i and subjects[0].lower_ not in EXPLETIVES:
            return True
    return False


def _name_end(head: Token, end: int) -> int:
    """A named source ends before a phrase the parser hung on it from the clause:
    "said Ruiz to the crowd" names Ruiz ("Bank of Spain" keeps its "of")."""
    if head.pos_ != "PROPN":
        return end
    for child in head.children:
        if child.i > head.i and child.dep_ == "prep" and child.lower_ != "of":
            return min(end, child.i)
    return end


def _with_reason(verb: Token, end: int) -> int:
    """Extend a content over the adverbial clause ("because ...", ", when ...") that the
    parser hung on the cue right after the content). A subjectless clause whose verb is
    itself a cue with a clause of its own ("criticized the plan while insisting that
    ...") is the source's next statement, a claim of its own, and ends the content."""
    for child in verb.children:
        if _next_statement(child):
            continue
        if child.dep_ == "advcl" and child.left_edge.i >= end - 1 and verb.i < end:
            between = verb.doc[end : child.left_edge.i]
            if all(t.is_punct or t.is_space for t in between):
                end = child.right_edge.i + 1
    return end


def _next_statement(clause: Token) -> bool:
    """A subjectless cue with a clause of its own ("while insisting that ..."): the
    source's next statement."""
    return (
        _matching_cue(clause) is not None
        and not _own_subject(clause)
        and any(c.dep_ == "ccomp" for c in clause.children)
    )


def _paragraph_after_colon(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """ "The firm denied the allegations:" ending its paragraph: the statement is the next
    paragraph, up to the first sentence that has a cue of its own.

    A quotation there is left to the quote pass.
    """
    text = doc_text(doc)
    sent = cue.sent
    last = doc[sent.end - 1] if not doc[sent.end - 1].is_space else doc[sent.end - 2]
    if cue.dep_ != "ROOT" or last.text != ":" or last.i <= cue.i:
        return None
    line_end = text.find("\n", last.idx)
    if line_end == -1 or text[last.idx + 1 : line_end].strip():
        return None
    start = line_end + 1
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    if start >= end or text[start] in QUOTE_MARKS:
        return None
    for token in doc[sent.end :]:
        if token.idx >= end:
            break
        if token.idx > start and _matching_cue(token) is not None and doer_of(token) is not None:
            end = min(end, token.sent.start_char)
            break
    span = trim(text, start, end)
    return span if span[1] - span[0] >= 12 else None


def _after_colon(doc: Doc, text: str, cue: Token) -> tuple[int, int] | None:
    """'She added: the plan ...': the rest of the paragraph after a colon that ends the cue.

    A quotation after the colon is left to the quote pass, which knows where it ends.
    """
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ":":
        return None
    start = doc[cue.i + 1].idx + 1
    limit = min(len(text), start + MAX_TURN_CHARS)
    end = text.find("\n", start, limit)
    end = limit if end == -1 else end
    span = trim(text, start, end)
    if span[1] - span[0] < 12 or text[start:end].lstrip()[:1] in QUOTE_MARKS:
        return None
    return span


#: Words opening a relative clause set off at a content's end: the writer's aside on a thing
#: or a person named last ("..., which opened in 2019", "..., whose term ends in May").
_ASIDE_OPENERS = frozenset({"which", "who", "whose"})
#: Entity types of a place a closing "where" clause describes ("... in Northfield, where
#: residents have complained for years"): the writer's aside too, as on any name.
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _drop_trailing_participle(doc: Doc, start: int, end: int) -> int:
    """Cut a closing ", doing ..." or ", which ..." clause: the writer's aside, not the claim."""
    last = end - 1
    while last > start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    words = doc_words(doc)  # a Token is built only for a clause's verb
    for i in range(start, min(end, len(doc))):
        dep = words.deps[i]
        if not ((dep == "advcl" and words.tags[i] == "VBG") or dep == "relcl"):
            continue
        token = doc[i]
        if dep == "advcl" and event_participle(token, start, _is_cue_verb):
            continue  # "..., killing three people": what the reported event did
        opener = token.left_edge.lower_
        aside = dep == "advcl" or opener in _ASIDE_OPENERS
        named_place = token.head.ent_type_ in _PLACE_ENTS or token.head.pos_ == "PROPN"
        aside = aside or (opener == "where" and named_place)
        if aside and token.left_edge.i > start + 3:
            before = doc[token.left_edge.i - 1]
            if before.text == "," and token.right_edge.i >= last:
                return before.i
    return end


def _is_cue_verb(token: Token) -> bool:
    """Whether a verb's lemma is a cue's (a participle of saying: "adding", "citing")."""
    return token.lemma_.lower() in cue_table()


def _through_colon(doc: Doc, end: int, in_quote: list[int]) -> int:
    """ "notes that we are at a turning point: rents are rising and ...": a content that
    stops at a colon goes on to its sentence's end, where the colon opens what it
    announces (no quotation, which is a claim of its own, and no other cue)."""
    if end >= len(doc) or doc[end].text != ":":
        return end
    rest = [t for t in doc[end + 1 : doc[end].sent.end] if not t.is_space]
    if len(rest) < 3 or any(t.text in QUOTE_MARKS or in_quote[t.i] >= 0 for t in rest):
        return end
    if any(_matching_cue(t) is not None for t in rest):
        return end
    last = rest[-1]
    return last.i if last.is_punct else last.i + 1


def _cut_at_semicolon(doc: Doc, start: int, end: int, in_quote: list[int]) -> int:
    """A reported content ends at a semicolon outside quotes: what follows is a new statement."""
    texts = doc_words(doc).texts
    for i in range(start + 1, min(end, len(doc))):
        if texts[i] == ";" and in_quote[i] < 0:
            return i
    return end
