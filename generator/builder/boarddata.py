"""The data board.js filters, counts and sorts with: compact JSON written beside the index.

`postings.json` (fetched on every index load) holds only what filters, counts and sorting need,
as small integers into per-facet value tables, so 10,000 postings stay small compressed.
The text a card shows beyond the facet values (slug, title, team, places) is in
`cards/<n>.json` chunks of CARD_CHUNK postings, fetched only for the cards on screen.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from generator.builder.facets import Facet, FacetValue, country_name
from generator.builder.render import format_pay
from generator.models import PAY_PERIODS, PERIODS_PER_YEAR, Posting

CARD_CHUNK = 500
TOP_VALUES = 8
"""Filter values shown per facet before "show all"; the index page and board.js show the same."""
EPOCH = date(1970, 1, 1)

FACET_PARAMS = {
    "company": "company",
    "location": "location",
    "workplace": "workplace",
    "type": "type",
    "degree": "degree",
    "skill": "skill",
    "topic": "topic",
    "start": "start",
    "pay": "pay",
}
"""Facet key -> URL query parameter; the query of a shared link names values by their page slug."""


def _day(value: date | None) -> int | None:
    return (value - EPOCH).days if value else None


def value_id(facet: Facet, value: FacetValue) -> str:
    """'skills/pytorch/' -> 'pytorch'; 'locations/us/wa/' -> 'us/wa': readable in a shared link."""
    return value.route[len(facet.route) :].strip("/")


def postings_json(published: list[Posting], facets: list[Facet]) -> bytes:
    """Facet tables and, per posting (newest first): posted day, added day, pay, and its value indices in each facet.

    Written column by column (every posting's posted day, then every added day, ...): like values
    sit together and compress about a quarter smaller than row by row. board.js rebuilds the rows.
    """
    index_of = {p.slug: i for i, p in enumerate(published)}
    rows: list[list[Any]] = [[_day(p.posted), _day(p.added), _pay(p)] for p in published]
    tables = []
    for facet in facets:
        values = []
        positions = {v.route: n for n, v in enumerate(facet.values)}
        for value in facet.values:
            entry: dict[str, Any] = {"id": value_id(facet, value), "label": value.label}
            if value.depth:
                entry["parent"] = _parent(value.route, positions)
            values.append(entry)
        members: list[list[int]] = [[] for _ in published]
        for n, value in enumerate(facet.values):
            for posting in value.postings:
                if posting.slug in index_of:
                    members[index_of[posting.slug]].append(n)
        for row, found in zip(rows, members, strict=True):
            row.append(sorted(found))
        tables.append(
            {
                "key": facet.key,
                "param": FACET_PARAMS.get(facet.key, facet.key),
                "label": facet.label,
                "route": facet.route,
                "values": values,
            }
        )
    data = {
        "version": 1,
        "count": len(published),
        "chunk": CARD_CHUNK,
        "top": TOP_VALUES,
        "periods": [[p, PERIODS_PER_YEAR[p]] for p in PAY_PERIODS],
        "facets": tables,
        "columns": [[row[k] for row in rows] for k in range(3 + len(tables))],
    }
    return _dump(data)


def _parent(route: str, positions: dict[str, int]) -> int | None:
    """A city's region, or its country when the city has no region ('locations/us/-/x/' -> 'locations/us/')."""
    parts = route.strip("/").split("/")[:-1]
    while len(parts) > 1:
        found = positions.get("/".join(parts) + "/")
        if found is not None:
            return found
        parts.pop()
    return None


def _pay(posting: Posting) -> list[Any] | None:
    """[min, max, period index]; the currency is the pay facet's value."""
    pay = posting.pay
    if pay is None:
        return None
    return [_whole(pay.min), _whole(pay.max), PAY_PERIODS.index(pay.period)]


def _whole(value: float | None) -> float | int | None:
    return int(value) if value is not None and float(value).is_integer() else value


def card_chunks(published: list[Posting]) -> list[bytes]:
    """[slug, title, team, places, pay as the page shows it] per posting, CARD_CHUNK to a file, in the order of postings.json."""
    chunks = []
    for start in range(0, len(published), CARD_CHUNK):
        rows = [
            [p.slug, p.title or "", p.team or "", places(p), format_pay(p.pay)] for p in published[start : start + CARD_CHUNK]
        ]
        chunks.append(_dump(rows))
    return chunks or [_dump([])]


def places(posting: Posting) -> str:
    """Where the job is, as cards and pages show it: 'Seattle, WA, US; Canada' (a country alone by its name)."""
    return "; ".join(str(loc) if loc.city or loc.region else country_name(loc.country) for loc in posting.locations)


def _dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False).encode("utf-8")
