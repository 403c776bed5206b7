"""Title, company and team: the posting's headline and the lines around it.

A headline carries decorations ('[Remote] ML Intern (TikTok-Local Services) -
2026 Start (PhD)'); they are split off here and handed to the fields they
belong to, so the title is the role alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from generator.ingest.document import Document, heading_kind, is_chrome, is_cookie_notice, is_glued_menu, lines_containing
from generator.ingest.extract.author import post_author
from generator.ingest.extract.common import (
    MONTH_RE,
    NOTHING,
    Cue,
    Finding,
    below_label,
    label_value,
    label_values,
    lower_aligned,
)
from generator.ingest.extract.gazetteer import fold, gazetteer
from generator.ingest.extract.places import DEPARTMENT_CODES, WORLD_REGIONS, parse_places, places_in_line
from generator.ingest.extract.skills import is_skill_name
from generator.ingest.roles import names_role

GENDER_TAG = re.compile(
    r"\(\s*(?:[mwfdxhn]\s*/\s*){1,3}[mwfdxhn]\s*\)|\(\s*all genders?\s*\)|\(\s*gn\s*\)|\bm/w/d\b|\bw/m/d\b|\bf/m/d\b|\bm/f/d\b|\bh/f\b|\bf/h(?:/x)?\b|\bh/f/x\b"
    # A feminine ending glued on: 'Engenheiro(a)', 'Ingénieur(e)', 'Développeur(se)', 'Entwickler(in)'.
    r"|(?<=[a-zà-ÿ])\((?:a|as|o|os|e|es|se|euse|rice|trice|in|innen)\)",
    re.I,
)
SEASONS = ("spring", "summer", "fall", "autumn", "winter")
START_TAG = re.compile(
    rf"\b(?:(?:20\d\d)\s+(?:start|intake)|(?:{'|'.join(SEASONS)})\s+(?:20\d\d)|(?:20\d\d)\s+(?:{'|'.join(SEASONS)})|(?:{MONTH_RE})\s+20\d\d\s+start)\b",
    re.I,
)
DEGREE_TAG = re.compile(
    r"^\(?\s*(?:bs|ba|ms|ma|mba|phd|ph\.d\.?|bachelor'?s?|master'?s?|undergrad(?:uate)?|graduate|doctoral)(?:\s*/\s*(?:bs|ba|ms|ma|mba|phd|ph\.d\.?|bachelor'?s?|master'?s?|undergrad(?:uate)?|graduate|doctoral))*\s*\)*$",
    re.I,
)
WORKPLACE_TAG = re.compile(
    r"^\[?\(?\s*(?:fully |100% )?(remote|hybrid|on-?site|in-office|onsite|remot[oa]|h[ií]brid[oa]|presencial|teletrabajo)\s*\]?\)?$",
    re.I,
)
# The contract or workload a headline adds after its role, in the languages postings come in; with its hours
# ('Teilzeit 30 Std.', 'Part-time (20h)').
TYPE_TAG = re.compile(
    r"^\(?\s*(?:corp to corp|c2c|w2|(?:contract|temp)[- ]to[- ](?:hire|perm)|contract(?:or)?|full[- ]?time|part[- ]?time|temporary|temp|permanent|fixed[- ]term|(?:maternity|parental)(?: leave)? cover|freelance|internship"
    r"|vollzeit|teilzeit|festanstellung|befristet|temps plein|temps partiel|cdi|cdd|voltijd|deeltijd|tiempo completo|media jornada"
    r"|pj|clt|efetivo"  # Brazil's 'Engenheiro(a) de Dados - PJ - Remoto': a contractor's terms, or an employee's
    r"|alternance|stage"  # France's 'Alternance - Data Analyst (F/H)': a work-study contract, as an internship is
    r"|(?:new )?(?:contract|permanent|freelance|interim)(?: (?:role|job|position|opportunity))?)"
    r"(?:\s*\(?\s*\d+(?:[.,]\d+)?\s*(?:-\s*\d+\s*)?(?:std\.?|stunden|h|hrs?|hours?|uur)(?:\s*/\s*(?:woche|week|wk))?\s*\)?)?\s*\)?$",
    re.I,
)

# Job boards and ATSs whose names appear on pasted pages but are never the employer.
JOB_BOARDS = {
    "linkedin",
    "indeed",
    "glassdoor",
    "ziprecruiter",
    "monster",
    "dice",
    "handshake",
    "wellfound",
    "angellist",
    "otta",
    "welcome to the jungle",
    "built in",
    "builtin",
    "jobright",
    "filtr",
    "simplify",
    "lever",
    "greenhouse",
    "workday",
    "workable",
    "recruitee",
    "smartrecruiters",
    "ashby",
    "jobvite",
    "icims",
    "taleo",
    "bamboohr",
    "personio",
    "teamtailor",
    "join",
    "join.com",
    "learn4good",
    "jooble",
    "adzuna",
    "totaljobs",
    "reed",
    "cv-library",
    "stepstone",
    "xing",
    "seek",
    "naukri",
    "jsearch",
    "google",
    "job board",
    "careers",
    "jobs",
    "hiring cafe",
    "levels.fyi",
    "ycombinator",
    "y combinator",
    "talent.com",
    "nhs jobs",
    "civil service jobs",
    "usajobs",
    "mycareersfuture",
    "occ",
    "occ mundial",
    "jobstreet",
    "jobsdb",
    "google search",  # a Google jobs card pasted with its tab: 'analytics engineer cork - Google Search'
    "smartrecruiters job search",
    "brightermonday",
    "gov.uk  civil service",  # Civil Service Jobs' site line 'GOV.UK  Civil Service Jobs', its 'Jobs' taken off
    "google jobs",
    "infojobs",
    "computrabajo",
    "bumeran",
    "glints",
    "kalibrr",
    "wuzzuf",
    "bayt",
    "gulftalent",
    "jobindex",
    "finn",
    "jobbsafari",
    "monster.com",
    "jobteaser",
    "landing.jobs",
    "hellowork",
    "apec",
    "pôle emploi",
    "france travail",
    "arbeitsagentur",
    "jobs.ch",
    "jobup",
    "karriere.at",
    "careerbuilder",
    "ctgoodjobs",
    "catho",
    "gupy",
    "pracuj",
    "job bank",
    "cutshort",
    "instahyre",
    "trade me jobs",
    "simplyhired",
    "jobserve",
    "net-empregos",
    "pnet",
    "workopolis",
    "platsbanken",
    "justjoin.it",
    "tes",
    # Dutch, German, Irish and French boards.
    "nationale vacaturebank",
    "werk.nl",
    "monsterboard",
    "intermediair",
    "werkzoeken",
    "jobbird",
    "irishjobs",
    "irishjobs.ie",
    "jobs.ie",
    "cwjobs",
    "meinestadt",
    "kununu",
    "jobware",
    "stellenanzeigen.de",
    "yourfirm",
    "absolventa",
    "cadremploi",
    "regionsjob",
    "indeed.fr",
    "itjobs.pt",
    "itjobs",
    "tecnoempleo",
    "tecnoempleo.com",
    "sapo emprego",
    # Belgian, Nordic, Baltic, Central and South-Eastern European boards.
    *("jobat", "jobat.be", "ictjob", "vdab", "jobnet", "duunitori", "oikotie", "finn.no", "stepstone.de"),
    *("cv.ee", "cvkeskus", "cv.lt", "cvbankas", "jobs.cz", "prace.cz", "profesia", "profesia.sk", "profession.hu"),
    *("nofluffjobs", "bulldogjob", "ejobs", "ejobs.ro", "bestjobs", "jobs.bg", "kariera.gr", "moj-posao", "infostud"),
}


@dataclass
class Headline:
    """The headline line, split into the role and its decorations."""

    line: str = ""
    title: str | None = None
    company: str | None = None
    team: str | None = None
    workplace: str | None = None
    employment_type: str | None = None
    start: str | None = None
    degree_tag: str | None = None
    job_id: str | None = None
    """A requisition number in the headline: 'Accounts Payable Specialist -(2700456)'."""
    places: list[str] = field(default_factory=list)
    index: int = -1
    """Index of the headline in doc.header, -1 when there is none."""
    team_in_brackets: bool = False
    """The team came from brackets in the headline ('(TikTok-Local Services)'), the surest place for it."""
    from_sentence: bool = False
    """The title was read from a sentence ('we are looking for an X to ...'), not a headline."""


_EMOJI = "[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?"
_TITLE_PREFIX = re.compile(
    r"^(?::[a-z_]+:\s*)*(?:(?:we(?:'re| are)|i(?:'m| am)) hiring|now hiring|hiring|job title|(?:new |open )?(?:vacancy|opening|position|role|job)"
    r"|new (?:contract|permanent|freelance|interim)(?: role| job| opportunity)?"  # an agency's 'New contract: Power BI Developer'
    r"|new jobs? for you|jobs? alert|recommended (?:job|for you))"
    # and the emoji after it, or in the separator's place: "I'm hiring! 🚀 Senior Data Scientist", "NEW ROLE 🚨 Analytics Engineer".
    rf"\s*(?:[:!–—-]\s*(?:{_EMOJI}\s*)*|(?:{_EMOJI}\s*)+)",
    re.I,
)

# A board's words for 'job offer' before the role in its tab title: 'Vaga de Estágio em …', 'Oferta pracy DevOps Engineer'.
_PAGE_PREFIX = re.compile(
    # HelloWork's tab: 'Offre Alternance Chargé d'études statistiques H/F - Nantes (44)'.
    r"^(?:[Vv]aga(?: de)?|[Vv]acante(?: de)?|[Oo]ferta de (?:empleo|trabajo)(?: de)?|[Oo]ferta pracy|[Oo]ffre d'emploi|"
    r"[Oo]ffre (?:Alternance|Stage|CDI|CDD)|[Oo]ffre d['’](?:emploi|alternance) (?:en )?|[Oo]ffre de (?:stage|CDI|CDD)|"
    r"[Ss]tellenangebot|[Ee]mpleo de"
    # SuccessFactors' page heading: 'Career Opportunities: Intern Data & Analytics – Commercial Excellence (48213)'.
    r"|Career Opportunities(?=:)|Job Opportunities(?=:)|Karrieremöglichkeiten(?=:))\s*[:：]?\s+(?=[A-ZÀ-Ý])"
)
_EMOJI_CODES = re.compile(r"^(?::[a-z_]+:\s*)+")
_LENTICULAR_TAG = re.compile(r"^(?:【[^】]{1,40}】\s*)+")
_UNREAD_COUNT = re.compile(r"^\(\d{1,3}\+?\)\s+")  # a browser tab's '(12) ' of unread notifications


def strip_title_prefix(line: str) -> str:
    """'  :wave: Hiring: Data Engineer' -> 'Data Engineer'; '📊 HIRING: BI Analyst 📊' -> 'BI Analyst'."""
    text = line.strip()
    if text and (unicodedata.category(text[0]) == "So" or unicodedata.category(text[-1]) in ("So", "Mn")):
        text = _strip_symbols(text)
    if text.startswith("("):
        text = _UNREAD_COUNT.sub("", text)
    if text.startswith("【"):
        text = _LENTICULAR_TAG.sub("", text)  # a Japanese board's '【English OK / Visa Support】Pricing Analytics Lead'
    return _PAGE_PREFIX.sub("", _TITLE_PREFIX.sub("", _EMOJI_CODES.sub("", text)).strip())


def _strip_symbols(text: str) -> str:
    """Emoji and other pictographs around a line (Unicode 'So' and variation selectors), not letters or brackets."""
    start, end = 0, len(text)
    while start < end and (unicodedata.category(text[start]) in ("So", "Mn", "Cf") or text[start].isspace()):
        start += 1
    while end > start and (unicodedata.category(text[end - 1]) in ("So", "Mn", "Cf") or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


# A site's search box, breadcrumbs and prompts name roles too: 'Recruiter? Post a job',
# 'Search results › Paralegal jobs', 'Was: site reliability engineer Wo: Leipzig Jobs finden'.
# Matched on the lowered line, the words' leading boundary tested in Python: a case-blind alternation
# that opens with \b is tried at every position and costs several times more.
# A question, a breadcrumb ('Home > Jobs', 'All offers / Data / Senior Data Engineer'), a search or account link.
_NOT_A_HEADLINE = re.compile(
    r"[?›»]|\s>\s|(?:jobs(?!\.[a-z]{2,3}$)|search results|job search|login|log in|sign in|sign up|register|cookies?)\b"
    r"|(?:offers|home|roles|positions|openings|vacancies|careers|startseite|karriere|stellen)\s/\s"  # 'Open roles / Analytics / …'
)
_SEARCH_PROMPT = re.compile(r"(?:was|what|wo|where|qué|dónde|quoi|où)\s*:")
_TWO_LABELS = re.compile(r"\w+:.*\s\w+:")


def _not_a_headline(text: str) -> bool:
    low = text.lower()
    for match in _NOT_A_HEADLINE.finditer(low):
        start = match.start()
        if not match.group(0)[0].isalpha() or start == 0 or not (low[start - 1].isalnum() or low[start - 1] == "_"):
            return True
    if ":" not in low:
        return False
    low = _GENDER_COLON.sub("", low)  # 'Lagerlogistiker:in / Staplerfahrer:in': German's gendered forms, no labels
    return bool(_SEARCH_PROMPT.match(low)) or (low.count(":") >= 2 and bool(_TWO_LABELS.search(low)))


_GENDER_COLON = re.compile(r"(?<=[a-zäöüß]):in(?:nen)?\b")


_SENTENCE_END = re.compile(r"[.?]$")
_ABBREVIATION_END = re.compile(r"\b(?:sr|jr|inc|ltd|co|std|wochenstd|hrs|h)\.$", re.I)  # 'Teilzeit 30 Std.' ends no sentence
_PROSE_START = re.compile(r"^(?:we|you|our|the|this|join|at|as|in|about|note|if|are|do|is)\b", re.I)
_MONEY_START = re.compile(r"[$£€₹]\s?\d")
_NOT_TITLE_WORDS = re.compile(r"\d+\s+(?:days?|hours?|weeks?|months?)\s+ago|https?://|\bapply\b|\d{1,2}:\d\d", re.I)


def looks_like_title(line: str) -> bool:
    text = strip_title_prefix(line)
    text, _ = _without_board(text)  # '... | Nordlicht GmbH | XING Jobs': the board's name casts no doubt on the rest
    if text.endswith(("Jobs", "Careers", "Karriere")):
        text = _TRAILING_SITE.sub("", text)  # 'Senior Analytics Engineer - Lumenfield Health - Jobs': the site's section
    if not text or len(text) > 140 or is_chrome(text) or heading_kind(text):
        return False
    if _SENTENCE_END.search(text) and not _ABBREVIATION_END.search(text) and not has_legal_suffix(text):
        return False  # not '… - Wisła Commerce sp. z o.o.': a legal form's stop ends no sentence
    if _not_a_headline(text):
        return False
    if text.endswith("!") and len(text.split()) > 8:
        return False
    if _PROSE_START.match(text):
        return False
    if _MONEY_START.match(text) or _NOT_TITLE_WORDS.search(text):
        return False
    if " · " in text and _TAG_WORDS.match(text.split(" · ", 1)[0]):
        return False  # 'Internship · Summer 2027': a row of the page's facts, led by the kind of job
    # A row of a board's fields ('Data Engineer, Analytics Platform | Ridgeway Outdoor Co. | Austin, TX (Hybrid) |
    # Full-time | Req ID: …'): the role and the employer are what count.
    words = " | ".join(text.split(" | ")[:2]).split() if text.count(" | ") >= 3 else text.split()
    if len(words) > 16 or (len(words) == 1 and text.lower().endswith("ing")):
        return False  # 'Engineering' alone is a department's link, not a role
    if len(words) >= 9 and sum(word[:1].islower() for word in words) * 10 >= len(words) * 7:
        return False  # 'Maintaining our dbt project together with the analysts and …': a list item, not a role's name
    return names_role(text)


# An agency's trade beside its name ('Data & Technology Recruitment', 'Technology & Data Specialists'), or at the end of
# its tagline ('Specialist Data & Technology Recruitment'): no team and no role.
_AGENCY_TRADES = r"recruitment|recruiting|recruiters|staffing|resourcing|headhunting|executive search|specialists"
_RECRUITING = re.compile(rf"\b(?:{_AGENCY_TRADES})\b", re.I)
_TRADE_END = re.compile(rf"\b(?:{_AGENCY_TRADES})$", re.I)
_SEASON_YEAR = rf"(?:(?:{'|'.join(SEASONS)})\s+)?20\d\d"
# 'Summer 2027 Intern', 'Software Engineer Intern Summer 2027': a cohort's season and year are not part of the role.
_COHORT = re.compile(rf"^{_SEASON_YEAR}\s+(?=\S)|\s+(?:{'|'.join(SEASONS)})\s+20\d\d$", re.I)
# A bare year ends the title only once the headline is cut into segments: 'Graduate Programme 2027 | Early Careers'.
# On the whole line it would leave 'Holiday' of 'Sales Associate - Holiday 2026' to be read as a town.
_COHORT_YEAR = re.compile(r"(?<=\w)\s+20\d\d$")


# A board's word for 'job ad' before the title: 'Offerta di lavoro Magazziniere carrellista', 'VDAB - Vacature Boekhouder'.
_AD_WORDS = r"offre d['’]emploi|oferta de (?:empleo|trabajo|emprego)|offerta di lavoro|vacature|stellenangebot|stellenanzeige"
_AD_PREFIX = re.compile(rf"^(?:{_AD_WORDS})\s+(?=\S)", re.I)
_PAGE_WORDS = re.compile(
    rf"^(?:job application for|application for|apply for|bewerbung als|{_AD_WORDS})\s+"
    # SuccessFactors' tab title: 'Senior Analyst Finanzcontrolling & Reporting (m/w/d) Job Details | Kessler Wendt'.
    r"|\s+job(?: details)?(?=\s*$|\s+[-–|])",
    re.I,
)
_JOB_IN = re.compile(r"\s+job in\s+", re.I)  # 'Pricing Analyst job in Bristol | ...': the place becomes a segment
_WORKLOAD_SUFFIX = re.compile(r"\s+\d{2,3}\s*(?:[-–]\s*\d{2,3}\s*)?%\s*$")
_WORKLOAD_RANGE = re.compile(r"\s+\d{2,3}\s*%?\s*[-–]\s*\d{2,3}\s*%(?=\s|$)")
_WANTED = re.compile(r"\s+(?:wanted|needed|required)[!.]*\s*$", re.I)  # 'Bookkeeper wanted'
_SPACES = re.compile(r"\s+")


def _clean_title(text: str) -> str:
    text = GENDER_TAG.sub(" ", text)
    text = _COHORT.sub("", text.strip())
    text = _WANTED.sub("", text)  # 'Bookkeeper wanted'
    # 'Job Application for Analytics Engineer', 'Credit Risk Analyst job', 'Pricing Analyst job in Bristol'.
    text = _JOB_IN.sub(" - ", _PAGE_WORDS.sub("", text))
    text = _WORKLOAD_SUFFIX.sub("", text)  # 'Senior BI Analyst 80 – 100 %'
    text = _SPACES.sub(" ", text).strip(" -–—|:,")
    return text


# Not the hyphen of a German word cut short before 'und' / 'oder' ('Verkehrs- und Mobilitätsdaten').
# An emoji between words parts them too: '🚨 CONTRACT ROLE – DATA ENGINEER 🚨 Manchester | Hybrid'.
_SEGMENT_BREAK = re.compile(
    r"\s+[-–—|·•]\s+|\s+[-–—]|[-–—]\s+(?!(?:und|oder|bzw\.?|sowie|and|or|en|of|et|ou)\s)|\s*\|\s*"
    rf"|\s+(?:{_EMOJI}\s*)+\s"
)


def _split_segments(text: str) -> list[str]:
    """'Role (A) - B - C (D)' -> ['Role', 'A', 'B', 'C', 'D'], keeping hyphenated words whole."""
    parts: list[str] = []
    depth, current = 0, ""
    for char in text:
        if char in "([":
            if depth == 0:
                parts.append(current)
                current = ""
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
            if depth == 0:
                parts.append(current)
                current = ""
        else:
            current += char
    parts.append(current)
    segments: list[str] = []
    for part in parts:
        segments.extend(_SEGMENT_BREAK.split(part))
    return [s.strip(" -–—,:") for s in segments if s and s.strip(" -–—,:")]


# A rank that names no work of its own ('Assistant Manager', 'Senior Associate', 'AVP').
_RANK_ONLY = re.compile(
    r"(?:(?:senior|junior|assistant|deputy|associate)\s+)?(?:manager|associate|executive|officer|vice president|director)|a?vp",
    re.I,
)
# The business functions a unit is named after: 'Assistant Manager - Finance Analytics', 'Corporate Finance - FP&A'.
_FUNCTIONS = (
    r"Finance|Financial|FP&A|Accounting|Analytics|Data|Marketing|Sales|Risk|Operations|Engineering|Human Resources|HR|IT"
    r"|Technology|Product|Strategy|Compliance|Audit|Tax|Treasury|Pricing|Insights|Reporting|Planning|Controlling"
    r"|Procurement|Supply Chain|Credit|Legal"
)
_FUNCTION_WORD = re.compile(rf"\b(?:{_FUNCTIONS})\b")
_TYPE_WORD = r"(?:cdi|cdd|stage|alternance|freelance|intérim|full[- ]time|part[- ]time|internship|contract|permanent)"
_TYPE_LIST = re.compile(rf"{_TYPE_WORD}(?:\s*,\s*{_TYPE_WORD})+", re.I)
_GENERIC_ROLE = re.compile(
    r"(?:intern|internship|apprentice|trainee|working student|werkstudent(?:in)?|praktikant(?:in)?|stagiaire"
    r"|student(?:er)?medhjælper|studentmedhjelper|studentassistent)",
    re.I,
)


# LinkedIn's page title, in English, German, Italian, Spanish and French: 'Acme hiring Data Analyst in Dublin | LinkedIn',
# 'Kessler GmbH stellt ein: Financial Controller (m/w/d) in Stuttgart, Deutschland | LinkedIn', 'X sta assumendo Y a Milano'.
# French pages say 'recrute pour des postes de …' before the role: the longer forms first, so that the role starts after them.
_LINKEDIN_VERBS = (
    *("is hiring:", "is hiring", "hiring", "stellt ein:", "sucht", "zoekt"),
    # Italian 'sta assumendo per il ruolo di Data Engineer a Bologna': the longer form first.
    *("sta assumendo per il ruolo di", "sta assumendo per la posizione di", "sta assumendo", "está contratando"),
    *(
        "recrute pour des postes de",
        "recrute pour un poste de",
        "recrute pour le poste suivant :",
        "recrute pour le poste de",
        "recrute",
    ),
    # Spanish, Portuguese, Italian, Swedish, Danish and Polish: 'Cestamarket contrata a Product Manager de Analítica en Madrid'.
    *("contrata a", "contrata", "está a contratar", "busca", "assume", "rekryterar", "søger", "zatrudnia"),
    *("contratando a", "contratando"),  # 'Grupo Alcanara contratando a Analista de Datos Financieros en Madrid'
)
_LINKEDIN_TITLE = re.compile(
    rf"^(?P<company>.+?) (?:{'|'.join(_LINKEDIN_VERBS)}) (?P<title>.+?) (?:in|a|en|à) (?P<place>.+?)(?:\s*\|\s*LinkedIn)?$"
)


def _linkedin_title(text: str) -> re.Match[str] | None:
    """LinkedIn's page title split into employer, role and place; tried only where one of its verbs stands, as the
    pattern's lazy opening would try every split of the line."""
    return _LINKEDIN_TITLE.match(text) if any(f" {verb} " in text for verb in _LINKEDIN_VERBS) else None


