"""The locations field: labels first, then the page header, then a remote posting's countries."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from generator.ingest.document import Document
from generator.ingest.extract.common import NOTHING, Finding, label_values
from generator.ingest.extract.gazetteer import gazetteer
from generator.ingest.extract.headline import Headline
from generator.ingest.extract.places import parse_places, places_in_line
from generator.models import Location

CURRENCY_COUNTRY = {"USD": "US", "GBP": "GB", "CAD": "CA", "AUD": "AU", "INR": "IN", "SGD": "SG", "NZD": "NZ", "JPY": "JP", "CHF": "CH", "PLN": "PL"}

_REMOTE_IN = re.compile(
    r"(?:open to candidates (?:located |based )?in|remote (?:in|within|from|across)|must (?:be )?(?:located|based|reside) in"
    r"|candidates (?:located|based) in|work from anywhere in|remote\s*[(-]\s*)\s*(?:the )?([A-Z][\w .,&()-]{1,60}?)(?:[.;)]|$| and | or |\n)",
)


def _json_ld_locations(doc: Document) -> list[Location]:
    places = doc.json_ld.get("jobLocation") if doc.json_ld else None
    if isinstance(places, dict):
        places = [places]
    found: list[Location] = []
    for place in places or []:
        address = place.get("address") if isinstance(place, dict) else None
        if not isinstance(address, dict):
            continue
        country = address.get("addressCountry")
        if isinstance(country, dict):
            country = country.get("name")
        text = ", ".join(str(p) for p in (address.get("addressLocality"), address.get("addressRegion"), country) if p)
        found += parse_places(text)[0]
    return found


def extract_locations(doc: Document, found: dict[str, Finding]) -> Finding:
    pay = found["pay"].value
    # A city name several countries share is read in the country the pay or the text points to.
    hint = CURRENCY_COUNTRY.get(pay.currency) if pay else None
    if hint is None:
        mentioned = Counter(countries_in(doc.job_text(), unique=False))
        hint = mentioned.most_common(1)[0][0] if mentioned else None
    from_ld = _json_ld_locations(doc)
    if from_ld:
        return Finding(from_ld)
    for value, _ in label_values(doc.header + doc.lines[:80], r"locations?|job locations?|work locations?|office locations?|based in|city|standort|arbeitsort|einsatzort|lieu|ort|location\(s\)|hybrid|remote|on-?site"):
        places, unknown = places_in_line(value, hint)
        if places:
            return Finding(places, None if not unknown else "part of the location label was not understood")
    head: Headline = found["_headline"].value
    for text in head.places:
        places, _ = places_in_line(text, hint)
        if places:
            return Finding(places)
    for line in doc.header[:15]:
        if len(line) > 100 or line == head.line:
            continue
        places, unknown = places_in_line(line, hint)
        separated = bool(re.search(r"[·•|]", line)) or bool(re.search(r"(?<=[a-z])[A-Z]", line))
        if places and (unknown == 0 or separated):
            return Finding(places)
    text = doc.job_text()
    countries = _remote_countries(text)
    if countries:
        return Finding(countries, "countries read from where remote candidates may live")
    for match in _REMOTE_IN.finditer(text):
        places, complete = parse_places(match.group(1).strip(" ."), hint)
        if places and all(p.city is None for p in places):
            return Finding(places)
    geo = gazetteer()
    for match in re.finditer(r"\b(?:based in|located in|office in|offices? in|our ([A-Z][\w -]+) office)\s*(?:our |the )?([A-Z][\w .,-]{2,40}?)(?:[.;()]| office|$|\n)", text):
        if re.search(r"offices (?:in|including)|global offices|offices around", text[max(0, match.start() - 30) : match.end()], re.I):
            continue
        candidate = match.group(1) or match.group(2)
        places, complete = parse_places(candidate.strip(), hint, geo)
        if complete:
            return Finding(places, "location read from the text")
    return NOTHING


_ELIGIBLE = re.compile(r"\b(?:based|located|living|resid\w+|reside)\s+(?:in|within)\b|\bcountries\b|\bopen to (?:candidates|applicants)", re.I)


def _remote_countries(text: str) -> list[Location]:
    """A remote posting's sentence listing where candidates may be: 'based in the UK, Spain or Kenya'."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        if not (_ELIGIBLE.search(sentence) and re.search(r"\bremote\b", text, re.I)):
            continue
        codes = countries_in(sentence)
        if len(codes) >= 2:
            return [Location(country=code) for code in codes]
    return []


def countries_in(text: str, unique: bool = True) -> list[str]:
    """Country names and aliases in running text, in order; codes count only in capitals ('UK', 'USA')."""
    geo = gazetteer()
    found: list[str] = []
    for match in _country_pattern().finditer(text):
        word = match.group(0)
        if len(word) <= 3 and not word.isupper():
            continue
        code = geo.country(word)
        if code and (code not in found or not unique):
            found.append(code)
    return found


@cache
def _country_pattern() -> re.Pattern[str]:
    names = [name for name in gazetteer().countries if len(name) > 3 or name in ("uk", "usa", "uae", "u.s.", "u.k.")]
    names += ["côte d'ivoire"]
    alternation = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.I)
