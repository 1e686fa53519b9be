"""Questions across articles: duplicates merged, and those a later article settles.

Two articles' questions are one when they read nearly alike, or share most of their
content words and an actor of the dossier. A question one article leaves open is
answered by another article published later when a sentence there states its
matter (most of its content words) plainly: not as a question, a forecast or a
hedge, and not among that article's own open questions' evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz.fuzz import ratio

from briefing_tui.analysis.dossier.model import DossierActor, DossierQuestion, Ref
from briefing_tui.analysis.dossier.timeline import article_date, sentences
from briefing_tui.analysis.dossier.words import content_words, overlap, stem, words
from briefing_tui.model import Briefing, Question

#: Questions that read this alike are one.
SAME_WORDING = 85.0
#: Content words two questions on one actor must share to be one.
SAME_MATTER = 0.7
#: Content words of a question a sentence must state to settle it (and at least three).
ANSWERS = 0.75
#: Words that leave a sentence open: forecasts, hedges, plans and questions.
OPEN_WORDS = frozenset(
    [
        "will",
        "would",
        "could",
        "might",
        "may",
        "should",
        "shall",
        "expected",
        "expects",
        "expect",
        "plans",
        "planned",
        "plan",
        "hope",
        "hopes",
        "unclear",
        "unknown",
        "whether",
        "if",
        "possibly",
        "perhaps",
        "likely",
        "unlikely",
        "reportedly",
        "allegedly",
        "could't",
    ]
)
#: Words of an asked question that do not name its matter.
_ASKING = frozenset(
    [
        "will",
        "does",
        "do",
        "did",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "what",
        "who",
        "when",
        "how",
        "why",
    ]
)


@dataclass(slots=True)
class _Asked:
    ref: Ref
    question: Question
    content: frozenset[str]
    actors: frozenset[str] = field(default_factory=frozenset)


def _content(text: str) -> frozenset[str]:
    return content_words(text) - _ASKING


def merge_questions(briefings: list[Briefing], actors: list[DossierActor]) -> list[DossierQuestion]:
    """Every article's questions, duplicates merged, with what later articles answer;
    the questions still open across the dossier first."""
    dossier_actor = {(m.article, m.id): a.id for a in actors for m in a.members}
    asked = [
        _Asked(
            Ref(i, q.id),
            q,
            _content(q.question),
            frozenset(dossier_actor[(i, a)] for a in q.actors if (i, a) in dossier_actor),
        )
        for i, b in enumerate(briefings)
        for q in b.questions
    ]
    parent = list(range(len(asked)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (i, x), (j, y) in combinations(enumerate(asked), 2):
        if x.ref.article == y.ref.article:
            continue
        alike = ratio(x.question.question.casefold(), y.question.question.casefold())
        shared_actor = bool(x.actors & y.actors)
        if alike >= SAME_WORDING or (
            shared_actor
            and overlap(x.content, y.content) >= SAME_MATTER
            and len(x.content & y.content) >= 3
        ):
            parent[find(j)] = find(i)
    groups: dict[int, list[_Asked]] = {}
    for i, item in enumerate(asked):
        groups.setdefault(find(i), []).append(item)
    dates = [article_date(b) for b in briefings]
    statements = [_statements(b) if dates[i] else [] for i, b in enumerate(briefings)]
    result = []
    for members in groups.values():
        first = members[0]
        answers = _answers(members, statements, dates)
        result.append(
            DossierQuestion(
                "",
                first.question.question,
                str(first.question.kind),
                [m.ref for m in members],
                answers,
            )
        )
    result.sort(key=lambda q: (not q.open, -len(q.members), q.members[0].article))
    for n, question in enumerate(result, 1):
        question.id = f"q{n}"
    return result


@dataclass(frozen=True, slots=True)
class _Statement:
    """A sentence of an article that states something plainly, with its word stems."""

    start: int
    end: int
    text: str
    stems: frozenset[str]


def _statements(briefing: Briefing) -> list[_Statement]:
    """The sentences of an article that are no question, forecast or hedge, and hold no
    evidence of its own open questions."""
    text = briefing.article.text
    open_spans = [e for q in briefing.questions for e in q.evidence]
    found = []
    for start, end in sentences(text):
        sentence = text[start:end]
        written = set(words(sentence))
        if sentence.rstrip().endswith("?") or written & OPEN_WORDS:
            continue
        if any(e.start < end and start < e.end for e in open_spans):
            continue
        found.append(
            _Statement(start, end, " ".join(sentence.split()), frozenset(stem(w) for w in written))
        )
    return found


def _answers(
    members: list[_Asked], statements: list[list[_Statement]], dates: list[str | None]
) -> list[dict[str, object]]:
    """Sentences of later articles that state the matter of these questions plainly."""
    raised = {m.ref.article for m in members}
    latest = max((dates[a] for a in raised if dates[a]), default=None)
    if latest is None or min(len(m.content) for m in members) < 3:
        return []
    content = frozenset().union(*(m.content for m in members))
    found: list[dict[str, object]] = []
    for index, article_statements in enumerate(statements):
        when = dates[index]
        if index in raised or when is None or when <= latest:
            continue
        for statement in article_statements:
            stems = statement.stems
            if len(stems & content) >= 3 and any(
                len(stems & m.content) >= max(3, ANSWERS * len(m.content)) for m in members
            ):
                found.append(
                    {
                        "article": index,
                        "start": statement.start,
                        "end": statement.end,
                        "text": statement.text,
                    }
                )
    return found[:3]
