"""Workplace, employment type and degree: a posting's terms, from its headline, labels and text."""

from __future__ import annotations

import re

from generator.ingest.document import Document, is_chrome_line
from generator.ingest.extract.common import NOTHING, Cue, Finding, Lines, below_label, label_values, mentions, symbol_led
from generator.ingest.extract.headline import Headline

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
_DAYS_IN_OFFICE = Cue(
    ("day",),
    re.compile(
        # '3 days a week', '2-3 office days a week'
        r"\b(one|two|three|four|five|[1-5])(?:(?:\s*(?:-|to|or)\s*(?:two|three|four|five|[1-5]))?\s+(?:(?:office|on-?site)\s+)?days?"
        r"\s+(?:a|per|each|every)\s+(?:week|fortnight)\b"
        # 'in the studio at least two of your three days': a share of the working days, so not all of them.
        r"|\s+(?:out\s+)?of\s+(?:your|the|our|every)\s+(?:(?:two|three|four|five|[2-5])\s+)?(?:working\s+|work\s+)?days\b)",
        re.I,
    ),
)
_HYBRID_WORDS = (
    "hybrid",
    "partial",
    "flexible working",
    "teilweise",
    "mobiles",
    "mobil zu arbeiten",
    "mobil arbeiten",
    "mobilen arbeit",
    "mobile working",
    "monday to",
    "tuesday to",
    "wednesday to",
    "thursday to",
    "office on ",
    "office days",
    "days to ",
    "télétravail",
    "home office",
    "home-office",
    "homeoffice",
    "anywhere",
    "remote",
    "híbrid",
    "hibrid",
    "thuis",
    "ibrid",
    "smart working",
    "hybrydow",
    "z domu",
    "z domova",
    "homework",
    "home work",
    "blended working",
    "from home up to",
    "mix of",
    "from home on",
    "partly",
    "days at home",
    "occasional remote",
    "remote days",
    "remote day",
    "days from home",
    "day from home",
    "teletrabajo parcial",
    "teletrabalho parcial",
    "time from home",
    "time at home",
    "day you can work",
    "days you can work",
    "hjemmefra",
    "hjemme",
    "hibrid",
    "kaugtöö",
    "djelomično",
    "distansarbete",
    "hjemmearbejde",
    "hjemmekontor",
    "hemifrån",
)
# Ways of saying 'hybrid' that need no context.
_FEW = r"(?:[1-4]|one|two|three|four)"  # days at home in a week
_HYBRID_WAYS = (
    r"\bpartial(?:ly)? remote\b|\bremote[- ]partial\b|\bflexible working from home\b|\bteilweise remote\b|\bmobiles arbeiten\b"
    r"|\bmobil (?:zu )?arbeiten\b|\bmöglichkeit zu(?:m|r)? mobilen arbeit(?:en)?\b"  # 'die Möglichkeit, nach Absprache teilweise mobil zu arbeiten'
    r"|\bblended working\b"
    # Romanian, Croatian, Hungarian and Estonian: 'în regim hibrid', 'hibridni rad', 'Hibrid munkavégzés', 'Osaline
    # kaugtöö' (partly remote), MojPosao's 'Rad od kuće: Djelomično' (work from home: partly).
    r"|\bregim hibrid\b|\bhibridni rad\b|\bhibrid munka|\bosaline kaugtöö\b|\brad od kuće:?\s*djelomično\b"
    # 'Remote work is possible up to three days a week'; days at home counted, the word before or after them: 'up to 2
    # days of remote work per week', 'Two days of homeworking', '2 home working days a week', 'with 2 remote days per week'.
    rf"|\bremote work(?:ing)? is possible (?:for )?up to {_FEW} days?\b"
    rf"|\b(?:up to )?{_FEW} (?:days? (?:of )?(?:remote work(?:ing)?|working remotely|working from home|from home"
    r"|mobile work(?:ing)?|home[- ]?office|home[- ]?working)|(?:remote|home[- ]?office|home[- ]?working|wfh) days?)\b"
    # 'You work partly from home and partly at our office in Arnhem'.
    r"|\bpartly (?:from home|remote(?:ly)?|at (?:our|the) office)\b"
    # 'the option to work from home on Mondays and Fridays': some days at home each week.
    r"|\bfrom home on (?:mon|tues|wednes|thurs|fri)days?\b"
    # 'we're there together Tuesday to Thursday. Monday and Friday you can work from home': the days first.
    r"|\b(?:mon|fri)days?(?: and (?:mon|fri)days?)?,? (?:you can |you may |you're free to |we )?work (?:from home|remotely)\b"
    # 'a mix of home office and office days', 'a mix of office and remote work'.
    r"|\bmix of (?:home[- ]?office|remote(?: work(?:ing)?)?|working from home|office) and (?:office|on-?site|home[- ]?office|remote)\b"
    # 'Remote-Anteil bis zu 40 % möglich', 'Homeoffice-Anteil von 50 %': a share of the week away from the office.
    r"|\b(?:remote|home[- ]?office|mobil(?:e[ns]? arbeit(?:en)?)?)[- ]anteil\b"
    rf"|\bwork(?:ing)? from home (?:for )?(?:up to )?{_FEW} days?\b"
    # 'works from our East Austin office on Tuesdays and Wednesdays and remotely the rest of the week'.
    r"|\b(?:remote(?:ly)?|from home|at home) (?:for )?the rest of the week\b"
    # Welcome to the Jungle's labels: 'A few days at home', 'Occasional remote'.
    r"|\ba few days (?:at|from) home\b|\boccasional remote\b"
    # 'Tuesdays to Thursdays together in our Grand Canal Dock office': some weekdays in the office, not all five.
    r"|\b(?:mon|tues|wednes)days? (?:to|through|and) (?:tues|wednes|thurs)days?\b[^.\n]{0,25}\b(?:in|at) (?:our|the)\b[^.\n]{0,40}\boffice\b"
    # 'Brussels (Etterbeek), 2 days on site, 3 days remote'.
    r"|\b[1-4] days? (?:on[- ]?site|in (?:the )?office),? (?:and |\+ )?[1-4] days? (?:remote(?:ly)?|from home|at home)\b"
    # '2 Tage pro Woche im Büro, den Rest gerne im Home-Office': some days of the week in the office, not all five.
    r"|\b[1-4] tage? (?:pro|die|in der|je) woche im büro\b"
    # The same in German: '2 Tage vor Ort, 3 Tage remote'.
    r"|\b[1-4] tage? (?:vor ort|im büro),? (?:und |\+ )?[1-4] tage? (?:remote|im home[- ]?office|mobil|von zu hause)\b"
    # 'Remote: 2 days per week from home'.
    rf"|\b{_FEW} days? (?:a|per|each) week (?:from home|at home|remote(?:ly)?|working from home)\b"
    r"|\btélétravail\s*:?\s*(?:partiel|fréquent|occasionnel|régulier|possible)|\bhome[- ]?office[- ]möglichkeit|\bhome[- ]?office (?:(?:tageweise|teilweise|anteilig|gelegentlich) )?(?:möglich|days?\b|nach absprache\b)|\bfrom anywhere on the other days\b|\bhíbrid[oa]\b"
    # Days at home each week, in the languages postings come in: '2 jours de télétravail par semaine',
    # 'Ein Tag pro Woche Homeoffice', 'bis zu zwei Tage pro Woche remote arbeiten', 'twee thuiswerkdagen'.
    r"|\b(?:\d|un|deux|trois)\s+jours? de télétravail\b|\btélétravail\s*(?::\s*)?(?:jusqu['’]à\s*)?(?:\d|un|deux|trois)\s+jours?\b|\btag(?:e)? (?:pro|die|in der) woche (?:im )?(?:home[- ]?office|remote|mobil|von zu hause)\b|\bthuiswerkdag"
    # 'Homeoffice nach Absprache an bis zu 2 Tagen pro Woche', 'Bis zu 2 Tage Homeoffice pro Woche', 'Bis zu 50 % Homeoffice'.
    r"|\b[1-9]\d? ?% (?:home[- ]?office|remote|télétravail|mobile working|mobiles arbeiten)\b"
    # 'Home-Office an bis zu 50 % der Arbeitszeit', 'Remote bis zu 2 Tage': the share after the word.
    r"|\b(?:home[- ]?office|remote|mobile[ns]? arbeiten)\b[^.\n•]{0,12}?\bbis zu (?:[1-9]\d? ?%|[1-4] tag)"
    # 'mobile working up to 60% of your time', 'Up to 40% of your working time from home'.
    r"|\b(?:mobile|remote|home) working up to [1-9]\d? ?%|\b[1-9]\d? ?% of (?:your |the )?(?:working |work )?time (?:from|at) home\b"
    # 'We are in our Södermalm office Tuesday to Thursday and work from wherever we like on Mondays and Fridays'.
    r"|\boffice\b[^.\n]{0,30}?\b(?:mon|tues|wednes|thurs)days? to (?:tues|wednes|thurs)days?\b"
    # 'we ask people to be in their office on Tuesdays and Thursdays': two named weekdays there, not all five.
    r"|\boffice on (?:mon|tues|wednes|thurs|fri)days (?:and|&) (?:mon|tues|wednes|thurs|fri)days\b"
    r"|\boffice days (?:on|are) (?:mon|tues|wednes|thurs|fri)days? (?:and|&) (?:mon|tues|wednes|thurs|fri)days?\b"
    r"|\bhome[- ]?office\b[^.\n]{0,40}?\btag(?:e|en)? (?:pro|die|in der|je) woche\b|\btage?n? (?:home[- ]?office|remote) (?:pro|je|in der) woche\b"
    # Italian 'ibrida' / 'smart working' days, Dutch 'dagen per week thuiswerk', 'deeltijds thuiswerk', 'Je werkt deels thuis en deels op ons kantoor'.
    # Czech and Slovak days at home: 'možnosť práce z domu 2 dni v týždni', 'práce z domova 2 dny v týdnu'.
    r"|\bpr[aá]c[ea] z (?:domu|domova)\b[^.\n]{0,12}\b\d dn[iíy]\b"
    # 'dva dny v týdnu můžete pracovat z domova': the days first.
    r"|\b(?:jeden|dva|dvа|tři|[1-4])\s+dn[iyí]\b[^.\n]{0,40}\bz (?:domu|domova)\b"
    # Danish, Norwegian and Swedish days at home: 'arbejde hjemmefra op til to dage om ugen', 'jobba hemifrån två dagar'.
    r"|\b(?:hjemmefra|hemifrån|arbejde hjemme|jobbe hjemme|arbeide hjemme)\b[^.\n]{0,30}\b(?:dage?|dager|dagar)\b"
    # 'möjlighet till distansarbete två dagar i veckan', 'hjemmearbejde to dage om ugen'.
    r"|\b(?:distansarbete|hjemmearbejde|hjemmekontor)\b[^.\n]{0,20}\b(?:en|ett|én|to|två|tre|fire|fyra|[1-4]) dag(?:ar|e|er)? (?:i|per|om|pr\.) (?:veckan|vecka|ugen|uken|uke)\b"
    # The Nordic compounds: 'vi tillämpar hybridarbete', 'hybridarbejde', 'hybridt arbeid'.
    r"|\bhybridarbete\b|\bhybridarbejde\b|\bhybridt arbeid\b"
    # InfoJobs' 'Teletrabajo parcial' (glued to the next field too: 'Teletrabajo parcialPublicada hace 3d').
    r"|\bteletrabajo parcial(?![a-z])|\bteletrabalho parcial(?![a-z])"
    r"|\bsmart working\b[^.\n]{0,15}\b[1-4] days?\b|\bhybridní\b|\bprac[aęy] hybrydow\w*|\bhybrydowo\b|\bhybrydow\w* (?:tryb|model|forma)|\bibrid[oa]\b|\bgiorn[oi] di smart working\b|\bsmart working\s*:?\s*[1-4] giorn[oi]\b|\bdag(?:en)? per week thuis(?:werk(?:en)?)?\b|\bdeels thuis\b|\bdag(?:en)? thuiswerk(?:en)? per week\b|\bdeeltijds thuiswerk\b"
)
# In a label or a header line the word alone says it ('Hybrid', 'Workplace: Hybrid')...
_HYBRID = Cue(_HYBRID_WORDS, re.compile(rf"\bhybrid(?:e[nrs]?)?\b|\bhibrid\b|{_HYBRID_WAYS}", re.I))  # Romanian 'Hibrid'
# ...in running text only beside a work word, as a label, or near days at home or the office:
# 'electric and hybrid double-deckers' are vehicles.
_HYBRID_IN_TEXT = Cue(
    _HYBRID_WORDS,
    re.compile(
        r"\bhybrid(?:e[nrs]?)?\s+(?:work|working|role|position|model|schedule|arrangement|set-?up|policy|basis|opportunity|environment"
        r"|engagement|assignment|company|organi[sz]ation|employer|workplace"  # 'We're a hybrid company.'
        r"|job|remote|office|mode|way|pattern|contract|travail|arbeit|arbeiten|modell|arbeitsmodell|werken"
        r"|arbeidshverdag|arbeidsmodell|arbeidsform|arbejdsform|arbejdsplads|arbetsplats|arbete)|\bhybrid(?:e[nrs]?)?\s*[:(–—-]"
        r"|\b(?:is|be|are|['’]re|work|works|working|arbeiten) hybrid\b"
        rf"|\bhybrid(?:e)?\b[^.\n]{{0,40}}\b(?:days?|office|home|remote|dager|dage|dagar|kontor\w*)\b|{_HYBRID_WAYS}",
        re.I,
    ),
)
_REMOTE = Cue(
    ("remote", "home", "wfh", "anywhere", "télétravail", "remot", "afstand", "teletrabajo", "zdaln"),
    re.compile(
        r"\b(?:fully remote|100% remote|remote[- ]first|remote job|remote role|remote position|remote-friendly|work from home|wfh"
        r"|work remotely|working remotely|remote work(?:ing)?|remote opportunity|is remote"
        r"|can be remote|remote within|remote in the|remote across|location: remote|remote, [A-Za-z]|anywhere in|télétravail complet"
        r"|100% remot[oa]|cien por ciento remot[oa]|trabajo remoto|trabalho remoto|full remote|100% télétravail|volledig op afstand"
        # InfoJobs' 'Solo teletrabajo' (only remote), '100% teletrabajo'.
        r"|solo teletrabajo|100 ?% teletrabajo|teletrabajo (?:total|completo)"
        # Polish boards: 'Praca zdalna', 'Zdalnie', 'praca w 100% zdalna'.
        r"|praca zdalna|(?<!częściowo )zdalnie|100 ?% zdalna)\b"
        # 'Remote (US)', 'Remote (Germany)', 'Remote (UK-based only)': no word boundary after the bracket.
        r"|\bremote \((?:[A-Za-z]{2,3}|[A-Za-z][a-z]+)(?:[- ]based)?(?: only)?\)",
        re.I,
    ),
)
_ONSITE = Cue(
    (
        "site",
        "office",
        "person",
        "präsenz",
        "remote",
        "store",
        "presencial",
        "présentiel",
        "místě",
        "stacjonarn",
        "sede",
        "not eligible",
        "physical location",
    ),
    re.compile(
        r"\bon-?site\b(?! (?:interview|parking|gym|cafeteria|canteen|childcare|visit|meeting|event|clinic|day|lunch|staff|health"
        r"|wellbeing|well-being|fitness|restaurant|caf[eé]|nursery|facilit|amenit|shop|pharmacy))|\bin-office\b"
        r"|\bwork from (?:the )?office\b|\bin[- ]person\b(?! interview)(?![^.\n]{0,30}?\b(?:once|twice|every|each|a few times|several times)\b)|\boffice[- ]based\b|\b(?:is|role is|position is) site[- ]based\b|\bfully in[- ]person\b|\bnot a remote\b"
        # Lower case only: a capital in the pattern would make Cue search it case-blind, several times slower.
        r"|\bon site (?:at|in) (?:our|the)\b|\bon site at\b(?! (?:night|all times|weekends))|\bno remote\b|\bremote work is not\b|\bno (?:option|possibility) (?:to|of) work(?:ing)? remotely\b"
        r"|\bcompleted at the physical location\b|\bpräsenz|\bin-store (?:position|role|job)\b|\bpresencial\b|\bprésentiel\b"
        # On site in Czech, Polish, French, Italian: 'práce na místě', 'praca stacjonarna', 'travail sur site', 'in sede'.
        r"|\bpráce na místě|\bstacjonarn\w*|\btravail sur site\b|\blavoro in sede\b|\bnot eligible for work from home\b"
        # 'attività svolta interamente in sede' (Indeed Italy's label value 'In sede' is read in _workplace_of).
        r"|\binteramente in sede\b",
        re.I,
    ),
)


