"""Pay: '$45/hr', '$120K–$150K', '£50,000 per annum', 'USD 100,000 - 130,000', '€4.500 brutto/Monat'."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator.ingest.document import BULLET, Document
from generator.ingest.extract.common import DIGIT as _DIGIT
from generator.ingest.extract.common import NOTHING, Cue, Finding
from generator.ingest.extract.locations import countries_in as countries_named
from generator.ingest.extract.locations import domain_country
from generator.models import Pay

KRONE = "krone"
"""A placeholder currency: 'kroner' or 'kr' before the posting's country is known."""
CURRENCIES = {
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "dollars": "USD",
    "ca$": "CAD",
    "c$": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "nz$": "NZD",
    "nzd": "NZD",
    "s$": "SGD",
    "sgd": "SGD",
    "hk$": "HKD",
    "hkd": "HKD",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "₹": "INR",
    "inr": "INR",
    "rs.": "INR",
    "rs": "INR",
    "chf": "CHF",
    "¥": "JPY",
    "jpy": "JPY",
    "yen": "JPY",
    "円": "JPY",
    "pln": "PLN",
    "zł": "PLN",
    "zl": "PLN",
    "sek": "SEK",
    "kronor": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    # Norway's and Denmark's krone have one name: which it is, the posting's country says (see extract_pay).
    "kroner": KRONE,
    "kr": KRONE,
    "kr.": KRONE,
    "mxn": "MXN",
    "brl": "BRL",
    "r$": "BRL",
    "zar": "ZAR",
    "aed": "AED",
    "czk": "CZK",
    "huf": "HUF",
    "ron": "RON",
    "ils": "ILS",
    "₪": "ILS",
    "krw": "KRW",
    "₩": "KRW",
    "cny": "CNY",
    "rmb": "CNY",
    "php": "PHP",
    "kč": "CZK",
    "rm": "MYR",
    "myr": "MYR",
    "idr": "IDR",
    "rp": "IDR",
    "rp.": "IDR",
    "cop": "COP",
    "ars": "ARS",
    "clp": "CLP",
    "pen": "PEN",
    "ngn": "NGN",
    "₦": "NGN",
    "kes": "KES",
    "ksh": "KES",  # Kenya's shilling as its boards write it: 'KSh 150,000 - 220,000'
    "kshs": "KES",
    "egp": "EGP",
    "sar": "SAR",
    "qar": "QAR",
    "thb": "THB",
    "฿": "THB",
    "vnd": "VND",
    "twd": "TWD",
    "nt$": "TWD",
    "try": "TRY",
    "₺": "TRY",
    "uah": "UAH",
    "ft": "HUF",
    "lei": "RON",
    "r": "ZAR",
    "₱": "PHP",
}
_CUR = r"(?:" + "|".join(re.escape(c) for c in sorted(CURRENCIES, key=len, reverse=True)) + r")"
# No amount is written with a leading zero: 'R0024817' is a requisition id, not rand.
_NUM = r"(?!0\d)(?:\d{1,3}(?:[,.' \u202f]\d{2,3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
_ONE = rf"(?P<cN>{_CUR})?\s?(?P<nN>{_NUM})\s?(?P<kN>[kKlLmM](?![a-zA-Z])|lakhs?|lacs?|lpa|juta|ribu|rb|万|million(?= yen))?\s?(?P<dN>{_CUR}(?![a-zA-Z]))?"
# Between a range's amounts: 'to', 'bis', 'à', … and the Slavic 'do' / 'до' ('od 9 500 do 12 500 zł', 'от 2 300 до 3 100 EUR').
MONEY = re.compile(
    # Not inside a word or a number; a Japanese or Chinese word may run into it ('年収600万円', annual pay 6,000,000 yen).
    r"(?<![.,])(?<![^\W\u3040-\u30ff\u3400-\u9fff])"
    + _ONE.replace("N", "1")
    + r"(?:/\s?[^\W\d_]{1,5}\.?)?(?:\s*\([^)\d]{0,20}\d*[^)]{0,12}\))?(?:\s*(?:-|–|—|~|〜|～|to|bis|à|and|a|até|hasta|en|tot|y|e|und|et|do|до)"
    + r"(?:\s+(?:maximaal|maximal|máximo|maximum|max\.?|höchstens))?\s*"
    + _ONE.replace("N", "2")
    # Not run into a word or a percentage, but a board may glue the period on: '$6,800to$9,200Monthly'.
    + r")?(?:(?![\w%])|(?=(?:monthly|yearly|annually|hourly|weekly|daily)\b))",
    re.I,
)

# Every amount with a currency contains one of these; a line with none is skipped before the slow regex.
_MONEY_WORDS = Cue(
    (
        "$",
        "£",
        "€",
        "₹",
        "¥",
        "円",
        "₩",
        "₪",
        "₱",
        "zł",
        "zl",
        "usd",
        "eur",
        "gbp",
        "cad",
        "aud",
        "inr",
        "chf",
        "sgd",
        "hkd",
        "nzd",
        "jpy",
        "pln",
        "sek",
        "kronor",
        "kroner",
        " kr",
        "nok",
        "dkk",
        "mxn",
        "brl",
        "zar",
        "aed",
        "czk",
        "huf",
        "ron",
        "ils",
        "krw",
        "cny",
        "rmb",
        "php",
        "dollar",
        "pound",
        "rs.",
        "yen",
        "kč",
        # Short codes that are also parts of words ('years', 'scope') only with a space after; 'R45 000' and
        # 'RM10' are found by _CODE_BEFORE_DIGIT.
        "myr",
        "idr",
        "rp ",
        "rp.",
        "cop ",
        "ars ",
        "clp ",
        "₦",
        "฿",
        "₺",
        "vnd",
        "ngn",
        "egp",
        "qar",
        "thb",
        "twd",
        "uah",
        " ft",
        # Codes that are also parts of words ('makes', 'open', 'Leistung') only as words of their own: a line that
        # passes this test for nothing is scanned by the slow pattern.
        " lei",
        " sar",
        " kes",
        "ksh ",  # Kenya's 'KSh 150,000 - 220,000', often opening its line
        " pen ",
        # Lakhs need no currency sign: '18-28 LPA' is in rupees.
        "lpa",
        "lakh",
        "lacs",
        "ral ",  # Italy's 'RAL 40-48k', with no sign
    ),
    MONEY,
)

