"""The locations field: labels first, then the page header, then a remote posting's countries."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache

import pycountry

from generator.ingest.document import Document, heading_kind, is_chrome, is_cookie_notice
from generator.ingest.extract.common import DIGIT, NOTHING, WIDE_GAP, Cue, Finding, below_label, label_values
from generator.ingest.extract.gazetteer import fold, gazetteer
from generator.ingest.extract.headline import Headline, is_board, is_site_title
from generator.ingest.extract.places import (
    CITY_STATES,
    EUROZONE_HINT,
    Hint,
    lies_within,
    parse_place,
    parse_places,
    places_in_line,
)
from generator.ingest.roles import names_role
from generator.models import Location

# The country a currency points to, tested with plain substrings ('$' last: 'C$' and 'A$' contain it).
_CURRENCY_HINTS = [
    ("CA", ("CAD", "C$", "CA$")),
    ("AU", ("AUD", "A$", "AU$")),
    ("GB", ("£", "GBP")),
    ("IN", ("₹", "INR", "lakh", "LPA")),
    ("SG", ("S$", "SGD")),
    ("NZ", ("NZ$", "NZD")),
    ("JP", ("¥", "JPY")),
    (EUROZONE_HINT, ("€", "EUR")),  # a country that pays in euros: 'Valencia' is then Spain's, not Venezuela's
    ("US", ("$", "USD")),
]


# A web address or mailbox in a country's domain ('careers.harbourline.co.nz'), or a board's own domain in the page's
# title ('Supervisor de Bodega | Laborum.cl'): a surer sign than a '$'. Colombia's '.co' is also every start-up's:
# only '.com.co' counts.
_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_SITE_DOMAIN = re.compile(r"\b[A-Za-z][\w-]*(?:\.[a-z]{2,3})?\.([a-z]{2})\b")
# Boards of one country, named in the page's title ('Analytics Engineer - Fixed Term | Trade Me Jobs'): whose dollar
# a bare '$' is, and whose Wellington.
_BOARD_COUNTRIES = {"trade me": "NZ", "mycareersfuture": "SG", "jobsdb hong kong": "HK", "naukri": "IN"}
_NATIONAL_BOARD = re.compile(rf"\b(?:{'|'.join(_BOARD_COUNTRIES)})\b", re.I)
_DOMAIN_COUNTRIES = {
    "nz": "NZ",
    "au": "AU",
    "uk": "GB",
    "ie": "IE",
    "ca": "CA",
    "sg": "SG",
    "za": "ZA",
    "in": "IN",
    "hk": "HK",
} | {
    "cl": "CL",
    "mx": "MX",
    "ar": "AR",
    "pe": "PE",
    "br": "BR",
    "uy": "UY",
}


def _hosts(text: str) -> Iterator[str]:
    """The hosts after each '://', 'www.' and '@': found with str.find, as a pattern that opens with their alternation
    is tried at every position of the text."""
    for marker in ("://", "www.", "@"):
        position = text.find(marker)
        while position != -1:
            if host := _HOST.match(text, position + len(marker)):
                yield host.group(0)
            position = text.find(marker, position + 1)


def domain_country(doc: Document) -> str | None:
    """The country of the domains the page names: its web addresses and mailboxes, or a board's name in its title."""
    if "domain_country" not in doc.memo:  # the location hint and a bare '$' both ask
        doc.memo["domain_country"] = _domain_country(doc)
    return doc.memo["domain_country"]


def _domain_country(doc: Document) -> str | None:
    hosts = list(_hosts(doc.text))
    hosts += [m.group(0) for line in doc.header[:3] for m in _SITE_DOMAIN.finditer(line)]
    for line in doc.header[:3]:
        if board := _NATIONAL_BOARD.search(line):
            return _BOARD_COUNTRIES[board.group(0).lower()]
    for host in hosts:
        host = host.lower()
        country = "CO" if host.endswith(".com.co") else _DOMAIN_COUNTRIES.get(host.rsplit(".", 1)[-1])
        if country:
            return country
    return None


def _currency_country(text: str) -> str | None:
    for country, marks in _CURRENCY_HINTS:
        if any(mark in text for mark in marks):
            return country
    return None


_REMOTE_IN = re.compile(
    r"(?:open to candidates (?:located |based )?in|remote (?:in|within|from|across)|must (?:be )?(?:located|based|reside) in"
    r"|candidates (?:located|based) in|work from anywhere in|remote\s*[(-]\s*|[Hh]ires remotely in"
    # 'para residentes no Brasil', 'radicados en Colombia', 'remoto desde México'.
    r"|residentes? (?:no|na|em|en)|radicad[oa]s? en|remoto (?:desde|em|en)|residir en"
    # 'Trabalho 100% remoto, de qualquer lugar do Brasil', 'desde cualquier punto de España', '… ciudad de Colombia'.
    r"|de qualquer lugar d[oa]|de cualquier lugar de|desde cualquier (?:lugar|punto|ciudad) de|z dowolnego miejsca w"
    r"|(?:von )?überall in)\s*(?:the )?([A-ZÀ-Þ][\w .,&()-]{1,60}?)"
    # The clause ends there too: 'Fully remote within Greece, with a quarterly team week in Athens', '… de Colombia, y
    # una vez por trimestre …'.
    r"(?:[.;)]|$| and | or |\n| \(|,\s+(?:with|where|but|plus|y|e|con|com|pero|mas)\b)",
)