_REMOTE_WORDS = re.compile(r"\bremote\b|\btélétravail\b|\bremot[oa]\b|\bà distance\b|\bop afstand\b")
# India's 'WFO': work from the office; not the letters of a code ('Reference: WFO-MDA-0112').
_ONSITE_WORDS = re.compile(r"\bonsite\b|\bon site\b|\bvor ort\b|\bsur site\b|\bop locatie\b|\bwfo\b(?!-\w)|\bwork from office\b")
_OFFICE_WORDS = re.compile(r"\bin office\b|\boffice\b")


def _workplace_of(text: str, office_counts: bool = True) -> str | None:
    """The way of working a label or a header line states. `office_counts`: whether a bare 'office' means
    on-site ('Workplace: Office'), which it does not in an address ('Location: Head Office, 1150 West Georgia St')."""
    value = text.lower()
    if _NO_HOME_WORKING.search(value) or value.strip() == "in sede":
        # 'Work Location: … it is not eligible for remote or hybrid work'; Indeed Italy's 'Sede di lavoro: In sede'.
        return "onsite"
    if _HYBRID.search(value):
        return "hybrid"
    if _REMOTE_WORDS.search(value):
        # 'Leeds city centre - 1 day per week on site, remainder remote'
        return "hybrid" if _days_in_office(text) == "hybrid" else "remote"
    if _ONSITE.search(value) or _ONSITE_WORDS.search(value):
        # 'Location: Leeds city centre, 1 day per week on site': a day or two on site is hybrid.
        return "hybrid" if _days_in_office(text) == "hybrid" else "onsite"
    if office_counts and _OFFICE_WORDS.search(value):
        return "onsite"
    return None