# Every number, with or without a currency: searched in the lowered line (see Cue), each hit matched on the line.
_MONEY_ANY = Cue((), MONEY)
_CURRENCY_REACH = max(map(len, CURRENCIES)) + 1
_CODE_BEFORE_DIGIT = re.compile(r"\b(?:RM|R)\s?\d")  # rand and ringgit, in capitals right before the amount

PERIOD_CUES = [
    (
        "hour",
        r"per hour|/\s?h(?:ou)?r\b|an hour|a hour|hourly|/\s?h\b|p/h|pro stunde|stundenlohn|/\s?std\b|pro std\b|je stunde"
        r"|de l'heure|par heure|ph\b"
        r"|per uur|por hora|all'ora|i timmen|/\s?tim\b|za godzinę|za hodinu|per jam"
        r"|timeløn|timelønn|timlön|tuntipalkka",
    ),
    # Czech and Polish contractors' man-day: '520–600 EUR per MD', '/MD', 'stawka za MD', 'Kč/MD'.
    (
        "day",
        r"per day|/\s?day|a day\b|daily|day rate|per diem|pro tag|par jour|tagessatz|por día|por dia|per dag|al giorno"
        r"|/\s?d[ií]a\b|/\s?jour\b|/\s?giorno\b|/\s?tag\b"
        r"|(?:per|za|/)\s?(?-i:MD)\b|man-?days?\b|manday",  # Danish 'kr./md.' is a month
    ),
    ("week", r"per week\b|/\s?w(?:ee)?k|a week|weekly|pro woche|par semaine|por semana|a la semana|semanal|per minggu"),
    ("fortnight", r"per fortnight|a fortnight|fortnightly|bi-?weekly|every two weeks|every other week"),
    (
        "month",
        r"per month|monats\w{0,12}(?:gehalt|vergütung|einkommen|lohn)|/\s?mo(?:nth)?\b|a month|monthly|pro monat|/\s?monat|monatlich|im monat|par mois|mensuel"
        # Spanish, Portuguese, Dutch, Italian, Nordic, Polish
        r"|al mes|por mes|/\s?mes\b|/\s?mês|/\s?mois\b|mensual|ao mês|por mês|mensais|mensal\b|per maand|per mese|mensile|i månaden|/\s?mån|per måned|om måneden|/\s?md\.|pr\. md\.|pr\. måned"
        r"|miesięcznie|/\s?mies|měsíc|měsíčně|mesiac|havonta|/\s?hó|bulan|sebulan|mensile"
        r"|månadslön|månedsløn|månedslønn|kuukausipalkka"  # 'Månadslön: 55 000–65 000 SEK'
        r"|maandloon|maandsalaris|salaire mensuel",  # 'Bruto maandloon tussen € 3.900 en € 4.700'
    ),
    (
        "year",
        # 'Jahresgehalt', 'Jahresbruttogehalt', 'Bruttojahresgehalt', and the same for a month above.
        r"per year|jahres\w{0,12}(?:gehalt|vergütung|einkommen|lohn)|/\s?y(?:ea)?r|a year|annually|annual|per annum|p\.?\s?a\.?(?!\w)|yearly|pro jahr|/\s?jahr|jährlich|im jahr"
        r"|par an\b|annuel|\blpa\b|\bral\b|\bctc\b"
        r"|al año|por año|anual|ao ano|por ano|per jaar|all'anno|annuo|per år|om året|rocznie|ročně|per tahun|setahun"
        r"|årslön|årsløn|årslønn|vuosipalkka",
    ),
]
PAY_CONTEXT = Cue(
    (),
    re.compile(
        r"salary|pay\b|paying|compensation|wage|rate|base|\bote\b|gehalt|vergütung|salaire|rémunération|ral\b|ctc|stipend|per annum|hourly|range|earn"
        r"|sueldo|salario|salário|salaris|lön|løn|stipendio|wynagrodzenie|remuneraci|remuneração",
        re.I,
    ),
)
# A board's own figure, said so anywhere on its line: '(based on similar postings, not provided by Cobaltline)'.
_NOT_THE_EMPLOYERS = Cue(
    (
        "not provided",
        "based on",
        "not from",
        "not set",
        "nicht vom",
        "non fourni",
        "no proporcionado",
        "niet verstrekt",
        "salary data",
    ),
    re.compile(
        r"not provided by|based on similar|not (?:from|set by) the employer|nicht vom arbeitgeber|non fourni par|no proporcionado por"
        r"|niet verstrekt door|based on \w+ salary data|salary data for similar",
        re.I,
    ),
)
# A board's estimate, and its average for the job title, in the languages postings come in (English 'estimated'
# is _ESTIMATE's: weaker).
# Italian 'Indeed stima 31.200 € - 39.400 € all'anno per questo tipo di ruolo'.
_ESTIMATE_WORDS = (
    r"geschätzt|schätzung|estimé|estimado|estimativa|estimación|schatting|geschat|salary estimate|\bstima\b|\bstimat[oaie]\b|uppskattad"
    r"|uppskattning|\bestimare\b"  # Romanian: 'Estimare BestJobs pentru acest rol în Iași: 6.100 - 8.300 RON'
)
_AVERAGE_PAY = (
    # 'The average Customer Success Manager salary in Austin, TX is $79,412 per year': a board's figure for the title.
    # 'Durchschnittliches Grundgehalt für ähnliche Positionen in Freising': LinkedIn's salary insight in German.
    r"durchschnittsgehalt|durchschnittlich\w* (?:grund|brutto|jahres)?gehalt|average (?:base )?(?:salary|pay)|average (?:(?-i:[A-Z])[\w&/-]* ){1,5}(?:salary|pay)|median (?:base )?(?:salary|pay)"
    r"|typical (?:base )?(?:salary|pay)|typically (?:pay|earn)s?\b"  # 'Werkstudent roles in Berlin typically pay 14 €/hr …'
    # A board's summary of reported pay: 'Lead Analytics Engineer salaries at Trellisoft range from ₹ 16 - 29 Lacs per year'.
    r"|salaries (?:at|for|of|in) [^.\n]{1,60}? range (?:from|between)"
    # Jobindex's and Finn's averages: 'Gennemsnitsløn for BI Developer i Region Midtjylland: 49.800 kr./md.'.
    r"|gennemsnitsløn|genomsnittslön|gjennomsnittslønn|snittlønn"
    r"|salaire moyen|salario medio"
    r"|stipendio medio|retribuzione media|średnie wynagrodzenie|gemiddeld salaris"
    # A board's salary calculator and its average sign: 'Ø 2.690 € brutto/Monat (laut karriere.at-Gehaltsrechner)'.
    r"|gehaltsrechner|gehaltscheck|lohnrechner|salary calculator|(?<!\w)ø\s?(?:\d|€|chf|eur)"
)
# Said anywhere before the amount on its line ('Durchschnittsgehalt für Controller (m/w/d) in Leipzig: 49.500 € / Jahr').
# A board that names itself as the estimate's author: 'Indeed's estimated salary for this role', 'Glassdoor est.'
# (an employer's 'estimated salary range for this position' is its own pay).
_BOARD_ESTIMATE = (
    r"\b(?:indeed|glassdoor|adzuna|ziprecruiter|talent\.com|jooble|monster|simplyhired|careerjet|payscale|levels\.fyi)"
    r"\b[^.\n]{0,20}\best(?:imat|\.)"
)
_BOARD_GUESS = Cue(
    (
        "schätz",
        "estim",
        "est.",
        "stima",
        "uppskatt",
        "schatting",
        "geschat",
        "durchschnitt",
        "average",
        "median",
        "moyen",
        "medio",
        "media",
    )
    + ("średnie", "gemiddeld", "typical", "salaries", "rechner", "gehaltscheck", "calculator", "ø"),
    re.compile(rf"{_ESTIMATE_WORDS}|{_AVERAGE_PAY}|{_BOARD_ESTIMATE}", re.I),
)
_ESTIMATE = re.compile(r"\bestimated?\b|\best\.", re.I)
# '(Estimated by Indeed)', Bayt's '(estimated from 146 salaries)', AmbitionBox's '(based on 64 salaries reported …)'.
_ESTIMATED_BY = re.compile(r"[^()\n]{0,20}\(\s*(?:(?:estimated|est\.?)\s+(?:by|from)|based on \d+ salar)", re.I)
# In the amount's own clause, or on the line beside an amount alone, a bare 'average' says as much.
_BOARD_WORDS = rf"{_ESTIMATE_WORDS}|{_AVERAGE_PAY}|average|durchschnitt|moyenne|promedio|gemiddeld|prognos|median"
# A job board's own figure, named by the line above or below an amount that stands alone.
_BOARD_FIGURE = re.compile(
    rf"{_BOARD_WORDS}|estimat|typical|based on \d+ (?:salar|report)|basierend auf \d+|basiert auf"
    # A board's salary guide beside the posting: SEEK's 'What can I earn as a Data Analyst'.
    r"|what (?:can|could|do|does) (?:i|you|a|an)\b[^.\n]{0,30}\b(?:earn|make)\b|how much (?:can|could|do|does) (?:i|you|a|an)\b",
    re.I,
)
_ASIDE = re.compile(r"\s*\([^()]{0,40}\)")
# For a yes-or-no search a bare 'average' already covers _AVERAGE_PAY's 'average <Job Title> salary': its capital,
# which would keep the whole pattern case-blind and slow, can go.
_BOARD_WORDS_LOWER = _BOARD_WORDS.replace("(?-i:[A-Z])", "[a-z]")
NOT_PAY = Cue(
    (),
    re.compile(
        # A board's price for employers: 'Post a job (€149)'.
        r"post a job|bonus|budget|sign[- ]on|signing|relocation|(?<!internship )(?<!intern )(?<!trainee )allowance|equity|stock(?!holm)|raised|funding|revenue|valuation|investment|customers|users"
        # An intern's 'monthly stipend of €2,300' is the pay; a home-office or learning stipend is not.
        r"|reimburse|401|tuition|(?<!monthly )(?<!weekly )(?<!intern )(?<!internship )stipend|referral|per employee|worth|million|billion|millones|milhões|milhoes|millions|milliard|\bm\b|\bbn\b|arr\b|donat|grant|credit"
        # Australia's 'Salary packaging up to $15,900 per year': a tax-free allowance, not the pay.
        r"|wellness|wellbeing|learning|conference|training|package|packaging|salary sacrifice|travel|home[- ]office|setup|equipment|voucher|discount"
        r"|not provided|based on similar|fee\b|deposit|cost|price|spend|\btips?\b|gratuit|for your time|take-home|exercise"
        r"|self-reported|premium members|\bmeal|indemnité|\bprime\b|friskvård|bidrag|tilskud|tillägg|tillæg|tillegg"
        # A training budget in the languages postings come in: '1.200 € al año para formación'.
        # Whole words: 'Information We offer CHF 9,200' and a 'transformation' programme say nothing of training.
        r"|\b(?:formación|formation|formação|formazione)|weiterbildung|fortbildung|opleiding|certific"
        rf"|propina|trinkgeld|pourboire|gorjeta|vales? de|{_BOARD_WORDS_LOWER}|\bbono\b|alimenta|auxilio|subs[ií]dio|service charge"
        r"|tickets? restaurant|titres? restaurant|chèques?|eco-?cheques?|mutuelle|buoni pasto|ticket restaurante|essensgutschein|maaltijdcheque"
        r"|tichete|bonuri de masă|stravenk|cafeteria"  # Romanian and Czech meal vouchers, Hungary's cafeteria benefit
        r"|\bwelfare\b"
        # What staff pay, not what they are paid: 'Staff accommodation … at $195 per week, deducted from pay'.
        r"|accommodation|lodging|deducted from|\brent\b",
        re.I,
    ),
)


