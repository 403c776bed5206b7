"""The board's HTML pages: index and its static pages, facet pages and overviews, posting pages, archive, 404.

Each plan_* function returns (route, html) pairs; site.plan_site adds them to the plan.
Templates only present: every list, count and link is computed here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import jinja2

from generator.builder import jsonld
from generator.builder.boarddata import FACET_PARAMS, TOP_VALUES, value_id
from generator.builder.facets import NOT_STATED, Facet, FacetValue
from generator.builder.render import render
from generator.builder.urls import FEED_FILES, Urls, facet_slug, feed_route, posting_route
from generator.config import Settings
from generator.models import Posting

PAGE_SIZE = 50
"""Cards per static listing page: the index's first page stays small at any board size."""

RELATED_COUNT = 4
RELATED_GROUP_LIMIT = 300
"""Postings looked at per shared company or skill when ranking related ones: keeps a 10,000-posting build linear."""

NAV_FACETS = ("company", "location", "skill")
"""Facets linked from every page's header; the footer links them all."""

FEED_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml", "json": "application/feed+json"}
FEED_NAMES = {"rss": "RSS", "atom": "Atom", "json": "JSON Feed"}


@dataclass
class Board:
    """Everything the pages are rendered from, computed once per build."""

    settings: Settings
    urls: Urls
    env: jinja2.Environment
    today: date
    published: list[Posting]
    """Current postings, newest first."""
    archived: list[Posting]
    bodies: dict[str, str]
    """Body HTML by slug."""
    facets: list[Facet]
    existing: set[str] = field(default_factory=set)
    """Routes already planned (feeds); a page links only feeds that exist."""

    def common(self, route: str, listing: FacetValue | None = None) -> dict[str, Any]:
        """Context every page gets: its canonical URL and its feeds (a facet listing's own first, then the whole board's)."""
        links = self.feed_links(listing.route, f"{listing.label} jobs") if listing else []
        return {
            "site": self.settings,
            "urls": self.urls,
            "route": route,
            "canonical": self.canonical(route),
            "feed_links": links + self.feed_links("", self.settings.title),
            "browse": [(f.label, f.route) for f in self.facets],
            "nav": [(f.label, f.route) for f in self.facets if f.key in NAV_FACETS],
            "today": self.today,
        }

    def canonical(self, route: str) -> str:
        return self.urls.absolute(route)

    def feed_links(self, listing_route: str, name: str) -> list[dict[str, str]]:
        return [
            {
                "type": FEED_TYPES[kind],
                "title": f"{name} ({FEED_NAMES[kind]})",
                "href": self.urls.path(feed_route(listing_route, kind)),
            }
            for kind in FEED_FILES
            if feed_route(listing_route, kind) in self.existing
        ]


def last_changed(posting: Posting) -> date | None:
    """The newest date the posting carries; sitemaps use it as lastmod."""
    dates = [d for d in (posting.updated, posting.added, posting.posted) if d]
    return max(dates) if dates else None


def age_in_words(posting: Posting, today: date) -> str:
    """'posted 3 days ago' (or 'added ...' when the employer's date is unknown); board.js renews it in the browser."""
    when, verb = (posting.posted, "posted") if posting.posted else (posting.added, "added")
    if when is None:
        return ""
    days = (today - when).days
    if days <= 0:
        return f"{verb} today"
    if days == 1:
        return f"{verb} yesterday"
    if days < 60:
        return f"{verb} {days} days ago"
    months = days // 30
    if months < 24:
        return f"{verb} {months} months ago"
    return f"{verb} {days // 365} years ago"


def newest(postings: list[Posting] | tuple[Posting, ...]) -> date | None:
    dates = [d for d in map(last_changed, postings) if d]
    return max(dates) if dates else None


# ---------------------------------------------------------------- facets the board adds


