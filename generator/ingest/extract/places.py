"""Where the job is: text such as 'Seattle, WA, United States of America' to Locations."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

import pycountry

from generator.ingest.extract.gazetteer import CODED_REGIONS, City, Gazetteer, fold, gazetteer, saint_short
from generator.ingest.extract.skills import is_skill_name
from generator.models import Location

Hint = Callable[[], "str | None"]
"""The country a posting points to, asked for only when a city name is ambiguous (it costs a scan of the text)."""
# A hint that says only 'a country that pays in euros'.
EUROZONE_HINT = "EUR"
_EUROZONE = frozenset(
    ["AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PT", "SK", "SI", "ES"]
)


def no_hint() -> str | None:
    return None


# Places whose country and city have one name, and a posting means the city ('Luxembourg - Kirchberg').
CITY_STATES = {
    "SG": "Singapore",
    "HK": "Hong Kong",
    "MO": "Macau",
    "MC": "Monaco",
    "GI": "Gibraltar",
    "VA": "Vatican City",
    "LU": "Luxembourg",
}
# 'Greater Munich Metropolitan Area', LinkedIn's German 'Großraum München' and French 'Région de Paris'.
_AREA = re.compile(
    r"^(?:greater\s+|großraum\s+|région de\s+|grande\s+)?(.+?)"
    r"(?:\s+(?:metropolitan|metro|bay)\s+area|\s+area|\s+metro|\s+city\s+cent(?:re|er)|\s+downtown|\s+innenstadt)?$",
    re.I,
)
_NOT_PLACE_WORDS = re.compile(
    # 'Remote (UK-based candidates only)'.
    r"\b(?:remote|hybrid|on-?site|office|anywhere|flexible|home|first|based|work|worldwide|global|only|candidates|applicants)\b",
    re.I,
)
_GROUP_SPLIT = re.compile(r"\s*(?:;|\||/| or | and | & |\n|·|•)\s*", re.I)


_BRACKETED = re.compile(r"\([^)]*\)")


def parse_places(text: str, hint: Hint = no_hint, geo: Gazetteer | None = None) -> tuple[list[Location], bool]:
    """Places in a location string, and whether every part of it was understood.

    A bare city name several countries share is read in the country `hint` names, else not at all.
    """
    geo = geo or gazetteer()
    text = _BRACKETED.sub(" ", text)  # "(Remote-first)"
    found: list[Location] = []
    complete = True
    for group in _GROUP_SPLIT.split(text):
        group = _NOT_PLACE_WORDS.sub(" ", group).strip(" ,-–:")
        if not group:
            continue
        location = parse_place(group, geo, hint)
        # 'Portugal, Spain': a list of countries, not a city in the last of them.
        locations = [location] if location else _countries(group, geo)
        complete = complete and bool(locations)
        found += [place for place in locations if place not in found]
    return found, complete and bool(found)


def _countries(text: str, geo: Gazetteer) -> list[Location]:
    """Every comma-separated part of the text as a country, or nothing."""
    parts = [part.strip() for part in text.split(",")]
    codes = [geo.country(part, strict_case=True) for part in parts]
    if len(parts) < 2 or not all(codes):
        return []
    return [Location(country=code) for code in codes if code]


_WARD = re.compile(r"-ku$", re.I)
_SITE_OF_TOWN = re.compile(r"\s(?:campus|site|building|hospital|plant|depot|warehouse|office|headquarters)$", re.I)


def parse_place(text: str, geo: Gazetteer, hint: Hint = no_hint) -> Location | None:
    """One place: 'City', 'City, Region', 'City, Country', 'City, Region, Country' or 'Country'."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) > 1 and _WARD.search(parts[0]):
        parts = parts[1:]  # 'Shibuya-ku, Tokyo, Japan': a Japanese city's ward, then the city
    if len(parts) > 2 and _SITE_OF_TOWN.search(parts[0]):
        parts = parts[1:]  # 'Belmont Campus, Geelong, Victoria': the employer's site, then its town and state
    if not parts or len(parts) > 4:
        return None
    country = geo.country(parts[-1], strict_case=len(parts) == 1)
    if country and any(len(part) > 3 and geo.country(part, strict_case=True) not in (None, country) for part in parts[:-1]):
        return None  # 'Germany, Austria, Netherlands' is a list of countries, not a town in a Dutch region ('CA' is California)
    if country and len(parts) == 2 and len(parts[-1]) <= 3:
        # 'Chicago, IL', 'San Francisco, CA': a state code that is also a country code.
        for cc in ("US", "CA", "AU"):
            region = geo.region(cc, parts[-1])
            city = geo.city(parts[0], cc, region) if region else None
            if city and city.region == region:
                return Location(country=cc, region=region, city=_as_written(parts[0], city.name))
    if not country and len(parts) == 2 and (district := geo.city(parts[0])) and district.country in CITY_STATES:
        # Jobsdb's 'Quarry Bay, Eastern District': a district of a city-state, then the district council it is in.
        council = parts[1].endswith(" District") or (
            (other := geo.city(parts[1])) is not None and other.country == district.country
        )
        if council and not geo.is_ambiguous_city(parts[0]):
            return Location(country=district.country, city=CITY_STATES[district.country])
    if country in CITY_STATES and len(parts) == 2 and geo.country(parts[0], strict_case=True) == country:
        return Location(country=country, city=CITY_STATES[country])  # 'Luxembourg, Luxembourg': the city, then its state
    if country and len(parts) == 1:
        if country in CITY_STATES:
            return Location(country=country, city=CITY_STATES[country])
        return Location(country=country)
    if country:
        parts = parts[:-1]
    region = None
    if len(parts) >= 2:
        region_country = country
        if region_country is None:
            # 'Perth, WA' is Western Australia, not Washington: the country whose region holds a city of that name
            # first, then any country with a region of that code.
            coded = [cc for cc in ("US", "CA", "AU") if geo.region(cc, parts[-1])]
            region_country = next(
                (
                    cc
                    for cc in coded
                    if (c := geo.city(parts[-2], cc, geo.region(cc, parts[-1]))) and c.region == geo.region(cc, parts[-1])
                ),
                coded[0] if coded else None,
            )
        if region_country is None:
            # 'Norwich, Norfolk', 'Benidorm, Alicante': a region of one of the countries that has a city of that name.
            region_country = next(
                (c.country for c in geo.cities.get(fold(parts[-2]), ()) if geo.region(c.country, parts[-1])), None
            )
        region = geo.region(region_country, parts[-1]) if region_country else None
        if region and region_country and (city := _district_of(parts[-2], parts[-1], region_country, geo)):
            # 'Miguel Hidalgo, Ciudad de México': a borough, then the city it is part of.
            return Location(country=city.country, region=city.region, city=_as_written(parts[-1], city.name))
        if region and region_country and _two_cities(parts[-2], parts[-1], region_country, geo, sized=country is None):
            return None
        if region and region_country not in CODED_REGIONS:
            region = parts[-1]  # 'Maharashtra' as the posting writes it, not ISO's 'Mahārāshtra'
        if region is None and country and len(parts) == 2 and re.fullmatch(r"[A-Z][\w' .-]{1,40}", parts[-1]):
            region = parts[-1]  # 'Rhineland-Palatinate, Germany': a region ISO spells another way
        if region is None:
            return None
        country = region_country
        parts = parts[:-1]
    if len(parts) != 1:
        return None
    area = _AREA.match(parts[0]) if " " in parts[0] else None  # one word has no 'Greater' or 'Area' to take off
    name = area.group(1) if area else parts[0]
    if name.islower():
        return None  # 'the rest remote': a word in lower case, not Rasht (GeoNames' 'Rest')
    if country is None and region is None and geo.is_ambiguous_city(name):
        country = _hinted_country(name, hint, geo)
        if country is None:
            return None
    elif country is None and region is None and (preferred := _preferred_city(name, geo, hint)):
        country = preferred.country
    city = geo.city(name, country, region)
    if "-" in name:
        # 'Berlin-Kreuzberg', 'Köln-Deutz', 'Luxembourg-Gasperich': a district after the city it is part of.
        first = name.split("-", 1)[0]
        if city is None and (state := geo.country(first, strict_case=True)) in CITY_STATES and country in (None, state):
            return Location(country=state, city=CITY_STATES[state])
        if whole := _city_of_district(first, city, country, region, geo):
            city, name, region = whole, first, region if city is None else None
    if city is None and country and region and re.fullmatch(r"[A-Z][^\W\d]*(?:[ '.-]+[^\W\d]+){0,3}", name):
        if geo.city(_CODE_AFTER.sub(r"\1", region), country):
            return None  # 'Via Tortona 31, Milano MI, Italy': what stands in the region's place is the city
        # 'Montabaur, Rhineland-Palatinate, Germany': a town too small for the gazetteer, vouched for by its region.
        return Location(country=country, region=region, city=name)
    if city is None:
        return None
    if city.country in CITY_STATES:
        return Location(country=city.country, city=CITY_STATES[city.country])  # 'Paya Lebar' is in Singapore, the city
    region = region or city.region
    return Location(country=city.country, region=region, city=_as_written(name, city.name))


