"""Feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole board and for every facet value.

RSS and Atom are written with feedgen: it builds the XML with lxml, so escaping,
namespaces (content:, atom:self) and RFC 822 / RFC 3339 dates are right by
construction, which string templates get wrong in corner cases (a '&' in a
company name, a control character pasted with a posting). JSON Feed is plain
`json.dumps`: JSON has no escaping pitfalls and no library adds anything to it.

Identity and dates, chosen so subscribers see the right things:
- An item's id (RSS guid, isPermaLink="false"; Atom id; JSON id) is the posting's
  `stable_id`, never its URL, so editing the posting or moving the site does not
  make readers show it again as new. Feed ids are URNs for the same reason.
- published = `added`, the day the posting appeared on the board (else `posted`).
- updated = the curator's `updated` field, else published. A content hash could
  tell *that* a posting changed but not *when*: a build keeps no memory of the
  last one (CI builds a clean checkout), so turning a hash into a date would need
  a state file or git history, and the feeds would stop being a pure function of
  the content. The curator bumps `updated` for a change worth telling subscribers
  about (a typo fix need not reach them); README documents the field.
- A feed's own date (RSS lastBuildDate, Atom updated) is its newest item's
  updated date, never the build time: the same content gives the same bytes.

Each posting is prepared once per build (`Item`, its feedgen entry and XML, its
JSON text) and reused by every feed that holds it: the board's and fifteen or so
facet feeds. benchmarks/feeds_scale.py measures it at 10,000 postings.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from html import escape
from typing import Any

from feedgen.entry import FeedEntry
from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from generator.builder.facets import NOT_STATED, Facet, FacetValue
from generator.builder.render import format_pay
from generator.builder.urls import Urls, feed_route, posting_route
from generator.config import Settings
from generator.models import LABELS, Posting

EPOCH = date(1970, 1, 1)
ICON = "static/favicon.svg"
DCTERMS = "http://purl.org/dc/terms/"
MEDIA_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml", "json": "application/feed+json"}

# Characters XML 1.0 cannot carry at all (lxml refuses them); a posting pasted from a
# PDF or a word processor can hold a form feed or a vertical tab.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def published(posting: Posting) -> date:
    """When the posting appeared on the board."""
    return posting.added or posting.posted or EPOCH


def updated(posting: Posting) -> date:
    """The last change the curator marked as worth telling subscribers; never before published."""
    return max(d for d in (posting.updated, published(posting)) if d)


def newest_first(postings: Iterable[Posting]) -> list[Posting]:
    """The feeds' order: newest on the board first; the slug breaks ties so the order is stable."""
    return sorted(postings, key=lambda p: (published(p), p.posted or date.min, p.slug), reverse=True)


def place(posting: Posting) -> str:
    """Where, in a few words: 'Remote; US', 'Seattle, WA, US; Austin, TX, US; +2 more'."""
    parts = ["Remote"] if posting.workplace == "remote" else []
    parts += [str(loc) for loc in posting.locations[:3]]
    if len(posting.locations) > 3:
        parts.append(f"+{len(posting.locations) - 3} more")
    return "; ".join(parts)


def item_title(posting: Posting) -> str:
    """'Title — Company (Place)'. A draft (in a --drafts preview) lacks one of the two."""
    title = " — ".join(part for part in (posting.title or "Untitled", posting.company) if part)
    where = place(posting)
    return f"{title} ({where})" if where else title


def summary(posting: Posting) -> str:
    """One plain-text line of the facts a reader scans for."""
    kind = [LABELS.get(v, v) for v in (posting.workplace, posting.employment_type) if v and v != "remote"]
    degree = " or ".join(LABELS.get(d, d) for d in posting.degree)
    parts = [
        posting.company,
        posting.team,
        place(posting),
        format_pay(posting.pay),
        ", ".join(kind),
        degree and f"Degree: {degree}",
        posting.start and f"Starts {posting.start}",
        posting.valid_through and f"Apply by {posting.valid_through.isoformat()}",
    ]
    return " · ".join(p for p in parts if p)


@dataclass(frozen=True)
class Category:
    """One facet value a posting has, as feeds carry it."""

    label: str
    """As shown: 'PyTorch', 'Seattle, WA, US'."""
    scheme: str
    """Which facet the label belongs to: 'urn:jobboard:facet:skill'. A URN, not the facet page's
    URL: it names the facet (like ids, it must not change when the site moves) and is half as long,
    which counts with twenty categories per item in thousands of feeds."""


@dataclass(frozen=True)
class Item:
    """One posting as every feed shows it; prepared once per build."""

    posting: Posting
    id: str
    url: str
    title: str
    summary: str
    """Plain text."""
    content_html: str
    """The facts line, the body and the apply link, as HTML."""
    published: datetime
    updated: datetime
    categories: tuple[Category, ...]


