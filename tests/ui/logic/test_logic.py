"""The app's logic without Textual: panes, highlights, filters, copy text, keys, files."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.model import (
    Actor,
    Anchor,
    Article,
    Briefing,
    Claim,
    ClaimKind,
    Mention,
    Question,
    Span,
)
from briefing_tui.store.recent import MAX_RECENT, RecentFiles, entry_name
from briefing_tui.ui.keys import key_display, key_rows, palette_entries
from briefing_tui.ui.logic.highlights import (
    MarkCycle,
    actor_highlight,
    claim_highlight,
    mention_spans,
    question_highlight,
)
from briefing_tui.ui.logic.panes import PANES, is_narrow, pane_after, pane_bar_labels
from briefing_tui.ui.logic.relations import (
    find_matches,
    folded_text,
    one_line,
    paragraph_actors,
    paragraph_claims,
)
from briefing_tui.ui.logic.selection import (
    copy_text,
    detail_actor,
    filtered_claims,
    filtered_questions,
    list_filters,
)

TEXT = "The mayor said the bridge  will close.\nCritics say Smith lied.\n\nSmith denied it."


def _span(part: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(part, start + 1)
    return Span(start, start + len(part))


def _mention(part: str, occurrence: int = 0) -> Mention:
    span = _span(part, occurrence)
    return Mention(span.start, span.end, part)


@pytest.fixture
def briefing() -> Briefing:
    paragraphs = [Span(0, TEXT.index("\n\n")), Span(TEXT.index("Smith denied"), len(TEXT))]
    article = Article(TEXT, title="Bridge", source="bridge.txt", paragraphs=paragraphs)
    mayor = Actor("a1", "the mayor", "person", mentions=[_mention("mayor")])
    smith = Actor("a2", "Smith", "person", mentions=[_mention("Smith", 1), _mention("Smith")])
    closes = Claim(
        "c1",
        source="a1",
        source_text="The mayor",
        source_span=_span("The mayor"),
        cue="said",
        cue_span=_span("said"),
        content=_span("the bridge  will close"),
    )
    lied = Claim(
        "c2",
        source=None,
        source_text="Critics",
        source_span=_span("Critics"),
        cue="say",
        cue_span=_span("say"),
        content=_span("Smith lied"),
    )
    question = Question("q1", "Did Smith lie?", "dispute", evidence=[_span("Smith denied it")])
    return Briefing(article, actors=[mayor, smith], claims=[closes, lied], questions=[question])


# -- panes ------------------------------------------------------------------


def test_narrow_below_either_limit():
    assert not is_narrow(160, 48)
    assert is_narrow(119, 48) and is_narrow(160, 29)


def test_pane_after_wraps_both_ways():
    assert pane_after("article") == "actors"
    assert pane_after(PANES[-1]) == PANES[0]
    assert pane_after("article", -1) == PANES[-1]


def test_pane_bar_labels_count_the_lists_only():
    labels = dict(pane_bar_labels({"actors": 3, "claims": 0}))
    assert labels == {
        "article": "Article",
        "actors": "Actors 3",
        "claims": "Claims 0",
        "questions": "Questions",
        "notes": "Notes",
    }


# -- highlights -------------------------------------------------------------


def test_actor_highlight_marks_mentions_and_drops_claim_marks(briefing):
    smith = briefing.actors[1]
    highlight = actor_highlight(smith)
    assert highlight.marks == {"mention": mention_spans(smith)}
    assert set(highlight.clear) == {"claim-content", "claim-source", "evidence"}
    assert highlight.scroll_to is None


def test_claim_highlight_scrolls_to_the_source_when_it_comes_first(briefing):
    claim = briefing.claims[0]
    highlight = claim_highlight(claim)
    assert highlight.marks == {
        "claim-content": [claim.content],
        "claim-source": [claim.source_span],
    }
    assert highlight.clear == ("evidence",)
    assert claim.source_span.start < claim.content.start
    assert highlight.scroll_to == claim.source_span.start


def test_claim_without_source_scrolls_to_its_content(briefing):
    claim = Claim("c", None, None, None, "said", None, _span("Smith lied"))
    assert claim_highlight(claim).marks["claim-source"] == []
    assert claim_highlight(claim).scroll_to == claim.content.start


def test_question_highlight_marks_evidence(briefing):
    question = briefing.questions[0]
    assert question_highlight(question).marks == {"evidence": question.evidence}
    assert question_highlight(question).scroll_to == question.evidence[0].start
    assert question_highlight(Question("q", "Why?", "gap")).scroll_to is None


def test_mark_cycle_walks_in_text_order_and_wraps(briefing):
    spans = mention_spans(briefing.actors[1])  # given out of order
    cycle = MarkCycle(spans)
    first, second = sorted(spans, key=lambda s: s.start)
    assert cycle.current is None
    assert cycle.step(1) == first
    assert cycle.step(1) == second
    assert cycle.step(1) == first
    assert cycle.step(-1) == second
    assert cycle.current == second
    assert MarkCycle().step(1) is None


# -- selection --------------------------------------------------------------


def test_no_actor_and_no_query_filter_nothing(briefing):
    filters = list_filters(briefing, None, "")
    assert (filters.actors, filters.claims, filters.questions, filters.label) == (
        None,
        None,
        None,
        "",
    )


def test_an_actor_keeps_the_claims_and_questions_involving_it(briefing):
    smith = briefing.actors[1]
    assert filtered_claims(briefing, smith) == [briefing.claims[1]]
    assert filtered_questions(briefing, smith) == briefing.questions
    assert filtered_claims(briefing, briefing.actors[0]) == [briefing.claims[0]]
    assert filtered_questions(briefing, briefing.actors[0]) == []
    assert list_filters(briefing, smith, "").label == "involving Smith"


def test_a_query_narrows_every_list(briefing):
    filters = list_filters(briefing, None, "BRIDGE")
    assert filtered_claims(briefing, None, "BRIDGE") == [briefing.claims[0]]
    assert filtered_questions(briefing, None, "bridge") == []
    assert [a.name for a in briefing.actors if filters.actors(a)] == []
    assert filters.actors_label == filters.label == "matching “BRIDGE”"
    both = list_filters(briefing, briefing.actors[1], "lied")
    assert both.label == "involving Smith · matching “lied”"
    assert filtered_claims(briefing, briefing.actors[1], "lied") == [briefing.claims[1]]


def test_copy_text_cites_a_claim_and_quotes_a_question(briefing):
    article, claim, question = briefing.article, briefing.claims[0], briefing.questions[0]
    anchor = Anchor("claim", claim.id, "")
    assert copy_text(article, briefing, anchor, claim=claim) == (
        "The mayor said the bridge will close. — “Bridge”, para. 1"
    )
    anchor = Anchor("question", question.id, question.question)
    assert copy_text(article, briefing, anchor, question=question) == (
        "Did Smith lie?\n> Smith denied it"
    )
    assert copy_text(article, briefing, Anchor("actor", "a2", "Smith")) == "Smith"
    assert copy_text(article, None, anchor) is None
    assert copy_text(article, briefing, None) is None


def test_y_copies_a_direct_claim_verbatim_and_reports_an_indirect_one_citing_the_article():
    text = (
        "Ferry vote delayed\n“We need “more time”,” the mayor said.\nCritics said it was a farce.\n"
    )
    paragraphs = [Span(0, 18), Span(19, 56), Span(57, len(text) - 1)]
    article = Article(text, source="/home/me/news/ferry.txt", paragraphs=paragraphs)

    def claim(claim_id: str, source: str, words: str, kind: ClaimKind) -> Claim:
        start = text.index(words)
        span = Span(start, start + len(words))
        return Claim(claim_id, None, source, None, "said", None, span, kind)

    direct = claim("c1", "the mayor", "We need “more time”,", ClaimKind.DIRECT)
    indirect = claim("c2", "Critics", "it was a farce", ClaimKind.INDIRECT)
    briefing = Briefing(article, claims=[direct, indirect])
    copied = [
        copy_text(article, briefing, Anchor("claim", c.id, ""), claim=c) for c in (direct, indirect)
    ]
    assert copied == [
        # the article's words and marks, verbatim: its comma kept, no full stop added
        "The mayor said: “We need “more time”,” — ferry.txt, para. 2",
        "Critics said it was a farce. — ferry.txt, para. 3",
    ]


def test_detail_actor_prefers_focus_then_selection_then_claim_source(briefing):
    mayor, smith = briefing.actors
    claim = briefing.claims[0]
    kwargs = {"focused": None, "selected": None, "claim": None, "highlighted": None}
    assert detail_actor(briefing, **{**kwargs, "focused": smith, "selected": mayor}) is smith
    assert detail_actor(briefing, **{**kwargs, "selected": smith, "claim": claim}) is smith
    assert detail_actor(briefing, **{**kwargs, "claim": claim, "highlighted": smith}) is mayor
    assert detail_actor(briefing, **{**kwargs, "highlighted": smith}) is smith
    assert detail_actor(None, **{**kwargs, "focused": smith}) is None


# -- relations used by the views --------------------------------------------


def test_paragraph_items(briefing):
    first, second = briefing.article.paragraphs
    assert paragraph_claims(briefing, first) == briefing.claims
    assert paragraph_claims(briefing, second) == []
    assert paragraph_actors(briefing, second) == [briefing.actors[1]]
    assert one_line(TEXT, _span("the bridge  will close")) == "the bridge will close"


# -- keys -------------------------------------------------------------------


def test_keys_as_the_footer_shows_them():
    assert key_display("ctrl+c") == "^c"
    assert key_display("question_mark") == "?"
    assert key_display("shift+tab") == "shift+tab"


def test_key_rows_and_palette_come_from_the_bindings():
    from textual.binding import Binding

    bindings = [
        Binding("x", "do_x", "Do X", id="x", tooltip="Does X"),
        Binding("X", "do_x", "Do X again", id="x2"),
        Binding("q", "quit", "Quit", id="quit"),
        Binding("z", "hidden", "", id="z"),
    ]
    rows = key_rows(bindings)
    assert ("Everywhere", "x", "Does X") in rows
    assert not any(does == "" for _, _, does in rows)
    assert rows[-1] == ("Everywhere", "^p", "Command palette: every action")
    assert list(palette_entries(bindings[:3])) == [("Do X", "Does X (key: x)", "do_x")]


# -- recent files -------------------------------------------------------------


def test_recent_files_newest_first_without_repeats(tmp_path: Path):
    recent = RecentFiles(tmp_path / "recent.json")
    assert recent.entries() == []
    for n in range(MAX_RECENT + 2):
        recent.add(str(tmp_path / f"{n}.txt"), title=f"Story {n}" if n else "")
    recent.add(str(tmp_path / "5.txt"), "Story 5")
    locations = [e["location"] for e in recent.entries()]
    assert len(locations) == MAX_RECENT
    assert locations[:2] == [str(tmp_path / "5.txt"), str(tmp_path / f"{MAX_RECENT + 1}.txt")]
    assert locations.count(str(tmp_path / "5.txt")) == 1
    recent.add("https://example.org/story")
    assert recent.entries()[0]["location"] == "https://example.org/story"
    assert entry_name({"location": "/a/b/c.txt", "title": ""}) == "c.txt"


def test_recent_files_name_standard_input_and_survive_bad_files(tmp_path: Path):
    path = tmp_path / "recent.json"
    recent = RecentFiles(path)
    recent.remember(Article("text", title="Piped story", source="standard input"))
    assert recent.entries() == [{"location": "standard input", "title": "Piped story"}]
    recent.remember(Article("text", source="standard input"))
    assert recent.entries() == [{"location": "standard input", "title": ""}]
    assert entry_name(recent.entries()[0]) == "standard input"
    path.write_text("{not json", encoding="utf-8")
    assert recent.entries() == []


# -- files ------------------------------------------------------------------


def test_export_writes_or_says_why_not(tmp_path: Path, briefing):
    from briefing_tui.ui.actions import export_markdown, write_export

    text = export_markdown(briefing.article, briefing, None)
    assert "the bridge will close" in text
    path, error = write_export(str(tmp_path / "out.md"), text)
    assert error is None and path.read_text(encoding="utf-8") == text
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    _, error = write_export(str(blocked / "out.md"), text)
    assert error is not None and "choose another path" in error


def test_open_article_reports_errors_as_text(tmp_path: Path):
    from briefing_tui.ui.actions import open_article

    story = tmp_path / "story.txt"
    story.write_text("Headline\nThe council voted.\n", encoding="utf-8")
    assert isinstance(open_article(str(story)), Article)
    error = open_article(str(tmp_path / "missing.txt"))
    assert isinstance(error, str) and "no such file" in error


def test_find_matches_ignores_case_and_keeps_offsets() -> None:
    text = "Straße and STRASSE; the office. straße"
    assert find_matches(text, "STRASSE") == [Span(11, 18)]  # casefold would lengthen ß
    folded = folded_text(text)
    assert folded is not None and not folded.casefolded  # so lower() is used instead
    assert find_matches(text, "straße", folded) == [Span(0, 6), Span(32, 38)]
    assert folded_text("İstanbul") is None  # even lower() lengthens İ: no offsets to keep
    assert find_matches("Mayor MAYOR mayor", "mayor") == [Span(0, 5), Span(6, 11), Span(12, 17)]
    assert find_matches("anything", "") == []


def test_find_matches_stops_when_asked() -> None:
    text = "e " * 20_000
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) == 2

    found = find_matches(text, "e", should_stop=stop)
    assert len(found) == 2 * 4096  # asked every 4096 matches, stopped at the second
    assert found == [Span(2 * i, 2 * i + 1) for i in range(2 * 4096)]


def test_the_notes_header_cuts_every_part_of_a_joined_quote_not_only_the_last() -> None:
    from briefing_tui.model import Anchor
    from briefing_tui.ui.logic.selection import anchor_label

    joined = Anchor("claim", "c1", '"The ferry will run again in May," … "and stop at Orla."')
    assert anchor_label(joined, 80) == f"claim {joined.text}"
    assert anchor_label(joined, 35) == 'claim "The ferry will… … "and stop at Or…'
    assert anchor_label(Anchor("actor", "a1", "Rosa Vale"), 5) == "actor Rosa…"
    assert anchor_label(Anchor("article", "article", "Ferry plan"), 5) == "the article"
