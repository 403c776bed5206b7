"""Feeds: RSS 2.0 (feedgen, which gets escaping, dates and namespaces right) and JSON Feed 1.1.

Dates come from the postings, never the clock, so the same content gives the same bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from typing import Any

from feedgen.feed import FeedGenerator

from generator.builder.render import format_pay
from generator.builder.urls import Urls, posting_route
from generator.config import Settings
from generator.models import Posting

EPOCH = date(1970, 1, 1)


@dataclass(frozen=True)
class FeedItem:
    posting: Posting
    html: str
    """The body rendered to HTML."""


def _when(value: date | None) -> datetime:
    return datetime.combine(value or EPOCH, time(0, 0), tzinfo=timezone.utc)


def published(posting: Posting) -> date:
    return posting.added or posting.posted or EPOCH


def updated(posting: Posting) -> date:
    return max(d for d in (posting.updated, posting.added, posting.posted, EPOCH) if d)


def item_title(posting: Posting) -> str:
    place = "; ".join(str(loc) for loc in posting.locations[:3])
    if not place and posting.workplace == "remote":
        place = "Remote"
    title = f"{posting.title} — {posting.company}"
    return f"{title} ({place})" if place else title


def summary(posting: Posting) -> str:
    parts = [p for p in (posting.team, format_pay(posting.pay), ", ".join(posting.skills[:8])) if p]
    return " · ".join(parts)


def rss(items: list[FeedItem], settings: Settings, urls: Urls, title: str, route: str, home_route: str) -> bytes:
    feed = FeedGenerator()
    feed.title(title)
    feed.link(href=urls.absolute(home_route), rel="alternate")
    feed.link(href=urls.absolute(route), rel="self")
    feed.description(settings.description)
    feed.language(settings.language)
    feed.generator("jobboard")
    newest = max((updated(i.posting) for i in items), default=EPOCH)
    feed.lastBuildDate(_when(newest))
    for item in reversed(items):  # feedgen prepends entries
        posting = item.posting
        entry = feed.add_entry()
        entry.title(item_title(posting))
        entry.link(href=urls.absolute(posting_route(posting.slug)))
        entry.guid(posting.stable_id, permalink=False)
        entry.published(_when(published(posting)))
        entry.updated(_when(updated(posting)))
        entry.description(summary(posting) or item_title(posting))
        entry.content(item.html, type="CDATA")
        for skill in posting.skills:
            entry.category(term=skill)
    return feed.rss_str(pretty=True)


def json_feed(items: list[FeedItem], settings: Settings, urls: Urls, title: str, route: str, home_route: str) -> bytes:
    data: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "home_page_url": urls.absolute(home_route),
        "feed_url": urls.absolute(route),
        "description": settings.description,
        "language": settings.language,
        "items": [_json_item(item, urls) for item in items],
    }
    return (json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")


def _json_item(item: FeedItem, urls: Urls) -> dict[str, Any]:
    posting = item.posting
    return {
        "id": posting.stable_id,
        "url": urls.absolute(posting_route(posting.slug)),
        "title": item_title(posting),
        "content_html": item.html,
        "summary": summary(posting) or item_title(posting),
        "date_published": _when(published(posting)).isoformat(),
        "date_modified": _when(updated(posting)).isoformat(),
        "tags": list(posting.skills),
        "_jobboard": {
            "company": posting.company,
            "team": posting.team,
            "locations": [str(loc) for loc in posting.locations],
            "workplace": posting.workplace,
            "employment_type": posting.employment_type,
            "degree": list(posting.degree),
            "pay": posting.pay.as_dict() if posting.pay else None,
            "start": posting.start,
            "apply_url": posting.apply_url,
        },
    }