# Remote work anywhere in a country: 'remote work from anywhere in Poland', '100 % remote innerhalb Deutschlands',
# '100% teletrabajo desde cualquier punto de España'.
_REMOTE_WITHIN = Cue(
    ("remote", "remoto", "teletrabajo", "télétravail"),
    re.compile(
        r"\b(?:remote|remoto|teletrabajo|télétravail)\b[^.\n]{0,40}?\b(?:within|innerhalb|anywhere in|across|desde cualquier"
        # 'Arbeite 100 % remote von überall in Deutschland'.
        r"|de toda|dans toute|em todo|depuis toute|de qualquer lugar|de cualquier lugar|desde cualquier lugar|überall in)\b[^.\n]{0,40}",
        re.I,
    ),
)


def _remote_within(text: str, country: str) -> bool:
    """Whether the text lets the job be done remotely anywhere in `country`."""
    return any(country in countries_in(match.group(0)) for match in _REMOTE_WITHIN.finditer(text))


def _json_ld_locations(doc: Document, remote: bool) -> list[Location]:
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
        city = address.get("addressLocality")
        if doc.json_ld.get("jobLocationType") == "TELECOMMUTE" and remote and country and not _labelled(doc, city):
            # A remote job's address is the employer's office ('Our headquarters are in Omaha, NE'): the job is the
            # country's, unless the description's own location label names the city ('Location: Charlotte, NC
            # (Remote)').
            found += [place for place in parse_places(str(country))[0] if place not in found]
            continue
        text = ", ".join(str(p) for p in (address.get("addressLocality"), address.get("addressRegion"), country) if p)
        found += parse_places(text)[0]
    return found


def _other_locations(
    lines: list[str], labelled: list[tuple[str, int]], index: int, found: list[Location], hint: Hint
) -> list[Location]:
    """Taleo's 'Other Locations: Canada-Ontario-Waterloo' under its 'Primary Location: Canada-Ontario-Toronto'."""
    if not lines[index].lstrip(" -•*").lower().startswith("primary location"):
        return []
    more: list[Location] = []
    for value, other in labelled:
        if index < other <= index + 3 and lines[other].lstrip(" -•*").lower().startswith("other location"):
            places, unknown = _places_of_site(value, hint)
            more += [place for place in places if place not in found and place not in more] if not unknown else []
    return more


def _head_office(place: Location, text: str) -> bool:
    """Whether the text calls the city the employer's seat ('the Overland Park headquarters', 'headquartered in Omaha')."""
    city = re.escape(place.city or "")
    return bool(city) and bool(
        re.search(rf"\b{city}(?:,? [A-Z]{{2}})? (?:headquarters|hq|head office)\b|\bheadquartered in {city}\b", text, re.I)
    )


def _labelled(doc: Document, city: object) -> bool:
    """Whether a location label of the text names the city."""
    return (
        isinstance(city, str)
        and bool(city.strip())
        and any(fold(city) in fold(value) for value, _ in label_values(doc.lines, _LOCATION_LABELS))
    )


def extract_locations(doc: Document, found: dict[str, Finding]) -> Finding:
    finding = _extract_locations(doc, found)
    places = finding.value or []
    # 'Termavent Ibérica | Madrid, España | Ventas | Canal Profesional': a board's row may name a district of the city
    # beside it ('Ventas', a quarter of Madrid, is also Spanish for sales); it is the city's, not a place of its own.
    kept = [place for place in places if not any(lies_within(place, other) for other in places if other is not place)]
    return Finding(kept, finding.review) if len(kept) < len(places) else finding


def _extract_locations(doc: Document, found: dict[str, Finding]) -> Finding:
    # A city name several countries share is read in the country the text points to:
    # the country it names most, else the currency it pays in.
    def hint() -> str | None:
        if "country_hint" not in doc.memo:
            mentioned = Counter(countries_in(doc.job_text(), unique=False))
            text = doc.job_text()
            top = mentioned.most_common(1)[0][0] if mentioned else None
            doc.memo["country_hint"] = top or domain_country(doc) or _currency_country(text)
        return doc.memo["country_hint"]

    finding = _find_locations(doc, found, hint)
    places = finding.value or []
    one_city = len(places) == 1 and isinstance(places[0], Location) and places[0].city
    more = _alternatives(places, doc.job_text(), hint) if one_city else []
    countries = {place.country for place in places + more}
    remote = "workplace" in found and found["workplace"].value == "remote"
    if remote and one_city and not more and _head_office(places[0], doc.job_text()):
        # ZipRecruiter's 'Overland Park, KS · Remote' over 'This role is 100% remote … visit the Overland Park
        # headquarters once or twice a year': the city is the employer's seat, the job is the country's.
        return Finding([Location(country=places[0].country)], "a remote job; the city the page gives is the head office")
    if remote and all(place.city for place in places) and len(countries) == 1 and _remote_within(doc.job_text(), *countries):
        # A remote job: 'Nürnberg' in the header and '100 % remote innerhalb Deutschlands' in the text name the city
        # and the country.
        more.append(Location(country=places[0].country))
    if remote and places and all(place.city is None and place.region is None for place in places):
        # LinkedIn's 'United Kingdom' over 'fully remote within the UK or Ireland': the text names every country.
        listed = _remote_countries(doc.job_text())
        if {place.country for place in places} < {place.country for place in listed}:
            return Finding(listed, "countries read from where remote candidates may live")
    return Finding(places + more, finding.review) if more else finding


