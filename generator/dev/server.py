"""The HTTP side of `jobboard serve`: the current snapshot under the production base path, plus live reload.

Every HTML response gets a small script at serve time (never in the built
files): it long-polls `/__jobboard/events`, reloads the page when its own bytes
changed, and shows build errors over the last good page.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mimetypes
import socket
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from generator.dev.live import Live, Snapshot
from generator.dev.livejs import LIVE_JS

EVENTS = "/__jobboard/events"
SCRIPT = "/__jobboard/live.js"
POLL_SECONDS = 20.0
"""A long poll answers after this long even when nothing changed, so no connection hangs forever."""

BUILDING_PAGE = b"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Building\xe2\x80\xa6</title></head>
<body><p>Building the site\xe2\x80\xa6 this page shows it as soon as the first build is done.</p></body></html>
"""


@dataclass(frozen=True)
class Resolved:
    status: int
    body: bytes = b""
    key: str = ""
    """The output file served ('jobs/x/index.html'), for the content type; empty for redirects."""
    location: str = ""


def resolve(snapshot: Snapshot, path: str) -> Resolved:
    """What a GET of `path` (already unquoted, without the query) returns, as GitHub Pages would."""
    if not snapshot.ready:
        return Resolved(HTTPStatus.SERVICE_UNAVAILABLE, BUILDING_PAGE, "building.html")
    base = snapshot.base_path
    if not path.startswith(base):
        if path in ("/", base.rstrip("/")):
            return Resolved(HTTPStatus.FOUND, location=base)
        return _not_found(snapshot)
    relative = path[len(base) :]
    key = relative + "index.html" if relative == "" or relative.endswith("/") else relative
    if key in snapshot.files:
        return Resolved(HTTPStatus.OK, snapshot.files[key], key)
    if f"{key}/index.html" in snapshot.files:
        return Resolved(HTTPStatus.MOVED_PERMANENTLY, location=quote(path + "/"))
    return _not_found(snapshot)


def _not_found(snapshot: Snapshot) -> Resolved:
    return Resolved(HTTPStatus.NOT_FOUND, snapshot.files.get("404.html", b"not found\n"), "404.html")


def page_hash(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=8).hexdigest()


def inject(html: bytes, snapshot: Snapshot, digest: str) -> bytes:
    """The page with the live-reload state and script before </body>; the bytes served, never the bytes built."""
    state = {"version": snapshot.version, "hash": digest, "errors": list(snapshot.errors), "events": EVENTS}
    # '<' escaped so that no text in an error message can close the script element.
    text = json.dumps(state, ensure_ascii=True).replace("<", "\\u003c")
    snippet = f'<script>window.__jobboard = {text};</script>\n<script src="{SCRIPT}"></script>\n'.encode()
    at = html.lower().rfind(b"</body>")
    return html[:at] + snippet + html[at:] if at >= 0 else html + snippet


def content_type(key: str) -> str:
    kind = {".xml": "application/xml", ".json": "application/json"}.get(key[key.rfind(".") :]) if "." in key else None
    kind = kind or mimetypes.guess_type(key)[0] or "text/plain"
    textual = kind.startswith("text/") or kind in (
        "application/xml",
        "application/json",
        "image/svg+xml",
        "application/javascript",
    )
    return f"{kind}; charset=utf-8" if textual else kind


class DevServer(ThreadingHTTPServer):
    """A threaded server that can stop cleanly: it keeps its connections so it can close them,
    and joins every request thread on close (no orphan threads)."""

    daemon_threads = False
    block_on_close = True

    def __init__(self, address: tuple[str, int], live: Live, log: Any = None) -> None:
        self.live = live
        self.log = log
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, Handler)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Wake every request thread still reading from a socket (browsers keep idle connections open)."""
        with self._open_lock:
            for connection in self._open:
                with contextlib.suppress(OSError):  # already closed by the other side
                    connection.shutdown(socket.SHUT_RDWR)


class Handler(BaseHTTPRequestHandler):
    server: DevServer
    timeout = 60  # a connection that sends nothing is dropped; shutdown does not wait for it
    server_version = "jobboard-serve"

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self._respond(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(head=True)

    def _respond(self, head: bool) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)
        if path == EVENTS:
            self._events(parse_qs(url.query))
            return
        if path == SCRIPT:
            self._send(HTTPStatus.OK, LIVE_JS.encode(), "text/javascript; charset=utf-8", head)
            return
        snapshot = self.server.live.snapshot
        found = resolve(snapshot, path)
        if found.location:
            target = found.location + (f"?{url.query}" if url.query else "")
            self._send(found.status, b"", "text/plain; charset=utf-8", head, {"Location": target})
            return
        body, kind = found.body, content_type(found.key)
        if kind.startswith("text/html"):
            body = inject(body, snapshot, page_hash(found.body))
        self._send(found.status, body, kind, head)

    def _events(self, query: dict[str, list[str]]) -> None:
        try:
            since = int(query.get("since", ["-1"])[0])
        except ValueError:
            since = -1
        snapshot = self.server.live.wait(since, POLL_SECONDS)
        found = resolve(snapshot, unquote(query.get("path", [""])[0]))
        state = {"version": snapshot.version, "hash": page_hash(found.body), "errors": list(snapshot.errors)}
        self._send(HTTPStatus.OK, json.dumps(state).encode(), "application/json", False)

    def _send(self, status: int, body: bytes, kind: str, head: bool, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if not head:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser went away (a reload, a closed tab): nothing to answer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        if self.server.log is not None:
            self.server.log.debug(format, *args)
