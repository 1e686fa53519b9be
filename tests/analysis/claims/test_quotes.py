"""Quote-mark pairing (pure text, no parse)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing_tui.analysis.claims.quotes import MAX_QUOTE_CHARS, find_quotes, join_split_quotes


def _inner(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_straight_and_curly_marks_pair() -> None:
    text = 'She said "the bridge will open soon" and “the road will follow.”'
    assert _inner(text) == ["the bridge will open soon", "the road will follow."]


def test_apostrophes_are_not_marks() -> None:
    text = "The farmers' union said it isn't ready, and the mayor's office didn't reply."
    assert find_quotes(text) == []


def test_single_marks_at_word_edges() -> None:
    text = "Storm is ‘serious’ risk to the harbour, says port chief"
    assert _inner(text) == ["serious"]


def test_doubled_apostrophes_work_as_a_double_mark() -> None:
    text = "''We will rebuild the school,'' the mayor said."
    assert _inner(text) == ["We will rebuild the school,"]


def test_quote_stops_at_paragraph_end() -> None:
    text = "“The first part of the speech.\n“The second part,” she said."
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == [
        "The first part of the speech.",
        "The second part,",
    ]
    assert not quotes[0].closed and quotes[1].closed


def test_unbalanced_mark_does_not_run_away() -> None:
    text = "He is 6'2\" tall. " + "Nothing else is quoted here. " * 300
    for quote in find_quotes(text):
        assert quote.end - quote.start <= MAX_QUOTE_CHARS


@given(st.text(alphabet=st.sampled_from(list("ab \n\"“”‘’'.,")), max_size=200))
def test_quotes_are_ordered_and_inside_their_paragraph(text: str) -> None:
    previous_end = -1
    for quote in find_quotes(text):
        assert 0 <= quote.start < quote.end <= len(text)
        assert "\n" not in text[quote.start : quote.end]
        assert quote.start >= previous_end
        previous_end = quote.end


def test_split_quote_in_one_sentence_is_joined() -> None:
    text = '"The new line," the engineer said, "will carry twice as many trains."'
    quotes = join_split_quotes(text, find_quotes(text))
    assert len(quotes) == 1
    assert text[quotes[0].start : quotes[0].end].endswith("twice as many trains.")
    assert quotes[0].interruption is not None


def test_quotes_in_a_list_are_not_joined() -> None:
    text = 'He called the deal "unfair," "rushed" and "a mistake."'
    assert len(join_split_quotes(text, find_quotes(text))) == 3


def test_open_quote_reopened_in_next_paragraph_runs_on() -> None:
    text = 'She said: "The first part stays open.\n"And the second part closes."'
    quotes = find_quotes(text)
    assert quotes[0].runs_on and not quotes[0].closed
    assert quotes[1].closed
