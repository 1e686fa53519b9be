"""The analysis child process: ``python -m briefing_tui.engine.child``.

spaCy's parser holds the GIL for seconds at a time, which would freeze the
app's UI thread, so the parse and the analysis run in a child process that
reports each step (``protocol.py``). A plain subprocess rather than
``multiprocessing``: spawn would re-run the caller's ``__main__``, fork is
unsafe in a process with threads (the app).

The child spends most of a first analysis importing spaCy and loading the
model, work that needs nothing from the article: ``start_early`` launches it
as the app starts, on the other core, and ``take`` hands it to the analysis
when the article is ready; a child is started afresh when none is waiting.
Nothing heavy is imported here (no spaCy, no analysis), so starting early
costs a fork.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Iterator

from briefing_tui.engine.protocol import (
    BatchRequest,
    End,
    Failed,
    Message,
    Request,
    receive,
    send,
)

_lock = threading.Lock()
_waiting: dict[str | None, subprocess.Popen[bytes]] = {}


# --- the app's side ----------------------------------------------------------------


def child_command(model_name: str | None, nice: bool = True) -> list[str]:
    """The command line of an analysis child for ``model_name`` (``nice``: at a lower
    priority than the app)."""
    command = [sys.executable, "-m", "briefing_tui.engine.child"]
    if model_name:
        command += ["--model", model_name]
    if not nice:
        command.append("--no-nice")
    return command


def spawn(model_name: str | None, nice: bool = True) -> subprocess.Popen[bytes]:
    """Start an analysis child; it loads the pipeline, then waits for its request."""
    return subprocess.Popen(
        child_command(model_name, nice),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )


def start_early(model_name: str | None) -> None:
    """Start a child for ``model_name`` now, unless one is already waiting."""
    with _lock:
        if model_name not in _waiting:
            _waiting[model_name] = spawn(model_name)


def take(model_name: str | None, nice: bool = True) -> subprocess.Popen[bytes]:
    """A child for ``model_name``: the one started early if it is alive, else a new one
    (not ``nice``: always a new one, at the app's priority)."""
    if not nice:
        return spawn(model_name, nice=False)
    with _lock:
        child = _waiting.pop(model_name, None)
    if child is not None and child.poll() is None:
        return child
    return spawn(model_name)


def discard() -> None:
    """Stop every child still waiting (the panes came from the cache, or the app ends)."""
    with _lock:
        children = list(_waiting.values())
        _waiting.clear()
    for child in children:
        if child.poll() is None:
            child.terminate()
        child.wait()
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()


def messages_from_child(
    request: Request | BatchRequest,
    started: Callable[[subprocess.Popen[bytes]], object] | None = None,
    nice: bool = True,
) -> Iterator[Message]:
    """Have a child analyse ``request`` and relay its messages; closing this stops the child.

    ``started`` is given the child as soon as it is taken (so that another thread
    can stop it); ``nice`` False runs it at the app's priority. The child's error (a
    BriefingError) is raised here.
    """
    child = take(request.model_name, nice)
    assert child.stdin is not None and child.stdout is not None
    if started is not None:
        started(child)
    try:
        send(child.stdin, request)
        child.stdin.close()
        while True:
            message = receive(child.stdout)
            if isinstance(message, End):
                return
            if isinstance(message, Failed):
                raise message.error
            yield message
    finally:
        child.stdout.close()
        if child.poll() is None:
            child.terminate()
        child.wait()


# --- the child's side --------------------------------------------------------------


def child_main() -> None:
    """Entry point of the analysis child process.

    Reads a ``Request`` (or a ``BatchRequest``: several articles, a dossier's) on
    stdin and writes each message on stdout, then ``End``, or ``Failed`` with a
    BriefingError.
    """
    import os

    _exit_with_parent()
    _warm_up(sys.argv[1:])
    request = receive(sys.stdin.buffer)
    # Messages go to a private copy of stdout; anything printed (warnings) goes nowhere,
    # so neither the protocol nor the parent's full-screen terminal is disturbed.
    channel = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    try:
        if isinstance(request, BatchRequest):
            from briefing_tui.engine.batch import batch_messages

            messages = batch_messages(request)
        else:
            from briefing_tui.engine.analyze import analysis_messages

            messages = analysis_messages(request)
        for message in messages:
            send(channel, message)
        send(channel, End())
    except Exception as exc:
        from briefing_tui.errors import BriefingError

        if not isinstance(exc, BriefingError):
            exc = BriefingError(f"the analysis failed ({type(exc).__name__}: {str(exc)[:200]})")
        send(channel, Failed(exc))
    finally:
        channel.close()


def _warm_up(args: list[str]) -> None:
    """Load the pipeline and the analysis before the request arrives (see ``start_early``).

    A failure here is left for the request to meet again and report.
    """
    import contextlib
    import os

    model_name = args[args.index("--model") + 1] if "--model" in args[:-1] else None
    # Yield the CPU to the app painting the article; the parse waits for it anyway.
    if "--no-nice" not in args:
        with contextlib.suppress(AttributeError, OSError):
            os.nice(10)
    try:
        from briefing_tui.analysis import actors, claims, questions  # noqa: F401
        from briefing_tui.engine.nlp import load_pipeline

        load_pipeline(model_name, prime=False)
        if not _request_waiting():
            # Idle until the request comes: the analysis's data loads now, off its path.
            load_pipeline(model_name)
    except Exception:
        return


def _request_waiting() -> bool:
    """Whether the request (or the end of the input) is already there to read on stdin.

    The app sends it as soon as the article is painted, usually while the model is
    still loading: then priming the analysis would only delay the article's own.
    """
    import select

    try:
        return bool(select.select([sys.stdin], [], [], 0)[0])
    except (OSError, ValueError):  # no select on pipes (Windows), or stdin closed
        return False


def _exit_with_parent() -> None:
    """Have Linux stop this child when its parent goes (an app closed mid-analysis)."""
    import os
    import signal

    if not sys.platform.startswith("linux"):
        return  # elsewhere the child stops at its next write to the closed pipe
    try:
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent went before prctl took effect
        sys.exit(0)


if __name__ == "__main__":
    child_main()