@dataclass(frozen=True)
class _Candidate:
    pay: Pay
    score: int
    inferred: bool
    bare_dollar: bool = False
    """Written with a '$' alone, which is the local dollar wherever the posting is."""
    line: int = -1
    """Which line of the text the amount is on."""
    note: str | None = None
    """Why a person should look at the figure, when it was converted."""


_INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}")  # 18,00,000
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")  # 4.500 or 4.500,00
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?")
_PLAIN_AMOUNT = re.compile(r"\d+(?:[.,]\d{1,2})?")


# Lakhs (a hundred thousand) and the rupees they count: '18-28 LPA', '₹ 28-38 Lacs'.
_LAKHS = frozenset(("lpa", "lakh", "lakhs", "lac", "lacs"))


def _amount(number: str, suffix: str | None) -> float | None:
    text = number.replace(" ", "").replace("\u202f", "").replace("'", "")
    if _INDIAN_GROUPS.fullmatch(text):  # Indian grouping: 18,00,000
        value = float(text.replace(",", ""))
    elif _DOT_GROUPS.fullmatch(text):  # 4.500 or 4.500,00
        value = float(text.replace(".", "").replace(",", "."))
    elif _COMMA_GROUPS.fullmatch(text):
        value = float(text.replace(",", ""))
    elif _PLAIN_AMOUNT.fullmatch(text):
        value = float(text.replace(",", "."))
    else:
        return None
    suffix = (suffix or "").lower()
    if suffix in ("k", "ribu", "rb"):
        value *= 1000
    elif suffix == "万":  # Japanese man: ten thousand ('800万円' is ¥8,000,000)
        value *= 10_000
    elif suffix in _LAKHS or suffix == "l":
        value *= 100000
    elif suffix in ("m", "juta", "million"):  # 'million' only before 'yen': '9 million yen ~ 13 million yen'
        value *= 1_000_000
    return value


