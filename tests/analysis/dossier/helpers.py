"""Building small Briefings by hand for the dossier tests (no model needed)."""

from __future__ import annotations

from briefing_tui.model import (
    Actor,
    ActorKind,
    Article,
    Briefing,
    Claim,
    ClaimKind,
    Mention,
    Question,
    QuestionKind,
    Span,
)


def find(text: str, words: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start, start + len(words))


def actor(text: str, aid: str, name: str, kind: str, *written: str, **extra) -> Actor:
    """An actor named at every occurrence of each written form."""
    mentions = []
    for form in written or (name,):
        start = text.find(form)
        while start >= 0:
            mentions.append(Mention(start, start + len(form), form, "name"))
            start = text.find(form, start + len(form))
    return Actor(aid, name, ActorKind(kind), mentions, **extra)


def briefing(
    text: str,
    actors: list[Actor],
    claims: list[Claim] | None = None,
    questions: list[Question] | None = None,
    date: str | None = None,
    title: str = "",
    outlet: str | None = None,
) -> Briefing:
    """A Briefing of ``text`` with these items."""
    article = Article(
        text=text, title=title, source="x.txt", date=date, outlet=outlet, paragraphs=[]
    )
    return Briefing(article, actors, claims or [], questions or [])


def claim(
    text: str, cid: str, source: str | None, content: str, kind: str = "direct", stance="assertion"
) -> Claim:
    """A claim whose content is the first occurrence of ``content``."""
    return Claim(
        cid, source, None, None, "said", None, find(text, content), ClaimKind(kind), stance
    )


def question(text: str, qid: str, asked: str, evidence: str, kind: str = "pending") -> Question:
    """A question with one evidence span."""
    return Question(qid, asked, QuestionKind(kind), [find(text, evidence)])
