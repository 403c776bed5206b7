"""sitemap.xml (every posting and listing page, lastmod from the postings' own dates) and robots.txt."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from generator.builder.urls import Urls


def sitemap(entries: list[tuple[str, date | None]], urls: Urls) -> bytes:
    """entries: (route, lastmod); sorted by route so the same site gives the same bytes."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for route, lastmod in sorted(dict(entries).items()):
        lines.append(
            f"<url><loc>{escape(urls.absolute(route))}</loc>"
            + (f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else "")
            + "</url>"
        )
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def robots(urls: Urls) -> bytes:
    """Crawlers read robots.txt only at the host's root; under a project path it still names the sitemap."""
    return f"User-agent: *\nAllow: /\nSitemap: {urls.absolute('sitemap.xml')}\n".encode()
