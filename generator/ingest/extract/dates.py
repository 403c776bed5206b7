"""Dates: when the job starts, when it was posted, and the last day to apply."""

from __future__ import annotations

import re
from datetime import date

from generator.ingest.document import Document, is_chrome_line, lines_containing
from generator.ingest.extract.common import (
    MONTH_RE,
    MONTHS,
    NOTHING,
    WIDE_GAP,
    Cue,
    Finding,
    label_value,
    label_values,
    lower_aligned,
)
from generator.ingest.extract.headline import SEASONS, Headline
from generator.models import Location, Pay

_SEASON = "|".join(SEASONS)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def parse_date(text: str, day_first: bool = False) -> date | None:
    """'2026-01-15', '2026/01/15', 'Nov 15, 2025', '15 November 2025', '15.11.2025', '6/30/2026' (US order unless the day
    is > 12, or `day_first` says the page writes dates the European way)."""
    text = text.strip()
    try:
        # And an API's '2026-11-21T08:14:00Z'; East Asia writes the year first too: '2026/11/18', '2026.11.18', '2026年11月18日'.
        if m := re.search(r"\b(20\d\d)(?:([-/.])(\d{1,2})\2|年\s?(\d{1,2})月\s?)(\d{1,2})(?!\d)", text):
            return date(int(m[1]), int(m[3] or m[4]), int(m[5]))
        if m := re.search(rf"\b({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(20\d\d)(?!\d)", text, re.I):
            return date(int(m[3]), _month(m[1]), int(m[2]))
        # Spanish and Portuguese put 'de' between: '18 de noviembre de 2026'; an Irish board hyphens it: '20-Nov-2026'.
        if m := re.search(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?(?:\s+(?:de\s+)?|-)({MONTH_RE})(?:,?\s+(?:de\s+)?|-)(20\d\d)(?!\d)", text, re.I
        ):
            return date(int(m[3]), _month(m[2]), int(m[1]))
        if m := re.search(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(20\d\d)(?!\d)", text):  # '23.11.2026', '23. 11. 2026'
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := re.search(r"\b(\d{1,2})-(\d{1,2})-(20\d\d)(?!\d)", text):  # '20-11-2026': day first, as Europe writes it
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := re.search(r"\b(\d{1,2})/(\d{1,2})/(20\d\d)(?!\d)", text):
            first, second = int(m[1]), int(m[2])
            month, day = (second, first) if first > 12 or (day_first and second <= 12) else (first, second)
            return date(int(m[3]), month, day)
    except (ValueError, KeyError):
        return None
    return None


# Where 03/04/2026 is March the 4th; elsewhere a page writes the day first.
_MONTH_FIRST = {"US", "CA", "PH", "FM", "MH", "PW"}
_MONTH_FIRST_CURRENCIES = {"USD", "CAD", "PHP"}


def _day_first(found: dict[str, Finding], doc: Document) -> bool:
    """Whether the posting's dates are day-first: as the page's own dates show ('Posted 11/20/2026' in its list of
    other jobs is month-first, whatever country it is in), else when it is placed outside North America, or pays
    in a currency from there."""
    if "day_first" not in doc.memo:
        doc.memo["day_first"] = _page_order(doc)
    if doc.memo["day_first"] is not None:
        return bool(doc.memo["day_first"])
    places = [p for p in (found["locations"].value if "locations" in found else None) or [] if isinstance(p, Location)]
    if places:
        return not any(place.country in _MONTH_FIRST for place in places)
    pay = found["pay"].value if "pay" in found else None
    return isinstance(pay, Pay) and pay.currency not in _MONTH_FIRST_CURRENCIES


def _either_way(text: str) -> bool:
    """Whether a slashed date's first two numbers could each be the month ('11/3/2026', not '11/13/2026')."""
    match = _SLASHED_DATE.search(text)
    return match is not None and match[1] != match[2] and int(match[1]) <= 12 and int(match[2]) <= 12


_SLASHED_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(?:20)?\d\d\b")


def _page_order(doc: Document) -> bool | None:
    """True when a slashed date on the page can only be day-first (13/11/2026), False when one can only be
    month-first (11/20/2026), None when none settles it or they disagree."""
    orders = set()
    for text in (*doc.lines, *doc.trailer):
        if "/" in text:
            for match in _SLASHED_DATE.finditer(text):
                first, second = int(match[1]), int(match[2])
                if first > 12 >= second:
                    orders.add(True)
                elif second > 12 >= first or _US_CLOCK.match(text, match.end()):
                    orders.add(False)  # '11/6/2026 4:17 PM': a twelve-hour clock beside it writes the date the US way
    return orders.pop() if len(orders) == 1 else None


_US_CLOCK = re.compile(r"\s+\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\b")


_EMAIL_HEADER = re.compile(r"\s*(?:from|to|subject|sent|cc)\s*:", re.I)


def _is_email(doc: Document) -> bool:
    """A pasted e-mail ('From:', 'Subject:' above the text): its 'Date:' is when it was sent, not when the job was posted."""
    return sum(bool(_EMAIL_HEADER.match(line)) for line in doc.lines[:15]) >= 2


def _json_ld_date(doc: Document, key: str) -> date | None:
    value = doc.json_ld.get(key) if doc.json_ld else None
    return parse_date(str(value)) if value else None


def extract_posted(doc: Document, found: dict[str, Finding]) -> Finding:
    if posted := _json_ld_date(doc, "datePosted"):
        return Finding(posted)
    lines = doc.head_lines()
    labelled = label_value(
        lines,
        r"posted(?: on| at| date)?|date posted|posting date|published(?: on)?|publication date|date of publication|job posted"
        r"|job posting|opening date|open date|placed on"  # jobs.ac.uk's 'Placed On:'
        r"|date advertised|advertised(?: on)?",  # a UK careers site's 'Date advertised: 19/11/2026'
    ) or (
        None if _is_email(doc) else label_value(doc.header, r"date|datum|data|fecha")
    )  # 'Date: Oct 28, 2026', 'Data: 18-11-2026'
    # Workday's 'posted on: Posted 23 Days Ago' names no day: a foreign label's date may still ('Data di pubblicazione').
    posted = parse_date(labelled[0], _day_first(found, doc)) if labelled else None
    if posted and labelled and _either_way(labelled[0]):
        # 'Posted: 11/3/2026' on a page in Brno: the day first, as the country writes it, but the page may be an
        # American system's (Cornerstone writes month first everywhere).
        return Finding(posted, "the date reads either way (day or month first); read as the job's country writes dates")
    if posted is None:
        # The first foreign label whose value is a date: a label alone at the header's end is followed, in `lines`,
        # by the text's first line ('Veröffentlichungsdatum', then 'URL: …'), not by its own value.
        foreign = (parse_date(value, day_first=True) for value, _ in label_values(lines, _FOREIGN_POSTED))
        posted = next((day for day in foreign if day), None)
    if posted:
        return Finding(posted)
    span = label_value(lines, r"open (?:&|and) closing dates|opening and closing dates")
    if span and (posted := parse_date(span[0], _day_first(found, doc))):
        return Finding(posted)  # '03/02/2026 to 03/16/2026': the first date is when it opened
    top = doc.lines[:120]
    for index in sorted(lines_containing(top, _POSTED_WORDS)):  # the searches below are case-blind and slow
        line = top[index]
        if m := _POSTED_PHRASE.search(line):
            posted = parse_date(m[1], _day_first(found, doc))
            if posted:
                return Finding(posted)
        # The label ends where its word does (Romanian 'publicat' is not the start of 'date de fin de publication'); a
        # date may be glued to it ('Veröffentlicht am12.11.2026').
        if m := re.search(rf"\b(?:{_FOREIGN_POSTED})(?![^\W\d_])\s*:?\s*(.{{6,30}})", line, re.I):
            posted = parse_date(m[1], day_first=True)  # 'Veröffentlicht am 05.11.2026', 'Publicada em 09/11/2026'
            if posted:
                return Finding(posted)
    # An aggregator's header shows the date alone on its line.
    for index, line in enumerate(doc.header[:15]):
        if re.fullmatch(rf"\s*(?:{MONTH_RE})\s+\d{{1,2}},?\s+20\d\d\s*|\s*20\d\d-\d\d-\d\d\s*", line, re.I):
            return Finding(parse_date(line), "posted date read from a date alone in the page header")
        # karriere.at's '19.11.2026' under the pay: not under a deadline's or a start's label.
        above = doc.header[index - 1].lower() if index else ""
        if _DOTTED_DAY.fullmatch(line.strip()) and not above.endswith(":") and not _NOT_POSTED.search(above):
            return Finding(parse_date(line.strip(), day_first=True), "posted date read from a date alone in the page header")
    # The page's footer below the other jobs ('Date posted: 20 November 2026 | Vacancy reference: TIN-04197'): only
    # when it gives one day, not a list of other jobs' dates.
    footer = {
        day
        for line in doc.trailer
        if ("osted" in line or "ublished" in line) and (m := _POSTED_PHRASE.search(line))
        if (day := parse_date(m[1], _day_first(found, doc)))
    }
    if len(footer) == 1:
        return Finding(footer.pop(), "posted date read from the page's footer, below the other jobs")
    return NOTHING


# 'Posted on 14 Nov 2026', 'Date posted: 20 November 2026', 'Listed Monday, 16 November 2026'.
_POSTED_PHRASE = re.compile(r"\b(?:posted|published|online since|listed)(?: on)?\s*:?\s*(.{6,30})", re.I)


_DOTTED_DAY = re.compile(r"\d{1,2}\.\d{1,2}\.20\d\d")
_NOT_POSTED = re.compile(r"frist|deadline|bis|start|beginn|eintritt|closing|apply|ende|until")


_FOREIGN_POSTED = (
    r"veröffentlicht(?: am)?|publiziert(?: am)?|erschienen(?: am)?|online seit|mise en ligne(?: le)?|opublikowana|publié le|publiée? le|publicado(?: el| em)?|publicada(?: el| em)?|gepubliceerd(?: op)?"
    r"|geplaatst(?: op)?|pubblicato(?: il)?|indrykket|inseriert(?: am| seit)?|publiceret|publiceringsdatum|publicerad|publisert|julkaistu|opublikowano|data publikacji|vloženo|zveřejněno|ponuka zverejnená|zverejnené|zverejnená"
    r"|datum zveřejnění|publié|date de publication|fecha de publicación|data de publicação|data (?:di )?pubblicazione|ausgeschrieben am|ausschreibungsdatum"
    r"|veröffentlichungsdatum|opslået(?: den)?"
    # Dutch, Italian, Czech and Slovak boards: 'Plaatsingsdatum: 18-11-2026', 'Pubblicata il 19 nov 2026',
    # 'Inzerát zveřejněn: 24. 11. 2026', 'Dátum zverejnenia: 20.11.2026'.
    r"|plaatsingsdatum|datum publicatie|publicatiedatum|pubblicata(?: il)?|zveřejněn|dátum zverejnenia|publikationsdatum"
    # Romanian, Bulgarian, Croatian, Serbian and Turkish boards: 'Actualizat: 24.11.2026', 'Публикувана: 21.11.2026'.
    r"|anunciad[ao] em|actualizat|publicat(?: la)?|data publicării|публикувана|публикувано|objavljeno|datum objave|yayın tarihi|ilan tarihi"
    # Hungarian, Estonian, Lithuanian, Greek and Slovenian boards: 'Feladás dátuma: 2026. november 21.', 'Avaldatud 20.11.2026'.
    r"|feladás dátuma|közzétéve|avaldatud|paskelbta|δημοσιεύθηκε|objavljeno dne"
)
_POSTED_WORDS = (
    "posted",
    "listed",  # Trade Me's 'Listed Monday, 16 November 2026'
    "published",
    "veröffentlicht",
    "opslået",
    "publi",
    "gepubliceerd",
    "geplaatst",
    "pubblicat",
    "indrykket",
    "opublikowano",
    "mise en ligne",
    "online seit",
    "online since",
    "erschienen",
    "vloženo",
    "zveřejn",
    "ausgeschrieben",
    "pubblicazione",
    "julkaistu",
    "inseriert",
    "zverejn",
    "plaatsingsdatum",
    "publikationsdatum",  # jobs.ch
    "anunciad",  # Catho's 'Anunciada em 22/11/2026', and the labels of South-East European boards
    "actualizat",
    "публикува",
    "objav",
    "yayın",
    "feladás",
    "közzétéve",
    "avaldatud",
    "paskelbta",
    "δημοσιεύθηκε",
)


def extract_valid_through(doc: Document, found: dict[str, Finding]) -> Finding:
    if until := _json_ld_date(doc, "validThrough"):
        return Finding(until)
    for m in _DEADLINE.finditer(doc.text):  # noqa: B007 - first parseable one wins
        until = parse_date(m[1], _day_first(found, doc))
        if until:
            return Finding(until)
    return NOTHING


_DEADLINE = Cue(
    ("apply by", "close", "closing", "deadline", "due", "apply before", "frist", "limite", "until", "valid through"),
    re.compile(
        r"(?:apply by|applications? (?:close|deadline|due)|closing date|deadline(?: to apply)?|apply before|bewerbungsfrist|date limite"
        r"|open until|valid through)\s*(?:is|on|:)?\s*([^\n]{6,40})",
        re.I,
    ),
)


MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _month_year(month: int, year: str) -> str:
    """A start month as people write it ('May 2025'), which reads well on the site and sorts by its year."""
    return f"{MONTH_NAMES[month - 1]} {year}"


_SEASON_OF_JOB = re.compile(r"intern|start|begin|join|cohort|programme|program|placement|praktikum|stage|position|role|class")
_SEASON_YEAR = re.compile(rf"\b({_SEASON})\s+(20\d\d)\b|\b(20\d\d)\s+({_SEASON})\b")
_MONTH_START = re.compile(
    # 'starting on 4th January 2027', 'an expected start date of 4 January 2027'
    # 'interviews in the week beginning/commencing …' is no start; German, Dutch and French say 'ab Jänner 2027'.
    # Not 'interviews from 18 January 2027', 'Sift from 10 December 2026', 'Interviews start in early January 2027':
    # when the panel sits.
    # French 'Poste à pourvoir en janvier 2027'.
    rf"\b(?:(?<!interviews )(?<!interview )start(?:ing|s)?|(?<!week )begin(?:ning|s)?|(?<!week )commenc\w+|(?<!interviews )(?<!interview )(?<!sift )(?<!shortlisting )(?<!assessments )from|ab|vanaf|dès|à partir de"
    rf"|à pourvoir(?: en| dès| au| le| à partir de)?|inserimento previsto da"
    # 'Démarrage souhaité : janvier 2027', 'Start: January 2027, or by agreement'.
    rf"|démarrage(?: souhaitée?| prévue?)?|prise de poste(?: souhaitée| prévue)?)\s*:?\s+"
    # 'Commencing Monday 18 January 2027': a weekday may come before the day.
    rf"(?:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+|(?:on|in|is|date(?: of| is| in)?)\s*:?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?)?"
    # 'start in late January 2027', 'starting mid-March 2027': the month is all a start field holds.
    rf"(?:(?:early|late|mid|(?:the )?(?:start|end|beginning|middle) of)[- ]\s*)?({MONTH_RE})"
    rf"(?:\s*/\s*{MONTH_RE})?,?\s+(?:\d{{1,2}},?\s+)?(20\d\d)\b"
)
# 'The client is looking to start the successful contractor on Monday 5th January 2027'.
_START_ON = re.compile(
    # 'starting on 4 January 2027', 'Available to start by 11 January 2027'.
    rf"\bstart\w*\b[^.\n]{{0,40}}?\b(?:on|by) (?:(?:mon|tues|wednes|thurs|fri)day,? )?\d{{1,2}}(?:st|nd|rd|th)? ({MONTH_RE}),? (20\d\d)\b"
)
_START_YEAR = re.compile(r"\b(20\d\d)\s+(?:start|intake)\b|\bstart(?:ing)?\s+(?:in\s+)?(20\d\d)\b")
_SINCE = re.compile(r"\b(?:since|seit|depuis|desde|sinds)\s+(?:the\s+|our\s+|its\s+|dem\s+|unserem\s+|le\s+|el\s+)?$")


def _start_from(text: str) -> tuple[str | None, int]:
    """A start given in text, and how precise it is (year 1, season 2, month 3)."""
    text = lower_aligned(text)  # the patterns below are lower case: a case-blind search is much slower
    if (m := _SEASON_YEAR.search(text)) and _SEASON_OF_JOB.search(text):
        # 'Summer 2027 internship', 'starting autumn 2027'; not 'a third launch for spring 2027'.
        season = (m[1] or m[4]).lower().replace("autumn", "fall")
        return f"{m[2] or m[3]} {season.capitalize()}", 2
    if m := _MONTH_START.search(text):
        return _month_year(_month(m[1]), m[2]), 3
    if "start" in text and (m := _START_ON.search(text)):
        return _month_year(_month(m[1]), m[2]), 3
    if "startest" in text and (m := _START_AM.search(text)):
        return _month_year(_month(m[1]), m[2]), 3  # 'wenn du am 1. März 2027 bei uns startest'
    if (m := _DATED_START.search(text)) and text.count("(", 0, m.start()) <= text.count(")", 0, m.start()):
        # Not in brackets: '(CAO IWB, per 1 January 2026, gross per month)' dates a pay table, not the start.
        return _month_year(int(m[2]) if m[2] else _month(m[3] or m[4]), m[5]), 3
    if m := _START_YEAR.search(text):
        if _SINCE.search(text, 0, m.start()):
            return None, 0  # 'Seit dem Start 2020': when the company began, not the job
        return m[1] or m[2], 1
    return None, 0


# A start day after the words that introduce one in German, Dutch, French, Spanish and Italian postings:
# 'suchen wir zum 01.04.2027', 'ab 01.03.2027', 'per 1 maart 2027', 'à partir du 4 janvier 2027'.
_DATED_START = re.compile(
    # 'zum Eintrittstermin 01.03.2027': the word for the start between 'zum' and its day.
    # 'zum Beginn am 01.03.2027': the beginning named before its day.
    rf"\b(?:(?<!bis )zum(?: eintritts(?:termin|datum)| beginn am)?|ab(?: dem)?|per|vanaf|à partir du|a partir del?|dal|start(?: bij voorkeur)? op)\s+(\d{{1,2}})"
    rf"(?:\.\s?(\d{{1,2}})\.\s?|\.?\s+({MONTH_RE})\s+|(?:st|nd|rd|th|er)?\s+({MONTH_RE})\s+)(20\d\d)\b"
)


_START_AM = re.compile(rf"\bam \d{{1,2}}\.\s*({MONTH_RE})\s+(20\d\d)\b[^.\n]{{0,30}}\bstartest\b")


_START_LABELS = (
    r"start date|start|starting date|einstieg|anticipated start(?: date)?|expected start(?: date)?|planned start(?: of work| date)?|beginn|eintrittsdatum"
    r"|eintrittstermin|starttermin|einstiegsdatum|démarrage|date de démarrage|inserimento previsto|data di inserimento"
    r"|eintritt|arbeitsbeginn|date de début(?: prévue| souhaitée)?|début|inizio attività|(?:date de )?prise de poste(?: souhaitée| prévue)?|entrée en fonction|fecha de inicio|fecha de incorporación"
    r"|incorporación|inicio del proyecto|data de início(?: prevista)?|startdatum|ingangsdatum|tiltrædelse|tiltredelse|tillträde|data di inizio|nástup|termín nástupu"
    r"|data rozpoczęcia|rozpoczęcie pracy|początek pracy|date d['’]entrée(?: souhaitée| prévue)?|início previsto|início|data de entrada"
)
# A start label's value that names no date: as soon as possible, or to be agreed.
_NO_DATE_YET = re.compile(
    r"\s*(?:by agreement|by arrangement|to be agreed|negotiable|flexible|asap|as soon as possible|immediately|now\b"
    r"|nach vereinbarung|ab sofort|sofort|zum nächstmöglichen|nächstmöglich|in overleg|zo snel mogelijk|per direct"
    r"|à convenir|dès que possible|immédiatement|a convenir|inmediat|lo antes posible|da concordare|subito|immediato)"
)
# Not after a day ('1.' in '1. März 2027'), but after a year ('März 2027. Applications close on 15 December').
_FIRST_CLAUSE = re.compile(r"[.;](?<!\b\d[.;])(?<!\b\d\d[.;])\s+(?=[A-Za-z])|\s[–—]\s")

# 'Start date:', 'Starting date:', 'Anticipated start:'; searched in lowered text (see lower_aligned).
_START_INLINE = re.compile(r"start(?:(?:ing)? date)?\s*[:：]\s*([^·|\n]{3,40})")
# The same in German, French, Italian and Spanish, behind their words: in one alternation with 'start' the search lost
# its literal prefix.
_START_INLINE_FOREIGN = Cue(
    ("eintritt", "antritt", "beginn", "startdatum", "début", "démarrage", "inizio", "prise de poste", "entrée en fonction")
    + ("incorporación",),
    # It opens with its words (an optional group in front made re scan every position); a word inside a longer one
    # ('Arbeitsbeginn', 'data di inizio') is found all the same, as the pattern has no \b.
    re.compile(
        r"(?:eintrittstermin|eintritt|stellenantritt|antritt|beginn|startdatum|début|démarrage|inizio previsto|inizio prevista|inizio|prise de poste|entrée en fonction"
        r"|incorporación(?: prevista)?)"
        r"\s*[:：]\s*"
        r"([^·|\n]{3,40})"
    ),
)
# Swedish and Czech say it in the sentence: 'Vikariat 75 % med tillträde 2027-01-08', 'Nástup možný od 4. ledna 2027'.
# A pattern of its own: a second branch in the one above doubled the cost of its every search.
_START_IN_SENTENCE = Cue(("tillträde", "nástup"), re.compile(r"(?:tillträde(?= \d)|nástup(?: možný)? od)\s*([^·|\n]{3,40})"))


_YEAR_MONTH = re.compile(r"\b(20\d\d)-(\d\d)")
_MONTH_SLASH_YEAR = re.compile(r"(\d{1,2})/(20\d\d)\b")
_GRADUATION = re.compile(r"graduat", re.I)


def extract_start(doc: Document, found: dict[str, Finding]) -> Finding:
    head: Headline = found["_headline"].value
    best, precision = _start_from(head.start or "") if head.start else (None, 0)
    # Not a label alone over a menu: LinkedIn's 'Início' (home) button over 'Minha rede'.
    labelled = next((label for label in label_values(doc.lines, _START_LABELS, 80) if not is_chrome_line(label[0])), None)
    top = "\n".join(doc.lines[:80])
    low = lower_aligned(top)
    # '· Starting date: 02 March 2026 ·' among labels.
    inline = _START_INLINE.search(low) or _START_INLINE_FOREIGN.search(low) or _START_IN_SENTENCE.search(low)
    stated = labelled[0] if labelled else top[inline.start(1) : inline.end(1)] if inline else None
    if stated:
        stated = WIDE_GAP.split(stated, maxsplit=1)[0]  # JobServe's 'Start: ASAP    Posted: 27 Nov 2026': the next field
    if stated and _NO_DATE_YET.match(stated.lower()) and not re.search(MONTH_RE, stated, re.I):
        return NOTHING  # 'Start: by agreement. ... apply by 10 January 2027': the start is open, whatever date follows
    if stated and precision < 3:
        stated = _FIRST_CLAUSE.split(stated, maxsplit=1)[0]
        if m := re.search(rf"({MONTH_RE})\s+(?:de\s+)?(?:\d{{1,2}},?\s+)?(20\d\d)", stated, re.I):  # 'março de 2027'
            return Finding(_month_year(_month(m[1]), m[2]))
        if m := _YEAR_MONTH.search(stated):
            return Finding(_month_year(int(m[2]), m[1]))
        if (m := _MONTH_SLASH_YEAR.match(stated.strip())) and 1 <= int(m[1]) <= 12:
            return Finding(_month_year(int(m[1]), m[2]))  # a freelance board's 'Start: 01/2027'
        if (day := parse_date(stated, _day_first(found, doc))) is not None:
            return Finding(_month_year(day.month, str(day.year)))
    for line in doc.job_text().split("\n"):
        if "20" not in line or _GRADUATION.search(line):
            continue
        value, rank = _start_from(line)
        if value and rank > precision and (best is None or _year(value) == _year(best)):
            best, precision = value, rank
    if best is None:
        return NOTHING
    is_intern = found.get("title") and re.search(r"intern", found["title"].value or "", re.I)
    if precision in (1, 3) and is_intern:
        # An internship that starts in a year and runs in summer cycles starts in summer.
        year = _year(best)
        low = lower_aligned(doc.job_text())
        if "summer" in low and re.search(rf"\bsummer\b[^.\n]*\b{year}\b|\b{year}\b[^.\n]*\bsummer\b|summer internship", low):
            return Finding(f"{year} Summer", "season read from the text around the start year")
    return Finding(best)


_YEAR = re.compile(r"20\d\d")


def _year(start: str) -> str:
    match = _YEAR.search(start)
    return match.group(0) if match else start
