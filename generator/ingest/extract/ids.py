"""Identifiers: the employer's job id and where to apply."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.ingest.document import Document
from generator.ingest.extract.common import DIGIT as _DIGIT
from generator.ingest.extract.common import NOTHING, Finding, lower_aligned

# The labels a posting's id comes after, lower case.
_ID_LABELS = (
    r"(?:ref\.ª|ref\.? apec|ref\.? oferta|ref\.?-nr\.?|referenční číslo|job\s*post\s*id|position\s*(?:id|number|no\.?)|project\s*(?:id|number|no\.?|nr\.?)|role\s*number|requirement\s*(?:id|#|no\.?|number)|quote(?=\s+[a-z]*-?[a-z0-9-]*\d)|announcement\s*(?:number|no\.?)|control\s*number|job[\s-]*(?:requisition\s*)?id(?:entification)?|job[\s-]*nr\.?|req(?:uisition)?\.?(?:-id|\s*(?:id|#|no\.?|number))?|job\s*(?:number|no\.?|#|code|ref(?:erence)?)"
    r"|reference(?:\s*(?:number|no\.?|code|id|#))?(?:\s+of\s+this\s+(?:vacancy|position|job|role|posting))?|ref\.\s?nr\.?|ref\.?(?:\s*no\.?)?|réf|posting\s*(?:id|#|no\.?|number)|vacancy\s*(?:id|number|no\.?|reference)"
    # The same labels in other languages: Dutch, French, Spanish, Portuguese, German, Nordic.
    r"|kennziffer(?: (?:dieser|der) (?:ausschreibung|stelle))?|ausschreibungsnummer|kennzahl|referenz-?nr\.?|referenz(?:nummer|code)?|stellen-?id|stellenausschreibungs-?id|vacature-?id|vacature(?:nummer)?"
    r"|référence(?: de l['’]offre)?|numéro de poste|referencia de la oferta|id de réquisition|numéro de réquisition|id de l['’]offre|numéro de l['’]offre|id de solicitud|jobbnorge-id"
    r"|referencia|referência|código"
    r"|id de (?:la )?(?:oferta|vaga|vacante)|jobnummer|stellennummer|annonce-?id|annons-?id|sagsnr\.?|sagsnummer|číslo (?:inzerátu|pozice)|listing\s*#|riferimento|rif\.? annuncio|rif\."
    r"|referentie|job\s*bank\s*#|numer(?:u)? (?:ogłoszenia|referencyjn(?:y|ego))|nr ref\.?|nr referencyjny|id oferty|identyfikator oferty|projekt-?(?:nr\.?|nummer)|id ogłoszenia|ponuka č\."
    r"|stillingsnummer|stillings-?id|annonsenummer|jobbnummer|referansenummer|referanse|referencenummer|referens(?:nummer)?|finn-kode"
    r"|codice (?:annuncio|offerta|posizione)|folio(?: de (?:la )?vacante)?"
    # Croatian, Serbian, Bulgarian and Turkish boards: 'Šifra oglasa: LO-2026-087', 'Ref.№: KDS-BI-1126', 'İlan No'.
    r"|šifra oglasa|šifra|ref\.?\s?№|ilan no|ilan numarası"
    # Romanian, Hungarian, Finnish, Estonian, Lithuanian and Greek boards: 'Cod anunț: 2069314', 'Hivatkozási szám:',
    # 'Viite:', 'Viitenumber:', 'Skelbimo ID:', 'Κωδικός αγγελίας:'; an internal reference: 'Ref. intern:'.
    r"|cod anun[țţ]|cod referin[țţ]ă|hivatkozási szám|azonosító|viitenumero|viitenumber|viite|skelbimo id|skelbimo nr\.?"
    r"|κωδικός αγγελίας|ref\.? intern"
    r"|código (?:da vaga|de la vacante|de (?:la )?oferta|de aviso))"
)
# A page pasted without its breaks runs the label into the id: 'Stellen-ID2026-0457Online seit …'.
_ID_LABEL = re.compile(_ID_LABELS + r"(?:\b|(?<=[#.№])|(?=\d))\s*[:#.]?\s*[:#]?\s*([a-z0-9][a-z0-9_./-]{2,30})")
"""Searched in a lowered line (see lower_aligned): without re.I it runs several times faster. It starts with
its labels, not with the test of the character before them (see _labels), so re scans for their letters in C."""


def _labels(low: str) -> Iterator[re.Match[str]]:
    """The id labels in a lowered line, each after a non-word character or after a-z/0-9 (labels run together
    with the text before them, 'San JoseJob ID: A108867', still count); after '_' or a letter outside a-z,
    the label would be the inside of some other word."""
    position = 0
    while match := _ID_LABEL.search(low, position):
        before = low[match.start() - 1 : match.start()]
        if before and (before == "_" or (before.isalnum() and not before.isascii())):
            position = match.start() + 1
            continue
        if low.endswith("omb ", 0, match.start()):
            position = match.end()  # 'OMB Control Number 1250-0005': a US federal form's number, not the job's
            continue
        yield match
        position = max(match.end(), match.start() + 1)


def _labelled_ids(line: str) -> Iterator[str]:
    """The ids after id labels in a line ('Job ID: A108867'); an id has a digit."""
    for match in _labels(lower_aligned(line)):
        value = line[match.start(1) : match.end(1)].rstrip(".,;:")
        value = _GLUED_WORD.sub("", value)  # 'PAG-26-0871Engagement details': the next label run into the id
        if _DIGIT.search(value):
            yield value


_GLUED_WORD = re.compile(r"(?<=\d)[A-Z][a-z]{2,}.*$")


_NOT_APPLY_URL = re.compile(
    r"privacy|legal|cookie|policy|terms|shorturl|bit\.ly|facebook|twitter|instagram|youtube|glassdoor", re.I
)
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.I)
_ATS = re.compile(
    r"lever\.co|greenhouse\.io|myworkdayjobs|workday|smartrecruiters|ashbyhq|recruitee|jobs\.|careers\.|/jobs?/|/careers?/|linkedin\.com/jobs|apply|workable|icims|taleo|jobvite|personio|teamtailor|csod\.com",
    re.I,
)


def extract_job_id(doc: Document, found: dict[str, Finding]) -> Finding:
    identifier = doc.json_ld.get("identifier") if doc.json_ld else None
    if isinstance(identifier, dict) and identifier.get("value"):
        return Finding(str(identifier["value"]))
    if isinstance(identifier, (str, int)) and str(identifier).strip():
        return Finding(str(identifier).strip())
    lines = [_URL.sub(" ", line) if "http" in line else line for line in doc.lines]  # an id inside a URL is not the posting's id
    for line in lines:
        if "eference" in line and (own := _ADVERTISER_REFERENCE.search(line)) and _DIGIT.search(own.group(1)):
            # SEEK's 'Job ID: 89116402 | Advertiser reference: BFS-FIN-0733': the board's listing, then the employer's id.
            return Finding(own.group(1).rstrip(".,;:"))
    board_ad: str | None = None
    for index, line in enumerate(lines):
        alone = len(line) <= 40 and _ID_LABEL_ALONE.fullmatch(line.lower()) is not None
        if not alone and not _DIGIT.search(line):
            continue  # every id has a digit, on its line or the next
        for value in _labelled_ids(line):
            if line.lower().startswith(_BOARD_AD_LABELS):
                board_ad = board_ad or value  # Platsbanken's 'Annons-Id': the employer's own 'Referens' below wins
                continue
            return Finding(value)
        if alone:
            following = next((nxt.strip() for nxt in lines[index + 1 : index + 3] if nxt.strip()), "")
            if re.fullmatch(r"[A-Z0-9][A-Z0-9_./-]{2,30}", following) and re.search(r"\d", following):
                if line.strip().lower().startswith(_BOARD_AD_LABELS):
                    board_ad = board_ad or following  # FINN's 'FINN-kode' over its number: the employer's 'Referanse' wins
                    continue
                return Finding(following)
    if board_ad:
        return Finding(board_ad)
    if (head := found["_headline"].value) and head.job_id:
        return Finding(head.job_id, "job id read from the headline")
    # The site's footer below the other jobs ('Referenznummer: ALM-CTR-1126 | Job-ID karriere.at: 7719304'): only
    # when it holds one labelled id; a list of other jobs with an id each ('Stellen-ID: JR-2026-04390') holds several.
    footer = [value for line in doc.trailer if _DIGIT.search(line) for value in _labelled_ids(_REGISTRY.sub(" ", line))]
    if len(set(footer)) == 1:
        return Finding(footer[0], "job id read from the page's footer, below the other jobs")
    for line in doc.header[:15]:
        if line.startswith("ID") and (bare := _BARE_ID.fullmatch(line)):
            return Finding(bare.group(1))  # iCIMS's header row 'ID 2026-14872': a bare 'ID' says too little elsewhere
        # 'Netflix | Amsterdam | Data & Insights | JR40199 | Onsite': an id among a header's labels.
        if re.search(r"[|·•]", line):
            for part in re.split(r"\s*[|·•]\s*", line):
                if re.fullmatch(r"[A-Z]{1,5}[-_]?\d{3,10}", part.strip()):
                    return Finding(part.strip(), "job id read from the page header")
    return NOTHING


_ADVERTISER_REFERENCE = re.compile(
    r"\b(?:advertiser|employer|company)(?:['’]s)? reference(?: (?:no\.?|number|id))?\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9_./-]{2,30})",
    re.I,
)
_BARE_ID = re.compile(r"ID\s*[:#]?\s*([A-Z0-9][A-Z0-9_./-]{0,28}\d[A-Z0-9_./-]{0,28})\s*")


# A firm's entry in a register, in the legal small print under the jobs: '(Firm Reference Number 106512)',
# 'Registered in England & Wales No. 09917734'. The clause goes; an id beside it on the line stays.
_REGISTRY = re.compile(
    # Up to its number: 'Registered in England No. 04418872. Vacancy reference: BH-MKT-1127' goes on with the job's id.
    r"\(?(?:firm reference number|registered (?:in|office|number)|registration number|company number)[^|)\n]*?(?:\d[\d ]*|$)\)?",
    re.I,
)
# A label alone on its line, its value on the next ('Stellen-ID' then 'JR-2026-04471'): fullmatched on the lowered line.
_BOARD_AD_LABELS = ("annons-id", "annonsid", "annons id", "finn-kode")  # Platsbanken's and FINN's own listing numbers
_ID_LABEL_ALONE = re.compile(rf"\s*{_ID_LABELS}\s*[:#.]?\s*")


def extract_apply_url(doc: Document, found: dict[str, Finding]) -> Finding:
    for key in ("url", "directApply"):
        value = doc.json_ld.get(key) if doc.json_ld else None
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return Finding(value)
    candidates: list[tuple[int, str]] = []
    for line in doc.lines:
        if "http" not in line or doc.is_boilerplate(line):
            continue
        for match in _URL.finditer(line):
            url = match.group(0).rstrip(".,;:")
            if _NOT_APPLY_URL.search(url):
                continue
            # An apply button's own address beats the page's ('URL: …' above a capture), which beats any other.
            said = 2 if re.search(r"\bapply", line, re.I) else 1 if re.search(r"url:", line, re.I) else 0
            score = said * 2 + (1 if _ATS.search(url) else 0)
            if score:
                candidates.append((score, url))
    if not candidates:
        return NOTHING
    return Finding(max(candidates, key=lambda c: c[0])[1])
