"""Indirect questions: a reported clause opened by "whether", "if" or a wh-word.

After a cue that asks ("asked whether the bridge would reopen", "wondered how
..."), the clause is a question: the claim stays, with the stance "question"
(the questions pane raises it), and its content keeps its "whether" or "if"
(``with_question_word``), so it never reads as the statement "the bridge would
reopen". After any other cue ("explained how the levy would work", "discussed
what to do next", "revealed who funded the campaign") the clause names a topic,
not something the source stated, and is no claim (``is_indirect_question``). A
wh-word inside a clausal subject or an adverbial clause still opens a statement
("said what happened was a tragedy", "said when he arrived the house was
empty"), and so do "how" of degree ("noted how quickly prices rose") and "how"
telling past events ("recalled how the soldiers had burned the village").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.analysis.claims.draft import Draft

#: Complementisers that open a yes-no question ("asked whether ...", "asked if ...").
_QUESTION_MARKS = frozenset({"whether", "if"})
#: Tags of wh-words.
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Dependencies of a clause inside the content that makes a wh-word part of a statement.
_STATEMENT_DEPS = frozenset({"csubj", "csubjpass", "advcl"})
#: Parts of speech after "how" that make it a degree word ("how quickly", "how bad").
_DEGREE_POS = frozenset({"ADJ", "ADV"})
#: Degree words after "how" that ask for an amount, a time or a size ("how much it costs").
_AMOUNT_WORDS = frozenset({"much", "many", "long", "far", "often", "soon", "big", "large"})


def is_indirect_question(content: Span) -> bool:
    """Whether a reported content is an indirect question or topic, not a proposition."""
    words = [t for t in content if not (t.is_punct or t.is_space)]
    if not words:
        return False
    inside = range(content.start, content.end)
    before = content.doc[content.start - 1] if content.start > 0 else None
    if before is not None and _opens_yes_no_question(before, inside):
        return True
    first = words[0]
    if first.lower_ in _QUESTION_MARKS:
        return _opens_yes_no_question(first, inside)
    if first.lower_ == "that" or first.tag_ not in _WH_TAGS:
        return False  # "that" is a complementiser the tagger read as a relative word
    if first.lower_ == "how" and _tells_past_events(first, inside):
        return False
    return _opens_wh_question(first, inside)


def _opens_yes_no_question(word: Token, inside: range) -> bool:
    """ "whether"/"if" marking the clause the content is ("asked if it would close"), not a
    condition inside it ("warned that if it fails, it could ...")."""
    if word.lower_ not in _QUESTION_MARKS or word.dep_ != "mark":
        return False
    clause = word.head
    if clause.i not in inside:
        return False
    if word.lower_ == "whether":
        return True
    # "if" is a question only when its clause is the content's own, not an adverbial in it
    return clause.dep_ != "advcl" or clause.head.i not in inside


def _tells_past_events(how: Token, inside: range) -> bool:
    """ "how" opening a clause of past events without a modal ("explained how the camera
    changed his process", "how the soldiers had burned the village"): it tells what
    happened, where "how the levy would work" or "how it works" names a topic."""
    clause = how.head
    if clause.i not in inside or clause.pos_ not in {"VERB", "AUX"}:
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    past = clause.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)
    return past and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def _opens_wh_question(wh: Token, inside: range) -> bool:
    """A wh-word that opens the content's clause, not one inside a clausal subject or an
    adverbial clause of it, nor "how" of degree."""
    doc = wh.doc
    if wh.lower_ == "how" and wh.i + 1 < len(doc) and doc[wh.i + 1].pos_ in _DEGREE_POS:
        nxt = doc[wh.i + 1]
        if nxt.lower_ not in _AMOUNT_WORDS and (nxt.head.i == wh.i or wh.head.i == nxt.i):
            return False  # "how quickly prices rose": an exclamation of degree, a statement
    word = wh
    while word.head.i != word.i and word.head.i in inside:
        if word is not wh and word.dep_ in _STATEMENT_DEPS:
            return False
        word = word.head
    return True


def with_question_word(doc: Doc, draft: Draft) -> None:
    """Give an asked question's content back its "whether" or "if" ("asked whether the
    bridge would reopen" shows "whether the bridge would reopen")."""
    content = doc.char_span(*draft.content, alignment_mode="expand")
    if content is None or content.start == 0:
        return
    before = doc[content.start - 1]
    if _opens_yes_no_question(before, range(content.start, content.end)):
        draft.content = (before.idx, draft.content[1])
