"""Questions whose grammar broke when a clause was turned into a question, by their words.

Each test names one class a reader cannot parse:

- ``do_with_participle``: "did", "does" or "do" followed, in the same clause, by "been"
  or "being" ("Did samples taken from the site been stored?"): a passive or progressive
  clause given do-support, which only a plain verb takes.
- ``modal_on_modal``: a question opened by a modal whose own clause holds a second modal
  before its verb ("Will a grant, secured last year, must be committed by June 30?"): the
  sentence's modal was kept beside the one the question added.
- ``predicate_repeats_subject``: "Was the Nordic market nordic?": a short yes/no question
  whose one-word predicate is a word of its own subject, a name read as a quality.
"""

from __future__ import annotations

import re

#: Words that open a clause of their own inside a question: after one, a second verb
#: belongs to that clause, not to the question's.
_CLAUSE_OPENERS = (
    r"(?:, | as | if | unless | when | after | before | that | who | which | because )"
)
#: Words a "been" or "being" of a well-formed clause follows ("it has been hacked").
_AUXILIARIES = (
    r"has|have|had|is|are|was|were|be|been|will|would|could|can|may|might|must|should|shall"
    r"|'s|’s|not|never|already|also|still|just|ever"
)
#: "Did ... been ...": do-support with a passive or progressive participle in its clause,
#: the participle after no auxiliary of its own.
_DO_PARTICIPLE = re.compile(
    r"^(?:(?:what|when|where|why|how|who|which)\b[^?]*? )?(?:did|does|do)\b"
    r"(?:(?!"
    + _CLAUSE_OPENERS
    + r").)*?(?<![\w’'])(?!(?:"
    + _AUXILIARIES
    + r") )\w+ (?:been|being)\b",
    re.IGNORECASE,
)
#: "Will ... must be ...": a modal question with a second modal before its verb.
_MODAL_ON_MODAL = re.compile(
    r"^(?:will|would|could|can|should|may|might)\b"
    r"(?:(?! (?:as|if|unless|that|who|which|when|where|whether|what|how|why|while|until"
    r"|after|before|because|and|or|but) ).)*?"
    r",? (?:must|shall|will|would|can|could|should) (?:be|have|not)\b",
    re.IGNORECASE,
)
#: "Was the Nordic market nordic?": a short copular yes/no question, its last word apart.
_SHORT_COPULAR = re.compile(r"^(?:is|was|are|were) ([^,?]+) (\w+)\?$", re.IGNORECASE)
#: The longest question, in words, read as a copula with a one-word predicate.
MAX_COPULAR_WORDS = 8


def do_with_participle(text: str) -> bool:
    """Whether ``text`` gives do-support to a clause with "been" or "being"."""
    return bool(_DO_PARTICIPLE.search(text))


def modal_on_modal(text: str) -> bool:
    """Whether ``text`` opens with a modal and writes a second one before its verb."""
    return bool(_MODAL_ON_MODAL.search(text))


def predicate_repeats_subject(text: str) -> bool:
    """Whether a short "Is/Was X Y?" asks of X a word X is already named by."""
    match = _SHORT_COPULAR.match(text)
    if match is None or len(text.split()) > MAX_COPULAR_WORDS:
        return False
    subject = {word.lower() for word in re.findall(r"\w+", match.group(1))}
    return match.group(2).lower() in subject