# Tried on every amount's neighbourhood: as Cues without words they are searched in the lowered text, several times faster.
_PERIOD_PATTERNS = [(period, Cue((), re.compile(cue, re.I))) for period, cue in PERIOD_CUES]


# Words near an amount that name another thing's period, blanked before the salary's period is looked for: how many
# times a year a monthly salary is paid ('paid 14 times a year', '(14 x jährlich)'), the working time the amount is
# for ('based on 40 hours per week'), the days in the office ('2 days a week in the office'), a bonus's or a budget's
# year ('(plus annual variable bonus)').
_NOT_THE_PERIOD = Cue(
    (),
    re.compile(
        r"\b1[2-6]\s*(?:x|×|times|mal|fois)(?:\s*(?:a|per|pro|im|par)?\s*(?:year|jahr|jährlich|annum|an)\b)?"
        r"|\bin 1[2-6] (?:instalments|installments|payments)\b|\b1[2-6] monthly (?:payments|instalments|installments|salaries)\b"
        # 'inkl. 13. Monatslohn', 'including a 13th month salary': an extra month's pay, not the period of the range.
        r"|\b1[34](?:\.|th)? ?(?:monatslohn|monatsgehalt|month(?:ly)? (?:salary|pay))"
        r"|\b\d{1,2}(?:[.,]\d{1,2})?[ -]?(?:hours?|hrs?|h|stunden|std\.?|uur|heures)\s*(?:a|per|pro|/|in der|par)\s*"
        r"(?:week|wk|woche|day|tag|dag|semaine|jour)\b"
        # 'two anchor days a week in the office': a word may stand between the count and its days.
        r"|\b(?:[1-5]|one|two|three|four|five)\s*(?:[a-z-]+\s+)?(?:days?|tage?n?|dagen|jours?)\s*(?:a|per|pro|in der|par|/)\s*"
        r"(?:week|woche|semaine)\b"
        r"|\b(?:annual|yearly|monthly)\s+(?:[a-z]+\s+){0,2}?(?:bonus|budget|allowance|leave|review|increase|incentive)",
        re.I,
    ),
)


def _period(before: str, after: str) -> str | None:
    """The period cue nearest the amount: 'monthly salary between € 5.103,90 and ...' is monthly."""
    best: tuple[int, str] | None = None
    # Blanked before they are cut to the amount's neighbourhood: 'paid in 13 monthly instalments' cut after
    # 'monthly' would no longer read as the instalments.
    before, after = _blank(before[-150:])[-90:], _blank(after[:90])[:45]
    for period, cue in _PERIOD_PATTERNS:
        for match in cue.finditer(after):
            distance = match.start()
            if best is None or distance < best[0]:
                best = (distance, period)
        for match in cue.finditer(before):
            distance = len(before) - match.end() + 5  # a cue after the amount wins a tie
            if best is None or distance < best[0]:
                best = (distance, period)
    return best[1] if best else None


def _blank(text: str) -> str:
    """The text with another thing's period blanked out, at the same length, so that distances stay true."""
    for match in _NOT_THE_PERIOD.finditer(text):
        text = text[: match.start()] + " " * len(match.group(0)) + text[match.end() :]
    return text


def _infer_period(amount: float) -> str | None:
    if amount < 300:
        return "hour"
    if 1000 <= amount < 12000:
        return "month"
    if amount >= 15000:
        return "year"
    return None


def find_pay(text: str, headline: str = "") -> Finding:
    """The best-supported pay range in the text."""
    return _as_finding(_best_candidate(text, headline))


def _as_finding(best: _Candidate | None) -> Finding:
    if best is None:
        return NOTHING
    notes = [best.note, "period inferred from the amount; the posting does not say" if best.inferred else None]
    return Finding(best.pay, "; ".join(note for note in notes if note) or None)