def extra_facets(postings: list[Posting]) -> list[Facet]:
    """Start and pay: facets the job seeker filters on that build_facets does not (yet) have."""

    def group(key: str, label: str, prefix: str, value_of: Any, show: Any = str) -> Facet:
        groups: dict[str, list[Posting]] = {}
        for posting in postings:
            groups.setdefault(value_of(posting), []).append(posting)
        values = []
        seen: set[str] = set()
        for value in sorted(groups, key=lambda v: (v == NOT_STATED, v.casefold())):
            slug = facet_slug(value)
            while slug in seen:  # "2026 Summer" and "2026-summer" must not share a page
                slug += "-"
            seen.add(slug)
            values.append(FacetValue(key, show(value), f"{prefix}/{slug}/", tuple(groups[value])))
        return Facet(key, label, f"{prefix}/", tuple(values))

    return [
        group("start", "Start", "start", lambda p: p.start or NOT_STATED, lambda v: "Not stated" if v == NOT_STATED else v),
        group(
            "pay",
            "Pay",
            "pay",
            lambda p: p.pay.currency if p.pay else NOT_STATED,
            lambda v: "Not stated" if v == NOT_STATED else v,
        ),
    ]


def top_values(facet: Facet, limit: int = TOP_VALUES) -> list[FacetValue]:
    """The values shown before "show all": most postings first; for locations, countries only.
    "Not stated" (workplace, start, pay) is always shown: it is a choice of its own."""
    values = sorted((v for v in facet.values if v.depth == 0), key=lambda v: (-len(v.postings), v.label.casefold()))
    return [v for n, v in enumerate(values) if n < limit or v.route.endswith(f"/{NOT_STATED}/")]


def filter_control(facet: Facet) -> dict[str, Any]:
    """A facet as the index's filter form shows it before board.js takes over (same values, same order)."""
    shown = top_values(facet)
    return {
        "key": facet.key,
        "param": FACET_PARAMS.get(facet.key, facet.key),
        "label": facet.label,
        "values": [{"id": value_id(facet, v), "label": v.label, "count": len(v.postings)} for v in shown],
        "more": len(shown) < len(facet.values),
    }


# ---------------------------------------------------------------- listings


def pages_of(route: str, postings: list[Posting]) -> list[tuple[str, list[Posting]]]:
    """Split a listing into PAGE_SIZE pages: route, route/page/2/, ..."""
    chunks = [postings[i : i + PAGE_SIZE] for i in range(0, len(postings), PAGE_SIZE)] or [[]]
    return [(route if n == 0 else f"{route}page/{n + 1}/", chunk) for n, chunk in enumerate(chunks)]


def pager(pages: list[tuple[str, list[Posting]]], current: int) -> dict[str, Any]:
    routes = [route for route, _ in pages]
    return {
        "number": current + 1,
        "count": len(routes),
        "previous": routes[current - 1] if current > 0 else None,
        "next": routes[current + 1] if current + 1 < len(routes) else None,
        "pages": routes,
    }


def plan_index(board: Board) -> Iterator[tuple[str, str]]:
    pages = pages_of("", board.published)
    filters = [filter_control(f) for f in board.facets]
    for n, (route, chunk) in enumerate(pages):
        context = {
            **board.common(route),
            "postings": chunk,
            "total": len(board.published),
            "pager": pager(pages, n),
            "filters": filters,
            "first_page": n == 0,
        }
        yield route, render(board.env, "index.html", context)


def plan_facet_pages(board: Board) -> Iterator[tuple[str, str]]:
    """An overview page per facet and a (paginated) listing per value."""
    for facet in board.facets:
        children = _children(facet)
        context = {**board.common(facet.route), "facet": facet, "values": _nested(facet, children)}
        yield facet.route, render(board.env, "facet.html", context)
        for value in facet.values:
            pages = pages_of(value.route, list(value.postings))
            for n, (route, chunk) in enumerate(pages):
                context = {
                    **board.common(route, value),
                    "facet": facet,
                    "value": value,
                    "children": children.get(value.route, []),
                    "postings": chunk,
                    "total": len(value.postings),
                    "pager": pager(pages, n),
                }
                yield route, render(board.env, "listing.html", context)


def _children(facet: Facet) -> dict[str, list[FacetValue]]:
    """Location values one level down (a country's regions, a region's cities), by the parent's route."""
    out: dict[str, list[FacetValue]] = {}
    by_route = {v.route: v for v in facet.values}
    for value in facet.values:
        if value.depth:
            parent = value.route.rstrip("/").rsplit("/", 1)[0] + "/"
            while parent not in by_route and parent.count("/") > 2:  # a city without a region hangs off its country
                parent = parent.rstrip("/").rsplit("/", 1)[0] + "/"
            out.setdefault(parent, []).append(value)
    return out