def _city_of_district(first: str, district: City | None, country: str | None, region: str | None, geo: Gazetteer) -> City | None:
    """The city a hyphenated name opens with, when the rest is a district of it: one the gazetteer lacks ('Köln-Deutz',
    a city of 50,000 or more before it), or one it knows as a place much smaller than that city ('Berlin-Kreuzberg').
    'Baden-Baden' and 'Castrop-Rauxel' are towns of their own: no much bigger city has the first part's name."""
    if district is None:
        town = geo.city(first, country, region)
        return town if town and town.population >= 50_000 else None
    bigger = geo.city(first, district.country)
    return bigger if bigger and bigger.population > 2 * district.population else None


def _two_cities(first: str, second: str, country: str, geo: Gazetteer, sized: bool = True) -> bool:
    """Whether 'Lyon, Paris' names two cities rather than a city in a region that shares a city's name, as
    'Sabadell, Barcelona' and 'Amersfoort, Utrecht' do. A city outside the named region's city's first-level
    division is not in that region ('Lausanne, Genève'); within it ('Versailles, Paris'), only size tells them apart,
    and not `sized` when the country follows: 'Campinas, São Paulo, Brasil' is an address, city, state and country."""
    if fold(first) == fold(second):
        return False  # 'Dublin, Dublin'
    one, other = geo.city(first, country), geo.city(second, country)
    if one is None or other is None:
        return False
    if one.admin1 and other.admin1 and one.admin1 != other.admin1:
        return True  # 'Lausanne, Genève': Lausanne is not in the canton of Geneva, so that is two cities
    return sized and one.population >= _BIG_CITY and other.population >= _BIG_CITY