def _days_in_office(text: str) -> str | None:
    """'four days a week in our Toronto office' is hybrid; 'five days a week, at our office' is on-site."""
    for match in _DAYS_IN_OFFICE.finditer(text):
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()), match.start() - 60, 0)
        stops = [i for i in (text.find(".", match.end()), text.find("\n", match.end())) if i != -1]
        context = text[start : min([*stops, match.end() + 60])].lower()
        if re.search(r"remote|from home|anywhere", context) and not _NO_REMOTE.search(context):
            # '3 days a week at our roastery in Amsterdam-Noord, 2 days from home'; not '…, no remote work possible'.
            return "hybrid"
        if not re.search(r"office|on[- ]?site|in person|in-person|studio|campus|together|\bsites?\b", context):
            continue
        sentence = text[start : min(stops, default=len(text))].lower()
        if re.search(r"\bcollege\b|\bschool\b|\buniversity\b|berufsschule|training cent", sentence):
            continue  # an apprentice's '4 days a week on site and 1 day a week at college': day release, not home
        if re.search(r"\b(?:site|client|customer) visits?\b|\btravel\b", sentence):
            continue  # 'expect site visits one to two days a week': trips out, not days at the office
        return "onsite" if _NUMBER_WORDS[match.group(1).lower()] >= 5 else "hybrid"
    return None


_NO_REMOTE = Cue(
    ("no remote", "not remote", "not a remote", "not fully remote", "remote work is not", "not eligible", "remotely", "nicht")
    + ("not offer remote",),
    re.compile(
        r"\bno remote|\bnot (?:a )?(?:fully )?remote|remote work is not|not eligible for remote|\b(?:do|does|can) not offer remote\b"
        r"|no (?:option|possibility) (?:to|of) work(?:ing)? remotely|cannot be (?:done|performed|worked) remotely"
        r"|\bremote ist [^.\n]{0,30}\bnicht möglich|\bnicht (?:vollständig )?remote\b",
        re.I,
    ),
)
# Working from home ruled out: 'mobiles Arbeiten ist für diese Position nicht vorgesehen', 'Home office is not possible'.
_NO_HOME_WORKING = Cue(
    ("nicht vorgesehen", "nicht möglich", "not possible", "not available", "not offered", "pas possible", "not eligible")
    + ("no hybrid",),
    re.compile(
        r"\b(?:mobiles arbeiten|home-?office|remote work(?:ing)?|working from home|hybrid working|télétravail)\b[^.\n]{0,40}?"
        r"\b(?:(?:leider )?nicht (?:vorgesehen|möglich)|not (?:possible|available|offered)|n'est pas possible)"
        # 'it is not eligible for remote or hybrid work', 'no hybrid or remote option'.
        r"|\bnot eligible for (?:remote(?:,| or| and|/))?\s*hybrid\b|\bno hybrid\b",
        re.I,
    ),
)
_NAMED_WAY = re.compile(r"^\s*(?:[-–—*•·→➜➔►▶>]\s*)?(hybrid|remote|on-?site)\s*:", re.I)


_FILTERS = frozenset(
    ("date posted", "remote", "pay", "job type", "location", "company", "salary", "experience level", "distance", "easy apply")
)


# A board's own menu, where 'Remote' is a link to its remote jobs.
_MENU = frozenset(
    ("jobs", "companies", "articles", "salaries", "tech hubs", "for employers", "employers", "career advice", "blog")
    + ("company reviews", "find jobs", "post a job", "resources", "join", "log in", "sign in", "sign up", "profiles")
    + ("job search", "events", "menu")
)


def _in_filter_bar(lines: list[str], index: int) -> bool:
    """Whether a line stands among a job search's filter buttons or a board's menu, each a line of its own, or is
    such a bar pasted as one line ('Date posted ▾Easy Apply onlyRemote onlySalary range ▾')."""
    near = lines[max(0, index - 3) : index + 4]
    if sum(line.count("▾") for line in near) >= 2:
        return True  # drop-down arrows: no posting's own field has them
    if sum(line.strip().lower() in _FILTERS for line in near) >= 4:
        return True
    return sum(line.strip().lower() in _MENU for line in near) >= 3  # 'Companies', 'Salaries', 'Remote', 'Tech Hubs'


def extract_workplace(doc: Document, found: dict[str, Finding]) -> Finding:
    finding = _extract_workplace(doc, found)
    if finding.value == "remote" and doc.json_ld.get("jobLocationType") != "TELECOMMUTE" and _NO_REMOTE.search(doc.job_text()):
        # A board's 'Remote' tag over a text that says 'It is not a remote position': the text knows.
        stated = _workplace_in_text(doc.job_text())
        return Finding(stated.value, "the page says remote; the text says the job is not") if stated.value else NOTHING
    return finding


def _extract_workplace(doc: Document, found: dict[str, Finding]) -> Finding:
    head: Headline = found["_headline"].value
    if head.workplace:
        return Finding(head.workplace)
    if doc.json_ld.get("jobLocationType") == "TELECOMMUTE":
        if doc.json_ld.get("_record") and _days_in_office(doc.job_text()) == "hybrid":
            # A search API's 'job_is_remote: true' over 'Hybrid work: 3 days a week at our office in Warsaw'.
            return Finding("hybrid", "the record says remote; the text gives days in the office")
        return Finding("remote")
    labels = (
        r"workplace(?: type)?|remote type|work(?:place)? model|work mode|location type|work arrangement|remote|hybrid"
        r"|work(?:ing)? pattern|ways? of working"
        r"|arbeitsmodell|modalité|mode de travail|modalidad|modalidade|lugar de trabajo|werkplek|work location|modalità"
        r"|místo výkonu práce|tryb pracy|forma pracy"
    )
    # A search API's 'Remote: false' says what the job is not: such a line is read by none of the tests below.
    header, lines = _without_denials(doc.header), _without_denials(doc.lines[:80])
    for index, line in enumerate(header[:15]):
        named = re.match(r"^\s*(hybrid|remote|on-?site)\b(?!\s*(?:type|job|work|eligible|option))", line, re.I)
        if named and _in_filter_bar(doc.header, index):
            continue  # 'Date posted', 'Remote', 'Pay', 'Job type': a search page's filter buttons
        if named:  # "Hybrid: 2 days per week in the office (London)"
            kind = _workplace_of(line)
            if kind == "onsite" and _days_in_office(doc.job_text()) == "hybrid":
                return Finding("hybrid", "the header says on-site; the text gives days at home")
            return Finding(kind)
    for line in lines:
        # '• Hybrid: three days a week in our Barangaroo office': the label is the way of working.
        named = _NAMED_WAY.match(line) if ":" in line else None
        if named:
            kind = _workplace_of(named.group(1))
            # Welcome to the Jungle's 'Remote: 2 days per week from home': the label's value says some days, not all.
            return Finding("hybrid" if kind == "remote" and _workplace_of(line) == "hybrid" else kind)
    both = Lines(header + lines)  # read twice
    for value, _ in label_values(both, labels):
        kind = _workplace_of(value)
        if kind:
            return Finding(kind)
    for value, _ in label_values(both, r"location|arbeitsort|standort|lieu|ubicación"):
        kind = _workplace_of(value, office_counts=False)
        if kind == "onsite" and _workplace_in_text(doc.job_text()).value == "hybrid":
            # Indeed's 'Arbeitsort: Vor Ort' over 'die Möglichkeit für Homeoffice nach Absprache': the text knows.
            return Finding("hybrid", "the page says on-site; the text allows some work from home")
        if kind:
            return Finding(kind)
    telework = label_values(lines, r"telework(?: eligible)?|remote job|hybrid eligible")
    if any(re.match(r"yes\b", value, re.I) for value, _ in telework):
        return Finding("hybrid", "telework is allowed; how much is not said")
    for index, line in enumerate(header[:20]):
        if re.search(r"\boffice\b", line, re.I) or _in_filter_bar(doc.header, index):
            continue
        kind = _workplace_of(line)
        if kind:
            return Finding(kind)
    return _workplace_in_text(doc.job_text())