_GLUED_SIGN = re.compile(r"([a-z])([$£€₹]\d)")
_GLUED_CODE = re.compile(r"(?<=\d )(PLN|EUR|CHF)(?=[A-Z][a-z])")


def _best_candidate(text: str, headline: str = "") -> _Candidate | None:
    """The best-supported amount; one in the posting's headline is the posting's own
    ('[Hiring] Designer @ Pebblefin - $140-165k' above other people's posts with their own pay)."""
    candidates: list[_Candidate] = []
    estimated: set[tuple[float | None, float | None]] = set()
    if any(f"\n{word}\n" in text for word in _SPLIT_CONNECTORS):
        text = _SPLIT_RANGE.sub(r"\1 \2 \3", text)  # MyCareersFuture's '$5,500' / 'to' / '$7,200', a line each
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not _DIGIT.search(line) or not (_MONEY_WORDS.present(line) or ("R" in line and _CODE_BEFORE_DIGIT.search(line))):
            continue
        if _ESTIMATE_LABEL.match(line):
            # An aggregator's widget labelled as its guess ('Estimated pay: $58–$72 an hour'), not an employer's sentence
            # ('the estimated salary range for this position is …'); the same range in the text still counts.
            continue
        if "|" in line and _GRADE_ROW.match(line):
            continue  # a pay scale's row ('  9   | € 3,226  | € 4,428'): which grade is the job's, a person reads
        if _BOARD_GUESS.search(line) or _NOT_THE_EMPLOYERS.search(line):
            estimated |= _ranges(line)  # '€ 46K/jr - € 58K/jr (geschat door LinkedIn)'
        following = next((nxt for nxt in lines[index + 1 : index + 3] if nxt.strip()), "")
        line = _GLUED_SIGN.sub(r"\1 \2", line)  # a board's sign glued to the field before it: 'Full time$130,000'
        if "PLN" in line or "EUR" in line or "CHF" in line:
            line = _GLUED_CODE.sub(r"\1 ", line)  # '18 000 - 24 000 PLNNet per month - B2B': the code run into the next label
        # No amount starts further before its first digit than a currency word and a space ('dollars 45'):
        # the scan starts there, not at the line's start.
        digit = _DIGIT.search(line)
        for match in _MONEY_ANY.finditer(line, max(0, digit.start() - _CURRENCY_REACH) if digit else 0):
            candidate = _candidate(match, line, lines[index - 1] if index else "", following, index)
            if candidate and headline and line.strip() == headline.strip():
                candidate = replace(candidate, score=candidate.score + 3)
            if candidate:
                candidates.append(candidate)
    # 'Salaris: € 46.000/jr - € 58.000/jr' repeats the range the page said LinkedIn estimated: no pay either.
    candidates = _shared_periods(_scales([c for c in candidates if (c.pay.min, c.pay.max) not in estimated]))
    if not candidates:
        return None
    best = max(candidates, key=lambda c: c.score)
    if best.inferred:
        # A header's 'CHF 125K – CHF 145K' and the text's 'CHF 125'000 – 145'000 per year': the same pay, its period said.
        key = (best.pay.min, best.pay.max, best.pay.currency)
        best = next((c for c in candidates if not c.inferred and (c.pay.min, c.pay.max, c.pay.currency) == key), best)
    if best.pay.min is None and (whole := _whole_range(best, candidates)):
        best = whole
    if best.pay.max is None and (ceiling := _ceiling(best, candidates)):
        best = replace(best, pay=replace(best.pay, max=ceiling))
    if best.note is None and any(_another_band(best.pay, c) for c in candidates if c.line == best.line):
        best = replace(best, note="the line gives more than one range (by place or level): the first is shown")
    return best if best.score >= 1 else None


def _another_band(pay: Pay, other: _Candidate) -> bool:
    """A second whole range beside the pay, apart from it: another place's or level's band."""
    low, high = other.pay.min, other.pay.max
    if low is None or high is None or low == high or pay.min is None or pay.max is None:
        return False
    return other.pay.currency == pay.currency and (high < pay.min or low > pay.max)


_SPLIT_CONNECTORS = ("to", "-", "–", "—", "bis", "à", "tot", "a", "até", "hasta")
_AMOUNT_LINE = r"[^\S\n]*(?:[A-Z]{3}[^\S\n]?)?[$€£¥₹]?[^\S\n]?\d[\d.,' \u202f]*[kK]?[^\S\n]*"
_SPLIT_RANGE = re.compile(rf"^({_AMOUNT_LINE})\n[^\S\n]*({'|'.join(_SPLIT_CONNECTORS)})[^\S\n]*\n({_AMOUNT_LINE})$", re.M)


def _scales(candidates: list[_Candidate]) -> list[_Candidate]:
    """A pay scale's points on one line, rising ('€55,840 - €57,466 - €59,091 - … - LSI-2 €72,117'): one range from
    the first point to the last, as a public service's scale is read."""
    lines: dict[int, list[_Candidate]] = {}
    for candidate in candidates:
        lines.setdefault(candidate.line, []).append(candidate)
    scales = {}
    for index, points in lines.items():
        same = len({(c.pay.currency, c.pay.period) for c in points}) == 1
        rising = all((a.pay.max or 0) <= (b.pay.min or 0) for a, b in zip(points, points[1:], strict=False))
        if len(points) >= 3 and same and rising:
            scales[index] = replace(points[0], pay=replace(points[0].pay, max=points[-1].pay.max))
    merged = []
    for candidate in candidates:
        if candidate.line not in scales:
            merged.append(candidate)
        elif candidate is lines[candidate.line][0]:
            merged.append(scales[candidate.line])  # the scale once, where its first point stood
    return merged