_ARTICLE = re.compile(r"^(?:een|a|an|un|une|ein|eine|una)\s+(?=[A-Z])")
_LINKEDIN_PAGE = re.compile(rf" (?:{'|'.join(_LINKEDIN_VERBS)}) .+ \| LinkedIn$")


def _employer_segment(text: str) -> bool:
    """A page title's part that can be the employer: not a place alone, not 'Job Linz'."""
    places, unknown = places_in_line(text)
    # A city's name alone that several countries share ('Analista de Datos - Valencia | InfoJobs') is still a place.
    city = any(c.population >= 100_000 for c in gazetteer().cities.get(fold(text), ()))
    return _company_like(text) and not (places and not unknown) and not city and not text.lower().startswith(("job ", "jobs "))


def _city_name(text: str) -> bool:
    """A city's name, though several countries have one ('Valencia')."""
    return fold(text) in gazetteer().cities


_LAST_SEGMENT = re.compile(r"\s*(?:\||\s[-–—])\s*([^|–—]+?)\s*$")


# A public body, named by its kind: 'National Transport Data Office' last in English, first in German ('Bundesamt für
# Verkehrsstatistik und Mobilitätsdaten', 'Landesamt für …').
_PUBLIC_BODY = re.compile(
    r"^(?:[A-Z]\w*\s+){1,5}(?:Office|Agency|Authority|Council|Ministry|Commission|Bureau)$"
    r"|^(?i:[A-ZÄÖÜ][a-zäöüß]+)?(?i:amt|anstalt|agentur|ministerium|behörde|institut|zentrale|verwaltung|direktion|zentrum)"
    r" (?:für|der|des) [A-ZÄÖÜ][\w-]*(?: (?:und|für|der|des|[A-ZÄÖÜ][\w-]*)){0,6}$"
)
# Grades of the Irish and British civil services, which name a level, not a job.
_GRADE = re.compile(
    r"(?:(?:higher|senior) )?executive officer|clerical officer|administrative (?:officer|assistant)|assistant principal(?: officer)?"
    r"|principal officer|grade [67]|[hs]?eo|aa|ao",
    re.I,
)


# "Customer Success Manager in Dublin", 'Analista de Datos en Valencia', 'Data Engineer a Milano', '… em Campinas - SP'.
# The last 'em': 'Estágio em X em Campinas - SP'; a French department's number after the town: 'à Bordeaux (33)'.
_PLACED = re.compile(r"^(.+) (?:in|en|em|à|a) ([A-Z][\w .,'-]+?)(?:\s*\(\d{1,3}\))?$")


def _without_board(text: str) -> tuple[str, bool]:
    """A page title without the board's name that closes it ('BI Developer bei Rheinblick GmbH | kununu'), and
    whether there was one."""
    board = _LAST_SEGMENT.search(text) if ("|" in text or " - " in text or " – " in text) else None
    if board and is_board(board.group(1)):
        return text[: board.start()], True
    return text, False


# '… @ Pebblefin', '… at Mavuno Pesa Limited', '… bei Elbkontor Logistik GmbH': a role or a unit, then the employer.
_TITLE_AT = re.compile(r"^(?P<title>.+?)\s+(?:at|@|bei|chez|bij|till|hos)\s+(?P<company>[A-Z][\w&.,' -]{1,60})$")


def parse_headline(line: str, known_company: str | None = None, names: frozenset[str] = frozenset()) -> Headline:
    """Split a headline. `names` are names the text uses of itself ('About Fernhill'), to tell a company segment from a team."""
    head = Headline(line=line)
    text = _clean_title(strip_title_prefix(line))
    linkedin = _linkedin_title(text)
    if linkedin:
        head.company = linkedin.group("company").strip()
        text = _ARTICLE.sub("", linkedin.group("title"))  # Dutch 'Stroomwerk zoekt een BI Developer in Utrecht'
        head.places.append(linkedin.group("place"))
    text, on_board = _without_board(text)
    if "%" in text:
        text = _WORKLOAD_RANGE.sub("", text)  # 'Data Analyst (w/m/d) 80 – 100 % - Limmatwerk': its dash splits no segment
    at = _TITLE_AT.match(text)
    if at is None and " | " in text and " bei " in text:
        # 'Werkstudent Data Analytics (m/w/d) in Hamburg bei Elbkontor Logistik GmbH | Stellenhafen': a board the list
        # of boards does not know closes the tab; the employer is the one 'bei' names.
        at = _TITLE_AT.match(text.rsplit(" | ", 1)[0])
    if at and looks_like_title(at.group("title")):
        company = at.group("company").strip()
        where = _PLACED.match(company)
        if where and parse_places(where.group(2))[1]:
            company = where.group(1)  # 'bei Nordkai Logistik SE in Hamburg': the employer, then where
            head.places.append(where.group(2))
        unit, dash, employer = company.partition(" - ")
        if dash and at.string[at.end("title") : at.start("company")].strip() == "till" and _company_like(employer):
            # Swedish 'BI-utvecklare till Affärsanalys - Kvarnbo Energi': the role is for a unit, then the employer.
            company, head.team = employer, unit
        head.company = head.company or company
        # 'Docent wiskunde (0,6 fte) | Werken bij Van Houten Lyceum', '… - Job bei Donaublick GmbH': the site's words.
        text = _SITE_BEFORE_AT.sub("", at.group("title"))
    placed = _PLACED.match(text)
    spot = placed.group(2).replace(" - ", ", ") if placed else ""  # 'Campinas - SP': a city and its state
    if placed and looks_like_title(placed.group(1)) and (parse_places(spot)[1] or _city_name(spot.split(",")[0])):
        # "Customer Success Manager in Dublin": a role and where it is.
        text = placed.group(1)
        head.places.append(spot)
    segments = [_AD_PREFIX.sub("", segment) for segment in _split_segments(text)]
    if not segments:
        return head
    role_parts: list[str] = []
    extras: list[str] = []
    for index, segment in enumerate(segments):
        kind = _classify(segment, head, known_company)
        if kind == "role" and (not role_parts or not extras):
            role_parts.append(segment)
        elif kind == "other":
            extras.append(segment)
        if index == 0 and kind != "role":
            # A headline opens with its role; a leading tag such as [Remote] has been taken.
            continue
    if not role_parts:
        return head
    # 'Ondaverde Mobility - Analytics Engineer': a careers site's tab title, the employer before the role.
    dashed = text.startswith(segments[0]) and text[len(segments[0]) :].lstrip()[:1] in ("-", "–", "—", "|")
    leading = len(segments) == 2 and dashed and extras and extras[0] == segments[0] and head.company is None
    if leading and _employer_segment(extras[0]) and not _UNIT_WORDS.search(extras[0]):
        head.company = extras.pop(0)
    at_company = _TITLE_AT.match(role_parts[0])
    for position, extra in enumerate(extras):
        # BrighterMonday's 'Data Analyst - Credit Risk at Mavuno Pesa Limited': the team, then the employer.
        split = _TITLE_AT.match(extra) if head.company is None and at_company is None else None
        if split and _company_like(split.group(2)) and not is_board(split.group(2)):
            head.company, extras[position] = split.group(2).strip(), split.group(1)
    if at_company and looks_like_title(at_company.group(1)) and not is_board(at_company.group(2)):
        # '[Hiring] Founding Product Designer @ Pebblefin – Remote (US/Canada)'
        head.company = head.company or at_company.group(2).strip()
        role_parts[0] = at_company.group(1)
    if len(role_parts) > 1 and _GRADE.fullmatch(role_parts[0]):
        role_parts.pop(0)  # 'Higher Executive Officer - Data Analyst': a civil service's grade, then the role
    head.title = " - ".join(role_parts) if len(role_parts) > 1 and not names_role(role_parts[-1]) else role_parts[0]
    head.title = _WORKLOAD_SUFFIX.sub("", head.title)  # 'Data Engineer (w/m/d) 80–100 % | …': the workload of a segment
    head.title = _COHORT_YEAR.sub("", head.title)  # 'Data & Analytics Graduate Programme 2027': the intake's year
    pieces = head.title.split(", ")
    registered = next(
        (i for i, piece in enumerate(pieces) if i and (has_legal_suffix(piece) or _PUBLIC_BODY.search(piece))), None
    )
    if registered is not None:
        # Pracuj's 'DevOps Engineer, Wisłosoft Sp. z o.o., Kraków, Podgórze': the role, the employer, then where;
        # 'Data Analyst, National Transport Data Office': a public body.
        head.company = head.company or pieces[registered]
        head.places += pieces[registered + 1 :]
        pieces = pieces[:registered]
    while len(pieces) > 1 and _classify(pieces[-1], head, known_company) == "tag":
        pieces.pop()  # 'Rust engineer, 6-month contract, fully remote': the role before its terms
    head.title = ", ".join(pieces)
    if " til" in head.title and (nordic := _TITLE_TILL.match(head.title)) and looks_like_title(nordic.group(1)):
        # 'BI-utvecklare till Kvarnberg Sparbank', 'Erfaren dataanalytiker til Kunde & Marked': the role, then the
        # employer or the unit it is for.
        head.title, whom = nordic.group(1), nordic.group(2)
        if _GENERIC_ROLE.fullmatch(head.title):
            head.title = nordic.group(0)  # 'Studentermedhjælper til Data & Analytics': a student's job names its field
        if has_legal_suffix(whom) or (known_company and known_company.lower().startswith(whom.lower())) or whom in names:
            head.company = head.company or whom
        else:
            head.team = head.team or whom
    if " team" in head.title and (teamed := _TITLE_FOR_TEAM.match(head.title)):
        # A post's 'We're hiring: BI Developer for our Finance Insights team 📊': the role, then the team it joins.
        head.title, head.team = teamed.group(1), head.team or teamed.group(2)
    if " in " in head.title and (placed := _TITLE_IN_PLACE.match(head.title)) and _all_places(placed.group(2)):
        # iCIMS's 'Product Analyst, Checkout & Payments in Amsterdam, Netherlands': the place after the role.
        head.title = placed.group(1)
        head.places.append(placed.group(2))
    typed = re.match(
        r"^(contract|temporary|temp|freelance|interim|part[- ]time|full[- ]time|permanent|seasonal)\s+(?=\S)", head.title, re.I
    )
    if typed and names_role(head.title[typed.end() :]):
        head.employment_type = head.employment_type or typed.group(1)
        head.title = head.title[typed.end() :]
    # 'Sachbearbeiter in Teilzeit', 'Lohnverrechner:in Teilzeit 20 Std./Woche': the hours after the role.
    trailing = re.search(
        r"\s+(?:(?:in|en|à|a)\s+)?(teilzeit|vollzeit|part[- ]time|full[- ]time|temps partiel|temps plein|freelance)"
        r"(?:\s+\(?\d+(?:[.,]\d+)?\s*(?:-\s*\d+\s*)?(?:std\.?|stunden|h|hrs?|hours?)(?:\s*/\s*(?:woche|week|wk))?\)?)?$",
        head.title,
        re.I,
    )
    if trailing:
        head.employment_type = head.employment_type or trailing.group(1)
        head.title = head.title[: trailing.start()]
    if len(role_parts) > 1 and head.title == role_parts[0]:
        # 'Data Scientist - Machine Learning': the part after the role names its field; not 'Contrôleur de Gestion –
        # Business Analyst', a second name for the role.
        extras = [part for part in role_parts[1:] if not names_role(part)] + extras
    if head.title.isupper() and " " in head.title:
        head.title = _unshouted(head.title)  # 'DATA ENGINEER' in a post's announcement: 'Data Engineer'
    if _GENERIC_ROLE.fullmatch(head.title) and extras and len(extras[0].split()) <= 4:
        # 'Intern – Marketing & Events': a role that names no field takes its field from the next segment.
        head.title = f"{extras.pop(0)} {head.title}"
    if _RANK_ONLY.fullmatch(head.title) and extras and _FUNCTION_WORD.search(extras[0]) and _team_like(extras[0]):
        # 'Assistant Manager - Finance Analytics': a rank alone names no job; its function does (and is the team too).
        dashed_title = next(
            (f"{head.title}{dash}{extras[0]}" for dash in (" - ", " – ", " — ") if f"{head.title}{dash}{extras[0]}" in text), None
        )
        head.title = dashed_title or head.title
    if on_board and head.company is None and len(extras) == 1 and _employer_segment(extras[0]):
        # 'Pricing Analyst | Marlow & Kent Insurance | Totaljobs': on a board's page title, the one other part is the employer.
        head.company = extras.pop()
    section = next((i for i, segment in enumerate(segments) if i and _SITE_SEGMENT.fullmatch(segment)), None)
    if section and head.company is None:
        # 'Junior Analytics Engineer | Karriere | RheinKontor Versicherungsgruppe', 'Werkstudent … – Hafenkontor
        # Handelsgesellschaft – Karriere': the site's owner beside its section.
        # The part after the section first: 'Data Analyst – Pricing | Lavora con noi | Bianchetti Assicurazioni'.
        beside = segments[section + 1 : section + 2] + segments[section - 1 : section]
        owner = next((part for part in beside if part in extras and _employer_segment(part)), None)
        if owner:
            head.company = owner
            extras.remove(owner)
    for extra in extras:
        named = next(
            (
                n
                for n in names
                if extra.lower() in (n.lower(), without_legal_suffix(n).lower()) or extra.lower().startswith(n.lower() + " ")
            ),
            None,
        )
        agency = _AGENCY.search(extra) and "cquisition" not in extra and _employer_segment(extra)
        if named or (
            head.company is None and (has_legal_suffix(extra) or _PUBLIC_BODY.search(extra) or agency)
        ):  # 'Harbourline Finance DAC' is no team, nor 'Liffey Talent Partners' (a recruiter, not 'Talent Acquisition')
            head.company = head.company or extra
            continue
        site = _site_name(extra)
        if head.company is None and site != extra and _company_like(site):
            head.company = site  # 'BI Developer | Fietsdeal Careers': the employer's careers site
            continue
        if known_company and extra.lower().startswith(known_company.lower()):
            rest = extra[len(known_company) :].strip(" -–—")
            head.company = head.company or known_company
            if rest and head.team is None:
                head.team = rest
                head.team_in_brackets = True
        elif (
            head.team is None
            and len(extra.split()) <= 8
            and not _BOARD_TAG.match(extra)
            and not any(f"{place} ({extra})" in line for place in head.places)
        ):
            # Not 'Dubai (DIFC)', 'Berlin (Mitte)': a bracket after a place names a part of it.
            head.team = extra
            head.team_in_brackets = any(extra in inside for inside in re.findall(r"[(\[]([^)\]]+)[)\]]", line))
    return head


_TITLE_TILL = re.compile(r"^(.+?\S)\s+till?\s+((?:[A-ZÅÄÖÆØ][\w&'-]*|&)(?: (?:[A-ZÅÄÖÆØ][\w&'-]*|&)){0,4})$")
_TITLE_FOR_TEAM = re.compile(
    r"^(.+?\S)\s+(?:for|in|on|to join) (?:our|the) ((?:[A-Z][\w&/'-]*|&)(?: (?:[A-Z][\w&/'-]*|&)){0,4}) team$"
)
_TITLE_IN_PLACE = re.compile(r"^(.+?\S)\s+in\s+([A-ZÀ-Þ][\w'’. -]{1,40})$")
_START_SEGMENT = re.compile(rf"(?:20\d\d\s+)?(?:start|intake)|(?:start|beginn|ab|from)\s*:?\s*(?:{MONTH_RE}\s+)?20\d\d", re.I)
_WORKLOAD_SEGMENT = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:[-–]\s*\d+(?:[.,]\d+)?\s*)?(?:%|fte|(?:h|hrs?|hours?|std\.?|stunden)(?:(?:/| per )w(?:ee)?k|/woche)?)",
    re.I,
)
_ID_SEGMENT = re.compile(r"(?:[A-Z]{1,5}[-_]?)?\d{4,10}")
_NOTICE_SEGMENT = re.compile(
    # A shift pattern: 'Supervisor de Bodega - Turno Rotativo', 'HGV Driver - Nights'.
    r"(?:(?:rotating|rotational|night|day|evening|weekend|late|early|swing)\s+shifts?|nights?|weekends?|turnos?\s+\w+"
    r"|schichtdienst|wechselschicht|nachtschicht|travail de nuit"
    r"|20\d\d|\d+[\s-]*(?:months?|weeks?)(?:\s+contract)?|(?:outside|inside) ir(?:35)?|asap(?: start)?|immediate start"
    r"|new opening!?|now hiring!?|urgent(?:ly)? hiring!?|hiring now!?|immediate(?:ly)? hiring!?|apply today!?)",
    re.I,
)
# The language the job is done in: 'Agente de Servicio al Cliente Bilingüe (Inglés)', 'Account Manager (German speaking)'.
_LANGUAGE_SEGMENT = re.compile(
    r"(?:(?:fluent|native)\s+)?(?:english|ingl[eé]s|inglês|anglais|englisch|german|deutsch|alem[aá]n|allemand|french|fran[cç]ais"
    r"|franc[eé]s|francês|spanish|español|espanhol|portuguese|português|portugu[eé]s|italian|italiano|dutch|nederlands"
    r"|polish|mandarin|japanese|japon[eé]s|korean|arabic|[aá]rabe|swedish|danish|norwegian|finnish|bilingual|biling[uü]e|bilíngue)"
    r"(?:\s+(?:speaking|speaker|native|required|fluent|[ABC][12]))?",
    re.I,
)
_SITE_WORDS = (
    r"(?:careers?|early careers|graduate careers|jobs|karriere|stellenangebote?|job openings|job postings|job listings|open positions|current openings|current vacancies|vacancies"
    r"|employment opportunities|emplois|carrières|offres d'emploi|work with us|join us|lavora con noi|trabaja con nosotros"
    r"|werken bij|vacatures|vacantes|empleos|bolsa de trabajo|karriereportal|career portal|jobportal|carreiras|carreras"
    r"|trabalhe conosco)(?:\s*/\s*(?:careers?|jobs))?"  # 'Lavora con noi / Careers'
)
# 'Analytics Engineer (m/w/d) | Karriere | Brandauer AG': the site's section, not a team.
_SITE_SEGMENT = re.compile(rf"\s*{_SITE_WORDS}\s*", re.I)
_SITE_BEFORE_AT = re.compile(
    r"\s*[-–—|]\s*(?:werken|arbeiten|jobs?|karriere|careers?|work|jobba|travailler|trabajar|trabalhar|lavorare)$", re.I
)
_TRAILING_SITE = re.compile(rf"\s+[-–—|]\s+{_SITE_WORDS}$", re.I)


def is_site_title(line: str) -> bool:
    """Whether a line is a careers site's own title, its section first or last: 'Careers | Marlow & Finch Insurance',
    'Senior Analyst - Lumenfield Health - Jobs'."""
    parts = re.split(r"\s+[-–—|]\s+|\s*\|\s*", line.strip())
    return len(parts) >= 2 and bool(_SITE_SEGMENT.fullmatch(parts[0]) or _SITE_SEGMENT.fullmatch(parts[-1]))


_PAY_SEGMENT = re.compile(r"[$£€₹]\s?\d|\d\s?(?:k|K)\b.*(?:per|/)|\bper (?:hour|day|annum|year|week|month)\b")


_WORKPLACE_WORDS = {"on-site": "onsite", "in-office": "onsite", "presencial": "onsite"}
_WORKPLACE_WORDS |= {word: "remote" for word in ("remoto", "remota", "teletrabajo")}
_WORKPLACE_WORDS |= {word: "hybrid" for word in ("hibrido", "híbrido", "hibrida", "híbrida")}


def _classify(segment: str, head: Headline, known_company: str | None) -> str:
    """What a headline segment is; decorations are recorded on the Headline."""
    workplace = WORKPLACE_TAG.match(segment)
    if workplace:
        word = workplace.group(1).lower()
        head.workplace = _WORKPLACE_WORDS.get(word, word)
        return "tag"
    if START_TAG.fullmatch(segment.strip()) or _START_SEGMENT.fullmatch(segment):
        head.start = segment
        return "tag"
    if _WORKLOAD_SEGMENT.fullmatch(segment):
        return "tag"  # a workload: '0,8 fte', '80-100%', '20 hours/week'
    if _ID_SEGMENT.fullmatch(segment.strip()):
        head.job_id = segment.strip()
        return "tag"
    if DEGREE_TAG.match(segment):
        head.degree_tag = segment
        return "tag"
    if TYPE_TAG.match(segment):
        head.employment_type = segment
        return "tag"
    if _TYPE_LIST.fullmatch(segment.strip()):
        return "tag"  # Welcome to the Jungle's 'CDI, Stage, Alternance': the site's kinds of job, not this one's
    if _ANNOUNCEMENT_ALONE.fullmatch(_strip_symbols(segment).strip()):
        return "tag"  # 'VAGA ABERTA – Engenheiro(a) de Dados': the post's announcement, not an employer
    if _NOTICE_SEGMENT.fullmatch(segment) or _SITE_SEGMENT.fullmatch(segment) or _LANGUAGE_SEGMENT.fullmatch(segment):
        return "tag"
    if _PAY_SEGMENT.search(segment):
        return "tag"
    if is_skill_name(segment):
        return "tag"
    places, complete = parse_places(segment)
    if not complete and (" / " in segment or segment.rstrip()[-1:].isdigit()):
        # '(Helsinki / remote in Finland)': a city, or the country from home; 'Dublin 2': a city and its postal district.
        complete = _all_places(segment)
    if complete and not names_role(segment):
        head.places.append(segment)
        return "tag"
    if segment.strip() in WORLD_REGIONS:
        return "tag"  # 'Senior Analytics Engineer (LATAM)': where candidates may be, not a team
    if segment.isupper() and _GRADE.fullmatch(segment.strip()):
        return "tag"  # 'Data Analyst (HEO) - Property Statistics': a civil service grade, not a team
    if known_company and segment.lower() == known_company.lower():
        head.company = head.company or known_company
        return "tag"
    if looks_like_title(segment) and not (known_company and segment.lower().startswith(known_company.lower())):
        return "role"
    return "other"


