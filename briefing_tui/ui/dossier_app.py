"""Running the app on a dossier: its screen first, the articles analysed in the child."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.ui.dossier_actions import DossierBuild

if TYPE_CHECKING:
    from briefing_tui.model import Article


def run_dossier_app(
    articles: list[Article],
    model_name: str | None = None,
    use_cache: bool = True,
    *,
    from_start: bool = False,
) -> tuple[int, bool]:
    """Run the app on a dossier of ``articles``: its screen first, the articles read
    from the cache or analysed in the analysis child. Returns the exit code, and
    whether the reader asked to go back to the start screen (``from_start``: the
    dossier's D and Esc go there rather than to an article)."""
    from briefing_tui.engine.dossier import DossierAnalysis
    from briefing_tui.ui.app import BriefingApp

    analysis = DossierAnalysis(articles, model_name, use_cache)
    # The first article's session (made by the app) is looked up, or analyses, only
    # once that article is opened.
    app = BriefingApp(
        articles[0],
        model_name=model_name,
        use_cache=use_cache,
        dossier=DossierBuild(articles, analysis=analysis),
    )
    app.dossier_from_start = from_start
    try:
        code = int(app.run() or 0)
    finally:
        app.cancel_analysis()
    return code, app.back_to_start
