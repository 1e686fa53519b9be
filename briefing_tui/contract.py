"""Checking a ``briefing/1`` JSON object against the contract's promises.

Used by the tests and handy when debugging: every span lies inside
``article.text`` and is non-empty, ids are unique, every claim source is an
actor id or null, and every actor or claim a question names exists.
"""

from __future__ import annotations

from typing import Any

from briefing_tui.model import SCHEMA


def _span_problems(where: str, span: Any, length: int) -> list[str]:
    if not isinstance(span, dict) or not {"start", "end"} <= span.keys():
        return [f"{where}: not a span: {span!r}"]
    start, end = span["start"], span["end"]
    if not (isinstance(start, int) and isinstance(end, int)):
        return [f"{where}: offsets are not integers: {span!r}"]
    if not 0 <= start < end <= length:
        return [f"{where}: span {start}..{end} is empty or outside the text (length {length})"]
    return []


def contract_problems(data: dict[str, Any]) -> list[str]:
    """Every way ``data`` breaks the briefing/1 contract; an empty list when it keeps it."""
    problems: list[str] = []
    if data.get("schema") != SCHEMA:
        problems.append(f"schema is {data.get('schema')!r}, not {SCHEMA!r}")
    article = data.get("article") or {}
    text = article.get("text")
    if not isinstance(text, str):
        return [*problems, "article.text is missing or not a string"]
    length = len(text)
    for i, span in enumerate(article.get("paragraphs", [])):
        problems += _span_problems(f"article.paragraphs[{i}]", span, length)

    seen_ids: set[str] = set()

    def check_id(where: str, item_id: Any) -> None:
        if not isinstance(item_id, str) or not item_id:
            problems.append(f"{where}: missing id")
        elif item_id in seen_ids:
            problems.append(f"{where}: duplicate id {item_id!r}")
        else:
            seen_ids.add(item_id)

    actor_ids: set[str] = set()
    for i, actor in enumerate(data.get("actors", [])):
        check_id(f"actors[{i}]", actor.get("id"))
        actor_ids.add(actor.get("id"))
        if not str(actor.get("name", "")).strip():
            problems.append(f"actors[{i}]: empty name")
        for j, mention in enumerate(actor.get("mentions", [])):
            where = f"actors[{i}].mentions[{j}]"
            found = _span_problems(where, mention, length)
            problems += found
            if (
                not found
                and "text" in mention
                and mention["text"] != text[mention["start"] : mention["end"]]
            ):
                problems.append(f"{where}: text {mention['text']!r} is not the text at its span")
    claim_ids: set[str] = set()
    for i, claim in enumerate(data.get("claims", [])):
        check_id(f"claims[{i}]", claim.get("id"))
        claim_ids.add(claim.get("id"))
        if claim.get("source") is not None and claim["source"] not in actor_ids:
            problems.append(f"claims[{i}]: source {claim['source']!r} is not an actor id")
        problems += _span_problems(f"claims[{i}].content", claim.get("content"), length)
        for key in ("source_span", "cue_span"):
            if claim.get(key) is not None:
                problems += _span_problems(f"claims[{i}].{key}", claim[key], length)
    for i, question in enumerate(data.get("questions", [])):
        check_id(f"questions[{i}]", question.get("id"))
        if not str(question.get("question", "")).strip():
            problems.append(f"questions[{i}]: empty question")
        for j, span in enumerate(question.get("evidence", [])):
            problems += _span_problems(f"questions[{i}].evidence[{j}]", span, length)
        for actor_id in question.get("actors", []):
            if actor_id not in actor_ids:
                problems.append(f"questions[{i}]: actor {actor_id!r} does not exist")
        for claim_id in question.get("claims", []):
            if claim_id not in claim_ids:
                problems.append(f"questions[{i}]: claim {claim_id!r} does not exist")
    return problems