# '📣 We're hiring! …', '📣 NEW ROLE – Analytics Engineer | Amsterdam', '🚨 CONTRACT | Analytics Engineer | £550 per day':
# a post's announcement of its role.
_ANNOUNCED = (
    r"(?:(?:we(?:'re| are)|i(?:'m| am)) hiring|now hiring|hiring|new (?:role|job|position|opening)"
    r"|(?:new )?(?:contract|permanent|freelance|interim)(?: role| job| position| opportunity)?"
    # The same announcement in Portuguese, Spanish and French: 'VAGA ABERTA –', '¡Nueva vacante!', 'On recrute :'.
    r"|vaga aberta|nova vaga|(?:nueva )?vacante|estamos contratando|on recrute|nous recrutons)"
)
_HIRING_LINE = re.compile(rf"{_ANNOUNCED}\s*(?:[:!|–—-]|{_EMOJI})", re.I)
_ANNOUNCEMENT_ALONE = re.compile(rf"{_ANNOUNCED}[!.]*", re.I)  # '🚨 CONTRACT OPPORTUNITY 🚨', its role on the next line
# 'We are looking for a', 'they need an': the words before a sentence's role, in capitals or (below) in lower case.
# 'we're welcoming two data science interns to …': a programme's roles, counted.
_SEEKING = (
    r"\b(?:(?:looking for|seeking|hiring|recruiting|need|needs|welcoming)\s+"
    r"(?:an?|our(?: next| first| new)?|the|two|three|four|five|several)"
    # '… curious students to join us as a Data Analyst Intern from February 2027'.
    r"|join us as (?:an?|our))\s+"
)
# The role in capitals after those words, and the word after it ('… Solicitor (Commercial Property) with').
_SOUGHT = (
    r"((?:(?:[A-Z][\w/&+.-]*|&)\s+){0,4}[A-Z][\w/&+.-]*)"  # 'Financial Planning & Analysis Analyst'
    # 'Data Analyst interns to join …': a programme's role named in the plural, in lower case after its field.
    r"(?:\s+(intern|trainee|working student|apprentice)s?)?"
    r"(?:\s+\([^()]{1,40}\))?\s+(?:to|who|for|with|in|at|on|from|para|que|pour|qui|til|som|hos)\b"
)
_COHORT_PLURAL = re.compile(r"\b(Intern|Trainee|Apprentice|Werkstudent|Working Student)s$")
_SENTENCE_TITLE = re.compile(
    rf"(?:{_SEEKING}|\b(?:looking for|seeking|hiring)\s+(?=[A-Z]))(?:[a-z][\w-]*,?\s+(?:and\s+|or\s+)?){{0,4}}{_SOUGHT}"
)
# Spanish, Portuguese and French: 'Buscamos un/a Analytics Engineer para …', 'Nous recherchons un(e) Data Analyst pour …'.
# A pattern of its own behind its words: in the English one's alternation it slowed every line's scan.
_SENTENCE_TITLE_ROMANCE = Cue(
    ("buscamos", "buscando", "procuramos", "procura de", "recherchons", "recrutons", "cherchons"),
    re.compile(
        r"\b(?:[Bb]uscamos|estamos buscando|[Pp]rocuramos|estamos à procura de|recherchons|recrutons|cherchons)\s+"
        rf"(?:un/a|un\(a\)|una?|um\(a\)|uma?|un\(e\)|une?|un\.e|un·e)\s+{_SOUGHT}"
    ),
)


# Norwegian, Danish and Swedish: 'Vi søker en Senior Data Engineer til et av Norges …', 'Vi söker en BI-utvecklare som'.
_SENTENCE_TITLE_NORDIC = Cue(
    ("vi søker", "vi søger", "vi söker", "vi leter etter"),
    re.compile(rf"\b[Vv]i (?:søker|søger|söker|leter etter) (?:nå )?(?:en|ei|et|ett) {_SOUGHT}"),
)


# 'on a brand-new Head of Analytics role', 'for an exciting Senior Data Engineer role': the role before its noun.
_ROLE_NOUN_TITLE = re.compile(
    r"\b(?:on|for|with) an? (?:brand[- ]new |new |exciting |fantastic |great |newly created )?"
    r"((?:[A-Z][\w/&+.-]*\s+|of\s+){0,5}[A-Z][\w/&+.-]*) role\b"
)
# Polish: 'Szukam Senior Data Engineera do zespołu Data Platform', 'Poszukujemy Analityka Danych w …'.
_SENTENCE_TITLE_PL = Cue(
    ("szukam", "poszukuj", "rekrutuj"),
    re.compile(
        r"\b(?:[Ss]zukam|[Ss]zukamy|[Pp]oszukuj(?:ę|emy)|[Rr]ekrutuj(?:ę|emy))(?: na stanowisko)?"
        r" ((?:[A-ZŁŚŻŹĆ][\w/&+.-]*\s+){0,4}[A-ZŁŚŻŹĆ][\w/&+.-]*)(?=\s+(?:do|w|we|z|na|dla)\b|[,.!])"
    ),
)
# The role's last word in the accusative after those verbs: 'Engineera', 'Analityka', 'Architekta' (not 'Specjalista',
# whose nominative ends so).
_ACCUSATIVE = re.compile(r"(?:(?<=er|or|yk|kt)|(?<=yst))a$")


# German: 'Wir suchen zum 01.03.2027 eine*n Werkstudent*in Data Engineering für 16–20 Stunden pro Woche'.
_SENTENCE_TITLE_DE = re.compile(
    r"\b(?:[Ww]ir suchen|suchen wir)(?: zur Verstärkung unsere[sr] [^,.\n]{1,60}?(?= eine| einen))?"  # '… unseres Teams X in Y eine*n …'
    r"(?: (?:ab sofort|zum nächstmöglichen Zeitpunkt|(?:zum|ab)(?: dem)? [\w. ]{1,20}?20\d\d))?"
    r"(?: in (?:Voll|Teil)zeit(?: \([^()\n]{1,30}\))?)?"  # '… zum 01.02.2027 in Teilzeit (30 Wochenstunden) eine:n …'
    # 'suchen wir … eine engagierte Persönlichkeit als Data Analyst Controlling (w/m/d)', 'suchen wir Sie als …'.
    r" (?:(?:eine?|einen) (?:[a-zäöü][\w-]* ){0,2}(?:Persönlichkeit|Verstärkung|Unterstützung|Kolleg\w*|Mitarbeiter\w*) als"
    r"|(?:Sie|[Dd]ich) als(?: (?:eine?[*:/_]?[nr]?|einen))?|eine?[*:/_]?[nr]?|einen)"
    r" ((?:[A-ZÄÖÜ][\w*:/&+.-]*\s+){0,4}[A-ZÄÖÜ][\w*:/&+.-]*)"
    r"(?=\s*\(|\s+(?:für|in|zur|zum|ab|mit|im|der|die|das|als)\b|[,.])"
)
_GERMAN_ENDING = re.compile(r"[*:/_]in(?:nen)?\b")  # 'Werkstudent*in', 'Analyst:in' (GENDER_TAG takes '(m/w/d)')

# 'As a Data Engineer on the Ads Measurement Platform team, you will ...': a posting without a headline names its
# role where it tells the reader what they will do.
_AS_ROLE = re.compile(
    r"\bAs an? ((?:[A-Z][\w/&+.-]*\s+){0,4}[A-Z][\w/&+.-]*)(?:,|\s+(?:on|in|at|for|with|within|you)\b)"
    # 'Then Spaarnewerk is looking for you as our new BI Analyst.'
    r"|\bfor you as (?:our|a|an)(?: new| next)? ((?:[A-Z][\w/&+.-]*\s+){0,4}[A-Z][\w/&+.-]*)(?=[.,!]|\s+(?:in|at|to|who)\b)"
)


# A forwarded or pasted e-mail's subject line, which is its headline: 'Subject: Senior Data Engineer | Dubai | …'.
_EMAIL_SUBJECT = re.compile(
    r"^\s*(?:subject|betreff|objet|asunto|assunto|oggetto|onderwerp|ämne|emne)\s*:\s*(?:(?:re|fwd?|aw|wg|tr|sv)\s*:\s*)*"
    # A recruiter's subject line opens with its word for the job: 'Opportunity: Procurement Manager (Indirect) | …'.
    r"(?:(?:new |exciting |job |career )?(?:opportunity|role|vacancy|position)\s*[:–-]\s*)?",
    re.I,
)


# A search page's tab: the visitor's query in lower case, then the engine ('analytics engineer cork - Google Search').
_QUERY_TAB = re.compile(r"[^A-Z]+ [-–|] Google(?: Search| Jobs)?")


def _name_and_title(line: str, header: list[str]) -> bool:
    """SmartRecruiters' tab 'Harbourline Logistics Data Scientist, Network Optimization | SmartRecruiters': two of the
    page's own lines, the employer's name and the title, run together; the title's own line is the headline."""
    tab = line.split(" | ", 1)[0]
    return any(
        len(other) < 60 and tab.startswith(other + " ") and tab[len(other) + 1 :] in header for other in header if other != line
    )


def find_headline(doc: Document) -> Headline:
    """The headline: a 'Job Title:' label, else the first header line that reads like a role, else a weaker label."""
    company = _company_from_labels(doc) or _company_from_body(doc)
    lines = doc.head_lines()
    stop = len(doc.header) + 60  # the header and the text's first 60 lines
    strong = label_value(lines, r"job title|position title|title of (?:the )?position|stellenbezeichnung|intitulé du poste", stop)
    candidates: list[tuple[str, int]] = [(strong[0], -1)] if strong else []
    # A line in lower case only is a search box's query ('sous chef'), not the posting's headline; a post's
    # author's headline is the author's own job.
    author = post_author(doc)
    mine = author.headline if author else None
    candidates += [
        (_EMAIL_SUBJECT.sub("", line) if ":" in line else line, index)
        for index, line in enumerate(doc.header[:20])
        if line != line.lower() and line != mine and not _QUERY_TAB.fullmatch(line) and not _name_and_title(line, doc.header[:20])
    ]
    weak = label_value(lines, r"position|role|title|stelle|poste|job", stop)
    candidates += [(weak[0], -1)] if weak else []
    for text, index in candidates:
        if looks_like_title(text) or ("LinkedIn" in text and _LINKEDIN_PAGE.search(text)):
            head = parse_headline(text, company, _self_names(doc))
            if head.title and not _TRADE_END.search(head.title) and not _is_department(head.title):
                head.index = index if index >= 0 else _header_index(doc, head.title)
                return head
    for index, line in enumerate(doc.lines[:40]):
        # A post's own announcement below a profile or feed header: '📊 HIRING: Senior BI Analyst – Amsterdam 📊'.
        low = line.lower()
        announced = (
            "hiring" in low
            or "new " in low
            or low.lstrip("🚨📣📢🔥 ").startswith(("contract", "permanent", "freelance", "interim"))
        )
        # The role is the announcement's first part: '🚀 NEW ROLE: Analytics Engineer | Manchester (hybrid – 1 day a
        # week in the office) | up to £60,000 + 10% bonus 🚀' is too long a line to read as a title whole.
        if not announced:
            continue
        stripped = _strip_symbols(line.strip())
        if _ANNOUNCEMENT_ALONE.fullmatch(stripped):
            # '🚨 CONTRACT OPPORTUNITY 🚨' alone, then 'Senior Data Engineer | Manchester (hybrid) | £525 …'.
            line = next((following for following in doc.lines[index + 1 : index + 3] if following.strip()), "")
            announced_role = _strip_symbols(line.strip())
        else:
            hiring = _HIRING_LINE.match(stripped)
            announced_role = stripped[hiring.end() :] if hiring else ""
        if announced_role and looks_like_title(announced_role.split(" | ")[0]):
            head = parse_headline(line, company, _self_names(doc))
            if head.title:
                return head
    # A role a sentence names in capitals, each way of saying it tried through the text in turn.
    for read, reach in ((_sought_role, 25), (_gesuchte_rolle, 25), (_as_role, 40)):
        for role in map(read, doc.lines[:reach]):
            if role and names_role(role) and looks_like_title(role):
                role = _COHORT_PLURAL.sub(r"\1", role)  # 'looking for Data Scientist Interns to join': one of them
                return Headline(line="", title=role, index=-1, from_sentence=True)
    for line in doc.lines[:25]:
        match = _SENTENCE_ROLE.search(line)
        role = _role_words(match.group(1)) if match else _dutch_role(line)
        if role:
            return Headline(line="", title=role, index=-1, from_sentence=True)
    return Headline()


# A careers site's department over the title ('Science & Engineering - Data Science', then 'Lead Data Scientist'):
# two fields joined by '&', the last of them no person's role.
_FIELDS = r"Engineering|Science|Technology|Operations|Analytics|Finance|Marketing|Sales|Research|Development|Design|Product|Data"
_DEPARTMENT = re.compile(rf"(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*\s+&\s+(?:[A-Z][\w-]*\s+){{0,2}}(?:{_FIELDS})")
# The fields alone, taken out before asking whether a title names a role ('Engineering' names one too, alone).
_FIELD_NAMES = re.compile(rf"\b(?:{_FIELDS})\b")


def _is_department(text: str) -> bool:
    """'Research & Development', not 'Intern Data & Analytics' (a role in a department)."""
    return bool(_DEPARTMENT.fullmatch(text)) and not names_role(_FIELD_NAMES.sub(" ", text))


def _sought_role(line: str) -> str | None:
    """'We are looking for Data Analyst interns to join …' -> 'Data Analyst Intern'."""
    if polish := _SENTENCE_TITLE_PL.search(line):
        return _ACCUSATIVE.sub("", polish.group(1))
    if " role" in line and (named := _ROLE_NOUN_TITLE.search(line)) and names_role(named.group(1)):
        return named.group(1)  # a recruiter's 'partnering with Pellham & Rowe on a brand-new Head of Analytics role'
    match = _SENTENCE_TITLE.search(line) or _SENTENCE_TITLE_ROMANCE.search(line) or _SENTENCE_TITLE_NORDIC.search(line)
    if match is None:
        cohort = _COHORT_SENTENCE.search(line) if "looking for" in line else None
        return f"{cohort.group(1).title()} {cohort.group(2).title()}" if cohort else None
    return f"{match.group(1)} {match.group(2).title()}" if match.group(2) else match.group(1)


# 'We are looking for data analyst interns to join Risk Analytics': a cohort's role all in lower case, which only a
# role word before 'interns' (or trainees, apprentices) marks as a title rather than a phrase of the sentence.
_COHORT_SENTENCE = re.compile(
    r"\blooking for ((?:[a-z]+ ){0,3}(?:analyst|engineer|scientist|developer|designer|consultant|specialist))"
    r" (intern|trainee|apprentice)s (?:to|who|for|with|in|at|on|from)\b"
)


def _gesuchte_rolle(line: str) -> str | None:
    """'Wir suchen zum 01.03.2027 eine*n Werkstudent*in Data Engineering für …' -> 'Werkstudent Data Engineering'."""
    match = _SENTENCE_TITLE_DE.search(line) if "uchen" in line else None
    return _clean_title(_GERMAN_ENDING.sub("", match.group(1))) if match else None


def _as_role(line: str) -> str | None:
    """'As a Data Engineer on the Ads team, you …', 'looking for you as our new BI Analyst' -> the role."""
    match = _AS_ROLE.search(line) if "As a" in line or "for you as" in line else None
    return (match.group(1) or match.group(2)) if match else None


# 'We're now looking for a product analyst who ...': the role in lower case, from the words that end in a role noun.
_SENTENCE_ROLE = re.compile(rf"{_SEEKING}((?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)\s+(?:to|who|for|with|in|at|on|that|and)\b")
# Dutch: 'Wij zoeken een nauwkeurige crediteurenadministrateur die ons finance-team komt versterken'.
_SENTENCE_ROLE_NL = Cue(
    ("zoeken", "op zoek naar"),
    re.compile(
        r"\b(?:[Ww]ij zoeken|[Ww]e zoeken|zoeken wij|zoeken we|[Ww]ij zijn op zoek naar|[Ww]e zijn op zoek naar)"
        r" (?:een|een nieuwe|onze nieuwe) ((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:die|voor|met|om|in|als|ter|bij)\b"
    ),
)


def _dutch_role(line: str) -> str | None:
    """The role a Dutch sentence seeks, without the adjectives before it ('nauwkeurige', 'ervaren')."""
    match = _SENTENCE_ROLE_NL.search(line) if "zoek" in line else None
    if match is None:
        return None
    words = match.group(1).split()
    while len(words) > 1 and words[0].islower() and words[0].endswith(("e", "en")) and not names_role(words[0]):
        words.pop(0)
    if not names_role(words[-1]):
        return None
    return " ".join(word[:1].upper() + word[1:] if i == 0 else word for i, word in enumerate(words))


_PRAISE = {
    "motivated",
    "experienced",
    "talented",
    "passionate",
    "curious",
    "driven",
    "skilled",
    "great",
    "new",
    "highly",
    "enthusiastic",
}
_ACRONYMS = {"bi", "ml", "ai", "qa", "ux", "ui", "sre", "hr", "it", "erp", "crm", "sap", "seo", "sql", "fp&a"}


def _unshouted(title: str) -> str:
    """'SENIOR BI ANALYST' -> 'Senior BI Analyst': words of three letters or fewer, and known acronyms, stay capitals."""
    return " ".join(
        word.lower()
        if word.lower() in _SMALL_WORDS
        else word
        if len(word) <= 3 or word.lower() in _ACRONYMS
        else word.capitalize()
        for word in title.split()
    )


# The small words inside a name: 'Bank of Ireland', 'Vers aan Huis', 'Maison de la Presse'.
_JOINERS = frozenset(("of", "and", "for", "the", "de", "du", "des", "la", "le", "für", "und", "der", "van", "y", "e", "&"))
# Joining words a shouted title keeps in lower case: 'ANALISTA DE MARKETING DIGITAL' -> 'Analista de Marketing Digital'.
_SMALL_WORDS = _JOINERS | {"da", "do", "del", "en", "em"}


def _role_words(phrase: str) -> str | None:
    words = phrase.split()
    while words and words[0] in _PRAISE:
        words.pop(0)
    if words and words[-1].endswith("s") and not names_role(words[-1]) and names_role(words[-1][:-1]):
        words[-1] = words[-1][:-1]  # 'data science interns': the role of one of them
    if not words or not names_role(words[-1]) or len(words) > 4:
        return None
    return " ".join(word.upper() if word in _ACRONYMS else word.capitalize() for word in words)


def _header_index(doc: Document, title: str) -> int:
    for index, line in enumerate(doc.header[:20]):
        if title.lower() in line.lower():
            return index
    return -1


def extract_title(doc: Document, found: dict[str, Finding]) -> Finding:
    name = doc.json_ld.get("title") if doc.json_ld else None
    if isinstance(name, str) and name.strip():
        return Finding(parse_headline(name.strip()).title or name.strip())
    head = found["_headline"].value
    if head.from_sentence:
        return Finding(head.title, "title read from a sentence of the posting; there is no headline")
    company = found["company"].value if "company" in found else None
    if head.title and company and head.title.startswith(f"{company} ") and looks_like_title(head.title[len(company) + 1 :]):
        return Finding(head.title[len(company) + 1 :])  # Glassdoor's 'Meridian Straits Shipping FP&A Manager Job in …'
    return Finding(head.title) if head.title else NOTHING


# --- company -----------------------------------------------------------------

_PROPER = r"[A-ZÀ-Þ][\w&'’.-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w&'’.-]*|&|of|de|and))*"


# A site's own name: a web address ('reed.co.uk', 'bayt.com') or one word ending in 'jobs' ('CTgoodjobs').
_WEB_ADDRESS = re.compile(r"[\w.-]+\.(?:com|co\.uk|co|de|ch|at|pl|fr|es|it|nl|be|in|my|ph|sg|hk|ae|br|mx|ca|au|nz|io|jobs)")
_JOBS_SITE = re.compile(r"[a-z-]{2,20}jobs")


def is_board(name: str) -> bool:
    key = name.strip().lower()
    return (
        key in JOB_BOARDS
        or key.startswith(("built in ", "indeed ", "glassdoor ", "linkedin "))
        or (key.endswith(" jobs") and key[:-5] in JOB_BOARDS)  # 'XING Jobs'
        or "applitrack" in key
        or bool(_WEB_ADDRESS.fullmatch(key))
        or bool(_JOBS_SITE.fullmatch(key))
    )


_AT_WORD = re.compile(r"\sat\s")
# A board's rating glued to the employer's name: 'Textiles Guatavita S.A.S.  4,2 ★ (63 evaluaciones)'.
_RATING_ALONE = re.compile(r"\d(?:[.,]\d)?\s*★")
_RATING = re.compile(r"\s*\d(?:[.,]\d)?\s*★.*$")  # glued too: 'Atenza Contact Center4,1★ 312 evaluaciones'
_COMPANY_LABELS = (
    r"company|company name|employer|hiring company|organisation|organization|unternehmen|entreprise|empresa|school|client"
)


def _company_below_label(doc: Document) -> str | None:
    """'Company' on its own line and the name on the next: the weakest evidence, used when nothing else names one."""
    lines = doc.header + doc.lines[:80]
    for value, index in label_values(lines, _COMPANY_LABELS):
        name = re.sub(r"\s*\(.*\)$", "", value).strip()
        if below_label(lines, value, index) and _company_like(name) and _mentioned(name, doc):
            return name
    return None


def _company_from_labels(doc: Document) -> str | None:
    if "company_from_labels" not in doc.memo:  # the headline and the company extractor both ask
        doc.memo["company_from_labels"] = _read_company_labels(doc)
    return doc.memo["company_from_labels"]


