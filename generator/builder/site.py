"""Plan the site: every output file as (route, bytes), computed from the complete set of postings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from generator.builder import boarddata, feeds, pages, search, sitemap
from generator.builder.archive import build_date, split_archived
from generator.builder.facets import build_facets
from generator.builder.render import environment, markdown_renderer
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

    def add_all(self, files: Iterable[tuple[str, str | bytes]]) -> None:
        for route, content in files:
            self.add(route, content)

    def routes(self) -> set[str]:
        return {f.route for f in self.files}


def plan_site(postings: list[Posting], settings: Settings, *, drafts: bool = False, today: date | None = None) -> SitePlan:
    today = today or build_date()
    urls = Urls(settings.base_url, settings.base_path)
    env = environment(settings.resolve(settings.templates_dir))
    env.filters.update(age=pages.age_in_words, places=boarddata.places)
    md = markdown_renderer()
    visible = feeds.newest_first([p for p in postings if drafts or not p.is_draft])
    published, archived = split_archived(visible, today, settings.archive_after_days)
    bodies = {p.slug: md.render(p.body) for p in visible}
    facets = build_facets(published) + pages.extra_facets(published)
    plan = SitePlan()
    # Feeds first: pages link only the feeds that exist.
    plan.add_all(feeds.plan_feeds(published, facets, settings, urls, bodies))
    board = pages.Board(settings, urls, env, today, published, archived, bodies, facets, plan.routes())
    posting_pages = list(pages.plan_postings(board))
    plan.add_all(posting_pages)
    plan.add_all(pages.plan_index(board))
    plan.add_all(pages.plan_facet_pages(board))
    plan.add_all(pages.plan_archive(board))
    plan.add_all(pages.plan_not_found(board))
    plan.add_all(plan_board_data(board, posting_pages))
    plan.add("sitemap.xml", sitemap.sitemap(sitemap_entries(board), urls))
    plan.add("robots.txt", sitemap.robots(urls))
    plan.add(".nojekyll", b"")
    if settings.cname:
        plan.add("CNAME", settings.cname.strip() + "\n")
    for asset in sorted(_assets(settings.resolve(settings.templates_dir) / "static")):
        plan.add("static/" + asset[0], asset[1])
    return plan


def plan_board_data(board: pages.Board, posting_pages: list[tuple[str, str]]) -> list[tuple[str, bytes]]:
    """What board.js fetches: the filter data, card text in chunks, and the search index of current postings."""
    files = [("postings.json", boarddata.postings_json(board.published, board.facets))]
    files += [(f"cards/{n}.json", chunk) for n, chunk in enumerate(boarddata.card_chunks(board.published))]
    html = dict(posting_pages)
    routes = [posting_route(p.slug) for p in board.published]
    files += search.search_files([(route, html[route]) for route in routes], board.settings.language)
    return files


def sitemap_entries(board: pages.Board) -> list[tuple[str, date | None]]:
    """Posting pages (archived ones too: they still answer) and the first page of every listing."""
    entries = [(posting_route(p.slug), pages.last_changed(p)) for p in board.published + board.archived]
    entries.append(("", pages.newest(board.published)))
    entries.append(("archive/", pages.newest(board.archived)))
    for facet in board.facets:
        entries.append((facet.route, pages.newest(board.published)))
        entries += [(value.route, pages.newest(value.postings)) for value in facet.values]
    return entries


def _assets(folder: Path) -> list[tuple[str, bytes]]:
    if not folder.is_dir():
        return []
    return [
        (p.relative_to(folder).as_posix(), p.read_bytes())
        for p in folder.rglob("*")
        if p.is_file() and not p.name.startswith(".")
    ]