# 'Revenue Analytics Manager – Dublin or London (hybrid)', 'based in either our Dublin (Grand Canal Dock) or London
# (Old Street) office', 'based in our Dublin office (…) or our Cork hub': the city the header gives and the one the
# text offers instead.
# '… our Galway (Parkmore) site or our Dublin (Sandyford) office', '… in Oslo (Økern) or at our regional office in Bergen'.
_SITE_NOUN = r"(?:(?:head|main|regional) )?(?:office|hub|site|campus|headquarters)"  # "our Melbourne head office (Docklands)"
_OR_CITY = (
    rf"(?:\s+{_SITE_NOUN})?(?:\s*\([^)\n]{{1,40}}\))?(?:\s+{_SITE_NOUN})?\s+(?:or|oder|ou|eller|o|of)\s+"
    # '… or at our regional office in Bergen', '… or at our European Analytics Hub in Amsterdam'.
    rf"(?:at\s+|in\s+|i\s+|en\s+)?(?:our\s+)?(?:(?:[A-Za-z]+\s+){{1,3}}(?i:{_SITE_NOUN})\s+in\s+)?"
)
_OR_WORDS = (" or ", " oder ", " ou ", " eller ", " o ", " of ")  # 'Göteborg eller i Oslo', 'Madrid o Barcelona'
_CITY_WORDS = r"[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+)?"
# Not 'client sites across Belgium': where a consultant goes, not the company's own sites.
_OFFICE_LIST = re.compile(r"\b(?:offices|hubs|headquarter|standorte|(?<!client )(?<!customer )sites)\b", re.I)
# '… can be based in our Lisbon (Parque das Nações) or Porto (Boavista) offices': the offices are the job's choice.
_BASED_IN = re.compile(r"\b(?:can|could|may) (?:be based|sit|work) in\b")
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")  # where a text's sentences and lines part
# The sentence must speak of where the job is done: 'meets every quarter, in Oslo or Trondheim' is a gathering.
_WORK_WORDS = re.compile(
    r"\b(?:based|office|location|role|position|job|hybrid|remote|on-?site|work from|büro|standort|arbeitsort|einsatzort"
    r"|kontor|kontoret|oficina|escritório|kantoor|tjänsten|stillingen)\b",
    re.I,
)


_CAPITALISED = re.compile(r"[A-ZÀ-Þ][\w'’.-]+")


def _written_as(place: Location, text: str) -> list[str]:
    """How the text writes a city: by its own name, and by one the gazetteer knows it by ('Göteborg' for Gothenburg,
    'München' in a German line under LinkedIn's English 'Munich, Bavaria, Germany')."""
    city = place.city or ""
    names = [city] if city in text else []
    geo = gazetteer()
    known = geo.city(city, place.country)
    if known is None:
        return names
    lines = [line for line in text.split("\n") if any(joiner in line for joiner in _OR_WORDS)]
    words = {word.rstrip(".") for line in lines for word in _CAPITALISED.findall(line)}
    return names + [word for word in sorted(words) if word != city and known in geo.cities.get(fold(word), ())]


def _alternatives(places: list[Location], text: str, hint: Hint) -> list[Location]:
    """The other cities the text offers in the same breath as the one city found ('Dublin or London')."""
    if sitting := _SITTING_PLACES.search(text):
        # LinkedIn's 'New York, NY' over 'This position can sit in our New York, NY, Hartford, CT or Charlotte, NC
        # offices': the others the text offers with the page's city.
        offered, complete = _city_state_pairs(sitting.group(1), hint)
        if complete and places[0] in offered:
            return [place for place in offered if place != places[0]]
    if not any(joiner in text for joiner in _OR_WORDS):
        return []
    more: list[Location] = []
    for city in _written_as(places[0], text):
        name = re.escape(city)
        # 'either our Seattle, WA headquarters or our Denver, CO hub': a US city with its state.
        pattern = re.compile(rf"\b{name}(?:,\s*[A-Z]{{2}})?{_OR_CITY}({_CITY_WORDS})|\b({_CITY_WORDS}){_OR_CITY}{name}\b")
        # Only the lines that name the city are cut into sentences.
        sentences = (sentence for line in text.split("\n") if city in line for sentence in _SENTENCES.split(line))
        for sentence in sentences:
            if city not in sentence or not _WORK_WORDS.search(sentence):
                continue
            if _OFFICE_LIST.search(sentence) and not _BASED_IN.search(sentence):
                continue  # 'Offices in Dublin, London, Belfast and Cork' are the company's, not this job's
            for match in pattern.finditer(sentence):
                place = parse_place(match.group(1) or match.group(2), gazetteer(), hint)
                if place and place.city and place.city != places[0].city and place not in places + more:
                    more.append(place)
    return more


