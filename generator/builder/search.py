"""Full-text search: a Pagefind index of the current posting pages, made during the build.

Pagefind (https://pagefind.app) is the well-kept static search tool: its index is split into
small chunks fetched on demand, so a search costs a few kilobytes at any board size.
The posting pages are written to a scratch folder and indexed there in one call (its Python
API; one message per page through its service costs 0.1 s each, too slow at 10,000 postings);
the index files then join the site plan, so they are written with the rest of the site, atomically.

board.js intersects search results with the facet filters. A Pagefind result names its page by
the hash of the page's fragment file; `search.json` maps those hashes, in the order of
postings.json, so no fragment has to be fetched to know which postings matched.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import tempfile
from pathlib import Path

from pagefind.index import PagefindIndex

from generator.builder.urls import output_file
from generator.errors import BuildError, Problem

FOLDER = "pagefind/"
# The UI bundles are for Pagefind's own widgets; the board uses only the search API.
UNUSED = ("pagefind-ui.", "pagefind-component-ui.", "pagefind-modular-ui.", "pagefind-highlight.")


def search_files(pages: list[tuple[str, str]], language: str) -> list[tuple[str, bytes]]:
    """(route, html) of each posting page, newest first -> the Pagefind bundle and search.json, as (route, bytes)."""
    try:
        return asyncio.run(_index(pages, language))
    except (OSError, RuntimeError, AssertionError) as error:
        raise BuildError(Problem(FOLDER, f"pagefind could not build the search index: {error}")) from None


async def _index(pages: list[tuple[str, str]], language: str) -> list[tuple[str, bytes]]:
    with tempfile.TemporaryDirectory(prefix="jobboard-pagefind-") as tmp:
        pages_dir, out = Path(tmp) / "pages", Path(tmp) / "pagefind"
        for route, html in pages:
            target = pages_dir / output_file(route)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
        async with PagefindIndex({"output_path": str(out), "force_language": language}) as index:
            if pages:
                await index.add_directory(str(pages_dir))
        files = sorted(p for p in out.rglob("*") if p.is_file() and not p.name.startswith(UNUSED))
        bundle = [(FOLDER + p.relative_to(out).as_posix(), p.read_bytes()) for p in files]
        by_url = {_fragment_url(p): p.stem for p in files if p.suffix == ".pf_fragment"}
    ids = [by_url.get("/" + route, "") for route, _ in pages]
    return [*bundle, ("search.json", json.dumps(ids, separators=(",", ":")).encode("utf-8"))]


def _fragment_url(path: Path) -> str:
    """A fragment is gzip of 'pagefind_dcd' + JSON with the page's url."""
    data = gzip.decompress(path.read_bytes())
    return str(json.loads(data[data.index(b"{") :])["url"])