_DENIED = re.compile(r"\s*(?:remote|hybrid|on-?site)\s*:\s*(?:false|no|nein|non|nee|n/a)\b", re.I)


def _without_denials(lines: list[str]) -> list[str]:
    """The lines with a denied way of working ('Remote: false') blanked; the others keep their places."""
    return ["" if ":" in line and _DENIED.match(line) else line for line in lines]


# 'we meet in person at least twice a week': some days together, so not every day. Its own cue: words as common as
# 'a week' in the hybrid cue would run that long pattern over nearly every posting.
_SOME_DAYS_TOGETHER = Cue(
    ("twice a week", "twice per week", "times a week", "times per week", "once a week", "once per week"),
    re.compile(r"\bin (?:person|the office) (?:at least )?(?:once|twice|two times|three times) (?:a|per) week\b", re.I),
)


def _workplace_in_text(text: str) -> Finding:
    days = _days_in_office(text) or ("hybrid" if _SOME_DAYS_TOGETHER.search(text) else None)
    if days:
        return Finding(days, "workplace read from the days in the office")
    hits = [kind for cue, kind in ((_HYBRID_IN_TEXT, "hybrid"), (_REMOTE, "remote"), (_ONSITE, "onsite")) if cue.search(text)]
    if "remote" in hits and _NO_REMOTE.search(text):
        hits.remove("remote")  # "There is no remote work" speaks of on-site work
    if "hybrid" in hits and _NO_HOME_WORKING.search(text):
        hits.remove("hybrid")  # 'mobiles Arbeiten ist für diese Position nicht vorgesehen'
        if not hits:
            return Finding("onsite", "the text rules out working from home")
    if len(hits) == 1:
        return Finding(hits[0], "workplace read from the text")
    if "hybrid" in hits:
        return Finding("hybrid", "the text speaks of several ways of working")
    return NOTHING


# Full time in the other languages postings come in, as plain in a label as in running text.
_FULL_TIME_WORDS = (
    r"\bvollzeit|\bunbefristet|\bcdi\b|\btemps plein\b|\btiempo completo\b|\bjornada completa\b|\btiempo indeterminado\b|\bcontrato indefinido\b|^\s*indefinido\b|\bcontrato a término indefinido\b"
    r"|\btempo integral\b|\btempo inteiro\b|^\s*efetivo\s*$|\bcontrato sem termo\b|\btempo pieno\b|\bvoltijd|\bvast contract\b|\bvaste (?:baan|aanstelling)\b|\bvast dienstverband\b|(?<!nie)pełny etat|\bpełen etat\b"
    r"|\bplný úvazek\b|\bplný (?:pracovný )?úv[aä]zok\b"
    # Norwegian, Danish, Swedish and Finnish: 'Fast stilling · Heltid', 'Fuldtid', 'Tillsvidareanställning', 'Vakituinen'.
    r"|\bheltid|\bfuldtid|\bfast (?:stilling|ansettelse|ansættelse)\b|\bfastansættelse\b|\btillsvidare|\bvakituinen\b"
    r"|\bkokoaikai"
    # Croatian, Serbian, Bulgarian, Romanian and Turkish: 'Puno radno vrijeme', 'Пълно работно време', 'Tam Zamanlı'.
    r"|\bpuno radno vrijeme\b|\bpuno radno vreme\b|пълно работно време|\btam zamanlı|\bnormă întreagă\b"
)
# The words of a contractor's engagement, not an employee's ('a 12-month fixed-term contract').
# Spanish and Portuguese fixed terms: 'Contrato a término fijo por 12 meses', 'contrato por prazo determinado' (not 'a
# plazo fijo por 3 meses y luego indefinido': a trial period before a permanent contract).
_FIXED_TERM_ROMANCE = r"\b(?:término|plazo) fijo\b(?![^.\n]{0,40}indefinid)|\bprazo determinado\b"
# Brazil's 'PJ' (pessoa jurídica): the hire invoices as a company.
_CONTRACTOR_TERMS = r"corp[- ]to[- ]corp|c2c|freelancer?|1099|day rate|outside ir35|inside ir35|pj|pessoa jurídica"
_TYPES = [
    (
        "intern",
        # France's 'alternance' (a work-study contract, 'contrat d'apprentissage'): a student's post, as an internship is.
        r"\bintern(?:ship)?s?\b(?!al)|\bco-?op\b|\bpraktikum\b|\bpraktikant|\bstage\b|\bstagiaire\b|\balternance\b"
        r"|\bestágio\b|\bestagiári|\bpasant(?:e|ía)\b|\bpracticante\b|\bbecari[oa]\b",
    ),
    (
        "contract",
        # One leading \\b and the 'employment contract' exclusions after the word: lookbehinds first would be
        # tried at every position of the text, which made this the slowest pattern of all.
        r"\b(?:contract(?:or)?\b"
        + "".join(
            f"(?<!{before} contract)(?<!{before} contractor)"
            for before in ("employment", "permanent", "service", "indefinite", "open-ended", "vast", "tijdelijk")
        )
        + rf"(?! type)(?!s)(?!\s*:)(?! (?:end|renewals?|management|value)\b)|contract[- ]to[- ]hire\b|(?:{_CONTRACTOR_TERMS})\b)",  # 'Contract: Permanent' is a label
    ),
    (
        "temporary",
        r"\btemporary\b(?! resident| foreign worker| accommodation| housing)|\btemp\b|\b(?:maternity|parental)(?: leave)? cover\b|\bseasonal\b|\bfixed[- ]term\b|\bbefristet|\bcdd\b|\btijdelijk contract\b|\bcontrato temporal\b"
        # Dutch: 'dit is een tijdelijke functie', 'Een contract voor 12 maanden'.
        r"|\btijdelijke (?:functie|baan|aanstelling)\b|\bcontract voor (?:\d{1,2}|zes|negen|twaalf|achttien) maanden\b"
        rf"|\bduración determinada\b|\btempo determinato\b|\bcontrato a termo\b|{_FIXED_TERM_ROMANCE}|\bjaarcontract\b|\bvikariat|\bmidlertidig\b|\bvisstidsanställning"
        r"|\bmääräaikai|\bspecified purpose contract\b",  # Ireland's public-service fixed term
    ),
    # A working student ('Werkstudent:in') works part time alongside a degree course; it is not an internship.
    # A fraction of a full-time post ('0,6 fte', '0.8 FTE') is part time too.
    (
        "part_time",
        r"\bpart[- ]?time\b|\bteilzeit|\btemps partiel\b|\bwerkstudent|\bworking student\b|\bdeltid\b|\bosa-aikai|\bdeeltijd"
        r"|\btiempo parcial\b|\bmedia jornada\b|\btempo parcial\b|\btempo parziale\b|\bniepełny etat\b"
        # A Danish or Norwegian student job, alongside the studies as a working student's is.
        r"|\bstudent(?:er)?medhjælper|\bstudentmedhjelper|\bstudiejob\b"
        # Casual work, paid by the shift (JobStreet's and SEEK's 'Casual/Vacation'); not a 'casual dress code'.
        r"|\bcasual(?:/vacation|\s+(?:role|position|job|employment|basis|weekend|shifts?|staff))\b"
        r"|\b0[.,][1-9]\d?\s*fte\b",
    ),
    # Brazil's 'CLT': employment under the labour code.
    ("full_time", rf"\bfull[- ]?time\b|\bpermanent\b|\bumowa o pracę|\bclt\b|{_FULL_TIME_WORDS}"),
]
_WORKING_STUDENT = re.compile(r"\bwerkstudent|\bworking student", re.I)
_GLUED_LABELS = re.compile(r"(?<=[a-z])(?=[A-Z0-9])")  # "RemoteFull-time", "Full-time32 - 40 uur"
_JSON_LD_TYPES = {
    "FULL_TIME": "full_time",
    "PART_TIME": "part_time",
    "CONTRACTOR": "contract",
    "TEMPORARY": "temporary",
    "INTERN": "intern",
}


_TYPE_CUES = [(kind, Cue((), re.compile(pattern, re.I))) for kind, pattern in _TYPES]


