"""Merging the Briefings of a long text's chunks into one, in the article's offsets.

Actors with the same name are one actor across chunks, so a long article gives
one Briefing, as a short one does.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from briefing_tui.engine.fingerprint import ANALYSIS_VERSION
from briefing_tui.model import Actor, Article, Briefing, Claim, Mention, ModelInfo, Question, Span


def _shift(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span.start + offset, span.end + offset)


def _shifted(mentions: list[Mention], offset: int) -> list[Mention]:
    """``mentions`` moved by ``offset`` characters."""
    return [Mention(m.start + offset, m.end + offset, m.text, m.kind) for m in mentions]


def _moved(
    question: Question,
    new_id: str,
    offset: int,
    actor_ids: dict[str, str],
    claim_ids: dict[str, str],
) -> Question:
    """``question`` of a chunk in the article's offsets and ids, as ``new_id``."""
    return Question(
        id=new_id,
        question=question.question,
        kind=question.kind,
        evidence=[Span(e.start + offset, e.end + offset) for e in question.evidence],
        actors=list(dict.fromkeys(actor_ids.get(a, a) for a in question.actors)),
        claims=[claim_ids.get(c, c) for c in question.claims],
        score=question.score,
        confidence=question.confidence,
    )


@dataclass(slots=True)
class BriefingMerger:
    """Accumulates per-chunk Briefings into one, in article offsets.

    Actors with the same name (case-insensitive) are one actor across chunks:
    their mentions are concatenated in text order and their saliences summed;
    ids are renumbered ``a1, a2, ...`` in order of first appearance, and the
    claims' and questions' references follow. Held-back questions are kept apart,
    numbered ``h1, h2, ...`` as the shown ones are ``q1, q2, ...``.
    """

    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    #: The questions held back below the confidence threshold, numbered ``h1, h2, ...``.
    held_back_questions: list[Question] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    _by_name: dict[str, Actor] = field(default_factory=dict)
    #: The names inside other names (``Briefing.inside_names``), by their actor's name.
    _inside: dict[str, Actor] = field(default_factory=dict)

    def add(self, part: Briefing, offset: int) -> None:
        """Merge ``part``, whose offsets are relative to ``offset`` in the article."""
        actor_ids: dict[str, str] = {}
        for actor in part.actors:
            mentions = _shifted(actor.mentions, offset)
            key = actor.name.casefold()
            merged = self._by_name.get(key)
            if merged is None:
                merged = Actor(
                    id=f"a{len(self.actors) + 1}",
                    name=actor.name,
                    kind=actor.kind,
                    mentions=mentions,
                    aliases=list(actor.aliases),
                    salience=actor.salience,
                    role=actor.role,
                    located_only=actor.located_only,
                )
                self._by_name[key] = merged
                self.actors.append(merged)
            else:
                merged.mentions.extend(mentions)
                merged.aliases.extend(a for a in actor.aliases if a not in merged.aliases)
                merged.salience += actor.salience
                merged.role = merged.role or actor.role
                # a place that acts in any chunk acts in the article
                merged.located_only = merged.located_only and actor.located_only
            actor_ids[actor.id] = merged.id
        for actor in part.actors:
            merged = self._by_name[actor.name.casefold()]
            if merged.parent is None and actor.parent is not None:
                # A parent may be an actor id of this chunk (mapped) or a plain name (kept).
                merged.parent = actor_ids.get(actor.parent, actor.parent)
        claim_ids: dict[str, str] = {}
        for claim in part.claims:
            new_id = f"c{len(self.claims) + 1}"
            claim_ids[claim.id] = new_id
            self.claims.append(
                Claim(
                    id=new_id,
                    source=actor_ids.get(claim.source, claim.source) if claim.source else None,
                    source_text=claim.source_text,
                    source_span=_shift(claim.source_span, offset),
                    cue=claim.cue,
                    cue_span=_shift(claim.cue_span, offset),
                    content=Span(claim.content.start + offset, claim.content.end + offset),
                    kind=claim.kind,
                    stance=claim.stance,
                    content_parts=tuple(
                        Span(p.start + offset, p.end + offset) for p in claim.content_parts
                    ),
                )
            )
        for questions, into, prefix in (
            (part.questions, self.questions, "q"),
            (part.held_back_questions, self.held_back_questions, "h"),
        ):
            for question in questions:
                new_id = f"{prefix}{len(into) + 1}"
                into.append(_moved(question, new_id, offset, actor_ids, claim_ids))
        for actor in part.inside_names:
            inside = self._inside.setdefault(
                actor.name.casefold(), Actor(id="", name=actor.name, kind=actor.kind)
            )
            inside.mentions.extend(_shifted(actor.mentions, offset))
        for stage, seconds in part.timings.items():
            self.timings[stage] = self.timings.get(stage, 0.0) + seconds

    def briefing(self, article: Article, model: ModelInfo | None) -> Briefing:
        """The merged Briefing so far (its lists are copies; its Actors are shared)."""
        return Briefing(
            article=article,
            actors=list(self.actors),
            claims=list(self.claims),
            questions=list(self.questions),
            model=model,
            timings=dict(self.timings),
            analysis_version=ANALYSIS_VERSION,
            held_back_questions=list(self.held_back_questions),
            inside_names=self._inside_names(),
        )

    def _inside_names(self) -> list[Actor]:
        """The names inside other names, each under its listed actor's id; one whose actor
        no chunk lists is dropped, as a single text's would be."""
        out = []
        for key, actor in self._inside.items():
            listed = self._by_name.get(key)
            if listed is not None:
                out.append(replace(actor, id=listed.id, mentions=list(actor.mentions)))
        return out
