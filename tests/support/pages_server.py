"""A local server that behaves like GitHub Pages for one site: served under its base path, a folder
redirected to add its slash, never a folder listing, anything missing answered with the site's 404.html.
Shared by the publishing crawl and the browser tests."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit


class PagesHandler(SimpleHTTPRequestHandler):
    """GitHub Pages' behaviour for a site: served under its base path; a folder gets a redirect to add
    the slash, then its index.html; anything missing gets the site's 404.html with status 404, never a
    folder listing."""

    # The types Pages sends (from mime-db), rather than whatever the test machine's mime.types says.
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".css": "text/css",
        ".html": "text/html",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".xml": "application/xml",
    }

    def __init__(self, *args: Any, base_path: str, **kwargs: Any) -> None:
        self.base_path = base_path  # set before super(), which handles the request at once
        super().__init__(*args, **kwargs)

    def send_head(self) -> Any:
        if not urlsplit(self.path).path.startswith(self.base_path):
            self.send_error(HTTPStatus.NOT_FOUND)
            return None
        return super().send_head()

    def translate_path(self, path: str) -> str:
        return super().translate_path("/" + path[len(self.base_path) :])

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        self.send_error(HTTPStatus.NOT_FOUND)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        pass


@dataclass
class Served:
    site: Path
    public: str
    """The published base URL, ending in '/': https://example.github.io/jobboard-test/."""
    local: str
    """Where the test server serves the same path: http://127.0.0.1:PORT/jobboard-test/."""

    def internal(self, url: str) -> str | None:
        """The local URL for a link to this site (published or local address), None for another site."""
        parts, public = urlsplit(url), urlsplit(self.public)
        if parts.scheme not in ("http", "https"):
            return None
        if parts.netloc == public.netloc:
            return urljoin(self.local, parts.path + (f"?{parts.query}" if parts.query else ""))
        return urldefrag(url).url if parts.netloc == urlsplit(self.local).netloc else None


@contextmanager
def pages_server(site: Path, public: str) -> Iterator[Served]:
    base_path = urlsplit(public).path
    handler = functools.partial(PagesHandler, base_path=base_path, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(site, public, f"http://127.0.0.1:{server.server_address[1]}{base_path}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
