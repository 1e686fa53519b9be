"""Whether the article tells that an event a question turns on has already taken place.

A party's legal move is taken too when the article says its noun was filed:
"the town said it would appeal ... The town filed its appeal on Wednesday".

"Lisa Ward had asked the council to delay the vote" asks nothing when the
article says "The council voted 7-2 on Monday" or "The vote was held as
planned": the vote the request was about is behind us, whichever sentence
tells it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.questions.scope import is_negated

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of an event that is held on a day (lemmas).
EVENT_NOUNS = frozenset(
    {"vote", "ballot", "meeting", "hearing", "election", "referendum", "summit", "debate"}
)
#: Verbs that tell an event took place ("was held", "went ahead").
_TOOK_PLACE = frozenset({"hold", "happen", "occur", "conduct", "proceed"})


def _told_in_past(verb: Token) -> bool:
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"} or is_negated(verb):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" or a.lower_ in {"to", "being"} for a in auxiliaries):
        return False
    if verb.dep_ in {"relcl", "acl", "xcomp", "advcl", "ccomp"} and verb.tag_ == "VBN":
        return False
    return verb.tag_ == "VBD" or any(a.tag_ in {"VBD", "VBZ", "VBP"} for a in auxiliaries)


def event_held(action: Token) -> bool:
    """Whether the event ``action`` is about ("delay the vote") is told as having taken
    place elsewhere in the article: "the vote was held", "the council voted on Monday"."""
    event = next((c for c in action.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if event is None or event.lemma_.lower() not in EVENT_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in event.children):
        return False
    lemma = event.lemma_.lower()
    for token in action.doc:
        if token.sent == action.sent or not _told_in_past(token):
            continue
        if token.lemma_.lower() == lemma:
            return True  # "the council voted 7-2 on Monday"
        if token.lemma_.lower() in _TOOK_PLACE:
            held = next((c for c in token.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
            if held is not None and held.lemma_.lower() == lemma:
                return True  # "the vote was held as planned"
    return False


#: The noun a legal move is filed as ("appeal" -> "appeal", "sue" -> "suit", "lawsuit").
_MOVE_NOUNS: dict[str, frozenset[str]] = {
    "appeal": frozenset({"appeal"}),
    "challenge": frozenset({"challenge", "suit", "lawsuit"}),
    "sue": frozenset({"suit", "lawsuit", "complaint"}),
    "contest": frozenset({"challenge", "suit", "lawsuit"}),
    "petition": frozenset({"petition"}),
}
#: Verbs with which a move is made as a filing ("filed its appeal", "lodged a challenge").
_FILING = frozenset({"file", "lodge", "submit", "launch", "bring", "mount", "enter"})


def move_filed(verb: Token, subject: Token | None) -> bool:
    """Whether a later sentence tells that the legal move ``verb`` forecasts was made as a
    filing by the same doer ("would appeal" ... "the town filed its appeal")."""
    nouns = _MOVE_NOUNS.get(verb.lemma_.lower())
    if nouns is None or subject is None:
        return False
    doers = {subject.lemma_.lower()}
    if subject.pos_ == "PRON":  # "the town said it would appeal": "it" is the town
        teller = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        doers |= {teller.lemma_.lower()} if teller is not None else set()
    for token in verb.doc[verb.sent.end :]:
        if token.lemma_.lower() not in nouns or token.dep_ != "dobj":
            continue
        filing = token.head
        if filing.lemma_.lower() not in _FILING or not _told_in_past(filing):
            continue
        filer = next((c for c in filing.children if c.dep_ == "nsubj"), None)
        if filer is not None and (filer.lemma_.lower() in doers or filer.pos_ == "PRON"):
            return True
    return False
