"""Where the job is: text such as 'Seattle, WA, United States of America' to Locations."""

from __future__ import annotations

import re

from generator.ingest.extract.gazetteer import Gazetteer, gazetteer
from generator.models import Location

_AREA = re.compile(r"^(?:greater\s+)?(.+?)(?:\s+(?:metropolitan|metro|bay)\s+area|\s+area|\s+metro)?$", re.I)
_NOT_PLACE_WORDS = re.compile(r"\b(?:remote|hybrid|on-?site|office|anywhere|flexible|home|first|based|work|worldwide|global)\b", re.I)
_GROUP_SPLIT = re.compile(r"\s*(?:;|\||/| or | and | & |\n|·|•)\s*", re.I)


def parse_places(text: str, hint: str | None = None, geo: Gazetteer | None = None) -> tuple[list[Location], bool]:
    """Places in a location string, and whether every part of it was understood.

    A bare city name several countries share is read in the country `hint` names, else not at all.
    """
    geo = geo or gazetteer()
    text = re.sub(r"\([^)]*\)", " ", text)  # "(Remote-first)"
    found: list[Location] = []
    complete = True
    for group in _GROUP_SPLIT.split(text):
        group = _NOT_PLACE_WORDS.sub(" ", group).strip(" ,-–:")
        if not group:
            continue
        location = parse_place(group, geo, hint)
        if location is None:
            complete = False
        elif location not in found:
            found.append(location)
    return found, complete and bool(found)


def parse_place(text: str, geo: Gazetteer, hint: str | None = None) -> Location | None:
    """One place: 'City', 'City, Region', 'City, Country', 'City, Region, Country' or 'Country'."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts or len(parts) > 4:
        return None
    country = geo.country(parts[-1], strict_case=len(parts) == 1)
    if country and len(parts) == 1:
        return Location(country=country)
    if country:
        parts = parts[:-1]
    region = None
    if len(parts) >= 2:
        region_country = country
        if region_country is None:
            for cc in ("US", "CA", "AU"):
                if geo.region(cc, parts[-1]):
                    region_country = cc
                    break
        region = geo.region(region_country, parts[-1]) if region_country else None
        if region is None:
            return None
        country = region_country
        parts = parts[:-1]
    if len(parts) != 1:
        return None
    name = _AREA.match(parts[0]).group(1) if _AREA.match(parts[0]) else parts[0]
    if country is None and region is None and geo.is_ambiguous_city(name):
        country = hint
        if country is None:
            return None
    city = geo.city(name, country, region)
    if city is None:
        return None
    region = region or city.region
    return Location(country=city.country, region=region, city=city.name)


def leading_city(line: str, hint: str | None = None, geo: Gazetteer | None = None) -> Location | None:
    """A city run together with the next label ('San JoseInternR&D'): a known prefix before the glue.

    A name several countries share is taken only in the country `hint` names.
    """
    geo = geo or gazetteer()
    for match in re.finditer(r"(?<=[a-z])(?=[A-Z])", line[:40]):
        prefix = line[: match.start()]
        city = geo.city(prefix, hint) if geo.is_ambiguous_city(prefix) else geo.city(prefix)
        if city:
            return Location(country=city.country, region=city.region, city=city.name)
    return None