def _type_of(text: str) -> str | None:
    """The first employment type a label names ('Permanent, full-time' -> full_time; 'Employment contract | Full-time' too)."""
    hits = [(m.start(), kind) for kind, cue in _TYPE_CUES if (m := cue.search(text))]
    if not hits and _B2B_ONLY.fullmatch(text.strip()):
        return "contract"  # Polish boards' 'Employment type: B2B': the worker invoices as a business
    if {kind for _, kind in hits} == {"full_time", "temporary"}:
        # 'Tempo pieno, Tempo determinato': the hours and the term, and the term sets the job apart (not so a
        # 'contract', which is as often the employment contract: 'Full-time contract (CDI)').
        return "temporary"
    return min(hits)[1] if hits else None


_B2B_ONLY = re.compile(r"(?:b2b|kontrakt b2b|umowa b2b)(?: contract)?", re.I)


_SEASONAL_JOB = r"\bseasonal (?:role|position|job|work|worker|staff|employment|contract|hire|associate)s?\b"
# How the text, not a label, states a type: 'a full-time role', 'a 6-month contract', 'for an internship'.
_TYPES_IN_TEXT = [
    (
        "intern",
        Cue(
            ("intern",),
            re.compile(
                r"\b(?:an?|for|hiring|seeking|our)\s+(?:\w+\s+){0,2}interns?\b|\binternship (?:program|position|role|opportunity)\b"
                r"|\b(?:for|offer|this is) an? (?:\w+\s+){0,2}internship\b|\binternships at\b"
                r"|\b(?:completion of|during|after) (?:the|this|your) internship\b",
                re.I,
            ),
        ),
    ),
    (
        "contract",
        Cue(
            ("contract", "corp", "c2c", "freelance", "1099", "day rate", "ir35", "b2b"),
            re.compile(
                rf"(?:{_TYPES[1][1]})(?=[^.\n,]{{0,20}}(?:role|position|assignment|basis|engagement|job|opportunity|work\b))"
                # Poland's 'B2B contract': the hire invoices as a business (not a 'B2B SaaS' company). Not the Polish
                # 'kontrakt B2B', which Polish boards list beside 'umowa o pracę' as a choice of the two.
                r"|\b(?<!or )b2b (?:contract|rate|basis)\b"
                # 'Outside IR35': the UK's test of a contractor's status, said of no employee's job.
                r"|\b(?:inside|outside)(?: of)? ir35\b"
                # 'a 6-month contract'; a '12-month fixed-term contract' is an employee's, for a while (temporary).
                r"|\b\d+[- ](?:week|month)s?\b(?![^.\n]{0,20}?\b(?:fixed[- ]term|temporary)\b)[^.\n]{0,20}\bcontract\b"
                # Dice's chips: 'Contract - Corp To Corp', 'Contract - W2' (no anchor: one made re try every position).
                r"|\bcontract\s*[-–]\s*(?:w2|corp to corp|c2c|independent|1099)\b",
                re.I,
            ),
        ),
    ),
    (
        "temporary",
        Cue(
            (
                "temp",
                "seasonal",
                "fixed",
                "befristet",
                "cdd",
                "tijdelijk",
                "determinad",
                "jaarcontract",
                "vikariat",
                "midlertidig",
                "contract voor",
            )
            + ("visstid", "määräaikai"),
            # In running text 'seasonal' must name the job: 'the events, offers and seasonal content' is a game's.
            re.compile(_TYPES[2][1].replace(r"\bseasonal\b", _SEASONAL_JOB), re.I),
        ),
    ),
    (
        "part_time",
        Cue(
            ("part", "teilzeit", "partiel", "werkstudent", "working student", "deltid", "osa-aikai"),
            re.compile(_TYPES[3][1], re.I),
        ),
    ),
    (
        "full_time",
        Cue(
            # One of these words is in every match of the pattern below: a cue that missed one would never let it run.
            (
                "full",
                "permanent",
                "vollzeit",
                "unbefristet",
                "cdi",
                "temps plein",
                "tiempo",
                "jornada",
                "tempo",
                "voltijd",
                "vast",
                "indefinido",
            )
            + (
                "pełny etat",
                "pełen etat",
                "úvazek",
                "úvazok",
                "úväzok",
                "heltid",
                "fuldtid",
                "fast stilling",
                "fast ans",
                "fastans",
                "tillsvidare",
                "vakituinen",
                "kokoaikai",
            ),
            # Not a student's 'enrolled in a full-time degree program': the studies' hours, not the job's.
            re.compile(
                rf"\bfull[- ]?time\b(?! (?:degree|studies|study|student|program|programme|course|enrol))"
                rf"|\bpermanent (?:role|position|contract|employment|job)\b|{_FULL_TIME_WORDS}",
                re.I,
            ),
        ),
    ),
]


def _types_in_text(text: str) -> set[str]:
    return {kind for kind, cue in _TYPES_IN_TEXT if cue.search(text)}


def extract_employment_type(doc: Document, found: dict[str, Finding]) -> Finding:
    finding = _extract_employment_type(doc, found)
    if finding.value in ("full_time", "contract") and (not doc.json_ld or doc.json_ld.get("_record")):
        # A board's 'Full-time' or 'Contract' chip over 'a 12-month fixed-term contract (maternity cover)': an
        # employee's job for a while, unless the text speaks of day rates or IR35.
        text = doc.job_text()
        if _says_fixed_term(text) and not _CONTRACTOR.search(text):
            return Finding("temporary", "the page says " + finding.value.replace("_", "-") + "; the text says fixed-term")
    return finding


def _says_fixed_term(text: str) -> bool:
    """Whether the text names a fixed term that is not a trial before a permanent contract ('Contrato indefinido
    después de 3 meses a plazo fijo'; the trial named after the contract is ruled out in _FIXED_TERM_ROMANCE)."""
    return any(not _PERMANENT_BEFORE.search(text, max(0, m.start() - 60), m.start()) for m in _FIXED_TERM.finditer(text))


_PERMANENT_BEFORE = re.compile(r"\bindefinid[oa]\b[^.\n]*$", re.I)


# A fixed term in the text: 'a 12-month fixed-term contract', 'maternity cover', 'befristet auf 12 Monate' (not the
# benefits' 'generous parental leave').
_FIXED_TERM = Cue(
    ("fixed-term", "fixed term", "maternity", "parental leave", "befristet", "tijdelijk", "contract for", "contract of")
    + ("month contract", "temporary", "término fijo", "plazo fijo", "prazo determinado")
    + tuple(f"contract: {digit}" for digit in "123456789"),  # 'Contract: 12 months, with the intention of …'
    re.compile(
        # 'A contract for 12 months, with the intention of converting it to a permanent contract', 'a 12-month contract
        # with the intention to make it permanent', 'This is a temporary position for 12 months', 'Contract: Fixed-term,
        # 12 months' (another job's 'Fixed-term 12 months' in a list is not this one's).
        r"\bcontract (?:for|of) (?:\d{1,2}|six|nine|twelve|eighteen|one|two) (?:months?|years?)\b"
        r"|\b\d{1,2}[- ]month contract with (?:the|a) (?:intention|view|prospect)\b"
        r"|\btemporary,? (?:full[- ]time |part[- ]time )?(?:position|role)\b"
        r"|\bcontract\W*fixed[- ]term,? \d{1,2} months\b|\bcontract:\s*\d{1,2} months\b"
        r"|(?<!no )\bfixed[- ]term (?:contract|role|position|basis)\b|\b(?:maternity|parental)(?: leave)? cover\b"
        r"|\bfixed[- ]term of (?:\d{1,2}|six|nine|twelve|eighteen|twenty-four) months\b"
        r"|\bcover(?:ing)? (?:a |an |for )?(?:period of )?(?:maternity|parental)"
        r"|\bbefristet\b|\btijdelijk contract\b"
        rf"|{_FIXED_TERM_ROMANCE}",
        re.I,
    ),
)
_CONTRACTOR = Cue(
    ("ir35", "day rate", "c2c", "corp", "freelance", "1099", "per day", "/day", "b2b"),
    # Poland's and the Baltics' 'B2B contract for 12 months': a contractor's, invoiced; not 'a B2B SaaS company'.
    re.compile(rf"\b(?:{_CONTRACTOR_TERMS}|ir35|per day|b2b (?:contract|agreement|basis|cooperation))\b|/day\b|\(b2b\)", re.I),
)


_TERM_ONLY = re.compile(r"permanent|unbefristet|festanstellung|cdi|indefinido|vaste aanstelling", re.I)


def _part_time_said(doc: Document) -> bool:
    """Whether the header or the text says the job is part time, and nothing says full time ('Vollzeit – Teilzeit
    möglich', 'Full-time, Job share, Part-time' offer both)."""
    if _FULL_TIME_SAID.search(doc.text):
        return False
    return "part_time" in map(_header_type, doc.header[:20]) or "part_time" in _types_in_text(doc.job_text())


