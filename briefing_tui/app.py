"""The Textual app (placeholder until the app issue lands)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

from briefing_tui.model import Article


class BriefingApp(App[None]):
    """Shows the article."""

    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, article: Article, model_name: str | None = None) -> None:
        super().__init__()
        self.article = article
        self.model_name = model_name

    def compose(self) -> ComposeResult:
        from rich.text import Text

        yield Header()
        yield Static(Text(self.article.text))
        yield Footer()


def run_app(article: Article, model_name: str | None = None, use_cache: bool = True) -> int:
    """Run the app on ``article``; returns the exit code."""
    BriefingApp(article, model_name).run()
    return 0