_CONTACT_FIRM = re.compile(
    r"\bContact:\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,2},\s*([A-Z][\w&'’. -]{1,50}?\b(?:Recruitment|Recruiting|Resourcing|Staffing|Talent|Search)"
    r"(?: (?:Ltd|Limited|LLP|Partners|Group|Solutions))?)\s*$"
)
_FACULTY = re.compile(r"\b(?:School|College|Faculty) of\b")
_UNNAMED_CLIENT = re.compile(r"\b(?:leading|confidential|major|large|global|top|well[- ]known|fortune \d+|tier[- ]?\d)\b", re.I)
_PERSON_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_POSTED_ON_BY = re.compile(r"Posted (?:on )?(?:\d{1,2} \w+(?: \d{4})?|\d+ \w+ ago|today|yesterday) by (\S.{1,60})$")


def _read_company_labels(doc: Document) -> str | None:
    org = doc.json_ld.get("hiringOrganization") if doc.json_ld else None
    if isinstance(org, dict) and isinstance(org.get("name"), str):
        return org["name"].strip()
    if isinstance(org, str) and org.strip():
        return org.strip()
    lines = doc.head_lines()
    labelled = label_value(lines, _COMPANY_LABELS)
    if not labelled and (poster := label_value(lines, "posted by|advertised by|listed by")):
        # JobServe's 'Posted by: Harcourt Blake Recruitment': a firm, not a person ('Posted by: Anna Kowalska').
        labelled = poster if has_legal_suffix(poster[0]) or _AGENCY.search(poster[0]) else None
    if not labelled:
        # JobServe's 'Contact: Tom Hadley, Bramwell Tech Recruitment': the recruiter's firm, which posts for its client.
        contact = next((m for line in doc.header[:15] if "Contact:" in line and (m := _CONTACT_FIRM.search(line))), None)
        labelled = (contact.group(1), 0) if contact else None
    if labelled and _FACULTY.search(labelled[0]):
        labelled = None  # a university's 'School/College: Zilber-Kane School of Public Health' is a faculty of it
    if labelled and _UNNAMED_CLIENT.search(labelled[0]):
        labelled = None  # an agency's 'Client: Leading Banking Client' names nobody: the agency is the employer
    # Only 'Company: X' on one line: a label alone above its value is as often a site's menu ('Unternehmen' then 'Gehalt').
    if labelled and not below_label(lines, *labelled) and _company_like(re.sub(r"\s*\(.*\)$", "", labelled[0])):
        return re.sub(r"\s*\(.*\)$", "", labelled[0]).strip()
    for line in doc.header[:25]:
        # Reed's 'Posted 20 November 2026 by Calderbrook Building Society': the advertiser, under the title.
        if line.startswith("Posted ") and (advertiser := _POSTED_ON_BY.match(line)):
            name = advertiser.group(1).removesuffix("Featured").strip()  # Reed's 'Featured' badge run into the name
            # A recruiter's own name ('Posted 3 days ago by Priya Raman') is no employer.
            person = _PERSON_NAME.fullmatch(name) and not _AGENCY.search(name) and not has_legal_suffix(name)
            if _company_like(name) and not person:
                return name
    for line in doc.header[:8]:
        # Each lazy pattern backtracks through the whole line: tried only where its words occur.
        if line.startswith("("):
            line = _UNREAD_COUNT.sub("", line)  # '(3) Brzask Software hiring …': the tab's count of unread messages
        match = _linkedin_title(line)
        if match and not is_board(match.group("company")):
            return match.group("company").strip()
        match = re.match(rf"^.+?\s+at\s+(?P<company>{_PROPER})$", line) if _AT_WORD.search(line) else None
        if match and looks_like_title(line.rsplit(" at ", 1)[0]) and not is_board(match.group("company")):
            return match.group("company").strip()
    return None


def _self_names(doc: Document) -> frozenset[str]:
    return frozenset(_company_votes(doc))


def _company_from_body(doc: Document) -> str | None:
    """The name the posting speaks of itself with: 'At X, we', 'X is a', 'About X', 'join X'."""
    if "company_from_body" not in doc.memo:
        doc.memo["company_from_body"] = _read_company_from_body(doc)
    return doc.memo["company_from_body"]


def _read_company_from_body(doc: Document) -> str | None:
    votes = _company_votes(doc)
    if not votes:
        return None
    name, count = votes.most_common(1)[0]
    # One self-description is enough when the name recurs through the text, or the page's small print below it
    # ('Other open positions at Kuusela Group', 'Kuusela Group uses cookies').
    mentions = _mentions(name, "\n".join([doc.text, *doc.trailer]), case_blind=True)  # a logo line in capitals counts too
    short = without_legal_suffix(name)  # 'Pennine Bridge Recruitment Ltd is acting as …' under 'Pennine Bridge Recruitment | …'
    in_headline = any(name in line or short in line for line in doc.header[:3])
    registered = has_legal_suffix(name) or _registered_name(name, doc.text)  # 'Die Pegnitzwerk Hausgeräte GmbH entwickelt …'
    if count >= 2 or mentions >= 3 or in_headline or (mentions == 2 and registered):
        return name
    if mentions == 2 and _opens_the_text(name, doc):
        return name  # 'Knolwerk is the Netherlands' fastest-growing meal kit' as the first words under the title

    for other, _ in votes.most_common(3)[1:]:
        # 'Player Insights is the analytics team behind Kobberhav's games' votes as often as 'Kobberhav Games ApS is an
        # independent studio': a runner-up counts when the text also gives it with its legal form.
        if _registered_name(other, doc.text) and _mentions(other, doc.text, case_blind=True) >= 3:
            return other
    # Or the page's link to the employer's other jobs: 'Meer vacatures bij Van Dorsten' under 'Van Dorsten Technische
    # Groothandel levert sinds 1962 …'.
    more = _more_jobs_at(doc)
    if more and _same_name(name, more):
        return name
    # Or the posting's own web address names it: 'jobs.remstal-automotive.com' and 'Wir bei Remstal Automotive Systems'.
    from_url = _company_from_urls(doc)
    if from_url and any(form.startswith(from_url.lower()) for form in _spelled_out(name)):
        return name
    return _declared_employer(doc)


# A careers page's link to the employer's other openings, on a line of its own.
_MORE_JOBS_AT = Cue(
    (" at ", " bei ", " bij ", " chez "),
    re.compile(
        r"^(?:more|other|all) (?:jobs|vacancies|openings|roles|positions) at (.{2,60})$"
        r"|^(?:weitere|alle) (?:jobs|stellen|stellenangebote) bei (.{2,60})$"
        r"|^(?:meer|alle|andere) vacatures bij (.{2,60})$|^(?:autres|toutes les) offres (?:d'emploi )?chez (.{2,60})$",
        re.M | re.I,
    ),
)


def _more_jobs_at(doc: Document) -> str | None:
    """The employer a page's 'Other jobs at X' link names."""
    for text in (doc.text, "\n".join(doc.trailer)):
        if match := _MORE_JOBS_AT.search(text):
            name = next(group for group in match.groups() if group).strip(" .:")
            return name if _company_like(name) and not is_board(name) else None
    return None


def _declared_employer(doc: Document) -> str | None:
    """The name an equal-opportunity statement gives the employer ('Ardmore Medical Devices is an equal opportunities
    employer'): a name said once, but said of the one who employs."""
    if "declared_employer" not in doc.memo:  # asked by the body reading and by the headline's employer
        doc.memo["declared_employer"] = _read_declared_employer(doc)
    return doc.memo["declared_employer"]


def _read_declared_employer(doc: Document) -> str | None:
    if "qual opportunit" not in doc.text and "qual employment" not in doc.text:
        return None
    names = _company_votes(doc)
    # The statement first (a literal re finds fast), then a voted name right before it: a search per name, each
    # opening with a lookbehind, tried every position of the text.
    for statement in _EQUAL_OPPORTUNITY_STATEMENT.finditer(doc.text):
        before = doc.text[max(0, statement.start() - 80) : statement.start()]
        for name in names:
            if before.endswith(name) and not _NAME_GOES_ON.search(before, 0, len(before) - len(name)):
                return name
    return None


# A name's start: not inside a longer word ('XAcme').
_NAME_GOES_ON = re.compile(r"[\w&'’-]\Z")  # \Z: '$' would match before a line's break, as after 'Law\n'


def _same_name(one: str, other: str) -> bool:
    """Whether two names are one employer's, one perhaps the short form ('Alpenreif' and 'Alpenreif Pharma AG')."""
    one, other = without_legal_suffix(one).lower(), without_legal_suffix(other).lower()
    return one == other or one.startswith(other + " ") or other.startswith(one + " ")


_EQUAL_OPPORTUNITY_STATEMENT = re.compile(
    r" (?:is|are) (?:an? |proud to be an? )(?i:equal[ -]opportunit(?:y|ies)|equal employment opportunity)"
    r"(?: and affirmative action)? (?i:employer)\b"
)


def _opens_the_text(name: str, doc: Document) -> bool:
    """Whether the name opens the text's first line below the header: the posting introducing its employer."""
    header = set(doc.header)
    first = next((line for line in doc.lines if line.strip() and line not in header), "")
    return first.startswith(name + " ")


def _registered_name(name: str, text: str) -> str | None:
    """The name as the text also gives it with its legal form, right after it ('… by Kormoran Pay sp. z o.o. with its
    registered office') or after a word or two more of the name ('Orchard Lane Energy Ltd is registered in England' for
    the 'orchard-lane' of a web address): a company's name, not a product's, and how far it goes."""
    for match in re.finditer(rf"{re.escape(name)}((?:[ \t]+[\w.&/'’]{{1,12}}){{1,4}})", text):
        words = match.group(1).split()
        for size in range(1, len(words) + 1):
            fuller = f"{name} {' '.join(words[:size])}"
            if has_legal_suffix(fuller) and all(word[:1].isupper() for word in without_legal_suffix(fuller)[len(name) :].split()):
                return fuller
    return None


def _folded_word(slug: str, text: str) -> str | None:
    """A capitalised word of the text that a web address spells without its accents: 'Havstrøm' for 'havstrom'."""
    return next((m.group(0) for m in _CAPITAL_WORD.finditer(text) if fold(m.group(0)) == slug), None)


_CAPITAL_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]+")


def _registered_form(name: str, doc: Document) -> str | None:
    """The whole name, without its legal form, as the small print gives it (often below the page's last button)."""
    registered = _registered_name(name, "\n".join([doc.text, *doc.trailer]))
    return without_legal_suffix(registered) if registered else None


def _expanded_acronym(name: str, text: str) -> str | None:
    """The whole name an acronym stands for where the text defines it in brackets: 'INVD Dresden' (from a web
    address) is the 'Institut für Netz- und Verkehrsdaten Dresden e. V. (INVD)' of the page. The words before the
    bracket count only when their capitals spell the acronym, in order and from the first."""
    acronym = name.split()[0]
    if not _ACRONYM_WORD.fullmatch(acronym):
        return None
    bracketed = f"({acronym})"
    at = text.find(bracketed)
    while at > 0:
        # The words before the bracket, back to the line's start or another bracket (a search for them would try
        # every position of the text).
        before = text[max(0, at - 90) : at]
        words = before[max(before.rfind("\n"), before.rfind("("), before.rfind(")")) + 1 :].split()
        at = text.find(bracketed, at + 1)
        start = len(words)
        while start and (words[start - 1][:1].isupper() or words[start - 1] in _NAME_JOINERS):
            start -= 1
        while start < len(words) and words[start] in _NAME_JOINERS:
            start += 1  # 'des Institut …': a name opens with a capital
        whole = without_legal_suffix(" ".join(words[start:]))
        capitals = iter(word[0] for word in whole.split() if word[:1].isupper())
        if " " in whole and whole[:1] == acronym[0] and all(letter in capitals for letter in acronym):
            return whole
    return None


_ACRONYM_WORD = re.compile(r"[A-ZÄÖÜ]{2,6}")
# Lower-case words inside a name: 'Institut für Netz- und Verkehrsdaten', 'Bank of Ireland', 'e. V.'.
_NAME_JOINERS = frozenset(
    ("für", "und", "der", "des", "of", "and", "for", "the", "de", "du", "la", "di", "del", "van", "e.", "&")
)


def _spelled_out(name: str) -> tuple[str, str]:
    """A name as a web address may write it: 'Mühlviertler' as 'muehlviertler', 'Fjällvind' as 'fjallvind'."""
    low = name.lower()
    return low.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"), fold(name)