def _header_type(line: str) -> str | None:
    """The employment type a header line names, its labels run together or not ('RemoteFull-timeMid-Senior level')."""
    if "  " in line and _MENU_ROW.fullmatch(line.strip()):
        return None  # a site's menu: 'Collections  Stores  Contract  Company  Careers', a furniture maker's divisions
    return _type_of(line) or (_type_of(_GLUED_LABELS.sub(" ", line)) if len(line) < 80 else None)


_MENU_ROW = re.compile(r"[\w&'-]+(?: [\w&'-]+)?(?:\s{2,}[\w&'-]+(?: [\w&'-]+)?){3,}")
_FULL_TIME_SAID = re.compile(r"full[- ]?time|vollzeit|temps plein|tiempo completo|voltijd|heltid|tempo integral", re.I)


def _extract_employment_type(doc: Document, found: dict[str, Finding]) -> Finding:
    kind = doc.json_ld.get("employmentType") if doc.json_ld else None
    if isinstance(kind, list):
        kind = kind[0] if kind else None
    title = found["title"].value or ""
    head: Headline = found["_headline"].value
    if isinstance(kind, str) and kind.upper() in _JSON_LD_TYPES:
        # A search API's metadata says FULLTIME of most things; a title that says 'C2C only' knows better.
        titled = _type_of(str(doc.json_ld.get("title") or head.line or ""))
        if titled == "contract" and kind.upper() != "CONTRACTOR":
            return Finding("contract", "the title says contract; the page's metadata said otherwise")
        if doc.json_ld.get("_record") and kind.upper() == "FULL_TIME" and _types_in_text(doc.job_text()) == {"contract"}:
            # A search API's FULLTIME over 'a 6-month contract engagement … W2 contract': the description knows.
            return Finding("contract", "the record says full time; its description says a contract")
        return Finding(_JSON_LD_TYPES[kind.upper()])
    # The role itself wins: an intern posting on a page labelled "Full-time" is an internship.
    if re.search(_TYPES[0][1], title, re.I):
        return Finding("intern")
    if _WORKING_STUDENT.search(title):
        return Finding("part_time")  # a working student's contract, however long its term ('befristet auf 12 Monate')
    if head.employment_type and _type_of(head.employment_type):
        return Finding(_type_of(head.employment_type))
    if head.line and _type_of(head.line) == "contract":
        # 'Senior Java Developer (W2 / C2C) - Bluecrest Systems Inc - Charlotte, NC': the headline's terms beat a
        # board's 'Job type: Full-time' widget.
        return Finding("contract")
    for value, index in label_values(doc.lines, _TYPE_LABELS):
        if (
            below_label(doc.lines, value, index)
            and doc.lines[index - 1].strip().lower() == "contract"
            and _HOURS.fullmatch(value)
        ):
            # Reed's chips 'Contract' then 'Full-time': a value, not a label over the next one (NHS Jobs' label
            # 'Contract' has the term under it: 'Permanent', 'Fixed term').
            continue
        kind = _type_of(value)
        if kind == "full_time" and _TERM_ONLY.fullmatch(value.strip()) and _part_time_said(doc):
            # 'Contract: Permanent' beside 'Part Time' in the header and 'on a part-time basis': permanent is the term,
            # not the hours.
            return Finding("part_time", "a permanent job; the page says part time")
        if kind:
            return Finding(kind)
    fields = doc.header[:20] + symbol_led(doc.lines[:60])
    for line in fields:
        kind = _header_type(line)
        if kind and kind != "intern":
            return Finding(kind)
    workload = (
        _WORKLOAD.search(head.line)
        or next((m for line in fields if "%" in line and (m := _WORKLOAD_FIELD.search(line))), None)
        or _WORKLOAD_LABEL.search(doc.job_text())
    )
    if workload:
        # 'Senior Clinical Data Manager (100%)', 'Pensum: 60%': a full-time job, a part-time one. A range up to 100%
        # ('Pensum 80–100 %') is either: of twenty such pages' golds, half said full time and half nothing, and a
        # false fact costs more than a missing one.
        top = int(workload.group(2) or workload.group(1))
        if top == 100 and int(workload.group(1)) < 100:
            return NOTHING
        return Finding("full_time" if top == 100 else "part_time", "employment type read from the workload")
    text = doc.job_text()
    kinds = _types_in_text(text)
    if len(kinds) > 1 and (said := _THIS_ROLE.search(text)) and (kind := _type_of(said.group(1))):
        # 'This is a full-time, on-site role' over 'a team of full- and part-time advisers': the role's own terms.
        return Finding(kind, "employment type read from the text")
    if {"full_time", "part_time"} <= kinds:
        if _PART_TIME_OPTION.search(text):
            # 'Unbefristete Festanstellung in Vollzeit – Teilzeit ab 32 Std. ist verhandelbar': full time, part time on
            # request.
            kinds.discard("part_time")
            if kinds == {"full_time"}:
                return Finding("full_time", "a full-time job; the text offers part time as an option")
        elif kinds == {"full_time", "part_time"} and not _FULL_TIME_SAID.search(text):
            # 'Teilzeitstelle mit 30 Wochenstunden, unbefristet': a permanent contract, and part-time hours.
            return Finding("part_time", "a permanent job; the text says part time")
    if len(kinds) == 1:
        return Finding(kinds.pop(), "employment type read from the text")
    if "intern" in kinds and kinds <= {"intern", "full_time", "part_time"}:
        # 'Join us for an internship ... (full time) from May, (part time) from August': hours, not the kind of job.
        return Finding("intern", "employment type read from the text")
    if kinds == {"contract", "full_time"} and _PERMANENT.search(text):
        # 'This is a permanent, full-time role' above another job's '£400/day outside IR35' further down.
        return Finding("full_time", "employment type read from the text")
    if kinds == {"contract", "full_time"} or kinds == {"temporary", "full_time"}:
        # "a full-time, 6-month contract": the term is what sets the job apart.
        return Finding((kinds - {"full_time"}).pop(), "employment type read from the text")
    return NOTHING


_HOURS = re.compile(r"(?:full|part)[- ]?time", re.I)
_THIS_ROLE = Cue(
    ("this is a", "this role is a", "this position is a", "this job is a"),
    re.compile(r"\b[Tt]his (?:is an?|role is an?|position is an?|job is an?) ([\w ,/-]{3,40}?) (?:role|position|job|post)\b"),
)
_PERMANENT = Cue(("permanent",), re.compile(r"\bpermanent(?:,? full[- ]time)? (?:role|position|job|contract)\b", re.I))
_TYPE_LABELS = (
    r"employment type|job type|type of employment|terms of employment|contract type|contract|commitment|time type|position type"
    r"|work type|type"
    r"|duration|employment|job schedule|anstellungsart|vertragsart|beschäftigungsverhältnis|beschäftigungsart|type de contrat|type d'emploi|schedule|jornada|tipo de contrato"
    r"|tipo de empleo|contratação|regime(?: de contratação)?|modelo de contratação|tipo de vínculo|vínculo|contratación"
    r"|modalidad de contratación"
)
_PART_TIME_OPTION = Cue(
    ("teilzeit", "part-time", "part time", "parttime", "deeltijd"),
    re.compile(
        r"\b(?:teilzeit|part[- ]?time|deeltijd)\b[^\n;]{0,40}?"
        r"\b(?:möglich|verhandelbar|denkbar|possible|negotiable|considered|an option|bespreekbaar|mogelijk)\b"
        # 'We're happy to talk about flexible and part-time arrangements for all roles'.
        r"|\b(?:happy|open) to (?:talk about|discuss|consider)\b[^.\n]{0,30}\bpart[- ]?time\b"
        r"|\b(?:auch|oder|or|also) (?:in )?(?:teilzeit|part[- ]time)\b",
        re.I,
    ),
)
_WORKLOAD = re.compile(r"\((\d{2,3})\s*%?\s*(?:[-–]\s*(\d{2,3}))?\s*%\)")
# A workload among a header row's fields: 'Zurich | Risk & Compliance | 100% | Posted on 14 Nov 2026'.
_WORKLOAD_FIELD = re.compile(r"(?:^|[|·•]\s*)(\d{2,3})\s*%?\s*(?:[-–]\s*(\d{2,3}))?\s*%\s*(?:[|·•]|$)")
_WORKLOAD_LABEL = Cue(
    ("workload", "pensum", "beschäftigungsgrad", "taux d", "stillingsprosent", "tjänstgöringsgrad", "omfattning"),
    re.compile(
        # Norway's and Sweden's 'Stillingsprosent: 100 %', 'Tjänstgöringsgrad: 75 %'.
        r"\b(?:workload|pensum|arbeitspensum|beschäftigungsgrad|taux d['’]activité|taux d['’]occupation|stillingsprosent|tjänstgöringsgrad"
        r"|omfattning)\s*:?\s*(?:of\s+)?"
        r"(\d{2,3})\s*%?\s*(?:[-–]\s*(\d{2,3}))?\s*%",
        re.I,
    ),
)


