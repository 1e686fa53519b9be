"""A real article that trafilatura's default (precise) mode drops is read in its recall mode
before the page is refused as a menu; a page of nothing but links is still refused."""

from __future__ import annotations

import pytest

from briefing_tui.errors import InputError
from briefing_tui.reading.html import extract_html

SENTENCES = (
    "The city council voted on Tuesday to close the old harbour bridge to heavy lorries.",
    "Engineers had warned for years that the steel girders were corroding faster than expected.",
    "Mayor Ana Ruiz said the decision was painful but necessary for the safety of residents.",
    "Local hauliers said the detour would add forty minutes to every delivery in the port.",
    "A replacement bridge is planned, but the regional government has not approved its funding.",
    "Residents of the northern district welcomed the news, citing noise and vibration at night.",
)
_MENU = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(40))


def _page(story: str) -> str:
    """A news page: menus above, beside and below ``story``."""
    return (
        "<html><head><title>Harbour bridge closed to lorries</title></head><body>"
        f'<div class="menu"><ul>{_MENU}</ul></div>'
        f'<div class="wrap"><div class="side"><ul>{_MENU}</ul></div>'
        f'<div class="story">{story}</div>'
        f'<div class="side2"><ul>{_MENU}</ul></div></div>'
        f'<div class="footer"><ul>{_MENU}</ul></div></body></html>'
    )


#: Each sentence in a small block of its own, followed by its share buttons.
ARTICLE_IN_SMALL_BLOCKS = _page(
    "".join(
        f'<div>{sentence} <a href="/more/{i}">more</a> <a href="/share/{i}">share</a></div>'
        for i, sentence in enumerate(SENTENCES)
    )
)


def test_an_article_in_small_link_heavy_blocks_is_read() -> None:
    extracted = extract_html(ARTICLE_IN_SMALL_BLOCKS, "story.html")
    for sentence in SENTENCES:
        assert sentence in extracted.text
    assert "share" not in extracted.text  # the buttons after each sentence are not text
    assert "Section 3" not in extracted.text
    assert extracted.title == "Harbour bridge closed to lorries"


def test_a_page_of_links_is_still_a_menu() -> None:
    with pytest.raises(InputError, match="menu or index page"):
        extract_html(_page(f"<ul>{_MENU}</ul>"), "index.html")


def test_a_sentence_that_ends_in_a_link_keeps_it() -> None:
    page = _page(
        "".join(f"<p>{sentence}</p>" for sentence in SENTENCES[:3])
        + '<p>The full report is published by <a href="/r">the regional audit office</a></p>'
    )
    assert "the regional audit office" in extract_html(page, "story.html").text