def _word_before(text: str, start: int) -> bool:
    """Whether the character before `start` continues a word (so no word boundary falls there)."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")


def _company_votes(doc: Document) -> Counter[str]:
    if "company_votes" not in doc.memo:
        doc.memo["company_votes"] = _count_company_votes(doc)
    return doc.memo["company_votes"]


# (words that must occur, pattern): the words rule a pattern out cheaply in most postings.
# How a posting speaks of its employer. Each pattern starts with a literal word so that re can scan for
# it quickly (a leading \b or group makes a search some twenty times slower); the word boundary before
# it is checked afterwards.
_SELF_PATTERNS = [
    re.compile(pattern, re.M)
    for pattern in (
        rf"At ({_PROPER})(?:,| we\b| our\b)",  # 'At Acme, we', 'At Acme we've been helping'
        # Not 'join Pricing Data Products, a team of seven': a team, named as the company would be.
        rf"join ({_PROPER})\b(?![ \t]+[A-Z&])(?!,? (?:a|the|our) (?:[\w-]+ )?(?:team|group|squad|department|unit)\b)",
        rf"About ({_PROPER})(?:[ \t]*$|:)",
        # 'About X' as a heading in the languages postings come in.
        rf"Sobre (?:a |o |la |el )?({_PROPER})[ \t]*$",
        rf"propos de ({_PROPER})[ \t]*$",
        rf"Über ({_PROPER})[ \t]*$",
        rf"Over ({_PROPER})[ \t]*$",
        rf"work(?:ing)? at ({_PROPER})\b",
        # 'The Merchant Growth squad at Kestrel Pay looks after …': one literal each, which re scans for fast.
        rf"squad at ({_PROPER})(?= (?:looks after|owns|builds|runs|is|works)\b)",
        rf"team at ({_PROPER})(?= (?:looks after|owns|builds|runs|is|works)\b)",
        rf"Internships at ({_PROPER})\b",
        # 'Wir bei X entwickeln ...', 'Chez X, nous ...', 'Bij X werken we ...'.
        rf"Wir bei ({_PROPER})\b",
        rf"Chez ({_PROPER}),",
        rf"Bij ({_PROPER}) (?:werken|zijn|bouwen|geloven|helpen)\b",
    )
]
# Names that come before a literal: found by the literal, then read backwards.
# Two cues, not one alternation: a pattern that opens with a class of two apostrophes is scanned for fast; with
# ' is committed to' beside it, re tries every position of the text (45 µs a posting against 12).
_SELF_SUFFIXES = (
    Cue(("is committed to",), re.compile(r" is committed to\b")),
    Cue(
        ("'s ", "’s "),
        # 'Meranti Capital's Risk Analytics team sits inside …': the owner of a named team too.
        re.compile(
            r"['’]s (?:mission|purpose|platform|products|team)\b|['’]s (?:[A-Z][\w&-]*\s+){1,4}(?:team|group|department|division)\b"
        ),
    ),
)
_NAME_BEFORE = re.compile(rf"(?<![\w&'’.-])({_PROPER})$")
# "Acme is a ...": tried only at the start of each sentence, anchored, which is much cheaper than a search.
_SELF_SUBJECT = re.compile(
    # German's article before a registered name: 'Die Pegnitzwerk Hausgeräte GmbH entwickelt …' (not 'Die Stelle ist …').
    r"(?:(?:Die|Der|Das) (?=(?:[A-ZÄÖÜ][\w&.-]*\s){1,4}(?:GmbH|AG|SE|KG|KGaA|mbH|eG)\b))?"
    rf"({_PROPER}) (?:is|are|was|has|builds|helps|provides|offers|makes|creates|develops|believes|values|seeks|operates|runs|sells|produces|supplies|designs|manufactures"
    rf"|gives|lets|connects|brings|powers|enables|serves|delivers"
    # The same in the languages postings come in: 'Lumo Santé développe ...', 'Nordkai Logistik verbindet ...'.
    rf"|est|développe|propose|accompagne|conçoit|ist|entwickelt|bietet|verbindet|betreibt|es|desarrolla|ofrece|è|sviluppa"
    rf"|is een|ontwikkelt|biedt|levert|maakt|bouwt|helpt|verzorgt|produceert|ontwerpt|beheert)\b"
    # 'Customer Insights is a team of nine analysts': a team, speaking of itself.
    r"(?! (?:a|an|the|our) (?:small |growing |new )?(?:team|squad|group|department|unit)\b)"
)
# A line break, or a sentence's end and a space, before a capital. The pattern is one character class and
# plain characters, which re scans for fastest; a hit with the wrong shape ('\nA' needs no space, '. A' one)
# is dropped in Python (see _sentence_starts).
_SENTENCE_START = re.compile(r"[\n.!?] ?[A-Z]")


def _sentence_starts(text: str) -> list[int]:
    """Where a capitalised sentence or line begins: after a line break, or after '.', '!' or '?' and a space."""
    return [
        match.end() - 1 for match in _SENTENCE_START.finditer(text) if (len(match.group()) == 2) == (match.group()[0] == "\n")
    ]


_POSSESSIVE = re.compile(r"['’]s$")
_INSTITUTION_SUBJECT = re.compile(
    # 'Das Rheinische Institut für Umweltdatenanalyse (RIUDA) ist eine …': an adjective before, an acronym after.
    r"(?:Das|Die|Der) ((?:[A-ZÄÖÜ][\w-]*e )?[A-ZÄÖÜ][\w-]* (?:für|der|des) [A-ZÄÖÜ][\w-]*(?: (?:und|für|[A-ZÄÖÜ][\w-]*)){0,4})"
    r"(?: \([A-ZÄÖÜ]{2,8}\))? (?:ist|sind|e\. ?V\.)"
)
_A_BOARD = re.compile(
    r" (?:an? (?:online )?(?:jobs?|recruitment|careers?) (?:board|site|platform|portal|marketplace)|not the employer)\b"
)
_OURS = (" our ", " unser", " notre ", " nos ", " nuestr", " onze ", " ons ", " il nostro ", " la nostra ", " part of ")


def _count_company_votes(doc: Document) -> Counter[str]:
    votes: Counter[str] = Counter()
    text = doc.text
    names: list[str] = []
    for pattern in _SELF_PATTERNS:
        for match in pattern.finditer(text):
            if not _word_before(text, match.start()):
                names.append(match.group(1))
    for match in (match for suffixes in _SELF_SUFFIXES for match in suffixes.finditer(text)):
        before = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if before:
            names.append(before.group(1))
    starts = [0] if text[:1].isascii() and text[:1].isupper() else []
    starts += _sentence_starts(text)
    # 'Payments is our largest product area': what is 'ours' is a part of the employer, not the employer; 'ContractStack
    # is a job board and is not the employer …' is the site.
    names += [
        m.group(1)
        for start in starts
        if (m := _SELF_SUBJECT.match(text, start)) and not text.startswith(_OURS, m.end()) and not _A_BOARD.match(text, m.end())
    ]
    if " für " in text:
        # 'Das Forschungsinstitut für Energienetze Oberrhein ist eine …': a German institution, named by its kind.
        names += [m.group(1) for start in starts if (m := _INSTITUTION_SUBJECT.match(text, start))]
    # 'Harcourt Lane Recruitment Ltd acts as …': a registered name as a sentence's subject, whatever its verb. Found by
    # its legal form (rare), then read backwards; _SELF_SUBJECT has counted it when the verb is one of its own.
    if _REGISTERED_SUBJECT.search(text):
        opening = set(starts)
        for form in _REGISTERED_SUBJECT.finditer(text):
            # The name before the form, then the form: 'A/S' has a character no name word has.
            registered = _NAME_BEFORE.search(text, max(0, form.start() - 80), form.start())
            if registered and registered.start() in opening and not _SELF_SUBJECT.match(text, registered.start()):
                names.append(registered.group(1) + form.group(0).rstrip())
    for raw in names:
        name = _LEADING_ARTICLE.sub("", _POSSESSIVE.sub("", raw.strip(" .,'’")))  # 'Die Mühlviertler Versicherung AG'
        low = name.lower()
        # A letter alone is no name: 'Dresden e. V. ist …' reads as a sentence 'V. ist …'.
        if (
            "\n" not in name
            and len(name) > 1
            and 1 <= len(name.split()) <= 5
            and not is_board(name)
            and low not in _NOT_COMPANY | _SUBJECTS
            and name.rsplit(" ", 1)[-1] not in _PRONOUNS  # a run-on page's 'The Role We are looking for …'
        ):
            votes[name] += 1
    for name in list(votes):
        # 'Kestrel Payments helps …' and 'Kestrel Payments Ltd is an equal opportunities employer': one name, two votes.
        short = without_legal_suffix(name)
        if short != name and short in votes:
            votes[short] += votes.pop(name)
    return votes


_PRONOUNS = frozenset(("We", "You", "I", "They", "Wir", "Sie", "Nous", "Vous", "Je", "Jij", "Wij", "Jullie", "Zij", "Du", "Ihr"))
_REGISTERED_SUBJECT = re.compile(
    r" (?:Ltd|Limited|GmbH|Inc|LLC|LLP|AG|SE|SA|BV|B\.V|NV|N\.V|[Pp]lc|PLC|Oy|AB|AS|A/S|ApS|S\.A|SL|S\.L|SRL|S\.r\.l|DAC|Pty)\.?"
    r" (?=[a-z])"
)


_LEADING_ARTICLE = re.compile(r"^(?:Die|Der|Das|The|La|Le|Les|El|De|Het) (?=\S+ )")
# What a sentence is about when it is no company: 'Data is at the heart of how we price', 'Security is everyone's job'.
_SUBJECTS = frozenset(
    ("data", "analytics", "technology", "security", "quality", "safety", "sustainability", "diversity", "inclusion")
    + ("innovation", "learning", "health", "growth", "success", "software", "engineering", "finance", "privacy", "people")
    + ("culture", "everything", "this", "it", "that", "there", "here", "ai")
)


_NOT_COMPANY = {
    # A shop's or a careers site's menu: 'Shop', 'Head office jobs', 'Store jobs'.
    "shop",
    "head office",
    "store",
    "stores",
    # A site's menu and buttons, in the languages postings come in: never an employer.
    # 'Alle Jobs', 'All vacancies' read as a name before a site word; employer-rating badges.
    "employers",
    "for employers",
    # A site's language switch and accessibility links: 'English', 'Leichte Sprache'.
    "english",
    "deutsch",
    "français",
    "español",
    "italiano",
    "nederlands",
    "leichte sprache",
    "barrierefreiheit",
    "freelance",
    # French boards' account links: 'Mon compte', 'Espace candidat'.
    "mon compte",
    "espace candidat",
    "rejoignez-nous",
    "candidature spontanée",
    "espace recruteur",
    "mes candidatures",
    "all",
    # A careers site's menu: 'Jobs', 'About us', 'Our story'.
    "our story",
    "our values",
    "our culture",
    "our people",
    "back to all jobs",
    # The office that runs the careers pages: 'Human Resources – Current Vacancies'.
    "human resources",
    "people & culture",
    "people and culture",
    # Workday's labels in German, each on a line of its own above its value.
    "standorte",
    "standort",
    "arbeitszeittyp",
    "ausgeschrieben",
    "o firmie",
    "o nas",
    "stage",
    "alternance",
    "emploi",
    "entreprises",
    "alle",
    "toutes",
    "todas",
    "open company",
    "werken bij",
    "arbeiten bei",
    # A careers site's 'The company' link, in the languages postings come in.
    "a empresa",
    "la empresa",
    "l'entreprise",
    "het bedrijf",
    "das unternehmen",
    "unternehmen",
    "l'azienda",
    # An insurer's or a bank's menu: its customers, then 'Über uns', 'Karriere'.
    "privatkunden",
    "firmenkunden",
    "geschäftskunden",
    "jobba hos",
    "travailler chez",
    "top company",
    "login",
    "log in",
    "sign in",
    "register",
    "sign up",
    "create account",
    "find",
    "find jobs",
    "search",
    "post a job",
    "entrar",
    "cadastre-se",
    "entendi",
    "registrarse",
    "ingresar",
    "iniciar sesión",
    "postularme",
    "guardar",
    "přihlásit se",
    "registrovat",
    "zaloguj się",
    "zarejestruj się",
    "anmelden",
    "registrieren",
    "einloggen",
    "connexion",
    "se connecter",
    "s'inscrire",
    "inloggen",
    "registreren",
    "accedi",
    "registrati",
    "masuk",
    "daftar",
    "post",
    # NHS Jobs' logo over its menu: the service, not the trust that employs.
    "nhs",
    "saved",  # 'Saved jobs' in a board's menu, read as 'Saved' with the site word taken off
    # A feed post's marks under its author: '2w', 'Edited', 'Report this post'.
    "edited",
    "bearbeitet",
    "modifié",
    "editado",
    "browse",
    "career advice",
    "career tips",
    "courses",
    "events",
    "fresh grad",
    "home",
    "inicio",
    "início",
    "accueil",
    "startseite",
    "yesterday",
    "today",
    "gestern",
    "heute",
    "ayer",
    "hoy",
    "hier",
    "aujourd'hui",
    "ontem",
    "hoje",
    "gisteren",
    "vandaag",
    "igår",
    "idag",
    "i går",
    "i dag",
    "rating",
    "ratings",
    "reviews",
    "salaries",
    "salary",
    "gehalt",
    "salaire",
    "salario",
    "salário",
    "salaris",
    "løn",
    "lön",
    "contact",
    "kontakt",
    "contacto",
    "contato",
    "solliciteer nu",
    "solliciteer",
    "jetzt bewerben",
    "bewerben",
    "postuler",
    "postularse",
    "postúlate",
    "candidatar-se",
    "candidate-se",
    "aplicar",
    "ansök",
    "søg",
    "we",
    "you",
    "our",
    "the",
    "this",
    "us",
    "the role",
    "the team",
    "the company",
    "our team",
    "the position",
    "this role",
    "it",
    "they",
    "he",
    "she",
    "responsibilities",
    "qualifications",
    "benefits",
    "note",
    "our mission",
    "join us",
    "why join us",
    "the job",
    "job",
    "role",
    "team",
    "company",
    "about",
    "about the role",
    "about the team",
    "about us",
    "overview",
    "summary",
    "internships",
    "candidates",
    "applications",
    "successful candidates",
    "interns",
    "remote",
    "hybrid",
}


LEGAL_SUFFIX = re.compile(
    r"(?<=[\s,])(?:inc|llc|ltd|limited|gmbh|ag|se|sa|sas|bv|b\.v|nv|n\.v|plc|corp|corporation|co|kg|oy|oyj|ab|as|a/s|aps|asa|srl|s\.r\.l"
    r"|spa|s\.p\.a|pty|pte|ltda|s\.a|s\.l|sl|sarl|sàrl|eurl|ug|e\. ?v|kgaa|sp\. z o\.o|s\.a\. de c\.v|sa de cv|pvt"
    r"|s\.r\.o|a\.s|s\.a\.s|sas|llp|lp|plc|bhd|sdn bhd|pt|tbk|jsc|kk|k\.k|co\., ltd|nv/sa|dac|clg|uc|egen|eg|ggmbh|mbh|kft|zrt|d\.o\.o|oü"
    r"|lda)\.?$",
    re.I,
)


def without_legal_suffix(name: str) -> str:
    """'Kestrel Payments Ltd' -> 'Kestrel Payments'; a name without a legal form as it is."""
    match = LEGAL_SUFFIX.search(name, max(0, len(name) - 24))
    return name[: match.start()].rstrip(" ,") if match and match.start() > 0 else name


def has_legal_suffix(name: str) -> bool:
    """Whether a name ends in a legal form. Searched from near the end only: the pattern, anchored at the end
    but opening with \\b, would otherwise be tried at every position of the line."""
    return LEGAL_SUFFIX.search(name, max(0, len(name) - 24)) is not None


_CAREERS_LINE = re.compile(
    # 'Jobs & Karriere – Kahlenberg Versicherung': two of the site's words before the name; 'Trabaja con nosotros - X'.
    rf"^(?:{_SITE_WORDS}\s+(?:at|bei|chez)\s+(?:(?:der|dem)\s+)?|{_SITE_WORDS}(?:\s*(?:&|und|and)\s*{_SITE_WORDS})?(?:\s*[|–—:]\s*|\s+-\s+)"
    rf"|(?:werken bij|arbeiten bei|jobba hos|travailler chez|trabaja en|trabalhe na|trabalhe no)\s+"
    # Iberian careers sites put their word first: 'Carreiras Minhotex', 'Carreras Grupo Ibérica'.
    rf"|(?:carreiras|carreras|carrières)\s+(?=(?-i:[A-ZÀ-Þ])))?"
    # 'Tidewell Home Page', 'Acme logo': a link's or an image's text around the name.
    rf"(.{{2,50}}?)(?:(?:\s+|\s*[|–—:-]\s*){_SITE_WORDS}(?:\s+home)?)?(?:\s+(?:home ?page|logo))?$",  # '… Careers Home'
    re.I,
)


_LOGO_OF = re.compile(r"^(?:logo (?:der firma|des unternehmens|von|de|of)|firmenlogo|company logo)\s+", re.I)
_ABOUT = re.compile(r"^about\s+", re.I)


def _site_name(line: str) -> str:
    """'Careers at Feldwerk Energy', 'Vistula Logistics Group – Career', 'Logo der Firma X' -> the name alone."""
    text = _ABOUT.sub("", line.strip())
    low = text.lower()
    if "logo" in low:
        text = _LOGO_OF.sub("", text)
    if not any(word in low for word in _SITE_CUES):
        return text  # the pattern below tries its site words at every length of the name: only where one may be
    match = _CAREERS_LINE.match(text)
    name = match.group(1).strip(" |–—-") if match else text
    # 'Careers | Harbourline Diagnostics - Harbourline Diagnostics': a site that puts its name twice in the tab title.
    parts = _TAB_PARTS.split(name)
    if len(parts) == 2:
        # 'Thistlegate Careers - Thistlegate Insurance': the site's name beside the employer's, which it starts with.
        for site, employer in (parts, parts[::-1]):
            words = site.split()
            if len(words) >= 2 and _SITE_SEGMENT.fullmatch(words[-1]) and employer.startswith(words[0] + " "):
                return employer
    return parts[0] if len(parts) > 1 and len({part.lower() for part in parts}) == 1 else name


_TAB_PARTS = re.compile(r"\s+[-–—|]\s+")  # a title's parts between spaced dashes and bars


# A word of every site word above (and of the link texts): a line with none of them is a name already.
_SITE_CUES = (
    *("career", "carrièr", "job", "karriere", "stellen", "vacanc", "opening", "position", "emploi", "offres", "employment"),
    *("carreira", "carrera", "carrière"),
    *("work with", "join us", "lavora", "trabaja", "trabalhe", "werken", "arbeiten", "travailler", "vacature", "home", "logo"),
    *("vacante", "empleo", "bolsa de trabajo"),
)


_TAG_WORDS = re.compile(
    r"^(?:remote|hybrid|on-?site|full[- ]?time|part[- ]?time|contract|permanent|temporary|internship|intern|new|featured|urgent"
    r"|promoted|easy apply|research|engineering|technology|sales|operations|marketing|design|product|data|finance|people|legal"
    r"|vollzeit|teilzeit|unbefristet|befristet|cdi|cdd|jobs|careers|about|home|menu|search)$",
    re.I,
)
# What a board adds to a tab title after the role, neither employer nor team: its word for a job (OCC's 'Analista BI -
# Empleo en Monterrey | OCC', the place taken off) and its sector tag (InfoJobs' '… - Sector Energía | InfoJobs').
_BOARD_TAG = re.compile(
    r"^(?:empleos?|trabajos?|vagas?|vacantes?|ofertas?)$|^(?:sector|sektor|secteur|setor|settore|branche) \w", re.I
)


# The small words inside a name in capitals ('Bank of Ireland', 'Hochschule für Technik und Wirtschaft').


def _well_known_place(text: str) -> bool:
    """Whether a name is a place before it is an employer: a country, a list of places, or a town of some size
    ('Quillon' is a company's name before it is a Chilean town of 15,000)."""
    places, complete = parse_places(text)
    if not complete:
        return False
    if len(places) > 1 or places[0].city is None or "," in text:
        return True
    geo = gazetteer()
    city = geo.city(text)
    if city is not None and not geo.own_names.get(fold(text)) and city.population < 1_000_000:
        return False  # 'Vellora' is a company's name before it is another language's name for Vellore
    return city is None or city.population >= 50_000


# A business function, alone or with its part after a dash: a department's name, not an employer's.
_FUNCTION_UNIT = re.compile(rf"(?:(?:Corporate|Group|Global|Central)\s+)?(?:{_FUNCTIONS})(?:\s*[-–&/,]\s*[\w&/ -]{{2,40}})?")


def _company_like(text: str) -> bool:
    text = text.strip()
    if re.search(r"\s{3,}|\t|  .*  ", text):
        return False  # 'Job Alerts   Saved', 'Vacatures  Over ons  Teams': menu items with wide gaps between them
    words = len(text.split())
    if not (1 <= words <= 8) or len(text) > 80 or not text[:1].isupper() or len(text) < 3:
        return False
    if _DEPARTMENT.match(text) or (_FUNCTION_UNIT.fullmatch(text) and not has_legal_suffix(text)):
        # 'Science & Technology - Data Science': a careers site's department over the title; Taleo's 'Organization:
        # Corporate Finance - FP&A'.
        return False
    if words > 6 and re.search(r"\s[-–—]\s", text):
        return False  # 'Longwater Cider Co. – Join the orchard': a name and a slogan; a long name is a public body's
    if re.search(r"\d|[|·•,:>›»/@]|\?|!", text) and not has_legal_suffix(text):
        return False
    if (
        _TAG_WORDS.match(text)
        or _BOARD_TAG.match(text)
        or is_chrome(text)
        or heading_kind(text)
        or is_board(text)
        or text.lower() in _NOT_COMPANY
    ):
        return False
    if (
        looks_like_title(text)
        or _well_known_place(text)
        or re.search(
            r"\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|remoto|remota|híbrido|presencial|télétravail|hybride"
            r"|vollzeit|teilzeit|tempo integral|tiempo completo|temps plein|permanent contract|fixed[- ]term contract)\b",
            text,
            re.I,
        )
    ):
        return False
    suffix = LEGAL_SUFFIX.search(text, max(0, len(text) - 24))
    name = text[: suffix.start()] if suffix else text  # 'Kasztan Payments sp. z o.o.': a legal form in lower case
    lower = [w for w in name.split() if w[:1].islower() and w not in _JOINERS]
    if len(lower) * 2 > len(text.split()):
        return False  # 'Inventory forecasting for independent restaurants': a tagline, not a name
    if lower and text.endswith(".") and suffix is None:
        return False  # 'Zorggroep Vechtstede biedt ouderenzorg.': a sentence about the name
    return not re.search(r"\b(?:ago|posted|apply|applicants?|reviews?|salary|hiring|jobs? (?:in|at))\b", text, re.I)


def _proper_case(name: str, doc: Document) -> str:
    """'TIDEWATER CAPITAL' as the text writes it elsewhere ('Tidewater Capital'), else in title case
    ('MAKAN LABS PTE. LTD.' -> 'Makan Labs Pte. Ltd.'); short names ('IBM') stay as they are."""
    if not name.isupper() or len(name) <= 4:
        return name
    for match in re.finditer(re.escape(name), doc.text, re.I):
        if not match.group(0).isupper():
            return match.group(0)
    return " ".join(word if len(word) <= 3 and "." not in word else word.title() for word in name.split())


_COMPANY_CARD = re.compile(r"\b(?:followers|employees|Follower|Mitarbeitende|abonnés|seguidores)\b")
_MENU_VERBS = ("search", "find", "browse", "suche", "finde", "rechercher", "buscar", "zoek")


def _menu(text: str) -> bool:
    """A site's menu before its 'Jobs' or 'Karriere' item ('Search for Jobs', 'Privatkunden Unternehmen Schaden melden Über
    uns Karriere', 'CV-LibrarySearch JobsCareer Advice...'), not a careers site's name."""
    words = text.split()
    # A long name is in capitals throughout ('Cedar Ridge Independent School District'); a menu has verbs ('melden').
    lower = [word for word in words if word[:1].islower() and word not in _JOINERS]
    return text.lower().startswith(_MENU_VERBS) or is_glued_menu(text) or (len(words) > 4 and bool(lower))


# Applicant tracking systems whose hosted careers pages title a tab 'Title - Employer - System' (a board's tab puts a
# place there as often).
_TRACKING_SYSTEMS = frozenset(("workday", "greenhouse", "lever", "smartrecruiters", "personio", "recruitee", "teamtailor"))


def _employer_in_board_tab(lines: list[str]) -> str | None:
    """'Analytics Engineer – Nordhav Retail AS – Skarp Jobs' over the site's logo 'Skarp Jobs': a board's tab gives the
    job's title, its employer, then the board's own name, which the line below repeats. The employer is the part after
    the title; the site's name is no employer, however much it looks like a careers site's ('Acme Careers')."""
    if lines[:1] and lines[0].startswith("URL: "):
        lines = lines[1:]  # a capture's address before the tab's title
    header, lines = lines, lines[:3]
    if len(lines) < 2:
        return None
    parts = _TAB_PARTS.split(lines[0].strip())
    if len(parts) >= 3 and any(line.strip() == lines[0][: len(line.strip())] and _TAB_PARTS.search(line) for line in header[2:]):
        return None  # 'Staff Nurse - Acute Medical Unit - NHS Jobs' over the heading 'Staff Nurse - Acute Medical Unit': a title
    site = parts[-1]
    # 'Senior Reporting Analyst - Norrvik Re - Workday': a tracking system the tab names needs no logo line below.
    tracking = site.lower() in _TRACKING_SYSTEMS
    named = site in (line.strip() for line in lines[1:]) and _site_name(site) != site
    if len(parts) < 3 or not (tracking or named):
        return None
    # A system's tab names the employer last before it ('Data Scientist – Pricing Analytics | Alpfirn Re | SmartRecruiters').
    name = parts[-2] if tracking else parts[1]
    return name if _company_like(name) and not _well_known_place(name) and not is_board(name) else None


_WIDE_BAR = re.compile(r"\s{2,}\|\s{2,}")


def _city_of(name: str, place: str) -> bool:
    """Whether the name is a city of the country the place is in."""
    countries = {location.country for location in places_in_line(place)[0]}
    return any(city.country in countries for city in gazetteer().cities.get(fold(name), ()))


_UNIVERSITY = re.compile(r"(?:\b|-)(?:Universität|Hochschule|University|Université|Universidad|Università|Universiteit)\b")


def _company_from_header(doc: Document, head: Headline, unmentioned: bool = False) -> str | None:
    """An employer named in the page header: 'X | Careers', 'X Logo', or a short name next to the headline.

    A short line beside the headline that the page names nowhere else is as often a menu's item ('Journal'), a
    button ('Aplicar ahora'), the department ('Manufacturing - Machining') or the terms ('Temporary - ongoing'):
    it counts only with `unmentioned`, the last resort when no other part of the page names an employer."""
    if tab_employer := _employer_in_board_tab(doc.header[:20]):
        return tab_employer
    for line in doc.header[:3]:
        # Welcome to the Jungle's tab: 'Data Analyst Senior - Pricing H/F - Maison Corvel - CDI à Lyon': the employer
        # before the contract and the town.
        if " à " in line and (tab := _CONTRACT_AT_TOWN.search(line)) and _company_like(tab.group(1)):
            return tab.group(1)
    for line in (part for row in doc.header[:12] for part in dict.fromkeys((row, *_site_first_end(row)))):
        # The tab's last part alone too: 'Commis de cuisine (H/F/X) – Brasserie Le Comptoir | Carrières Groupe Delvaux'.
        name = _site_name(line)
        if name.islower() and (spot := head.line.lower().find(name)) >= 0:
            name = head.line[spot : spot + len(name)]  # 'pulsar pagamentos | carreiras' as the tab title writes it
        named = name.lower() != line.strip().lower() and _company_like(name) and not is_board(line) and not is_board(name)
        if named and not _menu(name) and not is_cookie_notice(line):  # not the banner's 'Cookies on NHS Jobs'
            return name
        at = re.match(r"^(?:at|@)\s+(.{2,60})$", line.strip())
        if at and _company_like(at.group(1)):
            return at.group(1).strip()
    for line in doc.lines[:40]:
        if not line.rstrip().lower().endswith("logo"):
            continue  # the lazy pattern below backtracks through every line otherwise
        match = re.match(r"^(.{2,40}?)\s+logo$", line.strip(), re.I)
        if match and _company_like(match.group(1)):
            return match.group(1).strip()
    header = [_site_name(_RATING.sub("", line)) for line in doc.header[:20]]
    # Catho's 'Nuvemar Tecnologia Ltda.  |  1 vaga: Home Office (Brasil)': the name, then the page's facts about it.
    # 'Sinergia Lavoro S.p.A. – Filiale di Piacenza': the name before its branch; Pracuj.pl's tab 'Specjalista …, Nordvik
    # Business Services Sp. z o.o., Kraków - oferta pracy - Pracuj.pl': the name between commas.
    registered = [
        part.strip()
        for line in header
        for part in dict.fromkeys((line, _WIDE_BAR.split(line, 1)[0], _BRANCH.sub("", line), *line.split(", ")[1:-1]))
    ]
    for line in registered:
        if head.title and line.startswith(head.title) and line[len(head.title) : len(head.title) + 1].isupper():
            line = line[len(head.title) :]  # CV-Library's 'Power BI DeveloperWrekin Valley Water Ltd': the title run into it
        if (has_legal_suffix(line) or _UNIVERSITY.search(line)) and _company_like(line):
            # 'Isarkiesel Getränke GmbH': a registered name is the surest sign; a university names itself as one.
            return line
    for line, below in zip(header, doc.header[1:20], strict=False):
        if _RATING_ALONE.fullmatch(below.strip()) and _company_like(line):
            return line  # 'Meridian Straits Shipping' over its rating, '3.9 ★'
    for position, line in enumerate(doc.header[:20]):
        # "FreshMart Grocers - Springfield, IL 62704", "Lumina Health · New York, NY (Hybrid)": a company beside its place.
        if is_cookie_notice(line):
            continue  # '… cookies. OK | Saber mais': a consent button beside a word the gazetteer knows
        if _COMPANY_CARD.search(line):
            continue  # LinkedIn's 'IT Services and IT Consulting · Copenhagen · 4,812 followers': the industry, then the seat
        parts = [p.strip() for p in re.split(r"\s+[-–—·|]\s+", line) if p.strip()]
        if len(parts) == 1 and position < 12 and (glued := _name_glued_to_place(line)):
            return glued
        comma = len(parts) == 1 and "," in line and position < 8  # further down, 'Fitzroy, Melbourne VIC' is only a place
        if comma and any(f" in {line.strip()}" in tab for tab in doc.header[:2]):
            continue  # SEEK's 'HVAC Service Technician Job in Eagle Farm, Brisbane QLD': the tab says it is a place
        if comma:
            parts = [p.strip() for p in line.rsplit(",", 1)]  # 'Corrib Marine Supplies, Galway'
            beside = doc.header[max(0, position - 1) : position + 2]
            if any(other != line and other.endswith(", " + parts[1]) and _all_places(other) for other in beside):
                continue  # 'Wageningen, The Netherlands' under 'Groningen, The Netherlands': a town too small to know
        if len(parts) == 2 and not looks_like_title(line):
            # After a comma only the name comes first: 'Leeds, West Yorkshire' is a city and its county.
            for name, place in (parts,) if comma else (parts, parts[::-1]):
                # Not 'Stack - UK IT contracts' (a board and its tagline), nor 'Nürnberg, Remote (Deutschland)': a city
                # under its own name in the country the place after it is in.
                if _company_like(name) and _all_places(place) and not _city_of(name, place):
                    if name is parts[1] and " " not in name and not has_legal_suffix(name):
                        continue  # 'Praha 8 – Karlín': a city's district after it, not an employer after its seat
                    return name
        # "Fernhollow · Hybrid · New York, NY": a name, then its place and terms.
        facts = len(parts) > 2 and not looks_like_title(line) and _company_like(parts[0])
        if facts and places_in_line(" · ".join(parts[1:]))[0] and not _unit_of_the_text(parts[0], doc):
            return parts[0]
    if head.index < 0:
        return header[0] if header and _company_like(header[0]) and _mentioned(header[0], doc) else None
    around = header[head.index + 1 : head.index + 3] + header[max(0, head.index - 2) : head.index][::-1]
    # The title again further down, as the page's own heading ('Data Engineer H/F' under the tab's 'Offre d'emploi
    # Data Engineer H/F - Nantes | HelloWork'), with the employer beneath it.
    # HelloWork's 'Stage - Data Analyst F/H' under 'Offre de stage Data Analyst F/H à Nantes': the title behind its type.
    again = [
        i
        for i, line in enumerate(header)
        if i > head.index and head.title and (line.startswith(head.title) or (len(line) < 80 and f"- {head.title}" in line))
    ]
    # ... or above it (Welcome to the Jungle's 'Vellora', then 'Data Analyst (H/F)').
    beside_again = [header[j] for i in again for j in (i + 1, i - 1) if j < len(header) and j != head.index]
    # Read from the tab title (Apec's 'Data Analyst H/F - Offre d'emploi Apec', then its menu's 'Candidat  Recruteur'),
    # the employer stands beside the title's return on the page, not beside the tab.
    around = beside_again + around if head.index == 0 else around + beside_again
    for line in around:
        if _company_like(line) and not _menu(line) and not _board_brand(line, doc) and (unmentioned or _mentioned(line, doc)):
            if is_cookie_notice(line) or "cookie" in line.lower():
                continue  # Welcome to the Jungle's 'Nous utilisons des cookies' under the tab
            return line
    if header and head.index > 0 and _company_like(header[0]) and _mentioned(header[0], doc):
        return header[0]
    return None


# A lower-case letter run into a capital: where a board's card glues the employer to its place.
_GLUE_POINT = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])")