def _find_locations(doc: Document, found: dict[str, Finding], hint: Hint) -> Finding:
    from_ld = _json_ld_locations(doc, found["workplace"].value == "remote")
    if from_ld:
        return Finding(from_ld)
    lines = doc.head_lines()
    # 'Standorte: Hamburg, München, Wien' on a line of the company's 'About us' lists its offices, not where this
    # job is (a board's facts list under that heading puts the label alone above the place).
    offices = {line for section in doc.sections if _ABOUT_US.search(section.heading) for line in section.lines}
    addresses: list[str] = []
    label_lines = label_values(lines, _LOCATION_LABELS)
    for value, index in label_lines:
        if index >= len(doc.header) and lines[index].lstrip(" -•*").lower().startswith("address"):
            # Naukri's 'Address: 4th Floor, …, Bengaluru, Karnataka' under the company's profile: one office, read
            # only when the header names no place ('Bengaluru(Whitefield), Hyderabad').
            addresses.append(value)
            continue
        # A label alone on its line may be followed by a note ('2 Locations', '1 vacancy in ...') or a site name
        # before the place itself: look a few lines on.
        alone = below_label(lines, value, index)
        if not alone and lines[index] in offices:
            continue
        if alone and (_WORK_TAG.match(lines[index]) or (index and _WORK_TAG.match(lines[index - 1]))):
            continue  # 'Hybrid' alone on its line is how the job is done, not a label over a place
        following = [value, *lines[index + 1 : index + 4]] if alone else [value]
        for position, candidate in enumerate(following):
            if position and (len(candidate) > 80 or heading_kind(candidate) or is_chrome(candidate)):
                break  # past the label's value: a paragraph or the next section ('CA or MBA preferred' is no place)
            way = lines[index].lstrip(" -•*").lower().startswith(("hybrid", "remote", "on-site", "onsite"))
            if (alone or way) and len(candidate) > 80 and candidate.rstrip().endswith((".", "!")):
                # A 'Location' heading over a paragraph, or 'Hybrid: we meet at our offices in Stockholm (Södermalm) or
                # Oslo …': a sentence, which the text's own readings below take in.
                break
            if _LANGUAGE_SWITCH.fullmatch(candidate.strip()):
                break  # the menu's 'Standorte', then its 'DE | EN' language switch: no place
            if "   " in candidate or "\t" in candidate:
                candidate = WIDE_GAP.split(candidate, maxsplit=1)[0]  # 'Manchester (Hybrid)   Sector: Data …': the next field
            if "emote" in candidate and len(set(_us_states().findall(candidate))) >= 2:
                # 'Location: 100% Remote. Candidates MUST reside in North Carolina, …, Virginia, Tennessee or Georgia'.
                return Finding([Location(country="US")], "a remote job open in several states of the US")
            places, unknown = _places_of_site(candidate, hint)
            if places and (position == 0 or not unknown):
                if alone:
                    places += _more_places(places, lines[index + position + 1 : index + 8], hint)
                places += _other_locations(lines, label_lines, index, places, hint)
                return Finding(places, None if not unknown else "part of the location label was not understood")
    for line in lines:
        if line.startswith("📍"):  # a post's pin: '📍 London (hybrid – 2 days a week in the office)', the place first
            pin = WIDE_GAP.split(line.lstrip("📍 "), maxsplit=1)[0]  # '📍 Utrecht   🕒 Fulltime': the next fact
            first = _PIN_NOTE.split(pin, 1)[0]
            if _WORK_TAG.fullmatch(first):
                first = re.split(r"\s[–—-]\s", pin, maxsplit=1)[0]  # '📍 Remote (UK-based only) – …': the bracket is the place
            places, unknown = places_in_line(first, hint)
            if places and not unknown:
                return Finding(places)
    counted = _counted_places(doc.header[:25], hint)
    if counted:
        return Finding(counted)
    head: Headline = found["_headline"].value
    for text in head.places:
        places, _ = places_in_line(text, hint)
        if places:
            return Finding(places)
    company = found["company"].value
    if company and places_in_line(company, hint)[0]:
        company = None  # a place read as the employer ('Nürnberg'): no prefix of a line to take off
    for index, line in enumerate(doc.header[:25]):
        if index >= 15 and (len(line) > 40 or DIGIT.search(line)):
            continue  # further down, only a place alone on its line (StepStone's menu and crumbs fill a dozen lines)
        if _furniture(line) or is_site_title(line):
            continue  # 'Careers | Marlow & Finch Insurance': the site's name, not the town of Marlow
        if "   " in line and places_in_line(first := WIDE_GAP.split(line, maxsplit=1)[0], hint)[0]:
            line = first  # BrighterMonday's 'Nairobi   Full Time': the place, then the type, set apart by a wide gap
        rest = line[len(company) :].lstrip(", ") if company and line.startswith(company) else ""
        if rest[:1].isupper() and len(rest) <= 40 and not names_role(rest):
            # Jobindex's 'Kornmark Foods A/S, Aarhus N', Jobs.cz's 'Vltava pojišťovna a.s.Praha – Karlín': the employer,
            # then the place.
            line = rest
        if len(line) == 2 and line.isupper():
            continue  # 'FR' alone among a site's menu items: its language, not France
        if "|" in line or "/" in line or "·" in line:
            line = _LANGUAGE_SWITCH.sub("", line)  # '… Blog  Contact   FR | NL | EN': languages, not the Netherlands
        # 'Paris · CDI', 'Leeds - Hybrid', Lever's 'Paris /Data & BI /CDI', or labels run together ('LeedsHybrid').
        separated = bool(re.search(r"[·•|;]|\s[/–—-]\s|\s/(?=[A-Z])", line)) or bool(re.search(r"(?<=[a-z])[A-Z]", line))
        if (len(line) > 100 and not separated) or len(line) > 220 or line == head.line or is_board(line):
            continue  # 'Otta' is a job board here, though a town in Nigeria has the name
        places, unknown = places_in_line(line, hint)
        if unknown >= 3 and all(_small_town(place) for place in places):
            continue  # 'Ofertas de empleo | Empresas | Formación | Registro': a menu word, not a town in Brazil
        if company and line.strip() == company.split()[0] and all(_small_town(place) for place in places):
            continue  # 'Pinecrest' under 'Careers at Pinecrest Payments': the employer's logo, not a town in Florida
        if places and (unknown == 0 or separated):
            if any(_COUNT_OF_PLACES.search(other) for other in doc.header[:15]):
                # Workday's 'locations: 2 Locations', then the places one a line further down.
                places += _more_places(places, doc.header[index + 1 : index + 6], hint)
            return Finding(places)
    for labelled in addresses:
        places, _ = _places_of_site(labelled, hint)
        if places:
            return Finding(places, "location read from an address in the text")
    header = set(doc.header)
    for line in doc.lines[:40]:
        # A board's facts below a link that reads like a heading ('O firmie', then 'Warszawa, mazowieckie'):
        # a short line that is a place and its region or country, and nothing else (a word alone, 'Mission' or
        # 'Wien', is as often a heading or an office).
        if line in header or "," not in line or ":" in line or len(line) > 60 or _furniture(line):
            continue
        places, unknown = places_in_line(line, hint)
        if places and not unknown and any(place.city for place in places):
            return Finding(places, "location read from a line below the page header")
    for line in doc.header[:20]:
        # An address: the city follows its postal code ('..., 77500 Cancún, Q. R.', 'Vechtoeverlaan 12, 3561 XK Utrecht').
        address = _POSTAL_CITY.search(line)
        if address and (place := parse_place(address.group(1), gazetteer(), hint)):
            return Finding([place], "location read from an address in the page header")
    text = doc.job_text()
    for choice in _places_to_choose(text):
        places, complete = parse_places(choice, hint)
        if not complete:
            places, complete = _city_state_pairs(choice, hint)
        if places and complete:
            return Finding(places, "locations read from the places the posting lets candidates choose from")
    countries = _remote_countries(text)
    if countries:
        return Finding(countries, "countries read from where remote candidates may live")
    # Wellfound's header line 'Remote • Hires remotely in United States' as well as the text's sentences.
    top = "\n".join(doc.header)
    blocks = (top, text) if "ires remotely in" in top else (text,)
    for match in (m for block in blocks for m in _REMOTE_IN.finditer(block)):
        places, complete = parse_places(match.group(1).strip(" ."), hint)
        if places and all(p.city is None for p in places):
            return Finding(places)
    if "(" in text:
        # 'either our Dublin (Sir John Rogerson's Quay) or Cork (Mahon Point) office'
        text = _DISTRICT_IN_BRACKETS.sub(lambda m: "" if m.start() and m.string[m.start() - 1].isalpha() else m.group(0), text)
    for match in _WORK_PLACE.finditer(text):
        before = text[max(0, match.start() - 40) : match.start(1)]
        if re.search(r"offices (?:in|including)|global offices|offices around|headquarter", before, re.I) and not re.search(
            r"\bbe based at (?:one of )?our offices in", before
        ):
            # The company's offices, not where this job is ('on-site at our Austin, TX headquarters' is; so is 'The
            # position can be based at our offices in Oslo or Stavanger').
            continue
        # A sentence's stop is no part of the place, nor the next sentence's first word: 'Oslo or Stavanger. This is'
        # (a short word's stop is an abbreviation's: 'St. Louis').
        phrase = _SENTENCE_STOP.split(match.group(1), maxsplit=1)[0].rstrip(".,; \n")
        places, unknown = places_in_line(phrase, hint)
        if not places and (beyond := _SITE_IN.match(text, match.end())):
            places, unknown = places_in_line(beyond.group(1), hint)  # 'in our Tanjong Pagar office in Singapore'
        if not places and " " in phrase and "," not in phrase and not phrase.split()[1].isupper():
            # 'the Munich Ostbahnhof': a city and a landmark (not 'our Manhattan WMS', a product).
            places, unknown = places_in_line(phrase.split()[0], hint)
        if places and not unknown:
            return Finding(places, "location read from the text")
    for line in doc.lines:
        # The application's address, the last thing a text names: 'Augustusplatz 14, 04109 Leipzig'.
        # '… · Rheinallee 140 · 55118 Mainz': a footer's parts set apart by dots do as well as commas.
        address = _POSTAL_CITY.search(line) if ("," in line or " · " in line) and DIGIT.search(line) else None
        if address and (place := parse_place(address.group(1), gazetteer(), hint)) and place.city:
            return Finding([place], "location read from an address in the text; the posting names no other place")
    home = _HOME_TOWN.search(text) or _BASED_TOWN.search(text) or _SEAT.search(text)
    if home:
        places, unknown = places_in_line(home.group(1), hint)
        if len(places) == 1 and not unknown:
            return Finding(places, "location read from where the company says it is; the posting names no place")
    if (state := domain_country(doc)) in CITY_STATES:
        # MyCareersFuture's posting that names no district: a board of a city-state posts the city's jobs.
        return Finding([Location(country=state, city=CITY_STATES[state])], "location read from the board's country, a city")
    return NOTHING