@dataclass(frozen=True)
class Listing:
    """A listing page and what its feeds say: the whole board or one facet value."""

    route: str
    """The page the feeds describe: '' or 'skills/pytorch/'; the feeds sit beside it."""
    title: str
    description: str
    items: tuple[Item, ...]
    """Newest first, at most feed_items."""

    @property
    def id(self) -> str:
        """Independent of the base URL, like the items' ids."""
        return "urn:jobboard:feed" + (":" + self.route.strip("/") if self.route else "")

    @property
    def updated(self) -> datetime:
        return max((i.updated for i in self.items), default=_when(EPOCH))


def plan_feeds(
    current_postings: Sequence[Posting], facets: Sequence[Facet], settings: Settings, urls: Urls, bodies: dict[str, str]
) -> list[tuple[str, bytes]]:
    """(route, bytes) for the RSS, Atom and JSON feeds of the whole board and of every facet value.

    Only current postings appear: a facet value's postings are filtered to them, so
    archived postings leave every feed even if the facets were built over more.
    """
    categories = _categories(facets)
    items = {p.slug: _item(p, bodies.get(p.slug, ""), categories.get(p.slug, ()), urls) for p in current_postings}
    entries = {slug: _feed_entry(item) for slug, item in items.items()}
    json_items = {slug: _json_item(item) for slug, item in items.items()}
    files: list[tuple[str, bytes]] = []
    for listing in _listings(current_postings, facets, items, settings):
        files.append((feed_route(listing.route, "rss"), rss(listing, entries, settings, urls)))
        files.append((feed_route(listing.route, "atom"), atom(listing, entries, settings, urls)))
        files.append((feed_route(listing.route, "json"), json_feed(listing, json_items, settings, urls)))
    return files


def _listings(current: Sequence[Posting], facets: Sequence[Facet], items: dict[str, Item], settings: Settings) -> list[Listing]:
    def pick(postings: Iterable[Posting]) -> tuple[Item, ...]:
        return tuple(items[p.slug] for p in newest_first(p for p in postings if p.slug in items)[: settings.feed_items])

    listings = [Listing("", settings.title, settings.description, pick(current))]
    for facet in facets:
        for value in facet.values:
            description = f"{settings.description} {facet.label}: {value.label}."
            listings.append(Listing(value.route, f"{settings.title}: {_shown(facet, value)}", description, pick(value.postings)))
    return listings


def _categories(facets: Sequence[Facet]) -> dict[str, tuple[Category, ...]]:
    """Each posting's facet values, in facet order, then value order."""
    out: dict[str, list[Category]] = {}
    for facet in facets:
        scheme = f"urn:jobboard:facet:{facet.key}"
        for value in facet.values:
            for posting in value.postings:
                out.setdefault(posting.slug, []).append(Category(_shown(facet, value), scheme))
    return {slug: tuple(cats) for slug, cats in out.items()}


def _shown(facet: Facet, value: FacetValue) -> str:
    """A value's label for feeds: 'Not stated' alone would not say what is not stated."""
    return f"{facet.label} not stated" if value.route.endswith(f"/{NOT_STATED}/") else value.label


def _when(value: date) -> datetime:
    return datetime.combine(value, time(0, 0), tzinfo=UTC)


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def _item(posting: Posting, body_html: str, categories: tuple[Category, ...], urls: Urls) -> Item:
    text = summary(posting)
    apply = f'\n<p><a href="{escape(posting.apply_url)}">Apply</a></p>' if posting.apply_url else ""
    content = (f"<p>{escape(text)}</p>\n" if text else "") + body_html + apply
    return Item(
        posting=posting,
        id=posting.stable_id,
        url=urls.absolute(posting_route(posting.slug)),
        title=item_title(posting),
        summary=text,
        content_html=content,
        published=_when(published(posting)),
        updated=_when(updated(posting)),
        categories=categories,
    )


class _DctermsFeed(BaseExtension):
    """Declares the Dublin Core terms namespace on the RSS root."""

    def extend_ns(self) -> dict[str, str]:
        return {"dcterms": DCTERMS}


class _DctermsEntry(BaseEntryExtension):
    """RSS 2.0 has no 'updated' for an item; dcterms:modified (W3C date-time) is the one readers know."""

    def __init__(self) -> None:
        self._modified: datetime | None = None

    def modified(self, value: datetime) -> None:
        self._modified = value

    def extend_rss(self, entry: Any) -> Any:
        if self._modified is not None:
            etree.SubElement(entry, f"{{{DCTERMS}}}modified").text = self._modified.isoformat()
        return entry


class _Entry(FeedEntry):
    """A feedgen entry that builds its XML once.

    feedgen builds an entry's element anew for every feed that holds it; a posting sits
    in the board's feed and in fifteen or so facet feeds, so at 10,000 postings that was
    most of the feed time. The element is built on first use and copied (in C) after.
    """

    def __init__(self) -> None:
        super().__init__()
        self._built: dict[str, Any] = {}

    def atom_entry(self, extensions: bool = True) -> Any:
        if "atom" not in self._built:
            self._built["atom"] = super().atom_entry(extensions)
        return copy.deepcopy(self._built["atom"])

    def rss_entry(self, extensions: bool = True) -> Any:
        if "rss" not in self._built:
            self._built["rss"] = super().rss_entry(extensions)
        return copy.deepcopy(self._built["rss"])


