"""What the analysis reports to the app side, as typed messages.

The analysis (in its child process, or in this one) describes each step as a
message; ``session.py`` turns the messages into ``Progress`` for the app.
Between the processes, the request and the messages travel pickled, one after
another, through the child's standard input and output (``send``, ``receive``).
Briefings travel without their article text: the receiver has it.
"""

from __future__ import annotations

import pickle
from typing import IO, NamedTuple

from briefing_tui.errors import BriefingError
from briefing_tui.model import Article, Briefing, ModelInfo, Span


class Request(NamedTuple):
    """What the child is asked to analyse.

    ``title`` and ``paragraphs`` are the article's: the analysis reads no claim in
    the headline line (``Article.title_line``), as ``analyze`` does in this process.
    """

    text: str
    model_name: str | None
    title: str = ""
    paragraphs: tuple[Span, ...] = ()


class BatchRequest(NamedTuple):
    """Several articles for the child to analyse in order, with one model load (a dossier)."""

    articles: list[Article]
    model_name: str | None


class Step(NamedTuple):
    """A stage has begun; nothing new to show yet."""

    stage: str
    fraction: float


class ModelLoaded(NamedTuple):
    """The language pipeline is loaded."""

    model: ModelInfo


class Whole(NamedTuple):
    """Everything found so far, in the text's offsets."""

    stage: str
    fraction: float
    briefing: Briefing


class Part(NamedTuple):
    """One chunk's findings, in offsets from ``offset``."""

    stage: str
    fraction: float
    offset: int
    briefing: Briefing


class Parsing(NamedTuple):
    """The articles of a batch request at these indices are being parsed together."""

    indices: list[int]


class Analysed(NamedTuple):
    """The analysis of the batch request's article at ``index`` (without its text)."""

    index: int
    briefing: Briefing


class End(NamedTuple):
    """The analysis finished; no more messages follow."""


class Failed(NamedTuple):
    """The analysis failed; no more messages follow."""

    error: BriefingError


#: A message of a running analysis.
Message = Step | ModelLoaded | Whole | Part | Parsing | Analysed
#: The last message from the child.
Final = End | Failed


def send(channel: IO[bytes], item: Request | BatchRequest | Message | Final) -> None:
    """Write ``item`` to ``channel`` and flush it, so the other side sees it at once."""
    pickle.dump(item, channel, protocol=pickle.HIGHEST_PROTOCOL)
    channel.flush()


def receive(channel: IO[bytes]) -> Request | BatchRequest | Message | Final:
    """The next item written to ``channel`` by ``send``.

    A channel that ends early (the child was killed, out of memory perhaps) is
    reported as a BriefingError.
    """
    try:
        return pickle.load(channel)
    except (EOFError, pickle.UnpicklingError):
        raise BriefingError(
            "the analysis process stopped unexpectedly (out of memory?); try a shorter article"
        ) from None