_BIG_CITY = 300_000


def lies_within(part: Location, whole: Location) -> bool:
    """Whether one city of a list is a quarter of another in it (see _district_of): in its first-level division and a
    twentieth of its size or less, not a town beside it ('Seattle, WA; Bellevue, WA', 'Basel, Allschwil')."""
    if not (part.city and whole.city and part.country == whole.country):
        return False
    geo = gazetteer()
    small, big = geo.city(part.city, part.country), _district_of(part.city, whole.city, part.country, geo)
    return bool(small and big and small.admin1 == big.admin1 and big.population >= 20 * small.population)


def _district_of(first: str, second: str, country: str, geo: Gazetteer) -> City | None:
    """The city of 'Miguel Hidalgo, Ciudad de México' or 'Westminster, London': a place of GeoNames' own that lies
    within the second, a city five times its size or more, not ten kilometres from its centre ('Getafe, Madrid' and
    'Sabadell, Barcelona' are towns of their own, further out)."""
    if fold(first) == fold(second):
        return None
    part, whole = geo.city(first, country), geo.city(second, country)
    if part is None or whole is None or whole.population < 5 * part.population or not part.latitude:
        return None
    north = (part.latitude - whole.latitude) * 111.0
    east = (part.longitude - whole.longitude) * 111.0 * math.cos(math.radians(whole.latitude))
    return whole if math.hypot(north, east) < 10.0 else None