# Degree words. 'master' counts only as a degree ("Master's", "Master of"), never the verb
# ("master the data"); two-letter abbreviations ('MS', 'BA') only in capitals and next to degree words.
_LEVELS: list[tuple[str, tuple[Cue, ...]]] = [
    (
        "bachelor",
        (
            # Abbreviations, only as written: 'BSc', 'B.Eng', Indonesian 'S1'.
            Cue(
                ("b.eng", "beng", "b.tech", "btech", "b.e.", "bsc", "b.sc", "b.com", "bcom", "s1"),
                re.compile(r"\bB\.?Eng\b|\bB\.?Tech\b|\bB\.E\.|\bB\.?Sc\b|\bB\.?Com\b|\bS1\b"),
            ),
            # Words, in any case; bachelor-level degrees in other languages too: Dutch hbo, Spanish and Portuguese
            # licenciatura and graduação (not 'ensino superior completo', higher education of any level), Italian laurea (triennale), Polish licencjat and
            # 'wykształcenie wyższe', Indonesian Sarjana, Colombian pregrado, Czech vysokoškolské.
            Cue(
                (
                    "bachelor",
                    "undergrad",
                    "bac",
                    "hbo",
                    "licenci",
                    "grado ",
                    "laurea",
                    "licencjat",
                    "sarjana",
                    "graduação",
                    "pregrado",
                    "wyższe",
                    "vysokoškolské",
                    "bakalářsk",
                    "bakalársk",
                    "licen",
                    "bakalaureuse",
                    "honours",
                    "nfq level 8",
                    "kandidat",
                    "bachare",
                ),
                re.compile(
                    r"\bbachelor|\bundergrad(?:uate)?\b|\bbachelier|\bbac\s?\+\s?3\b|\blicenciatura\b"
                    # 'hbo' is a bachelor-level degree, but 'hbo/wo werk- en denkniveau' asks for a way of thinking.
                    # 'HBO/WO level', 'hbo- of wo-werk- en denkniveau' too.
                    r"|\bhbo\b(?!(?:[/ -]|of\b|or\b)*(?:wo)?[/ -]*(?:werk- en )?(?:denkniveau|level|werk))"
                    r"|\bgrado (?:universitario|en)\b|\blaurea(?!\s*[-–]?\s*magistrale)\b|\blicencjat|\bsarjana\b"
                    # 'wykształcenie wyższe' is higher education of any level; technical higher education starts
                    # with the first-cycle engineer's degree (inżynier).
                    # Czech and Slovak: 'bakalářské', 'vysokoškolské I. stupňa' (a university degree alone names no level).
                    r"|\bgraduação\b|\bbacharel(?:ado)?\b|\bpregrado\b|\bwykształcenie wyższe techniczne"
                    r"|\bbakalářsk|\bbakalársk|\bvysokoškolské\w*\s+(?:vzdělání\s+)?i(?!\w)"
                    # Romanian 'studii superioare (licență)', Estonian 'bakalaureusekraad'.
                    r"|\blicen[țţ][ăa]\b|\bbakalaureuse"
                    # An honours degree is a bachelor's in Ireland and the UK; level 8 on Ireland's framework too.
                    r"|\bhonours degree\b|\b(?:1st|2:1|2\.1|first|upper second)[- ]class (?:honours )?degree|\bnfq level 8\b"
                    # Sweden's first degree ('Kandidat- eller masterexamen'); Denmark's 'kandidat' is a master's.
                    r"|\bkandidatexamen|\bkandidat-\s*(?:eller|och)\s*master",
                    re.I,
                ),
            ),
        ),
    ),
    (
        "master",
        (
            Cue(
                ("mba", "m.eng", "meng", "m.tech", "mtech", "msc", "m.sc", "mca", "master", "s2"),
                re.compile(
                    r"\bMBA\b|\bM\.?Eng\b|\bM\.?Tech\b|\bM\.?Sc\b|\bMCA\b|\bS2\b"
                    r"|\bMaster(?=['’]s|s\b|\s+(?:of|in|degree|or|and|student|program|candidate|level|thesis|intern|oder|und|ou|et|o|en)\b"
                    r"|\s*[/,;)(.]|\s*$)"
                ),
            ),
            Cue(
                ("master", "graduate degree", "postgraduate", "bac", "magistrale", "magistersk", "mestrado", "maestría")
                + ("magister", "magistersk", "ylempi", "ylempää", "magistrikraad", "ii. stup")
                + ("kandidatuddannelse", "cand.", "civilekonom", "civilingenjör"),
                re.compile(
                    r"\bmaster'?s\b|\bmasters\b|\bmaster (?:degree|of|in)\b|\bgraduate degree\b|\bmasterstudium|\bbac\s?\+\s?5\b"
                    r"|\bpostgraduate\b|\blaurea\s*[-–]?\s*magistrale\b|\blaurea triennale (?:o|e|/) ?magistrale\b|\bstudia magisterskie|\bmestrado\b|\bmaestría\b"
                    r"|\b(?:licencjat|inżynier) (?:lub|albo|i|/) ?magister\b|\bmagisterské\b"  # Czech 'bakalářské nebo magisterské'
                    # Finnish 'ylempi korkeakoulututkinto', Estonian 'magistrikraad', Slovak 'vysokoškolské II. stupňa'.
                    r"|\bylemp(?:i|ää|än) korkeakoulututkin|\bmagistrikraad|\bvysokoškolské\w*\s+(?:vzdelanie\s+)?ii\.\s*stup"
                    r"|\b(?:een|du|un|le) master\b|\bmaster-?(?:studi|abschluss|student|programm|nivå|niveau|grad|examen|diploma|opleiding)"
                    # 'bachelor- eller masternivå', '(bachelor of master)'; a Dutch 'hbo/wo' alone names no level.
                    r"|\b(?:bachelor|bachelier|kandidat)-?\s*(?:/|or|of|oder|ou|o|eller|och)\s*master"
                    # Denmark's 'kandidatuddannelse' (cand.polit., cand.merc.) is a master's.
                    r"|\bkandidatuddannelse|\bcand\.(?:polit|merc|scient|oecon|it|act)\b"
                    # Sweden's 'civilekonomexamen' and 'civilingenjör': degrees of four to five years, at master's level.
                    r"|\bcivilekonom|\bcivilingenjör",
                    re.I,
                ),
            ),
        ),
    ),
    (
        "phd",
        (
            Cue(
                ("ph", "doctor", "doktor"),
                re.compile(r"\bph\.?\s?d\.?s?\b|\bphd'?s?\b|\bdoctor(?:ate|al)\b(?! of medicine)|\bdoktor|\bdoctorat", re.I),
            ),
            # German 'Masterabschluss oder Promotion': a doctorate beside a degree, in capitals (not a product's
            # promotion). A pattern of its own: a capital in the one above would make its search case-blind and slow.
            Cue(("promotion",), re.compile(r"\b(?:oder|bzw\.|und|abgeschlossene|abgeschlossener) Promotion\b")),
        ),
    ),
]
_ABBREVIATIONS = [("bachelor", r"\bB\.?S\.?\b|\bB\.?A\.?(?!\w)"), ("master", r"\bM\.?S\.?(?!\w)|\bM\.?A\.?(?!\w)")]
_DEGREE_CONTEXT = re.compile(
    # A 'scrum master, BA and two testers' is a team's roles: the business analyst is no degree.
    r"degree|pursuing|graduat|student|candidate|diploma|education|enrolled|ph\.?\s?d|bachelor|(?<!scrum )master"
    r"|/\s*(?:MS|BS)\b|\b(?:BS|MS)\s*/"
    # 'BS in Computer Science, Engineering or a related field'
    r"|\b(?:BS|MS|BA|MA|B\.S\.|M\.S\.)\s+in\s+(?:computer|engineering|math|statistic|econom|physics|business|finance|data|information"
    r"|a related|science)"
    # 'BS in Industrial Engineering', 'MA in Economics': the letters before a capitalised field of study.
    r"|(?-i:\b(?:BS|MS|BA|MA|B\.S\.|M\.S\.|B\.A\.|M\.A\.)\s+in\s+[A-Z][a-z])",
    re.I,
)
_NOT_DEGREE = Cue(
    ("ms ", "tuition", "reimburs", "scholarship", "between", "any post"),
    re.compile(
        r"\bMS (?:Office|Excel|Word|Teams|SQL|Access|Project|Dynamics|Azure|PowerPoint|Outlook)\b|tuition|reimburs|scholarship"
        # 'an internship during a gap year between Bachelor and Master': a time between studies, not a requirement.
        # Naukri's 'PG: Any Postgraduate': any postgraduate degree is welcome, none is asked for.
        r"|\b[Aa]ny [Pp]ost-?[Gg]raduate\b"
        r"|\bbetween (?:your |the |a )?[Bb]achelor(?:['’]?s)?(?: studies| degree)? and (?:your |the |a )?[Mm]aster(?:['’]?s)?\b"
    ),
)