_SENTENCE_STOP = re.compile(r"(?<=\w{4})\.\s+")


# 'Lumiq is a Paris-based scale-up that …': the same, said before the noun.
_BASED_TOWN = Cue(
    ("-based",),
    re.compile(
        r" is an? (?:[a-z-]+ )?([A-Z][\w'’.]+(?: [A-Z][\w'’.]+)?)-based (?:[a-z-]+ )?"
        r"(?:studio|company|start-?up|agency|firm|business|consultancy|bank|insurer|retailer|scale-?up|fintech)\b"
    ),
)
# German 'eine gemeinnützige Forschungseinrichtung mit Sitz in Köln': where the employer has its seat.
_SEAT = Cue(("mit sitz in",), re.compile(r"\bmit Sitz in ([A-ZÄÖÜ][\w'’.-]+(?: am [A-ZÄÖÜ][\w-]+)?)"))
# 'Quillmoor Games is an independent mobile games studio in Dublin.': the one place a text without any other names.
_HOME_TOWN = Cue(
    (" is a", " is an"),
    re.compile(
        r" is an? [^.\n]{0,60}?\b(?:studio|company|start-?up|agency|firm|business|consultancy|bank|insurer|retailer|scale-?up)"
        r" (?:based )?in ([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)[.,]"
    ),
)