def _preferred_city(name: str, geo: Gazetteer, hint: Hint) -> City | None:
    """The city a name not ambiguous by size stands for: the biggest of the name, or a namesake in the country the
    text points to ('Halifax' in a posting paid in pounds is Halifax, England, though Halifax, Nova Scotia is
    bigger); a much smaller namesake ('Paris, Texas' for a posting in dollars) does not win that way."""
    if geo.is_ambiguous_city(name):
        return None
    options = geo.cities.get(fold(name), ())
    # Only a namesake big enough to win asks for the hint, which reads the whole text: 'London' (Ontario is a
    # twentieth of it) never does.
    rivals = [
        city for city in options[1:] if city.country != options[0].country and city.population * 10 >= options[0].population
    ]
    if rivals:
        hinted = _hinted_country(name, hint, geo)
        local = next((city for city in rivals if city.country == hinted), None)
        if local:
            return local
    return geo.city(name)


def _hinted_country(name: str, hint: Hint, geo: Gazetteer) -> str | None:
    """The country an ambiguous city name is read in: the hint's, or the first euro country that has the name."""
    country = hint()
    if country == EUROZONE_HINT:
        return next((city.country for city in geo.cities.get(fold(name), ()) if city.country in _EUROZONE), None)
    return country


def _as_written(text: str, name: str) -> str:
    """The city's name in English: as the posting writes it when that is English ('New York', not GeoNames'
    'New York City'), GeoNames' name when the posting uses the local one ('Ciudad de México' -> 'Mexico City')."""
    text = text.strip()
    name, text = _EXONYMS.get(name, name), _EXONYMS.get(text, text)
    if saint_short(fold(name)) == fold(text).replace("st ", "st. ", 1):
        return text  # 'St. Gallen', as English writes it, for GeoNames' 'Sankt Gallen'
    if not text[:1].isupper() or text.isupper() or fold(text) == fold(name):
        return name
    # 'New York' for 'New York City': the posting's shorter English form; 'Milano' is the local name of Milan.
    return text if fold(name).startswith(fold(text) + " ") else name


# Cities GeoNames names in their own language though English has a name of its own.
_EXONYMS = {
    "Köln": "Cologne",
    "Gent": "Ghent",
    "Sevilla": "Seville",
    "Zürich": "Zurich",
    "Luzern": "Lucerne",
    "Brugge": "Bruges",
    "Århus": "Aarhus",  # the city's own spelling since 2011, and English's
    "New York City": "New York",  # what English, and the curators, call it, however a page writes it
}


_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b\d{2}-\d{3}\b|\b\d{3} ?\d{2}\b")
# 'or' and 'and' in English, German, French and the Nordic languages: 'Regensburg oder Nürnberg', 'Lyon ou Paris'.
_PART_SPLIT = re.compile(r"\s*(?:[·•|;/]|\s[-–—]\s|\b(?:or|and|oder|und|ou|et|eller|og|och)\b|&)\s*")
# 'PL-Kraków', 'US-TX-Houston'; Workday's 'PL Warszawa - Mokotów', the code before the city and its site.
_COUNTRY_CITY = re.compile(r"^([A-Z]{2})(?:\s*-\s*(?:([A-Z]{2,3})\s*-\s*)?| (?=[A-ZÀ-Þ][a-zà-ÿ]))(\S.*)$")


_TAG_ONLY = re.compile(
    r"^(?:remote|hybrid|on-?site|in[- ]office|full[- ]?time|part[- ]?time|contract|permanent|temporary|internship|flexible"
    r"|remote[- ]first|remote[- ]friendly|work from home"
    r"|remot[oa]|teletrabajo|télétravail|home[- ]?office|presencial|h[ií]brid[oa]|hybride|ibrid[oa]|op afstand|thuiswerken)$",
    re.I,
)
_LEADING_WORDS = re.compile(r"^(?:(?:in|within|from|at|the|either|our|based|located|office|offices|also)\s+)+", re.I)
_SITE_WORDS = re.compile(
    r"\s+(?:main\s+|support\s+|service\s+|head\s+)?(?:campus|office|offices|hq|headquarters|site|center|centre|area|metro|hospital"
    r"|building)\b.*$"
    r"|^(?:zentrale|hauptsitz|head office|hq|siège|sede)\s+",  # 'Zentrale Wien': the head office, then its city
    re.I,
)


