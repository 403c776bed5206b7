"""Facets: every way a job seeker can slice the board, each value with its postings and its route.

Pages, feeds and the search index all read these, so a facet value has one
slug and one route everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pycountry

from generator.builder.urls import facet_slug
from generator.models import LABELS, Posting


@dataclass(frozen=True)
class FacetValue:
    """One value of one facet ('skills' = 'PyTorch') and the postings that have it."""

    facet: str
    """The facet's key: company, location, workplace, type, degree, skill, topic."""
    label: str
    """As shown to people: 'PyTorch', 'Seattle, WA, US', 'Remote'."""
    route: str
    """The facet page: 'skills/pytorch/'; its feeds live beside it."""
    postings: tuple[Posting, ...]
    """Newest first, as given to build_facets."""
    depth: int = 0
    """For locations: 0 country, 1 region, 2 city."""


@dataclass(frozen=True)
class Facet:
    key: str
    label: str
    """Heading for the facet: 'Companies', 'Locations', ..."""
    route: str
    """The overview page listing every value: 'skills/'."""
    values: tuple[FacetValue, ...]
    """Sorted by label."""


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or getattr(country, "name", code))


def _simple(
    key: str,
    label: str,
    prefix: str,
    postings: Iterable[Posting],
    values_of: Callable[[Posting], Iterable[str]],
    show: Callable[[str], str] = str,
) -> Facet:
    groups: dict[str, list[Posting]] = {}
    for posting in postings:
        for value in dict.fromkeys(values_of(posting)):
            groups.setdefault(value, []).append(posting)
    values = tuple(
        sorted(
            (FacetValue(key, show(value), f"{prefix}/{facet_slug(value)}/", tuple(items)) for value, items in groups.items()),
            key=lambda v: v.label.casefold(),
        )
    )
    return Facet(key, label, f"{prefix}/", _unique_routes(values))


def _unique_routes(values: tuple[FacetValue, ...]) -> tuple[FacetValue, ...]:
    """Two labels that slug alike ('C++' and 'C') must not share a page: later ones get a suffix."""
    seen: dict[str, int] = {}
    out = []
    for value in values:
        route = value.route
        if route in seen:
            seen[route] += 1
            route = route.rstrip("/") + f"-{seen[route]}/"
        else:
            seen[route] = 1
        out.append(FacetValue(value.facet, value.label, route, value.postings, value.depth))
    return tuple(out)


def _locations(postings: list[Posting]) -> Facet:
    groups: dict[tuple[str, ...], list[Posting]] = {}
    for posting in postings:
        keys: set[tuple[str, ...]] = set()
        for loc in posting.locations:
            keys.add((loc.country,))
            if loc.region:
                keys.add((loc.country, loc.region))
            if loc.city:
                keys.add((loc.country, loc.region or "", loc.city))
        for key in keys:
            groups.setdefault(key, []).append(posting)
    values = []
    for key, items in groups.items():
        route = "locations/" + "/".join(facet_slug(part) if part else "-" for part in key) + "/"
        if len(key) == 1:
            label = country_name(key[0])
        elif len(key) == 2:
            label = f"{key[1]}, {key[0]}"
        else:
            label = ", ".join(part for part in (key[2], key[1], key[0]) if part)
        values.append(FacetValue("location", label, route, tuple(items), len(key) - 1))
    values.sort(key=lambda v: (v.route.split("/")[1], v.depth, v.label.casefold()))
    return Facet("location", "Locations", "locations/", tuple(values))


NOT_STATED = "not-stated"


def build_facets(postings: list[Posting]) -> list[Facet]:
    """Every facet over the given (published, current) postings."""
    return [
        _simple("company", "Companies", "companies", postings, lambda p: [p.company] if p.company else []),
        _locations(postings),
        _simple(
            "workplace",
            "Workplace",
            "workplace",
            postings,
            lambda p: [p.workplace or NOT_STATED],
            lambda v: "Not stated" if v == NOT_STATED else LABELS.get(v, v),
        ),
        _simple(
            "type",
            "Employment type",
            "type",
            postings,
            lambda p: [p.employment_type] if p.employment_type else [],
            lambda v: LABELS.get(v, v),
        ),
        _simple("degree", "Degree", "degree", postings, lambda p: p.degree, lambda v: LABELS.get(v, v)),
        _simple("skill", "Skills", "skills", postings, lambda p: p.skills),
        _simple("topic", "Topics", "topics", postings, lambda p: p.topics),
    ]