def _city_state_pairs(text: str, hint: Hint) -> tuple[list[Location], bool]:
    """'New York, NY, Hartford, CT or Charlotte, NC': cities with their states' codes, listed with commas too."""
    pairs = _CITY_STATE.findall(text)
    if not pairs or _CITY_STATE.sub("", text).strip(" ,;") not in ("", "or", "and"):
        return [], False
    places = [parse_place(f"{city}, {state}", gazetteer(), hint) for city, state in pairs]
    return [place for place in places if place], all(places)


_CITY_STATE = re.compile(r"(?:\s*(?:,|\bor\b|\band\b)\s*)*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}), ([A-Z]{2})\b")


def _places_to_choose(text: str) -> Iterator[str]:
    """The places a posting lets the candidate choose from: a big employer's list ('one of the following locations:
    …', 'based in either of our regional hubs: …'), then 'Eindhoven (Strijp-T) or Venlo - you choose'."""
    offered = _OFFERED_PLACES.search(text)
    before = text[max(0, offered.start() - 40) : offered.start()] if offered else ""
    if offered and (re.search(r"location|one of", before, re.I) or re.search(r"\bbased in $", before)):
        yield offered.group(1)
    chosen = _CHOSEN_PLACES.search(text)
    if chosen:
        yield _DISTRICT_IN_BRACKETS.sub("", chosen.group(1))
    sitting = _SITTING_PLACES.search(text)
    if sitting:
        yield sitting.group(1)


# After a site's own name: 'our Tanjong Pagar office in Singapore', 'our office near Rondo Daszyńskiego in Warsaw'.
_SITE_IN = re.compile(rf"\s*(?:{_SITE_NOUN} )?in ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)")
# 'Eindhoven (Strijp-T) or Venlo - you choose your home base.'
_CHOSEN_PLACES = Cue(
    ("you choose", "you can choose", "you pick", "your choice"),
    re.compile(r"^[ \t]*([A-Z][^.\n]{2,80}?)\s*[-–—:]\s*(?:you (?:can )?(?:choose|pick)|(?:it's |it is )?your choice)\b", re.M),
)
_PIN_NOTE = re.compile(r"\s*(?:\(|\s[–—-]\s)")
# 'You will have an opportunity to share your preferred working location from the following: Seattle, WA, USA;
# Sunnyvale, CA, USA.', 'can be based in one of the following locations: …': a big employer's list of the places
# this job may be done in.
_OFFERED_PLACES = Cue(
    ("from the following", "one of the following", "either of our", "one of our"),
    # It opens with its words, which re finds fast; the words before them are tested on the match. 'can be based in
    # either of our regional hubs: Columbus, Ohio or Indianapolis, Indiana' lists them too.
    re.compile(
        r"(?:the following(?: locations?)?|(?:either|one) of our (?:[\w-]+ ){0,2}(?:hubs|offices|locations|sites|campuses)):"
        r"\s*([^.\n]+)",
        re.I,
    ),
)


# 'This position can sit in our New York, NY, Hartford, CT or Charlotte, NC offices'.
_SITTING_PLACES = Cue(
    ("can sit in", "can be based in", "could sit in", "may sit in"),
    re.compile(
        r"\b(?:can|could|may) (?:sit|be based) in (?:any of |one of )?our ([A-Z][^.\n]{2,100}?) (?:offices|hubs|locations|sites)\b"
    ),
)


_LANGUAGE_SWITCH = re.compile(r"(?:\b[A-Z]{2}\s*[|/·]\s*)+\b[A-Z]{2}\s*$")
_COUNT_OF_PLACES = re.compile(r"\b([2-9]) (?:locations|standorte|lieux|ubicaciones)\b", re.I)


def _furniture(line: str) -> bool:
    """A cookie notice, a button ('Este site utiliza cookies ... Aceitar', 'Save') or the page's web address ('URL:
    https://jobs.smartrecruiters.com/GrupoTarsia/…'): whatever towns its words spell."""
    return is_cookie_notice(line) or is_chrome(line) or "://" in line[:20]


def _small_town(place: Location) -> bool:
    """A town of under 100,000 people (GeoNames), which a word of another language may be spelled like."""
    if place.city is None:
        return False
    city = gazetteer().city(place.city, place.country)
    return city is not None and city.population < 100_000


_SITE = re.compile(r"^(.+?) [-–] (.+)$")


_OFFICE_DISTRICT = re.compile(rf"\b([A-Z][\w'’.-]+) (?:{_SITE_NOUN}|HQ) \([^()\n]{{1,40}}\)")


def _places_of_site(line: str, hint: Hint) -> tuple[list[Location], int]:
    """The places in a label's line, where a site may follow its city ('Lisbon - Parque das Nações', 'Madrid - Paseo de
    la Castellana', as Workday lists them): a district or a street after a city is no place of its own."""
    if " (" in line:
        line = _OFFICE_DISTRICT.sub(r"\1", line)  # 'in our Warsaw office (Mokotów)': the city, not its district
    site = _SITE.match(line)
    if site:
        city, city_unknown = places_in_line(site.group(1), hint)
        rest, _ = places_in_line(site.group(2), hint)
        one_city = len(city) == 1 and city[0].city and not city_unknown
        if one_city and all(place.country == city[0].country and _small_town(place) for place in rest):
            return city, 0
    return places_in_line(line, hint)


def _counted_places(header: list[str], hint: Hint) -> list[Location]:
    """Built In's '3 Locations', then a few lines on the three places, one a line."""
    for index, line in enumerate(header):
        count = _COUNT_OF_PLACES.fullmatch(line.strip())
        if count is None:
            continue
        wanted = int(count.group(1))
        for start in range(index + 1, min(index + 8, len(header))):
            places = _more_places([], header[start : start + wanted], hint)
            if len(places) == wanted:
                return places
    return []