def _nested(facet: Facet, children: dict[str, list[FacetValue]]) -> list[FacetValue]:
    """Each value followed by its own sub-values: a country, its first region, that region's cities, ..."""
    out: list[FacetValue] = []

    def add(values: list[FacetValue]) -> None:
        for value in values:
            out.append(value)
            add(children.get(value.route, []))

    add(sorted((v for v in facet.values if not v.depth), key=lambda v: v.label.casefold()))
    return out


def plan_archive(board: Board) -> Iterator[tuple[str, str]]:
    """Closed postings keep their page (without JSON-LD) and are listed here, newest first."""
    pages = pages_of("archive/", board.archived)
    for n, (route, chunk) in enumerate(pages):
        context = {**board.common(route), "postings": chunk, "total": len(board.archived), "pager": pager(pages, n)}
        yield route, render(board.env, "archive.html", context)


def plan_not_found(board: Board) -> Iterator[tuple[str, str]]:
    yield "404.html", render(board.env, "404.html", board.common("404.html"))


# ---------------------------------------------------------------- posting pages


def plan_postings(board: Board, only: Collection[str] | None = None) -> Iterator[tuple[str, str]]:
    """Every posting's page; with `only` (slugs), just those pages, each as the whole board would render it
    (the dev server re-renders one edited posting this way)."""
    related = related_postings(board.published, only)
    facet_routes = _facet_routes(board.facets)
    for posting, closed in [(p, False) for p in board.published] + [(p, True) for p in board.archived]:
        if only is not None and posting.slug not in only:
            continue
        route = posting_route(posting.slug)
        body = board.bodies[posting.slug]
        context = {
            **board.common(route),
            "posting": posting,
            "closed": closed,
            "body_html": body,
            "apply_url": safe_url(posting.apply_url),
            "related": [] if closed else related.get(posting.slug, []),
            "links": {
                (key, value): facet_routes[(key, value)]
                for key, value in _posting_values(posting)
                if (key, value) in facet_routes
            },
            # Google for Jobs gets open, complete postings only.
            "jsonld": None
            if closed or posting.is_draft
            else jsonld.script(jsonld.job_posting(posting, body, board.canonical(route))),
        }
        yield route, render(board.env, "posting.html", context)


def _posting_values(posting: Posting) -> Iterator[tuple[str, str]]:
    if posting.company:
        yield "company", posting.company
    for skill in posting.skills:
        yield "skill", skill
    for topic in posting.topics:
        yield "topic", topic


def _facet_routes(facets: list[Facet]) -> dict[tuple[str, str], str]:
    """(facet key, label) -> route, so a posting page links the facet pages of its company and skills."""
    return {(value.facet, value.label): value.route for facet in facets for value in facet.values}


def safe_url(url: str | None) -> str | None:
    """Only http(s) links leave the site; content_file checks this too, the page does not rely on it."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def related_postings(postings: list[Posting], only: Collection[str] | None = None) -> dict[str, list[Posting]]:
    """Up to RELATED_COUNT postings sharing the company, the team or skills, best match first (drafts are never suggested).
    With `only` (slugs), ranked for just those postings, still among all of them."""
    groups: dict[tuple[str, str], list[Posting]] = {}
    for posting in postings:
        if posting.is_draft:
            continue
        for key in _related_keys(posting):
            groups.setdefault(key, []).append(posting)
    weights = {"company": 3, "team": 3, "skill": 1}
    order = {p.slug: i for i, p in enumerate(postings)}
    out = {}
    for posting in postings:
        if only is not None and posting.slug not in only:
            continue
        score: Counter[str] = Counter()
        by_slug = {}
        for key in _related_keys(posting):
            for other in groups.get(key, [])[:RELATED_GROUP_LIMIT]:
                if other.slug != posting.slug:
                    score[other.slug] += weights[key[0]]
                    by_slug[other.slug] = other
        best = sorted(score, key=lambda s: (-score[s], order[s]))[:RELATED_COUNT]
        out[posting.slug] = [by_slug[s] for s in best]
    return out


def _related_keys(posting: Posting) -> list[tuple[str, str]]:
    keys = [("skill", s) for s in posting.skills]
    if posting.company:
        keys.append(("company", posting.company))
        if posting.team:
            keys.append(("team", f"{posting.company}\n{posting.team}"))
    return keys
