"""Reading: a file, standard input, HTML or a URL becomes an Article.

``load_article`` is the way in; the names below are what the rest of Briefing uses.
"""

from briefing_tui.reading.decode import decode_bytes, decode_html, normalise_text
from briefing_tui.reading.limits import describe_size_limit, max_bytes_from_env
from briefing_tui.reading.load import (
    HTML_SUFFIXES,
    article_from_bytes,
    article_from_html,
    article_from_text,
    fetch_article,
    load_article,
    looks_like_html,
    read_article,
)
from briefing_tui.reading.paragraphs import (
    find_byline,
    find_date,
    find_dateline,
    find_outlet,
    guess_title,
    paragraph_spans,
)

__all__ = [
    "HTML_SUFFIXES",
    "article_from_bytes",
    "article_from_html",
    "article_from_text",
    "decode_bytes",
    "decode_html",
    "describe_size_limit",
    "fetch_article",
    "find_byline",
    "find_date",
    "find_dateline",
    "find_outlet",
    "guess_title",
    "load_article",
    "looks_like_html",
    "max_bytes_from_env",
    "normalise_text",
    "paragraph_spans",
    "read_article",
]