_POSTCODE_IN_BRACKETS = re.compile(r"\(\s*\d+\s*\)")
_TALEO_PLACE = re.compile(r"\s*([A-Z][\w .]+?)-([A-Z][\w .]+?)(?:-([A-Z][\w .]+?))?\s*")
_BRACKETED_AREA = re.compile(r"([^()|·•;]+?)\s*\(([^)]*)\)")
_GLUED_LABELS = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_CAMEL_WORD = re.compile(r"[\w&]*[a-z][A-Z][\w&]*")


_LANGUAGES_LABEL = re.compile(
    r"\s*(?:languages?|sprachen?|langues?|idiomas?|lingue|talen|języki|limbi|jezici|jezik|diller|езици|kielet|språk)\s*:",
    re.I,
)


def places_in_line(line: str, hint: Hint = no_hint, geo: Gazetteer | None = None) -> tuple[list[Location], int]:
    """Places in a header or label line such as 'Chicago, IL · Full-time · Hybrid', 'PL-Kraków | ES-Barcelona',
    'Charlotte, NC 28202', 'Birmingham, Leeds, London' or 'Cork, IrelandEngineering'.
    Returns the places and how many parts were not places."""
    geo = geo or gazetteer()
    if _LANGUAGES_LABEL.match(line):
        return [], 1  # 'Limbi: Engleză, Română': languages, one of them also the name of a town ('Romana')
    text = _POSTCODE_IN_BRACKETS.sub(" ", line)  # 'Paris (75009)'
    taleo = _TALEO_PLACE.fullmatch(text)
    if taleo and geo.country(taleo.group(1)):
        # 'Poland-Lower Silesia-Wroclaw', 'Germany-Berlin': country first, as Taleo and SuccessFactors write it; not
        # 'Luxembourg-Gasperich', the city and its district.
        reordered = ", ".join(part for part in reversed(taleo.groups()) if part)
        if parse_place(reordered, geo, hint) or not parse_place(text, geo, hint):
            text = reordered
    if " - " in text and (coded := _coded(text, geo)) and (site := _coded_city(coded, geo)):
        return [site], 0  # Workday's 'PL - Warszawa - Grzybowska': the site after the city is no place of its own
    text = _BRACKETED_AREA.sub(lambda m: _sub_area(m, geo, hint), text)
    seek = _SEEK_PLACE.fullmatch(text.strip())
    if seek and not geo.city(seek.group(2), "AU") and parse_place(f"{seek.group(1)}, {seek.group(3)}", geo, hint):
        # SEEK's 'Geelong, Barwon & Western District VIC': the town, then SEEK's name for its region (not a city's, as
        # in 'Parramatta, Sydney NSW', which names the city the suburb is part of).
        text = f"{seek.group(1)}, {seek.group(3)}"
    if " " in text.strip():
        # Labels run together: 'IrelandEngineering'; not a product's name in capitals ('HubSpot' is no town of Hub).
        text = _CAMEL_WORD.sub(lambda m: m.group(0) if is_skill_name(m.group(0)) else _GLUED_LABELS.sub(" | ", m.group(0)), text)
    elif _GLUED_LABELS.search(text) and not parse_place(text, geo, hint):
        # Workday's list of places run together ('EindhovenUtrecht'); 'McAllen' stays one name.
        pieces = _GLUED_LABELS.split(text)
        if all(parse_place(piece, geo, hint) for piece in pieces):
            text = " | ".join(pieces)
    text = _ZIP.sub(" ", text)
    if " : " in text and text.count(",") >= 2:
        text = text.replace(" : ", " | ")  # Civil Service Jobs' 'Darlington, North East England, DL1 4XZ : Cardiff, Wales'
    found: list[Location] = []
    unknown = 0
    for part in _PART_SPLIT.split(text):
        part = _LEADING_WORDS.sub("", part.strip(" ,-–:")).strip(" ,-–:")
        if not part or _TAG_ONLY.match(part):
            continue  # 'Hybrid', 'Full-time': a label beside the place, not an unknown place
        places = _places_in_part(part, geo, hint) if part not in DEPARTMENT_CODES else []
        if not places:
            unknown += 1
        for location in places:
            if location not in found:
                found.append(location)
    if unknown and " of " in text and len(text) < 60:
        # Dutch 'Gent of Antwerpen (naar keuze)': 'of' is 'or' when what it joins are places ('Isle of Man' stays whole).
        either = places_in_line(text.replace(" of ", " | "), hint, geo)
        if not either[1] and len(either[0]) >= 2:
            return either
    return _without_region_codes(found, geo), unknown


