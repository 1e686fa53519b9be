"""A person a question names by surname alone, named in full at first use ("Mayor Ann Lee").

An article names a person in full once ("Mayor Gregory Hale said ...") and by
surname after; a question lifted from a later sentence says "Will Hale meet
...?", which a reader without the article cannot place. The actors analysis
ties that surname to the person: the question takes the person's full name, with
the office title the article puts right before it where it gives one.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from briefing_tui.analysis import lexicon as data_files
from briefing_tui.analysis.doctext import text_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing_tui.analysis.questions.rules import RuleContext


@cache
def _titles() -> frozenset[str]:
    """The one-word titles of ``actors/titles.tsv`` ("mayor", "gov.")."""
    rows = data_files.rows("actors/titles.tsv")
    return frozenset(row[0].lower() for row in rows if row and " " not in row[0])


def _office_word(word: Token, title: Token) -> bool:
    """Whether ``word`` is a capitalised word of ``title``'s office ("Health" Minister)."""
    return word.is_title and word.head.i == title.i and word.dep_ in {"compound", "amod"}


def _title_of(doc: Doc, name: str) -> str:
    """The capitalised title the article writes right before ``name`` ("Mayor"), or ""."""
    first = name.split()[0]
    for token in (doc[i] for i in text_positions(doc, first)):  # no walk over every Token
        if token.i == 0:
            continue
        if doc[token.i : token.i + len(name.split())].text != name:
            continue
        before = doc[token.i - 1]
        if before.is_title and before.lower_ in _titles():
            # "Health Minister", "Prime Minister": the capitalised words of the office
            start = before.i
            while start > 0 and _office_word(doc[start - 1], before):
                start -= 1
            return doc[start : before.i + 1].text
    return ""


def full_names(text: str, sentences: list[Span], ctx: RuleContext, people: set[str]) -> str:
    """``text`` with each person it names by surname alone named in full at first use.

    ``people`` are the ids of the actors that are persons; a surname is taken for the
    person only where the actors analysis tied that word of the question's sentences
    to them, and a name already said in full is left as it is.
    """
    for sent in sentences:
        for token in sent:
            actor_id = ctx.actor_at.get(token.i)
            if actor_id not in people or token.pos_ != "PROPN":
                continue
            name = ctx.names.get(actor_id, "")
            words = name.split()
            if len(words) < 2 or token.text != words[-1] or name in text:
                continue
            if token.i > 0 and token.doc[token.i - 1].text == words[-2]:
                continue  # said in full in the sentence
            found = re.search(rf"(?<![\w’'-]){re.escape(token.text)}(?![\w-])", text)
            if found is None:
                continue
            after = text[found.end() :].split()
            if after and after[0][:1].isupper():
                continue  # "Hale Foods": the surname begins another name
            before = text[: found.start()].split()
            if before and before[-1][:1].isupper() and before[-1].lower() not in _OPENERS:
                continue  # "Anna Hale" or "Judge Hale": the question says more than the surname
            title = _title_of(token.doc, name)
            full = f"{title} {name}" if title else name
            text = text[: found.start()] + full + text[found.end() :]
    return text


#: Words a question opens with, before which a surname stands alone.
_OPENERS = frozenset(
    {"will", "would", "could", "can", "did", "does", "do", "has", "have", "had", "is", "was"}
    | {"are", "were", "should", "may", "might", "must", "what", "when", "how", "why", "if"}
    | {"who", "which", "where", "whether"}
)
