"""What the header says of the article: its title, then its credits, as safe Rich ``Text``."""

from __future__ import annotations

from rich.text import Text

from briefing_tui.model import Article
from briefing_tui.terminal_text import one_line


def printable(text: str) -> str:
    """``text`` on one line: newlines and tabs made spaces, other control characters
    (escapes...) made visible, so the reader sees that the title held one."""
    return one_line(text.replace("\n", " ").replace("\t", " "))


def article_credits(article: Article) -> list[str]:
    """What the header says of an article beside its title: byline, dateline, outlet and
    date (each once), then where it was read from when the title does not name it."""
    credits = [f"By {article.byline}"] if article.byline else []
    if article.dateline:
        credits.append(article.dateline)
    shown = " ".join(credits)
    credits += [part for part in (article.outlet, article.date) if part and part not in shown]
    if article.source and article.title:  # without a title, the title is the file name
        credits.append(article.source)
    return credits


def header_line(title: str, sub_title: str) -> Text:
    """The header's line: the title, then the sub-title (credits, summary) dimmed.

    Rich ``Text``, never markup, with control characters made visible: both come
    from the article.
    """
    text = Text(printable(title), no_wrap=True, end="")
    if sub_title:
        text.append(" — ", "dim")
        text.append(printable(sub_title), "dim")
    return text