def _coded(text: str, geo: Gazetteer) -> re.Match[str] | None:
    """'PL-Kraków', 'US-TX-Houston', 'PL - Warszawa - Grzybowska': a place led by its country's code."""
    coded = _COUNTRY_CITY.match(text.strip())
    if not coded or not geo.country(coded.group(1)) or coded.group(3)[:1].islower():
        return None  # 'UK-based only' is a country and a word, not a code before a city
    if coded.group(0)[2:3] == " " and (coded.group(1) in DEPARTMENT_CODES or not _coded_city(coded, geo)):
        return None  # a code and a space lead a city of that country only: not 'CF Chinook Centre, Calgary' or 'IT Dublin'
    return coded


def _coded_city(coded: re.Match[str], geo: Gazetteer) -> Location | None:
    """The city after the country's code, without a site that may follow it."""
    name = coded.group(3).split(" - ")[0]
    city = geo.city(name, coded.group(1))
    return Location(country=city.country, region=city.region, city=_as_written(name, city.name)) if city else None


# Country codes that a header line uses for a department far more often: 'Data & IT', 'Data & BI', 'Finance & HR'.
DEPARTMENT_CODES = frozenset(("IT", "HR", "PR", "AI", "IS", "BI", "PE", "ML"))


def _subdivision(country: str, code: str) -> bool:
    """Whether ISO 3166-2 knows `code` as a region of `country` ('MG' of BR, 'BO' of IT)."""
    return pycountry.subdivisions.get(code=f"{country}-{code}") is not None


def _without_region_codes(found: list[Location], geo: Gazetteer) -> list[Location]:
    """'Belo Horizonte - MG': a two-letter code after a city is the city's state (Minas Gerais), not a country (Madagascar)."""
    cities = {place.country for place in found if place.city}
    return [
        place
        for place in found
        if place.city or not any(_subdivision(country, place.country) for country in cities - {place.country})
    ]


# SEEK's 'Suburb, Region STATE': an Australian state's code after the name of one of SEEK's regions.
_SEEK_PLACE = re.compile(r"([^,|]+), ([A-Z][\w&' ]+?) (VIC|NSW|QLD|SA|WA|TAS|NT|ACT)")
# 'Dublin 7', and a UK postcode's first half ('Manchester M4').
_POSTAL_DISTRICT = re.compile(r"(?<=[a-z])\s+(?:\d{1,2}\.?|[A-Z]{1,2}\d{1,2}[A-Z]?)$")
_KERULET = re.compile(r"(?<=[a-z])\s+[IVX]{1,5}\.\s*kerület$")
_CITY_CENTRE = re.compile(r"(?<=\w)\s+(?:(?:city\s+)?(?:centre|center)|cbd|zentrum|innenstadt)(?=\s*(?:,|$))", re.I)
_DISTRICT_LETTER = re.compile(r"(?<=[a-zæøå])\s+[A-ZÆØ]$")
_CODE_AFTER = re.compile(r"^(.+?)\s+([A-Z]{2,3})$")
_CITY_DISTRICT = re.compile(r"([A-ZÀ-Ý][\w'’. ]+?)-[A-ZÀ-Ý][\w'’.]+")