def _more_places(found: list[Location], lines: list[str], hint: Hint) -> list[Location]:
    """A label's further places, one a line ('Locations', 'NL-Amsterdam', 'BE-Brussels'), up to the first other line.
    A country under a city in it is the rest of that address ('Fort Worth, TX', 'USA'), not a place of its own."""
    more: list[Location] = []
    for line in lines:
        if line.strip().lower() in ("id", "ref", "req", "job id"):
            break  # iCIMS's next label, 'ID', then '2026-6118': not Indonesia
        if _MORE_PLACES_LABEL.fullmatch(line.strip()):
            continue  # Ashby's 'Location', 'Berlin', 'Secondary Locations', 'Amsterdam, Copenhagen'
        places, unknown = _places_of_site(line, hint) if 0 < len(line) <= 60 else ([], 1)
        if not places and (town := _town_too_small(line, found)):
            places, unknown = [town], 0
        if not places or unknown:
            break
        if found and len(places) == 1 and (place := places[0]).city and place.country != found[0].country:
            # 'Dublin', 'Athlone', 'Sligo' one a line: the Athlone of the list's country, not the bigger one abroad.
            same = gazetteer().city(line.strip(), found[0].country)
            if same:
                places = [Location(country=same.country, region=same.region, city=same.name)]
        known = {place.country for place in found + more}
        more += [p for p in places if p not in found + more and not (p.city is None and p.region is None and p.country in known)]
    return more


def _town_too_small(line: str, found: list[Location]) -> Location | None:
    """'Wageningen, The Netherlands' under 'Groningen, The Netherlands': a town too small for the gazetteer, in the
    country of the list's places, the way the list writes them."""
    name, _, country = line.strip().rpartition(", ")
    code = gazetteer().country(country) if name else None
    if code and code in {place.country for place in found} and _TOWN_NAME.fullmatch(name):
        return Location(country=code, city=name)
    return None


