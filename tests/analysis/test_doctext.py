"""A Doc's text is joined once and shared by every analysis stage."""

from __future__ import annotations

import gc
import re
from pathlib import Path

from briefing_tui.analysis import doctext
from briefing_tui.analysis.doctext import doc_text

ANALYSIS = Path(doctext.__file__).resolve().parent


def test_doc_text_is_the_docs_text_built_once(nlp):
    doc = nlp("The mayor said the bridge would reopen.\n\nCritics disagreed: it will not.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # the same string, not joined again


def test_each_doc_has_its_own_text_and_the_copy_goes_with_the_doc(nlp):
    one, two = nlp("A council met."), nlp("A court ruled on Monday.")
    assert (doc_text(one), doc_text(two)) == (one.text, two.text)
    held = len(doctext._TEXTS)
    del one
    gc.collect()
    assert len(doctext._TEXTS) == held - 1


def test_no_analysis_module_rebuilds_the_text_from_the_tokens():
    """``doc.text`` joins every token on each access: called per cue or per source it made
    the claims analysis quadratic in the article's length."""
    pattern = re.compile(r"\bdoc\.text\b(?!_)")
    offenders = [
        str(path.relative_to(ANALYSIS))
        for path in ANALYSIS.rglob("*.py")
        if path.name != "doctext.py"
        and any(
            pattern.search(line.split("#", 1)[0])
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