def _name_glued_to_place(line: str) -> str | None:
    """'Grupo Logístico AltamiraMonterrey, Nuevo León': a board's card with the employer run into its place, the
    name before a glue point after which the line is all places."""
    for glue in _GLUE_POINT.finditer(line, 0, 80):
        name, place = line[: glue.start()].strip(), line[glue.start() :]
        if " " in name and _company_like(name) and _all_places(place):
            return name
    return None


# A branch after the employer's name: 'Sinergia Lavoro S.p.A. – Filiale di Piacenza'.
_BRANCH = re.compile(r"\s+[-–]\s+(?:filiale|branch|niederlassung|agence|sucursal|agencia|oddział|pobočka|vestiging)\b.*$", re.I)
# A careers site's words before its owner's name, at the end of a tab: '… | Carrières Groupe Maison Delvaux Horeca'.
_SITE_FIRST = re.compile(r"(?:careers? at|jobs at|carrières|carreiras|carreras|karriere bei|werken bij|arbeiten bei)\s+\S", re.I)


def _site_first_end(line: str) -> list[str]:
    """The tab's last part when it is a careers site's name, its words first."""
    last = line.rsplit(" | ", 1)[-1] if " | " in line else ""
    return [last] if last and _SITE_FIRST.match(last) else []


_CONTRACT_AT_TOWN = re.compile(r" - ([^-]{2,60}?) - (?:CDI|CDD|Stage|Alternance|Freelance|Intérim|Apprentissage) à [A-ZÀ-Þ]")


def _board_brand(name: str, doc: Document) -> bool:
    """'Stack' beside 'Stack - UK IT contracts': the board's logo, named again with what it lists."""
    return any(line.startswith(f"{name} - ") and _LISTINGS.search(line, len(name)) for line in doc.header[:10] if line != name)


_LISTINGS = re.compile(r"\b(?:jobs|contracts|careers|vacancies|stellen|emplois|empleos)\b", re.I)


def _unit_of_the_text(name: str, doc: Document) -> bool:
    """'Growth · Manchester · Hybrid · Permanent' over 'Our Growth team – marketers, …': a unit the text calls a team,
    in front of the page's row of facts, where a careers page sets the department."""
    # 'Finance Systems · Cork · Fixed-term' over 'to join our Finance Systems team': the text calls it ours.
    return f"{name} team" in doc.text and (bool(_UNIT_WORDS.fullmatch(name)) or f"our {name} team" in doc.text)


def _mentioned(name: str, doc: Document) -> bool:
    return _mentions(name, doc.text, case_blind=True) >= 2


def _mentions(name: str, text: str, case_blind: bool = False) -> int:
    """How often the name occurs as whole words. The name is searched first and its leading word boundary
    checked after: a pattern that starts with \\b cannot skip ahead and scans slowly. Case-blind, both are
    lowered (re.I would lose the literal prefix the search skips ahead by)."""
    if case_blind:
        name, text = name.lower(), lower_aligned(text)
    return sum(1 for m in re.finditer(rf"{re.escape(name)}\b", text) if not _word_before(text, m.start()))


# Applicant tracking systems put the employer in the host name or the first path segment.
_ATS_SUBDOMAIN = re.compile(
    r"^([a-z0-9-]+)\.(?:recruitee\.com|bamboohr\.com|teamtailor\.com|jobs\.personio\.(?:de|com)|csod\.com|wd\d+\.myworkdayjobs\.com|breezy\.hr|applytojob\.com|freshteam\.com|pinpointhq\.com)$"
)
_ATS_PATH = re.compile(
    r"^(?:jobs(?:\.eu)?\.lever\.co|(?:job-)?boards(?:\.eu)?\.greenhouse\.io|jobs\.ashbyhq\.com|apply\.workable\.com|jobs\.smartrecruiters\.com|careers\.smartrecruiters\.com|jobs\.jobvite\.com|ats\.rippling\.com)$"
)
_BOARD_HOSTS = re.compile(
    r"linkedin|indeed|glassdoor|ziprecruiter|monster|dice\.com|handshake|wellfound|otta|welcometothejungle|builtin|google|bit\.ly|shorturl|facebook|twitter|x\.com|instagram|youtube|github|naukri|seek|stepstone|xing|reed\.co|totaljobs|jooble|adzuna|talent\.com|simplyhired|careerbuilder|hireloop|jobradar|greenhouse\.io|lever\.co|ashbyhq|workable|smartrecruiters|myworkdayjobs|personio|recruitee"
)
_HIRING_MAILBOX = re.compile(
    r"(?:jobs|careers|career|talent|recruiting|recruitment|hr|people|hiring|apply|bewerbung)@([a-z0-9.-]+\.[a-z]{2,})"
)


_CAREERS_HOST = re.compile(r"(?:jobs|careers?|karriere|stellen|werkenbij|emplois?)\.")
_CAREERS_PATH = re.compile(r"/(?:jobs?|careers?|vacanc|stellen|join)", re.I)


_WEB_URL = re.compile(r"https?://\S+")
_MAILBOX = re.compile(r"[\w.+-]+@\S+")


def _slug_from_host(host: str) -> str | None:
    parts = host.lower().removeprefix("www.").split(".")
    if len(parts) < 2:
        return None
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "ac", "net") and len(parts[-1]) == 2:
        return parts[-3]
    return parts[-2]


def _company_from_urls(doc: Document) -> str | None:
    """The employer behind a job URL or hiring mailbox: 'parfumado.recruitee.com', 'kelpforge.io/jobs', 'jobs@acme.com'."""
    if "company_from_urls" not in doc.memo:
        doc.memo["company_from_urls"] = _read_company_from_urls(doc)
    return doc.memo["company_from_urls"]


def _read_company_from_urls(doc: Document) -> str | None:
    slugs: list[str] = []
    for match in re.finditer(r"https?://([^/\s]+)(/[^\s]*)?", doc.text):
        host, path = match.group(1).lower(), match.group(2) or ""
        if sub := _ATS_SUBDOMAIN.match(host):
            slugs.append(sub.group(1))
        elif _ATS_PATH.match(host):
            first = path.strip("/").split("/")[0]
            if first:
                slugs.append(first)
        elif not _BOARD_HOSTS.search(host) and (_CAREERS_HOST.match(host) or _CAREERS_PATH.search(path)):
            slug = _slug_from_host(host)
            if slug:
                slugs.append(slug)
    # A case-blind pattern that opens with \b is tried at every position: searched in the lowered text, only
    # when there is an '@' at all, with the boundary before the mailbox's name checked on the match.
    low = lower_aligned(doc.text) if "@" in doc.text else ""
    for match in _HIRING_MAILBOX.finditer(low):
        if match.start() and (low[match.start() - 1].isalnum() or low[match.start() - 1] == "_"):
            continue
        if not _BOARD_HOSTS.search(match.group(1)):
            slug = _slug_from_host(match.group(1))
            if slug:
                slugs.append(slug)
    for slug in slugs:
        words = slug.replace("-", " ").strip()
        if not re.fullmatch(r"[a-z][a-z ]{1,40}", words):
            continue
        prose = _WEB_URL.sub(" ", "\n".join([doc.text, *doc.trailer]))  # the small print below the last button too
        if "@" in prose:
            prose = _MAILBOX.sub(" ", prose)
        written = re.search(rf"\b{re.escape(words)}\b", prose, re.I)
        if written and written.group(0)[0].isupper():
            return _registered_form(written.group(0), doc) or _expanded_acronym(written.group(0), prose) or written.group(0)
        # 'brabomobility.be' for 'Brabo Mobility': the name as the text spaces it.
        spaced = re.search(r"\b" + r"[ -]?".join(map(re.escape, words.replace(" ", ""))) + r"\b", prose, re.I)
        if spaced and spaced.group(0)[0].isupper() and " " in spaced.group(0):
            return _registered_form(spaced.group(0), doc) or spaced.group(0)
        if " " not in words and (letters := _folded_word(words, prose)):
            return _registered_form(letters, doc) or letters  # 'havstrom.dk' for 'Havstrøm Forsikring A/S'
        return words.title()
    return None


# A pasted e-mail's sender: 'From: Rania Haddad <rania.haddad@meridiantalent.ae>'.
_SENDER = re.compile(r"\s*(?:from|von|de|van|från|fra)\s*:[^@\n]*@([\w.-]+)", re.I)
_FREE_MAIL = frozenset(
    ("gmail", "googlemail", "outlook", "hotmail", "live", "yahoo", "icloud", "me", "aol", "proton", "protonmail", "gmx")
    + ("web", "mail", "yandex", "zoho", "t-online", "orange", "free", "libero", "wp", "onet", "seznam")
)


def _company_from_sender(doc: Document) -> str | None:
    """A recruiter's e-mail names its firm in the signature: the line that spells the sender's domain
    ('meridiantalent.ae' -> 'Meridian Talent Partners FZ-LLC'). A personal mailbox names nobody."""
    # A forwarded e-mail's first sender is a friend's personal mailbox; the recruiter's comes further down.
    senders = (m for line in doc.lines[:20] if ":" in line and (m := _SENDER.match(line)))
    slug = next((slug for m in senders if (slug := _slug_from_host(m.group(1))) and slug not in _FREE_MAIL), None)
    if not slug:
        return None
    key = slug.replace("-", "")
    for line in doc.lines + doc.trailer:
        name = line.strip()
        short = 3 < len(name) <= 60 and len(name.split()) <= 6
        if short and "".join(name.split()).lower().startswith(key) and not _WEB_ADDRESS.search(name) and _company_like(name):
            return name  # not its web address or mailbox: 'www.meridiantalent.ae'
    return None


_AGENCY = re.compile(
    r"\b(?:recruitment|recruiting|recruiters?|staffing|talent|search|resourcing|personnel|headhunt\w*|executive search"
    # The same in the languages postings come in: 'Nordkyst Rekruttering AS', 'Personalberatung', 'Recrutement'.
    r"|rekruttering|rekrytering|rekrutering|personalberatung|personaldienstleist\w*|personalvermittlung|recrutement)\b",
    re.I,
)
_CLIENT = re.compile(
    rf"(?:working (?:exclusively )?with|partnering (?:exclusively )?with|on behalf of|our client,?|recruiting for|hiring for)\s+({_PROPER})"
    # 'partnering exclusively with Carrowmore Credit Union Services (CCUS), the …': its short name in brackets.
    rf"(?:\s+\([A-Z]{{2,6}}\))?(?=\s+(?:on|to|in|for|who|which|,|\.|is|are|again)\b|[,.])"
)


def _client_of(agency: str, doc: Document) -> str | None:
    """An agency's posting that names its client: the client is the employer."""
    if not _AGENCY.search(agency):
        return None
    for match in _CLIENT.finditer(doc.text):
        name = match.group(1).strip()
        if _company_like(name) and name.lower() not in agency.lower() and not _AGENCY.search(name):
            return name
    return None


def extract_company(doc: Document, found: dict[str, Finding]) -> Finding:
    finding = _extract_company(doc, found)
    client = _client_of(finding.value, doc) if finding.value else None
    if client:
        return Finding(client, f"the posting is by an agency ({finding.value}) for this client")
    return finding


def _extract_company(doc: Document, found: dict[str, Finding]) -> Finding:
    head: Headline = found["_headline"].value
    labelled = _company_from_labels(doc)
    if labelled:
        return Finding(_proper_case(labelled, doc))
    body = _company_from_body(doc)
    if head.company and not is_board(head.company):
        titled = _site_name(head.company)
        declared = _declared_employer(doc)
        # 'Registered Nurse – Nights | Ashcombe House, Harrogate | …' over 'Hollins Vale Care Group is an equal
        # opportunities employer': the title names the care home, the text who employs. Not the short form the text
        # uses of the titled name ('HLC is an equal opportunity employer'); an agency's statement yields to its client
        # in extract_company.
        if declared and not declared.isupper() and not _same_name(declared, titled):
            return Finding(declared, f"the page's title names {titled}; the text names {declared} as the employer")
        return Finding(_fuller(titled, doc))  # 'Title | Lowther Mutual Careers'
    if body:
        # The name the text uses of itself, in the fuller form the header gives it.
        short = without_legal_suffix(body).lower()  # 'Harrow & Finch Talent Ltd acts as …' under 'Harrow & Finch Talent | …'
        for line in doc.header[:15]:
            if is_board(line):
                continue
            for part in dict.fromkeys((line, line.split(" | ", 1)[0])):  # the line, and a tab title's first part
                text = _site_name(_RATING.sub("", part))  # 'Redbud Analytics Group  3.8 ★ (112 reviews)'
                low = text.lower()
                named = low in (body.lower(), short) or low.startswith((body.lower() + " ", body.lower() + ","))
                if named and _company_like(text):
                    return Finding(_proper_case(text, doc))
    header = _company_from_header(doc, head)
    votes = _company_votes(doc)
    if header and body and votes[header] and votes[body] > 2 * votes[header]:
        # 'About Merchant Risk' heads the page, then 'The Merchant Risk team at Lumora …', 'Internships at Lumora',
        # 'About Lumora': a name the text speaks of itself far more often is the employer; the other is a part of it.
        return Finding(_fuller(body, doc), "company inferred from how the text speaks of itself")
    if header:
        return Finding(_proper_case(header, doc))
    author = post_author(doc)
    if author and author.org:
        return Finding(
            author.org, "company read from the profile of the post's author (an agency recruiter's post names the agency)"
        )
    if body:
        return Finding(_fuller(body, doc), "company inferred from how the text speaks of itself")
    sender = _company_from_sender(doc)
    if sender:
        return Finding(sender, "company read from the e-mail's sender and signature")
    from_url = _company_from_urls(doc)
    if from_url:
        return Finding(from_url, "company read from the posting's web address")
    below = _company_below_label(doc)
    if below:
        return Finding(below, "company read from a 'Company' label with its value on the next line")
    footer = _company_from_copyright(doc)
    if footer:
        return Finding(footer, "company read from the page footer's copyright or legal line")
    beside = _company_from_header(doc, head, unmentioned=True)
    if beside:
        return Finding(beside, "company read from a line beside the title that the page names nowhere else")
    return NOTHING


# '© 2026 Alpenlicht Versicherung AG · Stadtparkgasse 2 · 1010 Vienna': the site's owner, a legal entity.
# The name may have the small words of Dutch, German, French and Italian names in it ('Vers aan Huis B.V.').
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|Copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?"
    r"([A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|&|of|de|and|aan|van|der|den|het|op|und|für|di|del|la|le|du|des))*)"
)


# 'Gannet Freight B.V. · Privacy statement · Cookie settings': the owner's name opening the footer's row of legal links.
_FOOTER_OWNER = re.compile(
    r"([A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|&|of|de|and|aan|van|der|den|und|für))*)\s*[·|•]\s*"
    r"(?i:privacy|cookie|impressum|imprint|datenschutz|terms|legal|mentions légales|disclaimer|accessibility)"
)


def _company_from_copyright(doc: Document) -> str | None:
    """The legal entity a careers page's footer names as its owner, when the text names no employer itself.
    A job board's footer names the board, which is_board knows; a name without a legal form is left alone."""
    for line in reversed(doc.lines[-15:] + doc.trailer[-15:]):
        match = _COPYRIGHT.search(line) if "©" in line or "opyright" in line or "(c)" in line else _FOOTER_OWNER.match(line)
        if match:
            name = match.group(1).strip()
            owner = LEGAL_SUFFIX.sub("", name).strip(" ,")  # 'StepStone GmbH' is the board StepStone
            return name if has_legal_suffix(name) and not is_board(owner) and _company_like(name) else None
    return None


def _fuller(name: str, doc: Document) -> str:
    """'Northspur' when the header says 'Northspur Insurance': the longer form the text also uses."""
    for line in doc.header[:15]:
        text = _site_name(line)  # not 'Lowther Mutual Careers' for 'Lowther Mutual'
        # The name goes on in capitals: not LinkedIn's 'Vindel Mobility alum' under 'People you can reach out to'.
        more = text[len(name) + 1 :].split()
        capitals = all(word[:1].isupper() or word in ("&", "and", "of") for word in more)
        if text.lower().startswith(name.lower() + " ") and capitals and _company_like(text):
            return _proper_case(text, doc)
    return name


# --- team --------------------------------------------------------------------

_TEAM_WORD = r"(?:[Tt]eam|squad|group|function|department|organi[sz]ation|org|tribe|pod|unit|crew|[Dd]ivision|chapter|practice)"  # "The Platform Team (six engineers)"
# A word of a name: a stop only inside it ('Node.js'), never at its end ('the Algarve. Our data team').
_NAME_WORD = r"[A-Z][\w&/+'’-]*(?:\.[\w&/+'’-]+)*"
_TEAM_INFIX = r"(?:analytics|data|reporting|engineering|product)"
# Words that may stand between 'our' and a team's name: 'our central Data team', 'the dedicated Pricing team'.
_TEAM_ADJECTIVES = r"central|core|dedicated|growing|small|new|in-house|international|global|own"


def _name_pattern(first: str, joiners: str, most: int) -> str:
    """A unit's name as a group: a first word, then up to `most` more words, joiners, a code in brackets ('(GDA)') or
    the number of a standard after its letters ('Scorecards & IFRS 9')."""
    return rf"((?:{first})(?:\s+(?:{_NAME_WORD}|{joiners}|\([A-Z0-9]{{2,6}}\)|(?<=[A-Z] )\d{{1,2}}\b)){{0,{most}}})"


