"""Plan the site: every output file as (route, bytes), computed from the complete set of postings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from generator.builder import feeds
from generator.builder.archive import build_date, split_archived
from generator.builder.facets import build_facets
from generator.builder.render import environment, markdown_renderer, render
from generator.builder.urls import Urls, posting_route
from generator.config import Settings
from generator.models import Posting


@dataclass(frozen=True)
class OutputFile:
    route: str
    """Where the file is served: 'jobs/x/' (written as jobs/x/index.html) or 'feed.xml'."""
    content: bytes


@dataclass
class SitePlan:
    files: list[OutputFile] = field(default_factory=list)

    def add(self, route: str, content: str | bytes) -> None:
        self.files.append(OutputFile(route, content.encode("utf-8") if isinstance(content, str) else content))


def newest_first(postings: list[Posting]) -> list[Posting]:
    return sorted(postings, key=lambda p: (feeds.published(p), p.posted or date.min, p.slug), reverse=True)


def plan_site(postings: list[Posting], settings: Settings, *, drafts: bool = False, today: date | None = None) -> SitePlan:
    urls = Urls(settings.base_url, settings.base_path)
    env = environment(settings.resolve(settings.templates_dir))
    md = markdown_renderer()
    visible = newest_first([p for p in postings if drafts or not p.is_draft])
    published, archived = split_archived(visible, today or build_date(), settings.archive_after_days)
    bodies = {p.slug: md.render(p.body) for p in visible}
    feed_links = [
        {"type": "application/rss+xml", "title": f"{settings.title} (RSS)", "href": urls.path("feed.xml")},
        {"type": "application/feed+json", "title": f"{settings.title} (JSON Feed)", "href": urls.path("feed.json")},
    ]
    common: dict[str, Any] = {"site": settings, "urls": urls, "feed_links": feed_links}
    plan = SitePlan()
    plan.add("", render(env, "index.html", {**common, "postings": published, "canonical": urls.absolute("")}))
    for posting in published:
        route = posting_route(posting.slug)
        context = {**common, "posting": posting, "body_html": bodies[posting.slug], "canonical": urls.absolute(route)}
        plan.add(route, render(env, "posting.html", context))
    plan.add("404.html", render(env, "404.html", {**common, "canonical": urls.absolute("404.html")}))
    for feed_route, feed_bytes in feeds.plan_feeds(published, build_facets(published), settings, urls, bodies):
        plan.add(feed_route, feed_bytes)
    plan.add(".nojekyll", b"")
    if settings.cname:
        plan.add("CNAME", settings.cname.strip() + "\n")
    for asset in sorted(_assets(settings.resolve(settings.templates_dir) / "static")):
        plan.add("static/" + asset[0], asset[1])
    return plan


def _assets(folder: Path) -> list[tuple[str, bytes]]:
    if not folder.is_dir():
        return []
    return [(p.relative_to(folder).as_posix(), p.read_bytes()) for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")]
