"""Checking ``briefing/1`` and ``briefing-dossier/1`` JSON against the contract's promises.

Used by the tests and handy when debugging: every span lies inside
``article.text`` and is non-empty, ids are unique, every claim source is an
actor id or null, and every actor or claim a question names exists (a shown
question or one of the ``held_back_questions``).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from briefing_tui.model import SCHEMA

#: The schema name of a dossier: several articles' briefings and what they say together.
DOSSIER_SCHEMA = "briefing-dossier/1"


def _span_problems(where: str, span: Any, length: int) -> list[str]:
    if not isinstance(span, dict) or not {"start", "end"} <= span.keys():
        return [f"{where}: not a span: {span!r}"]
    start, end = span["start"], span["end"]
    if not (isinstance(start, int) and isinstance(end, int)):
        return [f"{where}: offsets are not integers: {span!r}"]
    if not 0 <= start < end <= length:
        return [f"{where}: span {start}..{end} is empty or outside the text (length {length})"]
    return []


def _parts_problems(where: str, parts: Any, content: dict[str, int], length: int) -> list[str]:
    """A claim's ``content_parts``: two spans or more, in order, apart, inside its content,
    the first starting and the last ending where the content does."""
    if not isinstance(parts, list) or len(parts) < 2:
        return [f"{where}.content_parts: not a list of two spans or more: {parts!r}"]
    problems: list[str] = []
    for j, part in enumerate(parts):
        problems += _span_problems(f"{where}.content_parts[{j}]", part, length)
    if problems:
        return problems
    if parts[0]["start"] != content["start"] or parts[-1]["end"] != content["end"]:
        problems.append(f"{where}.content_parts: do not run from the content's start to its end")
    if any(a["end"] > b["start"] for a, b in pairwise(parts)):
        problems.append(f"{where}.content_parts: overlap or are out of order")
    return problems


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
        content_problems = _span_problems(f"claims[{i}].content", claim.get("content"), length)
        problems += content_problems
        if "content_parts" in claim and not content_problems:
            problems += _parts_problems(
                f"claims[{i}]", claim["content_parts"], claim["content"], length
            )
        for key in ("source_span", "cue_span"):
            if claim.get(key) is not None:
                problems += _span_problems(f"claims[{i}].{key}", claim[key], length)
    # held back: below the confidence threshold, kept apart from what is shown (optional key)
    for key in ("questions", "held_back_questions"):
        for i, question in enumerate(data.get(key, [])):
            where = f"{key}[{i}]"
            check_id(where, question.get("id"))
            if not str(question.get("question", "")).strip():
                problems.append(f"{where}: empty question")
            for j, span in enumerate(question.get("evidence", [])):
                problems += _span_problems(f"{where}.evidence[{j}]", span, length)
            for actor_id in question.get("actors", []):
                if actor_id not in actor_ids:
                    problems.append(f"{where}: actor {actor_id!r} does not exist")
            for claim_id in question.get("claims", []):
                if claim_id not in claim_ids:
                    problems.append(f"{where}: claim {claim_id!r} does not exist")
    return problems


def _ref_problems(where: str, ref: Any, key: str, ids_by_article: list[set[str]]) -> list[str]:
    """A reference ``{"article": index, key: local id}`` that names nothing."""
    if not isinstance(ref, dict):
        return [f"{where}: not a reference: {ref!r}"]
    index = ref.get("article")
    if not isinstance(index, int) or not 0 <= index < len(ids_by_article):
        return [f"{where}: article {index!r} is not an index of the articles"]
    if ref.get(key) not in ids_by_article[index]:
        return [f"{where}: {key} {ref.get(key)!r} is not in article {index}"]
    return []


def dossier_problems(data: dict[str, Any]) -> list[str]:
    """Every way ``data`` breaks the briefing-dossier/1 contract; empty when it keeps it.

    Each article keeps briefing/1; every local actor is in exactly one dossier actor;
    every reference names an existing article and item; dossier ids are unique; answers
    and timeline ranges lie inside their article's text.
    """
    problems: list[str] = []
    if data.get("schema") != DOSSIER_SCHEMA:
        problems.append(f"schema is {data.get('schema')!r}, not {DOSSIER_SCHEMA!r}")
    articles = data.get("articles")
    if not isinstance(articles, list):
        return [*problems, "articles is missing or not a list"]
    for i, article in enumerate(articles):
        problems += [f"articles[{i}]: {p}" for p in contract_problems(article)]
    actor_ids = [{a.get("id") for a in art.get("actors", [])} for art in articles]
    claim_ids = [{c.get("id") for c in art.get("claims", [])} for art in articles]
    question_ids = [{q.get("id") for q in art.get("questions", [])} for art in articles]
    lengths = [len((art.get("article") or {}).get("text") or "") for art in articles]

    seen: dict[str, set[str]] = {}

    def check_id(section: str, where: str, item_id: Any) -> None:
        ids = seen.setdefault(section, set())
        if not isinstance(item_id, str) or not item_id:
            problems.append(f"{where}: missing id")
        elif item_id in ids:
            problems.append(f"{where}: duplicate id {item_id!r}")
        ids.add(item_id)

    placed: dict[tuple[int, str], int] = {}
    dossier_actor_ids: set[str] = set()
    for i, actor in enumerate(data.get("actors", [])):
        check_id("actors", f"actors[{i}]", actor.get("id"))
        dossier_actor_ids.add(actor.get("id"))
        if not str(actor.get("name", "")).strip():
            problems.append(f"actors[{i}]: empty name")
        for j, member in enumerate(actor.get("members", [])):
            where = f"actors[{i}].members[{j}]"
            found = _ref_problems(where, member, "actor", actor_ids)
            problems += found
            if not found:
                key = (member["article"], member["actor"])
                placed[key] = placed.get(key, 0) + 1
    for index, ids in enumerate(actor_ids):
        for local in ids:
            if placed.get((index, local), 0) != 1:
                times = placed.get((index, local), 0)
                problems.append(f"article {index} actor {local!r} is in {times} dossier actors")
    group_ids: set[str] = set()
    for i, group in enumerate(data.get("claims", [])):
        check_id("claims", f"claims[{i}]", group.get("id"))
        group_ids.add(group.get("id"))
        if group.get("speaker") is not None and group["speaker"] not in dossier_actor_ids:
            problems.append(f"claims[{i}]: speaker {group['speaker']!r} is not a dossier actor")
        for j, member in enumerate(group.get("members", [])):
            problems += _ref_problems(f"claims[{i}].members[{j}]", member, "claim", claim_ids)
    for i, divergence in enumerate(data.get("divergences", [])):
        if divergence.get("kind") not in ("reworded", "contradiction"):
            problems.append(f"divergences[{i}]: kind {divergence.get('kind')!r}")
        for j, ref in enumerate(divergence.get("claims", [])):
            problems += _ref_problems(f"divergences[{i}].claims[{j}]", ref, "claim", claim_ids)
    for i, question in enumerate(data.get("questions", [])):
        check_id("questions", f"questions[{i}]", question.get("id"))
        if not str(question.get("question", "")).strip():
            problems.append(f"questions[{i}]: empty question")
        for j, member in enumerate(question.get("members", [])):
            where = f"questions[{i}].members[{j}]"
            problems += _ref_problems(where, member, "question", question_ids)
        for j, answer in enumerate(question.get("answered_by", [])):
            where = f"questions[{i}].answered_by[{j}]"
            index = answer.get("article") if isinstance(answer, dict) else None
            if not isinstance(index, int) or not 0 <= index < len(articles):
                problems.append(f"{where}: article {index!r} is not an index of the articles")
            else:
                problems += _span_problems(where, answer, lengths[index])
    for i, entry in enumerate(data.get("timeline", [])):
        index = entry.get("article")
        if not isinstance(index, int) or not 0 <= index < len(articles):
            problems.append(f"timeline[{i}]: article {index!r} is not an index of the articles")
        elif "start" in entry:
            problems += _span_problems(f"timeline[{i}]", entry, lengths[index])
    return problems