_TEAM_NAME = _name_pattern(rf"{_NAME_WORD}|&|and|of", "&|and|of", 5)
# 'Group Controlling – Reporting & Analytics': a dash may join a unit and its team.
_DASHED_NAME = _name_pattern(rf"{_NAME_WORD}|&|and|of", "&|and|of|–", 7)
# A unit's name that starts with a capital ('Pôle Juridique Social'), for patterns with no team word to anchor them.
_UNIT_JOINERS = "&|and|of|de|und|y|e|et|og|och|di"  # Italian 'Controllo di Gestione'
_UNIT_NAME = _name_pattern(_NAME_WORD, _UNIT_JOINERS, 5)
# A department, then the team in it that the hire joins.
_NARROWER_TEAM = re.compile(rf",\s+(?:[Tt]eam|[Gg]ruppe|équipe|equipo) {_UNIT_NAME}")
# The team the hire joins, said outright: surer than a bracket in the title, which as often names a specialty.
_JOINED: list[re.Pattern[str] | Cue] = [
    # 'You will join Clinical Data Management within our Biometrics department': the unit joined, then its parent.
    re.compile(rf"\bjoin(?:ing)?\s+{_TEAM_NAME}\s+(?:within|in|at|inside)\s+(?:our|the)\b"),
    # "You'll join Ledger Core, the group that owns ...": a named team, then what it is (before the units it sits in).
    # "You'll be part of Finance & Risk Analytics, the group that owns …" too.
    # 'part of Group Controlling – Reporting & Analytics, a team of eleven': a dash may join a unit and its team there.
    # 'You'll lead product for Rider Experience, the cross-functional team that owns the rider app'.
    re.compile(rf"\b(?:join(?:ing)?|part of|for)\s+{_DASHED_NAME},\s+(?:the|a|our)\s+(?:[\w-]+\s+){{0,2}}{_TEAM_WORD}\b"),
    # 'You'll join our Growth Marketing team': the team the hire joins, named before its team word.
    re.compile(rf"\bjoin(?:ing)?\s+(?:our|the)\s+{_TEAM_NAME}\s+{_TEAM_WORD}\b"),
    # 'As Senior BI Developer you will sit in Data & Insight at our Store Support Centre'.
    Cue(
        ("sit in", "sit within"),
        re.compile(rf"\b[Yy]ou(?:'ll| will) sit (?:in|within) {_TEAM_NAME}(?= at\b| within\b| in\b|,|\.)"),
    ),
    # 'The team' then 'Revenue Management is part of our Commercial department': the team, not the department.
    Cue(
        ("is part of our",),
        re.compile(rf"^{_TEAM_NAME} is part of our (?:[A-Z][\w&-]*\s+){{1,3}}(?:department|division|function)\b"),
    ),
]
_TEAM_PATTERNS: list[re.Pattern[str] | Cue] = [
    # The label may be one of a row's fields: 'Abteilung: Konzerncontrolling | Vollzeit, unbefristet'.
    re.compile(r"^\s*(?:team|team name|abteilung|équipe)\s*[:：]\s*(.{2,60}?)(?:\s+[|·•]\s+.*)?$", re.I),
    *_JOINED,
    # 'our analytics engineering team of five in Data & Insights', 'the analytics engineering chapter within Group Data &
    # Analytics (GDA)': the unit an unnamed team sits in ('the Pricing team within Data & Analytics' names its team).
    re.compile(
        r"\b[a-z][\w-]* (?:team of (?:\w+|\d+) in|(?:team|chapter|squad|group)(?: of (?:\w+|\d+))? within) "
        r"((?=[^.\n]{0,30}?\b(?:Data|Analytics|Insights|Engineering|Finance|Platform|Technology|Digital|Risk|Product)\b)"
        r"[A-Z][\w&/+'’-]*(?: (?:[A-Z][\w&/+'’-]*|&|and|of|\([A-Z0-9]{2,6}\)))*)"
    ),
    # 'to join our Data Office in Manchester', 'part of our Chief Data Office': an office that is a unit, not a place
    # (see _team_value).
    re.compile(r"\b(?:join(?:ing)?|be part of)\s+(?:our|the)\s+((?:[A-Z][\w&-]*\s+){1,3}(?:Office|Center|Centre))\b"),
    # 'Verstärken Sie unser Cyber Defense Center (CDC)': a centre the hire joins.
    Cue(
        ("verstärken sie",),
        re.compile(r"\b[Vv]erstärken Sie unser(?:e|en)? ((?:[A-Z][\w&-]*\s+){1,3}(?:Center|Centre|Office))\b"),
    ),
    # An opening for a team: 'Estamos com vaga de estágio para o time de Produto Agro', 'vacante para el equipo de Datos'.
    # 'Estamos buscando uma pessoa Analista de Dados Sênior para o time de Inteligência de Crédito': the hire's team.
    Cue(
        ("vaga", "vacante"),
        re.compile(
            rf"\b(?:vaga|vacante)(?: de [\w ]{{1,30}}?)? para (?:o time|a equipe|a área|el equipo|el área) de {_UNIT_NAME}"
        ),
    ),
    Cue(
        ("buscando", "buscamos", "procuramos", "procurando"),
        re.compile(
            rf"\b(?:[Bb]uscando|[Bb]uscamos|[Pp]rocuramos|[Pp]rocurando)\b[^.\n]{{1,80}}? para (?:o time|a equipe|el equipo) de {_UNIT_NAME}"
        ),
    ),
    # The unit a French posting asks the hire to join: 'Tu rejoindras la squad Data Produit', before any équipe it names.
    re.compile(
        rf"\b(?:rejoignez|rejoindre|rejoindrez|rejoindras|rejoins|intégrez|intégrer|intégreras) (?:le |la |l['’]|notre |nos )?"
        rf"(?:(?:service|pôle|département|direction|équipe|cellule|squad|tribu) )?{_UNIT_NAME}"
    ),
    # The team joined, in the languages postings come in: 'time de Growth', 'rejoignez le Pôle Juridique Social',
    # 'equipo de Datos', 'équipe Data'.
    # Not 'des analyses pour l'équipe CRM', 'avec l'équipe Produit', 'Apoiar o time de Analytics', 'con el equipo de
    # Ventas': a team the hire works for or with.
    re.compile(
        r"\b(?:(?:time(?<![Aa]poiar o time)(?<![Cc]om o time)(?<![Pp]ara o time)(?<![Jj]unto ao time)|equipe|equipa"
        r"|equipo(?<![Cc]on el equipo)(?<![Pp]ara el equipo)(?<![Aa]poyar al equipo)(?<![Ss]oporte al equipo)(?<![Jj]unto al equipo)"
        r"|área|departamento) de"
        rf"|(?<!pour l['’])(?<!avec l['’])équipe) {_UNIT_NAME}"
    ),
    # 'Im Kompetenzcenter Advanced Analytics der Domhof Versicherungen entwickeln …': the centre is the unit's name.
    Cue(("kompetenz",), re.compile(r"\b(Kompetenz(?:center|zentrum) [A-ZÄÖÜ][\w&-]*(?: (?:[A-ZÄÖÜ][\w&-]*|&|und)){0,3})")),
    # 'Notre pôle Data (3 personnes) rattaché à la Direction Financière': the unit, before the one it reports to.
    re.compile(rf"\b[Nn]otre (?:pôle|équipe|cellule|service) {_UNIT_NAME}"),
    # 'Au sein de notre pôle Data & BI, vous concevez …', 'Rattaché(e) à la Direction Data & Performance'.
    re.compile(
        rf"(?:\b[Aa]u sein (?:de notre|du|de la|de l['’])|\b[Rr]attachée?(?:\(e\)|[·.]e)? (?:à la|à l['’]|au)"  # 'Rattaché·e', as inclusive French writes it
        # 'Rattaché(e) à la responsable du pôle Data & Pricing': to the unit's head, so to the unit.
        rf"(?: (?:responsable|directeur|directrice|head|manager) (?:du|de la|de l['’]))?)"
        rf" (?i:pôle|équipe|service|département|direction|squad|tribu) {_UNIT_NAME}"
    ),
    # Italian, Polish and Portuguese: 'ufficio Pricing & Customer Analytics', 'rafforzare il team Supply Chain Planning',
    # 'w zespole Data & Reporting', 'reforçar a Direção de Análise de Risco' (the unit's word is part of its name there).
    Cue(
        ("ufficio", "reparto", "zesp", "dział", "nel team", "al team", "il team", "del team", "nostro team"),
        # Polish 'Dołącz do Działu Controllingu Operacyjnego': the department's name, in the genitive.
        re.compile(
            rf"(?:ufficio|reparto|zespole|zespołu|zespół|[Dd]ziału|[Dd]ziale|\b(?:nel|al|il|del|nostro) team) {_UNIT_NAME}"
        ),
    ),
    # 'Our Data team (7 people) sits in the Tech & Product department': the team, not the department it sits in.
    Cue(
        ("sits in", "sits within", "is part of", "belongs to"),
        re.compile(
            rf"(?:^|[.!?]\s+)(?:The|Our)\s+{_TEAM_NAME}\s+{_TEAM_WORD}\b[^.\n]{{0,120}}?\b(?:sits in|sits within|is part of|belongs to)"
            rf"\s+(?:the|our)\s+(?:[A-Z][\w&-]*\s+|&\s+){{1,4}}{_TEAM_WORD}\b"
        ),
    ),
    Cue(("direção", "direcção"), re.compile(r"(Dire(?:c)?ção de [A-Z][\w&/+.'’-]*(?:\s+(?:[A-Z][\w&/+.'’-]*|&|de|da|do|e))*)")),
    # Spanish units named with their word: 'Buscamos Analista … para la Gerencia de Analítica Comercial' (not 'reportes
    # para la Dirección de Finanzas': a unit worked for).
    Cue(
        ("gerencia", "dirección", "coordinación", "jefatura"),
        re.compile(
            r"(?:[Bb]uscamos|[Bb]uscando|[Ss]e busca|[Ss]e requiere|[Úú]nete|formar(?:ás|á)? parte|[Ii]ntegrar(?:ás|te)|[Ii]ncorpor(?:ar)?(?:te|ás)|[Ss]e (?:integre|incorpore|sume))"
            r"\b[^.\n]{0,80}?\b(?:para|a|en|de) la ((?:Sub)?(?:[Gg]erencia|[Dd]irección|[Cc]oordinación|[Jj]efatura) de [A-ZÁÉÍÓÚ][\w&/+.'’-]*"
            r"(?:\s+(?:[A-ZÁÉÍÓÚ][\w&/+.'’-]*|&|de|del|y|e))*)"
        ),
    ),
    # 'Working within Enterprise Data & Analytics, you will turn …': the unit the hire works in.
    Cue(("working within",), re.compile(rf"\b[Ww]orking within {_TEAM_NAME},")),
    # 'Within our Digital Services unit, the Asset Intelligence team turns …': the team, not the unit it is in.
    Cue(
        ("within",),
        re.compile(rf"\b[Ww]ithin (?:our|the) (?:[A-Z][\w&-]*\s+|&\s+){{1,4}}{_TEAM_WORD},\s+the\s+{_TEAM_NAME}\s+team\b"),
    ),
    # 'im Scrum-Team "Billing Core"', 'the team "Checkout Experience"': a team's name in quotes.
    Cue(("team",), re.compile(r"[Tt]eam\s+[\"„“‘'](\w[^\"“”’'\n]{1,40})[\"“”’']")),
    # 'join the client's Payment Integrity analytics team', 'support its Consumer Lending Risk reporting group',
    # 'will sit with the client's Member Insights group' (working with a team is not being in it).
    re.compile(
        rf"\b(?:join|joining|member of|part of|in|on|within|for|to|lead|leading|support|sit with|sits with|sitting with"
        rf"|embedded with)\s+(?:our|the|their|its|a|an|het|[A-Z]\w+['’]s)"  # Dutch 'in het Data & Insights team\'
        # 'for their growing Management Information function'.
        rf"\s+(?:client['’]s\s+)?(?:(?:growing|expanding|new)\s+)?{_TEAM_NAME}\s+(?:{_TEAM_INFIX}\s+)?{_TEAM_WORD}\b"
    ),
    # German and Dutch: 'Für unser Team Data & Analytics suchen wir', 'Zur Verstärkung unseres Bereichs Konzerncontrolling',
    # 'Im Stabsbereich Unternehmensentwicklung ist ...', 'bij de afdeling Informatie & Analyse'. A unit word alone
    # after 'im' is too common in German prose ('Arbeit im Team'): only 'unser' or a sentence's opening 'Im' (in
    # capitals) leads in. Each opens with a word, not \b or a group, so that re can skip ahead to its first letters.
    Cue(
        ("unser",),
        re.compile(
            rf"(?:[Ff]ür|[Ii]n|[Zz]ur Verstärkung|[Vv]erstärkung|verstärken(?: wir)?|verstärkst|ergänzen(?: wir)?|ergänzt) unser(?:es|em|en|er|e)? "
            rf"(?:Team|Bereichs?|Abteilung|Fachbereichs?|Stabsbereichs?|Stabsstelle) {_UNIT_NAME}"
        ),
    ),
    # 'Du unterstützt unser Sales & Operations Analytics Team': the name before the word, of two words or more
    # ('unser Data-Team' is any data team: the golds call it a team about as often as not).
    Cue(
        ("unser",),
        re.compile(
            r"(?:(?:unterstützt|unterstützen|verstärkst|verstärken|ergänzt|ergänzen|[Ff]ür) unser(?:e|en)?|\bUnser) "
            r"([A-Z][\w&/+.'’]*(?:[ -](?:[A-Z][\w&/+.'’]*|&|und|and)){1,5})[ -]Team\b"
        ),
    ),
    # 'We are building a Commercial Data & Analytics unit that …', 'we're growing our Data Platform team', 'We are
    # establishing a new Data Analytics Unit'.
    Cue(
        ("building", "growing", "expanding", "establishing", "setting up"),
        re.compile(
            rf"\b(?:building|growing|expanding|establishing|setting up) (?:a|an|our|its|their)(?: new)? {_TEAM_NAME}\s+(?:{_TEAM_WORD}|Unit)\b"
        ),
    ),
    # 'Im Zentralbereich Finanzen & Controlling bauen wir …'.
    re.compile(
        rf"(?:Im|Unsere?|Das|Die) (?:Team|Bereich|Fachbereich|Stabsbereich|Zentralbereich|Konzernbereich|Abteilung) {_UNIT_NAME}"
    ),
    # 'Zur Verstärkung unserer Personalabteilung': a department named in one word.
    # 'Für unser Konzerncontrolling in der Hamburger Zentrale suchen wir': a controlling unit named in one word.
    Cue(
        ("abteilung", "controlling"),
        # 'Zur Verstärkung unseres Konzerncontrollings': the genitive's -s is no part of the name.
        re.compile(r"\b[Uu]nser(?:er|es|em)? ([A-ZÄÖÜ]\w+abteilung|[A-ZÄÖÜ]\w+controlling)s?\b"),
    ),
    re.compile(rf"(?:Unsere|[Ii]n unserer|^Die) Gruppe {_UNIT_NAME}"),  # 'Unsere Gruppe Data & Analytics baut …'
    # A German ministry's or agency's unit: 'Im Referat Z 3 „Datenmanagement und Analytik“ ist … zu besetzen'.
    Cue(("referat",), re.compile(r"\b(?:[Ii]m|[Dd]as|[Dd]em) Referat (?:[A-Z]{1,3} ?\d{1,3} )?[„“\"]([^„“”\"\n]{3,60})[“”\"]")),
    # 'Für unseren Geschäftsbereich Energiedaten-Services suchen wir': a business unit, named after its word.
    Cue(
        ("geschäftsbereich", "fachbereich"),
        re.compile(rf"\b(?:[Ff]ür|[Ii]n|[Zz]ur Verstärkung) unser(?:en|em|es)? (?:Geschäfts|Fach)bereich(?:s|es)? {_UNIT_NAME}"),
    ),
    Cue(
        ("unseres teams", "abteilung", "des bereichs", "des teams"),
        # 'Zur Verstärkung unseres Teams im Bereich Group Controlling': the area named after the team; 'Unterstützung
        # des Teams Energiedatenmanagement'.
        re.compile(
            rf"(?:unseres Teams(?: im (?:Fach)?[Bb]ereich)?|des Teams|die Abteilung|der Abteilung|unsere Abteilung|des Bereichs)"
            rf" {_UNIT_NAME}"
        ),
    ),
    # 'das Team Data & Digital Factory', 'im Team Pricing & Actuarial Analytics': in running German only a name of
    # two words or more ('dem Team Rede und Antwort stehen' has one).
    Cue(
        ("im team", "das team", "dem team", "ins team", "unser team", "unserem team", "unseres team"),
        re.compile(
            # A stop only inside a word ('Node.js'): 'Team Reporting & Analytics. Sie sind' ends at the sentence.
            # Not 'arbeiten eng mit dem Team Business Intelligence zusammen': a team worked with.
            rf"(?:im|das|(?<!mit )dem|ins|unser|unserem|unseres) Team ({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|&|and|of)){{1,5}})"
        ),
    ),
    # Norwegian, Danish and Swedish: 'en del av faggruppen Data & Innsikt', 'i afdelingen Group Finance'.
    Cue(
        ("faggruppen", "avdelingen", "afdelingen", "avdelningen", "teamet", "vårt team", "vores team", "vort team", " gruppen"),
        # After a Nordic preposition: Dutch 'op de afdelingen Verf & Behang' are departments worked in. The team the
        # text calls its own: 'Nu förstärker vi vårt team Transportanalys'.
        re.compile(
            # 'I afdelingen Kunde & Marked søger vi', 'en BI-utvecklare till gruppen Analys & Rapportering'.
            rf"\b(?:(?:[Ii]|[Tt]il|[Tt]ill|av|ved|inom|på|hos) (?:faggruppen|gruppen|avdelingen|afdelingen|avdelningen|teamet)"
            rf"|(?:vårt|vores|vort) team"
            # A sentence about the department: 'Avdelingen Data & Analyse skal bygge …'.
            rf"|\b(?:Avdelingen|Afdelingen|Avdelningen))"
            rf" {_UNIT_NAME}"
        ),
    ),
    # Dutch 'ons BI-team van vier collega's, onderdeel van de afdeling Finance & Control': the team before its department.
    # Danish and Norwegian the same way: 'vores Commercial Insights-team'.
    Cue(("-team",), re.compile(r"\b(?:ons|onze|vores|vårt|vort) ([A-Z][\w&]*(?:[ -][A-Z][\w&]*){0,3})-team\b")),
    # 'Voor ons Data Office in Gent zoeken we …', 'Voor onze afdeling …' (above): the unit a Dutch posting hires for.
    Cue(
        ("voor ons ", "voor onze "),
        re.compile(r"\b[Vv]oor (?:ons|onze) ((?:[A-Z][\w&-]*|&)(?: (?:[A-Z][\w&-]*|&)){0,3}) (?:in [A-Z]\w+ )?(?:zoeken|is)\b"),
    ),
    Cue(
        ("afdeling", "het team", "ons team", "onze team", "de team"),
        # 'onderdeel van het team Klantinzicht binnen de afdeling Marketing': the team joined, not its department.
        re.compile(rf"(?:(?:bij|binnen|in) (?:de|het|onze|ons)|van het|[Oo]nze) (?:afdeling|team) {_UNIT_NAME}"),
    ),
    # 'Data at Quillfeather is a central team of 11', 'Group FP&A is a team of eleven in our headquarters': tried only on
    # lines that say ' is a' or ' is our'. Without the company's name the head count must follow: 'Acme is a small team'
    # is the company.
    Cue(
        (" is a", " is our"),
        re.compile(
            rf"(?:^|[.!?]\s+){_TEAM_NAME}(?: at [A-Z][\w&.-]*(?: [A-Z][\w&.-]*)* is (?:a|an|our) (?:[\w-]+\s+){{0,2}}{_TEAM_WORD}\b"
            rf"| is an? (?:[a-z-]+\s+)?team of (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty)\b)"
        ),
    ),
    # 'The Consumer Growth analytics pod works with …': a kind of work may stand between the name and the unit.
    re.compile(
        rf"(?:^|[.!?]\s+)(?:The|Our|(?:[A-Z]\w+ ){{0,3}}[A-Z]\w+['’]s)\s+{_TEAM_NAME}\s+(?:{_TEAM_INFIX}\s+)?{_TEAM_WORD}\b"
    ),
    # 'Our Team Advanced Analytics (part of Group IT & Data) builds …'.
    re.compile(rf"(?:^|[.!?]\s+)(?:Our|The) [Tt]eam {_UNIT_NAME}"),
    # 'a data analyst to join Trading Analytics in Oslo': a unit joined, named by its function, without a team word.
    Cue(
        ("join",),
        re.compile(
            rf"\bjoin(?:ing)? ((?:{_NAME_WORD} ){{0,3}}(?:Analytics|Data|Insights|Intelligence|Engineering|Platform|Reporting"
            r"|Research|Science|BI))\b(?! (?:team|squad|group|department|unit|function|[A-Z]))"
        ),
    ),
    # 'Risk Intelligence is the team that decides …'.
    Cue((" is the team",), re.compile(rf"(?:^|[.!?]\s+){_TEAM_NAME} is the team\b")),
    # 'our four-person Data team', 'our central Data team'; not 'work closely with the Data Platform team', a team the
    # hire works with.
    re.compile(rf"(?<!with )\b(?:our|the)\s+(?:(?:[a-z]+-[a-z]+|{_TEAM_ADJECTIVES})\s+)?{_TEAM_NAME}\s+{_TEAM_WORD}\b"),
    # 'Our Data & Analytics Competence Centre is migrating …': a unit whose word is part of its name.
    Cue(
        ("competence cent", "center of excellence", "centre of excellence"),
        re.compile(
            rf"\b(?:[Oo]ur|[Tt]he|join|joining)\s+((?:{_NAME_WORD}\s+|&\s+){{1,4}}"
            r"(?:Competence Cent(?:re|er)|Cent(?:re|er) of Excellence))\b"
        ),
    ),
    # An agency of its client: 'to recruit a Pricing Analyst into their growing Pricing & Underwriting Analytics team'.
    Cue(("into their",), re.compile(rf"\binto their (?:growing |new )?{_TEAM_NAME}\s+{_TEAM_WORD}\b")),
    # 'Reporting to the Manager, Data & Analytics, the Senior BI Analyst …': the unit in its manager's title (not
    # 'reporting to the Head of Data', which names a wider unit than the team as often as not).
    Cue(
        ("reporting to",),
        re.compile(rf"[Rr]eporting to (?:the|our) (?:Head|Manager|Director|Lead), ({_NAME_WORD}(?: (?:{_NAME_WORD}|&|and))*)"),
    ),
    # 'Our Group Data Office is building …', 'As a Senior Data Engineer in the Group Data Office': an office named by what
    # it does is a unit (not 'our Dubai office'); the last resort, as it is often the wider unit a named team sits in.
    Cue(
        ("data office", "analytics office", "transformation office", "management office"),
        re.compile(
            # German 'Im Data & Analytics Office bündeln wir …'.
            r"\b(?:[Oo]ur|in the|[Ii]m) ((?:(?:[A-Z][\w&-]*|&)\s+){0,3}(?:Data|Analytics|Transformation|Project Management"
            r"|Programme Management) Office)\b"
        ),
    ),
]
# What beats a title's bracket: the team joined, or the department the text calls its own ('Our Credit Risk
# Management department (second line of defence) reviews …').
_JOIN_PATTERNS = [*_JOINED, re.compile(rf"(?:^|[.!?]\s+)Our\s+{_TEAM_NAME}\s+(?:department|division)\b")]
_COMPOUND_HYPHEN = re.compile(r"(?<=[a-z]{2})-(?=[A-Z][a-z])")
_TRAILING_JOINER = re.compile(rf"\s+(?:{_UNIT_JOINERS}|da|do)$")
_TEAM_CUES = (
    "team",
    " function",  # 'for their growing Management Information function'
    "working within",
    "competence cent",
    "of excellence",
    "chapter",
    "be part of",  # 'You'll be part of our Chief Data Office'
    "data office",
    "analytics office",
    "transformation office",
    "management office",
    "kompetenz",
    "join",  # 'join our Data Office', 'join Finance Operations in our …': a unit without a team word
    "reporting to",  # 'Reporting to the Manager, Data & Analytics'
    "squad",
    "group",
    "function",
    "practice",
    "sit in",
    "department",
    "organis",
    "organiz",
    "org",
    "tribe",
    "pod",
    "unit",
    "crew",
    "division",
    "abteilung",
    "controlling",  # 'Für unser Konzerncontrolling'
    "verstärken sie",  # 'Verstärken Sie unser Cyber Defense Center'
    "équipe",
    "time de",
    "equipe",
    "equipa",
    "equipo",
    "área de",
    "rejoi",
    "au sein",
    "notre pôle",
    "notre équipe",
    "notre cellule",
    "notre service",
    "gerencia",
    "dirección",
    "coordinación",
    "jefatura",
    "rattach",
    "voor ons",
    "referat",
    "intégr",
    "bereich",
    "gruppe",
    "afdeling",
    "avdeling",
    "avdelning",
    "gruppen",
    "departamento",
    "ufficio",
    "reparto",
    "zesp",
    "direção",
    "direcção",
)
_NOT_TEAM = {
    "hiring",
    "recruiting",
    "talent",
    "talent acquisition",
    # 'Your application is handled by Maja from our People team': the HR team, which an HR role's page names in full
    # ('People & Culture', 'People Operations'); 'You'll hear from Lien from our HR team'.
    "people",
    "hr",
    "our",
    "the",
    "whole",
    "entire",
    "global",
    "wider",
    "same",
    "new",
    "great",
    # The people reports go to ('monthly KPI packs for the Executive Team'), never the team a hire joins.
    "executive",
    "leadership",
    "senior leadership",
    "executive leadership",
    "management",
    "senior management",
}
_ROLE_OF = re.compile(r"(?:head|director|vp|vice president|chief|manager|lead) of\b", re.I)
_LEVEL = re.compile(
    r"^(?:new grad(?:uate)?|graduate|entry[- ]level|early career|junior|senior|staff|principal|lead|[lpe]\d|ic\d|i{1,3}|iv|\d+"
    r"|mid|mid[- ]?level|mid[- ]senior(?: level)?|intermediate|experienced|medior"  # Dutch 'medior': mid-level
    r"|(?:band|grade|level|pay band) [a-z0-9]{1,3})$",  # 'Analytics Engineer (Band C)': a grade, not a team
    re.I,
)