def _shared_periods(candidates: list[_Candidate]) -> list[_Candidate]:
    """'Salary bands: Ireland €82,000 – €98,000 | Portugal €58,000 – €70,000 (gross per year)': the period said once
    after a line's amounts is theirs all, where the amount alone suggests the same period; the first no longer
    loses to the one nearer the words."""
    stated = {(c.line, c.pay.currency, c.pay.period) for c in candidates if not c.inferred}
    return [
        replace(c, inferred=False, score=c.score + 2) if c.inferred and (c.line, c.pay.currency, c.pay.period) in stated else c
        for c in candidates
    ]


def _ranges(line: str) -> set[tuple[float | None, float | None]]:
    """The low and high of every amount on a line."""
    return {_low_high(match) for match in _MONEY_ANY.finditer(line)}


# Two more points of a pay scale or more, each after a dash, the last one kept: ' – €67,495 – €70,073 – €78,910'.
# The long-service increments after the scale count too: '… - €68,853 - LSI-1 €70,486 - LSI-2 €72,117'.
_SCALE_POINT = r"\s*[–-]\s*(?:LSI-?\d\s+)?[€£$]?\s?"
_SCALE_POINTS = re.compile(
    rf"(?:{_SCALE_POINT}\d{{1,3}}(?:,\d{{3}})+(?!\d)){{1,}}?(?:{_SCALE_POINT}(\d{{1,3}}(?:,\d{{3}})+))(?!{_SCALE_POINT}\d)"
)


def _low_high(match: re.Match[str]) -> tuple[float | None, float | None]:
    """An amount's low and high, a single amount being both."""
    low = _amount(match.group("n1"), match.group("k1"))
    high = _amount(match.group("n2"), match.group("k2")) if match.group("n2") else low
    if low is not None and match.group("n2") and match.group("k2") and not match.group("k1"):
        unscaled = _amount(match.group("n2"), None)
        if unscaled and low <= unscaled:
            low = _amount(match.group("n1"), match.group("k2"))  # "45-55k", "28-38 Lacs": the suffix covers both
    return low, high


def _whole_range(ceiling: _Candidate, candidates: list[_Candidate]) -> _Candidate | None:
    """'Fixed CTC up to 13 LPA' under a header's '₹ 9,00,000 - 13,00,000 P.A.': the range that ends at the same
    ceiling says more."""
    pay = ceiling.pay
    return next(
        (c for c in candidates if c.pay.min is not None and (c.pay.max, c.pay.currency) == (pay.max, pay.currency)),
        None,
    )


def _ceiling(floor: _Candidate, candidates: list[_Candidate]) -> float | None:
    """'ranges from $129,300/year in our lowest market up to $223,600/year in our highest': a floor and then a
    ceiling on the same line, or on the next ('Pay Range Minimum: $27.40 hourly', then '… Maximum: $33.15 hourly'),
    in one currency and period, are one range."""
    low = floor.pay.min
    for other in candidates:
        pay = other.pay
        near = other.line in (floor.line, floor.line + 1)
        same = near and (pay.currency, pay.period) == (floor.pay.currency, floor.pay.period)
        if same and pay.min is None and pay.max is not None and low is not None and pay.max > low:
            return pay.max
    return None


# 'Estimated salary: …', 'Estimated salary (kariera.gr insights): …'.
_ESTIMATE_LABEL = re.compile(r"\s*estimated (?:base )?(?:pay|salary)\s*(?:\([^()\n]{1,40}\)\s*)?:", re.I)
_GRADE_ROW = re.compile(r"\s*(?:grade\s*|schaal\s*|band\s*)?\d{1,2}[a-z]?\s*\|", re.I)


def _priced(text: str) -> bool:
    """Whether the text has an amount of its own, with its currency ('based on 412 salaries' has a number, no amount)."""
    return any(match.group("c1") or match.group("d1") for match in MONEY.finditer(text))


_RAL_BEFORE = re.compile(r"(?:\b|(?<=[a-z]))RAL:?\s*(?:da\s+)?$")  # glued on too: 'Tempo pienoRAL 40-48k'


