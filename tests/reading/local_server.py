"""A tiny HTTP server on 127.0.0.1 for the URL tests, serving fixed routes from a thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

#: path -> (status, content type, body), optionally followed by extra headers
Routes = dict[str, tuple[int, str, bytes] | tuple[int, str, bytes, dict[str, str]]]


@contextmanager
def serving(
    routes: Routes,
    delay: float = 0.0,
    log: list[str] | None = None,
    delays: dict[str, float] | None = None,
) -> Iterator[str]:
    """Serve ``routes`` until the block ends; yields the base URL (``http://127.0.0.1:PORT``).

    ``delay`` seconds pass before each answer (``delays`` gives some paths their own);
    a route whose extra headers give an ``ETag`` answers 304 to a request naming it
    (``If-None-Match``); ``log`` gets each request's path.
    """

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if log is not None:
                log.append(self.path)
            wait = (delays or {}).get(self.path, delay)
            if wait:
                time.sleep(wait)  # the server's pace, as a slow site's
            status, content_type, body, *extra = routes.get(
                self.path, (404, "text/plain", b"not found")
            )
            etag = (extra[0] if extra else {}).get("ETag")
            if etag is not None and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            for name, value in (extra[0] if extra else {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Keep the test output quiet."""

    class Server(ThreadingHTTPServer):
        request_queue_size = 128  # many clients at once (the feed refresh) all get in

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