_TOWN_NAME = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þa-z][\w'’.-]+){0,2}")
# Workday repeats its label over each place: 'locations', 'Milton Keynes, United Kingdom', 'locations', 'Warrington, …'.
_MORE_PLACES_LABEL = re.compile(r"(?:(?:secondary|additional|other) )?locations?:?", re.I)
_WORK_TAG = re.compile(r"\s*(?:hybrid|remote|on-?site)\s*$", re.I)
_ABOUT_US = re.compile(
    r"\b(?:über uns|about us|who we are|wer wir sind|das sind wir|over ons|wie zijn wij|qui sommes-nous|à propos de nous"
    r"|sobre nosotros|the company|das unternehmen|unser unternehmen)\b",
    re.I,
)
_POSTAL_CITY = re.compile(r"\b\d{4,6}(?:\s?[A-Z]{2})?\s+([A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+)?)(?=\s*(?:,|·|$))")
_LOCATION_LABELS = (
    r"locations?|job locations?|work locations?|office locations?|primary location|other locations|based in|city|standorte?"
    r"|arbeitsort|einsatzort|lieux?|emplacements?|ort|ubicación|localização|locatie|plaats|standplaats|lieu de travail|sede|provincia|localidad"
    r"|località|lokalizacja|miejsce pracy|werklocatie|dienstort|sede di lavoro|luogo di lavoro|arbetsort|arbeidssted|arbejdssted|sted"
    r"|location\(s\)|hybrid|remote|remoto|on-?site|address|duty location|place of work|campus|work ?site|facility|kommun"
    # Romanian, Croatian, Serbian, Turkish, Bulgarian and Greek boards.
    r"|oraș|oraş|locație|localitate|mjesto rada|mesto rada|lokacija|şehir|konum|lokasyon|град|местоположение|τοποθεσία"
)
# Where the text says this job is done: 'can be based in either Minneapolis, MN or Columbus, OH',
# 'in person at the Fort Collins, CO campus', 'from our Denver office'.
# A district in brackets after a place, with no figure in it ('Hybrid (3 days onsite in Dublin 2)' is no district).
# It opens with its bracket, which re finds fast; the letter before it is tested on the match.
_DISTRICT_IN_BRACKETS = re.compile(r" \((?![^()\n]*\d)[^()\n]{1,40}\)")
_WORK_PLACE = re.compile(
    r"\b(?:(?:can|will) be based in|(?:is|are|be) based in|based (?:in|at|out of)|located in|position is (?:in|located in)|"
    r"in person at|on-?site (?:in|at)|(?:at|in|from) the (?:[a-z]+ )?(?:office|headquarters) in|(?:[Ff]rom|in|at) our (?:[a-z]+ )?(?:[A-Z][\w-]+ ){0,3}offices? (?:in|near(?: the)?)|(?:at|in|from) our (?:roastery|studio|headquarters|campus|warehouse|plant|factory|lab|workshop|site) in|(?:from|in|at) our|[Ff]or our|[Yy]ou will work in"
    r"|[Yy]ou'll work in|team in|group in|in unserem Büro in|an unserem Standort in|in (?:unserer|der) Zentrale in"
    r"|(?:für|an|in) unseren? (?:Hauptsitz|Standort) in"
    # 'Your home base is our Rotterdam office (Katendrecht)', 'Hybrid - 2 days a week in the Leeds office'.
    # 'This position sits at either our Denver, CO or our Charlotte, NC regional hub'.
    r"|home base is|days? (?:a|per) week (?:in|at)|sits (?:at|in)|work from either our)\s+(?:either\s+)?(?:our\s+|the\s+)?"
    # 'Oslo or Stavanger': the joiner is tried first, so that the space before it is not taken as the end of a name;
    # 'our Munich headquarters or our Nuremberg site': a site word may stand before it.
    r"((?:[A-Z][\w.'’-]*(?:\s+(?:headquarters|office|site|hub|campus)(?=\s+(?:or|and|&)\s+(?:our\s+)?[A-Z]))?(?:\s+(?:or|and|&)\s+(?:our\s+)?"
    r"|,?\s?(?:[A-Z]{2}\b)?(?:\s+(?:or|and|&)\s+(?:our\s+)?)?)){1,6})"
    r"(?:\s+(?:office|campus|hub|studio|headquarters))?"
)


_ELIGIBLE = Cue(
    ("based", "located", "living", "live in", "live and", "resid", "countries", "open to", "anywhere in", "right to work")
    + ("hire in", "hiring in", "employ in", "employ people in", "employ you", "arbeiten", "wohnsitz", "wohnhaft", "ansässig")
    + ("remote within", "remote from", "remote in"),
    re.compile(
        # 'you can work from anywhere in Portugal, Spain or the Netherlands', 'candidates who live and have the right
        # to work in Finland, Spain or Ireland', 'we can hire in Spain, Portugal or Ireland only'.
        r"\b(?:based|located|living|live|resid\w+|reside)\s+(?:in|within)\b|\bcountries\b|\bopen to (?:candidates|applicants)"
        # 'This role is fully remote within the UK or Ireland'.
        r"|\bremote (?:within|from|in)\b"
        # 'We can employ you directly in Germany, the Netherlands and Spain'.
        r"|\banywhere in\b|\bright to work in\b|\b(?:hire|hiring|employ)\s+(?:you\s+|people\s+)?(?:directly\s+)?in\b"
        # 'We can employ you through our own entities or our employer-of-record partner in: Portugal, Spain, …'.
        r"|\bemploy you\b[^.\n]{0,80}\bin\s*:"
        # 'Du kannst aus Deutschland, Österreich oder Spanien arbeiten', 'mit Wohnsitz in Deutschland oder Österreich'.
        r"|\baus\b[^.\n]{5,120}\barbeiten\b|\b(?:wohnsitz|wohnhaft|ansässig) in\b",
        re.I,
    ),
)
_REMOTE = Cue(("remote",), re.compile(r"\bremote\b", re.I))
_DENIAL = re.compile(r"\b(?:not|cannot|can't|unable|except|excluding|outside)\b", re.I)


def _remote_countries(text: str) -> list[Location]:
    """A remote posting's sentence listing where candidates may be: 'based in the UK, Spain or Kenya'."""
    if not _REMOTE.search(text) or not _ELIGIBLE.search(text):
        return []  # both are needed below; most postings fail here without being cut into sentences
    for sentence in _SENTENCES.split(text):
        eligible = _ELIGIBLE.search(sentence)
        if not eligible or _DENIAL.search(sentence, 0, eligible.start()):
            continue  # not 'we are not able to hire in the US or outside Canada'
        if len(set(_us_states().findall(sentence, eligible.end()))) >= 2:
            # 'must reside in North Carolina, South Carolina, Virginia, Tennessee or Georgia': states of the US, not a
            # South African town and a country in the Caucasus.
            return [Location(country="US")]
        codes = countries_in(sentence)
        if len(codes) >= 2:
            return [Location(country=code) for code in codes]
    return []


@cache
def _us_states() -> re.Pattern[str]:
    """The names of the states of the US (and its capital's district), as a text writes them."""
    names = [state.name for state in pycountry.subdivisions.get(country_code="US") if state.type in ("State", "District")]
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")


def countries_in(text: str, unique: bool = True) -> list[str]:
    """Country names and aliases in running text, in order; codes count only in capitals ('UK', 'USA')."""
    named = _countries_named(text)
    return list(dict.fromkeys(named)) if unique else list(named)


@lru_cache(maxsize=16)
def _countries_named(text: str) -> tuple[str, ...]:
    """Every country named, repeats kept; memoised because the location hint and pay both read the job text."""
    geo = gazetteer()
    firsts = _country_first_words()
    found: list[str] = []
    # Only words that may start a country name are looked at in Python; the rest are ruled out by one
    # set lookup each on the lowered words (a sentence's last word, 'Spain.', without its stop). The words are
    # lowered in one joined string: a second regex pass over the lowered text costs more.
    words = _WORD.findall(text)
    low_words = "\n".join(words).lower().split("\n")
    maybe = [i for i, w in enumerate(low_words) if w in firsts or (w[-1] == "." and w.rstrip(".") in firsts)]
    resume = 0
    for index in maybe:
        if index < resume:
            continue
        if len(words[index]) <= 3 and not words[index][:1].isupper():
            continue  # 'the', 'new': a short word counts only as the capital of a longer name ('New Zealand')
        for size in (4, 3, 2, 1):
            if len(words) - index < size:
                continue
            chunk = " ".join(words[index : index + size]).rstrip(".")
            if size == 1 and len(chunk) <= 3 and not chunk.isupper():
                continue
            code = geo.countries.get(fold(chunk))
            if code and (len(chunk) > 3 or chunk.lower() in ("uk", "usa", "uae", "u.s", "u.k", "us")):
                found.append(code)
                resume = index + size
                break
    return tuple(found)


_WORD = re.compile(r"[\w.'’-]+")


@cache
def _country_first_words() -> frozenset[str]:
    """First words of country names, lower case with and without accents, so most words are skipped at once."""
    words = set()
    for name in gazetteer().countries:
        first = name.split()[0].rstrip(".")
        words |= {first, first.lower()}
    return (frozenset(words) | {"côte", "türkiye", "méxico", "españa", "österreich"}) - {"the", "republic", "state", "saint"}