def _candidate(match: re.Match[str], line: str, previous: str, following: str = "", index: int = -1) -> _Candidate | None:
    cur = match.group("c1") or match.group("d1") or match.group("c2") or match.group("d2")
    if cur == "$" and (code := match.group("d1") or match.group("d2")):
        cur = code  # '$13,800 MXN': the code says which dollar
    elif cur == "$" and (code := line[: match.start()].rstrip()[-3:].lower()) in _DOLLAR_CODES:
        cur = code  # 'CAD $112,000'
    if not cur and _LAKHS.intersection(((match.group("k1") or "").lower(), (match.group("k2") or "").lower())):
        cur = "inr"  # '18-28 LPA': lakhs are counted in rupees alone
    if not cur and _RAL_BEFORE.search(line, max(0, match.start() - 12), match.start()):
        cur = "eur"  # Italy's 'RAL 40-48k': the gross annual pay, in euros
    if not cur:
        return None
    currency = CURRENCIES[cur.lower()]
    if cur == "r" or (cur == "R" and not match.group("c1")):
        return None  # a lower-case 'r', or an 'R' after the number, is no rand
    suffixes = {(match.group("k1") or "").lower(), (match.group("k2") or "").lower()}
    if "l" in suffixes and currency != "INR":
        return None  # '25L' is lakhs only in rupees
    if "m" in suffixes and suffixes != {"k", "m"}:
        return None  # '$6M seed': millions are pay only as the top of a range that starts in thousands ('NOK 850k–1.1M')
    low, high = _low_high(match)
    if low is None or high is None or low <= 0:
        return None
    if match.group("n2") and (scale := _SCALE_POINTS.match(line + " " + following, match.end())):
        # An Irish civil-service scale: '€62,340 – €64,918 – €67,495 – … – €78,910 per annum': its first point and last.
        top = _amount(scale.group(1), None)
        if top is not None and top > high:
            high = top
    # A list item is a clause of its own: the item above it ('• Zwei Tage Homeoffice pro Woche') says nothing of its pay.
    sibling = BULLET.match(line) and BULLET.match(previous)
    before = ("" if sibling else previous + " ") + line[: match.start()]
    after = line[match.end() :]
    carried = re.search(r"/|\(", match.group(0))
    if carried:
        # '€350/day', '$ 3.400.000,00 (Mensual)': the unit the amount carries is its own period
        after = match.group(0)[carried.start() :] + after
    # A bonus, budget or stipend named in the amount's own clause makes it not pay;
    # "£65k + bonus", "$170k, plus equity" or Ashby's 'A$175K – A$210K • Offers Equity' still is.
    # A comma or stop between digits is a thousands separator, not the clause's end ('€1,500 / £1,300 yearly budget').
    own_after = re.split(r"(?<!\d)[,.]|[,.](?!\d)|[;(•·|]|\bplus\b|\+|\band\b", after, maxsplit=1)[0][:40]
    # 'propinas (aprox. $3,000' is one clause; so is 'wellness allowance (friskvårdsbidrag) of 5,000 SEK', its aside dropped.
    own_before = re.split(r"[,;)]|\.(?=\s+[A-Z])", _ASIDE.sub("", line[: match.start()]))[-1][-60:]
    if NOT_PAY.search(own_after) or NOT_PAY.search(own_before) or _NOT_THE_EMPLOYERS.search(line):
        return None
    if not own_before.strip() and len(previous) < 30 and NOT_PAY.search(previous):
        return None  # a benefits grid's 'Weiterbildung' over 'CHF 2'000 pro Jahr und Zeit für Kurse': the tile's heading
    if line[max(0, match.start() - 12) : match.start()].rstrip().lower().endswith(("©", "(c)", "copyright")):
        return None  # '© 2026 EuroRemote': a footer's year and the site's name
    if _BOARD_GUESS.search(line[: match.start()]):
        return None  # 'Gehalt (von XING geschätzt): 61.500 € – 78.000 €': the label says it is the board's guess
    if _ESTIMATED_BY.match(after):
        return None  # '€45K - €57K a year (Estimated by Indeed)': the board's guess, said after it
    if len(line) - len(match.group(0)) < 25 and (
        _BOARD_FIGURE.search(previous[-80:]) or (_BOARD_FIGURE.search(following[:80]) and not _priced(following))
    ):
        # An amount alone under 'Durchschnittsgehalt für Controller' or above 'This estimate is based on'; not one
        # above the board's own estimate with its own figure ('Salary insights (estimate) — … €63,400 per year').
        return None
    if re.match(r"\s*(?:m|mm|mn|million|bn|billion|\+)\b", after, re.I):
        return None
    if low is None or low > high:
        return None
    # 'Pay Range Maximum: $33.15 hourly' under '… Minimum: $27.40 hourly': each a bound, its label before a colon.
    upto = re.search(r"(?:up to|upto|max(?:imum)?\.?|bis zu|jusqu'à|até|hasta|fino a)\s*:?\s*$", line[: match.start()], re.I)
    from_ = re.search(
        r"(?:from|starting at|ab|à partir de|minimum(?: of)?|at least|mindestens|mindestgehalt(?: von| beträgt| liegt bei)?|desde|a partir de|vanaf"
        # Nordic: 'Lön från 28 500 kr/månad', 'minimum lønnstrinn 62, som i dag tilsvarer kr 645 300 per år' (a pay step's
        # figure today, the least the post pays).
        r"|od|från|fra|lägst|minst|nuo|de la|από|(?:minimum|minst|lägst) (?:lønnstrinn|lønnstrin|lönegrad) \d+[^.\n\d]{0,40})\s*:?\s*$",
        line[: match.start()],
        re.I,
    )
    period = _period(before, after)
    if period == "year" and after.lstrip().startswith("(") and (said := _period(before, "")) and said != "year":
        # 'Monthly gross salary: SGD 5,500 – 7,800 (13th-month Annual Wage Supplement …)': the label's period, not
        # the aside's.
        period = said
    if period is None and len(following) <= 25:
        period = _period("", following)  # 'S$6,000 – S$8,500' then 'Monthly' on the next line
    inferred = period is None
    if period is None:
        period = _infer_period(high)
        if period is None:
            return None
    note = None
    if period == "fortnight":
        # Pay has no fortnightly period: the amounts are halved to a week, and the curator is told.
        low, high, period = low / 2, high / 2, "week"
        note = "the posting pays per fortnight; shown per week (half the fortnightly amounts)"
    score = 1 + (2 if PAY_CONTEXT.search(before[-120:] + after[:40]) else 0) + (0 if inferred else 2)
    if _ESTIMATE.search(own_before) or _ESTIMATE.search(own_after):
        score -= 2  # 'Adzuna estimated salary: R612 000': a board's guess, unless nothing better is said
    score += 1 if match.group("n2") else 0
    if _AGREED_MINIMUM.search(own_before) and not _OWN_OFFER.search(own_before):
        score -= 1  # 'das kollektivvertragliche Mindestgehalt beträgt € 3.412 … wir bieten ab € 58.000': the offer wins
    if re.match(
        r"\s*(?:pay|salary|compensation|wage|rate|hourly rate|base pay|pay range|salary range|gehalt|salaire|sueldo|salario"
        r"|salário|salaris|lön|løn|wynagrodzenie|remuneración|remuneração)\s*:",
        line,
        re.I,
    ):
        score += 3  # 'Pay: Starting at $17.50/hour' is the job's own pay line
    # 'Mindestgehalt gemäß KV für Angestellte der … Industrie von EUR 2.940,–': an agreed minimum is a floor.
    agreed = not match.group("n2") and _AGREED_MINIMUM.search(re.split(r"\.\s", line[: match.start()])[-1])
    floor = (from_ and not match.group("n2")) or agreed  # 'from €3,600 to €4,400' is a range
    pay = Pay(min=None if upto else low, max=None if floor else high, currency=currency, period=period)
    return _Candidate(pay, score, inferred, cur == "$", index, note)


