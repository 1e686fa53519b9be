"""One pass of a question family over the words of a lemma: what each word asks, or the
veto that removed it, with the word as its cue."""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import TYPE_CHECKING, TypeVar

from briefing_tui.analysis.doctext import tokens_where
from briefing_tui.model import QuestionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing_tui.analysis.questions.rules import Candidate, RuleContext

Asked = TypeVar("Asked", bound=tuple)


def sweep(
    doc: Doc,
    lemmas: Container[str],
    judge: Callable[[Token], Asked | str | None],
    build: Callable[[Token, Asked], Candidate],
) -> tuple[list[Candidate], list[tuple[str, Token]]]:
    """For each word of ``doc`` with one of ``lemmas``: ``judge`` gives nothing to ask
    (None), a veto's name, or what to ask, which ``build`` turns into a candidate.
    The candidates, and each veto with the word it removed."""
    found: list[Candidate] = []
    refused: list[tuple[str, Token]] = []
    for token in tokens_where(doc[:], "lemmas", lemmas):
        asked = judge(token)
        if asked is None:
            continue
        if isinstance(asked, str):
            refused.append((asked, token))
            continue
        found.append(build(token, asked))
    return found, refused


def pending_in_sentence(
    ctx: RuleContext, family: str, cue: str
) -> Callable[[Token, tuple[str]], Candidate]:
    """A ``build`` for ``sweep``: what a word asks, as a pending question of the word's
    sentence, raised by ``family`` under ``cue``."""

    def build(word: Token, asked: tuple[str]) -> Candidate:
        candidate = ctx.candidate(QuestionKind.PENDING, word.sent, asked[0])
        candidate.family, candidate.cue = family, cue
        return candidate

    return build
