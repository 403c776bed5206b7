"""A raw posting prepared once for every extractor: clean lines, page noise cut,
sections found (even when headings are inline or glued to text).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate
from typing import Any

from generator.ingest.extract.common import DIGIT, Cue, Lines, automaton
from generator.ingest.roles import names_role

# Headings a posting uses, mapped to the section they open. Matching is on the
# whole line (lower case, trailing ':' dropped), so body sentences never match.
HEADINGS: dict[str, str] = {}
for _kind, _names in {
    "responsibilities": [
        "responsibilities",
        "key responsibilities",
        "job responsibilities",
        "main responsibilities",
        "your responsibilities",
        "role responsibilities",
        "what's the job",
        "what you'll do",
        "what you will do",
        "what you'll be doing",
        "what you will be doing",
        "what you'll do:",
        "your role",
        "the role",
        "in this role",
        "in this role you will",
        "duties",
        "key duties",
        "duties and responsibilities",
        "essential functions",
        "essential duties",
        "your tasks",
        "tasks",
        "your impact",
        "what you'll work on",
        "the job",
        "your job",
        "aufgaben",
        "deine aufgaben",
        "ihre aufgaben",
        "vos missions",
        "missions",
        "vos responsabilités",
        "day to day",
        "a day in the life",
        "what the job involves",
        "role and responsibilities",
        "job duties",
        "das erwartet dich",
        "das erwartet sie",
        "was dich erwartet",
        "was sie erwartet",
        "deine rolle",
        "ihre rolle",
        "dein job",
        "deine aufgaben bei uns",
        "jouw taken",
        "jouw functie",
        "wat ga je doen",
        "wat ga jij doen",
        "je taken",
        "taken en verantwoordelijkheden",
        "functieomschrijving",
        "votre mission",
        "vos missions principales",
        "le poste",
        "descriptif du poste",
        "tes missions",
        "ta mission",
        "tus funciones",
        "funciones",
        "responsabilidades",
        "tus responsabilidades",
        "responsabilidades e atribuições",
        "atividades",
        "mansioni",
        "responsabilità",
        "cosa farai",
    ],
    "qualifications": [
        "qualifications",
        "education",
        "education and experience",
        "education requirements",
        "minimum qualifications",
        "basic qualifications",
        "required qualifications",
        "requirements",
        "job requirements",
        "key requirements",
        "minimum requirements",
        "what you'll need",
        "what you need",
        "what you bring",
        "what we're looking for",
        "what we are looking for",
        "who you are",
        "skills",
        "required skills",
        "skills and experience",
        "skills & experience",
        "experience",
        "your profile",
        "our requirements",
        "profile",
        "about you",
        "must have",
        "must haves",
        "must-have",
        "you have",
        "you might be a good fit if",
        "ideal candidate",
        "the ideal candidate",
        "dein profil",
        "ihr profil",
        "votre profil",
        "qualifikationen",
        "anforderungen",
        "what you'll bring",
        "what you will bring",
        "you should have",
        "who we're looking for",
        "essential",
        "essential skills",
        "essential criteria",
        "requirements and skills",
        "das bringst du mit",
        "das bringen sie mit",
        "was du mitbringst",
        "was sie mitbringen",
        "dein profil bei uns",
        "jouw profiel",
        "wie ben jij",
        "wie ben je",
        "wat vragen wij",
        "wat wij vragen",
        "wat we vragen",
        "functie-eisen",
        "vereisten",
        "profil recherché",
        "ton profil",
        "compétences requises",
        "requisitos",
        "tu perfil",
        "perfil",
        "requisitos e qualificações",
        "requisiti",
        "il tuo profilo",
        "cosa cerchiamo",
    ],
    "preferred": [
        "preferred qualifications",
        "preferred",
        "preferred skills",
        "nice to have",
        "nice to haves",
        "nice-to-have",
        "bonus points",
        "bonus",
        "pluses",
        "desired qualifications",
        "desired skills",
        "good to have",
        "desirable",
        "it would be great if",
        "extra credit",
        "additional qualifications",
        "wünschenswert",
        "plus",
        "pluspunten",
        "atouts",
        "serait un plus",
        "se valorará",
        "diferenciais",
        "costituisce titolo preferenziale",
        # South Africa's and the UK's 'Advantageous' column beside 'Minimum Requirements'.
        "advantageous",
        "advantageous skills",
        "would be advantageous",
    ],
    "benefits": [
        "benefits",
        "perks",
        "perks and benefits",
        "benefits and perks",
        "what we offer",
        "we offer",
        "what's in it for you",
        "compensation",
        "compensation and benefits",
        "pay and benefits",
        "salary and benefits",
        "why you'll love it here",
        "wir bieten",
        "unser angebot",
        "was wir bieten",
        "avantages",
        "ce que nous offrons",
        "our offer",
        "the offer",
        "what you'll get",
        "what you get",
        "rewards",
        "total rewards",
        "das bieten wir",
        "das bieten wir dir",
        "das bieten wir ihnen",
        "was wir dir bieten",
        "was wir ihnen bieten",
        "deine benefits",
        "wat wij bieden",
        "wat bieden wij",
        "wat wij je bieden",
        "wat krijg je",
        "wat krijg je van ons",
        "arbeidsvoorwaarden",
        "ce que nous proposons",
        "ce que nous t'offrons",
        "nos avantages",
        "rémunération et avantages",
        "ofrecemos",
        "qué ofrecemos",
        "beneficios",
        "o que oferecemos",
        "benefícios",
        "cosa offriamo",
        "offriamo",
    ],
    "about": [
        "about us",
        "about the company",
        "about the team",
        "team introduction",
        "about the role",
        "role overview",
        "overview",
        "job overview",
        "position overview",
        "who we are",
        "the team",
        "our team",
        "about the job",
        "about this role",
        "the opportunity",
        "summary",
        "job summary",
        "position summary",
        "description",
        "job description",
        "company description",
        "über uns",
        "à propos",
        "introduction",
        "the company",
        "why join us",
        "why join us?",
        "why us",
        "why you'll love working here",
        "our mission",
        "our values",
        "life at",
        "über das unternehmen",
        "wer wir sind",
        "über die stelle",
        "over ons",
        "over de functie",
        "over de vacature",
        "over het bedrijf",
        "wie zijn wij",
        "wie zijn we",
        "het team",
        "qui sommes-nous",
        "qui sommes-nous ?",
        "l'entreprise",
        "description de l'entreprise",
        "sobre nosotros",
        "quiénes somos",
        "sobre nós",
        "quem somos",
        "chi siamo",
    ],
    # Company blurbs: their facts are extracted, but they are not the job and leave the body.
    "drop": [
        "company overview",
        "company h1b sponsorship",
        "equal opportunity",
        "equal employment opportunity",
        "eeo statement",
        "privacy notice",
        "accommodations",
        "similar jobs",
        # The same list in other languages, found inside a page pasted as one line.
        "weitere stellenangebote",
        "ähnliche stellenangebote",
        "ähnliche jobs",
        "offres similaires",
        "empleos similares",
        "ofertas similares",
        "vagas similares",
        "vergelijkbare vacatures",
    ],
    "other": [
        "other",
        "additional information",
        "job information",
        "how to apply",
        "application process",
        "interview process",
        "online assessment",
        "location",
        "working conditions",
        "working hours",
        "hours",
        "schedule",
        "other information",
        "good to know",
        "logistics",
    ],
}.items():
    for _name in _names:
        HEADINGS[_name] = _kind

# Lines of page chrome: navigation, buttons and sign-up prompts of job boards. Matched against the stripped,
# lowered line (is_chrome_line): a case-blind regex runs twice as slow.
CHROME_LINE = re.compile(
    r"^(?:apply(?: now| for this job| to this job| on company site)?\s*[→>]*|save(?: job| .{2,50} at .{2,50})?|share(?: this job)?|report(?: this)? job"
    r"|sign in|sign up|log in|log ?in \S+|join now|back|[←‹] .*|back to (?:jobs|search|results)|show more|show less|see more|see less"
    r"|easy apply|logo|logologo|job board|skip to (?:main )?content|ir al contenido(?: principal)?|aller au contenu(?: principal)?|zum (?:haupt)?inhalt springen|direkt zu(?:m|r) (?:haupt)?(?:inhalt|navigation|hauptnavigation|suche|menü|fußzeile)|gebärdensprache|leichte sprache|skip to (?:main )?(?:navigation|search|footer)|ir para o conteúdo(?: principal)?|naar (?:de )?(?:hoofd)?inhoud|saltar al contenido(?: principal)?|pular para (?:o )?conteúdo(?: principal)?|passer au contenu(?: principal)?|accept(?: all)?(?: cookies)?|reject(?: all)?|cookie settings"
    r"|manage cookies|clear text|expand search|jobs|people|learning|view all jobs|my jobs|meine jobs|jobsuche|einstellungen für jobsuche"
    r"|print|email|copy link|[\w .&'-]{1,40} logo"
    r"|(?:prueba|experimente o|essayez|teste) premium .{0,30}|try premium .{0,30}|premium (?:gratis|kostenlos) testen"
    r"|(?:sort by|classificar por|ordenar por|trier par|sortieren nach):.*"
    r"|get jobs tailored to your resume|upload (?:your )?(?:resume|cv)|\d+ applicants|over \d+ applicants|\d{1,3}% of applicants .*|be an early applicant|actively hiring"
    r"|company overview|company h1b sponsorship|over ons|über uns|uber uns|à propos|qui sommes-nous|nederlands \| english|english \| deutsch|job openings|open positions|open roles|current openings|all jobs|view all (?:jobs|positions|openings)|careers|apply with linkedin|apply with indeed|i'm interested|not interested"
    # A site's footer: 'Powered by Personio', 'Impressum', 'Mentions légales'.
    # A feed post's tab title: 'Harriet Okafor on LinkedIn: #dataanalyst #manchesterjobs', the author's, not the job's;
    # or the post's first words, which the post below gives whole ('Ingrid Solheim on LinkedIn: We're recruiting a …').
    r"|[\w .'’-]{3,60} on linkedin: .*"
    r"|(?:software )?powered by [\w .-]{2,30}|impressum|datenschutz(?:erklärung)?|privacy policy|privacy notice|terms of use|cookie policy"
    r"|mentions légales|aviso legal|política de privacidad|privacyverklaring|integritetspolicy"
    # A cookie notice's other buttons, and 'all jobs' links, in the languages postings come in.
    r"|(?:only|strictly) (?:necessary|essential)(?: cookies)?|(?:necessary|essential) (?:cookies )?only"
    r"|reject (?:all|non-essential|optional)(?: cookies)?|accept all cookies|manage (?:preferences|settings)|cookie preferences"
    r"|nur (?:notwendige|erforderliche|essenzielle)(?: cookies)?|alle (?:cookies )?(?:akzeptieren|zulassen|ablehnen)|ablehnen"
    r"|auswahl speichern(?: \| alle zulassen)?|alleen (?:noodzakelijke|functionele)(?: cookies)?|accepteren|weigeren"
    r"|tout accepter|tout refuser|continuer sans accepter|aceptar todas|rechazar todas|alle vacatures|alle jobs"
    # A cookie banner's buttons alone on their lines: 'Aceptar todas', 'Rechazar', 'Configurar'.
    r"|rechazar|configurar|aceptar|(?:rejeitar|recusar|aceitar)(?: todos)?|personalizar|rifiuta(?: tutti)?|accetta(?: tutti)?"
    r"|refuser|accepter|candidati ora|condividi"
    r"|alle stellen(?:angebote)?|toutes les offres|todas las ofertas"
    r"|(?:individuelle |cookie-|privatsphäre-|datenschutz-?)?einstellungen(?: speichern| anpassen)?|akzeptieren|zustimmen"
    r"|paramètres(?: des cookies)?|personnaliser|voir l['’]entreprise|voir la fiche entreprise|see (?:the )?company|unternehmen folgen"
    r"|follow(?: company)?|folgen|suivre|volgen|suchen nach(?: jobs)?|ofertas(?: de empleo)?|emploi|alternance|entreprises"
    r"|salaires|conseils|publier une offre|empresas|ofertas de trabajo|inscribirme|guardar oferta|(?:cookie-?)?instellingen(?: aanpassen)?|voorkeuren"
    # A language switch: 'DE | EN', 'EN / FR / NL' (English is always one of them; 'DE | FR' alone may be places).
    r"|(?:[a-z]{2}\s*[|/·]\s*)+en(?:\s*[|/·]\s*[a-z]{2})*|en(?:\s*[|/·]\s*[a-z]{2})+)\s*$",
)
# A heading after which the page lists other jobs: everything from it on is noise.
TRAILER = re.compile(
    r"^(?:similar jobs|similar job postings|more jobs|recommended jobs|related jobs|other jobs|jobs you may like"
    r"|people also viewed|people also searched|more jobs from|explore more jobs|you may also like|similar searches|other (?:open|vacant) positions|other positions(?=\s*$)"
    r"|more jobs like this|see more jobs|explore similar jobs|jobs like this|other vacancies|more vacancies|similar vacancies"
    r"|similar roles|similar positions|related vacancies|further (?:vacancies|jobs|positions|openings)(?=\s*$)"
    r"|jobs you may be interested in|jobs you might be interested in|you may be interested in|you may also be interested in|you might also be interested in|recommended for you|people also applied|more jobs at"
    r"|people who viewed this job also viewed|others also viewed|jobs you might like|you might also like"
    r"|these jobs might interest you|jobs that might interest you|you might be interested in|these jobs might be interesting"
    r"|other openings|more openings|similar openings|related openings|other open roles|more open roles|more open positions|more positions|open positions(?=\s*$)|open roles(?=\s*$)|other roles at|more roles at|similar listings|related listings|more projects|similar projects|weitere projekte|ähnliche projekte"
    # A feed post's comments: other people's rates and roles ('Happy to do 6 months inside IR35 at £600/day').
    r"|most relevant|most recent|relevanteste|neueste|more relevant posts|\d+ comments?(?=\s*$)|see more comments"
    r"|más relevantes|mais relevantes|plus pertinents|meest relevant|\d+ (?:comentarios?|comentários?|commentaires?|kommentare?|reacties)(?=\s*$)"
    r"|\d+ komentarz(?:y|e)?\b"  # Polish: '27 komentarzy · 9 udostępnień'
    # The same lists in other languages: German, French, Spanish, Portuguese, Dutch, Nordic, Italian, Polish.
    r"|ähnliche (?:jobs|stellen(?:angebote)?)|weitere (?:offene )?(?:jobs|stellen(?:angebote)?|positionen)|andere stellen|offres similaires"
    r"|autres offres|offres d['’]emploi similaires|emplois similaires|postes similaires|annonces similaires|empleos similares|ofertas similares|otras ofertas|vagas semelhantes"
    r"|vagas similares|outras vagas|otras vacantes|vacantes similares|avisos similares|ofertas relacionadas|vagas relacionadas|vergelijkbare vacatures|soortgelijke vacatures|andere vacatures|meer vacatures"
    r"|lignende job|liknande jobb|liknande annonser|lignende annoncer|lignende annonser|fler jobb|fler lediga (?:jobb|tjänster)|andra lediga jobb|flere ledige (?:stillinger|jobs?)|lignende stillinger|andre ledige stillinger|andre stillinger|også ledig(?:e stillinger)? hos oss"
    r"|offerte simili|altre offerte|podobne oferty|similar offers|check similar offers|job-uri similare|joburi similare|locuri de muncă similare"
    r"|podobné (?:nabídky|ponuky|pozice)|další nabídky|ďalšie ponuky|autres emplois similaires|jobs similaires|autres offres similaires"
    r"|(?:das|dies|diese(?: jobs| stellen)?) könnten? (?:dich|sie|ihnen) auch interessieren|personen, die (?:sich )?diesen job (?:an)?gesehen haben|passende jobs"
    r"|mehr jobs|(?:jobs|stellen|stellenangebote) wie diese[rs]?|ces entreprises recrutent aussi|ces offres (?:pourraient|peuvent) vous intéresser|vous aimerez aussi"
    r"|vergelijkbare (?:banen|vacatures|jobs)|bekijk ook|meer banen|gelijkaardige (?:vacatures|jobs)|andere jobs"
    # Central and eastern Europe, Greece, the Baltics and Finland: 'Hasonló állások', 'Slični oglasi', 'Παρόμοιες αγγελίες'.
    r"|joburi similare|hasonló állások|slični (?:oglasi|poslovi)|podobni oglasi|podobna delovna mesta|παρόμοιες αγγελίες"
    r"|sarnased töökuulutused|panašūs darbo skelbimai|samankaltaiset työpaikat|vastaavat työpaikat|ofertas semelhantes"
    r"|similar job vacancies|similar remote jobs)(?:\b|(?=(?-i:[A-Z]))).*$",
    re.I,
)
# Phrases of company boilerplate: facts may be taken from such sentences first, but they are not the job.
# Plain lower-case substrings: checking forty of them with `in` is far faster than one regex alternation.
BOILERPLATE_PHRASES = (
    "equal opportunit",
    "equal-opportunity employer",
    "equal employment opportunit",
    "without regard to",
    "reasonable accommodation",
    "applicant privacy",
    "privacy policy",
    "privacy notice",
    "fair chance",
    "arrest or conviction",
    "criminal histor",
    "e-verify",
    "affirmative action",
    "protected veteran",
    "sexual orientation",
    "reserves the right to modify",
    "cookie policy",
    "cookies policy",
    "cookie settings",
    "we use cookies",
    "h1b sponsorship",
    "by submitting an application",
    "committed to creating an inclusive",
    "committed to providing reasonable",
    "application limit is applicable",
    "candidates can apply to a maximum",
    "applications will be reviewed on a rolling basis",
    "recruitment agencies",
    "agency can contact",
    "diverse voices",
    "global offices",
    "offices around the world",
    "our mission is to",
    "we are on a mission",
    "sign up for job alerts",
    "create a free account",
    "create an account",
    "create a job alert",
    "create a free job alert",
    "uses ai to scan",
    "upload your cv",
    "upload your resume",
    "get jobs tailored",
)


def lines_containing(lines: list[str], phrases: tuple[str, ...]) -> set[int]:
    """The indices of the lines that contain one of the lower-case phrases, case-blind.

    One pass of an automaton over the lowered text: testing every phrase against every line in Python, or
    finding each phrase in turn, costs several times more on a posting of a hundred lines.
    """
    low = "\n".join(lines).lower()
    if len(low) != sum(map(len, lines)) + max(len(lines) - 1, 0):
        return {index for index, line in enumerate(lines) if any(phrase in line.lower() for phrase in phrases)}
    starts = [0, *accumulate(len(line) + 1 for line in lines)]
    return {bisect_right(starts, end) - 1 for end, _ in automaton(phrases).iter(low)} if phrases else set()


def is_boilerplate_text(line: str) -> bool:
    low = line.lower()
    return any(phrase in low for phrase in BOILERPLATE_PHRASES)


BULLET = re.compile(
    r"^\s*(?:[-*•·●▪◦‣∙○■□➢➤►▶✓✔\u2022\u2023\u25e6\u2043\uf0b7]|o(?=\s)|\d{1,2}[.)](?=\s+\S|[A-Za-z])|\(?[a-z]\)(?=\s))\s*"
)


@dataclass
class Section:
    """A run of lines under one heading."""

    kind: str
    """responsibilities | qualifications | preferred | benefits | about | other | intro (text before any heading)."""
    heading: str
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Document:
    """What every extractor reads."""

    lines: list[str]
    """Clean lines with trailing noise cut (blank lines kept as '')."""
    header: list[str]
    """The first lines, before the first section heading or long paragraph: title, company, place, pay labels."""
    sections: list[Section]
    json_ld: dict[str, Any]
    trailer: list[str] = field(default_factory=list)
    """What followed the posting: other jobs, then the site's footer (where some boards print the reference)."""

    memo: dict[str, Any] = field(default_factory=dict)
    """Values derived from the text, computed once (several extractors read them)."""

    @property
    def text(self) -> str:
        if "text" not in self.memo:
            self.memo["text"] = "\n".join(self.lines)
        return self.memo["text"]

    def is_boilerplate(self, line: str) -> bool:
        """Whether a line is company boilerplate (EEO, privacy, cookies); computed once for the whole text."""
        seen = self.memo.get("boilerplate")
        if seen is None:  # build_document fills this in; a Document made by hand computes it here
            flagged = lines_containing(self.lines, BOILERPLATE_PHRASES)
            seen = self.memo["boilerplate"] = {line: index in flagged for index, line in enumerate(self.lines)}
        if line not in seen:
            seen[line] = is_boilerplate_text(line)
        return seen[line]

    def head_lines(self, count: int = 80) -> Lines:
        """The header, then the first `count` lines: where the label readers look (a dozen of them, over the same lines)."""
        key = f"head_lines {count}"
        if key not in self.memo:
            self.memo[key] = Lines(self.header + self.lines[:count])
        return self.memo[key]

    def job_text(self) -> str:
        """Text that describes the job: no boilerplate sentences."""
        if "job_text" not in self.memo:
            # Chrome lines go too ('Powered by BambooHR' names the site's software, not a skill of the job);
            # a row of short items with wide gaps stays: it may be the posting's own list of key skills.
            self.memo["job_text"] = "\n".join(
                line for line in self.lines if not self.is_boilerplate(line) and not is_chrome_line(line)
            )
        return self.memo["job_text"]