# 'Our actual offer is a minimum annual gross salary of EUR 58,800': the employer's own floor, above the agreed one.
_OWN_OFFER = re.compile(r"\b(?:our|actual) offer\b|\bwir bieten\b|\bunser angebot\b", re.I)
# The minimum a collective agreement sets, which Austrian postings must state: the pay only where nothing else is offered.
_AGREED_MINIMUM = re.compile(
    # 'Mindestjahresbruttogehalt', 'Mindestmonatsgehalt': the minimum, compounded.
    r"mindest\w{0,20}?(?:gehalt|entgelt|lohn)|kollektivvertrag|\bkv\b|\bminimum (?:\w+ ){0,3}salary|collective agreement",
    re.I,
)


# Countries whose own currency is written '$': a bare '$' in a posting there is that dollar.
DOLLAR_COUNTRIES = {
    "CA": "CAD",
    "AU": "AUD",
    "NZ": "NZD",
    "SG": "SGD",
    "HK": "HKD",
    "TW": "TWD",
    # Pesos are written '$' too.
    "MX": "MXN",
    "CO": "COP",
    "AR": "ARS",
    "CL": "CLP",
    "UY": "UYU",
    "DO": "DOP",
}
# The word for pay in Swedish, Norwegian and Danish: 'Månadslön 45 000 – 52 000 kr' for a job in Göteborg or Oslo.
_PAY_WORD = re.compile(r"(?i:l)(?:ön|ønn|øn)")
_PAY_WORD_COUNTRY = {"ön": "SE", "ønn": "NO", "øn": "DK"}


def _krone_of_language(text: str, countries: set[str]) -> str | None:
    """The krone of the posting's own language, when the job is in several krone countries and that is one of them."""
    word = _PAY_WORD.search(text)
    country = _PAY_WORD_COUNTRY[word.group(0)[1:].lower()] if word else None
    return _KRONE_COUNTRIES[country] if country in countries else None


_KRONE_COUNTRIES = {"NO": "NOK", "DK": "DKK", "SE": "SEK", "IS": "ISK", "FO": "DKK", "GL": "DKK"}
# The codes that may stand before a '$' to say which dollar or peso it is ('CAD $112,000').
_DOLLAR_CODES = {"usd", *(code.lower() for code in DOLLAR_COUNTRIES.values() if code.lower() in CURRENCIES)}


def extract_pay(doc: Document, found: dict[str, Finding]) -> Finding:
    salary = doc.json_ld.get("baseSalary") if doc.json_ld else None
    if isinstance(salary, dict):
        pay = _json_ld_pay(salary)
        stated = _best_candidate(doc.job_text()) if pay and doc.json_ld.get("_record") else None
        if stated and stated.pay != pay and not stated.inferred:
            # A search API's 'job_min_salary: 55000' over a text that says '£46,500 – £50,000 per annum': the record
            # was compiled from elsewhere; the employer's own words win.
            return Finding(stated.pay, "the record's salary fields disagree with the text; the text's pay is kept")
        if pay:
            return Finding(pay)
    headline = found["_headline"].value.line if "_headline" in found else ""
    best = _best_candidate(doc.job_text(), headline)
    finding = _as_finding(best)
    pay = finding.value
    bare = best is not None and best.bare_dollar
    places = found.get("locations", Finding(None)).value or []
    countries = {place.country for place in places}
    if pay and pay.currency == KRONE:
        # '640 000 – 760 000 kroner per år': the krone of the country the job is in, or of the one country named.
        named = countries or set(countries_named(doc.job_text()))
        local = _KRONE_COUNTRIES.get(named.pop()) if len(named) == 1 else _krone_of_language(doc.job_text(), named)
        return Finding(Pay(pay.min, pay.max, local, pay.period), finding.review) if local else NOTHING
    # A '$' alone is the local dollar, unless the posting writes its amounts 'USD' elsewhere.
    bare_dollar = bare and not ("USD" in doc.text and re.search(r"\bUSD\s?\d|\d\s?USD\b", doc.text))
    if pay and bare_dollar and len(countries) == 1:
        local = DOLLAR_COUNTRIES.get(countries.pop())
        if local:
            return Finding(Pay(pay.min, pay.max, local, pay.period), finding.review)
    if pay and bare_dollar and not places:
        # No place stated: a '$' on a posting that names only, say, Singapore is Singapore's dollar.
        named = set(countries_named(doc.job_text()))
        if len(named) == 1 and (local := DOLLAR_COUNTRIES.get(named.pop())):
            return Finding(Pay(pay.min, pay.max, local, pay.period), "currency read from the one country the posting names")
        if not named and (local := DOLLAR_COUNTRIES.get(domain_country(doc) or "")):
            # 'Renta líquida: $1.150.000' on 'Laborum.cl': the peso of the site's country.
            return Finding(Pay(pay.min, pay.max, local, pay.period), "currency read from the country of the site's domain")
        company = found["company"].value if "company" in found else None
        registered = re.search(r"\b(pte|pty)\.?\s+(?:ltd|limited)\b", company or "", re.I)
        if registered:
            # 'Palmgate Trading Pte. Ltd.': a company registered in Singapore (Pte) or Australia (Pty) pays in its dollar.
            local = {"pte": "SGD", "pty": "AUD"}[registered.group(1).lower()]
            return Finding(Pay(pay.min, pay.max, local, pay.period), "currency read from where the employer is registered")
    return finding


_UNITS = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}


def _json_ld_pay(salary: dict) -> Pay | None:
    value = salary.get("value")
    currency = str(salary.get("currency") or "").upper()
    if not isinstance(value, dict) or len(currency) != 3:
        return None
    unit = _UNITS.get(str(value.get("unitText") or salary.get("unitText") or "").upper())
    try:
        low = value.get("minValue", value.get("value"))
        high = value.get("maxValue", value.get("value"))
        low = float(low) if low is not None else None
        high = float(high) if high is not None else None
    except (TypeError, ValueError):
        return None
    if unit is None or (low is None and high is None):
        return None
    return Pay(min=low, max=high, currency=currency, period=unit)
