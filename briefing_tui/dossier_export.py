"""A dossier rendered as Markdown: articles, actors across them, claims, questions, timeline."""

from __future__ import annotations

from collections.abc import Sequence

from briefing_tui.analysis.dossier.model import Dossier
from briefing_tui.analysis.dossier.timeline import article_date
from briefing_tui.export import article_citation, claim_sentence
from briefing_tui.store.dossier_notes import DossierNote
from briefing_tui.terminal_text import visible_controls


def _article_label(dossier: Dossier, index: int) -> str:
    article = dossier.briefings[index].article
    return f"[{index + 1}] {article.title or article.source}"


def dossier_to_markdown(dossier: Dossier, notes: Sequence[DossierNote] = ()) -> str:
    """The whole dossier as one Markdown document, with the reader's notes on it."""
    lines = ["# Dossier", "", "## Articles", ""]
    for i, briefing in enumerate(dossier.briefings):
        counts = (
            f"{len(briefing.actors)} actors, {len(briefing.claims)} claims, "
            f"{len(briefing.questions)} questions"
        )
        date = article_date(briefing) or "undated"
        lines.append(f"{i + 1}. {article_citation(briefing.article)} ({date}; {counts})")
    lines += ["", "## Actors across the articles", ""]
    for actor in dossier.actors:
        articles = sorted({m.article + 1 for m in actor.members})
        if len(articles) < 2:
            continue
        names = sorted(
            {dossier.briefings[m.article].actor(m.id).name for m in actor.members}  # type: ignore[union-attr]
        )
        where = ", ".join(f"[{a}]" for a in articles)
        lines.append(f"- **{actor.name}** ({actor.kind}) in {where}: {'; '.join(names)}")
    if dossier.divergences:
        lines += ["", "## Where the accounts differ", ""]
        for divergence in dossier.divergences:
            where = " / ".join(_article_label(dossier, c.article) for c in divergence.claims)
            lines.append(f"- {divergence.kind}: {divergence.note} ({where})")
    lines += ["", "## Claims reported by several articles", ""]
    for group in dossier.claims:
        if group.match == "single":
            continue
        lines.append(f"- {group.match}:")
        for member in group.members:
            briefing = dossier.briefings[member.article]
            claim = next(c for c in briefing.claims if c.id == member.id)
            sentence = claim_sentence(briefing.article, briefing, claim)
            lines.append(f"  - {sentence} ({_article_label(dossier, member.article)})")
    lines += ["", "## Open questions", ""]
    for question in dossier.questions:
        where = ", ".join(f"[{m.article + 1}]" for m in question.members)
        if question.open:
            lines.append(f"- {question.question} ({where})")
        else:
            answer = question.answered_by[0]
            lines.append(
                f"- ~~{question.question}~~ ({where}) answered by [{answer['article'] + 1}]: "
                f"{answer['text']}"
            )
    lines += ["", "## Timeline", ""]
    for entry in dossier.timeline:
        when = entry.date or "undated"
        if entry.kind == "published":
            lines.append(f"- {when}: published {_article_label(dossier, entry.article)}")
        else:
            lines.append(f"- {when}: {entry.text} ([{entry.article + 1}])")
    if notes:
        lines += ["", "## Notes on the dossier", ""]
        for note in notes:
            lines += [f"- {note.created}:", "", *("  " + ln for ln in note.body.split("\n")), ""]
    return visible_controls("\n".join(lines) + "\n")
