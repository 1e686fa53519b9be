"""What the dossier screen lists: rows of text, each with the place Enter opens.

Textual-free: the screen turns each row into an option. A row whose ``place`` is
None is a heading (an article's name above its mentions and claims).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui.export import claim_sentence
from briefing_tui.terminal_text import one_line

if TYPE_CHECKING:  # the screen lists the articles before the dossier's modules are loaded
    from briefing_tui.analysis.dossier.model import Dossier, DossierActor
    from briefing_tui.model import Article

#: Characters of context shown on each side of a mention.
CONTEXT = 40
#: Longest row text before it is cut with an ellipsis.
ROW_CHARS = 110


@dataclass(frozen=True, slots=True)
class DossierPlace:
    """A place in one article of the dossier: where Enter takes the reader."""

    article: int
    offset: int = 0
    actor_id: str | None = None
    claim_id: str | None = None
    question_id: str | None = None


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a dossier list, and where it leads (None: a heading)."""

    text: str
    place: DossierPlace | None


def _cut(text: str, limit: int = ROW_CHARS) -> str:
    text = one_line(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def article_label(dossier: Dossier, index: int) -> str:
    """``[n] outlet · date · title``, with the parts known."""
    from briefing_tui.analysis.dossier.timeline import article_date

    article = dossier.briefings[index].article
    parts = [
        article.outlet,
        article_date(dossier.briefings[index]),
        article.title or article.source,
    ]
    return f"[{index + 1}] " + " · ".join(p for p in parts if p)


def article_rows(dossier: Dossier) -> list[Row]:
    """Each article: outlet, date, title and its counts."""
    rows = []
    for i, briefing in enumerate(dossier.briefings):
        counts = f"{len(briefing.actors)}a {len(briefing.claims)}c {len(briefing.questions)}q"
        rows.append(Row(_cut(f"{article_label(dossier, i)} ({counts})"), DossierPlace(i)))
    return rows


#: How an article's row shows its state while the dossier is analysed.
STATE_MARKS = {"waiting": "· ", "parsing": "… ", "cached": "✓ ", "analysed": "✓ "}


def waiting_article_rows(articles: list[Article], states: list[str] | None = None) -> list[Row]:
    """Each article by what is known before its analysis: outlet, date and title; with
    ``states``, each row starts with how far its analysis is (waiting, parsing, ready)."""
    rows = []
    for i, article in enumerate(articles):
        parts = [article.outlet, article.date, article.title or article.source]
        text = f"[{i + 1}] " + " · ".join(p for p in parts if p)
        if states is not None and i < len(states):
            text = STATE_MARKS.get(states[i], "") + text
        rows.append(Row(_cut(text), DossierPlace(i)))
    return rows


def progress_title(ready: int, total: int, stage: str) -> str:
    """The Articles pane's title while the dossier is analysed."""
    return f"Articles ({ready} of {total} ready · {stage})"


def actor_rows(dossier: Dossier) -> list[tuple[DossierActor, str]]:
    """Each dossier actor with its line: name, kind and the articles that name it."""
    rows = []
    for actor in dossier.actors:
        where = ",".join(str(a + 1) for a in sorted({m.article for m in actor.members}))
        rows.append((actor, _cut(f"{actor.name} ({actor.kind}) [{where}]")))
    return rows


def detail_rows(dossier: Dossier, actor: DossierActor) -> list[Row]:
    """Per article, the actor's mentions (in context) and its claims."""
    rows: list[Row] = []
    for member in actor.members:
        briefing = dossier.briefings[member.article]
        local = briefing.actor(member.id)
        if local is None:
            continue
        text = briefing.article.text
        rows.append(Row(f"{article_label(dossier, member.article)} — {local.name}", None))
        for mention in local.mentions:
            before = text[max(0, mention.start - CONTEXT) : mention.start]
            after = text[mention.end : mention.end + CONTEXT]
            shown = f"  {before}[{text[mention.start : mention.end]}]{after}"
            rows.append(
                Row(
                    _cut(shown),
                    DossierPlace(member.article, mention.start, actor_id=member.id),
                )
            )
        for claim in briefing.claims:
            if claim.source == member.id:
                # as the Claims pane, y and the export write it (its own cue, not "said")
                sentence = claim_sentence(briefing.article, briefing, claim)
                rows.append(
                    Row(
                        _cut(f"  {sentence}"),
                        DossierPlace(member.article, claim.content.start, claim_id=claim.id),
                    )
                )
    return rows


def claim_rows(dossier: Dossier) -> list[Row]:
    """Divergences first, then the claims several articles report, by group."""
    rows: list[Row] = []
    speakers = {a.id: a.name for a in dossier.actors}
    for divergence in dossier.divergences:
        first = divergence.claims[0]
        place = DossierPlace(first.article, _claim_start(dossier, first.article, first.id))
        rows.append(Row(_cut(f"⚠ {divergence.kind}: {divergence.note}"), place))
    for group in dossier.claims:
        speaker = speakers.get(group.speaker or "", "unattributed")
        several = group.match != "single"
        label = (
            f"{speaker} ({group.match}): {group.text}" if several else f"{speaker}: {group.text}"
        )
        first = group.members[0]
        place = DossierPlace(
            first.article, _claim_start(dossier, first.article, first.id), claim_id=first.id
        )
        rows.append(Row(_cut(label), place))
        if several:
            for member in group.members:
                start = _claim_start(dossier, member.article, member.id)
                rows.append(
                    Row(
                        f"    in {article_label(dossier, member.article)}",
                        DossierPlace(member.article, start, claim_id=member.id),
                    )
                )
    return rows


def _claim_start(dossier: Dossier, article: int, claim_id: str) -> int:
    for claim in dossier.briefings[article].claims:
        if claim.id == claim_id:
            return claim.content.start
    return 0


def question_rows(dossier: Dossier) -> list[Row]:
    """Questions still open first; an answered one says which article settles it."""
    rows = []
    for question in dossier.questions:
        first = question.members[0]
        local = next(
            (q for q in dossier.briefings[first.article].questions if q.id == first.id), None
        )
        offset = local.evidence[0].start if local and local.evidence else 0
        where = ",".join(str(m.article + 1) for m in question.members)
        if question.open:
            text = f"? {question.question} [{where}]"
            place = DossierPlace(first.article, offset, question_id=first.id)
        else:
            answer = question.answered_by[0]
            answered_in = answer["article"] + 1
            text = f"✓ {question.question} [{where}] answered in [{answered_in}]: {answer['text']}"
            place = DossierPlace(int(answer["article"]), int(answer["start"]))
        rows.append(Row(_cut(text), place))
    return rows


def timeline_rows(dossier: Dossier) -> list[Row]:
    """The timeline: publications and dated events."""
    rows = []
    for entry in dossier.timeline:
        when = entry.date or "undated"
        if entry.kind == "published":
            text = f"{when}  published {article_label(dossier, entry.article)}"
        else:
            text = f"{when}  {entry.text} [{entry.article + 1}]"
        rows.append(Row(_cut(text), DossierPlace(entry.article, entry.start or 0)))
    return rows
