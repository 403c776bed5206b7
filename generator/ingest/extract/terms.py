"""Workplace, employment type and degree: a posting's terms, from its headline, labels and text."""

from __future__ import annotations

import re

from generator.ingest.document import Document
from generator.ingest.extract.common import NOTHING, Finding, label_value
from generator.ingest.extract.headline import Headline

_REMOTE = re.compile(
    r"\b(?:fully remote|100% remote|remote[- ]first|remote job|remote role|remote position|remote-friendly|work from home|wfh"
    r"|work remotely|working remotely|remote work(?:ing)?|remote opportunity|remote \((?:[A-Z]{2,3}|[A-Z][a-z]+)\)|is remote"
    r"|can be remote|remote within|remote in the|remote across|location: remote|remote, [A-Z]|anywhere in)\b",
    re.I,
)
_HYBRID = re.compile(r"\bhybrid\b|\b\d(?:-\d)? days? (?:a|per) week (?:in|at|from) (?:the|our) office|\bin the office \d", re.I)
_ONSITE = re.compile(r"\bon-?site\b(?! interview)|\bin-office\b|\bin office\b|\bfully in[- ]person\b|\bnot a remote\b|\bno remote\b|\bvor ort\b", re.I)


def extract_workplace(doc: Document, found: dict[str, Finding]) -> Finding:
    head: Headline = found["_headline"].value
    if head.workplace:
        return Finding(head.workplace)
    if doc.json_ld.get("jobLocationType") == "TELECOMMUTE":
        return Finding("remote")
    labelled = label_value(doc.header + doc.lines[:60], r"workplace(?: type)?|work(?:place)? model|location type|work arrangement|remote|work location|location|arbeitsort|arbeitsmodell")
    if labelled:
        value = labelled[0].lower()
        for word, kind in (("hybrid", "hybrid"), ("remote", "remote"), ("on-site", "onsite"), ("onsite", "onsite"), ("in office", "onsite"), ("in-office", "onsite")):
            if word in value:
                return Finding(kind)
    header = " ".join(doc.header[:12])
    for pattern, kind in ((_HYBRID, "hybrid"), (re.compile(r"\bremote\b", re.I), "remote"), (_ONSITE, "onsite")):
        if pattern.search(header):
            return Finding(kind)
    text = doc.job_text()
    hits = [kind for pattern, kind in ((_HYBRID, "hybrid"), (_REMOTE, "remote"), (_ONSITE, "onsite")) if pattern.search(text)]
    if len(hits) == 1:
        return Finding(hits[0], "workplace read from the text")
    if "hybrid" in hits:
        return Finding("hybrid", "the text speaks of several ways of working")
    return NOTHING


_TYPES = [
    ("intern", r"\bintern(?:ship)?s?\b|\bco-?op\b|\bpraktikum\b|\bpraktikant|\bstage\b|\bstagiaire\b|\bwerkstudent"),
    ("contract", r"\bcontract(?:or)?\b|\bcorp[- ]to[- ]corp\b|\bc2c\b|\bfreelance\b|\bcontract[- ]to[- ]hire\b|\b1099\b"),
    ("temporary", r"\btemporary\b|\btemp\b|\bseasonal\b|\bfixed[- ]term\b|\bbefristet\b|\bcdd\b"),
    ("part_time", r"\bpart[- ]?time\b|\bteilzeit\b|\btemps partiel\b"),
    ("full_time", r"\bfull[- ]?time\b|\bpermanent\b|\bvollzeit\b|\bunbefristet\b|\bcdi\b|\bregular\b"),
]
_JSON_LD_TYPES = {"FULL_TIME": "full_time", "PART_TIME": "part_time", "CONTRACTOR": "contract", "TEMPORARY": "temporary", "INTERN": "intern"}


def _type_of(text: str) -> str | None:
    for kind, pattern in _TYPES:
        if re.search(pattern, text, re.I):
            return kind
    return None


def extract_employment_type(doc: Document, found: dict[str, Finding]) -> Finding:
    kind = doc.json_ld.get("employmentType") if doc.json_ld else None
    if isinstance(kind, list):
        kind = kind[0] if kind else None
    if isinstance(kind, str) and kind.upper() in _JSON_LD_TYPES:
        return Finding(_JSON_LD_TYPES[kind.upper()])
    title = found["title"].value or ""
    head: Headline = found["_headline"].value
    # The role itself wins: an intern posting on a page labelled "Full-time" is an internship.
    if re.search(_TYPES[0][1], title, re.I):
        return Finding("intern")
    if head.employment_type:
        return Finding(_type_of(head.employment_type))
    labelled = label_value(doc.header + doc.lines[:80], r"employment type|job type|type of employment|contract type|commitment|time type|position type|work type|type|duration|anstellungsart|type de contrat")
    if labelled and _type_of(labelled[0]):
        return Finding(_type_of(labelled[0]))
    header = " ".join(doc.header[:12])
    if _type_of(header) and _type_of(header) != "intern":
        return Finding(_type_of(header))
    text = doc.job_text()
    for kind, pattern in _TYPES:
        phrase = rf"(?:this is an?|is an?|a|an|as an?|for an?|offering an?|position is|role is)\s+(?:\w+\s+)?(?:{pattern})\s*(?:position|role|job|opportunity|contract|basis|program)?"
        if re.search(phrase, text, re.I):
            return Finding(kind, "employment type read from the text")
    return NOTHING


_LEVELS = [
    ("bachelor", r"\bb\.?s\.?c?\b|\bb\.?a\.?\b|\bbachelor'?s?\b|\bundergrad(?:uate)?\b|\bb\.?eng\b|\bb\.?tech\b|\bbachelor|\bbachelier|\bbachelorstudium|\blicence\b"),
    ("master", r"\bm\.?s\.?c?\b|\bm\.?a\.?\b(?!\w)|\bmaster'?s?\b|\bmba\b|\bm\.?eng\b|\bm\.?tech\b|\bmasterstudium|\bgraduate degree\b|\bmaster"),
    ("phd", r"\bph\.?\s?d\.?s?\b|\bphd'?s?\b|\bdoctor(?:ate|al)\b|\bpromotion\b|\bdoktor"),
]
_DEGREE_CONTEXT = re.compile(r"degree|pursuing|graduat|student|candidate|bs/|ms/|/phd|diploma|studium|abschluss|education|enrolled|program|holds?|bachelor|master|ph\.?d", re.I)


def levels_in(text: str) -> set[str]:
    return {level for level, pattern in _LEVELS if re.search(pattern, text, re.I)}


def extract_degree(doc: Document, found: dict[str, Finding]) -> Finding:
    head: Headline = found["_headline"].value
    if head.degree_tag:
        tag = re.sub(r"\bgraduate\b", "master", head.degree_tag, flags=re.I)
        levels = levels_in(tag)
        if levels:
            return Finding(sorted(levels, key=[l for l, _ in _LEVELS].index))
    levels: set[str] = set()
    for section in doc.sections:
        if section.kind in ("benefits",):
            continue
        for line in section.lines:
            if not _DEGREE_CONTEXT.search(line) or re.search(r"tuition|reimburs|scholarship", line, re.I):
                continue
            # "Undergraduate/Master Intern" style labels, and requirement sentences.
            levels |= levels_in(re.sub(r"\bgraduat(?:e|ing)\s+(?:in|from|by|before|after|between|december|may|june|20)", "", line, flags=re.I))
    if not levels:
        return NOTHING
    return Finding(sorted(levels, key=[l for l, _ in _LEVELS].index))