# Unusual spaces become plain ones; zero-width characters and soft hyphens go. Two regex passes, and only over a
# text that has one of the characters (a substring test each is faster still); not str.translate with a table:
# translate looks every character up in a dict and is eight times slower.
_ODD_SPACE_CHARS = "\u00a0\u2007\u202f\u2009\u200a"
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ODD_SPACES = re.compile(f"[{_ODD_SPACE_CHARS}]")
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")


_TABLE_ROW = re.compile(r"^[ \t]*\|[ \t]*([^|\n:]{1,40}?)[ \t]*\|[ \t]*([^|\n]+?)[ \t]*\|[ \t]*$", re.M)
_TABLE_RULE = re.compile(r"^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$\n?", re.M)
_FRONT_MATTER = re.compile(r"---\n(?:[\w-]{1,20}:[^\n]*\n){1,12}---\n")
_FRONT_SOURCE = re.compile(r"^(?:source|url|link):\s*(\S+)", re.M | re.I)
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^)\s]{0,500}\)")
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]{0,200})\]\(((?:https?://|mailto:|#|/)[^)\s]{0,500})\)")
_LINK_ITEM = re.compile(r"^[ \t]*[*+-][ \t]+(\[[^\]\n]{0,80}\]\([^)\s]{0,500}\))[ \t]*$", re.M)
_APPLY_WORDS = re.compile(r"apply|bewerb|postul|candidat|solicit|aplica|sollicit|søk|ansök|candidatar", re.I)


def _link_text(match: re.Match[str]) -> str:
    text, address = match.group(1).strip(), match.group(2)
    return f"{text} {address}" if _APPLY_WORDS.search(text) and address.startswith("http") else text


_FACTS_ROW = re.compile(
    r"^[ \t]*(\|[^\n]*\|)[ \t]*\n[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|){3,}[ \t]*\n[ \t]*(\|[^\n]*\|)[ \t]*$(?![ \t]*\n[ \t]*\|)",
    re.M,
)


def _facts_row(match: re.Match[str]) -> str:
    labels = [cell.strip() for cell in match.group(1).strip("|").split("|")]
    values = [cell.strip() for cell in match.group(2).strip("|").split("|")]
    if len(labels) != len(values) or not all(0 < len(label) <= 30 for label in labels):
        return match.group(0)  # not a row of labels over one of values
    return "\n".join(f"{label}: {value}" for label, value in zip(labels, values, strict=True) if value)


_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+(?=\S)(?!of )", re.M)  # not iCIMS' label '# of Openings'


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():  # every odd space and invisible character is outside ASCII; most texts have none of them
        if any(ch in text for ch in _ODD_SPACE_CHARS):
            text = _ODD_SPACES.sub(" ", text)
        if any(ch in text for ch in _INVISIBLE_CHARS):
            text = _INVISIBLE.sub("", text)
    if text.startswith("Title: ") and "\nURL Source: " in text[:1000]:
        # A reader tool's capture: 'Title: <the tab's title>', 'URL Source: …', 'Markdown Content:', then the page.
        head, _, rest = text.partition("Markdown Content:")
        head = head.removeprefix("Title: ").replace("\nURL Source: ", "\nURL: ")
        text = re.sub(r"^Published Time:.*\n?", "", head, flags=re.M) + rest if rest else text
    if text.startswith("---\n") and (front := _FRONT_MATTER.match(text)):
        # A clipping tool's front matter ('source: https://…', 'captured: …'): the page's address, then the page.
        source = _FRONT_SOURCE.search(front.group(0))
        text = (f"URL: {source.group(1)}\n" if source else "") + text[front.end() :]
    if "](" in text:
        # A markdown capture's images go, and its links keep their text: '[Shop](https://…)' is 'Shop'; an apply
        # button keeps its address beside it, where the apply-link reader finds it.
        # A list item that is a link and nothing else is a menu's: '* [Our stores](https://…)' is 'Our stores'.
        text = _MARKDOWN_LINK.sub(_link_text, _LINK_ITEM.sub(r"\1", _MARKDOWN_IMAGE.sub("", text)))
    if "**" in text:
        text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)  # markdown bold from pastes
    if "#" in text:
        text = _MARKDOWN_HEADING.sub("", text)  # an archived page's '# Analytics Engineer', '## What you'll do'
    if "|" in text:
        # A table of the job's facts, a label and its value to a row: '| Contract | Permanent, full-time |' is read as
        # 'Contract: Permanent, full-time'; the table's rule '|---|---|' goes. A table of one row under a row of
        # labels ('| Standort | Arbeitszeit | Vergütung |' over '| München (Hybrid) | 20 Std./Woche | 18,50 €/Std. |')
        # is read a label and its value to a line.
        if "-|" in text or "- |" in text:
            text = _FACTS_ROW.sub(_facts_row, text)
        text = _TABLE_RULE.sub("", _TABLE_ROW.sub(r"\1: \2", text))
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    if "-\n" in text:
        text = _LINE_HYPHEN.sub("", text)
    return unglue_fields(text)


# A page's header fields pasted without the breaks between them: 'KölnFeste AnstellungVollzeitHome Office
# möglichVeröffentlicht: 12.11.2026', 'Publiziert am:18 November 2026Arbeitsort:Zürich', 'Nordlicht GmbHHamburg',
# and Workday's labels run into their values: 'time typeFull time', 'job requisition idR-0028841'. Each field
# goes on a line of its own, where the label readers look. Only the page's first lines are searched: that is
# where boards put these fields, and a scan of the whole text cost a tenth of the extraction.
_HEAD_LINES = 30
# Labels that a board runs straight into their values as well ('StandortKöln, Deutschland'): a colon goes between.
_LABEL_WORDS = (
    ("Standort", "Arbeitsort", "Location", "Lieu", "Veröffentlicht", "Posted", "Published", "Geplaatst", "Job ID", "Reference")
    + ("Date posted", "Closing date", "Anstellungsart", "Arbeitsmodell", "Vertragsart", "Arbeitszeit", "Salary", "Salaire")
    + ("Salaris", "Posted on", "Job Type", "Job type", "Job Ref", "Job Reference", "Sector", "Contract Type", "Contract type")
    + ("Referenznummer", "Referenz", "Kennziffer", "Stellennummer", "Job-ID", "Bereich", "Beschäftigungsausmaß")
    + ("Eintritt", "Eintrittstermin", "Einstiegsdatum", "Online seit", "Publicerad", "Sista ansökningsdag")
    + ("Employer", "Arbeitgeber", "Position type", "Application deadline")
    # iCIMS: 'Job ID2026-4471Job LocationsUK-Leeds# of Openings1CategoryData & InsightType Full TimePosted Date14/11/2026'.
    + ("Posted Date", "Job Locations", "# of Openings", "Category")
    # LinkedIn's criteria run together: 'Seniority levelAssociateEmployment typeFull-timeJob functionProduct …'.
    + ("Seniority level", "Employment type", "Job function", "Industries")
    # Ashby: 'LocationAmsterdam HQEmployment TypeFull timeLocation TypeHybridDepartmentEngineering → Search'.
    + ("Employment Type", "Location Type", "Department", "Compensation", "Job ref", "Hours")
    # An Irish agency's strip: 'SectorMedical DevicesDate Posted20-Nov-2026RefTR-10452'.
    + ("Date Posted", "Ref")
    # A UK agency's contract facts: 'Rate£425 - £475 per day', 'Start date11/01/2027Duration6 months'.
    + ("Start date", "Start Date", "Duration", "Rate", "Vacancy reference")
    # Workday in German: 'StandorteZürich, BaselArbeitszeitmodellVollzeitAusgeschrieben seitVor 5 Tagen …'.
    + ("Standorte", "Arbeitszeitmodell", "Ausgeschrieben seit", "Ausgeschrieben am", "Stellenausschreibungs-ID")
    # Latin American boards: 'Nuevo LeónSueldo$48,000 - $56,000 MensualPublicadaHace 4 díasTipo de empleoTiempo completo'.
    + ("Sueldo", "Salario", "Publicada", "Publicado", "Tipo de empleo", "Tipo de contrato", "Contrato", "Modalidad")
    + ("Experiencia", "Ubicación", "Jornada")
    # Croatian and Estonian boards: 'Mjesto radaZagreb, SplitObjavljeno25.11.2026.Rok za prijavu20.12.2026.',
    # 'Avaldatud 20.11.2026Kandideeri kuni 20.12.2026'.
    + ("Mjesto rada", "Objavljeno", "Rok za prijavu", "Neto plaća", "Bruto plaća", "Rad od kuće", "Vrsta zaposlenja")
    + ("Kandideeri kuni",)
)
_LABEL_SET = frozenset(_LABEL_WORDS)  # looked up once per match below; the tuple keeps the pattern's order
# Values that stand without a label ('Vollzeit', 'Hybrid'), and other labels that need no colon.
_VALUE_WORDS = (
    r"Feste Anstellung|Festanstellung|Vollzeit|Teilzeit|Befristet|Unbefristet|Werkstudent(?:in)?|Praktikum|Minijob|Home ?[Oo]ffice|Homeoffice|Remote|Hybrid"
    r"|Full[- ]?[Tt]ime|Part[- ]?[Tt]ime|Permanent|Temporary|Contract|Freelance|Gehalt|Vast contract|Tijdelijk contract|CDI|CDD|Alternance"
    r"|Télétravail|Publiée? le|Mise en ligne|veröffentlicht am|Pubblicata il|Pubblicato il"
    # Flemish boards: 'GentVoltijdsContract van onbepaalde duurGeplaatst op 23/11/2026'.
    r"|Voltijds|Deeltijds|Contract van (?:on)?bepaalde duur|Geplaatst op"
    # Spanish boards: 'ValenciaPresencialPublicada hace 3 días'.
    r"|Presencial|Remoto|Híbrido|Teletrabajo|Hibrid"  # Romanian eJobs: 'Cluj-NapocaFull-timeHibridMid-level'
    r"|Täistööajaga|Osalise tööajaga|Osaline kaugtöö"  # CV.ee: 'TallinnTäistööajaga, 1 vahetusOsaline kaugtöö'
)
# An employer's legal form run into the place after it ('Nordlicht GmbHHamburg'): the break goes after it.
# The two-letter ones only after a word of their own ('Kranichfeld Logistik SELeipzig', never 'SEO').
_LEGAL_FORMS = ("GmbH", "Ltd", "Inc", "LLC", "DAC", "B.V.", "S.A.", "SE", "AG", "KG", "NV", "BV", "AB", "AS", "Oy")
# Longest first, so that 'Date posted' wins over 'Posted'. It opens with its words (a lookbehind in front would be
# tried at every position); the glue is tested on the match.
_FIELD_WORDS = re.compile(
    "(?:"
    + "|".join(sorted(map(re.escape, _LABEL_WORDS + _LEGAL_FORMS), key=len, reverse=True))
    + f"|{_VALUE_WORDS})(?![a-zäöüéèà])"
)
_WORKDAY_LABELS = (
    "locations",
    "location",
    "time type",
    "posted on",
    "job requisition id",
    "jobrequisitionid",
    "time left to apply",
    "job family",
    "worker type",
    "remote type",
    "standorte",
    "standort",
    "stellen-id",
    "ausgeschrieben am",
    "arbeitszeit",
    # Workday in French: 'emplacements2 emplacementstype de postePlein tempspublié leAffiché il y a 6 jours'.
    "emplacements",
    "emplacement",
    "type de poste",
    "publié le",
    "date de fin de l'affichage",
    "id de réquisition",
    "ID de réquisition",
)
_LOWER = "a-zäöüßáéíóúñçàèâêîôûëãõ"
# A PDF's words hyphenated at the line's end: 'am Stand-' then 'ort Bremerhaven'; not 'Daten-' then 'und Analyse'.
_LINE_HYPHEN = re.compile(rf"(?<=[{_LOWER}])-\n(?=[{_LOWER}]+\b)(?!(?:und|oder|bzw|sowie|and|or|et|ou|en|of)\b)")
# A breadcrumb's trail before the page it names; the last crumb is the page's own title.
_HOME_WORDS = ("Home", "Hem", "Hjem", "Startseite", "Accueil", "Inicio", "Início", "Etusivu", "Forside")
_BREADCRUMB = re.compile(r"^\w+\s+/\s+(?:[^/\n]+?\s+/\s+){1,4}")
_SPACED_FIELDS = ("Job Locations ", "Posted Date ", "Position Type ", "ID ")
_SPACED_FIELD = re.compile(r"^(Job Locations|Posted Date|Position Type|ID(?= \d))(?= \S)")
# A title's gender tag run into the field after it.
_GENDER_GLUED = re.compile(r"(\((?:[mwfdxhMWFDXH]/[mwfdxhMWFDXH](?:/[mwfdxhMWFDXH])?|all genders|w/m/div)\))(?=[A-ZÄÖÜ])")
_GAP_BEFORE_LABEL = re.compile(r"\s{3,}(?=[A-Z][\w#'’ -]{0,25}:)")
# A board's label after a short value on the same line: 'Paris Salary: Not specified'.
_SPACED_LABEL = re.compile(r"^([A-ZÄÖÜ][\w'’-]{2,30}) (?=(?:Salary|Salaire|Gehalt|Salario|Salaris|Experience|Education):)", re.M)
# A label run into the value before it: 'Torino (TO)Tipologia contratto:', 'IbridaRAL:', '40.000 €Data pubblicazione:',
# 'CDIPublié le :', '18/11/2026Réf. :' ('JobID:' is one label; a postcode's 'DL1 4XZ : Cardiff' is none).
_GLUED_LABEL = re.compile(
    rf"(?<=[{_LOWER}A-Z0-9%)€$£])(?=[A-ZÄÖÜÁÉÍÓÚ][{_LOWER}]{{2,}}\.?(?:[ -][A-Za-z{_LOWER}]+){{0,2}}\s?:|(?<=[{_LOWER}%)€$£])(?!ID)[A-Z]{{2,3}}\s?:|(?<=[0-9])(?!ID)[A-Z]{{2,3}}:)"
)


_BRACKET_GLUED = re.compile(r"([a-z]\))(?=[A-ZÄÖÜ][a-zäöüß])")
_YEAR_GLUED = re.compile(r"((?:Spring|Summer|Fall|Autumn|Winter) 20\d\d)(?=[A-Z][a-z])")
_APPLY_GLUED = re.compile(r"(?<=[a-zA-Z)])(?=Apply(?: [Nn]ow)?$)")
_START_GLUED = re.compile(r"(?<=[)\d\w])Start(?=(?:ab|zum|from) \d)")
_PAY_GLUED = re.compile(
    r"(?<=[a-zA-Z])(?=\d{1,3}(?:[ .,\u202f]\d{3})*\s?[-–]\s?\d{1,3}(?:[ .,\u202f]\d{3})*\s?(?:[A-Z]{3}\b|€|zł|lei|Kč|kr))"
)
# Naukri's row of experience, pay and place run together.
_NAUKRI_GLUED = re.compile(r"(?<=\d [Yy]ears)(?=\d)|(?<=\d Yrs)(?=\d)|(?<=P\.A\.)(?=[A-Z])")
# A header's first field, a place, run into the next, a number of hours or an amount: 'Utrecht32 - 40 uur€ 3.900'; or
# into the address after it: 'München80339 MünchenFeste Anstellung'.
_PLACE_GLUED = re.compile(
    r"^([A-ZÄÖÜ][a-zäöüß]{2,}(?:[ -][A-ZÄÖÜ][a-zäöüß]+){0,2})(?=\d[\d.,]*\s*(?:[-–]\s*\d|uur|hours|std|stunden|h\b|€|£|\$)|\d{4,5} [A-ZÄÖÜ][a-zäöüß])"
)
# A careers site's icons pasted as the names of their font's glyphs: 'place Seattle, WA, USA', 'bar_chart Mid'.
_ICON_NAME = re.compile(r"(?:place|location_on|pin_drop|bar_chart|corporate_fare|work_outline|business_center)\s+(?=[A-Z0-9])")
_ROMAN_GLUED = re.compile(r"(?<= II)(?=[A-Z][a-z])|(?<= III)(?=[A-Z][a-z])|(?<= IV)(?=[A-Z][a-z])")


def _split_glued_label(match: re.Match[str]) -> str:
    """A line break before a label glued to a value ('CDIPublié le :'), unless a sentence runs up to it: in
    '- Look after our PostgreSQL and ClickHouse clusters: backups' the capital is a name's, not a label's. Only the
    words since the label before count ('Orario: Full timeModalità di lavoro:' is a row, however long)."""
    value = match.string[: match.start()].rsplit(":", 1)[-1]
    # A count of its own is no sentence's: 'Tempo determinato 12 mesiData pubblicazione:' is a field's value, then a
    # label.
    lower = sum(word[:1].islower() for word in value.split())
    prose = lower >= 3 or (lower == 2 and not DIGIT.search(value))
    return "" if prose else "\n"


def unglue_fields(text: str) -> str:
    lines = text.split("\n", _HEAD_LINES)
    unglue = partial(_unglue_field, names=_GluedNames(text))
    rest = lines.pop() if len(lines) > _HEAD_LINES else None
    head: list[str] = []
    for line in lines:
        if line[:1] in "plbcw" and (icon := _ICON_NAME.match(line)):
            line = line[icon.end() :]
        if len(line) >= RUN_ON:
            # A run-on paragraph, whose headings split_inline_headings finds; only a whole page pasted without its
            # breaks has a board's fields glued in it ('LocationLeeds, West YorkshireSalary£45,000 …Job typePermanent').
            head.append(_unglue_page(line) if _GLUED_FIELD_ROW.search(line) else line)
            continue
        if "Skip to main content" in line and "Search for Jobs" in line and not line.startswith("Skip to main content"):
            # The tab's title run into the top bar: 'Machine Learning Engineer, ForecastingSkip to main contentVindelkraft …'.
            tab, _, line = line.partition("Skip to main content")
            head.append(tab)
            line = "Skip to main content" + line
        if line.startswith("Skip to main content") and "Search for Jobs" in line:
            # Workday's top bar run into the panel: 'Skip to main contentPiedmont Crest BankSearch for JobsSign
            # InSenior Financial Analyst, FP&AApplylocationsRemote - USAtime type…'.
            pieces = _WORKDAY_BAR.sub("\n", line).split("\n")
            head += [_workday_panel(piece) if piece.startswith(_WORKDAY_LABELS) else piece for piece in pieces if piece]
            continue
        if line.startswith(_FINN_LABELS) and any(label in line[12:] for label in _FINN_LABELS):
            # FINN's facts panel run together: 'ArbeidsgiverLysaker Energihandel ASStillingstittelSenior BI-utvikler
            # Frist15.12.2026AnsettelsesformFast…Sted Oslo', 'Lønn750 000 – 900 000 kr per årTiltredelse1. mars 2027'.
            head += _panel_fields(line, _FINN_GLUED)
            continue
        if "Primary Location" in line and ("Job Number" in line or "Job Posting" in line):
            # Taleo's facts panel on one line: 'Job Number2611903Primary LocationUnited States-Pennsylvania-Pittsburgh
            # Other Locations…ScheduleFull-time…Job Posting03-Nov-2026, 8:00:00 AMUnposting DateOngoing'.
            head += _panel_fields(line, _TALEO_GLUED)
            continue
        if "time type" in line and "job requisition id" in line:
            # Workday's panel run into the title on one line, without the top bar: 'Data Analyst Traineelocations:
            # Eindhoven, The Netherlandstime type: Full timeposted on: …job requisition id: R-20931'.
            head += _workday_panel(line).split("\n")
            continue
        if "View all jobs" in line and "(View all jobs)" not in line:
            line = _VIEW_ALL.sub("\n", line)  # the link run into the name before it (not Greenhouse's bracketed one)
        if "(" in line and ("jobs)" in line or "offres)" in line):
            line = _LINK_IN_BRACKETS.sub("\n", line)  # 'Data Analystat Marea(View all jobs)Barcelona, Spain'
        line = _FIELD_WORDS.sub(unglue, line)
        if line[:1].isupper() and DIGIT.search(line):
            # A board's fields and pay run together: 'Hibrid7.500 - 9.500 RON net / lună', 'B2B25 000 - 31 000 PLN/month'.
            line = _PAY_GLUED.sub("\n", line)
        if "ears" in line or "P.A." in line:
            line = _NAUKRI_GLUED.sub("\n", line)  # '5 - 8 years18-25 Lacs P.A.Hybrid - Bengaluru(Whitefield)'
        if line[:1].isupper() and line[1:2].islower():
            line = _PLACE_GLUED.sub("\\1\n", line)  # 'Utrecht32 - 40 uur€ 3.900 - € 5.600 bruto per maand'
        if "I" in line:
            line = _ROMAN_GLUED.sub("\n", line)  # 'Product Analyst IIBengaluru, Karnataka': a grade run into the place
        if " 20" in line:
            # 'Data Science Intern, Summer 2027Seattle, WA': a cohort's year, then the place.
            line = _YEAR_GLUED.sub("\\1\n", line)
        if line.endswith(("Apply", "Apply now", "Apply Now")):
            line = _APPLY_GLUED.sub("\n", line)  # 'Seattle, WA; San Francisco, CAApply': the button run into the place
        if "Start" in line:
            line = _START_GLUED.sub("\nStart: ", line)  # '(15–20 Std./Woche)Startab 01.02.2027': label and value run together
        if ")" in line:
            line = _GENDER_GLUED.sub("\\1\n", line)  # 'Analytics Engineer (m/w/d)Nürnberg, Remote'
            # 'Melbourne VIC (Hybrid)Analysis & Reporting (Information & Communication Technology)Full time': a
            # board's fields, each ending in its bracket, run together.
            line = _BRACKET_GLUED.sub("\\1\n", line)
        if line.startswith(_HOME_WORDS) and (crumbs := _BREADCRUMB.match(line)):
            line = line[
                crumbs.end() :
            ]  # 'Hem  /  Karriär  /  Lediga tjänster  /  Data Analyst, Customer Insights': the last crumb
        if line.startswith(_SPACED_FIELDS):
            # iCIMS sets its labels apart by a space alone: 'Job Locations US-OH-Columbus | US-IN-Indianapolis', 'ID 2026-14872'.
            line = _SPACED_FIELD.sub("\\1:", line)
        if line.startswith(_WORKDAY_LABELS):
            # Workday's whole facts panel on one line: 'locationsAmsterdam, Netherlandstime typeFull timeposted on...'
            line = _workday_panel(line)
        if "   " in line and line.count(":") >= 3:
            # A row of labelled fields set apart by wide gaps: 'Req #: 2026-08817   Location: Seattle, WA   Department: …'.
            line = _GAP_BEFORE_LABEL.sub("\n", line)
        if ":" in line:
            line = _SPACED_LABEL.sub("\\1\n", _GLUED_LABEL.sub(_split_glued_label, line))
            if " · " in line or " | " in line or " • " in line:
                line = _SEPARATED_LABEL.sub("\n", line)
        head.append(line)
    return "\n".join(head if rest is None else [*head, rest])


# Two fields glued in a row, label to value and value to label: 'Salary£45,000 - £52,000 per annumJob typePermanent',
# 'Arbeidssted: Oslo eller BergenAvdeling: Analyse'. Prose never runs words together like that.
_GLUED_FIELD_ROW = re.compile(rf"[{_LOWER}0-9%)€$£][A-ZÄÖÜ][{_LOWER}]+(?: [{_LOWER}]+)?(?::|[£€$0-9]|[A-Z][{_LOWER}])")


# A page's links and buttons run into the text around them: '‹ Back to search resultsPricing Data Analyst',
# 'Okafor Apply nowSave jobAverage salary'.
# Jobsdb's and SEEK's 'Kestrel Pacific Insurance LimitedView all jobs', 'Banksia MutualView all jobsSydney NSW (Hybrid)'.
_VIEW_ALL = re.compile(r"(?<=\S)(?=View all jobs)|(?<=View all jobs)(?=\S)")
_PAGE_CONTROLS = re.compile(
    r"(?<=\S)(?=[‹←] )|(?<=[Bb]ack to search results)(?=\S)"
    r"|(?<=\S)(?=(?:Apply now|Save job|Share this job|Similar jobs|Employer site)(?:\b|[A-Z]))"
    rf"|{_VIEW_ALL.pattern}"
    r"|(?<=Apply now)(?=\S)|(?<=Save job)(?=\S)"
    # 'Posted by:Harcourt Blake RecruitmentApplySave Job Analytics Engineer': the buttons alone, run into the name.
    r"|(?<=[a-z])(?=Apply(?:Save|\s))|(?<=Apply)(?=Save [Jj]ob)|(?<=Save Job)(?=\s)"
)


def _unglue_page(line: str) -> str:
    line = _FIELD_WORDS.sub(_unglue_field, _PAGE_CONTROLS.sub("\n", line))
    return _GLUED_LABEL.sub(_split_glued_label, line) if ":" in line else line


# A job board's link in brackets between the employer and the place (Greenhouse): no part of either.
_LINK_IN_BRACKETS = re.compile(r"\s*\((?:view all jobs|see all jobs|alle jobs anzeigen|voir toutes les offres)\)\s*", re.I)
# 'Job-ID: 8830 · Publication date: 20.11.2026': fields a page sets in one row, each label on a line of its own.
_SEPARATED_LABEL = re.compile(rf"\s+[·|•]\s+(?=[A-ZÄÖÜ][\w-]*(?: [{_LOWER}-]+){{0,2}}\s?:)")


# Before a label with a space in it ('time type', 'posted on'), or Workday's 'jobrequisitionid' written as one word.
_WORKDAY_GLUED = re.compile(
    rf"(?<=[A-Za-z0-9+)])(?={'|'.join(label for label in _WORKDAY_LABELS if ' ' in label or label == 'jobrequisitionid')})"
    r"|(?<=[a-z])(?=locations?:)"  # 'Data Analyst Traineelocations: Eindhoven, …': with its colon, no word's ending
    r"|(?<=[a-z])(?=locations?[A-Z][a-z])"  # 'Senior Data AnalystlocationsRotterdam, Netherlandstime type…'
)


_WORKDAY_BAR = re.compile(
    r"(?<=^Skip to main content)|(?<=\S)(?=Search for Jobs)|(?<=Search for Jobs)|(?<=Sign In)(?=[A-Z])|(?<=\S)(?=Apply(?:locations|$))"
    r"|(?<=Apply)(?=locations)"
)


_TALEO_LABELS = (
    "Job Number",
    "Primary Location",
    "Other Locations",
    "Organization",
    "Schedule",
    "Shift",
    "Job Posting",
    "Unposting Date",
    "Job Field",
    "Job Level",
    "Job Type",
    "Employee Status",
    "Education Level",
    "Travel",
)
# A Taleo label at the line's start or after a value's last character, and before its own value.
_TALEO_GLUED = re.compile(r"(?:^|(?<=[a-z0-9)M]))(" + "|".join(sorted(_TALEO_LABELS, key=len, reverse=True)) + r")(?=[A-Z0-9])")


# FINN.no's (Norway) facts panel: its labels.
_FINN_LABELS = (
    "Arbeidsgiver",
    "Stillingstittel",
    "Frist",
    "Ansettelsesform",
    "Sektor",
    "Sted",
    "Lønn",
    "Tiltredelse",
    "Antall stillinger",
    "Bransje",
    "Stillingsfunksjon",
)
_FINN_GLUED = re.compile(r"(?:^|(?<=[\w.)]))(" + "|".join(_FINN_LABELS) + r")(?=\s?[A-ZÆØÅ0-9])")


def _panel_fields(line: str, labels: re.Pattern[str]) -> list[str]:
    """A facts panel run together into one line, a 'Label: value' line for each of its labels."""
    return [field.strip() for field in labels.sub("\n\\1: ", line).split("\n") if field.strip()]


def _workday_panel(line: str) -> str:
    return "\n".join(map(_workday_field, _WORKDAY_GLUED.sub("\n", line).split("\n")))


def _workday_field(line: str) -> str:
    """'time typeFull time' -> 'time type: Full time'."""
    label = next((label for label in _WORKDAY_LABELS if line.startswith(label)), None)
    return f"{label}: {line[len(label) :]}" if label and _runs_into_value(line, len(label)) else line


def _runs_into_value(text: str, end: int) -> bool:
    """Whether a label ending at `end` runs straight into its value ('StandortKöln', 'time typeFull time', 'idR-0028841',
    'Salary£44,000')."""
    after = text[end : end + 1]
    return after.isupper() or after.isdigit() or after in ("£", "€", "$")


def _unglue_field(match: re.Match[str], names: _GluedNames | None = None) -> str:
    if match.group(0) in _LEGAL_FORMS:
        after = match.string[match.end() : match.end() + 2]
        before = match.string[max(0, match.start() - 2) : match.start()]
        glued = len(after) == 2 and after[0].isupper() and after[1].islower()
        glued = glued and (len(match.group(0)) > 2 or (len(before) == 2 and before[0].islower() and before[1] == " "))
        # Indeed's rating run into the name: 'Helmsberg Logistik GmbH4,1 von 5 Sternen'.
        glued = glued or (len(match.group(0)) > 3 and after[:1].isdigit())
        return match.group(0) + "\n" if glued else match.group(0)
    before = match.string[match.start() - 1] if match.start() else "\n"
    glued = before.isalnum() or before == ")"  # 'HBOVast contract': an acronym glued on counts too
    word = match.group(0)
    if word in _LABEL_SET and _runs_into_value(match.string, match.end()):
        word += ": "
    elif (
        word not in _LABEL_SET
        and _CAPITAL_WORD.match(match.string, match.end())
        and not _FIELD_WORDS.match(match.string, match.end())
        and not (names and (name := _NAME_AFTER.match(match.string, match.end())) and name.group(0) in names.found())
    ):
        # A value run into the next field: 'Werkstudent:in · TeilzeitMünchen, Hauptsitz', 'PermanentHours'; not a
        # site's name that opens with such a word ('ContractPulse', see _GluedNames).
        word += "\n"
    return "\n" + word if glued else word


_CAPITAL_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]")
_NAME_AFTER = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+")


class _GluedNames:
    """Names that open with a field's value word ('ContractPulse', 'RemoteHub'), known by a sentence that goes on
    after one ('ContractPulse insight: …', 'ContractPulse is a job board'): each is one word wherever it stands.
    Read from the text only when a value word runs into a capital: the scan costs as much as the rest of unglueing."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: frozenset[str] | None = None

    def found(self) -> frozenset[str]:
        if self._found is None:
            self._found = frozenset(m.group(1) for m in _GLUED_NAME.finditer(self._text))
        return self._found


_GLUED_NAME = re.compile(rf"(?<![\w.-])(?:{_VALUE_WORDS})([A-ZÄÖÜ][a-zäöüß]+)(?= [a-z])")


def heading_kind(line: str) -> str | None:
    """The section a line opens, when the whole line is a heading."""
    if len(line) > 70 or not line.strip():
        return None
    # '[Preferred]', '【Qualifications】': a heading in brackets, as Korean and Japanese boards set them.
    key = " ".join(line.lstrip("# \t[【").rstrip(" \t:：]】").lower().replace("’", "'").split())
    kind = HEADINGS.get(key) or (HEADINGS.get(key.replace(" & ", " and ")) if " & " in key else None)
    if kind is None and (" – " in key or " - " in key):
        # 'Skills & Experience – Desirable': a heading, then which part of it this is.
        first, _, last = key.replace(" – ", " - ").rpartition(" - ")
        if heading_kind(first):
            return HEADINGS.get(last)
    return kind


# Headings run into the text ("... products. Responsibilities Build ..."): only
# multi-word or unmistakable headings, followed by a capitalised word.
_INLINE_HEADINGS = sorted(
    (
        name
        for name in HEADINGS
        if len(name) > 5
        and name
        not in {
            "experience",
            "profile",
            "summary",
            "description",
            "the role",
            "the job",
            "your job",  # 'Your job is to …' in running text
            "essential",
            "location",
            "schedule",
            "missions",
            "tasks",
            "hours",
            "bonus",
            "plus",
            "other",
            "overview",
            "preferred",
            "the team",
            "our team",
            "introduction",
            "the company",
            "logistics",
            "rewards",
            "the offer",
            "our mission",
            "our values",
            "why us",
            "life at",
            "why join us",
            "why join us?",
        }
    ),
    key=len,
    reverse=True,
)
# Matched against the lowercased line: a case-blind regex is four times slower in Python's engine.
# The heading's own case is checked on the original line afterwards.


def _by_first_letter(names: list[str]) -> str:
    """An alternation of names grouped under their first letter ('r(?:esponsibilities|equirements)|q(?:...)'):
    re then tests a few dozen letters at each position instead of every name. Within a letter the names keep
    their order (longest first), so the same name wins."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]).replace(r"\ ", r"\s+"))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# The whitespace first and the test of the character before it after: re scans for whitespace in C.
# The heading is followed by its text or by its list's first bullet ('What you will do - Build and maintain …').
# Searched from a whitespace, which re finds in C; a heading that opens the line is matched on its own by
# _INLINE_START (an alternative with '^' would make re try the pattern at every position), and counts there only
# with a colon, in capitals or before a list ('Key Responsibilities - Build, validate …').
_INLINE_RE = re.compile(r"\s(?<=[.!?:)a-z0-9]\s)\s*(" + _by_first_letter(_INLINE_HEADINGS) + r"):?\s+(?=[a-z]|[-–•*·]\s)")
_INLINE_START = re.compile(r"\s*(" + _by_first_letter(_INLINE_HEADINGS) + r"):?\s+(?=[a-z]|[-–•*·]\s)")
_LIST_FOLLOWS = re.compile(r"[-–•*·]\s")
_GLUED_STOP = re.compile(r"[a-z0-9)][.!?][A-Z]")
_INLINE_GLUED = re.compile(r"(?:(?<=[a-z0-9)][.!?])|(?<=[a-z0-9)] ))(" + _by_first_letter(_INLINE_HEADINGS) + r"):?")


def _opens_text(line: str, at: int, after_stop: bool) -> bool:
    """Whether a heading run into the text ends where its text or list begins: a bullet ('growth review What we're
    looking for* 3+ years', 'data.What you'll do- Own the dbt project'), or, after a sentence's stop, a capital too
    ('remote.The roleWe're looking')."""
    bullet = line[at : at + 1] in ("*", "•", "·") or line[at : at + 2] in ("- ", "– ")
    return bullet or (after_stop and line[at : at + 1].isupper())


_HEADING_FIRST = re.compile(r"([^:\n]{6,40}?)(?::| -) ")
_INLINE_SET = frozenset(_INLINE_HEADINGS)
_INLINE_SOFT = {
    "company overview",
    "company h1b sponsorship",
    "benefits",
    "skills",
    "requirements",
    "qualifications",
    "responsibilities",
}


# A sentence run into the next with no space ('with Snowflake.This should', 'teams.Position Summary'): the stop.
# It is matched first and the letter before it checked after: a pattern that starts with a lookbehind is tried at
# every position of the text.
GLUED_SENTENCE = re.compile(r"[.!?](?<=[a-z0-9)][.!?])(?=[A-Z][a-z])")
RUN_ON = 400
"""A line at least this long may be a posting run together into one paragraph; ordinary paragraphs are shorter."""


def split_inline_headings(line: str) -> list[str]:
    """Break a run-together line (see RUN_ON) at the headings inside it."""
    low = line.lower()
    if len(low) != len(line):
        return [line]  # a rare letter that lowercases to two ('İ'): offsets would not line up
    out: list[str] = []
    last = 0
    matches: list[re.Match[str]] = []
    opening = _INLINE_START.match(low)
    if opening:
        heading = line[opening.start(1) : opening.end(1)]
        # 'Requirements for this role are …' opens a paragraph; 'DEINE AUFGABEN Du …', 'Profil: …' and a list do not.
        if ":" in opening.group(0) or heading.isupper() or _LIST_FOLLOWS.match(low, opening.end()):
            matches.append(opening)
    matches += _INLINE_RE.finditer(low, opening.end() if opening else 0)
    if _GLUED_STOP.search(line):
        # A page whose breaks were all lost: 'mostly remote.The roleWe're looking …', 'subscribers.What you'll do* Define'.
        matches += [m for m in _INLINE_GLUED.finditer(low) if _opens_text(line, m.end(), after_stop=low[m.start() - 1] != " ")]
        matches.sort(key=lambda m: m.start())
    for match in matches:
        heading = line[match.start(1) : match.end(1)]
        if heading[0].islower() and heading.lower() not in _INLINE_SOFT:
            continue
        if not heading[0].isupper():
            continue
        out.append(line[last : match.start()].strip())
        out.append(heading.strip())
        last = match.end()
    out.append(line[last:].strip())
    return [part for part in out if part]


def cut_trailer(lines: list[str]) -> tuple[list[str], list[str]]:
    """The posting without a 'Similar Jobs' list and everything after it; and what was cut. A site menu's
    'Recommended jobs' link comes before any of the posting's text: the list's heading follows a section
    heading or a paragraph."""
    begun = False
    for index, line in enumerate(lines):
        if index > 3 and begun and (TRAILER.match(line.strip()) or _salary_guide(line)):
            return lines[:index], lines[index:]
        begun = begun or (index > 0 and (len(line) >= 100 or heading_kind(line) is not None))
    return lines, []


def _salary_guide(line: str) -> bool:
    """A board's salary guide under the posting: 'Bristol Data Engineer salaries', 'Data Engineer salaries in Leeds'."""
    return "alaries" in line and len(line) < 80 and bool(_SALARY_GUIDE.fullmatch(line.strip()))


# A role's name before it, which a site's menu ('Salaries', 'Find salaries') does not have.
_SALARY_GUIDE = re.compile(r"(?![Ff]ind )[A-Z][\w.,'’&/ -]{1,60} [Ss]alaries(?: (?:in|for|at) [\w.,'’ -]{2,40})?")


# A navigation bar pasted as one line: several short items separated by wide gaps. An item is words with
# single spaces between them, so that an item and a gap can never match the same spaces: with overlapping
# classes the regex backtracked for over a minute on a long line of a PDF paste.
_NAV_ITEM = r"[^\s|·•,:.]+(?: [^\s|·•,:.]+)*"
_NAV_BAR = re.compile(rf"^{_NAV_ITEM}(?:(?:\s{{3,}}|\t+){_NAV_ITEM}){{2,}}$")
_NAV_GAP = re.compile(r"\s{3,}|\t+")


# A cookie notice's buttons in the site's language: 'Alles accepteren   Alleen noodzakelijke'.
_CONSENT = Cue(
    (),
    re.compile(
        # 'OK  Manage', 'Okay, got it' too: a banner's buttons left on a line of their own.
        r"^(?:ok|okay)(?:,? got it)?(?:(?:\s{2,}|\t)(?:manage|settings|preferences|more info)\w*)?$"
        r"|^(?:(?:alle[s]?|all|todas?|tout|accept)\s+)?(?:accept\w*|akzeptieren|aceptar|aceitar|godkänn\w*|tillad\w*)"
        r"(?:\s+(?:alle[s]?|all|todas?|tout|cookies))?(?:(?:\s{2,}|\t).{0,40})?$",
        re.I,
    ),
)


def is_chrome(line: str) -> bool:
    text = line.strip()
    glued = len(text) >= 25 and " " not in text and is_glued_menu(text)
    return bool(is_chrome_line(text) or _is_nav_bar(text) or _CONSENT.match(text) or glued)


_CASE_CHANGE = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")


def is_glued_menu(text: str) -> bool:
    """A site menu pasted without its spaces: 'XINGStartseiteJobsNetzwerkNachrichtenEinloggen',
    'CV-LibrarySearch JobsCareer AdviceCV Builder'."""
    return "/" not in text and len(_CASE_CHANGE.findall(text)) >= 3


def is_cookie_notice(line: str) -> bool:
    """A site's cookie banner or its buttons, in any language: each names cookies."""
    return "cookie" in line.lower()


# LinkedIn's top bar, post box and post buttons in the languages its interface comes in ('My Network', 'Mi red',
# 'Começar publicação', 'Recomendar'): whole lines, looked up in a set (as alternatives of CHROME_LINE each line
# would try them all). CHROME_LINE keeps what needs a pattern: a skip link's optional words, 'Try Premium for €0'.
_CHROME_WORDS = frozenset(
    (
        "employer site",  # SEEK's menu link for employers
        "my network",
        "mein netzwerk",
        "mi red",
        "minha rede",
        "mon réseau",
        "mijn netwerk",
        "messaging",
        "mensajes",
        "mensagens",
        "messagerie",
        "berichten",
        "nachrichten",
        "notifications",
        "mitteilungen",
        "notificaciones",
        "notificações",
        "meldingen",
        "para negocios",
        "para negócios",
        "pour les entreprises",
        "für unternehmen",
        "voor bedrijven",
        "for business",
        "seguir",
        "recomendar",
        "comentar",
        "compartir",
        "compartilhar",
        "enviar",
        "gostei",
        "responder",
        "commenter",
        "partager",
        "envoyer",
        "répondre",
        "kommentieren",
        "teilen",
        "senden",
        "antworten",
        "gefällt mir",
        "reageren",
        "delen",
        "verzenden",
        "home",
        "inicio",
        "início",
        "accueil",
        "startseite",
        "me",
        "yo",
        "eu",
        "moi",
        "ich",
        "ik",
        "vagas",
        "empleos",
        "emplois",
        "vacatures",
        "start a post",
        "começar publicação",
        "crear publicación",
        "commencer un post",
        "beitrag beginnen",
        "video",
        "vídeo",
        "vidéo",
        "photo",
        "foto",
        "write article",
        "escrever artigo",
        "escribir artículo",
        "rédiger un article",
        "artikel schreiben",
    )
)


def is_chrome_line(line: str) -> bool:
    text = line.strip()
    if "\t" in text and _COOKIE_ROW.search(text):
        return True  # a row of a cookie declaration: '_ga_#  Google  Used by Google Analytics to …  2 years  HTTP'
    if " | " in text and _COOKIE_TABLE_ROW.match(text):
        return True  # the same with bars: '_hjSessionUser | Hotjar | Records anonymous usage patterns | 1 year'
    # No button or link text CHROME_LINE knows runs past _CHROME_MAX characters: a longer line is never tried.
    if text[:5].upper() in ("BETA ", "ALPHA") and _PHASE_BANNER.match(text):
        return True  # a government site's 'BETA This is a new service - your feedback will help us to improve it.'
    if len(text) > _CHROME_MAX:
        return " on LinkedIn: " in text  # a feed post's tab title, as long as the post's first words or hashtags
    low = text.lower()
    return low in _CHROME_WORDS or CHROME_LINE.match(low) is not None


# How long a cookie lasts, the last column (or the one before the storage type) of a cookie declaration's row.
_COOKIE_LIFETIME = r"(?:\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)|session|persistent)"
# The storage type may be two words: 'HTTP Cookie', 'HTML Local Storage'.
_COOKIE_ROW = re.compile(rf"\t{_COOKIE_LIFETIME}\t(?:HTTP|HTML|Pixel|Beacon)[\w ]*$", re.I)
# A cookie's name (one word with '_', 'sess', 'cookie' or 'consent' in it), then its provider and purpose, then how
# long it lasts: never a row of a job's facts ('Data Engineer | Berlin | Contract | 12 months').
_COOKIE_TABLE_ROW = re.compile(rf"[\w.-]*(?:_|sess|cookie|consent)[\w.-]*(?: \| [^|]+){{2,}} \| {_COOKIE_LIFETIME}$", re.I)


_CHROME_MAX = 64
_PHASE_BANNER = re.compile(r"(?:alpha|beta)\s+this is a new service\b", re.I)


def _is_nav_bar(text: str) -> bool:
    if "   " not in text and "\t" not in text:
        return False  # no gap wide enough to part menu items: most lines, ruled out without a regex
    return bool(_NAV_BAR.match(text)) and all(len(item) <= 30 for item in _NAV_GAP.split(text))


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# A name run into the end of the sentence before: '… for you and three friendsMarejada is an equal opportunity …'
# (a word in lower case before it: 'TikTok is committed' is one name).
_NAME_RUN_IN = re.compile(r"(?<=\s)[a-z][\w()]*?[a-z)](?=[A-Z][\w&]*(?: [A-Z][\w&.]*){0,3} (?:is|are)\b)")


def _isolate_boilerplate(lines: list[str], boilerplate: set[int]) -> tuple[list[str], set[int]]:
    """A run-on paragraph's closing boilerplate on a line of its own ('... Start date: 1 March 2027. Acme is an equal
    opportunities employer.'): boilerplate is judged a line at a time, and what comes before it is the job. From the
    first boilerplate sentence on, the rest is boilerplate too: such blurbs run on for several sentences."""
    kept: list[str] = []
    flagged: set[int] = set()
    for index, line in enumerate(lines):
        parts = _split_before_boilerplate(line) if index in boilerplate and len(line) >= RUN_ON else [line]
        if index in boilerplate:
            flagged.add(len(kept) + len(parts) - 1)
        kept += parts
    return kept, flagged


def _split_before_boilerplate(line: str) -> list[str]:
    low = line.lower()
    first = min(at for phrase in BOILERPLATE_PHRASES if (at := low.find(phrase)) >= 0)
    breaks = [(m.start(), m.end()) for m in _SENTENCE_BREAK.finditer(line, 0, first)]
    breaks += [(m.end(), m.end()) for m in _NAME_RUN_IN.finditer(line, 0, first)]
    if not breaks:
        return [line]  # the paragraph opens with it: all of it is boilerplate
    start, end = max(breaks)
    return [line[:start], line[end:]]


def _opens_with_heading(line: str) -> bool:
    """Whether a line starts with a heading and then its text or list ('Das bieten wir: Vergütung …')."""
    if ":" not in line[:42] and " - " not in line[:43]:
        return False  # most lines: ruled out without the regex
    first = _HEADING_FIRST.match(line)
    return first is not None and first.group(1).lower() in _INLINE_SET


_STOP_BEFORE_CAPITAL = re.compile(r"[.!?](?=[A-ZÀ-Þ])")


def _split_glued_trailer(line: str) -> list[str]:
    """A line shorter than a run-on paragraph whose similar-jobs list is glued after its last sentence: '… y la
    diversidad.Ofertas similaresData Analyst - Madrid - 32.000 €': the list's heading goes on a line of its own, where
    cut_trailer finds it."""
    for stop in _STOP_BEFORE_CAPITAL.finditer(line):
        if TRAILER.match(line[stop.end() :]):
            return [line[: stop.end()], *split_inline_headings(line[stop.end() :])]
    return [line]


def build_document(text: str, json_ld: dict[str, Any] | None = None) -> Document:
    lines: list[str] = []
    for raw in normalise(text).split("\n"):
        line = raw.strip()
        if len(line) >= RUN_ON or (len(line) > 80 and _opens_with_heading(line)):
            # A run-on paragraph, or a heading with its text on one line: 'Requirements - Honours degree … - 2-4 years',
            # 'Das bieten wir: Vergütung nach TVöD …'.
            if not any(lines) and len(line) >= RUN_ON and (row := _run_on_row(line)):
                lines.append(row)  # a run-on posting that opens with its board's row of fields: its header line
                line = line[len(row) :].strip()
            lines.extend(split_inline_headings(line))
        elif len(line) > 40 and _STOP_BEFORE_CAPITAL.search(line):
            lines.extend(_split_glued_trailer(line))
        else:
            lines.append(line)  # tested here, not in the function: a call per line costs a tenth of the build
    lines, trailer = cut_trailer(lines)
    boilerplate = lines_containing(lines, BOILERPLATE_PHRASES)  # once: the header and the extractors both ask
    if any(len(lines[index]) >= RUN_ON for index in boilerplate):
        lines, boilerplate = _isolate_boilerplate(lines, boilerplate)
    header, menu_end = _header(lines, boilerplate)
    doc = Document(lines=Lines(lines), header=header, sections=_sections(lines, menu_end), json_ld=json_ld or {}, trailer=trailer)
    doc.memo["boilerplate"] = {line: index in boilerplate for index, line in enumerate(lines)}
    return doc


# Where the headline of a posting run together into one paragraph ends.
_RUN_ON_HEAD = re.compile(
    r"^(.{8,160}?)(?:\s+(?=(?:About|The role|Who we are|We are|We're|Our|Job description|Description)\b)|[.!?]\s)"
)
BREADCRUMB = Cue((), re.compile(r"(?:\S\s+[>›»]\s+\S.*){2,}|^(?:home|jobs|careers|karriere)\s*[>›»/]", re.I))


_INITIAL = re.compile(r"(?:[A-Z][a-z]{0,2}\.)+")  # 'Q. R.', 'Inc.', and a legal form's 'C.V.' ('S.A. de C.V.')


def _run_on_row(line: str) -> str | None:
    """'Data Engineer | Ridgeway Outdoor Co. | Austin, TX (Hybrid) | Full-time | Posted November 18, 2026 About
    Ridgeway …' -> the row of fields, up to where the text begins inside its last field."""
    last = line.rfind(" | ", 0, 300)
    if line.count(" | ", 0, last + 1) < 2:
        return None
    rest = _RUN_ON_HEAD.match(line[last + 3 :])
    return line[: last + 3] + rest.group(1).strip() if rest else line[:last]


def _is_prose(line: str) -> bool:
    """A sentence, not a label: long, or six words or more ending in a full stop ('Delta Line Electric, Inc.' is a name).
    A strip of labels ('Barcelona · Full-time · Salary: ...') is never prose, however long, nor is a line that ends
    in an abbreviation ('..., 77500 Cancún, Q. R.')."""
    if sum(line.count(mark) for mark in "·|•") >= 3:
        return False
    tag, gap, _ = line.partition("   ")
    if gap and len(tag.split()) <= 2:
        return False  # a site's banner, its tag set apart: 'Beta   Your feedback will help us improve this service.'
    words = line.split()
    if words and _INITIAL.fullmatch(words[-1]):
        return False
    return len(line) > 160 or (len(words) >= 6 and line.rstrip().endswith((".", "!", "?")))


def _header(lines: list[str], boilerplate: set[int]) -> tuple[list[str], int]:
    """The short label lines at the top: headline, company, place, pay, date. They end at the first
    heading, list or paragraph; a board's pitch above the posting is skipped.

    A site's menu pasted above the posting can hold words that read as headings ('Profile',
    'Job Description') or a cookie notice in the site's language: when the lines before such a
    stop name no role, the header goes on past it, as long as a role turns up in the first lines.
    """
    top = lines[:_HEADER_REACH]
    header, stop = _header_block(top, 0, boilerplate)
    if _role_in(header):
        # The page's tab title, then a menu ('Über uns'), then the title again with the facts under it
        # ('Junior Controller (m/w/d)', 'Festanstellung, Vollzeit · Dresden'): the header runs on through those.
        # The tab title is the first line, after the web address a collector may put above it ('URL: https://…').
        first = next((line for line in header if not line.startswith(("URL:", "http"))), header[0])
        again = _title_again(first, top, stop)
        if again is not None:
            block, _ = _header_block(top, again, boilerplate)
            return header + block, again  # the 'headings' above the title's return were menu items
        return header, 0
    extension: list[str] = []
    # A menu or a notice is a block or two; past a list, or past two more stops, the posting's body has begun.
    for _ in range(2):
        if stop >= len(top) or BULLET.match(top[stop]):
            break
        block, stop = _header_block(top, stop + 1, boilerplate)
        extension += block
        if _role_in(block):
            return header + extension, stop  # the 'headings' above `stop` were menu items
    return header, 0


def _title_again(first: str, lines: list[str], start: int) -> int | None:
    """Where the page's first line comes again, shorter, within a dozen lines of `start` (its tab title's role),
    with no paragraph between: below one, the title is the body's own ('... suchen wir einen' and the role)."""
    for position in range(start, min(len(lines), start + 12)):
        line = lines[position]
        if _in_cookie_banner(lines, position):
            continue  # the site's cookie banner, however long, is no paragraph of the posting
        if _is_prose(line):
            return None
        if len(line) >= 6 and line != first and first.startswith(line) and names_role(line):
            return position  # 'Salesforce' under 'Salesforce Developer (C2C)' is a skill, not the title again
    return None


def _in_cookie_banner(lines: list[str], position: int) -> bool:
    """A cookie banner's line: one that names cookies, or a short one between two that do ('Let us know if this is
    OK.' between NHS Jobs' notice and its 'Yes, I'm OK with analytics cookies')."""
    if is_cookie_notice(lines[position]):
        return True
    inside = 0 < position < len(lines) - 1 and len(lines[position]) <= 80
    return inside and is_cookie_notice(lines[position - 1]) and is_cookie_notice(lines[position + 1])


def _role_in(lines: list[str]) -> bool:
    # A web address ('.../bi-developer-utrecht' on the collector's URL line) is no headline.
    return any(names_role(line) for line in lines if "://" not in line)


_HEADER_REACH = 40
_SEARCH_LABELS = {
    "what",
    "where",
    "qué",
    "dónde",
    "was",
    "wo",
    "quoi",
    "où",
    "o quê",
    "onde",
    "wat",
    "waar",
    "vad",
    "var",
    "hvad",
    "hvor",
}


def _header_block(lines: list[str], start: int, boilerplate: set[int]) -> tuple[list[str], int]:
    """The header lines from `start` up to the next heading, list or paragraph, and where that stop is."""
    header: list[str] = []
    query = False
    for position in range(start, len(lines)):
        line = lines[position]
        label = line.strip().rstrip(":").lower()
        after_search = position > start and lines[position - 1].strip().lower() in ("search jobs", "search", "find jobs")
        if label in _SEARCH_LABELS or (after_search and label in ("location", "keyword", "keywords", "job title")):
            # A search box: 'Where' and the place a visitor typed, not the job's; Glassdoor's 'Search jobs', 'Location'.
            query = True
            continue
        if query and line.strip():
            query = False
            continue
        if heading_kind(line) or BULLET.match(line):
            return header, position
        if position in boilerplate:
            continue
        if _in_cookie_banner(lines, position):
            if not is_chrome_line(line):  # a cookie table's rows would push the page's facts out of the readers' reach
                header.append(line)  # a cookie banner above the posting: page chrome, kept out of the body with the header
            continue
        if _is_prose(line) and not is_chrome_line(line):  # a sentence of the page's own ('BETA This is a new service …')
            if len(header) < 2 and position < 8 and len(line) <= 160:
                continue  # "Upload your CV and we will match you..." above the headline
            # A run-on posting's headline is cut from its first line.
            match = _RUN_ON_HEAD.match(line) if not header and start == 0 and len(line) > 160 else None
            if match:
                header.append(match.group(1).strip())
            return header, position
        if line and not is_chrome(line) and not BREADCRUMB.search(line):
            header.append(line)
    return header, len(lines)


def _sections(lines: list[str], menu_end: int = 0) -> list[Section]:
    """The lines under each heading; lines before `menu_end` are a site's menu, whose words open no section."""
    sections = [Section("intro", "")]
    for position, line in enumerate(lines):
        kind = heading_kind(line) if position >= menu_end else None
        if kind:
            sections.append(Section(kind, line.strip().rstrip(":").strip()))
        else:
            sections[-1].lines.append(line)
    return sections
