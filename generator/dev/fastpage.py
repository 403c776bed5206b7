"""Edited postings' own pages, as the full build renders them, in tens of milliseconds on a board of 10,000.

A posting's page shows more than the posting: related postings (ranked among the
whole board), links to its facet pages and the board's feeds. plan_site makes all
of that for every page (and the search index), which takes seconds; here only the
edited pages are rendered, from the same pieces: the board in the same order,
related postings ranked for just these pages (pages.plan_postings(only=...)), the
facets of just these postings (a facet value's route depends on its value alone)
and the feeds of the last full build. Each full build checks the result
(rebuild.py), so a page that comes out different from the build's turns this off.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

import jinja2

from generator.builder import boarddata, pages
from generator.builder.archive import split_archived
from generator.builder.facets import Facet, build_facets
from generator.builder.feeds import newest_first
from generator.builder.render import environment, markdown_renderer
from generator.builder.urls import Urls, output_file
from generator.config import Settings
from generator.models import Posting


@dataclass
class PageRenderer:
    """Keeps the Jinja environment between edits: compiling the templates is most of the cost of one page."""

    settings: Settings
    env: jinja2.Environment = field(init=False)

    def __post_init__(self) -> None:
        self.env = environment(self.settings.resolve(self.settings.templates_dir))
        # The filters plan_site adds to the environment, for the same pages.
        self.env.filters.update(age=pages.age_in_words, places=boarddata.places)

    def render(self, changed: list[Posting], everyone: list[Posting], existing: Collection[str], today: date) -> dict[str, bytes]:
        """Output path -> bytes of the pages of `changed` (which are among `everyone`, the board with drafts)."""
        settings = self.settings
        published, archived = split_archived(newest_first(everyone), today, settings.archive_after_days)
        md = markdown_renderer()
        board = pages.Board(
            settings,
            Urls(settings.base_url, settings.base_path),
            self.env,
            today,
            published,
            archived,
            {p.slug: md.render(p.body) for p in changed},
            facets_for(changed, published, archived),
            set(existing),
        )
        wanted = {p.slug for p in changed}
        return {output_file(route).as_posix(): html.encode("utf-8") for route, html in pages.plan_postings(board, only=wanted)}


def facets_for(changed: list[Posting], published: list[Posting], archived: list[Posting]) -> list[Facet]:
    """Facets with every value the changed pages link to. A value's route depends on the value alone, so
    the changed postings' own facets do; but the full build builds facets over current postings only, so
    an archived posting links a value only while some current posting has it."""
    closed = {p.slug for p in archived}
    current = [p for p in changed if p.slug not in closed]
    wanted = {value for p in changed if p.slug in closed for value in _linked_values(p)}
    if wanted:
        current += [p for p in published if not wanted.isdisjoint(_linked_values(p))]
    return build_facets(current) + pages.extra_facets(current)


def _linked_values(posting: Posting) -> set[tuple[str, str]]:
    """The facet values a posting page links (pages._posting_values)."""
    values = {("skill", s) for s in posting.skills} | {("topic", t) for t in posting.topics}
    return values | ({("company", posting.company)} if posting.company else set())