_ABBREVIATION_ANY = re.compile(r"\b[BM]\.?[SA]\.?(?!\w)")
_ABBREVIATION_LETTERS = ("BS", "BA", "MS", "MA", "B.S", "B.A", "M.S", "M.A")
_GRADUATING = re.compile(r"\bgraduat(?:e|ing)\s+(?:in|from|by|before|after|between|december|may|june|20)", re.I)


# Every word some degree cue needs: a line or clause with none of them (most) is ruled out by one loop.
_LEVEL_WORDS = tuple(dict.fromkeys(word for _, cues in _LEVELS for cue in cues for word in cue.words))


def levels_in(text: str) -> set[str]:
    """Degree levels a text names; abbreviations ('MS', 'BA') count only on lines that speak of degrees."""
    if not mentions(text, _LEVEL_WORDS) and not any(letters in text for letters in _ABBREVIATION_LETTERS):
        return set()
    if _NOT_DEGREE.present(text):
        text = _NOT_DEGREE.pattern.sub(" ", text)
    if "raduat" in text:
        text = _GRADUATING.sub(" ", text)  # "Graduating in 2026" is not a graduate degree
    levels = {level for level, cues in _LEVELS if any(cue.search(text) for cue in cues)}
    if any(letters in text for letters in _ABBREVIATION_LETTERS) and _ABBREVIATION_ANY.search(text):
        for line in text.split("\n"):
            if _DEGREE_CONTEXT.search(line):
                levels |= {level for level, pattern in _ABBREVIATIONS if re.search(pattern, line)}
    return levels


_GLUED_DEGREE = re.compile(r"(?<=[a-z])(?=(?:Bachelor|Master)(?:'?s|’s)?\b)")


def extract_degree(doc: Document, found: dict[str, Finding]) -> Finding:
    head: Headline = found["_headline"].value
    if head.degree_tag:
        tag = re.sub(r"\bgraduate\b", "master", head.degree_tag, flags=re.I)
        tagged = levels_in(tag)
        if tagged:
            return Finding(sorted(tagged, key=[level for level, _ in _LEVELS].index))
    required: set[str] = set()
    wished: set[str] = set()
    floor = False
    for section in doc.sections:
        if section.kind == "benefits":
            continue
        if not levels_in(section.text) and not _FLOOR.search(section.text):
            continue  # most sections name no degree: skip the clause-by-clause reading
        desirable = False  # under an NHS person specification's 'Desirable', until its 'Essential'
        for line in section.lines:
            if len(line) < 30 and (label := _CRITERIA.fullmatch(line.strip())):
                desirable = label.group(1) is not None
            if not levels_in(line) and not _FLOOR.search(line):
                continue
            if is_chrome_line(line):
                continue  # LinkedIn's '34% of applicants have a Master's Degree': who applied, not what is asked
            # 'Diferenciais: experiência com Kafka; certificação AWS; mestrado na área': a label that wishes for all.
            lead, colon, _ = line.partition(":")
            wished_line = bool(colon) and len(lead) <= 30 and bool(_WISHED.search(lead))
            if "aurea" in line:
                line = _LAUREA_LEVEL.sub(r"\1 \2", line)  # InfoJobs.it's 'Studi: Laurea - Magistrale': one degree
            if "achelor" in line or "aster" in line:
                line = _GLUED_DEGREE.sub(" ", line)  # a run-on page's 'About youBachelor's degree in …'
            if "(" in line:
                # 'a Master's (WO) is welcome': a level's short name in brackets is no clause of its own.
                line = _BRACKETED_NAME.sub(r" \1", line)
            for clause in _CLAUSE.split(line):
                levels = levels_in(clause)
                soft = desirable or wished_line or section.kind == "preferred" or bool(_WISHED.search(clause))
                (wished if soft else required).update(levels)
                floor = floor or (not soft and not levels and bool(_FLOOR.search(clause)))
    # A degree only wished for counts when it is the only level the posting names; where the posting
    # requires less ('High school diploma required; bachelor's preferred') it asks for no degree.
    if not required and wished and not floor and _unleveled_degree_asked(doc):
        # 'A degree in a quantitative subject' required, 'A Master's or PhD' among the pluses: the level is a wish on
        # top of a degree of any level, so no level is asked for.
        return NOTHING
    levels = required or (set() if floor else wished)
    if not levels:
        return NOTHING
    return Finding(sorted(levels, key=[level for level, _ in _LEVELS].index))


def _unleveled_degree_asked(doc: Document) -> bool:
    """Whether a requirement (not a wish) asks for a degree without naming its level ('A degree in Statistics')."""
    for section in doc.sections:
        if section.kind in ("benefits", "preferred", "about") or "degree" not in section.text.lower():
            continue
        for line in section.lines:
            if _UNLEVELED_DEGREE.search(line) and not levels_in(line) and not _WISHED.search(line):
                return True
    return False


_UNLEVELED_DEGREE = re.compile(r"\b(?:a|university|college|relevant|completed) degree\b", re.I)
_LAUREA_LEVEL = re.compile(r"\b([Ll]aurea)\s*[-–]\s*([Mm]agistrale|[Tt]riennale|[Ss]pecialistica)\b")
# A person specification's columns, each a line of its own: 'Essential' then 'Desirable'.
# Numbered in a PDF's sections: '5. Desirable'.
_CRITERIA = re.compile(
    r"(?:\d{1,2}[.)]\s*)?(?:essential|required|(desirable|preferred|nice to have|wünschenswert))(?: criteria| requirements)?:?",
    re.I,
)


# Clauses of a requirement line: 'Bachelor's required; master's students also welcome', and the bullets of a line pasted
# without its breaks ('… or a bachelor's degree - You have 2 to 5 years, ideally in …').
# Where a degree clause ends; a comma before a second level too ('Bachelor's minimum, Master's a plus'), or before a
# level in a run-on list ('five years, ideally in logistics, a Bachelor's degree in …').
_BRACKETED_NAME = re.compile(r"\s*\(([A-Z][A-Za-z.]{1,5})\)")
_CLAUSE = re.compile(r";|\s[–—-]\s|\(|\)|,\s+but\b|\.\s+|,\s+(?=(?:an?\s+)?(?i:master|bachelor|phd|ph\.d|msc|m\.sc)\b)")
_WISHED = Cue(
    (),
    re.compile(
        r"prefer|\bplus\b|nice to have|\bideal|desir|advantage|\bbonus\b|welcome|not required|not essential|optional|many of us"
        r"|\b(?:is|are|would be|will be) valued\b|wünschenswert|von vorteil|souhait|un plus|deseable|valorad|valoriza|desejável|gradit[oa]|costituisce titolo preferenziale|diferencia(?:l|is)|pluspunt|gewenst|meriterande",
        re.I,
    ),
)
# A requirement below any degree: 'High school diploma or GED', 'no degree required'.
_FLOOR = Cue(
    (
        "high school",
        "ged",
        "secondary",
        "no degree",
        "a-level",
        "abitur",
        "matura",
        "bachillerato",
        "preparatoria",
        "secundaria",
        "ensino m",
        "mbo",
        "havo",
        "vwo",
        "associate",
        "maturit",
        "středoškolské",
        "degree level",
        "university degree",
        "formação superior",
        "ensino superior",
        "vysokoškolské",
        "título universitario",
        "titulación universitaria",
    ),
    re.compile(
        # 'Educated to degree level': a degree of no stated level, below a Master's wished for beside it.
        # A degree of no stated level: 'University degree in Finance … a Master's is an advantage' asks for no level.
        r"educated to degree level|university degree|formação superior|ensino superior|vysokoškolské(?!\w*\s+(?:vzdělání\s+)?i{1,2}(?!\w))|título universitario|titulación universitaria|high school|\bged\b|secondary school|no degree|\ba-levels?\b|abitur|\bmatur(?:a|ita)\b|bachillerato|preparatoria|secundaria"
        r"|ensino m[ée]dio|\bmbo\b|\bhavo\b|\bvwo\b|associate['’]?s? degree|\bassociate of\b|\bmaturitní|\bstředoškolské",
        re.I,
    ),
)
