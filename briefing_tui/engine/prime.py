"""Readying the analysis with the pipeline: its lexicons, tables and matchers loaded at once.

The analysis loads its data lazily, at first use: the lexicon files, the
gazetteer and first names, the cue matcher over the pipeline's vocabulary.
Loaded with the pipeline instead, that one-time cost falls where the model's
own load does (in the analysis child, while the app paints the article), and
the first article's analysis pays only for itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

#: A short invented text with a name, a title, a reported claim, a quotation, a source
#: and a forecast, so the analysis reaches each of its tables.
PRIMER = (
    "Ann Lee, the mayor of Riverton, said on Monday that the council would vote on the plan "
    "next week. “It will not pass,” the Harbour Party told reporters. According to a report "
    "by the city, costs rose by 4 percent.\n"
)


def prime_analysis(nlp: Language) -> bool:
    """Analyse ``PRIMER`` once with ``nlp`` so the analysis's data is loaded; True if it ran.

    The result is dropped. A failure is left for the first article to meet and report.
    """
    # The three analyses themselves (not ``engine.analyze``, which loads the pipeline).
    from briefing_tui.analysis.actors import find_actors
    from briefing_tui.analysis.claims import find_claims
    from briefing_tui.analysis.questions import find_questions

    try:
        doc = nlp(PRIMER)
        actors = find_actors(doc)
        claims = find_claims(doc, actors)
        find_questions(doc, actors, claims)
    except Exception:
        return False
    return True
