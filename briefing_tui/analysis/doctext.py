"""A parsed document's text, built once per Doc (spaCy rebuilds ``doc.text`` on every access)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
_LOCK = threading.Lock()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the tokens at the first call for ``doc`` and kept while it lives.

    A Doc's text never changes (retokenizing keeps every character), so the copy stays true.
    """
    with _LOCK:
        text = _TEXTS.get(doc)
        if text is None:
            text = doc.text
            _TEXTS[doc] = text
    return text
