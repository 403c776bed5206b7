"""Serve a built site over http under its base path, as GitHub Pages would (Pagefind and fetch() need http)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.pages_server import pages_server


@contextmanager
def serve(site: Path, base_path: str) -> Iterator[str]:
    """Yields the site's root URL, e.g. http://127.0.0.1:41234/board/."""
    with pages_server(site, f"https://example.invalid{base_path}") as served:
        yield served.local