# The parts of the world companies hire across, as they write them: no place the gazetteer can stand for.
WORLD_REGIONS = frozenset(
    ("APAC", "APJ", "EMEA", "LATAM", "AMER", "AMERICAS", "ANZ", "MENA", "CEE", "DACH", "NORAM", "APJC", "EU", "EEA", "UE")
)


# What a role specialises in, after its comma or dash, that is also a town's name, alone: 'Customer Success Manager,
# Enterprise' (Enterprise, Nevada), 'Software Engineer, Mobile' (Mobile, Alabama), 'Account Executive, Commerce'.
# With its state the town is still one ('Mobile, AL').
_SPECIALTIES = frozenset(("enterprise", "mobile", "commerce", "media", "energy", "security", "commercial", "corporate"))


def _places_in_part(part: str, geo: Gazetteer, hint: Hint) -> list[Location]:
    if coded := _coded(part, geo):
        place = _coded_city(coded, geo)
        return [place] if place else []
    cleaned = _LEADING_WORDS.sub("", _NOT_PLACE_WORDS.sub(" ", part).strip(" ,-–:")).strip(" ,-–:")
    cleaned = _POSTAL_DISTRICT.sub("", cleaned)  # 'Dublin 7': a postal district
    cleaned = _KERULET.sub("", cleaned)  # 'Budapest XIII. kerület': a district of Budapest, not a city of its own
    cleaned = _DISTRICT_LETTER.sub("", cleaned)  # 'København S', 'Aarhus C': a district letter
    cleaned = _CITY_CENTRE.sub("", cleaned)  # 'Manchester city centre' is Manchester, not a place of GeoNames' own
    if cleaned in WORLD_REGIONS:
        return []  # 'Remote - APAC' is a part of the world, not the town of Apac in Uganda
    if cleaned.lower() in _SPECIALTIES:
        return []  # 'Senior Customer Success Manager, Enterprise': what the role specialises in
    location = parse_place(cleaned, geo, hint) if cleaned else None
    if location:
        return [location]
    spaced = _CODE_AFTER.match(cleaned)
    if spaced:  # 'Sydney NSW', 'Austin TX': a region code without its comma
        location = parse_place(f"{spaced.group(1)}, {spaced.group(2)}", geo, hint)
        # Only a city the gazetteer knows: 'Lagerwaal Logistics NV' is a company, not a town in Nevada.
        if location and geo.city(spaced.group(1), location.country):
            return [location]
        # '40127 Bologna BO', 'Bologna (BO)': a city and the code of its province in that city's own country.
        location = parse_place(spaced.group(1), geo, hint)
        if location and location.city and _subdivision(location.country, spaced.group(2)):
            return [location]
    district = _CITY_DISTRICT.fullmatch(cleaned)
    if district:  # 'Stuttgart-Feuerbach', 'Köln-Ossendorf': a city and its district
        location = parse_place(district.group(1), geo, hint)
        if location and location.city:
            return [location]
    site = _SITE_WORDS.sub("", cleaned)
    if site != cleaned and "," not in site:  # 'Fort Collins Main Campus'
        location = parse_place(site, geo, hint)
        if location:
            return [location]
    if "," not in part:
        return []
    countries = _countries(cleaned, geo)
    if countries:
        return countries  # 'Germany, Austria', before the 'or Netherlands' that was split off
    pieces = [p.strip() for p in _CITY_CENTRE.sub("", part).split(",") if p.strip()]
    cities = [geo.city(p) if not geo.is_ambiguous_city(p) else geo.city(p, _hinted_country(p, hint, geo)) for p in pieces]
    big, small = (cities[0], cities[1]) if len(pieces) == 2 else (None, None)
    if big and small and big.admin1 == small.admin1 and (whole := _district_of(pieces[1], pieces[0], big.country, geo)):
        # 'Warszawa, Mokotów': a city, then its district (as 'Miguel Hidalgo, Ciudad de México' is the other way round);
        # not 'Basel, Allschwil', a town of the next canton.
        return [Location(country=whole.country, region=whole.region, city=_as_written(pieces[0], whole.name))]
    if len(pieces) > 1 and all(cities) and not any(geo.country(p) or len(p) <= 3 for p in pieces):
        # 'Birmingham, Leeds, London': a list of cities.
        return [
            Location(country=c.country, region=c.region, city=_as_written(p, c.name))
            for p, c in zip(pieces, cities, strict=True)
            if c
        ]
    # 'Warsaw, Mokotów', 'Harbour Road, Salford, Greater Manchester': a street or district around
    # a city that only one country has (or the country the line names). Where a district shares its name with
    # a town ('Prosta 51, Wola, Warszawa'), the biggest place named is the city.
    country = geo.country(pieces[-1])
    named = pieces[:-1] if country else pieces
    for first, second in zip(named, named[1:], strict=False):
        # 'Civic Centre, Tonbridge Road, Maidstone, Kent': a city beside its own region is the place, though a bigger
        # town elsewhere has the region's name (Kent, Washington).
        paired = parse_place(", ".join([first, second, pieces[-1]] if country else [first, second]), geo, hint)
        known = paired and paired.city and geo.city(first, paired.country)  # not a street the region vouches for
        if paired and known and paired.region and fold(paired.region) == fold(second) != fold(first):
            return [paired]
    found: list[tuple[int, Location]] = []
    for piece in named:
        if geo.country(piece) or piece.lower() in _SPECIALTIES:
            continue
        piece = _POSTAL_DISTRICT.sub("", piece)  # 'Grangegorman, Dublin 7': a postal district
        spaced_piece = _CODE_AFTER.match(piece)
        if spaced_piece and (located := _city_and_code(spaced_piece, country, geo, hint)):
            return [located]  # 'Northside, Brisbane QLD', 'Via Tortona 31, Milano MI, Italy'
        city = geo.city(piece, country) if country else _preferred_city(piece, geo, hint)
        if city:
            found.append(
                (city.population, Location(country=city.country, region=city.region, city=_as_written(piece, city.name)))
            )
    return [max(found, key=lambda pair: pair[0])[1]] if found else []


