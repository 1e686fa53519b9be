"""Briefing (and notes) rendered as Markdown."""

from __future__ import annotations

from collections import defaultdict

from briefing_tui.model import QUESTION_KINDS, Briefing, Claim

_KIND_HEADINGS = {
    "disputed": "Disputed",
    "pending": "Pending decisions",
    "conditional": "Conditional outcomes",
    "expectation": "Expectations and plans",
    "unresolved": "Unresolved",
    "unverified": "Unverified",
}


def _quote(text: str) -> str:
    """Text as a one-line Markdown quote fragment (line breaks folded)."""
    return " ".join(text.split())


def claims_by_source(briefing: Briefing) -> list[tuple[str, list[Claim]]]:
    """Claims grouped by the name of their source, in order of first appearance."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in briefing.claims:
        actor = briefing.actor(claim.source)
        name = actor.name if actor else (claim.source_text or "Unattributed")
        groups[name].append(claim)
    return list(groups.items())


def briefing_to_markdown(briefing: Briefing) -> str:
    """A readable Markdown briefing: title, source, actors, claims by source, questions by kind."""
    article = briefing.article
    text = article.text
    lines: list[str] = [f"# {article.title or 'Untitled article'}", ""]
    if article.source:
        lines.append(f"Source: {article.source}  ")
    if article.byline:
        lines.append(f"Byline: {article.byline}  ")
    if article.dateline:
        lines.append(f"Dateline: {article.dateline}  ")
    lines += [f"SHA-256: `{article.sha256[:16]}`", ""]

    lines += [f"## Actors ({len(briefing.actors)})", ""]
    for actor in briefing.actors:
        role = f", {actor.role}" if actor.role else ""
        count = len(actor.mentions)
        lines.append(f"- **{actor.name}** ({actor.kind}{role}): {count} mention{'s' * (count != 1)}")
    lines.append("")

    lines += [f"## Claims ({len(briefing.claims)})", ""]
    for source_name, claims in claims_by_source(briefing):
        lines += [f"### {source_name}", ""]
        for claim in claims:
            content = _quote(text[claim.content.start : claim.content.end])
            lines.append(f"- {claim.cue}: “{content}” ({claim.kind})")
        lines.append("")

    lines += [f"## Open questions ({len(briefing.questions)})", ""]
    for kind in QUESTION_KINDS:
        questions = [q for q in briefing.questions if q.kind == kind]
        if not questions:
            continue
        lines += [f"### {_KIND_HEADINGS[kind]}", ""]
        for question in questions:
            lines.append(f"- {question.question}")
            for span in question.evidence:
                lines.append(f"  > {_quote(text[span.start : span.end])}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
