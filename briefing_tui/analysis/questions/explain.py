"""The ``briefing analyze --explain`` report: every candidate question and what became of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.analysis.doctext import doc_text
from briefing_tui.analysis.questions.find import Finding, explain_questions
from briefing_tui.terminal_text import one_line

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefing_tui.model import Actor, Claim

#: The longest sentence printed whole; longer ones are cut with an ellipsis.
SENTENCE_CHARS = 160


def _outcome(finding: Finding) -> str:
    if finding.veto is None:
        return "SHOWN"
    if finding.veto in {"below-threshold", "merged", "weaker-kind-in-sentence"}:
        return finding.veto
    return f"vetoed: {finding.veto}"


def finding_lines(finding: Finding, text: str) -> list[str]:
    """The lines that tell one finding: family, outcome, confidence, question, sentence."""
    sentence = " ".join(text[finding.sentence.start : finding.sentence.end].split())
    if len(sentence) > SENTENCE_CHARS:
        sentence = sentence[: SENTENCE_CHARS - 1] + "…"
    kind = f" [{finding.kind}]" if finding.kind else ""
    head = f"{finding.family}{kind} {_outcome(finding)} conf={finding.confidence:.2f}"
    if finding.cue:
        head += f" cue={finding.cue!r}"
    lines = [one_line(head)]
    if finding.question:
        lines.append("  Q: " + one_line(finding.question))
    lines.append(f"  @{finding.sentence.start}: " + one_line(sentence))
    return lines


def explain_text(doc: Doc, actors: list[Actor], claims: list[Claim], title: str = "") -> str:
    """The whole ``--explain`` report of one article."""
    report = explain_questions(doc, actors, claims)
    lines = [f"# {one_line(title)}"] if title else []
    shown = len(report.shown)
    lines.append(
        f"{len(report.findings)} candidates, {shown} shown, {len(report.held)} held back"
        + ("" if shown else " (nothing open is shown)")
    )
    for finding in report.findings:
        lines.extend(finding_lines(finding, doc_text(doc)))
    return "\n".join(lines) + "\n"
