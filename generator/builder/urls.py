"""URL and output-path rules, in one place.

Every page is a folder with an index.html ('jobs/<slug>/'), so links work on
any static host. Links inside pages are root-relative under the base path;
feeds and canonical links are absolute.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import quote, urljoin

from slugify import slugify


@dataclass(frozen=True)
class Urls:
    base_url: str
    """Absolute, ending in '/'."""
    base_path: str
    """Path of base_url, '/' or '/board/'."""

    def path(self, route: str) -> str:
        """Root-relative link for a route such as 'jobs/x/' or 'feed.xml'."""
        return self.base_path + quote(route.lstrip("/"), safe="/.-_~%")

    def absolute(self, route: str) -> str:
        return urljoin(self.base_url, quote(route.lstrip("/"), safe="/.-_~%"))


def posting_route(slug: str) -> str:
    return f"jobs/{slug}/"


def facet_slug(value: str) -> str:
    return slugify(value) or "other"


def output_file(route: str) -> PurePosixPath:
    """The file a route is written to, relative to the output folder."""
    path = PurePosixPath(route.lstrip("/"))
    if route.endswith("/") or route == "":
        path = path / "index.html"
    if path.is_absolute() or ".." in path.parts:
        raise ValueError(f"route leaves the output folder: {route!r}")
    return path


FEED_FILES = {"rss": "feed.xml", "atom": "atom.xml", "json": "feed.json"}
"""Every listing route (the home page '' or a facet page 'skills/pytorch/') has these feeds beside it."""


def feed_route(listing_route: str, kind: str) -> str:
    return listing_route + FEED_FILES[kind]