def _city_and_code(spaced: re.Match[str], country: str | None, geo: Gazetteer, hint: Hint) -> Location | None:
    """'Brisbane QLD', 'Milano MI': a city and its region's code, read in the country the line names when it names one
    (in Italy 'MI' is the province of Milan, not Michigan)."""
    name, code = spaced.groups()
    located = parse_place(f"{name}, {code}", geo, hint)
    if country is None or (located and located.country == country):
        return located
    city = geo.city(name, country)
    if city is None or not (geo.region(country, code) or _subdivision(country, code)):
        return None
    return Location(country=country, region=city.region, city=_as_written(name, city.name))


_WAY_WORD = re.compile(r"remot|hybrid|home|télétravail|teletrabajo", re.I)
_FIELD_BREAK = re.compile(r"\s[-–—/]\s")


def _sub_area(match: re.Match[str], geo: Gazetteer, hint: Hint) -> str:
    """'Tokyo (Shibuya)', 'Bristol (Temple Quay)': a district after a place is dropped;
    'in the office (London)': a place in brackets stands as a part of its own."""
    before, inside = match.group(1), match.group(2)
    if parse_place(before.strip(" ,-–:/"), geo, hint):  # '… / Madrid (Coslada)': the list's slash is no part of it
        return before
    last = _FIELD_BREAK.split(before)[-1]
    if last != before and parse_place(last.strip(" ,-–:/"), geo, hint):
        return before  # Naukri's 'Hybrid - Bengaluru(Whitefield)': the place is the row's last field
    country = geo.country(inside.strip(), strict_case=True)
    # Not 'Barcelona / Remote (Spain)': the country a remote job may be done from, a place of its own.
    listed, unknown = places_in_line(before.strip(" ,-–:/"), hint, geo) if country and not _WAY_WORD.search(before) else ([], 1)
    if listed and not unknown and all(p.country == country for p in listed):
        return before  # 'Basel, Allschwil (CH)': the country the places before it are in, not a place of its own
    return f"{before} | {inside} |"