def _team_from_text(
    doc: Document, company: str | None, patterns: list[re.Pattern[str] | Cue] = _TEAM_PATTERNS, cues: tuple[str, ...] = ()
) -> str | None:
    # Only lines that name a team word can match; filtering first saves five regex scans of every line.
    lines = doc.job_text().split("\n")[:150]
    lines = [lines[index] for index in sorted(lines_containing(lines, cues or _TEAM_CUES))]
    # A team label first, then the team the hire joins, then any team the text introduces.
    broad = None
    for pattern in patterns:
        for line in lines:
            match = pattern.search(line)
            if not match or _WORKS_BESIDE.search(line, max(0, match.start() - 80), match.start()):
                continue  # 'alongside our Senior Product Analyst on the Retention squad': a team the hire works beside
            team = _TRAILING_JOINER.sub("", match.group(1).strip(" .,"))  # 'Contrôle de' before lower-case 'gestion'
            if (placed := _PLACE_AFTER_UNIT.search(team)) and parse_places(placed.group(1))[1]:
                team = team[: placed.start()]  # 'Pianificazione e Analisi Vendite di Milano': the unit, then where it is
            team += _name_continued(line, match.start(1) + len(team))
            if narrower := _NARROWER_TEAM.match(line, match.start(1) + len(team)):
                team = narrower.group(1)  # 'unsere Abteilung Unternehmenssteuerung, Team Datenmanagement & Reporting'
            if company and (owner := re.search(rf"\s+(?:de|of|do|da|di|der) {re.escape(company)}$", team, re.I)):
                team = team[: owner.start()]  # 'el equipo de Pricing de Ruta Verde Logística': the employer's team
            if match.group(0).endswith("-Team"):
                team = _COMPOUND_HYPHEN.sub(" ", team)  # 'unser Sales-Analytics-Team': the Sales Analytics team
            # 'Solvera is a team of 40', 'Solvera Pagos' the company: a name that starts as the company's is the company.
            if (
                team.lower() in _NOT_TEAM
                or (company and team.lower().split()[0] == company.lower().split()[0])
                or not _team_value(
                    team, ours=match.group(0).lstrip(" .!?").lower().startswith(("ons ", "onze ", "our ", "unser"))
                )
            ):
                continue
            # The unit word after the name ('Our IT & Data organisation'), or before it ('Im Bereich Finanzen & Controlling').
            if not _BROAD_UNIT.match(match.string, match.end(1)) and not _BROAD_BEFORE.search(match.string, 0, match.start(1)):
                return team
            # 'Our IT & Data organisation is based in …' and further down 'Our Data & Analytics team (8 people)',
            # 'Our Energy Management department …' then 'strengthening our Forecasting team': the team is the
            # narrower unit, whichever way the text names it.
            broad = broad or team
    return broad


# A unit's name written in sentence case after its capital: 'le pôle Pilotage de la Performance, une équipe …',
# 'avdelingen Analyse og markedsinnsikt, som …', "l'équipe Intelligence d'affaires – Crédit aux particuliers, qui".
# Joined word by word, up to the clause's end: without that comma the words would be the sentence's own.
_CONTINUED = re.compile(
    r"(?:\s+(?:(?:de la|de|du|des|del|og|och|et|y|e|aux|i|for|af|&)\s+|de l['’]|d['’])[\w&'’-]+){1,3}"
    r"(?:\s+[–-]\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3})?(?=\s*[,;(]|\s*$)"
)


def _name_continued(line: str, end: int) -> str:
    """The rest of a unit's name after its first capitalised words, when the clause ends with it."""
    more = _CONTINUED.match(line, end)
    return more.group(0) if more else ""


# Words before a team named in the same sentence that make it someone else's team.
_WORKS_BESIDE = re.compile(
    r"\b(?:alongside|together with|side by side with|collaborat\w* with|partner(?:ing)? with|work(?:ing)? closely with)\b[^.!?]*$"
)
_PLACE_AFTER_UNIT = re.compile(r" (?:di|de|of) ([A-ZÀ-Þ][\w'’-]+)$")
_BROAD_UNIT = re.compile(r"\s+(?:organi[sz]ation|org|department|function|division|unit)\b", re.I)  # 'the Data & AI Division'
_BROAD_BEFORE = re.compile(r"\b(?:[Bb]ereichs?|[Ff]achbereichs?|[Dd]ivision|[Dd]irektion|[Gg]eschäftsbereichs?) $")


_TEAM_LABELS = (
    r"department|dept\.?|division|business unit|business area|abteilung|bereich|fachbereich|afdeling|departamento|département"
    r"|équipe|pôle|service|dział|área"
)


# Lever's row of facts, pasted without its breaks: 'Remote – Portugal / SpainData & Analytics /Full-time /Remote',
# the places, then the department and team ('Engineering – Data Platform'), then the type and the way of working.
_LEVER_TERMS = r"Full[- ]time|Part[- ]time|Contract|Permanent|Intern(?:ship)?|Temporary|Freelance|Fixed[- ][Tt]erm|Casual|CDI|CDD"
_LEVER_ROW = re.compile(rf"^(?:.*[a-z.)])?([A-Z][^/\n]{{1,60}}?) /(?:{_LEVER_TERMS})\b")


# The same row with the department and team last: 'London, United Kingdom /HybridFull-time /Data – Analytics Engineering'
# (its start unglued onto a line of its own).
_LEVER_ROW_LAST = re.compile(
    rf"^(?:.+ /)?(?:Hybrid|Remote|On-?site)?(?:{_LEVER_TERMS})\s*/\s*([A-Z][^/\n]{{1,40}} – [A-Z][^/\n]{{1,40}})$"
)


def _team_from_lever_row(doc: Document) -> str | None:
    for line in doc.header[:12]:
        if " /" not in line:
            continue
        if match := _LEVER_ROW.match(line):
            team = match.group(1).split(" – ")[-1].strip()
            return team if _team_like(team) and not names_role(team) else None
        if match := _LEVER_ROW_LAST.match(line):
            # Last in the row and behind its department, the team is no title ('Analytics Engineering' names a role too).
            team = match.group(1).split(" – ")[-1].strip()
            return team if _team_like(team) else None
    return None


def _team_from_facets(doc: Document) -> str | None:
    """A careers page's row of facts, 'Data · Copenhagen · Permanent, full-time': the department before the place,
    or right after it ('Tel Aviv-Yafo, Israel · R&D · Experienced · Full-time')."""
    for line in doc.header[:15]:
        if "·" not in line and "|" not in line:
            continue
        segments = [segment.strip() for segment in _ROW_BREAK.split(line)]
        if len(segments) < 3:
            continue
        if parse_places(segments[1])[1] or _all_places(segments[1]):
            first = segments[0]  # 'Operations · Kista, Stockholm · Permanent': a district the gazetteer lacks, then its city
        elif parse_places(segments[0])[1] and not parse_places(segments[1])[0]:
            first = segments[1]
        else:
            continue
        if has_legal_suffix(first) or len(first.split()) > 3 or names_role(first) or re.search(r"[a-z][A-Z]", first):
            # 'Grachtwerk Retail B.V. · Amsterdam · 2 weeks ago', 'Analytics EngineerAzulejo Commerce · Lisbon · …':
            # LinkedIn's row starts with the employer, or the role run into it.
            continue
        if _UNIT_WORDS.search(first) and _team_like(first):
            return first
    return None


# A row of employment terms under a careers page's title: 'Festanstellung, Vollzeit · Hamburg'.
_TERMS_ROW = re.compile(
    r"\b(?:Festanstellung|Vollzeit|Teilzeit|Werkstudent|Praktikum|Befristet|Unbefristet|Full-time|Part-time|Permanent|Internship"
    r"|Fixed-term|Temps plein|CDI|CDD|Tiempo completo|Vast|Fast anställning|Heltid|Deltid|Fuldtid)\b"
)


def _team_over_terms(doc: Document, title: str | None, company: str | None) -> str | None:
    """Personio's page: the title again, its department on a line of its own, then the row of terms
    ('Reporting & Controlling Analyst (m/w/d)' / 'Finanzen & Controlling' / 'Festanstellung, Vollzeit · Hamburg')."""
    if not title or not company:
        return None  # without the employer known, the line under the title is as likely its name
    header = doc.header[:20]
    for index, line in enumerate(header[:-2]):
        unit, row = header[index + 1].strip(), header[index + 2]
        if not line.startswith(title) or not ("·" in row or ", " in row) or ":" in row or not _TERMS_ROW.search(row):
            continue  # not 'Standort: Linz' over 'Anstellungsart: Vollzeit (38,5 Std.)': labelled fields, no row of terms
        if len(unit.split()) > 4 or ":" in unit or company.lower() in unit.lower() or names_role(unit) or places_in_line(unit)[0]:
            return None
        return unit if _team_like(unit) and unit[:1].isupper() and not is_chrome(unit) else None
    return None


def _unit_under_employer(doc: Document, company: str | None) -> str | None:
    """NHS Jobs' header: the trust, then its department on the next line ('Performance and Information Department')."""
    if not company:
        return None
    header = doc.header[:20]
    for line, below in zip(header, header[1:], strict=False):
        if line.strip() == company and (unit := _NAMED_UNIT.fullmatch(below.strip())) and _team_like(unit.group(1)):
            return unit.group(1)
    return None


_NAMED_UNIT = re.compile(r"([A-Z][\w&,' -]{2,60}?)\s+(?:Department|Directorate|Division|Team)")


def _all_places(text: str) -> bool:
    places, unknown = places_in_line(text)
    return bool(places) and not unknown


def _team_from_labels(doc: Document) -> str | None:
    """'Department: Emergency Department', or the label alone with the unit on the next line."""
    lines = doc.head_lines()
    for value, index in label_values(lines, _TEAM_LABELS):
        if any(line.startswith(_BOARD_TAXONOMY) for line in lines[max(0, index - 4) : index + 4]):
            continue  # Naukri's 'Department: Data Science & Analytics' beside 'Role Category:': the board's category
        team = _ROW_BREAK.split(value, maxsplit=1)[0].strip(" .")  # 'Bereich: IT & Data   |   Vollzeit'
        team = team.rsplit(" → ", 1)[-1]  # Ashby's 'Engineering → Search & Discovery': the unit, then its team
        if re.search(r"\s[-/]\s", team):
            continue  # 'Engineering - Software & QA': a job board's category path, not the hiring unit
        if below_label(lines, value, index) and lines[index - 1].strip() == "Service":
            continue  # a site's menu: 'Presse', 'Service', 'Karriere', 'Suche', each a line of its own
        if _team_value(team) and _team_like(team) and team[:1].isupper() and not _CIVIL_SERVICE.fullmatch(team):
            return team
    return None


# USAJobs' 'Service: Competitive': which civil service the post is in, under a label that is a team's in French.
_CIVIL_SERVICE = re.compile(r"(?:competitive|excepted|senior executive)(?: service)?", re.I)
_BOARD_TAXONOMY = ("Role Category:", "Industry Type:")
_ROW_BREAK = re.compile(r"\s+[|·•]\s+")


_WAY_OF_WORKING = re.compile(
    r"(?:agile|scrum|kanban|lean|safe|devops|cross-functional)(?:\s*[/&,]\s*(?:agile|scrum|kanban|lean|safe|devops))*", re.I
)


def _team_value(team: str, ours: bool = False) -> bool:
    """Whether a name read as a team can be one: not a level, a head count, a place ('the Chicago team') or a
    person's role ('meeting with the Head of Data and team'). A department's code is a name only in the team the
    text calls its own ('ons BI-team' is Business Intelligence; 'work with the BI team' is someone else's)."""
    return (
        not _LEVEL.match(team)
        and not _ROLE_OF.match(team)
        and not re.search(r"(?<![A-Z] )(?<!\d)\d|·|\bemployees\b", team)  # a head count; not a standard's 'IFRS 9'
        and len(team.split()) <= 6
        and ((ours and team in DEPARTMENT_CODES) or not parse_places(team)[1])
        and not is_skill_name(team)  # 'feeding datasets to the Power BI reporting team': a tool's users, not a unit
        and not _WAY_OF_WORKING.fullmatch(team)  # 'an Agile/Scrum team': how a team works, not which one
        and not team.endswith(("'s", "’s"))  # 'the models that the CFO's team relies on': someone's, not a name
        and team not in WORLD_REGIONS  # 'join our growing EMEA team': a part of the world, not a unit's name
    )


def _team_from_intro(doc: Document) -> str | None:
    """A 'Team Introduction' section that names no team: the name its first sentence opens with ('Data & Growth is
    where our analysts … sit together'), or what it says the team focuses on."""
    for index, line in enumerate(doc.lines[:120]):
        if len(line) > 30 or not _TEAM_HEADING.fullmatch(line.strip()):
            continue
        following = next((text for text in doc.lines[index + 1 : index + 3] if text.strip()), "")
        opening = _UNIT_OPENING.match(following)
        if opening and _team_value(opening.group(1)) and not _LEADING_WORDS_NOT_TEAM.match(opening.group(1)):
            return opening.group(1)
    for section in doc.sections:
        if not re.search(r"\bteam\b", section.heading, re.I):
            continue
        match = re.search(r"\bfocus(?:es|ed|ing)? on ((?:[A-Z][\w&/+-]*)(?:\s[a-z][\w-]*){0,2})", " ".join(section.lines))
        if match:
            return match.group(1).strip()
    return None


_TEAM_HEADING = re.compile(r"(?:about (?:the|our) team|(?:your|the|our) (?:new )?team|das team|ihr team|dein team)[:.]?", re.I)
_UNIT_OPENING = re.compile(rf"{_UNIT_NAME} (?:is where|is the team|sits|owns|looks after|is responsible for)\b")
_LEADING_WORDS_NOT_TEAM = re.compile(r"(?:The|Our|We|You|This|It|Here|At|In)\b")


def _team_like(text: str) -> bool:
    return (
        text != text.lower()  # 'tweedegraads': a qualification, not a named team
        and not _LEVEL.match(text)
        and not re.search(
            r"\d|\bshifts?\b|\bnights?\b|\bweekends?\b|\bgrades?\b|\bseason|\bhome (?:weekly|daily|time)\b|\bregional\b|\botr\b"
            r"|\bbonus\b|[$£€]|\benglish\b|\bspanish\b|\bfrench\b|\bgerman\b|/|,|\bhiring\b|\bpaid\b|\burgent|\bmaintenance\b",
            text,
            re.I,
        )
        and not all(is_skill_name(word) or word in ("&", "and") for word in text.split())
    )  # '(AWS & Kubernetes)'


def _site_owner(name: str, doc: Document) -> bool:
    """Whether the page's footer names `name` as its owner: '© 2026 ContractPulse Ltd', 'About ContractPulse · …'."""
    lines = [line for line in doc.trailer + doc.lines[-15:] if name in line]
    if not lines:
        return False  # most names are not in the footer: no pattern is compiled for them
    owner = re.compile(rf"(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s*)?{re.escape(name)}\b|^About {re.escape(name)}\b", re.I)
    return any(owner.search(line) for line in lines)


def extract_team(doc: Document, found: dict[str, Finding]) -> Finding:
    finding = _extract_team(doc, found)
    company = found["company"].value
    same = finding.value and company and without_legal_suffix(finding.value).lower() == without_legal_suffix(company).lower()
    if same and _RECRUITING.search(finding.value):
        return NOTHING  # the recruiter's own name ('Kestrel Data Recruitment · Manchester …'), never a unit of it
    return finding


# A title's segment that gives the job's terms or shift: no team.
_TERMS_NOT_TEAM = re.compile(
    r"(?:per diem|prn|casual|locum|bank|seasonal|relief|full[- ]time|part[- ]time|fixed[- ]term|temporary|permanent|contract"
    r"|(?:incorporated |independent )?contractors?|freelance|c2c|w2|corp[- ]to[- ]corp"
    r"|(?:1st|2nd|3rd|first|second|third|day|night|evening|weekend|rotating|swing) shifts?|nights|days|weekends)",
    re.I,
)


def _extract_team(doc: Document, found: dict[str, Finding]) -> Finding:
    head: Headline = found["_headline"].value
    company = found["company"].value
    comma = re.match(r"^[^,]+,\s*([A-Z][\w&/ .-]{1,40})$", head.title or "")
    from_title = head.team or (comma.group(1).strip() if comma else None)
    if from_title and _TERMS_NOT_TEAM.fullmatch(from_title.strip()):
        from_title = None  # 'Substitute Teacher - Per Diem', '(Incorporated Contractor', 'Store Manager, Nights': the terms
    bracket = from_title if from_title == head.team and head.team_in_brackets else None
    if bracket and _team_like(bracket) and not _abbreviates(bracket, head.title):
        # 'Marketing Analyst (CRM & Lifecycle)' over 'join our Growth Marketing team': the bracket is the specialty.
        joined = _team_from_text(doc, company, _JOIN_PATTERNS, ("join", "part of", "department", "division"))
        return Finding(joined, "team read from the text") if joined else Finding(_tidy_team(bracket))
    if from_title and company and from_title.lower() == company.lower():
        from_title = None  # 'Role | Karriere | RheinKontor Versicherungsgruppe': the employer, not a team
    if from_title and any(line.startswith(f"{from_title} ") and is_cookie_notice(line) for line in doc.lines[:8]):
        from_title = None  # '… | TechContracts UK' over 'TechContracts UK uses cookies': the site, not a team
    if from_title and _site_owner(from_title, doc):
        from_title = None  # '… | ContractPulse' over '© 2026 ContractPulse Ltd': the site, not a team
    if from_title and (_abbreviates(from_title, head.title) or _names_a_site(from_title, doc.text)):
        # 'Registered Nurse (RGN)': the role's own letters; 'Store Manager - Boise Towne Square' over 'to run our Boise
        # Towne Square location': where the job is, not a team.
        from_title = None
    if from_title and (is_board(from_title) or _INDUSTRY.fullmatch(from_title)):
        # 'Analytics Engineer - Kettlebrook - Welcome to the Jungle': the board, not a team; 'Data Analyst – Fintech':
        # the client's industry.
        from_title = None
    text_team = _team_from_text(doc, company)
    acronym = text_team and text_team.isupper() and len(text_team) <= 5
    if text_team and not (acronym and from_title and _team_like(from_title)):
        return Finding(text_team, "team read from the text")
    if company:
        for line in doc.header[:10]:
            # "Cedar Ridge Hospital - Medical Device Reprocessing": the employer, then its department.
            parts = _TAB_PARTS.split(line.strip())
            # 'Meridia Conseil — Carrières' is the site; 'Ferncastle Talent - Data & Technology Recruitment' an agency's trade.
            unit = len(parts) == 2 and not _SITE_SEGMENT.fullmatch(parts[1]) and not _RECRUITING.search(parts[1])
            if unit and parts[0].lower() == company.lower() and _company_like(parts[1]) and _team_like(parts[1]):
                return Finding(parts[1])
    if from_title and _team_like(from_title) and _confirmed_team(from_title, doc):
        # "Role - Team" or "Account Executive, Mid-Market": a team after the role; the label's fuller name of it first
        # ('Data Science Manager - Pricing' over 'Business Area: Group Pricing & Underwriting Analytics').
        labelled = _team_from_labels(doc)
        if labelled and re.search(rf"\b{re.escape(from_title)}\b", labelled, re.I):
            return Finding(labelled, "team read from a department label")
        return Finding(_tidy_team(from_title))
    from_row = (
        _team_from_lever_row(doc)
        or _team_from_facets(doc)
        or _team_over_terms(doc, head.title, company)
        or _unit_under_employer(doc, company)
    )
    if from_row:
        return Finding(from_row, "team read from the page's row of job facts")
    labelled = _team_from_labels(doc)
    if labelled:
        # A 'Department' label names the wider unit more often than the team: the last resort but one.
        return Finding(labelled, "team read from a department label")
    intro = _team_from_intro(doc)
    if intro:
        return Finding(intro, "team read from the team introduction")
    return NOTHING


def _abbreviates(letters: str, title: str | None) -> bool:
    """Whether capitals in brackets are the role's own abbreviation: 'RGN' for a Registered (General) Nurse, 'BA' for
    a Business Analyst (its first word's initial first, its last word's last)."""
    words = (title or "").split()
    return (
        2 <= len(letters) <= 5
        and letters.isupper()
        and letters.isalpha()
        and len(words) >= 2
        and (letters[0] == words[0][:1] and letters[-1] == words[-1][:1])
    )


def _names_a_site(name: str, text: str) -> bool:
    """Whether the text calls the name one of the employer's sites: 'our Boise Towne Square location', 'the Leeds
    Kirkstall store'."""
    site = r" (?:location|store|branch|site|restaurant|clinic|hotel|shop|showroom|outlet|depot|warehouse)\b"
    return re.search(rf"\b(?:our|the|this) {re.escape(name)}{site}", text) is not None


_INDUSTRY = re.compile(
    r"(?:fin|insur|prop|health|ed|reg|legal|clean|agri|food)tech|healthcare|banking|insurance|e-?commerce|saas|pharma(?:ceuticals)?"
    r"|automotive|gaming|media|hospitality|logistics|telecoms?"
    # The same in German: 'Analytics Engineer (m/w/d) – Versicherung - Köln - Indeed.com'.
    r"|versicherung(?:en)?|bank(?:en)?|energie(?:wirtschaft)?|handel|logistik|pharma|gesundheitswesen",
    re.I,
)


# Names of functions a company is organised by: a headline segment with one is a team, not a specialty.
_UNIT_WORDS = re.compile(
    r"\b(?:team|platform|engineering|operations|services?|group|department|unit|lab|division|infrastructure|product"
    r"|data|analytics|sales|marketing|finance|security|research|support|growth|core|payments?|business|enterprise"
    r"|mid-market|commercial|retail|consumer|digital|technology|it|hr|legal|design|ops|r&d"
    # Hospital units: 'RN - Cardiac Step-Down', 'Pharmacist - Oncology'.
    r"|cardiac|icu|ward|surgical|emergency|oncology|pediatrics?|paediatrics?|maternity|neonatal|telemetry|med-surg)\b",
    re.I,
)


def _confirmed_team(team: str, doc: Document) -> bool:
    """A segment after the role ('Sous Chef – Modern Australian', 'Approved Electrician - Commercial Fit-Out') is
    as often a specialty as a team: it counts when it names a function or the text below speaks of it again."""
    if _UNIT_WORDS.search(team):
        return True
    header = set(doc.header)
    body = "\n".join(line for line in doc.lines if line not in header)
    return team.lower() in body.lower()


def _tidy_team(team: str) -> str:
    # "Monetization Technology-Ads Core Technology": a hyphen between two names reads as " - ".
    return re.sub(r"(?<=[a-z])-(?=[A-Z][a-z]+ )", " - ", team).strip()