def _feed_entry(item: Item) -> FeedEntry:
    """One feedgen entry per posting, shared by its RSS and Atom feeds."""
    entry = _Entry()
    entry.register_extension("dcterms", _DctermsEntry, atom=False, rss=True)
    entry.id(item.id)  # RSS guid isPermaLink="false" and Atom id: the stable id, not the URL
    entry.title(_xml(item.title))
    # One link only: feedgen 1.0 drops rel from entry links, and a second link would be another
    # rel="alternate". The apply link is in the content (and external_url in JSON Feed).
    entry.link(href=item.url, rel="alternate", type="text/html")
    if item.posting.company:
        entry.author(name=_xml(item.posting.company))  # Atom only: RSS's author must be an email address
    entry.published(item.published)
    entry.updated(item.updated)
    entry.dcterms.modified(item.updated)
    entry.summary(_xml(f"<p>{escape(item.summary)}</p>" if item.summary else escape(item.title)), type="html")
    entry.content(_xml(item.content_html), type="html")
    for category in item.categories:
        entry.category(term=_xml(category.label), scheme=category.scheme)
    return entry


def _generator(listing: Listing, entries: dict[str, FeedEntry], settings: Settings, urls: Urls, kind: str) -> FeedGenerator:
    feed = FeedGenerator()
    feed.register_extension("dcterms", _DctermsFeed, _DctermsEntry, atom=False, rss=True)
    feed.id(listing.id)
    feed.title(_xml(listing.title))
    feed.description(_xml(listing.description))  # RSS description and Atom subtitle
    feed.link(href=urls.absolute(feed_route(listing.route, kind)), rel="self", type=MEDIA_TYPES[kind])
    feed.link(href=urls.absolute(listing.route), rel="alternate", type="text/html")  # last: RSS's <link>
    feed.language(settings.language)
    feed.author(name=_xml(settings.title), uri=urls.absolute(""))
    feed.generator("jobboard")
    feed.updated(listing.updated)  # Atom updated and RSS lastBuildDate: the newest item, never the clock
    feed.entry([entries[i.posting.slug] for i in listing.items])
    return feed


def rss(listing: Listing, entries: dict[str, FeedEntry], settings: Settings, urls: Urls) -> bytes:
    # No <image>: RSS 2.0 allows only GIF, JPEG or PNG there and the board's icon is SVG.
    return _generator(listing, entries, settings, urls, "rss").rss_str(pretty=True)


def atom(listing: Listing, entries: dict[str, FeedEntry], settings: Settings, urls: Urls) -> bytes:
    feed = _generator(listing, entries, settings, urls, "atom")
    feed.icon(urls.absolute(ICON))
    return feed.atom_str(pretty=True)


def json_feed(listing: Listing, json_items: dict[str, str], settings: Settings, urls: Urls) -> bytes:
    """The feed's fields, then its items: each encoded once per build (by _json_item) and joined here."""
    data: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": listing.title,
        "home_page_url": urls.absolute(listing.route),
        "feed_url": urls.absolute(feed_route(listing.route, "json")),
        "description": listing.description,
        "icon": urls.absolute(ICON),
        "favicon": urls.absolute(ICON),
        "authors": [{"name": settings.title, "url": urls.absolute("")}],
        "language": settings.language,
    }
    head = _json(data).removesuffix("}")
    items = ",\n".join(json_items[i.posting.slug] for i in listing.items)
    return f'{head},"items":[\n{items}\n]}}\n'.encode()


def _json(data: dict[str, Any]) -> str:
    # Compact: with indent, json falls back to its pure-Python encoder, five times slower at scale.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _json_item(item: Item) -> str:
    posting = item.posting
    data: dict[str, Any] = {
        "id": item.id,
        "url": item.url,
        "title": item.title,
        "content_html": item.content_html,
        "summary": item.summary or item.title,
        "date_published": item.published.isoformat(),
        "date_modified": item.updated.isoformat(),
        "tags": list(dict.fromkeys(c.label for c in item.categories)),
    }
    if posting.apply_url:
        data["external_url"] = posting.apply_url  # the thing the item is about: where to apply
    if posting.company:
        data["authors"] = [{"name": posting.company}]
    data["_jobboard"] = _structured(posting)
    return _json(data)


def _structured(posting: Posting) -> dict[str, Any]:
    """The posting's fields for programs (JSON Feed extension object; no '.' in keys)."""
    return {
        "company": posting.company,
        "team": posting.team,
        "locations": [{"city": loc.city, "region": loc.region, "country": loc.country} for loc in posting.locations],
        "workplace": posting.workplace,
        "employment_type": posting.employment_type,
        "degree": list(posting.degree),
        "pay": posting.pay.as_dict() if posting.pay else None,
        "start": posting.start,
        "posted": posting.posted.isoformat() if posting.posted else None,
        "valid_through": posting.valid_through.isoformat() if posting.valid_through else None,
        "job_id": posting.job_id,
        "apply_url": posting.apply_url,
        "skills": list(posting.skills),
        "topics": list(posting.topics),
    }
